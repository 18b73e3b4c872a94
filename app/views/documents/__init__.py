"""文书 (issue "Documents"): the agreement editor, on-screen signing and the committee seal,
preview / print / save of every statutory form, the scanned paper copy, file verification.

`DocumentsPage` is the page; `documents_page(ws)` builds it from the main window's Workspace.
"""
from __future__ import annotations

from app.ui.context import Workspace
from app.views.documents.page import DocumentsPage

__all__ = ["DocumentsPage", "documents_page"]


def documents_page(ws: Workspace) -> DocumentsPage:
    """The page wired to the shell's services, signed-in user and task runner."""
    return DocumentsPage(ws.services, lambda: ws.actor, ws.runner)
