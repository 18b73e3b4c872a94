"""Statistics benchmark: the 统计 page's figures for one year over N cases (aim: < 1 s in all).

Prints medians of repeated runs, on the encrypted (SQLCipher) database:
- reference: a plain SELECT of the same rows and columns the service reads (cases, parties,
  agreements, follow-ups of the year) through the raw DB-API cursor, no Python objects built;
- load: StatisticsService.facts (the four column selects + building the CaseFacts records);
- compute: app.domain.statistics.compute over those records;
- total: StatisticsService.figures (load + compute), what the page waits for.

    .venv/bin/python bench/bench_statistics.py --cases 100000 [--dir /tmp/md-bench] [--repeat 5]

Shares bench_storage's data folder layout, so one seeded folder serves both benches.
"""
from __future__ import annotations

import argparse
import json
import statistics
import sys
import tempfile
import time
from datetime import datetime, time as dtime, timedelta, timezone
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
sys.path.insert(0, str(Path(__file__).resolve().parent))

import keyring  # noqa: E402
from keyring.backend import KeyringBackend  # noqa: E402

from bench_storage import ACTOR  # noqa: E402

from app.domain import statistics as st  # noqa: E402
from app.domain.clocks import CHINA_TZ  # noqa: E402
from app.services import Services  # noqa: E402
from app.services.demo import seed_demo  # noqa: E402
from app.storage import keys, migrate  # noqa: E402
from app.storage.database import Database  # noqa: E402
from app.storage.datadir import DataDir  # noqa: E402


class _JsonKeyring(KeyringBackend):
    """Bench-only keychain: every (service, account) entry in one JSON file beside the data."""

    priority = 1  # type: ignore[assignment]

    def __init__(self, path: Path) -> None:
        super().__init__()
        self.path = path

    def _all(self) -> dict:
        return json.loads(self.path.read_text()) if self.path.exists() else {}

    def get_password(self, service: str, username: str) -> str | None:
        return self._all().get(f"{service}\0{username}")

    def set_password(self, service: str, username: str, password: str) -> None:
        data = self._all()
        data[f"{service}\0{username}"] = password
        self.path.write_text(json.dumps(data))

    def delete_password(self, service: str, username: str) -> None:
        data = self._all()
        data.pop(f"{service}\0{username}", None)
        self.path.write_text(json.dumps(data))


def prepare(root: Path, cases: int) -> tuple[Path, bytes]:
    """Seed `cases` demo cases once (reused on later runs); return the database and its key."""
    root.mkdir(parents=True, exist_ok=True)
    keyring.set_keyring(_JsonKeyring(root / "bench-keys.json"))
    datadir = DataDir(root / "station")
    if not datadir.is_initialised():
        print(f"seeding {cases} cases into {datadir.root} (one-off) …", flush=True)
        t = time.perf_counter()
        seed_demo(datadir, cases=cases, sealed_agreements=0,
                  progress=lambda d, n: print(f"\r  {d}/{n}", end="", flush=True))
        print(f"\n  seeded in {time.perf_counter() - t:.0f} s")
    key = keys.load_key_from_keychain(datadir.read_meta()["key"]["account"])
    db = Database.open_sqlite(datadir.db_path, key)
    migrate.upgrade(db)
    db.dispose()
    return datadir.db_path, key

REFERENCE_SQL = (
    "SELECT id, number, category_code, source, room_id, path, status, demand_class, registered_at, accepted_at, "
    "first_feedback_at, closed_at, agreement_effective_on, amount, warning_level, warning_reasons, mediator_id, "
    "outcome_reason, mediation_extended_days FROM case_record WHERE registered_at >= ? AND registered_at < ?",
    "SELECT p.case_id, p.kind, p.id_number FROM party p JOIN case_record c ON c.id = p.case_id "
    "WHERE c.registered_at >= ? AND c.registered_at < ?",
    "SELECT case_id, form FROM agreement WHERE status != 'draft' ORDER BY created_at",
    "SELECT case_id, performance FROM follow_up WHERE done_at IS NOT NULL ORDER BY done_at",
)


def median_ms(fn, repeat: int) -> tuple[float, object]:  # noqa: ANN001
    times, result = [], None
    for _ in range(repeat):
        t = time.perf_counter()
        result = fn()
        times.append((time.perf_counter() - t) * 1000)
    return statistics.median(times), result


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--cases", type=int, default=100_000)
    ap.add_argument("--dir", type=Path, default=None, help="reuse bench data here (default: a temp dir)")
    ap.add_argument("--repeat", type=int, default=5)
    args = ap.parse_args()
    root = args.dir or Path(tempfile.mkdtemp(prefix="md-bench-"))
    enc_path, key = prepare(root / f"stats-n{args.cases}", args.cases)
    db = Database.open_sqlite(enc_path, key)
    svc = Services(db)
    today = datetime.now(CHINA_TZ).date()
    flt = st.StatsFilter(today - timedelta(days=364), today)
    # the database stores naive UTC text (UTCDateTime on SQLite)
    bounds = tuple(datetime.combine(d, dtime(), tzinfo=CHINA_TZ).astimezone(timezone.utc).replace(tzinfo=None)
                   .isoformat(sep=" ") for d in (flt.date_from, flt.date_to + timedelta(days=1)))

    def reference() -> int:
        raw = db.engine.raw_connection()
        try:
            cur = raw.cursor()
            n = 0
            for sql in REFERENCE_SQL:
                n += len(cur.execute(sql, bounds if "?" in sql else ()).fetchall())
            return n
        finally:
            raw.close()

    ref_ms, ref_rows = median_ms(reference, args.repeat)
    load_ms, facts = median_ms(lambda: svc.statistics.facts(ACTOR, flt.date_from, flt.date_to), args.repeat)
    promises, rooms = svc.statistics.promises(), svc.statistics.rooms()
    now = datetime.now(CHINA_TZ)
    compute_ms, fig = median_ms(lambda: st.compute(facts, flt, now, promises, rooms), args.repeat)
    total_ms, _ = median_ms(lambda: svc.statistics.figures(ACTOR, flt), args.repeat)
    db.dispose()
    print(f"\nStatistics benchmark, {args.cases} cases in the database, one year "
          f"({flt.date_from} to {flt.date_to}): {len(facts)} cases, {ref_rows} rows; median of {args.repeat} (ms)")
    print(f"{'reference: plain SELECT of the same rows':<46}{ref_ms:>10.1f}")
    print(f"{'load CaseFacts (service)':<46}{load_ms:>10.1f}{load_ms / ref_ms:>8.2f}x reference")
    print(f"{'compute figures (domain)':<46}{compute_ms:>10.1f}")
    print(f"{'total (StatisticsService.figures)':<46}{total_ms:>10.1f}   aim < 1000 ms")
    print(f"化解率 {fig.resolution_rate.percent_text()} ({fig.resolution_rate.numerator}/"
          f"{fig.resolution_rate.denominator})")


if __name__ == "__main__":
    main()
