"""Every leader-only domain function refuses a staff member, whoever calls it (UI, CLI or a test).

The list of leader-only functions is not kept by hand alone: `guarded_functions()` reads the domain modules
and finds every public function that unconditionally checks `actor.require("leader" | "admin", ...)`
(directly or through a guard helper), and a test insists that each one is exercised here. A new leader-only
function therefore fails this file until someone adds it to WALL. Functions whose rule is "your own, or a
team leader" (editing enquiries, resetting your own PIN, ...) are listed in CONDITIONAL and checked with
someone else's record.
"""

from __future__ import annotations

import ast
import shutil
from collections.abc import Callable
from datetime import date
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import func, select

import deskapp
from deskapp import reports
from deskapp.checklists import templates as checklist_templates
from deskapp.db import Database
from deskapp.db.models import AuditEvent, Skill
from deskapp.desk import enquiries, export, patron_rating, quick_buttons
from deskapp.guides import aliases, guides, misses
from deskapp.guides import files as guide_files
from deskapp.importing import TALLY_FORMATS
from deskapp.importing import run as importers_run
from deskapp.importing import tallies as tally_imports
from deskapp.people import (
    confirmations,
    learning_requests,
    level_descriptions,
    plans,
    proficiency,
    reflection,
    skills,
    staff,
    training,
)
from deskapp.platform import audit_trail as audit_query
from deskapp.platform import retention, shared_settings
from deskapp.platform.actor import Actor, PermissionDenied
from deskapp.reports import coverage, desk_stats, heatmap, mentors, metrics, skill_gaps, training_impact, trends
from tests.safety_helpers import coded_ids

DOMAIN_ROOT = Path(deskapp.__file__).resolve().parent
NOT_DOMAIN = {"ui", "db", "commands", "cli", "__main__"}
GUARD_HELPERS = {"require_leader"}


# --- finding the leader-only functions ---------------------------------------------------------------------

def _is_guard(node: ast.AST, guards: set[str]) -> bool:
    if not isinstance(node, ast.Call):
        return False
    target = node.func
    if (isinstance(target, ast.Attribute) and target.attr == "require" and node.args
            and isinstance(node.args[0], ast.Constant) and node.args[0].value in ("leader", "admin")):
        return True
    name = target.id if isinstance(target, ast.Name) else target.attr if isinstance(target, ast.Attribute) else ""
    return name in guards


def _always_run(body: list[ast.stmt]):
    """Calls made by statements every call of the function runs (top level of the body, or of a `with`)."""
    for statement in body:
        if isinstance(statement, ast.Expr | ast.Assign | ast.AnnAssign) and statement.value is not None:
            yield statement.value
        elif isinstance(statement, ast.With):
            yield from _always_run(statement.body)


def guarded_functions() -> set[str]:
    found = set()
    for path in sorted(DOMAIN_ROOT.rglob("*.py")):
        parts = path.relative_to(DOMAIN_ROOT).with_suffix("").parts
        if parts[0] in NOT_DOMAIN:
            continue
        module = ".".join(("deskapp", *parts)).removesuffix(".__init__")
        tree = ast.parse(path.read_text(encoding="utf-8"))
        functions = {n.name: n for n in tree.body if isinstance(n, ast.FunctionDef)}
        guards = set(GUARD_HELPERS)
        grew = True
        while grew:
            grew = False
            for name, node in functions.items():
                if name not in guards and any(_is_guard(call, guards) for call in _always_run(node.body)):
                    guards.add(name)
                    grew = True
        for name in guards & set(functions):
            takes_actor = any(a.arg == "actor" for a in functions[name].args.args + functions[name].args.kwonlyargs)
            if not name.startswith("_") and name not in GUARD_HELPERS and takes_actor:
                found.add(f"{module}.{name}")
    return found


# --- the wall ------------------------------------------------------------------------------------------------

# A staff member who is not the person the calls aim at (Ben): no "it's your own record" exception applies.
STAFF = Actor(role="staff", label="staff:wall", staff_id=999_999)
IDS: dict[str, int] = {}  # filled by the fixture: real rows for functions that load a record before checking
ANY: Any = None  # the permission check comes first, so this argument is never looked at

