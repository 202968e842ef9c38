"""The domain's and the CLI's words in the reader's language (English or Danish), and numbers and dates
written the way that language writes them.

Messages are marked with `_()` (or `ngettext()` for counts, `N_()` for tables of words translated where they
are shown) and extracted with Babel (`pybabel extract -F babel.cfg`, see dev.py) into
deskapp/locale/deskapp.pot; the Danish catalogue is deskapp/locale/da/LC_MESSAGES/deskapp.po. Nothing
compiled is committed: from a source checkout the .po is compiled here, once per change of its content, into
the user's cache folder; the frozen build ships the compiled .mo (build.spec).

The language is one per process: the system's (LC_ALL, LC_MESSAGES, LANG, then the OS's own setting) until
`set_language` chooses another (the app does at sign-in, for the person's language). Anything that is not
Danish is English, the default and the language the source is written in.
"""

from __future__ import annotations

import copy
import gettext
import hashlib
import io
import locale
import logging
import os
import sys
import tempfile
import threading
from datetime import date, datetime
from decimal import Decimal
from pathlib import Path

import platformdirs

log = logging.getLogger(__name__)

DOMAIN = "deskapp"
LANGUAGES = ("en", "da")
# Babel's locale per language: British English (day before month, 24-hour clock) and Danish as in Denmark.
_BABEL_LOCALES = {"en": "en_GB", "da": "da_DK"}

_lock = threading.Lock()
_language: str | None = None  # None: not chosen yet, taken from the environment on first use
_catalogues: dict[str, gettext.NullTranslations] = {}


def N_(message: str) -> str:
    """Mark a message for extraction only; it is translated with `_()` where it is shown."""
    return message


def _(message: str) -> str:
    """The message in the current language (itself if the catalogue has no translation)."""
    return _catalogue(current_language()).gettext(message)


def ngettext(singular: str, plural: str, n: int) -> str:
    """The singular or the plural form for n, by the current language's rule."""
    return _catalogue(current_language()).ngettext(singular, plural, n)


def normalise_language(code: str | None) -> str:
    """"da", "da_DK.UTF-8", "da-DK", "Danish_Denmark" -> "da"; anything else (C, POSIX, en_GB, "") -> "en"."""
    if not code:
        return "en"
    head = code.strip().replace("-", "_").split(".")[0].split("@")[0].lower()
    if head == "da" or head.startswith(("da_", "danish")):
        return "da"
    return "en"


def set_language(code: str) -> None:
    """Use this language from now on in this process ("en" or "da"; other codes are normalised, see
    `normalise_language`)."""
    global _language
    with _lock:
        _language = normalise_language(code)


def current_language() -> str:
    """"en" or "da": the one set, else the environment's."""
    global _language
    if _language is None:
        with _lock:
            if _language is None:
                _language = system_language()
    return _language


def system_language() -> str:
    """The language the environment asks for: POSIX's order (LC_ALL, then LC_MESSAGES, then LANG; the first
    set wins, as in every other command-line program), then the operating system's user setting."""
    for name in ("LC_ALL", "LC_MESSAGES", "LANG"):
        value = os.environ.get(name)
        if value:
            return normalise_language(value)
    return normalise_language(_os_locale_name())


def _os_locale_name() -> str | None:
    if sys.platform == "win32":  # Windows sets no LANG: ask for the user's display language
        import ctypes

        language_id = ctypes.windll.kernel32.GetUserDefaultUILanguage()
        return locale.windows_locale.get(language_id)
    try:
        return locale.getlocale(locale.LC_MESSAGES)[0]
    except (AttributeError, ValueError):
        return None


# --- catalogues --------------------------------------------------------------------------------------

def locale_dir() -> Path:
    """deskapp/locale, in the source tree or in the frozen build."""
    bundle = getattr(sys, "_MEIPASS", None)
    if bundle:
        return Path(bundle) / "deskapp" / "locale"
    return Path(__file__).resolve().parent.parent / "locale"


def po_path(language: str) -> Path:
    return locale_dir() / language / "LC_MESSAGES" / f"{DOMAIN}.po"


def cache_dir() -> Path:
    return Path(platformdirs.user_cache_dir("deskapp", appauthor=False)) / "locale"


def compile_po(po: Path) -> bytes:
    """The .mo of a .po (fuzzy entries left out: a guessed translation is worse than the English)."""
    from babel.messages.mofile import write_mo
    from babel.messages.pofile import read_po

    with po.open("rb") as source:
        catalog = read_po(source, locale=po.parent.parent.name, domain=DOMAIN)
    out = io.BytesIO()
    write_mo(out, catalog, use_fuzzy=False)
    return out.getvalue()


