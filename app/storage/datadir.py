"""The data folder: where the database, its key metadata, backups and logs live.

Resolution order: an explicit --data-dir, then MEDIATION_DESK_HOME, then the platformdirs
user data dir. `--demo` uses a sibling folder so demo data never mixes with real cases.
"""
from __future__ import annotations

import json
import os
import tempfile
from dataclasses import dataclass
from pathlib import Path

import platformdirs

HOME_ENV = "MEDIATION_DESK_HOME"
PASSPHRASE_ENV = "MEDIATION_DESK_PASSPHRASE"  # the database passphrase for unattended runs
META_FILE = "mediation-desk.json"
DB_FILE = "mediation.db"
META_FORMAT = 1


def default_root(demo: bool = False) -> Path:
    env = os.environ.get(HOME_ENV)
    base = Path(env) if env else Path(platformdirs.user_data_dir("MediationDesk", appauthor=False))
    return base.with_name(base.name + "-demo") if demo else base


@dataclass(frozen=True)
class DataDir:
    root: Path

    @classmethod
    def resolve(cls, explicit: str | os.PathLike[str] | None = None, *, demo: bool = False) -> DataDir:
        if explicit:
            return cls(Path(explicit))  # an explicit folder is used as named, demo or not
        return cls(default_root(demo))

    @property
    def meta_path(self) -> Path:
        return self.root / META_FILE

    @property
    def db_path(self) -> Path:
        return self.root / DB_FILE

    @property
    def backups(self) -> Path:
        return self.root / "backups"

    @property
    def logs(self) -> Path:
        return self.root / "logs"

    @property
    def certs(self) -> Path:
        return self.root / "certs"

    def is_initialised(self) -> bool:
        return self.meta_path.exists()

    def read_meta(self) -> dict:
        return json.loads(self.meta_path.read_text(encoding="utf-8"))

    def write_meta(self, meta: dict) -> None:
        """Atomic write: a crash leaves the old file or the new one, never half of it."""
        self.root.mkdir(parents=True, exist_ok=True)
        meta = {"format": META_FORMAT, **meta}
        fd, tmp = tempfile.mkstemp(dir=self.root, prefix=".meta-", suffix=".json")
        with os.fdopen(fd, "w", encoding="utf-8") as fh:
            json.dump(meta, fh, ensure_ascii=False, indent=2)
            fh.flush()
            os.fsync(fh.fileno())
        os.replace(tmp, self.meta_path)

    def ensure(self) -> None:
        for p in (self.root, self.backups, self.logs, self.certs):
            p.mkdir(parents=True, exist_ok=True)
        if os.name == "posix":
            os.chmod(self.root, 0o700)
