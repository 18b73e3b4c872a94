"""`mediation-desk screenshots`: every main screen rendered to PNG from demo data only."""
from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtGui import QImage

from app.domain.errors import DomainError
from app.storage.datadir import DataDir
from app.ui.screenshots import render_screenshots
from app.views.screens import DefaultScreens


def test_renders_every_screen_from_demo_data(tmp_path: Path) -> None:
    demo = DataDir(tmp_path / "station-demo")
    paths = render_screenshots(demo, tmp_path / "shots", cases=12, size=(1280, 800), screens=DefaultScreens())
    names = {p.name for p in paths}
    assert {f"page-{i:02d}-{k}.png" for i, k in enumerate(
        ["dashboard", "intake", "cases", "sessions", "documents", "follow_up", "statistics", "reporting",
         "settings"], 1)} <= names
    assert {"login.png", "setup-wizard-station.png", "setup-wizard-key.png", "intake-validation-error.png",
            "case-detail.png", "lock-screen.png"} <= names
    image = QImage(str(tmp_path / "shots" / "page-01-dashboard.png"))
    assert (image.width(), image.height()) == (1280, 800)
    assert demo.read_meta()["demo"] is True


def test_refuses_a_real_station(tmp_path: Path, services) -> None:  # noqa: ANN001
    with pytest.raises(DomainError):
        render_screenshots(DataDir(tmp_path / "station"), tmp_path / "shots", screens=DefaultScreens())
    assert not (tmp_path / "shots").exists() or not any((tmp_path / "shots").iterdir())


def test_an_empty_non_demo_folder_stays_empty(tmp_path: Path, monkeypatch) -> None:  # noqa: ANN001
    import app.ui.screenshots as shots
    used: list[DataDir] = []
    monkeypatch.setattr(shots, "_render", lambda app, tr, datadir, *rest: used.append(datadir) or [])
    empty = DataDir(tmp_path / "real")
    render_screenshots(empty, tmp_path / "shots", cases=3, screens=DefaultScreens())
    assert not empty.root.exists()                     # a real station's folder is never seeded
    assert used[0].root.name == "station-demo" and used[0].root != empty.root


def test_the_cli_renders_in_the_language_asked_for(tmp_path: Path, monkeypatch) -> None:  # noqa: ANN001
    import app.ui.screenshots as shots
    from app.cli import main
    asked: list[str] = []
    monkeypatch.setattr(shots, "render_screenshots", lambda datadir, out, *, language, screens: asked.append(language) or [])
    assert main(["screenshots", "--data-dir", str(tmp_path / "station-demo"), "--out", str(tmp_path / "shots"),
                 "--language", "en"]) == 0
    assert main(["screenshots", "--data-dir", str(tmp_path / "station-demo"), "--out", str(tmp_path / "shots")]) == 0
    assert asked == ["en", "zh_CN"]
