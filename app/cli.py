"""`mediation-desk`: the GUI with no arguments, and a headless CLI for administrators,
scripts and tests. Every subcommand exits 0 on success and 1 with a one-line reason.

Every command that reads or changes station data signs in first (`_signed_in`): `--user NAME`
with the password prompted, or MEDIATION_DESK_USER / MEDIATION_DESK_PASSWORD for unattended
runs, through the same AuthService.login as the GUI (lockout, audit), and then acts with
exactly that user's permissions. No sign-in: --help, `init` (it fails on an initialised
folder), `seed-demo` (demo folders only), `screenshots` (demo data only), and `verify`, which
checks a PDF against the station's trust list and reports the issued record only when signed in."""
from __future__ import annotations

import argparse
import getpass
import json
import logging
import os
import sys
from collections.abc import Callable, Sequence
from dataclasses import asdict, is_dataclass
from datetime import date, datetime
from decimal import Decimal
from pathlib import Path
from typing import Any

from app import __version__
from app.domain.catalog import ROLE_LABELS, STATUS_LABELS, CaseStatus, Role
from app.domain.errors import DomainError
from app.storage.datadir import DataDir

log = logging.getLogger("app.cli")


class CliError(Exception):
    """A failure to report in one line (English for scripts, Chinese after it for people)."""


# --- helpers ---------------------------------------------------------------------------------
def _json_default(o: Any) -> Any:
    if isinstance(o, (datetime, date)):
        return o.isoformat()
    if isinstance(o, Decimal):
        return str(o)
    if is_dataclass(o):
        return asdict(o)  # type: ignore[arg-type]
    return str(o)


def _emit(args: argparse.Namespace, data: Any, text: Callable[[], str]) -> None:
    if getattr(args, "json", False):
        print(json.dumps(data, ensure_ascii=False, indent=2, default=_json_default))
    else:
        out = text()
        if out:
            print(out)


def _datadir(args: argparse.Namespace) -> DataDir:
    dd = DataDir.resolve(args.data_dir, demo=args.demo)
    if args.demo:
        from app.services.demo import require_demo_folder
        require_demo_folder(dd)  # --demo never opens a real station
    return dd


def _prompt_passphrase() -> str | None:
    if not sys.stdin.isatty():
        return None
    return getpass.getpass("数据库口令 / database passphrase: ")


def _open(args: argparse.Namespace):  # noqa: ANN202 - returns Services
    from app.services import Services
    from app.storage.store import open_store
    return Services(open_store(_datadir(args), prompt=_prompt_passphrase))


USER_ENV = "MEDIATION_DESK_USER"
PASSWORD_ENV = "MEDIATION_DESK_PASSWORD"


def _credentials(args: argparse.Namespace) -> tuple[str, str] | None:
    """(username, password) from --user / MEDIATION_DESK_USER and MEDIATION_DESK_PASSWORD or a
    prompt; None when no user is named at all."""
    username = getattr(args, "user", None) or os.environ.get(USER_ENV)
    if not username:
        return None
    password = os.environ.get(PASSWORD_ENV)
    if not password:
        if not sys.stdin.isatty():
            raise CliError(f"no password for {username!r}: run in a terminal to be asked, or set {PASSWORD_ENV}"
                           " / 请在终端中输入密码，或设置 MEDIATION_DESK_PASSWORD")
        password = getpass.getpass(f"{username} 的密码 / password: ")
    return username, password


def _signed_in(args: argparse.Namespace):  # noqa: ANN202 - returns (Services, Actor)
    """Open the station and sign in as the user named by --user or MEDIATION_DESK_USER, through
    AuthService.login like the GUI (failures count towards the lockout and are audited). Every
    command that reads or changes station data starts here; the caller closes the Services."""
    dd = _datadir(args)
    if not dd.is_initialised():
        _open(args)  # raises the "not initialised" error
    creds = _credentials(args)
    if creds is None:
        raise CliError(f"sign-in required: pass --user NAME (password prompted) or set {USER_ENV} and "
                       f"{PASSWORD_ENV} / 请先登录：使用 --user 用户名，或设置 {USER_ENV} 与 {PASSWORD_ENV}")
    services = _open(args)
    try:
        actor = services.auth.login(*creds)
    except BaseException:
        services.close()
        raise
    return services, actor


