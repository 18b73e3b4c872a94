"""A missing file or a folder where a file belongs ends in one line and exit 1, never a
traceback (verify reads no station data; exchange receipt signs in first)."""
from __future__ import annotations

import pytest

from app.cli import main


@pytest.mark.parametrize("argv", [
    ["verify", "{missing}", "--trust", "{missing}"],
    ["verify", "{dir}", "--trust", "{dir}"],
    ["exchange", "receipt", "{missing}"],
    ["exchange", "receipt", "{dir}"],
])
def test_bad_file_arguments_end_in_one_line(argv, services, datadir, tmp_path, capsys, monkeypatch):
    monkeypatch.setenv("MEDIATION_DESK_USER", "admin")
    monkeypatch.setenv("MEDIATION_DESK_PASSWORD", "admin-pass-1")
    (tmp_path / "folder").mkdir()
    filled = [a.format(missing=str(tmp_path / "nope.bin"), dir=str(tmp_path / "folder")) for a in argv]
    assert main([*filled, "--data-dir", str(datadir.root)]) == 1
    out = capsys.readouterr()
    assert out.out == ""
    lines = out.err.strip().splitlines()
    assert len(lines) == 1 and lines[0].startswith("mediation-desk: ") and "Traceback" not in out.err
    assert "无法读写文件" in lines[0]
