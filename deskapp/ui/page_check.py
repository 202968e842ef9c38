"""Build every main-window area and every Staff & settings tab offscreen, for `deskapp --self-test`.

Importing a page is not enough: a page can import fine and still fail when built (a missing name in another
module, a query against a table a migration forgot). On a desk that shows "This area could not be opened";
here it fails the installer's self-test, naming the area and the error.
"""

from __future__ import annotations

import logging
import os
from collections.abc import Callable
from functools import partial
from importlib import import_module
from pathlib import Path
from typing import TYPE_CHECKING

from deskapp.platform.actor import Actor
from deskapp.startup.database import Database

if TYPE_CHECKING:  # Qt is imported only when the self-test runs (it sets the platform first)
    from PySide6.QtWidgets import QWidget

    from deskapp.ui.context import UiContext

log = logging.getLogger(__name__)
_kept: list = []


class PageBuildError(RuntimeError):
    """One or more areas could not be built; the message names each with its error."""


def _application():
    # The self-test runs from the command line: a windowless Qt platform unless one was already chosen.
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtWidgets import QApplication

    return QApplication.instance() or QApplication([])


def _create_tab(module: str, context: UiContext) -> QWidget:
    return import_module(module).create_tab(context)


def build_every_page(db: Database, actor: Actor, desk_name: str, folder: Path, *,
                     pages: list | None = None, tabs: list | None = None) -> list[str]:
    """Build each page of deskapp/ui/pages.py and each tab of deskapp/ui/admin/tabs.py as `actor`.

    Returns the names built; raises PageBuildError naming every one that failed (each also logged with its
    traceback). `folder` holds a throw-away per-user settings file, so the real one is never touched.
    """
    app = _application()
    from PySide6.QtCore import QThreadPool

    from deskapp.ui.admin.tabs import ADMIN_TABS
    from deskapp.ui.change_bus import ChangeBus
    from deskapp.ui.context import UiContext
    from deskapp.ui.dialogs import DialogService
    from deskapp.ui.pages import PAGES

    context = UiContext(db=db, desk_name=desk_name, bus=ChangeBus(), dialogs=DialogService(),
                        current_actor=lambda: actor, user_config=folder / "self-test-user.toml")
    builders: list[tuple[str, Callable[[UiContext], QWidget]]] = [
        (page.title, page.create) for page in (PAGES if pages is None else pages)]
    builders += [(f"Staff & settings ▸ {tab.plain_title}", partial(_create_tab, tab.module))
                 for tab in (ADMIN_TABS if tabs is None else tabs)]
    built: list[str] = []
    failed: list[str] = []
    widgets: list = []
    for name, create in builders:
        try:
            widget = create(context)
            app.processEvents()
        except Exception as error:
            log.exception("self-test: could not build %s", name)
            failed.append(f"{name}: {type(error).__name__}: {error}")
            continue
        built.append(name)
        widgets.append(widget)
    QThreadPool.globalInstance().waitForDone(10_000)  # a page's background loads finish before the DB closes
    app.processEvents()
    for widget in widgets:
        widget.close()
    _kept.extend(widgets)  # deleting built pages mid-run upsets PySide at exit; they are hidden and small
    _kept.append(context.bus)
    if failed:
        raise PageBuildError("could not build " + "; ".join(failed))
    return built
