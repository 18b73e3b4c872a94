"""Build the frozen app (PyInstaller) and the Windows installer script (NSIS) from
pyproject.toml metadata, then smoke-test the frozen program with --smoke.

    python installer/build.py nsi --out build/mediation-desk.nsi   # fill the NSIS template
    python installer/build.py freeze                               # PyInstaller + smoke test

Kept in plain, tested Python (tests/test_installer.py) rather than shell glue.
"""
from __future__ import annotations

import argparse
import os
import subprocess
import sys
import tempfile
import tomllib
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
TEMPLATE = Path(__file__).with_name("mediation-desk.nsi.in")


def metadata() -> dict[str, str]:
    project = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["project"]
    return {"APP_NAME": "Mediation Desk", "APP_NAME_ZH": "话聊调解工作台", "APP_VERSION": project["version"]}


def render_nsi(dist_dir: str = r"dist\mediation-desk", out_file: str | None = None) -> str:
    values = {**metadata(), "DIST_DIR": dist_dir}
    values["OUT_FILE"] = out_file or f"MediationDesk-{values['APP_VERSION']}-setup.exe"
    text = TEMPLATE.read_text(encoding="utf-8")
    for key, value in values.items():
        text = text.replace(f"@{key}@", value)
    if "@" in "".join(line for line in text.splitlines() if not line.lstrip().startswith(";")):
        raise ValueError("unfilled placeholder left in the NSIS template")
    return text


def freeze() -> Path:
    """PyInstaller one-folder build with the fonts, translations, migrations and keyring backends."""
    sep = ";" if os.name == "nt" else ":"
    args = [sys.executable, "-m", "PyInstaller", "--noconfirm", "--windowed", "--name", "mediation-desk",
            "--add-data", f"{ROOT / 'resources'}{sep}resources",
            "--add-data", f"{ROOT / 'app' / 'storage' / 'migrations'}{sep}app/storage/migrations",
            "--copy-metadata", "keyring", "--collect-submodules", "keyring.backends",
            str(ROOT / "app" / "__main__.py")]
    subprocess.run(args, check=True, cwd=ROOT)
    exe = ROOT / "dist" / "mediation-desk" / ("mediation-desk.exe" if os.name == "nt" else "mediation-desk")
    smoke_test(exe)
    return exe


def smoke_test(exe: Path) -> None:
    """Start the frozen program on a temporary data folder; it must exit 0 with no stderr noise."""
    with tempfile.TemporaryDirectory() as tmp:
        env = {**os.environ, "MEDIATION_DESK_HOME": tmp, "QT_QPA_PLATFORM": os.environ.get("QT_QPA_PLATFORM", "offscreen")}
        result = subprocess.run([str(exe), "--smoke"], env=env, capture_output=True, text=True, timeout=120)
    if result.returncode != 0:
        raise SystemExit(f"smoke test failed ({result.returncode}): {result.stderr[-2000:]}")


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    sub = ap.add_subparsers(dest="cmd", required=True)
    n = sub.add_parser("nsi")
    n.add_argument("--out", type=Path, required=True)
    n.add_argument("--dist", default=r"dist\mediation-desk")
    sub.add_parser("freeze")
    args = ap.parse_args()
    if args.cmd == "nsi":
        args.out.parent.mkdir(parents=True, exist_ok=True)
        args.out.write_text(render_nsi(args.dist), encoding="utf-8")
        print(args.out)
    else:
        print(freeze())


if __name__ == "__main__":
    main()
