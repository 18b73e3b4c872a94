"""Which passwords and PINs are too easy to guess (pure rules, no I/O beyond one package file).

A PIN guards a professional's panel on the shared room PC, so PINs that people pick first
(0000, 1234, 1111, 4321, 1212, 5201314, a year) are refused, as are passwords found in the
bundled common-password list (app/domain/data/common_passwords.txt).
"""
from __future__ import annotations

from functools import lru_cache
from importlib import resources

# PINs people choose first beyond the patterns below (Chinese favourites included).
COMMON_PINS = frozenset({
    "1004", "2580", "0852", "1314", "0520", "5201314", "1314520", "520520", "1122", "112233", "147258",
    "159753", "123123", "321321", "7777", "168168", "8888", "6969", "696969", "1472", "13579",
    "1357", "9876", "0123", "1230", "123456", "654321", "123321", "2000", "2001", "1010", "1231",
})


def weak_pin_reason(pin: str) -> str | None:
    """Why the PIN is too easy to guess (Chinese, for the user), or None."""
    if len(set(pin)) == 1:
        return "PIN 不能全部是相同的数字（如 0000、1111）。"
    steps = {(int(b) - int(a)) % 10 for a, b in zip(pin, pin[1:])}
    if steps in ({1}, {9}):
        return "PIN 不能是连续的数字（如 1234、4321）。"
    for size in range(1, len(pin) // 2 + 1):
        if len(pin) % size == 0 and pin == pin[:size] * (len(pin) // size):
            return "PIN 不能是重复的数字组合（如 1212）。"
    if pin in COMMON_PINS or (len(pin) == 4 and 1940 <= int(pin) <= 2039):
        return "PIN 过于常见，容易被猜中，请换一个。"
    return None


@lru_cache(maxsize=1)
def _common_passwords() -> frozenset[str]:
    text = resources.files("app.domain").joinpath("data/common_passwords.txt").read_text(encoding="utf-8")
    return frozenset(line.strip().lower() for line in text.splitlines() if line.strip() and not line.startswith("#"))


def is_common_password(password: str) -> bool:
    """In the common-password list (case-insensitive), or one character repeated."""
    p = password.strip().lower()
    return p in _common_passwords() or len(set(p)) <= 1
