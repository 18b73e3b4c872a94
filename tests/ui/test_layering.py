"""The workspace talks to the service layer only: no ORM models, no Session, no SQL.

(import-linter, in tests/test_architecture.py, keeps the layers pointing down; this adds
the narrower rule for app.ui and app.views.)"""
from __future__ import annotations

import ast
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
ALLOWED_STORAGE = {"app.storage.datadir", "app.storage.store", "app.storage.keys"}
ALLOWED_NAMES = {("app.storage.database", "StorageError")}


def imports(path: Path) -> list[tuple[str, str]]:
    out = []
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Import):
            out += [(alias.name, "") for alias in node.names]
        elif isinstance(node, ast.ImportFrom) and node.module:
            for alias in node.names:  # `from app.storage import store` names the module app.storage.store
                sub = f"{node.module}.{alias.name}"
                out.append((sub, "") if node.module == "app.storage" else (node.module, alias.name))
    return out


def test_ui_and_views_use_services_not_storage() -> None:
    offenders = []
    for folder in ("ui", "views"):
        for path in (ROOT / "app" / folder).rglob("*.py"):
            for module, name in imports(path):
                bad = (module.startswith("sqlalchemy")
                       or (module.startswith("app.storage") and module not in ALLOWED_STORAGE
                           and (module, name) not in ALLOWED_NAMES))
                if bad:
                    offenders.append(f"{path.relative_to(ROOT)}: {module} {name}".strip())
    assert offenders == []
