"""`deskapp --self-test`: prove an installation works end to end, on a throw-away database.

Each step goes through the same functions the app uses (migrations from disk, seeding from resources/,
sign-in with argon2, enquiry logging, guide search, a report rendered to PDF by Qt), so a frozen build that
left out a hidden import, a migration file or a Qt plugin fails here, naming the step, instead of on a desk.
Exit code 0 when every step passed, 1 otherwise.
"""

from __future__ import annotations

import os
import sys
import tempfile
import time
import traceback
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, TextIO

from deskapp import __version__
from deskapp.platform.i18n import _

SELF_TEST_DESK = "Self-test desk"
SELF_TEST_PASSWORD = "self-test passphrase 1"  # throw-away database: the secret protects nothing
SELF_TEST_QUERY = "catalogue"  # a word in the starter guides (resources/guides)
SELF_TEST_REPORT = "desk-stats"


@dataclass
class SelfTestState:
    """What one step hands to the next."""

    folder: Path
    db: Any = None
    actor: Any = None
    extras: dict[str, Any] = field(default_factory=dict)


@dataclass(frozen=True)
class StepResult:
    name: str
    ok: bool
    detail: str
    seconds: float


Step = tuple[str, Callable[[SelfTestState], str]]


def _migrate(state: SelfTestState) -> str:
    from deskapp.db import Database
    from deskapp.db.migrate import HEAD_REVISION, upgrade

    state.db = Database(state.folder / "self-test.sqlite3")
    result = upgrade(state.db)
    if result.after != HEAD_REVISION:
        raise RuntimeError(_("migrated to {after}, expected {HEAD_REVISION}").format(
                after=result.after,
                HEAD_REVISION=HEAD_REVISION))
    return f"schema {result.after}"


def _seed(state: SelfTestState) -> str:
    from deskapp.platform.paths import resources_dir
    from deskapp.startup.seed import seed

    with state.db.write() as session:
        report = seed(session)
    created = sum(report.created.values())
    if created == 0:
        raise RuntimeError(_("seeding created nothing from {value}").format(value=resources_dir()))
    return f"{created} reference rows from {resources_dir()}"


def _sign_in(state: SelfTestState) -> str:
    from deskapp.people.auth import sign_in
    from deskapp.people.staff import create_first_leader

    with state.db.write() as session:
        staff_id = create_first_leader(session, "Self Test", "ST", SELF_TEST_PASSWORD)
    signed_in = sign_in(state.db, staff_id, SELF_TEST_PASSWORD, SELF_TEST_DESK)
    state.actor = signed_in.actor
    state.extras["desk_id"] = signed_in.desk_id
    return f"first team leader created and signed in (argon2) at {signed_in.desk_name!r}"


def _log_enquiry(state: SelfTestState) -> str:
    from deskapp.desk.enquiries import EnquiryDraft, get_enquiry, log_enquiry
    from deskapp.desk.reference import load_reference

    with state.db.read() as session:
        lists = load_reference(session)
    category = lists.pickable_categories[0]
    resolved = next(o for o in lists.outcomes if not o.needs_target)
    draft = EnquiryDraft(category_id=category.id, channel_id=lists.channels[0].id, outcome_id=resolved.id,
                         skill_ids=category.skill_ids, notes="deskapp self-test")
    with state.db.write() as session:
        enquiry_id = log_enquiry(session, state.actor, state.extras["desk_id"], draft)
    with state.db.read() as session:
        stored = get_enquiry(session, enquiry_id)
    if stored.category_id != category.id:
        raise RuntimeError(_("the stored enquiry does not match what was logged"))
    return f"enquiry {enquiry_id} ({category.label}) stored with {len(stored.skill_ids)} skills"


def _search_guide(state: SelfTestState) -> str:
    from deskapp.guides.search import search_guides

    with state.db.read() as session:
        hits = search_guides(session, SELF_TEST_QUERY)
    if not hits:
        raise RuntimeError(_("no guide found for {SELF_TEST_QUERY!r}: were the starter guides seeded?").format(
                SELF_TEST_QUERY=SELF_TEST_QUERY))
    return f"{len(hits)} guides for {SELF_TEST_QUERY!r}, best: {hits[0].title!r}"


def _build_report(state: SelfTestState) -> str:
    from datetime import date, timedelta

    from deskapp.reports import run_report

    today = date.today()
    result = run_report(state.db, state.actor, SELF_TEST_REPORT, today - timedelta(days=7), today + timedelta(days=1))
    if not result.rows:
        raise RuntimeError(_("the {title!r} report has no rows although an enquiry was logged").format(
                title=result.title))
    state.extras["report"] = result
    return f"{result.title!r}: {len(result.rows)} rows"