Call = Callable[[Any], Any]  # receives a Session (session functions) or the Database (db functions)

WALL: dict[str, tuple[str, Call]] = {
    "deskapp.platform.audit_trail.audit_choices": ("db", lambda db: audit_query.audit_choices(db, STAFF)),
    "deskapp.platform.audit_trail.audit_count": ("db", lambda db: audit_query.audit_count(db, STAFF)),
    "deskapp.platform.audit_trail.audit_page": ("db", lambda db: audit_query.audit_page(db, STAFF)),
    "deskapp.checklists.templates.create_template": ("session", lambda s: checklist_templates.create_template(s, STAFF, "k", ANY)),
    "deskapp.checklists.templates.edit_template": ("session", lambda s: checklist_templates.edit_template(s, STAFF, 1, ANY)),
    "deskapp.desk.export.export_enquiries": ("db", lambda db: export.export_enquiries(db, STAFF, IDS["tmp"] / "x.csv")),
    "deskapp.guides.files.import_folder": ("session", lambda s: guide_files.import_folder(s, STAFF, IDS["tmp"])),
    "deskapp.guides.aliases.add_alias": ("session", lambda s: aliases.add_alias(s, STAFF, "zorblat", "zotero")),
    "deskapp.guides.aliases.remove_alias": ("session", lambda s: aliases.remove_alias(s, STAFF, 1)),
    "deskapp.guides.misses.dismiss_miss": ("session", lambda s: misses.dismiss_miss(s, STAFF, "fax", "2026-12")),
    "deskapp.guides.guides.archive_guide": ("session", lambda s: guides.archive_guide(s, STAFF, IDS["guide"])),
    "deskapp.guides.guides.edit_guide": ("session", lambda s: guides.edit_guide(s, STAFF, IDS["guide"], ANY)),
    "deskapp.guides.guides.mark_reviewed": ("session", lambda s: guides.mark_reviewed(s, STAFF, IDS["guide"])),
    "deskapp.guides.guides.publish_version": ("session", lambda s: guides.publish_version(s, STAFF, IDS["guide"], 1)),
    "deskapp.guides.guides.reject_version": ("session", lambda s: guides.reject_version(s, STAFF, IDS["guide"], 1, "no")),
    "deskapp.guides.guides.set_links": ("session", lambda s: guides.set_links(s, STAFF, IDS["guide"], [], [])),
    "deskapp.importing.run.import_file": ("db", lambda db: importers_run.import_file(
        db, STAFF, IDS["tmp"] / "history.csv", ["gimlet"])),
    "deskapp.importing.tallies.import_tallies": ("db", lambda db: tally_imports.import_tallies(
        db, STAFF, IDS["tmp"] / "history.csv", TALLY_FORMATS["suma"])),
    "deskapp.people.proficiency.confirm_level": ("session", lambda s: proficiency.confirm_level(
        s, STAFF, IDS["ben"], IDS["skill"], 4)),
    "deskapp.people.proficiency.matrix": ("session", lambda s: proficiency.matrix(s, STAFF)),
    "deskapp.desk.quick_buttons.configure_quick_buttons": ("session", lambda s: quick_buttons.configure_quick_buttons(
        s, STAFF, IDS["desk"], [])),
    "deskapp.reports.run_report": ("db", lambda db: reports.run_report(
        db, STAFF, next(iter(reports.REPORTS)), date(2026, 1, 1), date(2026, 2, 1))),
    "deskapp.reports.coverage.run": ("session", lambda s: coverage.run(s, STAFF, ANY)),
    "deskapp.reports.desk_stats.run": ("session", lambda s: desk_stats.run(s, STAFF, ANY)),
    "deskapp.reports.heatmap.run": ("session", lambda s: heatmap.run(s, STAFF, ANY)),
    "deskapp.reports.mentors.run": ("session", lambda s: mentors.run(s, STAFF, ANY)),
    "deskapp.reports.skill_gaps.run": ("session", lambda s: skill_gaps.run(s, STAFF, ANY)),
    "deskapp.reports.training_impact.run": ("session", lambda s: training_impact.run(s, STAFF, ANY)),
    "deskapp.reports.metrics.run": ("session", lambda s: metrics.run(s, STAFF, ANY)),
    "deskapp.desk.patron_rating.set_rating_enabled": ("session", lambda s: patron_rating.set_rating_enabled(
        s, STAFF, IDS["desk"], True)),
    "deskapp.platform.retention.purge_notes": ("session", lambda s: retention.purge_notes(s, STAFF, 30)),
    "deskapp.platform.shared_settings.record_pc_setting_change": ("session", lambda s: shared_settings.record_pc_setting_change(
        s, STAFF, "idle_lock_minutes", 10, 0)),
    "deskapp.platform.shared_settings.set_backup_folder": ("session", lambda s: shared_settings.set_backup_folder(
        s, STAFF, str(IDS["tmp"]))),
    "deskapp.platform.shared_settings.set_note_retention_days": ("session", lambda s: shared_settings.set_note_retention_days(
        s, STAFF, 7)),
    "deskapp.people.learning_requests.answer_requests": ("session", lambda s: learning_requests.answer_requests(
        s, STAFF, IDS["ben"], IDS["skill"], "done")),
    "deskapp.people.learning_requests.learning_queue": ("session", lambda s: learning_requests.learning_queue(
        s, STAFF)),
    "deskapp.people.skills.create_group": ("session", lambda s: skills.create_group(s, STAFF, "Wall group")),
    "deskapp.people.skills.create_skill": ("session", lambda s: skills.create_skill(s, STAFF, IDS["group"], "Wall skill")),
    "deskapp.people.skills.merge_skill": ("session", lambda s: skills.merge_skill(s, STAFF, IDS["skill"], IDS["skill2"])),
    "deskapp.people.skills.restore_skill": ("session", lambda s: skills.restore_skill(s, STAFF, IDS["skill"])),
    "deskapp.people.skills.retire_skill": ("session", lambda s: skills.retire_skill(s, STAFF, IDS["skill"])),
    "deskapp.people.skills.set_category_skills": ("session", lambda s: skills.set_category_skills(s, STAFF, 1, [])),
    "deskapp.people.skills.update_skill": ("session", lambda s: skills.update_skill(s, STAFF, IDS["skill"], label="x")),
    "deskapp.people.staff.add_staff": ("session", lambda s: staff.add_staff(s, STAFF, "Wall Person", "WP", "staff", "1234")),
    "deskapp.people.staff.count_staff": ("session", lambda s: staff.count_staff(s, STAFF)),
    "deskapp.people.staff.deactivate_staff": ("session", lambda s: staff.deactivate_staff(s, STAFF, IDS["ben"])),
    "deskapp.people.staff.edit_staff": ("session", lambda s: staff.edit_staff(s, STAFF, IDS["ben"], name="Someone")),
    "deskapp.people.staff.list_staff": ("session", lambda s: staff.list_staff(s, STAFF)),
    "deskapp.people.staff.reactivate_staff": ("session", lambda s: staff.reactivate_staff(s, STAFF, IDS["ben"])),
    "deskapp.people.staff.set_role": ("session", lambda s: staff.set_role(s, STAFF, IDS["ben"], "leader", "long-password")),
    "deskapp.people.confirmations.pending_count": ("session", lambda s: confirmations.pending_count(s, STAFF)),
    "deskapp.people.confirmations.pending_ratings": ("session", lambda s: confirmations.pending_ratings(s, STAFF)),
    "deskapp.people.level_descriptions.set_descriptions": ("session", lambda s: level_descriptions.set_descriptions(
        s, STAFF, IDS["skill"], {3: "Alone"})),
    "deskapp.people.plans.add_plan_item": ("session", lambda s: plans.add_plan_item(
        s, STAFF, staff_id=IDS["ben"], skill_id=IDS["skill"], target_level=3, due_on=date(2026, 6, 1))),
    "deskapp.people.plans.plan_from_learning_request": ("session", lambda s: plans.plan_from_learning_request(
        s, STAFF, staff_id=IDS["ben"], skill_id=IDS["skill"], request_id="1")),
    "deskapp.people.plans.close_plan_item": ("session", lambda s: plans.close_plan_item(s, STAFF, 1, "done")),
    "deskapp.reports.trends.run": ("session", lambda s: trends.run(s, STAFF, ANY)),
    "deskapp.people.training.add_training": ("session", lambda s: training.add_training(
        s, STAFF, staff_id=IDS["ben"], skill_id=IDS["skill"], kind="course", trained_on=date(2026, 1, 5))),
    "deskapp.people.training.delete_training": ("session", lambda s: training.delete_training(s, STAFF, IDS["training"])),
}

