"""The station's figures from its database: the service, the CLI, Excel and the report PDF."""
from __future__ import annotations

import json
import subprocess
from datetime import date, datetime, timezone

import pytest

from app.domain import statistics as st
from app.domain.catalog import Role
from app.domain.errors import PermissionDenied
from app.services.common import Actor

SPECIALIST = Actor("", "specialist", "法治专员", Role.LEGAL_SPECIALIST)
SEEDED_AT = datetime(2026, 6, 1, 4, 0, tzinfo=timezone.utc)
PERIOD = st.StatsFilter(date(2024, 6, 1), date(2026, 6, 1))


@pytest.fixture(scope="module")
def demo(tmp_path_factory):
    """A demo station with 400 cases, seeded once for the module (its key in a file keychain)."""
    import keyring

    from app.services.demo import seed_demo
    from app.storage.datadir import DataDir
    from tests.helpers.memory_keyring import MemoryKeyring
    backend = MemoryKeyring()
    previous = keyring.get_keyring()
    keyring.set_keyring(backend)
    dd = DataDir(tmp_path_factory.mktemp("stats") / "demo")
    seed_demo(dd, cases=400, now=SEEDED_AT, sealed_agreements=0)
    keyring.set_keyring(previous)
    return dd, backend


@pytest.fixture
def svc(demo):
    import keyring

    from app.storage.store import open_store
    from app.services import Services
    keyring.set_keyring(demo[1])
    services = Services(open_store(demo[0]))
    yield services
    services.close()


def test_figures_from_the_database_match_the_records(svc):
    facts = svc.statistics.facts(SPECIALIST, PERIOD.date_from, PERIOD.date_to)
    assert len(facts) == 400
    fig = svc.statistics.figures(SPECIALIST, PERIOD)
    assert fig.total.cases == 400
    assert fig.resolution_rate.denominator == fig.concluded.cases > 0
    assert 0 < fig.resolution_rate.numerator <= fig.resolution_rate.denominator
    assert sum(r.count for r in fig.table("national_category").rows) == 400
    # every fact with an agreement has its form; agreed cases carry follow-up results when visited
    assert {f.agreement_form for f in facts} >= {"written", None}
    assert any(f.follow_up_results == ("full",) for f in facts)
    assert all(f.party_count >= 1 and len(f.party_pseudonyms) <= f.party_count for f in facts)
    assert {code for code, _ in svc.statistics.rooms()} >= {"R2"}


def test_reception_may_not_see_statistics(svc):
    with pytest.raises(PermissionDenied) as e:
        svc.statistics.figures(Actor("", "r", "接待", Role.RECEPTION), PERIOD)
    assert "查看统计" in e.value.zh


@pytest.fixture
def cli_specialist(monkeypatch):
    """The command line signs in like the app: the demo station's legal specialist."""
    monkeypatch.setenv("MEDIATION_DESK_USER", "specialist")
    monkeypatch.setenv("MEDIATION_DESK_PASSWORD", "demo12345")


def test_cli_json_equals_the_service_figures(svc, demo, capsys, tmp_path, cli_specialist):
    import keyring

    from app import cli
    keyring.set_keyring(demo[1])
    xlsx, pdf = tmp_path / "s.xlsx", tmp_path / "s.pdf"
    assert cli.main(["stats", "--data-dir", str(demo[0].root), "--from", "2024-06-01", "--to", "2026-06-01",
                     "--json", "--xlsx", str(xlsx), "--pdf", str(pdf)]) == 0
    printed = json.loads(capsys.readouterr().out)
    expected = svc.statistics.figures(SPECIALIST, PERIOD).to_dict()
    assert printed == json.loads(json.dumps(expected))
    assert xlsx.exists() and pdf.exists()


def test_cli_text_names_the_denominators(demo, capsys, cli_specialist):
    import keyring

    from app import cli
    keyring.set_keyring(demo[1])
    assert cli.main(["stats", "--data-dir", str(demo[0].root), "--from", "2026-01-01", "--to", "2026-06-01"]) == 0
    out = capsys.readouterr().out
    assert "化解率" in out and "分母：办结件数" in out and "统计期间：2026年01月01日至2026年06月01日" in out


def test_excel_has_one_sheet_per_table_with_period_and_denominators(svc, tmp_path):
    from openpyxl import load_workbook

    from app.services.statistics_export import write_xlsx
    fig = svc.statistics.figures(SPECIALIST, PERIOD)
    wb = load_workbook(write_xlsx(fig, tmp_path / "figures.xlsx", station="东门服务站"))
    assert wb.sheetnames == ["概况", "纠纷类型", "纠纷类型(全国统计口径)", "案件来源", "调解室", "化解途径", "月度",
                             "协议形式", "回访履行情况", "重复来访"]
    summary = wb["概况"]
    assert summary["B2"].value == "2024年06月01日至2026年06月01日"
    rows = {r[0]: r for r in summary.iter_rows(values_only=True) if r and r[0]}
    rate = rows["化解率"]
    assert (rate[2], rate[3]) == (fig.resolution_rate.numerator, fig.resolution_rate.denominator)
    assert rate[1] == round(fig.resolution_rate.rate, 4) and "办理中" in rate[4]
    national = wb["纠纷类型(全国统计口径)"]
    assert national["B4"].value == "400 件"
    body = [r for r in national.iter_rows(min_row=7, values_only=True)]
    assert len(body) == 16 and body[-1][2] == 400
    assert {r[1]: r[2] for r in body[:-1]} == {r.label: r.count for r in fig.table("national_category").rows}


def test_monthly_report_pdf_reads_back(svc, tmp_path):
    from app.services.statistics_export import write_pdf
    fig = svc.statistics.figures(SPECIALIST, st.StatsFilter(date(2026, 5, 1), date(2026, 5, 31)))
    path = write_pdf(fig, tmp_path / "report.pdf", station="东门服务站")
    text = subprocess.run(["pdftotext", "-layout", str(path), "-"], capture_output=True, text=True,
                          check=True).stdout
    compact = "".join(text.split())
    assert "东门服务站人民调解工作统计月报" in compact
    assert "统计期间：2026年05月01日至2026年05月31日" in compact
    r = fig.resolution_rate
    assert f"化解率{r.percent_text()}（{r.numerator}/{r.denominator}）" in compact
    assert "防止民间纠纷转化为刑事案件" in compact and "防止群体性上访" in compact
    assert "纠纷类型分布" in compact and "月度登记与化解件数" in compact


def test_demo_visits_made_lie_in_the_past_and_open_ones_ahead(svc):
    from sqlalchemy import select

    from app.storage.models import Case, FollowUp
    with svc.db.read() as s:
        rows = s.execute(select(FollowUp.due_on, FollowUp.done_at, Case.status, Case.closed_at)
                         .join(Case, Case.id == FollowUp.case_id)).all()
    assert rows
    for due_on, done_at, status, closed_at in rows:
        if done_at is not None:
            assert done_at < SEEDED_AT and (closed_at is None or done_at <= closed_at)
        else:
            assert status in ("performing", "follow_up") and due_on > SEEDED_AT.date()