def _secret(flag_value: str | None, env: str, prompt: str) -> str:
    value = flag_value or os.environ.get(env)
    if value:
        return value
    if sys.stdin.isatty():
        first = getpass.getpass(prompt)
        if getpass.getpass("再次输入 / again: ") != first:
            raise CliError("the two entries differ / 两次输入不一致")
        return first
    raise CliError(f"no value given: use the flag or set {env}")


# --- subcommands -----------------------------------------------------------------------------
def cmd_gui(args: argparse.Namespace) -> int:
    dd = _datadir(args)  # with --demo: refuses a real station
    if args.demo and not dd.is_initialised():
        from app.services.demo import seed_demo
        print(f"Creating demo data in {dd.root} …", file=sys.stderr)
        seed_demo(dd, cases=args.demo_cases)
    from app.ui.application import run_gui
    from app.views.screens import DefaultScreens
    return run_gui(dd, DefaultScreens(), demo=args.demo, smoke=args.smoke)


def cmd_init(args: argparse.Namespace) -> int:
    from app.services.setup import AdminSetup, StationSetup, initialise
    from app.storage import keys
    dd = _datadir(args)
    interactive = sys.stdin.isatty() and not args.yes

    def ask(value: str | None, label: str, default: str = "") -> str:
        if value:
            return value
        if interactive:
            got = input(f"{label}{f' [{default}]' if default else ''}: ").strip()
            return got or default
        if default:
            return default
        raise CliError(f"missing --{label.split('/')[-1].strip().replace(' ', '-')}")

    station = StationSetup(
        name=ask(args.station_name, "站点名称 / station-name"),
        district=ask(args.district, "区 / district", "罗湖区"),
        street=ask(args.street, "街道 / street"),
        community=args.community or (input("社区 / community: ").strip() if interactive else ""),
        committee_name=ask(args.committee, "人民调解委员会 / committee"),
        case_number_pattern=args.pattern or "〔{year}〕罗湖{street}调字第{n}号")
    admin = AdminSetup(username=args.admin_user, display_name=ask(args.admin_name, "管理员姓名 / admin-name"),
                       password=_secret(args.admin_password, "MEDIATION_DESK_ADMIN_PASSWORD",
                                        "管理员密码 / admin password: "))
    passphrase = None
    if not args.db and not keys.keychain_status().usable:
        passphrase = _secret(None, keys.PASSPHRASE_ENV, "数据库口令 / database passphrase (≥10): ")
    services = initialise(dd, station, admin, passphrase=passphrase, url=args.db)
    from app.storage.store import key_info
    info = key_info(dd)
    st = services.station.get()
    services.close()
    _emit(args, {"data_dir": str(dd.root), "station": st.name, "key": info.where},
          lambda: f"Initialised {st.name} in {dd.root}\nDatabase key: {info.where}")
    return 0


def cmd_seed_demo(args: argparse.Namespace) -> int:
    """No sign-in: demo data only ever goes into an empty folder or a demo station."""
    from app.services.demo import require_demo_folder, seed_demo
    dd = _datadir(args)
    require_demo_folder(dd)
    result = seed_demo(dd, cases=args.cases, seed=args.seed,
                       progress=None if args.json else lambda done, total: print(
                           f"\r{done}/{total}", end="", file=sys.stderr, flush=True))
    if not args.json:
        print(file=sys.stderr)
    _emit(args, result, lambda: f"Seeded {result['cases']} cases in {dd.root} "
                               f"({result['seconds']:.1f} s); demo logins: password demo12345")
    return 0


def cmd_doctor(args: argparse.Namespace) -> int:
    from app.services.doctor import run_checks
    from app.services.permissions import Action, require
    dd = _datadir(args)
    services, actor = _signed_in(args)  # doctor reads the whole database: administrators only
    try:
        require(actor.role, Action.VIEW_AUDIT)
    finally:
        services.close()
    checks = run_checks(dd, prompt=_prompt_passphrase)
    ok = all(c.ok for c in checks)
    _emit(args, {"ok": ok, "checks": checks},
          lambda: "\n".join(f"[{'ok' if c.ok else 'FAIL'}] {c.name}: {c.detail}" for c in checks))
    if not ok:
        bad = next(c for c in checks if not c.ok)
        print(f"doctor: {bad.name} failed: {bad.detail}", file=sys.stderr)
    return 0 if ok else 1