# "Your own, or a team leader's": refused when a staff member aims at someone else's record.
CONDITIONAL: dict[str, tuple[str, Call]] = {
    "deskapp.people.staff.reset_credential": ("session", lambda s: staff.reset_credential(s, STAFF, IDS["ben"], "9999")),
    "deskapp.desk.enquiries.edit_enquiry": ("session", lambda s: enquiries.edit_enquiry(s, STAFF, IDS["enquiry"], ANY)),
    "deskapp.desk.enquiries.delete_enquiry": ("session", lambda s: enquiries.delete_enquiry(s, STAFF, IDS["enquiry"])),
    "deskapp.people.reflection.my_week": ("session", lambda s: reflection.my_week(s, STAFF, IDS["ben"])),
}


@pytest.fixture(scope="module")
def walled_template(template_sqlite: Path, tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A seeded database with the people and records the calls aim at, built once (hashing is slow)."""
    from deskapp.db.models import Desk, Guide

    folder = tmp_path_factory.mktemp("wall")
    path = folder / "wall.sqlite3"
    shutil.copyfile(template_sqlite, path)
    db = Database(path)
    cli = Actor.cli()
    with db.write() as session:
        IDS["ben"] = staff.add_staff(session, cli, "Ben Brown", "BB", "staff", "5678")
        IDS["leader"] = staff.add_staff(session, cli, "Kiri Kaur", "KK", "leader", "leader-pass")
        IDS["skill"], IDS["skill2"] = session.scalars(select(Skill.id).order_by(Skill.id).limit(2)).all()
        IDS["group"] = session.get(Skill, IDS["skill"]).group_id
        desk = Desk(name="Wall desk")
        session.add(desk)
        session.flush()
        IDS["desk"] = desk.id
        IDS["guide"] = session.scalars(select(Guide.id).order_by(Guide.id)).first() or 1
        IDS["training"] = training.add_training(session, Actor.staff_member(IDS["leader"], "leader"),
                                                staff_id=IDS["ben"], skill_id=IDS["skill"], kind="course",
                                                trained_on=date(2026, 1, 5))
        category, channel, outcome = coded_ids(session)
        IDS["enquiry"] = enquiries.log_enquiry(session, Actor.staff_member(IDS["ben"], "staff"), desk.id,
                                               enquiries.EnquiryDraft(category, channel, outcome, notes="Ben's"))
    with db.engine.connect() as conn:
        conn.exec_driver_sql("PRAGMA wal_checkpoint(TRUNCATE)")
    db.dispose()
    (folder / "history.csv").write_text("question_number\n1\n")
    IDS["tmp"] = folder  # type: ignore[assignment]
    return path


@pytest.fixture
def walled_db(walled_template: Path, tmp_path: Path):
    path = tmp_path / "wall.sqlite3"
    shutil.copyfile(walled_template, path)
    database = Database(path)
    yield database
    database.dispose()


def _audit_count(db: Database) -> int:
    with db.read() as session:
        return session.scalar(select(func.count()).select_from(AuditEvent)) or 0


def _attempt(db: Database, kind: str, call: Call) -> None:
    if kind == "db":
        call(db)
    else:
        with db.write() as session:
            call(session)


def test_every_leader_only_function_in_the_domain_is_on_the_wall():
    missing = guarded_functions() - set(WALL)
    assert not missing, f"leader-only functions without a permission-wall test: {sorted(missing)}"


@pytest.mark.parametrize("name", sorted({**WALL, **CONDITIONAL}))
def test_a_staff_member_is_refused(walled_db, name):
    kind, call = {**WALL, **CONDITIONAL}[name]
    before = _audit_count(walled_db)

    with pytest.raises(PermissionDenied):
        _attempt(walled_db, kind, call)

    assert _audit_count(walled_db) == before  # and nothing was written
