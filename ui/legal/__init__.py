"""Orders, risk assessments and the legal section of the editor."""
