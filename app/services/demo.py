"""Synthetic but realistic demo data at any scale (100,000 cases works).

Every case follows a legal path through the lifecycle; parties carry valid-checksum
synthetic ID numbers; events, sessions, notes, minutes, agreements and follow-ups match the
status. Bulk inserts in chunks keep 100,000 cases within a couple of minutes.
"""
from __future__ import annotations

import random
import time
import uuid
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date, datetime, timedelta, timezone
from decimal import Decimal

from sqlalchemy import insert, select

from app.domain import casenumber, identity, warnings
from app.domain.catalog import (
    CATEGORIES, DEFAULT_ROOMS, CaseStatus, DemandClass, Dimension, IdType, NoteTier, PartyKind,
    PartyRole, Path, Role, Source,
)
from app.services import Services
from app.services.setup import AdminSetup, StationSetup, initialise
from app.storage import audit, search
from app.storage.datadir import DataDir
from app.storage.models import (
    Agreement, Case, CaseCounter, CaseEvent, FollowUp, Investigation, MediationSession, MinutesEntry, Note,
    Party, Room, Staff, Station,
)
from app.storage.store import open_store

DEMO_PASSWORD = "demo12345"
DEMO_PIN = "1234"
DEMO_USERS: tuple[tuple[str, str, Role], ...] = (
    ("reception", "李晓燕", Role.RECEPTION),
    ("reception2", "陈嘉怡", Role.RECEPTION),
    ("specialist", "王建国", Role.LEGAL_SPECIALIST),
    ("mediator", "张立华", Role.MEDIATOR),
    ("mediator2", "黄秀梅", Role.MEDIATOR),
    ("mediator3", "林志强", Role.MEDIATOR),
    ("lawyer", "刘明远", Role.LAWYER),
    ("lawyer2", "周婷", Role.LAWYER),
    ("counsellor", "吴静", Role.COUNSELLOR),
    ("counsellor2", "郑心怡", Role.COUNSELLOR),
)
DEMO_STATION = StationSetup(
    name="罗湖区东门街道群众诉求服务站", district="罗湖区", street="东门", community="湖贝社区",
    committee_name="罗湖区东门街道人民调解委员会", address="深圳市罗湖区东门中路1011号",
    phone="0755-82221234")

SURNAMES = "王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘蔡蒋余杜叶程魏苏吕丁任沈姚卢钟"
GIVEN = ["伟", "芳", "娜", "敏", "静", "丽", "强", "磊", "军", "洋", "勇", "艳", "杰", "娟", "涛", "明", "超", "秀英",
         "霞", "平", "刚", "桂英", "建华", "志明", "海燕", "文斌", "晓东", "丽娟", "国强", "春梅", "堃", "喆", "子涵",
         "浩然", "欣怡", "梓萱", "俊杰", "嘉欣", "思远", "雨桐"]
COMPANIES = ["深圳市东门百货有限公司", "深圳市湖贝物业管理有限公司", "深圳市罗湖建筑劳务有限公司",
             "深圳市宝安装饰工程有限公司", "深圳市华强餐饮管理有限公司", "深圳市金三角商贸有限公司",
             "深圳市蔡屋围商业运营有限公司", "深圳市鹏城城市更新投资有限公司"]
ADDRESS_CODES = ["440303", "440303", "440303", "440304", "440305", "440306", "440307", "430102",
                 "360426", "441424", "450102", "510104", "810000", "830000"]
ETHNICITIES = ["汉族"] * 12 + ["壮族", "回族", "土家族", "苗族"]
OCCUPATIONS = ["个体经营", "公司职员", "建筑工人", "退休", "自由职业", "厨师", "保安", "教师", "司机", "无业"]
STREETS = ["东门中路", "深南东路", "湖贝路", "人民北路", "解放路", "新园路", "晒布路"]

