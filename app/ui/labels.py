"""Translations of the fixed vocabularies (app.domain.catalog labels) for the UI.

The services return Chinese labels; `tr_label()` shows them in the UI language. The list
below only exists so that pyside6-lupdate extracts every label into the "catalog" context;
regenerate it when the catalogue changes (resources/README.md).
"""
from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

CONTEXT = "catalog"


def tr_label(text: str) -> str:
    """A catalogue label (status, category, role, room, ...) in the UI language."""
    return QCoreApplication.translate(CONTEXT, text) if text else text


def parties_line(party_roles: tuple[tuple[str, str], ...]) -> str:
    """申请人 张三 / 被申请人 某公司, with the roles in the UI language (names as entered)."""
    return " / ".join(f"{tr_label(role)} {name}" for role, name in party_roles)


# fmt: off
LABELS = (
    QT_TRANSLATE_NOOP("catalog", "接待员"),
    QT_TRANSLATE_NOOP("catalog", "法治专员"),
    QT_TRANSLATE_NOOP("catalog", "人民调解员"),
    QT_TRANSLATE_NOOP("catalog", "律师"),
    QT_TRANSLATE_NOOP("catalog", "心理咨询师"),
    QT_TRANSLATE_NOOP("catalog", "管理员"),
    QT_TRANSLATE_NOOP("catalog", "待受理"),
    QT_TRANSLATE_NOOP("catalog", "不予受理"),
    QT_TRANSLATE_NOOP("catalog", "已受理"),
    QT_TRANSLATE_NOOP("catalog", "调查中"),
    QT_TRANSLATE_NOOP("catalog", "调解中"),
    QT_TRANSLATE_NOOP("catalog", "达成书面协议"),
    QT_TRANSLATE_NOOP("catalog", "达成口头协议"),
    QT_TRANSLATE_NOOP("catalog", "调解终止"),
    QT_TRANSLATE_NOOP("catalog", "已转介"),
    QT_TRANSLATE_NOOP("catalog", "司法确认中"),
    QT_TRANSLATE_NOOP("catalog", "履行中"),
    QT_TRANSLATE_NOOP("catalog", "待回访"),
    QT_TRANSLATE_NOOP("catalog", "已结案"),
    QT_TRANSLATE_NOOP("catalog", "已归档"),
    QT_TRANSLATE_NOOP("catalog", "婚姻家庭纠纷"),
    QT_TRANSLATE_NOOP("catalog", "邻里纠纷"),
    QT_TRANSLATE_NOOP("catalog", "房屋宅基地纠纷"),
    QT_TRANSLATE_NOOP("catalog", "合同纠纷"),
    QT_TRANSLATE_NOOP("catalog", "生产经营纠纷"),
    QT_TRANSLATE_NOOP("catalog", "损害赔偿纠纷"),
    QT_TRANSLATE_NOOP("catalog", "山林土地纠纷"),
    QT_TRANSLATE_NOOP("catalog", "征地拆迁纠纷"),
    QT_TRANSLATE_NOOP("catalog", "环境污染纠纷"),
    QT_TRANSLATE_NOOP("catalog", "劳动争议纠纷"),
    QT_TRANSLATE_NOOP("catalog", "消费纠纷"),
    QT_TRANSLATE_NOOP("catalog", "医疗纠纷"),
    QT_TRANSLATE_NOOP("catalog", "道路交通事故纠纷"),
    QT_TRANSLATE_NOOP("catalog", "物业纠纷"),
    QT_TRANSLATE_NOOP("catalog", "其他纠纷"),
    QT_TRANSLATE_NOOP("catalog", "城市更新纠纷"),
    QT_TRANSLATE_NOOP("catalog", "商事纠纷"),
    QT_TRANSLATE_NOOP("catalog", "商铺租赁纠纷"),
    QT_TRANSLATE_NOOP("catalog", "拖欠农民工工资纠纷"),
    QT_TRANSLATE_NOOP("catalog", "当事人来访申请"),
    QT_TRANSLATE_NOOP("catalog", "扫码/小程序"),
    QT_TRANSLATE_NOOP("catalog", "12345热线"),
    QT_TRANSLATE_NOOP("catalog", "法院委托移送"),
    QT_TRANSLATE_NOOP("catalog", "公安机关委托移送"),
    QT_TRANSLATE_NOOP("catalog", "信访部门委托移送"),
    QT_TRANSLATE_NOOP("catalog", "检察院委托移送"),
    QT_TRANSLATE_NOOP("catalog", "其他部门委托移送"),
    QT_TRANSLATE_NOOP("catalog", "人民调解委员会主动调解"),
    QT_TRANSLATE_NOOP("catalog", "接访窗口"),
    QT_TRANSLATE_NOOP("catalog", "诉求服务窗口"),
    QT_TRANSLATE_NOOP("catalog", "法律顾问室"),
    QT_TRANSLATE_NOOP("catalog", "人民调解室"),
    QT_TRANSLATE_NOOP("catalog", "公证室"),
    QT_TRANSLATE_NOOP("catalog", "劳动者权益保障室"),
    QT_TRANSLATE_NOOP("catalog", "法治宣传室"),
    QT_TRANSLATE_NOOP("catalog", "心理服务室"),
    QT_TRANSLATE_NOOP("catalog", "调解"),
    QT_TRANSLATE_NOOP("catalog", "仲裁"),
    QT_TRANSLATE_NOOP("catalog", "司法确认"),
    QT_TRANSLATE_NOOP("catalog", "一类诉求"),
    QT_TRANSLATE_NOOP("catalog", "二类诉求"),
    QT_TRANSLATE_NOOP("catalog", "申请人"),
    QT_TRANSLATE_NOOP("catalog", "被申请人"),
    QT_TRANSLATE_NOOP("catalog", "第三人"),
    QT_TRANSLATE_NOOP("catalog", "居民身份证/居住证/永居证"),
    QT_TRANSLATE_NOOP("catalog", "护照"),
    QT_TRANSLATE_NOOP("catalog", "其他证件"),
    QT_TRANSLATE_NOOP("catalog", "法"),
    QT_TRANSLATE_NOOP("catalog", "理"),
    QT_TRANSLATE_NOOP("catalog", "情"),
    QT_TRANSLATE_NOOP("catalog", "综合"),
    QT_TRANSLATE_NOOP("catalog", "无"),
    QT_TRANSLATE_NOOP("catalog", "弱信号"),
    QT_TRANSLATE_NOOP("catalog", "强信息"),
    QT_TRANSLATE_NOOP("catalog", "一方当事人明确拒绝调解"),
    QT_TRANSLATE_NOOP("catalog", "依法只能由专门机关处理，或法律法规禁止采用民间调解方式解决"),
    QT_TRANSLATE_NOOP("catalog", "人民法院、公安机关或其他行政机关已经受理或者解决"),
    QT_TRANSLATE_NOOP("catalog", "不属于民间纠纷"),
    QT_TRANSLATE_NOOP("catalog", "重复登记"),
    QT_TRANSLATE_NOOP("catalog", "其他原因"),
    QT_TRANSLATE_NOOP("catalog", "分钟级受理"),
    QT_TRANSLATE_NOOP("catalog", "小时级反馈"),
    QT_TRANSLATE_NOOP("catalog", "男"),
    QT_TRANSLATE_NOOP("catalog", "女"),
    # team roles and clock labels as the services word them
    QT_TRANSLATE_NOOP("catalog", "调解员"),
    QT_TRANSLATE_NOOP("catalog", "记录人"),   # the recorder's signature slot on the agreement
    QT_TRANSLATE_NOOP("catalog", "调解期限（30日）"),
    QT_TRANSLATE_NOOP("catalog", "劳动争议调解期限（15日）"),
    QT_TRANSLATE_NOOP("catalog", "司法确认申请期限（30日）"),
    QT_TRANSLATE_NOOP("catalog", "信访事项转送（15日）"),
    QT_TRANSLATE_NOOP("catalog", "信访办理期限（60日）"),
)
