"""The interface language: Qt translators per area, Qt's own translations, and QLocale's default.

One Qt Linguist source per area and language sits in deskapp/ui/translations/<area>_<lang>.ts. From a source
checkout each is compiled with pyside6-lrelease into the user's cache folder, once per content of the .ts
(nothing compiled is committed); the frozen build ships the compiled .qm files beside the .ts folder
(build.spec). `install_language(app, "da")` installs one QTranslator per area plus Qt's own qtbase_da and
sets QLocale's default (dates, numbers, first day of the week); switching to English removes them all again.
Widgets built before a switch keep the words they were built with (Qt only sends them a LanguageChange
event), which is why the main window rebuilds its pages and re-labels itself after a switch.
"""

from __future__ import annotations

import hashlib
import logging
import os
import shutil
import subprocess
import sys
import tempfile
from dataclasses import dataclass, field
from pathlib import Path

import platformdirs
from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator

from deskapp.platform import i18n as domain_i18n
from deskapp.platform.paths import APP_NAME

log = logging.getLogger(__name__)

AREAS: tuple[str, ...] = ("app", "desk", "log", "guides", "checklists", "skills", "admin", "importing")
LANGUAGES: tuple[str, ...] = ("en", "da")  # English is the source language: no catalogue needed
SOURCE_LANGUAGE = "en"
TRANSLATIONS_DIR = Path(__file__).resolve().parent / "translations"
QT_OWN = ("qtbase",)  # Qt's standard dialogs and buttons (OK, Cancel, file dialogs, context menus)
_LOCALES = {"en": QLocale(QLocale.Language.English, QLocale.Country.UnitedKingdom),
            "da": QLocale(QLocale.Language.Danish, QLocale.Country.Denmark)}


class TranslationUnavailable(RuntimeError):
    """A catalogue exists but could not be compiled or loaded (the message says which and why)."""


@dataclass
class InstalledLanguage:
    """What install_language() put in place: the language, and which catalogues it loaded."""

    code: str
    areas: list[str] = field(default_factory=list)  # the areas whose translation is installed
    qt_catalogues: list[str] = field(default_factory=list)  # Qt's own, e.g. "qtbase_da"
    missing: list[str] = field(default_factory=list)  # catalogues that could not be loaded (logged)
    translators: list[QTranslator] = field(default_factory=list, repr=False)


_installed: InstalledLanguage = InstalledLanguage(SOURCE_LANGUAGE)


def normalise(code: str | None) -> str:
    """"da_DK.UTF-8", "da-DK", "DA" -> "da"; anything not offered -> ""."""
    if not code:
        return ""
    short = code.strip().replace("-", "_").split(".")[0].split("_")[0].lower()
    return short if short in LANGUAGES else ""


def system_language(environ: dict[str, str] | None = None) -> str:
    """The language the PC itself is set to: LC_ALL, LC_MESSAGES, LANG (as gettext reads them), else Qt's
    system locale (Windows has no LANG); English when that is not a language deskapp speaks."""
    env = os.environ if environ is None else environ
    for name in ("LC_ALL", "LC_MESSAGES", "LANG"):
        value = env.get(name, "")
        if value and value not in ("C", "POSIX"):
            return normalise(value) or SOURCE_LANGUAGE
    return normalise(QLocale.system().name()) or SOURCE_LANGUAGE


def choose_language(person: str | None, pc: str | None, environ: dict[str, str] | None = None) -> str:
    """The person's own choice, else this PC's setting, else the system's language."""
    return normalise(person) or normalise(pc) or system_language(environ)


def current_language() -> str:
    return _installed.code


def installed() -> InstalledLanguage:
    return _installed


def display_name(code: str) -> str:
    """A language's name in its own language ("Dansk", "English"), as a language picker shows it."""
    return {"en": "English", "da": "Dansk"}.get(code, code)


def qm_folder() -> Path:
    """Where compiled catalogues are read from: shipped in a frozen build, else the user's cache."""
    bundle = getattr(sys, "_MEIPASS", None)
    if bundle:
        return Path(bundle) / "deskapp" / "ui" / "translations"
    return Path(platformdirs.user_cache_dir(APP_NAME, appauthor=False)) / "translations"