def cmd_users(args: argparse.Namespace) -> int:
    services, actor = _signed_in(args)
    try:
        if args.users_cmd == "list":
            users = services.auth.list_users(actor)
            _emit(args, users, lambda: "\n".join(
                f"{u.username:<16} {u.display_name:<10} {u.role_label:<8} {'启用' if u.active else '停用'}"
                for u in users))
        elif args.users_cmd == "add":
            pw = _secret(args.password, "MEDIATION_DESK_USER_PASSWORD", "密码 / password: ")
            u = services.auth.add_user(actor, username=args.username, display_name=args.name,
                                       role=args.role, password=pw, licence_number=args.licence or "",
                                       pin=args.pin)
            _emit(args, u, lambda: f"Added {u.username} ({u.role_label})" + (
                f"\n恢复码（仅显示这一次，请妥善保管）/ recovery code (shown once): {u.recovery_code}"
                if u.recovery_code else ""))
        elif args.users_cmd == "passwd":
            pw = _secret(args.password, "MEDIATION_DESK_USER_PASSWORD", "新密码 / new password: ")
            services.auth.set_password(actor, args.username, pw)
            _emit(args, {"username": args.username, "ok": True}, lambda: f"Password changed for {args.username}")
        elif args.users_cmd == "disable":
            services.auth.set_active(actor, args.username, False)
            _emit(args, {"username": args.username, "active": False}, lambda: f"Disabled {args.username}")
    finally:
        services.close()
    return 0


def cmd_cases(args: argparse.Namespace) -> int:
    from app.services.cases import CaseFilter
    services, actor = _signed_in(args)
    try:
        if args.status and args.status not in CaseStatus.__members__.values():
            raise CliError(f"unknown status {args.status!r}; one of: {', '.join(s.value for s in CaseStatus)}")
        ids = services.cases.list_ids(actor, CaseFilter(status=args.status, text=args.search or ""),
                                      limit=args.limit)
        rows = services.cases.rows(actor, ids)
    finally:
        services.close()
    _emit(args, rows, lambda: "\n".join(
        f"{r.number}\t{r.registered_at.astimezone():%Y-%m-%d %H:%M}\t{r.status_label}\t{r.category_label}\t"
        f"{r.parties}\t{r.summary[:40]}" for r in rows) or "(no cases)")
    return 0


def _day(text: str) -> date:
    try:
        return date.fromisoformat(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"not a date (YYYY-MM-DD): {text!r}") from None


def cmd_stats(args: argparse.Namespace) -> int:
    from app.domain.statistics import StatsFilter
    from app.services.statistics_export import figures_text, write_pdf, write_xlsx
    services, actor = _signed_in(args)
    try:
        flt = StatsFilter(args.date_from, args.date_to, room_code=args.room, category_code=args.category,
                          source=args.source, mediator_id=args.mediator)
        figures = services.statistics.figures(actor, flt)
        station = services.station.get().name
    finally:
        services.close()
    if args.xlsx:
        write_xlsx(figures, Path(args.xlsx), station=station)
    if args.pdf:
        write_pdf(figures, Path(args.pdf), station=station)
    _emit(args, figures.to_dict(), lambda: figures_text(figures))
    return 0


def cmd_render(args: argparse.Namespace) -> int:
    services, actor = _signed_in(args)
    try:
        out = services.documents.render(actor, args.kind, args.case, for_wet_signature=args.wet)
    finally:
        services.close()
    path = Path(args.out)
    path.write_bytes(out.pdf)
    _emit(args, {"file": str(path), "kind": out.kind, "number": out.number, "sha256": out.sha256},
          lambda: f"{path}  {out.number}  sha256={out.sha256}")
    return 0


