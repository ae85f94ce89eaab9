"""The dossier package loads ReportLab only when a PDF is drawn or read.

``safelog.dossier`` resolves its public names on first use (PEP 562): the options, the export
dialog and the checklist page import it without paying for ReportLab (hundreds of ms).
"""

from __future__ import annotations

import importlib
import json
import subprocess
import sys

import pytest

import safelog.dossier

LIGHT = (
    "import json, sys\n"
    "import safelog.dossier\n"
    "from safelog.dossier import DEFAULT_EXCLUDE, EXCLUSIONS, DossierOptions\n"
    "import safelog.dossier.collect, safelog.dossier.naming, safelog.exclusions\n"
    "light = 'reportlab' in sys.modules\n"
    "from safelog.dossier import build_dossier\n"
    "print(json.dumps([light, 'reportlab' in sys.modules, callable(build_dossier)]))\n"
)


def _run(code: str) -> object:
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True)
    assert result.returncode == 0, result.stderr
    return json.loads(result.stdout.strip().splitlines()[-1])


def test_the_options_and_light_modules_leave_reportlab_unloaded() -> None:
    # before: no ReportLab; after asking for build_dossier: loaded, and the name resolves
    assert _run(LIGHT) == [False, True, True]


@pytest.mark.parametrize("name", safelog.dossier.__all__)
def test_every_public_name_is_the_submodules_own(name: str) -> None:
    where = {
        "DEFAULT_EXCLUDE": "collect",
        "EXCLUSIONS": "collect",
        "DossierOptions": "collect",
        "BundleReport": "verify_bundle",
        "verify_bundle": "verify_bundle",
    }.get(name, "build")
    module = importlib.import_module(f"safelog.dossier.{where}")
    assert getattr(safelog.dossier, name) is getattr(module, name)
    assert name in dir(safelog.dossier)


def test_an_unknown_name_is_an_attribute_error() -> None:
    with pytest.raises(AttributeError):
        safelog.dossier.not_a_name  # noqa: B018
    with pytest.raises(ImportError):
        exec("from safelog.dossier import not_a_name", {})


def test_verify_bundle_stays_the_function_after_its_submodule_is_imported() -> None:
    # the CLI imports the submodule of the same name; the import system binds it on the package
    code = (
        "import json, types\n"
        "from safelog.dossier.verify_bundle import BundleReport\n"
        "from safelog.dossier import verify_bundle\n"
        "import safelog.dossier\n"
        "print(json.dumps([isinstance(verify_bundle, types.FunctionType),\n"
        "                  safelog.dossier.verify_bundle is verify_bundle]))\n"
    )
    assert _run(code) == [True, True]


def test_the_unlocked_side_loads_without_reportlab() -> None:
    """The workspace (with the checklist page and the dossier export) is imported while the
    person types the passphrase; ReportLab used to come with it and freeze the window."""
    code = (
        "import json, os, sys\n"
        "os.environ.setdefault('QT_QPA_PLATFORM', 'offscreen')\n"
        "import ui.shell.workspace, ui.checklists.page, ui.export.dossier_export\n"
        "print(json.dumps('reportlab' in sys.modules))\n"
    )
    assert _run(code) is False