SUMMARIES: dict[str, list[str]] = {
    "01": ["夫妻双方因子女抚养费支付问题发生争执，女方要求男方每月支付抚养费{amt}元。",
           "兄弟姐妹因父母赡养及房产分配问题发生纠纷，情绪激动。"],
    "02": ["楼上住户装修噪音扰民，双方多次发生口角。", "邻居卫生间漏水导致楼下天花板损坏，要求赔偿维修费{amt}元。"],
    "03": ["老旧房屋产权份额分配争议，涉及祖屋继承。", "租客逾期不搬离房屋，房东要求腾退。"],
    "04": ["买卖合同纠纷，买方已支付货款{amt}元，卖方迟迟未交货。", "借款到期未还，出借人要求归还借款{amt}元及利息。"],
    "05": ["合伙经营奶茶店，合伙人之间利润分配发生争议。", "供货商与零售商就结算账目发生分歧。"],
    "06": ["宠物狗咬伤路人，受害人要求赔偿医药费{amt}元。", "装修过程中损坏邻居财物，要求赔偿。"],
    "07": ["社区绿化用地使用权争议。"],
    "08": ["旧改项目拆迁补偿标准争议，住户认为补偿款过低。"],
    "09": ["餐饮店油烟排放影响周边住户，多次投诉未果。"],
    "10": ["建筑工人被拖欠工资{amt}元，多次讨薪未果，情绪激动。", "员工被辞退后要求支付经济补偿金{amt}元。",
           "欠薪问题：劳务公司拖欠十余名工人工资合计{amt}元，工人扬言集体上访。"],
    "11": ["消费者购买的手机存在质量问题，商家拒绝退货。", "预付卡商家关门，消费者要求退还余额{amt}元。"],
    "12": ["患者认为诊所治疗不当导致病情加重，要求赔偿{amt}元。"],
    "13": ["电动车与行人发生碰撞，双方就赔偿金额{amt}元发生争议。", "停车场车辆剐蹭，双方对责任划分有异议。"],
    "14": ["业主拒交物业费，认为物业服务不到位。", "小区电梯长期故障，业主与物业公司发生冲突。"],
    "15": ["商户与顾客因服务态度问题发生口角。"],
    "L01": ["城市更新项目中租户安置补偿争议，涉及{amt}元搬迁补偿。"],
    "L02": ["两家公司就代理合同佣金{amt}元结算发生商事纠纷。"],
    "L03": ["商铺租赁合同提前解除，承租人要求退还押金{amt}元。"],
    "L04": ["农民工被拖欠工资{amt}元，包工头失联，工人多次讨薪。"],
}
CLAIMS = ["要求对方支付{amt}元", "要求对方赔礼道歉", "要求对方停止侵害", "要求解除合同", "要求继续履行合同"]

# Terminal status of each synthetic case, weighted roughly like official statistics.
STATUS_WEIGHTS: list[tuple[CaseStatus, int]] = [
    (CaseStatus.REGISTERED, 3), (CaseStatus.DECLINED, 2), (CaseStatus.ACCEPTED, 4),
    (CaseStatus.INVESTIGATING, 3), (CaseStatus.MEDIATING, 8), (CaseStatus.AGREED_WRITTEN, 6),
    (CaseStatus.AGREED_ORAL, 4), (CaseStatus.TERMINATED, 3), (CaseStatus.REFERRED, 2),
    (CaseStatus.CONFIRMING, 2), (CaseStatus.PERFORMING, 6), (CaseStatus.FOLLOW_UP, 5),
    (CaseStatus.CLOSED, 40), (CaseStatus.ARCHIVED, 12),
]
# The legal path that leads to each status (every step is a lifecycle transition).
PATHS: dict[CaseStatus, list[CaseStatus]] = {
    CaseStatus.REGISTERED: [],
    CaseStatus.DECLINED: [CaseStatus.DECLINED],
    CaseStatus.ACCEPTED: [CaseStatus.ACCEPTED],
    CaseStatus.INVESTIGATING: [CaseStatus.ACCEPTED, CaseStatus.INVESTIGATING],
    CaseStatus.MEDIATING: [CaseStatus.ACCEPTED, CaseStatus.MEDIATING],
    CaseStatus.AGREED_WRITTEN: [CaseStatus.ACCEPTED, CaseStatus.MEDIATING, CaseStatus.AGREED_WRITTEN],
    CaseStatus.AGREED_ORAL: [CaseStatus.ACCEPTED, CaseStatus.MEDIATING, CaseStatus.AGREED_ORAL],
    CaseStatus.TERMINATED: [CaseStatus.ACCEPTED, CaseStatus.MEDIATING, CaseStatus.TERMINATED],
    CaseStatus.REFERRED: [CaseStatus.ACCEPTED, CaseStatus.MEDIATING, CaseStatus.REFERRED],
    CaseStatus.CONFIRMING: [CaseStatus.ACCEPTED, CaseStatus.MEDIATING, CaseStatus.AGREED_WRITTEN,
                            CaseStatus.CONFIRMING],
    CaseStatus.PERFORMING: [CaseStatus.ACCEPTED, CaseStatus.MEDIATING, CaseStatus.AGREED_WRITTEN,
                            CaseStatus.PERFORMING],
    CaseStatus.FOLLOW_UP: [CaseStatus.ACCEPTED, CaseStatus.MEDIATING, CaseStatus.AGREED_ORAL,
                           CaseStatus.PERFORMING, CaseStatus.FOLLOW_UP],
    CaseStatus.CLOSED: [CaseStatus.ACCEPTED, CaseStatus.MEDIATING, CaseStatus.AGREED_WRITTEN,
                        CaseStatus.PERFORMING, CaseStatus.FOLLOW_UP, CaseStatus.CLOSED],
    CaseStatus.ARCHIVED: [CaseStatus.ACCEPTED, CaseStatus.MEDIATING, CaseStatus.AGREED_WRITTEN,
                          CaseStatus.PERFORMING, CaseStatus.FOLLOW_UP, CaseStatus.CLOSED, CaseStatus.ARCHIVED],
}
SOURCE_WEIGHTS = [(Source.WALK_IN, 40), (Source.QR, 15), (Source.HOTLINE, 15), (Source.COURT, 8),
                  (Source.POLICE, 8), (Source.PETITION, 6), (Source.PROCURATORATE, 1),
                  (Source.OTHER_DEPT, 4), (Source.INITIATIVE, 3)]