def cmd_verify(args: argparse.Namespace) -> int:
    from app.documents.signing import verify_pdf
    pdf = Path(args.file).read_bytes()
    extra = [Path(t).read_bytes() for t in args.trust or []]
    dd = _datadir(args)
    if dd.is_initialised():
        # The station's trust list needs only the database key; which case a document was
        # issued for is station data, so it is looked up only for a signed-in user.
        signed_in = getattr(args, "user", None) or os.environ.get(USER_ENV)
        services, _actor = _signed_in(args) if signed_in else (_open(args), None)
        try:
            result = services.seal.verify(pdf, extra)
            known = (services.documents.find_issued(__import__("hashlib").sha256(pdf).hexdigest())
                     if _actor is not None else None)
        finally:
            services.close()
    elif extra:
        result, known = verify_pdf(pdf, extra), None
    else:
        raise CliError("no trust list: initialise a data folder or pass --trust CERT")
    data = {"ok": result.ok, "code": result.code, "message": result.message_en, "signer": result.signer,
            "signed_at": result.signed_at, "issued_record": known}
    _emit(args, data, lambda: (f"OK: {result.message_en} / {result.message_zh}" + (
        f"\nissued as {known[1]} {known[2]} of case {known[0]}" if known else "")) if result.ok else "")
    if not result.ok:
        print(f"mediation-desk: {result.code}: {result.message_en} / {result.message_zh}", file=sys.stderr)
        return 1
    return 0


def cmd_screenshots(args: argparse.Namespace) -> int:
    from app.ui.screenshots import render_screenshots
    out = Path(args.out)
    out.mkdir(parents=True, exist_ok=True)
    from app.views.screens import DefaultScreens
    paths = render_screenshots(_datadir(args), out, language=args.language, screens=DefaultScreens())
    _emit(args, [str(p) for p in paths], lambda: "\n".join(str(p) for p in paths))
    return 0


def _district(args: argparse.Namespace):  # noqa: ANN202 - DistrictCA
    from app.services.district_ca import DistrictCA
    return DistrictCA(Path(args.district_dir) if args.district_dir else None)


def cmd_district(args: argparse.Namespace) -> int:
    ca = _district(args)
    sub = getattr(args, "district_cmd", None)
    if sub == "init":
        info = ca.init(args.name)
        _emit(args, info, lambda: f"District CA in {info['dir']}\nroot SHA-256: {info['root_sha256']}\n"
                                  f"key: {info['key']}")
    elif sub == "enrol":
        answer, entry = ca.enrol(Path(args.request).read_bytes())
        from app.exchange.bundle import write_atomically
        write_atomically(Path(args.out), answer)
        _emit(args, {"file": args.out, **entry.__dict__},
              lambda: f"{args.out}  station {entry.station_code} ({entry.name}) certificate {entry.fingerprint}")
    elif sub == "receipt":
        data, doc = ca.receipt(Path(args.bundle).read_bytes())
        from app.exchange.bundle import write_atomically
        write_atomically(Path(args.out), data)
        _emit(args, {"file": args.out, "bundle_id": doc["bundle_id"], "sequence": doc["sequence"],
                     "counts": doc["counts"]},
              lambda: f"{args.out}  receipt for {doc['station_code']} bundle {doc['sequence']}")
    elif sub == "stations":
        rows = ca.stations()
        _emit(args, rows, lambda: "\n".join(f"{r.station_code}\t{r.name}\t{r.enrolled_at}" for r in rows)
              or "(no stations)")
    else:
        raise CliError("district: give a command (init, enrol, receipt, stations)")
    return 0


