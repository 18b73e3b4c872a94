"""Where the shipped resources (fonts, translations, icons) are found at run time."""
from __future__ import annotations

import sys
from pathlib import Path


def resources_dir() -> Path:
    """`resources/` next to the `app` package, or inside a PyInstaller bundle."""
    bundle = getattr(sys, "_MEIPASS", None)
    if bundle:
        return Path(bundle) / "resources"
    return Path(__file__).resolve().parents[2] / "resources"


def fonts_dir() -> Path:
    return resources_dir() / "fonts"


def i18n_dir() -> Path:
    return resources_dir() / "i18n"


def icons_dir() -> Path:
    return resources_dir() / "icons"