CHUNK = 2000
# Every party row carries every column so that one executemany covers the whole chunk.
PARTY_BLANK = {"id_type": None, "id_number": None, "credit_code": None, "gender": None, "birth_date": None,
               "ethnicity": "", "occupation": "", "legal_rep": "", "legal_rep_title": "", "agent_name": "",
               "agent_phone": "", "agent_authority": "", "power_of_attorney": False}


@dataclass(frozen=True)
class _StationFacts:
    id: str
    street: str
    district: str
    community: str
    committee_name: str


def _pick(rng: random.Random, weighted: list[tuple]) -> object:
    return rng.choices([w[0] for w in weighted], [w[1] for w in weighted])[0]


def require_demo_folder(datadir: DataDir) -> None:
    """Demo data goes only into an empty folder or a demo station, never a real station."""
    from app.domain.errors import DomainError
    if datadir.is_initialised() and not datadir.read_meta().get("demo"):
        raise DomainError(f"该文件夹是正式站点，不能使用演示数据：{datadir.root}",
                          f"{datadir.root} is a real station, not a demo station: demo data refused")


def _ensure_demo_station(datadir: DataDir) -> Services:
    require_demo_folder(datadir)
    if datadir.is_initialised():
        services = Services(open_store(datadir))
    else:
        services = initialise(datadir, DEMO_STATION,
                              AdminSetup("admin", "赵管理", DEMO_PASSWORD), demo=True)
    existing = {u.username for u in services.auth.list_users(_admin(services))}
    for username, name, role in DEMO_USERS:
        if username not in existing:
            services.auth.add_user(_admin(services), username=username, display_name=name, role=role,
                                   password=DEMO_PASSWORD, pin=DEMO_PIN,
                                   licence_number=f"{role.value[:3].upper()}-2026-{len(username):04d}")
    return services


def _admin(services: Services):  # noqa: ANN202
    from app.services.common import Actor
    return Actor("", "seed-demo", "演示数据", Role.ADMIN)