def cmd_exchange(args: argparse.Namespace) -> int:
    services, actor = _signed_in(args)
    try:
        ex = services.exchange
        if args.exchange_cmd == "request":
            csr = ex.make_request(actor, station_code=args.station_code)
            from app.exchange.bundle import write_atomically
            write_atomically(Path(args.out), csr)
            code = ex.station_code()
            _emit(args, {"file": args.out, "station_code": code},
                  lambda: f"{args.out}  certificate request of station {code}; send it to the district")
        elif args.exchange_cmd == "enrol":
            st = ex.enrol(actor, Path(args.file).read_bytes(), services.seal)
            _emit(args, st, lambda: f"Enrolled as {st.station_code}; district root SHA-256 {st.root_sha256}")
        elif args.exchange_cmd == "status":
            st = ex.status(actor)
            pv = ex.preview(actor)
            _emit(args, {"enrolment": st, "next_bundle": pv.counts},
                  lambda: f"station {st.station_code}: {st.state}\nnext bundle: "
                          + ", ".join(f"{k}={v}" for k, v in pv.counts.items()))
        elif args.exchange_cmd == "export":
            r = ex.export(actor, Path(args.out), services.seal)
            _emit(args, {"file": str(r.path), "bundle_id": r.bundle_id, "sequence": r.sequence, "counts": r.counts,
                         "bytes": r.bytes},
                  lambda: f"{r.path}\nsequence {r.sequence}  bundle {r.bundle_id}\n"
                          + "  ".join(f"{k}={v}" for k, v in r.counts.items()))
        elif args.exchange_cmd == "receipt":
            row = ex.import_receipt(actor, Path(args.file).read_bytes())
            _emit(args, row, lambda: f"bundle {row.sequence} acknowledged")
        elif args.exchange_cmd == "history":
            rows = ex.history(actor)
            _emit(args, rows, lambda: "\n".join(f"{r.sequence}\t{r.file_name}\t{r.receipt_status}" for r in rows)
                  or "(no bundles)")
    finally:
        services.close()
    return 0


# --- parser ----------------------------------------------------------------------------------
def _common_options(*, in_command: bool) -> argparse.ArgumentParser:
    """--data-dir, --demo, -v: accepted before and after the command. In a command they default
    to SUPPRESS, so `mediation-desk --data-dir X render …` keeps the X given before it."""
    common = argparse.ArgumentParser(add_help=False)
    default = {"default": argparse.SUPPRESS} if in_command else {}
    common.add_argument("--data-dir", metavar="DIR", **default,
                        help="data folder (default: MEDIATION_DESK_HOME or the user data dir)")
    common.add_argument("--demo", action="store_true", help="use the separate demo data folder", **default)
    common.add_argument("-v", "--verbose", action="store_true", help="log debug messages", **default)
    common.add_argument("--user", metavar="NAME", **default,
                        help=f"sign in as NAME (password prompted, or {PASSWORD_ENV}); default {USER_ENV}")
    return common


