"""Fast parsing of the date styles export files use (strptime is the slowest step of a big import).

A strptime format made only of %Y %m %d %H %I %M %S %p and literal text becomes one regular expression;
anything else (or "iso") falls back to the standard library, so behaviour matches strptime either way,
with one leniency: a date separator / - or . in the style matches any of the three, because a spreadsheet
re-saving a file in another locale changes "24/03/2021" into "24-03-2021" or "24.03.2021".
"""

from __future__ import annotations

import re
from collections.abc import Callable
from datetime import datetime

from deskapp.platform.i18n import _

_DIRECTIVES = {
    "Y": r"(?P<Y>\d{4})", "m": r"(?P<m>\d{1,2})", "d": r"(?P<d>\d{1,2})", "H": r"(?P<H>\d{1,2})",
    "I": r"(?P<I>\d{1,2})", "M": r"(?P<M>\d{1,2})", "S": r"(?P<S>\d{1,2})", "p": r"(?P<p>[AaPp][Mm])",
}

_SEPARATOR = r"[/.\-]"
Parser = Callable[[str], datetime]


def _fast(fmt: str) -> Parser | None:
    pattern, position = [], 0
    while position < len(fmt):
        char = fmt[position]
        if char == "%":
            code = fmt[position + 1:position + 2]
            if code not in _DIRECTIVES or _DIRECTIVES[code] in pattern:
                return None
            pattern.append(_DIRECTIVES[code])
            position += 2
        else:
            pattern.append(r"\s+" if char == " " else _SEPARATOR if char in "/-." else re.escape(char))
            position += 1
    compiled = re.compile("".join(pattern) + r"\Z")
    twelve_hour = "%I" in fmt

    def parse(text: str) -> datetime:
        found = compiled.match(text)
        if found is None:
            raise ValueError(_("{text!r} does not match {fmt!r}").format(text=text, fmt=fmt))
        parts = found.groupdict()
        if twelve_hour:
            hour = int(parts["I"])
            if not 1 <= hour <= 12 or parts.get("p") is None:
                raise ValueError(_("bad 12-hour time in {text!r}").format(text=text))
            hour = hour % 12 + (12 if parts["p"].upper() == "PM" else 0)
        else:
            hour = int(parts.get("H") or 0)
        # datetime() itself refuses 31 February, minute 61 and the like, as strptime would.
        return datetime(int(parts["Y"]), int(parts["m"]), int(parts["d"]), hour, int(parts.get("M") or 0),
                        int(parts.get("S") or 0))

    return parse if "Y" in compiled.groupindex and "m" in compiled.groupindex and "d" in compiled.groupindex \
        else None


def parser_for(fmt: str) -> Parser:
    if fmt == "iso":
        return datetime.fromisoformat
    return _fast(fmt) or (lambda text: datetime.strptime(text, fmt))
