"""Exchange benchmark: export a bundle of N changed cases (with their parties, agreements and
follow-ups), against a raw read of the same rows and a raw write of the same bytes, in the
same run. Prints seconds and MB/s; asserts nothing.

    .venv/bin/python bench/bench_exchange.py --cases 10000 [--dir /tmp/md-bench-exchange]
"""
from __future__ import annotations

import argparse
import os
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

import json  # noqa: E402

import keyring  # noqa: E402
from keyring.backend import KeyringBackend  # noqa: E402
from sqlalchemy import text  # noqa: E402

from app.domain.catalog import Role  # noqa: E402
from app.services import Services  # noqa: E402
from app.services.common import Actor  # noqa: E402
from app.services.demo import seed_demo  # noqa: E402
from app.services.district_ca import DistrictCA  # noqa: E402
from app.storage import keys, migrate  # noqa: E402
from app.storage.database import Database  # noqa: E402
from app.storage.datadir import DataDir  # noqa: E402

ACTOR = Actor("", "bench", "bench", Role.LEGAL_SPECIALIST)


class _FileKeyring(KeyringBackend):
    """Bench-only keychain: a JSON file of entries beside the bench data, so reruns reuse it."""

    priority = 1  # type: ignore[assignment]

    def __init__(self, path: Path) -> None:
        super().__init__()
        self.path = path

    def _all(self) -> dict:
        return json.loads(self.path.read_text()) if self.path.exists() else {}

    def get_password(self, service: str, username: str) -> str | None:
        return self._all().get(f"{service}/{username}")

    def set_password(self, service: str, username: str, password: str) -> None:
        entries = self._all()
        entries[f"{service}/{username}"] = password
        self.path.write_text(json.dumps(entries))

    def delete_password(self, service: str, username: str) -> None:
        entries = self._all()
        entries.pop(f"{service}/{username}", None)
        self.path.write_text(json.dumps(entries))
TABLES = ("case_record", "party", "agreement", "follow_up")


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--cases", type=int, default=10_000)
    ap.add_argument("--dir", type=Path, default=None, help="reuse bench data here (default: a temp dir)")
    args = ap.parse_args()
    root = (args.dir or Path(tempfile.mkdtemp(prefix="md-bench-exchange-"))) / f"n{args.cases}"
    root.mkdir(parents=True, exist_ok=True)
    keyring.set_keyring(_FileKeyring(root / "bench-key.txt"))
    datadir = DataDir(root / "station")
    if not datadir.is_initialised():
        print(f"seeding {args.cases} cases (one-off) …", flush=True)
        seed_demo(datadir, cases=args.cases)
    key = keys.load_key_from_keychain(datadir.read_meta()["key"]["account"])
    db = Database.open_sqlite(datadir.db_path, key)
    migrate.upgrade(db)
    services = Services(db)
    ca = DistrictCA(root / f"district-{time.time_ns()}")
    ca.init("基准区")
    answer, _ = ca.enrol(services.exchange.make_request(ACTOR, station_code="LH-BENCH"))
    services.exchange.enrol(ACTOR, answer, services.seal)
    out = root / f"out-{time.time_ns()}"

    # 1. the export: every case is a change (nothing acknowledged yet)
    t = time.perf_counter()
    result = services.exchange.export(ACTOR, out, services.seal)
    export_s = time.perf_counter() - t
    size = result.bytes

    # 2. a raw read of the same rows (all columns but PDFs)
    t = time.perf_counter()
    n_rows = 0
    with db.engine.connect() as conn:
        for table in TABLES:
            cols = "*" if table != "agreement" else "id, case_id, number, revision, form, status, terms, effective_on"
            n_rows += len(conn.execute(text(f"SELECT {cols} FROM {table}")).fetchall())  # noqa: S608
    read_s = time.perf_counter() - t

    # 3. a raw write of the same number of bytes, fsync'd like the bundle
    blob = result.path.read_bytes()
    t = time.perf_counter()
    raw = out / "raw.bin"
    with open(raw, "wb") as f:
        f.write(blob)
        f.flush()
        os.fsync(f.fileno())
    write_s = time.perf_counter() - t

    mb = size / 1e6
    print(f"bundle: {result.path.name}, {sum(v for k, v in result.counts.items() if k != 'tombstone')} records "
          f"{result.counts}, {mb:.1f} MB")
    print(f"export (read, allowlist, JSON, sign, encrypt, atomic write): {export_s:8.2f} s  {mb / export_s:7.1f} MB/s")
    print(f"raw read of the same {n_rows} rows:                            {read_s:8.2f} s")
    print(f"raw write + fsync of the same bytes:                         {write_s:8.3f} s  "
          f"{mb / max(write_s, 1e-9):7.1f} MB/s")
    print(f"export / (raw read + raw write): {export_s / (read_s + write_s):.1f}x")
    services.close()


if __name__ == "__main__":
    main()