def build_parser() -> argparse.ArgumentParser:
    common = _common_options(in_command=True)
    js = argparse.ArgumentParser(add_help=False)
    js.add_argument("--json", action="store_true", help="machine-readable output")

    p = argparse.ArgumentParser(prog="mediation-desk", parents=[_common_options(in_command=False)],
                                description="话聊调解工作台 Mediation Desk. Without a command, opens the app.",
                                epilog="Commands that read or change station data sign in first: --user NAME "
                                       "(password prompted) or MEDIATION_DESK_USER and MEDIATION_DESK_PASSWORD; "
                                       "they then have exactly that user's permissions.")
    p.add_argument("--version", action="version", version=f"%(prog)s {__version__}")
    p.add_argument("--smoke", action="store_true", help="start the GUI, show the main window, exit 0")
    p.add_argument("--demo-cases", type=int, default=2000, help=argparse.SUPPRESS)
    sub = p.add_subparsers(dest="command", metavar="COMMAND")

    i = sub.add_parser("init", parents=[common, js], help="create the station, database, key and first admin "
                       "(empty folder only, no sign-in)")
    i.add_argument("--station-name")
    i.add_argument("--district")
    i.add_argument("--street")
    i.add_argument("--community")
    i.add_argument("--committee", help="人民调解委员会名称")
    i.add_argument("--pattern", help="case-number pattern, e.g. 〔{year}〕罗湖{street}调字第{n}号")
    i.add_argument("--admin-user", default="admin")
    i.add_argument("--admin-name")
    i.add_argument("--admin-password", help="or MEDIATION_DESK_ADMIN_PASSWORD")
    i.add_argument("--db", metavar="URL", help="a PostgreSQL URL (postgresql+psycopg://…) instead of SQLite")
    i.add_argument("-y", "--yes", action="store_true", help="never prompt; fail on missing values")
    i.set_defaults(func=cmd_init)

    s = sub.add_parser("seed-demo", parents=[common, js], help="fill an empty or demo data folder with synthetic cases "
                       "(no sign-in; refused on a real station)")
    s.add_argument("--cases", type=int, default=2000)
    s.add_argument("--seed", type=int, default=20261129)
    s.set_defaults(func=cmd_seed_demo)

    d = sub.add_parser("doctor", parents=[common, js], help="check integrity, migrations, key, audit chain, disk (signs in as an administrator)")
    d.set_defaults(func=cmd_doctor)

    u = sub.add_parser("users", parents=[common], help="manage staff accounts (signs in; administrators, "
                       "or a user changing their own password)")
    usub = u.add_subparsers(dest="users_cmd", required=True, metavar="ACTION")
    ul = usub.add_parser("list", parents=[common, js], help="list users")
    ul.set_defaults(func=cmd_users)
    ua = usub.add_parser("add", parents=[common, js], help="add a user")
    ua.add_argument("username")
    ua.add_argument("--name", required=True, help="display name")
    ua.add_argument("--role", required=True, choices=[r.value for r in Role],
                    help=", ".join(f"{r.value}={ROLE_LABELS[r]}" for r in Role))
    ua.add_argument("--password", help="or MEDIATION_DESK_USER_PASSWORD")
    ua.add_argument("--pin", help="4-8 digit PIN for panel unlock")
    ua.add_argument("--licence", help="licence / practice certificate number")
    ua.set_defaults(func=cmd_users)
    up = usub.add_parser("passwd", parents=[common, js], help="set a user's password")
    up.add_argument("username")
    up.add_argument("--password", help="or MEDIATION_DESK_USER_PASSWORD")
    up.set_defaults(func=cmd_users)
    ud = usub.add_parser("disable", parents=[common, js], help="disable a user")
    ud.add_argument("username")
    ud.set_defaults(func=cmd_users)

    c = sub.add_parser("cases", parents=[common, js], help="list cases (signs in: --user or MEDIATION_DESK_USER/_PASSWORD)")
    c.add_argument("--status", help=", ".join(f"{s.value}={STATUS_LABELS[s]}" for s in CaseStatus))
    c.add_argument("--search", metavar="TEXT", help="Chinese full-text search")
    c.add_argument("--limit", type=int, default=50)
    c.set_defaults(func=cmd_cases)

    st = sub.add_parser("stats", parents=[common, js], help="the station's figures for a period (统计)")
    st.add_argument("--from", dest="date_from", type=_day, required=True, metavar="YYYY-MM-DD")
    st.add_argument("--to", dest="date_to", type=_day, required=True, metavar="YYYY-MM-DD")
    st.add_argument("--room", help="room code, e.g. R2")
    st.add_argument("--category", help="category code (a national code includes its local ones)")
    st.add_argument("--source", help="case source code")
    st.add_argument("--mediator", help="mediator's staff id")
    st.add_argument("--xlsx", metavar="FILE.xlsx", help="also write the Excel workbook")
    st.add_argument("--pdf", metavar="FILE.pdf", help="also write the monthly report PDF")
    st.set_defaults(func=cmd_stats)

    from app.documents.kinds import KINDS  # plain data: parsing needs no database layer
    r = sub.add_parser("render", parents=[common, js], help="render a document of a case to PDF (signs in; "
                       "legal specialists and mediators)")
    r.add_argument("kind", choices=KINDS)
    r.add_argument("case", help="case number or id")
    r.add_argument("--out", required=True, metavar="FILE.pdf")
    r.add_argument("--wet", action="store_true", help="print for wet signature (empty boxes)")
    r.set_defaults(func=cmd_render)

    v = sub.add_parser("verify", parents=[common, js],
                       help="check a sealed PDF: intact, valid, trusted station, whole file covered "
                            "(no sign-in; signed in, also the issued record)")
    v.add_argument("file", metavar="FILE.pdf")
    v.add_argument("--trust", action="append", metavar="CERT", help="also trust this certificate (PEM/DER)")
    v.set_defaults(func=cmd_verify)

    sc = sub.add_parser("screenshots", parents=[common, js], help="render every main screen to PNG (demo data only, no sign-in)")
    sc.add_argument("--out", required=True, metavar="DIR")
    sc.add_argument("--language", choices=("zh_CN", "en"), default="zh_CN",
                    help="interface language of the screenshots (default: zh_CN)")
    sc.set_defaults(func=cmd_screenshots)

    dist = sub.add_parser("district", parents=[common],
                          help="the district's certificate authority: init, enrol stations, receipts")
    dist.add_argument("--district-dir", metavar="DIR",
                      help="district folder (default: MEDIATION_DESK_DISTRICT_HOME or the user data dir)")
    dsub = dist.add_subparsers(dest="district_cmd", metavar="ACTION")
    di = dsub.add_parser("init", parents=[common, js], help="create the district root CA and encryption certificate")
    di.add_argument("--name", default="深圳市罗湖区群众诉求服务中心")
    de = dsub.add_parser("enrol", parents=[common, js], help="issue a station's certificate from its request")
    de.add_argument("request", metavar="STATION.csr")
    de.add_argument("--out", required=True, metavar="FILE.p7b")
    dr = dsub.add_parser("receipt", parents=[common, js], help="verify a bundle and write a signed receipt")
    dr.add_argument("bundle", metavar="BUNDLE.p7m")
    dr.add_argument("--out", required=True, metavar="FILE")
    ds = dsub.add_parser("stations", parents=[common, js], help="list enrolled stations")
    for x in (di, de, dr, ds):
        x.add_argument("--district-dir", metavar="DIR", default=argparse.SUPPRESS)
    dist.set_defaults(func=cmd_district)

    ex = sub.add_parser("exchange", parents=[common], help="上报: enrolment, export bundles, receipts")
    esub = ex.add_subparsers(dest="exchange_cmd", required=True, metavar="ACTION")
    er = esub.add_parser("request", parents=[common, js], help="make the station's key and certificate request")
    er.add_argument("--out", required=True, metavar="STATION.csr")
    er.add_argument("--station-code", help="the station code the district assigned (default: derived)")
    ee = esub.add_parser("enrol", parents=[common, js], help="import the district's enrolment file")
    ee.add_argument("file", metavar="FILE.p7b")
    ex_ = esub.add_parser("export", parents=[common, js], help="write the next sealed bundle to a folder")
    ex_.add_argument("--out", required=True, metavar="DIR")
    erc = esub.add_parser("receipt", parents=[common, js], help="import the district's receipt")
    erc.add_argument("file", metavar="FILE")
    esub.add_parser("status", parents=[common, js], help="enrolment and what the next bundle holds")
    esub.add_parser("history", parents=[common, js], help="bundles and their receipts")
    ex.set_defaults(func=cmd_exchange)
    return p


