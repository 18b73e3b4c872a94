"""The 话聊 session screen (issue 4): stages, the three professional panels, minutes, outcomes.

`SessionPage` is the page; `session_page(ws)` builds it from the main window's Workspace.
"""
from __future__ import annotations

from app.ui.context import Workspace
from app.views.session.page import SessionPage

__all__ = ["SessionPage", "session_page"]


def session_page(ws: Workspace) -> SessionPage:
    """The page wired to the shell's services, signed-in user and task runner."""
    return SessionPage(ws.services, lambda: ws.actor, ws.runner)
