"""Session-wide test setup: offscreen Qt, an in-memory keychain, isolated data folders."""
from __future__ import annotations

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from pathlib import Path  # noqa: E402

import keyring  # noqa: E402
from argon2 import PasswordHasher  # noqa: E402
import pytest  # noqa: E402
from keyring.backends import fail  # noqa: E402

from tests.helpers.memory_keyring import MemoryKeyring  # noqa: E402


@pytest.fixture(autouse=True)
def isolated_environment(tmp_path: Path, monkeypatch: pytest.MonkeyPatch):
    """No test touches the real keychain, the user's data folder or their settings."""
    backend = MemoryKeyring()
    keyring.set_keyring(backend)
    monkeypatch.setenv("MEDIATION_DESK_HOME", str(tmp_path / "home"))
    monkeypatch.setenv("XDG_CONFIG_HOME", str(tmp_path / "config"))
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "data"))
    monkeypatch.delenv("MEDIATION_DESK_PASSPHRASE", raising=False)
    # Same Argon2id algorithm, cheaper costs: hundreds of logins per run on 2 shared cores.
    import app.services.auth as auth
    monkeypatch.setattr(auth, "_hasher", PasswordHasher(time_cost=1, memory_cost=8192, parallelism=1))
    import app.services.counselling as counselling
    monkeypatch.setattr(counselling, "KDF_COSTS", {"time_cost": 1, "memory_cost": 8192, "parallelism": 1})
    counselling.forget()
    yield backend


@pytest.fixture
def no_keychain():
    """A machine with no OS keychain (keyring's `fail` backend), like a headless server."""
    keyring.set_keyring(fail.Keyring())
    yield


@pytest.fixture
def datadir(tmp_path: Path):
    from app.storage.datadir import DataDir
    return DataDir(tmp_path / "station")


@pytest.fixture
def services(datadir):
    """An initialised station with an administrator `admin` / `admin-pass-1`."""
    from app.services.setup import AdminSetup, StationSetup, initialise
    svc = initialise(datadir, StationSetup(name="测试服务站", street="东门", committee_name="东门街道人民调解委员会"),
                     AdminSetup("admin", "赵管理", "admin-pass-1"))
    yield svc
    svc.close()


@pytest.fixture
def pg_url():
    url = os.environ.get("MEDIATION_DESK_TEST_PG")
    if not url:
        if os.environ.get("MEDIATION_DESK_REQUIRE_PG"):
            pytest.fail("MEDIATION_DESK_TEST_PG is not set but PostgreSQL tests are required")
        pytest.skip("PostgreSQL not available (run ./scripts/test, which starts it)")
    return url