def main(argv: Sequence[str] | None = None) -> int:
    parser = build_parser()
    args = parser.parse_args(argv)
    logging.basicConfig(level=logging.DEBUG if args.verbose else logging.WARNING,
                        format="%(asctime)s %(levelname)s %(name)s: %(message)s")
    func = getattr(args, "func", cmd_gui)
    try:
        return func(args)
    except DomainError as exc:
        log.debug("command failed", exc_info=True)
        print(f"mediation-desk: {exc.en} / {exc.zh}", file=sys.stderr)
        return 1
    except CliError as exc:
        print(f"mediation-desk: {exc}", file=sys.stderr)
        return 1
    except KeyboardInterrupt:
        print("mediation-desk: interrupted", file=sys.stderr)
        return 130
    except OSError as exc:  # a missing file, a folder given for a file, a full disk, no permission
        log.debug("command failed", exc_info=True)
        where = f": {exc.filename}" if exc.filename else ""
        print(f"mediation-desk: {exc.strerror or exc}{where} / 无法读写文件{where.replace(': ', '：')}",
              file=sys.stderr)
        return 1
    except Exception:  # noqa: BLE001 - a bug: one line for the user, the traceback only with -v
        log.debug("internal error", exc_info=True)
        print("mediation-desk: internal error (run with -v for details) / 内部错误（加 -v 查看详情）",
              file=sys.stderr)
        return 1


if __name__ == "__main__":
    sys.exit(main())
