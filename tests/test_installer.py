"""The installer build logic (Python, so it is tested like the rest)."""
from __future__ import annotations

import importlib.util
import tomllib
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


def _build():
    spec = importlib.util.spec_from_file_location("installer_build", ROOT / "installer" / "build.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)  # type: ignore[union-attr]
    return module


def test_nsi_is_filled_from_project_metadata():
    version = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["project"]["version"]
    text = _build().render_nsi()
    assert f'!define APP_VERSION "{version}"' in text
    assert f"MediationDesk-{version}-setup.exe" in text
    assert "话聊调解工作台" in text and "--smoke" in text
    assert "@APP_" not in text