def _render_pdf(state: SelfTestState) -> str:
    # Qt lives in the UI layer; this is the one road from here to it (an import-linter exception says so).
    from deskapp.ui.report_pdf import write_pdf

    path = write_pdf(state.extras["report"], state.folder / "self-test-report.pdf")
    size = path.stat().st_size
    with path.open("rb") as handle:
        if handle.read(5) != b"%PDF-" or size < 1000:
            raise RuntimeError(_("{name} is not a complete PDF ({size} bytes)").format(name=path.name, size=size))
    return f"{size:,} bytes of PDF"


def _load_screens(state: SelfTestState) -> str:
    # The main window imports each area by name when first shown: a build that left one out would only
    # fail on a desk, at that moment. Importing them all here catches it (an import-linter exception).
    from importlib import import_module

    from deskapp.ui.pages import PAGES

    for page in PAGES:
        if not callable(getattr(import_module(page.module), "create_page", None)):
            raise RuntimeError(_("{module} has no create_page()").format(module=page.module))
    # Importing is not enough: build each area and each Staff & settings tab offscreen, as the leader, so a
    # page that would show "could not be opened" on a desk fails here instead.
    from deskapp.ui.page_check import build_every_page

    built = build_every_page(state.db, state.actor, SELF_TEST_DESK, state.folder)
    return f"{len(built)} screens built: " + ", ".join(built)


def _drivers(state: SelfTestState) -> str:
    # Imported only when a desk uses PostgreSQL or exports a spreadsheet: check they are in the build.
    import io

    import openpyxl
    import psycopg
    from sqlalchemy.dialects.postgresql import psycopg as _pg_dialect  # noqa: F401

    book = openpyxl.Workbook()
    book.active.append(["self-test", 1])
    book.save(io.BytesIO())
    return f"psycopg {psycopg.__version__} ({psycopg.pq.__impl__} libpq {psycopg.pq.version()}), openpyxl"


STEPS: list[Step] = [
    ("migrate a new database", _migrate),
    ("seed the reference data", _seed),
    ("create the first team leader and sign in", _sign_in),
    ("log an enquiry", _log_enquiry),
    ("search the guides", _search_guide),
    # Before the PDF step: widgets need a QApplication, and the PDF writer makes a bare QGuiApplication if none runs.
    ("build every screen of the main window", _load_screens),
    ("build a report", _build_report),
    ("render the report to PDF", _render_pdf),
    ("load the PostgreSQL driver and spreadsheet writer", _drivers),
]


def run_steps(steps: list[Step], folder: Path, out: TextIO) -> list[StepResult]:
    """Run steps in order, stopping at the first failure (later steps depend on earlier ones)."""
    state = SelfTestState(folder=folder)
    results: list[StepResult] = []
    try:
        for name, step in steps:
            started = time.perf_counter()
            try:
                detail = step(state)
            except Exception as error:  # report any failure as this step's, with its traceback
                seconds = time.perf_counter() - started
                results.append(StepResult(name, False, f"{type(error).__name__}: {error}", seconds))
                print(_("[FAILED] {name}: {name__}: {error}").format(
                        name=name,
                        name__=type(error).__name__,
                        error=error), file=out, flush=True)
                traceback.print_exc(file=out)
                break
            seconds = time.perf_counter() - started
            results.append(StepResult(name, True, detail, seconds))
            print(_("[ok] {name} ({value:.0f} ms): {detail}").format(
                    name=name,
                    value=seconds * 1000,
                    detail=detail), file=out, flush=True)
    finally:
        if state.db is not None:
            state.db.dispose()
    return results


def run_self_test(out: TextIO | None = None, steps: list[Step] | None = None) -> int:
    out = out or sys.stdout
    frozen = "frozen build" if getattr(sys, "frozen", False) else "from source"
    print(_("deskapp {version__} self-test ({frozen}: {executable}; cwd {value})").format(
            version__=__version__,
            frozen=frozen,
            executable=sys.executable,
            value=os.getcwd()), file=out, flush=True)
    steps = STEPS if steps is None else steps
    from deskapp.platform.settings import load_settings

    for warning in load_settings().warnings:  # the installed deskapp.toml, checked as part of the install
        print(_("[warning] {warning}").format(warning=warning), file=out, flush=True)
    with tempfile.TemporaryDirectory(prefix="deskapp-self-test-") as folder:
        results = run_steps(steps, Path(folder), out)
    failed = [result for result in results if not result.ok]
    if failed or len(results) != len(steps):
        name = failed[0].name if failed else steps[len(results)][0]
        print(_("deskapp self-test FAILED at step {name!r}: {value}").format(
                name=name,
                value=failed[0].detail if failed else 'not run'),
              file=out, flush=True)
        return 1
    print(_("deskapp self-test passed: {n_results} steps").format(n_results=len(results)), file=out, flush=True)
    return 0
