"""SafeLog's PySide6 desktop front end. It imports ``safelog``; ``safelog`` never imports it."""
