"""`mediation-desk`: the GUI with no arguments, and a headless CLI for administrators,
scripts and tests. Every subcommand exits 0 on success and 1 with a one-line reason."""
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
    return DataDir.resolve(args.data_dir, demo=args.demo)


def _prompt_passphrase() -> str | None:
    if not sys.stdin.isatty():
        return None
    return getpass.getpass("数据库口令 / database passphrase: ")


def _open(args: argparse.Namespace):  # noqa: ANN202 - returns Services
    from app.services import Services
    from app.storage.store import open_store
    return Services(open_store(_datadir(args), prompt=_prompt_passphrase))


def _cli_actor(role: Role = Role.ADMIN):  # noqa: ANN202
    """The CLI acts for the station: whoever holds the database key does. Documents are
    issued in the legal specialist's role, administration in the administrator's."""
    from app.services.common import Actor
    try:
        user = getpass.getuser()
    except Exception:  # noqa: BLE001 - no login name in some containers
        user = "unknown"
    return Actor("", f"cli:{user}"[:64], "命令行", role)


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
    dd = _datadir(args)
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
    from app.services.demo import seed_demo
    dd = _datadir(args)
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
    dd = _datadir(args)
    checks = run_checks(dd, prompt=_prompt_passphrase)
    ok = all(c.ok for c in checks)
    _emit(args, {"ok": ok, "checks": checks},
          lambda: "\n".join(f"[{'ok' if c.ok else 'FAIL'}] {c.name}: {c.detail}" for c in checks))
    if not ok:
        bad = next(c for c in checks if not c.ok)
        print(f"doctor: {bad.name} failed: {bad.detail}", file=sys.stderr)
    return 0 if ok else 1


def cmd_users(args: argparse.Namespace) -> int:
    services = _open(args)
    actor = _cli_actor()
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
    services = _open(args)
    actor = _cli_actor()
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


def cmd_render(args: argparse.Namespace) -> int:
    services = _open(args)
    actor = _cli_actor(Role.LEGAL_SPECIALIST)
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
        services = _open(args)
        try:
            result = services.seal.verify(pdf, extra)
            known = services.documents.find_issued(__import__("hashlib").sha256(pdf).hexdigest())
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
    return common


def build_parser() -> argparse.ArgumentParser:
    common = _common_options(in_command=True)
    js = argparse.ArgumentParser(add_help=False)
    js.add_argument("--json", action="store_true", help="machine-readable output")

    p = argparse.ArgumentParser(prog="mediation-desk", parents=[_common_options(in_command=False)],
                                description="话聊调解工作台 Mediation Desk. Without a command, opens the app.")
    p.add_argument("--version", action="version", version=f"%(prog)s {__version__}")
    p.add_argument("--smoke", action="store_true", help="start the GUI, show the main window, exit 0")
    p.add_argument("--demo-cases", type=int, default=2000, help=argparse.SUPPRESS)
    sub = p.add_subparsers(dest="command", metavar="COMMAND")

    i = sub.add_parser("init", parents=[common, js], help="create the station, database, key and first admin")
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

    s = sub.add_parser("seed-demo", parents=[common, js], help="fill the data folder with synthetic cases")
    s.add_argument("--cases", type=int, default=2000)
    s.add_argument("--seed", type=int, default=20261129)
    s.set_defaults(func=cmd_seed_demo)

    d = sub.add_parser("doctor", parents=[common, js], help="check integrity, migrations, key, audit chain, disk")
    d.set_defaults(func=cmd_doctor)

    u = sub.add_parser("users", parents=[common], help="manage staff accounts")
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

    c = sub.add_parser("cases", parents=[common, js], help="list cases")
    c.add_argument("--status", help=", ".join(f"{s.value}={STATUS_LABELS[s]}" for s in CaseStatus))
    c.add_argument("--search", metavar="TEXT", help="Chinese full-text search")
    c.add_argument("--limit", type=int, default=50)
    c.set_defaults(func=cmd_cases)

    from app.documents.kinds import KINDS  # plain data: parsing needs no database layer
    r = sub.add_parser("render", parents=[common, js], help="render a document of a case to PDF")
    r.add_argument("kind", choices=KINDS)
    r.add_argument("case", help="case number or id")
    r.add_argument("--out", required=True, metavar="FILE.pdf")
    r.add_argument("--wet", action="store_true", help="print for wet signature (empty boxes)")
    r.set_defaults(func=cmd_render)

    v = sub.add_parser("verify", parents=[common, js],
                       help="check a sealed PDF: intact, valid, trusted station, whole file covered")
    v.add_argument("file", metavar="FILE.pdf")
    v.add_argument("--trust", action="append", metavar="CERT", help="also trust this certificate (PEM/DER)")
    v.set_defaults(func=cmd_verify)

    sc = sub.add_parser("screenshots", parents=[common, js], help="render every main screen to PNG")
    sc.add_argument("--out", required=True, metavar="DIR")
    sc.add_argument("--language", choices=("zh_CN", "en"), default="zh_CN",
                    help="interface language of the screenshots (default: zh_CN)")
    sc.set_defaults(func=cmd_screenshots)
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


if __name__ == "__main__":
    sys.exit(main())