def seed_demo(datadir: DataDir, *, cases: int = 2000, seed: int = 20261129,
              progress: Callable[[int, int], None] | None = None,
              now: datetime | None = None, sealed_agreements: int = 12) -> dict:
    """Add `cases` synthetic cases (creating a demo station and users on an empty folder)."""
    started = time.perf_counter()
    rng = random.Random(seed)
    now = now or datetime.now(timezone.utc)
    services = _ensure_demo_station(datadir)
    db = services.db
    try:
        with db.read() as s:
            st = s.scalars(select(Station)).one()
            station = _StationFacts(st.id, st.street, st.district, st.community, st.committee_name)
            pattern = st.case_number_pattern
            rooms = {r.code: r.id for r in s.scalars(select(Room))}
            staff = {r: [x.id for x in s.scalars(select(Staff).where(Staff.role == r.value))] for r in Role}
            counters = {c.year: c.last_n for c in s.scalars(select(CaseCounter))}
        done = 0
        while done < cases:
            n = min(CHUNK, cases - done)
            rows = _chunk(rng, n, now, station, pattern, rooms, staff, counters)
            search_rows = rows.pop("_search")
            with db.write() as s:
                for model, values in rows.items():
                    if values:  # Core executemany: one statement per table (rows share keys)
                        s.execute(insert(model.__table__), values)
                for year, last in counters.items():
                    if s.get(CaseCounter, year) is None:
                        s.add(CaseCounter(year=year, last_n=last))
                    else:
                        s.get(CaseCounter, year).last_n = last  # type: ignore[union-attr]
                search.index_many(s, search_rows)
            done += n
            if progress:
                progress(done, cases)
        sealed = _seal_recent_agreements(services, rng, limit=sealed_agreements)
        with db.write() as s:
            audit.append(s, actor="seed-demo", action="demo_seed",
                         detail={"cases": cases, "seed": seed, "sealed_agreements": sealed})
    finally:
        services.close()
    return {"cases": cases, "seconds": time.perf_counter() - started, "data_dir": str(datadir.root)}


def _signature_strokes(rng: random.Random) -> list[list[list[float]]]:
    """A plausible hand-written scribble: a few strokes of timed points with pressure."""
    strokes, t = [], 0.0
    for k in range(rng.randint(2, 4)):
        x, y = 30.0 * k, rng.uniform(10, 40)
        stroke = []
        for _ in range(rng.randint(8, 16)):
            x += rng.uniform(2, 8)
            y += rng.uniform(-6, 6)
            t += rng.uniform(8, 20)
            stroke.append([round(x, 1), round(y, 1), round(t), round(rng.uniform(0.3, 0.9), 2)])
        strokes.append(stroke)
    return strokes


def _seal_recent_agreements(services: Services, rng: random.Random, *, limit: int) -> int:
    """Sign and seal the newest written agreements, so the demo has real sealed PDFs."""
    if limit <= 0:
        return 0
    from app.services.common import Actor
    actor = Actor("", "seed-demo", "演示数据", Role.LEGAL_SPECIALIST)
    with services.db.read() as s:
        ids = list(s.scalars(select(Agreement.id).where(Agreement.status == "signed", Agreement.form == "written")
                             .order_by(Agreement.created_at.desc()).limit(limit)))
    for agreement_id in ids:
        view = services.documents.agreement(actor, agreement_id)
        for slot, _, _ in view.slots:
            services.documents.add_signature(actor, agreement_id, slot, _signature_strokes(rng))
        services.documents.seal_agreement(actor, agreement_id)
    return len(ids)


def _person(rng: random.Random, now: datetime) -> dict:
    birth = date(rng.randint(1950, 2004), rng.randint(1, 12), rng.randint(1, 28))
    number = identity.make_resident_id(rng.choice(ADDRESS_CODES), birth, rng.randint(1, 999))
    chk = identity.validate_resident_id(number, today=now.date())
    return {"kind": PartyKind.PERSON.value, "name": rng.choice(SURNAMES) + rng.choice(GIVEN),
            "id_type": IdType.RESIDENT.value, "id_number": chk.number, "gender": chk.gender,
            "birth_date": chk.birth_date, "ethnicity": rng.choice(ETHNICITIES),
            "occupation": rng.choice(OCCUPATIONS), "phone": f"1{rng.choice('35789')}{rng.randint(0, 999999999):09d}",
            "address": f"深圳市罗湖区{rng.choice(STREETS)}{rng.randint(1, 300)}号"}


def _organisation(rng: random.Random) -> dict:
    body = f"91440303{rng.choice('MA')}{''.join(rng.choice('0123456789ABCDEFGHJKLMNPQRTUWXY') for _ in range(8))}"
    return {"kind": PartyKind.ORGANISATION.value, "name": rng.choice(COMPANIES),
            "credit_code": identity.make_credit_code(body[:17]), "address": f"深圳市罗湖区{rng.choice(STREETS)}{rng.randint(1, 300)}号",
            "legal_rep": rng.choice(SURNAMES) + rng.choice(GIVEN), "legal_rep_title": "总经理",
            "phone": f"0755-8{rng.randint(0, 9999999):07d}"}


