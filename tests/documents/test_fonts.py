"""Fonts: registration once, glyph checks, fallback markup."""

from __future__ import annotations

import pytest

from app.documents import fonts
from app.domain.errors import DomainError


def test_fonts_are_registered_once_from_the_repo_folder() -> None:
    assert fonts.register_fonts() is fonts.register_fonts()
    assert (fonts.FONT_DIR / "uming.ttc").is_file()
    assert fonts.FONT_DIR.parent.name == "resources"


def test_the_cn_subfont_is_found_by_family_name() -> None:
    from reportlab.pdfbase.pdfmetrics import getFont

    face = getFont(fonts.SERIF).face
    assert face.familyName == b"AR PL UMing CN"


@pytest.mark.parametrize(
    "text", ["王𠮷", "李堃", "张喆", "〔2026〕罗湖东门调字第12号", "ABC 123 ¥", "第一行\n第二行"]
)
def test_names_and_form_text_are_drawable(text: str) -> None:
    fonts.check_drawable(text)


@pytest.mark.parametrize("char", ["\U0010fffd", "\U000e0001", "\uffff", "\U0003134a"])
def test_undrawable_character_is_named(char: str) -> None:
    with pytest.raises(fonts.MissingGlyphError) as info:
        fonts.check_drawable(f"王{char}", field="name")
    error = info.value
    assert isinstance(error, DomainError)
    assert error.char == char and error.field == "name"
    assert error.zh == f"字体无法显示字符“{char}”（U+{ord(char):04X}），请核对姓名用字"


def test_only_the_rare_character_switches_font() -> None:
    markup = fonts.para_markup("王𠮷与李堃<喆>&")
    assert markup == f'王<font name="{fonts.FALLBACK}">𠮷</font>与李堃&lt;喆&gt;&amp;'


def test_variation_selectors_are_dropped_not_boxed() -> None:
    assert fonts.para_markup("葛\U000e0100") == "葛"
    fonts.check_drawable("葛\U000e0100")
