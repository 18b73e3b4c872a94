"""app.domain stays Qt-free and DB-free (the layer rule in pyproject's import-linter contract)."""
from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
FORBIDDEN = ("PySide6", "shiboken6", "sqlalchemy", "sqlite3", "reportlab", "stdnum")

PROBE = """
import json, pkgutil, importlib, sys
import app.domain as pkg
names = [m.name for m in pkgutil.iter_modules(pkg.__path__, "app.domain.")]
for name in names:
    importlib.import_module(name)
print(json.dumps({"modules": names, "loaded": sorted(sys.modules)}))
"""


def test_domain_imports_nothing_heavy() -> None:
    out = subprocess.run([sys.executable, "-c", PROBE], cwd=ROOT, capture_output=True,
                         text=True, check=True).stdout
    result = json.loads(out)
    assert "app.domain.identity" in result["modules"]  # the probe really imported the package
    loaded = {name.split(".")[0] for name in result["loaded"]}
    assert not loaded & set(FORBIDDEN)