def _chunk(rng: random.Random, n: int, now: datetime, station: _StationFacts, pattern: str,
           rooms: dict[str, str], staff: dict[Role, list[str]], counters: dict[int, int]) -> dict:
    out: dict = {Case: [], Party: [], CaseEvent: [], MediationSession: [], Note: [], MinutesEntry: [],
                 Agreement: [], FollowUp: [], Investigation: [], "_search": []}
    room_codes = [code for code, _, _ in DEFAULT_ROOMS if code.startswith("R")]
    for _ in range(n):
        status: CaseStatus = _pick(rng, STATUS_WEIGHTS)  # type: ignore[assignment]
        path = PATHS[status]
        if path[:2] == [CaseStatus.ACCEPTED, CaseStatus.MEDIATING] and rng.random() < 0.35:
            path = [CaseStatus.ACCEPTED, CaseStatus.INVESTIGATING, *path[1:]]  # investigated first
        # Open work is recent; closed work spreads over the past two years.
        # Most demands waiting for acceptance arrived within the hour; a few are overdue.
        age_days = rng.choice([rng.uniform(0, 0.04), rng.uniform(0, 0.04), rng.uniform(0, 1.5)]) \
            if status == CaseStatus.REGISTERED else (
            rng.uniform(0, 40) if status not in (CaseStatus.CLOSED, CaseStatus.ARCHIVED) else rng.uniform(20, 720))
        registered = now - timedelta(days=age_days, minutes=rng.randint(0, 600))
        year = registered.astimezone().year
        counters[year] = counters.get(year, 0) + 1
        seq = counters[year]
        number = casenumber.format_case_number(pattern, year=year, n=seq, street=station.street,
                                               district=station.district, community=station.community,
                                               committee=station.committee_name)
        cat = rng.choice(CATEGORIES)
        amount = Decimal(rng.choice([0, 800, 2500, 5000, 12000, 30000, 68000, 150000, 1200000]))
        template = rng.choice(SUMMARIES[cat.code])
        if "{amt}" in template and not amount:  # a stated sum is never 0 yuan
            amount = Decimal(rng.choice([3000, 8000, 30000]))
        summary = template.format(amt=f"{amount:,.0f}")
        claims = [c.format(amt=f"{amount:,.0f}") for c in rng.sample(CLAIMS, rng.randint(1, 3))
                  if amount or "{amt}" not in c] or ["要求对方赔礼道歉"]
        case_id = str(uuid.uuid4())
        n_parties = rng.choices([2, 3, 6], [85, 12, 3])[0]
        parties = []
        for i in range(n_parties):
            role = PartyRole.APPLICANT if i == 0 or (n_parties == 6 and i < 5) else (
                PartyRole.RESPONDENT if i == 1 or n_parties == 6 else PartyRole.THIRD_PARTY)
            base = _organisation(rng) if (role == PartyRole.RESPONDENT and rng.random() < 0.35) else _person(rng, now)
            parties.append({**PARTY_BLANK, "id": str(uuid.uuid4()), "case_id": case_id, "position": i,
                            "role": role.value, "version": 1, "updated_at": registered, **base})
        warn = warnings.evaluate_warnings(warnings.WarningInput(
            text=summary + " ".join(claims), party_count=n_parties, repeat_count=0,
            amount=amount or None, counsellor_risk=rng.choice([None] * 8 + ["medium", "high"])))
        mediator = rng.choice(staff[Role.MEDIATOR]) if path and staff[Role.MEDIATOR] else None
        lawyer = rng.choice(staff[Role.LAWYER]) if path and staff[Role.LAWYER] else None
        counsellor = rng.choice(staff[Role.COUNSELLOR]) if path and staff[Role.COUNSELLOR] and rng.random() < 0.6 else None
        specialist = staff[Role.LEGAL_SPECIALIST][0] if staff[Role.LEGAL_SPECIALIST] else None
        reception = rng.choice(staff[Role.RECEPTION]) if staff[Role.RECEPTION] else None
        t = registered
        events = [{"id": str(uuid.uuid4()), "case_id": case_id, "at": t, "actor_id": reception, "kind": "status",
                   "from_status": None, "to_status": CaseStatus.REGISTERED.value, "reason": "登记诉求", "detail": {}}]
        stamps: dict[CaseStatus, datetime] = {}
        prev = CaseStatus.REGISTERED
        for step in path:
            t = t + (timedelta(minutes=rng.randint(3, 45)) if step in (CaseStatus.ACCEPTED, CaseStatus.DECLINED)
                     else timedelta(hours=rng.randint(1, 72)))
            t = min(t, now)
            stamps[step] = t
            reason = {CaseStatus.DECLINED: "不属于人民调解受案范围。", CaseStatus.TERMINATED: "一方当事人明确拒绝继续调解。",
                      CaseStatus.REFERRED: "引导当事人申请劳动仲裁。"}.get(step, "")
            events.append({"id": str(uuid.uuid4()), "case_id": case_id, "at": t,
                           "actor_id": specialist if step in (CaseStatus.ACCEPTED, CaseStatus.DECLINED) else mediator,
                           "kind": "status", "from_status": prev.value, "to_status": step.value,
                           "reason": reason or "状态更新", "detail": {}})
            prev = step
        effective = stamps.get(CaseStatus.AGREED_WRITTEN) or stamps.get(CaseStatus.AGREED_ORAL)
        out[Case].append({
            "id": case_id, "station_id": station.id, "number": number, "year": year, "seq": seq,
            "source": _pick(rng, SOURCE_WEIGHTS).value,  # type: ignore[attr-defined]
            "category_code": cat.code, "demand_class": rng.choice(list(DemandClass)).value,
            "summary": summary, "claims": claims, "amount": amount or None, "status": status.value,
            "warning_level": warn.level.value, "warning_reasons": [r.zh for r in warn.reasons],
            "room_id": rooms.get(rng.choice(room_codes)) if path and status != CaseStatus.DECLINED else None,
            "path": Path.MEDIATION.value if path and status != CaseStatus.DECLINED else None,
            "mediator_id": mediator, "lawyer_id": lawyer, "counsellor_id": counsellor,
            "consent_to_mediation": True, "registered_by_id": reception, "registered_at": registered,
            "accepted_at": stamps.get(CaseStatus.ACCEPTED),
            "first_feedback_at": stamps.get(CaseStatus.ACCEPTED) or stamps.get(CaseStatus.DECLINED),
            "mediation_extended_days": 0, "agreement_effective_on": effective.date() if effective else None,
            "closed_at": stamps.get(CaseStatus.CLOSED) or stamps.get(CaseStatus.DECLINED),
            "outcome_reason": "", "version": 1, "updated_at": t})
        out[Party].extend(parties)
        out[CaseEvent].extend(events)
        out["_search"].append((case_id, search.document_text(number, summary, claims, [p["name"] for p in parties])))
        if CaseStatus.INVESTIGATING in stamps:
            _investigations(rng, out, case_id, stamps[CaseStatus.ACCEPTED],
                            stamps.get(CaseStatus.MEDIATING, now), parties, amount, mediator, lawyer, specialist, now)
        if CaseStatus.MEDIATING in stamps:
            _session(rng, out, case_id, stamps[CaseStatus.MEDIATING], parties, mediator, lawyer, counsellor,
                     status, effective)
        if effective is not None and CaseStatus.AGREED_WRITTEN in stamps:
            out[Agreement].append({
                "id": str(uuid.uuid4()), "case_id": case_id, "number": number.replace("调字", "协字"),
                "revision": 1, "form": "written", "partial": False, "facts": summary,
                "disputed_matters": "；".join(claims),
                "responsibilities": "被申请人对纠纷的发生负主要责任；申请人在协商过程中亦有沟通不足之处。",
                "terms": [{"kind": "payment", "obligor": parties[1]["name"], "obligee": parties[0]["name"],
                           "what": "赔偿款", "amount": str(amount), "deadline": str((effective + timedelta(days=15)).date()),
                           "method": "银行转账", "place": "", "breach": "逾期未付的，按日万分之五支付违约金"}
                          if amount else
                          {"kind": "statement", "obligor": parties[1]["name"], "obligee": parties[0]["name"],
                           "what": "向申请人赔礼道歉，双方就本纠纷再无其他争议", "amount": "", "deadline": None,
                           "method": "", "place": "", "breach": ""}],
                "performance": "银行转账" if amount else "当面履行",
                "performance_place": "深圳市罗湖区",
                "performance_deadline": (f"{(effective + timedelta(days=15)).date():%Y年%m月%d日}前" if amount
                                         else "本协议生效之日"),
                "status": "signed", "effective_on": effective.date(),
                "created_by_id": mediator, "created_at": effective, "version": 1, "updated_at": effective})
        if status in (CaseStatus.PERFORMING, CaseStatus.FOLLOW_UP, CaseStatus.CLOSED, CaseStatus.ARCHIVED) and effective:
            # A visit 15 days after the agreement (the default station rule). Visits made lie in
            # the past; open ones are due in the future (the 回访 page then shows a real queue).
            done = status in (CaseStatus.CLOSED, CaseStatus.ARCHIVED)
            if done:
                visited = min(effective + timedelta(days=15, hours=rng.randint(1, 8)), stamps.get(CaseStatus.CLOSED, t),
                              now - timedelta(hours=1))
                due = visited.date()
            else:
                due = max((effective + timedelta(days=15)).date(), (now + timedelta(days=rng.randint(1, 14))).date())
                visited = None
            agreement_id = out[Agreement][-1]["id"] if out[Agreement] and out[Agreement][-1]["case_id"] == case_id else None
            out[FollowUp].append({
                "id": str(uuid.uuid4()), "case_id": case_id, "due_on": due, "done_at": visited,
                "visitor_id": mediator, "party_name": parties[0]["name"] if done else "",
                "performance": "full" if done else "", "satisfaction": "满意" if done else "",
                "notes": "", "agreement_id": agreement_id, "reason": "rule", "method": "phone" if done else "",
                "went_to_court": False if done else None, "escalated": False if done else None,
                "measures": "", "waived_reason": "", "reminded_at": None, "recorded_at": visited,
                "version": 1, "updated_at": t})
    return out