def compiled_catalogue(language: str) -> bytes | None:
    """The compiled catalogue of a language: the frozen build's .mo, else the .po compiled (cached by the
    .po's content, so several checkouts sharing one cache folder never read each other's), else None."""
    shipped = po_path(language).with_suffix(".mo")
    if getattr(sys, "frozen", False) and shipped.is_file():
        return shipped.read_bytes()
    po = po_path(language)
    if not po.is_file():
        return shipped.read_bytes() if shipped.is_file() else None
    digest = hashlib.sha256(po.read_bytes()).hexdigest()[:16]
    cached = cache_dir() / language / f"{DOMAIN}-{digest}.mo"
    if cached.is_file():
        return cached.read_bytes()
    data = compile_po(po)
    try:
        cached.parent.mkdir(parents=True, exist_ok=True)
        # Written whole then renamed: a second process starting at the same moment never reads half a file.
        handle, temporary = tempfile.mkstemp(dir=cached.parent, suffix=".tmp")
        with os.fdopen(handle, "wb") as out:
            out.write(data)
        os.replace(temporary, cached)
    except OSError as error:  # a read-only cache costs a compile per start, nothing else
        log.info("could not keep the compiled %s catalogue in %s: %s", language, cached.parent, error)
    return data


def _catalogue(language: str) -> gettext.NullTranslations:
    found = _catalogues.get(language)
    if found is not None:
        return found
    with _lock:
        found = _catalogues.get(language)
        if found is None:
            found = _load(language)
            _catalogues[language] = found
    return found


def _load(language: str) -> gettext.NullTranslations:
    if language == "en":
        return gettext.NullTranslations()
    try:
        data = compiled_catalogue(language)
    except Exception:  # a broken catalogue must not stop the program: it speaks English, and says why
        log.exception("the %s catalogue could not be read; messages stay in English", language)
        data = None
    if data is None:
        log.warning("no %s catalogue found in %s; messages stay in English", language, locale_dir())
        return gettext.NullTranslations()
    return gettext.GNUTranslations(io.BytesIO(data))


def reload_catalogues() -> None:
    """Forget the loaded catalogues (after the .po changed, e.g. in the translators' tests)."""
    with _lock:
        _catalogues.clear()


# --- formats -----------------------------------------------------------------------------------------

def babel_locale(language: str | None = None) -> str:
    return _BABEL_LOCALES[language or current_language()]


def _with_decimals(kind: str, value: int | float | Decimal, decimals: int) -> str:
    """The language's own number or percent pattern (grouping, spacing, sign) with exactly `decimals` digits
    after the decimal sign."""
    from babel import Locale
    from babel.numbers import parse_pattern

    place = Locale.parse(babel_locale())
    formats = place.decimal_formats if kind == "decimal" else place.percent_formats
    # A copy: Babel hands out the locale's own shared pattern, and changing it would change every later
    # number formatted in that language ("3" became "3.0" after one figure with a decimal).
    pattern = copy.copy(parse_pattern(formats[None]))
    pattern.frac_prec = (decimals, decimals)
    return str(pattern.apply(value, place))


def format_number(value: int | float | Decimal, *, decimals: int | None = None) -> str:
    """1234567 -> "1,234,567" in English, "1.234.567" in Danish; decimals fixes the digits after the point."""
    from babel.numbers import format_decimal

    if decimals is None:
        return format_decimal(value, locale=babel_locale())
    return _with_decimals("decimal", value, decimals)


def format_percent(value: int | float | Decimal, *, decimals: int = 0) -> str:
    """A fraction as a percentage: 0.25 -> "25%" in English, "25 %" in Danish."""
    return _with_decimals("percent", value, decimals)


def format_date(value: date, format: str = "medium") -> str:
    """3 Dec 2026 / 3. dec. 2026; format: "short", "medium", "long", "full" or a CLDR pattern."""
    from babel.dates import format_date as babel_date

    return babel_date(value, format=format, locale=babel_locale())


def format_datetime(value: datetime, format: str = "medium") -> str:
    """A moment on the desk's wall clock: an aware datetime is shown in this PC's time zone, a naive one as
    it is; 24-hour clock in both languages."""
    from babel.dates import format_datetime as babel_datetime

    if value.tzinfo is not None:
        value = value.astimezone().replace(tzinfo=None)
    # Babel takes a naive datetime as UTC and, with no zone asked for, prints it unchanged.
    return babel_datetime(value, format=format, locale=babel_locale())
