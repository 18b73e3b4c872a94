"""Storage benchmark: the case list over N cases, encrypted (SQLCipher) vs plain SQLite.

Prints medians of repeated runs for: open the database and fetch the first page of newest
cases; a filtered query (category + status + date range); Chinese full-text search over
summaries and party names (two-character words included). The plain copy is made with
sqlcipher_export from the same data, so both sides hold identical rows. Prints figures and
ratios; asserts nothing.

    .venv/bin/python bench/bench_storage.py --cases 100000 [--dir /tmp/md-bench] [--repeat 7]
"""
from __future__ import annotations

import argparse
import statistics
import sys
import tempfile
import time
from datetime import date, timedelta
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

import keyring  # noqa: E402
from keyring.backend import KeyringBackend  # noqa: E402

from app.domain.catalog import Role  # noqa: E402
from app.services import Services  # noqa: E402
from app.services.cases import CaseFilter  # noqa: E402
from app.services.common import Actor  # noqa: E402
from app.services.demo import seed_demo  # noqa: E402
from app.storage import keys, migrate  # noqa: E402
from app.storage.database import Database  # noqa: E402
from app.storage.datadir import DataDir  # noqa: E402

PAGE = 50
ACTOR = Actor("", "bench", "bench", Role.LEGAL_SPECIALIST)


class _FileKeyring(KeyringBackend):
    """Bench-only keychain: keeps the key beside the bench data so reruns can reuse it."""

    priority = 1  # type: ignore[assignment]

    def __init__(self, path: Path) -> None:
        super().__init__()
        self.path = path

    def get_password(self, service: str, username: str) -> str | None:
        return self.path.read_text() if self.path.exists() else None

    def set_password(self, service: str, username: str, password: str) -> None:
        self.path.write_text(password)

    def delete_password(self, service: str, username: str) -> None:
        self.path.unlink(missing_ok=True)


def median_ms(fn, repeat: int) -> float:  # noqa: ANN001
    times = []
    for _ in range(repeat):
        t = time.perf_counter()
        fn()
        times.append((time.perf_counter() - t) * 1000)
    return statistics.median(times)


def prepare(root: Path, cases: int) -> tuple[Path, bytes, Path]:
    root.mkdir(parents=True, exist_ok=True)
    keyring.set_keyring(_FileKeyring(root / "bench-key.txt"))
    datadir = DataDir(root / "station")
    if not datadir.is_initialised():
        print(f"seeding {cases} cases into {datadir.root} (one-off) …", flush=True)
        t = time.perf_counter()
        seed_demo(datadir, cases=cases, progress=lambda d, n: print(f"\r  {d}/{n}", end="", flush=True))
        print(f"\n  seeded in {time.perf_counter() - t:.0f} s")
    key = keys.load_key_from_keychain(datadir.read_meta()["key"]["account"])
    db = Database.open_sqlite(datadir.db_path, key)
    upgraded = migrate.upgrade(db)  # bench data from an older release gets today's schema
    db.dispose()
    plain = root / "plain.db"
    if upgraded or not plain.exists():
        plain.unlink(missing_ok=True)
        db = Database.open_sqlite(datadir.db_path, key)
        raw = db.engine.raw_connection()  # driver autocommit: ATTACH/DETACH outside a transaction
        cur = raw.cursor()
        cur.execute(f"ATTACH DATABASE '{plain}' AS plaintext KEY ''")
        cur.execute("SELECT sqlcipher_export('plaintext')")
        cur.execute("DETACH DATABASE plaintext")
        raw.close()
        db.dispose()
    return datadir.db_path, key, plain


def scenarios(path: Path, key: bytes | None, repeat: int) -> dict[str, float]:
    def first_page() -> None:
        db = Database.open_sqlite(path, key)
        svc = Services(db)
        rows = svc.cases.rows(ACTOR, svc.cases.list_ids(ACTOR, limit=PAGE))
        assert len(rows) == PAGE
        db.dispose()

    db = Database.open_sqlite(path, key)
    svc = Services(db)
    today = date.today()
    filt = CaseFilter(category_code="10", status="closed", date_from=today - timedelta(days=365), date_to=today)

    def filtered() -> None:
        ids = svc.cases.list_ids(ACTOR, filt)
        svc.cases.rows(ACTOR, ids[:PAGE])

    def search(text: str):  # noqa: ANN202
        def run() -> None:
            ids = svc.cases.list_ids(ACTOR, CaseFilter(text=text))
            svc.cases.rows(ACTOR, ids[:PAGE])
        return run

    out = {
        "open + first page": median_ms(first_page, repeat),
        "filtered (category+status+dates)": median_ms(filtered, repeat),
        "search 欠薪 (2 chars)": median_ms(search("欠薪"), repeat),
        "search 拖欠工资 (phrase)": median_ms(search("拖欠工资"), repeat),
        "search party name 张伟": median_ms(search("张伟"), repeat),
    }
    counts = {"filtered": len(svc.cases.list_ids(ACTOR, filt)),
              "欠薪": len(svc.cases.list_ids(ACTOR, CaseFilter(text="欠薪")))}
    db.dispose()
    out["_counts"] = counts  # type: ignore[assignment]
    return out


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--cases", type=int, default=100_000)
    ap.add_argument("--dir", type=Path, default=None, help="reuse bench data here (default: a temp dir)")
    ap.add_argument("--repeat", type=int, default=7)
    args = ap.parse_args()
    root = args.dir or Path(tempfile.mkdtemp(prefix="md-bench-"))
    enc_path, key, plain_path = prepare(root / f"n{args.cases}", args.cases)
    enc = scenarios(enc_path, key, args.repeat)
    plain = scenarios(plain_path, None, args.repeat)
    print(f"\nStorage benchmark, {args.cases} cases, median of {args.repeat} runs (ms)")
    print(f"{'scenario':<36}{'SQLCipher':>12}{'plain':>12}{'ratio':>8}   aim")
    aims = {"open + first page": "< 50 ms", "filtered (category+status+dates)": "< 100 ms"}
    for name, value in enc.items():
        if name.startswith("_"):
            continue
        p = plain[name]
        print(f"{name:<36}{value:>12.1f}{p:>12.1f}{value / p:>8.2f}   {aims.get(name, '< 150 ms')}; enc < 1.5x")
    print(f"matches: {enc['_counts']}")


if __name__ == "__main__":
    main()