# (question, answer) pairs asked of the respondent; {applicant} and {amt} are filled in.
RESPONDENT_QA = [
    ("你与{applicant}之间因何事发生纠纷？", "因为双方对费用结算有分歧，一直没谈拢。"),
    ("对方提出的各项要求，你有什么意见？", "有些要求合理，有些我认为过高，希望能当面再谈。"),
    ("你认为应当如何解决？", "愿意在调解员主持下协商解决，不想再拖下去。"),
]
AMOUNT_QA = ("{applicant}主张的{amt}元，你是否认可？", "金额基本属实，但一次拿不出来，希望分期支付。")
WITNESS_QA = [
    ("你与双方当事人是什么关系？", "我是小区物业的管理员，和双方都认识，没有利害关系。"),
    ("你了解的情况是怎样的？", "事情发生时我在场，双方当时争执比较激烈，后来由物业先行劝开。"),
]
WITNESSES = [("陈建明", "湖贝物业管理处管理员，联系电话0755-82229876"),
             ("杨丽华", "湖贝社区网格员，联系电话0755-82226543")]


def _investigations(rng: random.Random, out: dict, case_id: str, start: datetime, until: datetime,
                    parties: list[dict], amount: Decimal, mediator: str | None, lawyer: str | None,
                    recorder: str | None, now: datetime) -> None:
    """The investigations of the case: the respondent questioned, sometimes a witness too,
    after acceptance and before the first session (or now)."""
    respondent = parties[1]
    applicant = parties[0]["name"]
    if respondent["kind"] == PartyKind.ORGANISATION.value:
        subject = respondent["legal_rep"]
        details = f"{respondent['name']}{respondent['legal_rep_title']}，联系电话{respondent['phone']}"
    else:
        subject = respondent["name"]
        details = f"{'男' if respondent['gender'] == 'male' else '女'}，住{respondent['address']}，联系电话{respondent['phone']}"
    qa = [(q.format(applicant=applicant), a) for q, a in RESPONDENT_QA[:1]]
    if amount:
        qa.append((AMOUNT_QA[0].format(applicant=applicant, amt=f"{amount:,.0f}"), AMOUNT_QA[1]))
    qa += RESPONDENT_QA[1:]
    sittings = [(subject, details, respondent["id"], qa)]
    if rng.random() < 0.3:
        name, about = rng.choice(WITNESSES)
        sittings.append((name, about, None, WITNESS_QA))
    last = min(until, now)
    span = max((last - start).total_seconds(), 0.0)
    for i, (name, about, party_id, pairs) in enumerate(sittings):
        at = start + timedelta(seconds=span * (0.1 + 0.4 * i))
        end = min(at + timedelta(minutes=rng.randint(20, 60)), max(last, at))
        place = "罗湖区东门街道群众诉求服务站人民调解室" if party_id else "湖贝社区党群服务中心"
        out[Investigation].append({
            "id": str(uuid.uuid4()), "case_id": case_id, "started_at": at, "ended_at": end, "place": place,
            "subject_name": name, "subject_party_id": party_id, "subject_details": about,
            "investigator_ids": [x for x in (mediator, lawyer if rng.random() < 0.5 else None) if x],
            "recorder_id": recorder, "present": [], "qa": [{"q": q, "a": a} for q, a in pairs],
            "findings": "", "attachment_ids": [], "sensitive": False, "created_by_id": mediator,
            "created_at": end, "version": 1, "updated_at": end})
        out[CaseEvent].append({"id": str(uuid.uuid4()), "case_id": case_id, "at": end, "actor_id": mediator,
                               "kind": "investigation", "from_status": None, "to_status": None,
                               "reason": f"登记调查记录：被调查人{name}，{len(pairs)}组问答", "detail": {}})