def _lrelease() -> str | None:
    beside = Path(sys.executable).parent / "pyside6-lrelease"
    if beside.exists():
        return str(beside)
    found = shutil.which("pyside6-lrelease")
    if found:
        return found
    try:
        import PySide6
    except ImportError:  # pragma: no cover - PySide6 is always there when Qt runs
        return None
    binary = Path(PySide6.__file__).parent / ("lrelease.exe" if os.name == "nt" else "lrelease")
    return str(binary) if binary.exists() else None


def compile_catalogue(ts: Path, out_dir: Path) -> Path:
    """The .qm for `ts`, compiled into a folder of out_dir named by the .ts's content (as the domain's
    catalogue is cached): a changed .ts gets a new folder, and two checkouts sharing one cache folder never
    load each other's catalogue, whatever their files' times. The file keeps the .ts's own name
    (`app_da.qm`), which is the name the frozen build ships it under (build.spec)."""
    digest = hashlib.sha256(ts.read_bytes()).hexdigest()[:16]
    qm = out_dir / digest / (ts.stem + ".qm")
    if qm.exists():
        return qm
    tool = _lrelease()
    if tool is None:
        raise TranslationUnavailable(f"pyside6-lrelease is not installed: cannot compile {ts.name}")
    qm.parent.mkdir(parents=True, exist_ok=True)
    # Compiled beside it under a name of its own, then renamed into place: another deskapp starting at the
    # same moment never reads half a file, nor trips over this one's temporary.
    handle, name = tempfile.mkstemp(dir=qm.parent, prefix=ts.stem, suffix=".qm.tmp")
    os.close(handle)
    temp = Path(name)
    try:
        result = subprocess.run([tool, "-silent", str(ts), "-qm", str(temp)], capture_output=True, text=True)
        if result.returncode != 0 or not temp.exists() or temp.stat().st_size == 0:
            raise TranslationUnavailable(f"pyside6-lrelease could not compile {ts.name}: "
                                         f"{(result.stderr or result.stdout).strip()}")
        temp.replace(qm)
    finally:
        temp.unlink(missing_ok=True)
    return qm


def catalogue_for(area: str, code: str, out_dir: Path | None = None) -> Path | None:
    """The compiled catalogue of one area in one language, or None when that area has none yet."""
    folder = out_dir or qm_folder()
    ts = TRANSLATIONS_DIR / f"{area}_{code}.ts"
    if getattr(sys, "_MEIPASS", None) or not ts.exists():
        shipped = folder / f"{area}_{code}.qm"
        return shipped if shipped.exists() else None
    return compile_catalogue(ts, folder)


def _remove_installed(app: QCoreApplication) -> None:
    for translator in _installed.translators:
        app.removeTranslator(translator)


def install_language(app: QCoreApplication | None, code: str, *, out_dir: Path | None = None) -> InstalledLanguage:
    """Switch the interface to `code` ("en", "da"; anything else means English) and return what was installed.

    Removes whatever an earlier call installed first, so calling it again (at sign-in, at lock) switches. An
    area whose catalogue cannot be compiled or loaded stays English and is named in `missing` (and logged):
    a missing translation never stops the desk from working.
    """
    global _installed
    app = app or QCoreApplication.instance()
    if app is None:
        raise RuntimeError("install_language needs a QApplication")
    language = normalise(code) or SOURCE_LANGUAGE
    _remove_installed(app)
    result = InstalledLanguage(language)
    if language != SOURCE_LANGUAGE:
        for area in AREAS:
            try:
                qm = catalogue_for(area, language, out_dir)
            except (OSError, TranslationUnavailable) as error:
                log.warning("the %s translation of %s is not available: %s", language, area, error)
                result.missing.append(f"{area}_{language}")
                continue
            if qm is None:
                continue
            translator = QTranslator(app)
            if translator.load(str(qm)) and app.installTranslator(translator):
                result.areas.append(area)
                result.translators.append(translator)
            else:
                log.warning("could not load the translation %s", qm)
                result.missing.append(f"{area}_{language}")
        qt_dir = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
        for name in QT_OWN:
            translator = QTranslator(app)
            if translator.load(f"{name}_{language}", qt_dir) and app.installTranslator(translator):
                result.qt_catalogues.append(f"{name}_{language}")
                result.translators.append(translator)
            else:
                log.warning("Qt's own %s_%s translation is not in %s", name, language, qt_dir)
                result.missing.append(f"{name}_{language}")
    QLocale.setDefault(_LOCALES.get(language, _LOCALES[SOURCE_LANGUAGE]))
    # The domain's sentences (refusals, report summaries) follow the screen's language.
    domain_i18n.set_language(language)
    _installed = result
    return result
