"""The layers point down only, and nothing below the UI imports Qt (import-linter)."""
from __future__ import annotations

import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


def test_import_contracts_hold():
    lint = Path(sys.executable).with_name("lint-imports")
    result = subprocess.run([str(lint), str(ROOT / "pyproject.toml")], cwd=ROOT,
                            capture_output=True, text=True, timeout=300)
    assert result.returncode == 0, result.stdout + result.stderr
    assert "Below the UI is Qt-free KEPT" in result.stdout
    assert "Layers point down only KEPT" in result.stdout


def test_no_qt_import_below_the_ui_by_grep():
    """A second, dumb check that also catches imports inside functions or strings."""
    offenders = [str(p.relative_to(ROOT)) for folder in ("storage", "services", "documents", "domain")
                 for p in (ROOT / "app" / folder).rglob("*.py") if "PySide6" in p.read_text(encoding="utf-8")]
    assert offenders == []