def _session(rng: random.Random, out: dict, case_id: str, start: datetime, parties: list[dict],
             mediator: str | None, lawyer: str | None, counsellor: str | None, status: CaseStatus,
             effective: datetime | None) -> None:
    sid = str(uuid.uuid4())
    end = start + timedelta(minutes=rng.randint(40, 150))
    outcome = {CaseStatus.TERMINATED: "no_agreement", CaseStatus.REFERRED: "referral",
               CaseStatus.MEDIATING: None, CaseStatus.INVESTIGATING: None}.get(
        status, "oral_agreement" if effective and status == CaseStatus.AGREED_ORAL else "written_agreement")
    out[MediationSession].append({
        "id": sid, "case_id": case_id, "seq": 1, "room_id": None, "public": False,
        "stage": "result" if outcome else "reason", "state": {}, "started_at": start,
        "ended_at": end if outcome else None, "outcome": outcome, "outcome_detail": {},
        "minutes_closed_at": end if outcome else None, "version": 1, "updated_at": end})
    lines = [("mediator", "今天由我主持调解，已告知双方当事人的权利义务，双方同意调解。"),
             ("applicant", f"我是{parties[0]['name']}，我的诉求是对方尽快解决问题。"),
             ("respondent", "我方愿意协商，但金额需要再谈。"),
             ("lawyer", "根据《民法典》相关规定，双方应当按照约定全面履行义务。"),
             ("counsellor", "请双方先平复情绪，换位思考。")]
    for i, (speaker, text) in enumerate(lines):
        out[MinutesEntry].append({"id": str(uuid.uuid4()), "session_id": sid, "seq": i + 1,
                                  "at": start + timedelta(minutes=5 * i), "speaker": speaker, "speaker_name": "",
                                  "text": text, "corrects_id": None, "correction_reason": "",
                                  "author_id": mediator, "version": 1, "updated_at": start})
    for author, dim, tier, body in (
            (mediator, Dimension.REASON, NoteTier.TEAM, "双方对基本事实无争议，分歧在于赔偿金额。"),
            (lawyer, Dimension.LAW, NoteTier.TEAM, "已释明诉讼时效和举证责任，提示诉讼成本。"),
            (counsellor, Dimension.EMOTION, NoteTier.TEAM, "团队摘要：情绪已平复，风险：低。"),
            (counsellor, Dimension.EMOTION, NoteTier.COUNSELLOR_PRIVATE,
             "过程记录：申请人谈及近期失眠、压力大，已做放松训练，建议必要时转介医疗机构。")):
        if author:
            out[Note].append({"id": str(uuid.uuid4()), "case_id": case_id, "session_id": sid, "author_id": author,
                              "dimension": dim.value, "tier": tier.value, "caucus_party_id": None, "field": "text",
                              "body": body, "created_at": start + timedelta(minutes=30), "version": 1,
                              "updated_at": start})
