"""`deskapp skills list|add|retire|restore|merge|set-level|levels|describe-level|pending|confirm|category|requests|
answer` and `deskapp training add|list|due`.

What the Skills area does, without the window (for a leader at a terminal or a scheduled task). Every change
goes through the same domain functions as the app, so the leader-only wall and the audit trail are the same;
the CLI acts as the local operator with admin rights (Actor.cli()). Skills are named by their name, key or
id; people by their initials.
"""

from __future__ import annotations

import argparse
from datetime import date

from sqlalchemy.orm import Session

from deskapp.db.models.skills import TRAINING_KINDS
from deskapp.people import level_descriptions
from deskapp.people.confirmations import EVIDENCE_DAYS, pending_ratings
from deskapp.people.learning_requests import answer_requests, learning_queue
from deskapp.people.proficiency import LEVEL_LABELS, confirm_level
from deskapp.people.skills import (
    SkillError,
    SkillView,
    category_mapping,
    create_skill,
    find_category,
    find_group,
    find_skill,
    list_categories,
    list_skills,
    merge_skill,
    restore_skill,
    retire_skill,
    set_category_skills,
    update_skill,
)
from deskapp.people.staff import find_staff, get_staff
from deskapp.people.training import DUE_WITHIN_DAYS, KIND_LABELS, add_training, list_training, training_due
from deskapp.platform.actor import Actor
from deskapp.platform.i18n import _, ngettext
from deskapp.startup.database import open_database

LEVEL_WORDS = {0: "none", 1: "aware", 2: "can do with a guide", 3: "proficient", 4: "can teach others"}


def register(subparsers: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    _register_skills(subparsers)
    _register_training(subparsers)


def _register_skills(subparsers: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    skills = subparsers.add_parser("skills", help=_("the skills list: add, retire, restore, merge, required levels"))
    sub = skills.add_subparsers(dest="skills_command", metavar=_("ACTION"), required=True)

    listing = sub.add_parser("list", help=_("list current skills (retired and merged ones too with --all)"))
    listing.add_argument("--all", action="store_true", help=_("include retired and merged skills"))
    listing.set_defaults(handler=run_list)

    add = sub.add_parser("add", help=_("add a skill to a group"))
    add.add_argument("name", metavar=_("NAME"))
    add.add_argument("--group", metavar=_("GROUP"), required=True, help=_("the skill group's name or id"))
    add.add_argument("--required-level", type=int, default=2, metavar="0-4",
                     help=_("the level staff at the desk should have (default 2)"))
    add.add_argument("--description", metavar=_("DESCRIPTION"), default="", help=_("what the skill covers"))
    add.set_defaults(handler=run_add)

    retire = sub.add_parser("retire", help=_("take a skill off the lists and the enquiry form (its history stays)"))
    retire.add_argument("skill", metavar=_("SKILL"), help=_("the skill's name, key or id"))
    retire.set_defaults(handler=run_retire)

    restore = sub.add_parser("restore", help=_("put a retired skill back"))
    restore.add_argument("skill", metavar=_("SKILL"), help=_("the skill's name, key or id"))
    restore.set_defaults(handler=run_restore)

    merge = sub.add_parser("merge", help=_("merge one skill into another; its history counts as the other's"))
    merge.add_argument("source", metavar=_("SOURCE"), help=_("the skill that goes away"))
    merge.add_argument("target", metavar=_("TARGET"), help=_("the skill it becomes"))
    merge.set_defaults(handler=run_merge)

    level = sub.add_parser("set-level", help=_("set a skill's required level, or (with --person) confirm a "
                                               "person's level in it"))
    level.add_argument("skill", metavar=_("SKILL"), help=_("the skill's name, key or id"))
    level.add_argument("level", type=int, metavar="0-4",
                       help=_("0 none, 1 aware, 2 can do with a guide, 3 proficient, 4 can teach others"))
    level.add_argument("--person", metavar=_("INITIALS"), help=_("confirm this person's level instead"))
    level.set_defaults(handler=run_set_level)

    levels = sub.add_parser("levels", help=_("what each level (0-4) means for a skill"))
    levels.add_argument("skill", metavar=_("SKILL"), help=_("the skill's name, key or id"))
    levels.set_defaults(handler=run_levels)

    category = sub.add_parser("category", help=_("show a category's skills (always used, and the choices the form "
                                                 "offers as one key each), or set them"))
    category.add_argument("category", metavar=_("CATEGORY"), help=_("the category's name or key, e.g. it-wifi"))
    category.add_argument("--always", nargs="*", metavar=_("SKILL"),
                          help=_("replace the skills always used (pre-filled); give none to clear them"))
    category.add_argument("--choices", nargs="*", metavar=_("SKILL"),
                          help=_("replace the candidate skills offered as one-key choices; give none to clear them"))
    category.set_defaults(handler=run_category)

    requests = sub.add_parser("requests", help=_("the open \"I'd like to learn this\" requests, per skill and "
                                                 "person"))
    requests.set_defaults(handler=run_requests)

    answer = sub.add_parser("answer", help=_("answer a person's open learning requests for a skill"))
    answer.add_argument("person", metavar=_("INITIALS"))
    answer.add_argument("skill", metavar=_("SKILL"), help=_("the skill's name, key or id"))
    answer.add_argument("status", choices=("planned", "done", "declined"))
    answer.add_argument("--note", metavar=_("NOTE"), default="",
                        help=_("what happens next; the person reads it in My record"))
    answer.set_defaults(handler=run_answer)

    describe = sub.add_parser("describe-level", help=_("say what a level means for a skill (empty text: the "
                                                       "general words again)"))
    describe.add_argument("skill", metavar=_("SKILL"), help=_("the skill's name, key or id"))
    describe.add_argument("level", type=int, metavar="0-4")
    describe.add_argument("text", metavar=_("TEXT"), help=_("one or two sentences"))
    describe.set_defaults(handler=run_describe_level)

    pending = sub.add_parser("pending", help=_("self-ratings waiting for a team leader's confirmation, oldest first"))
    pending.set_defaults(handler=run_pending)

    confirm = sub.add_parser("confirm", help=_("confirm a person's self-rating (or, with LEVEL, another level)"))
    confirm.add_argument("person", metavar=_("INITIALS"))
    confirm.add_argument("skill", metavar=_("SKILL"), help=_("the skill's name, key or id"))
    confirm.add_argument("level", type=int, nargs="?", metavar="0-4",
                         help=_("the level to confirm (default: the person's own rating)"))
    confirm.set_defaults(handler=run_confirm)


def _register_training(subparsers: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    training = subparsers.add_parser("training", help=_("training records: record and list them"))
    sub = training.add_subparsers(dest="training_command", metavar=_("ACTION"), required=True)

    add = sub.add_parser("add", help=_("record that a person was trained in a skill"))
    add.add_argument("person", metavar=_("INITIALS"))
    add.add_argument("skill", metavar=_("SKILL"), help=_("the skill's name, key or id"))
    add.add_argument("--kind", choices=TRAINING_KINDS, required=True)
    add.add_argument("--on", dest="trained_on", type=_day, default=None, metavar=_("YYYY-MM-DD"),
                     help=_("the day it took place (default today)"))
    add.add_argument("--expires", type=_day, default=None, metavar=_("YYYY-MM-DD"),
                     help=_("the day it stops holding (for certificates that must be renewed)"))
    add.add_argument("--title", metavar=_("TITLE"), default="", help=_("e.g. the course's name"))
    add.add_argument("--mentor", metavar=_("INITIALS"), help=_("who taught them"))
    add.add_argument("--notes", metavar=_("NOTES"), default="")
    add.set_defaults(handler=run_training_add)

    listing = sub.add_parser("list", help=_("list training records, newest first"))
    listing.add_argument("--person", metavar=_("INITIALS"), help=_("only this person's records"))
    listing.set_defaults(handler=run_training_list)

    due = sub.add_parser("due", help=_("training that has expired or expires soon, soonest first"))
    due.add_argument("--within", type=int, default=DUE_WITHIN_DAYS, metavar=_("DAYS"),
                     help=_("warn this many days ahead (default {DUE_WITHIN_DAYS})").format(
                             DUE_WITHIN_DAYS=DUE_WITHIN_DAYS))
    due.add_argument("--person", metavar=_("INITIALS"), help=_("only this person's training"))
    due.set_defaults(handler=run_training_due)


def _day(text: str) -> date:
    try:
        return date.fromisoformat(text)
    except ValueError:
        raise argparse.ArgumentTypeError(_("{text!r} is not a date written as YYYY-MM-DD").format(
                text=text)) from None


def run_list(args: argparse.Namespace) -> int:
    with open_database(args.db).db.read() as session:
        skills = list_skills(session, include_retired=args.all)
    if not skills:
        print(_("No skills yet. Add one with: deskapp skills add \"NAME\" --group \"GROUP\""))
        return 0
    headings = (_("SKILL"), _("GROUP"), _("REQUIRED"), _("STATUS"))
    width = max(len(headings[0]), *(len(s.label) for s in skills))
    group_width = max(len(headings[1]), *(len(s.group) for s in skills))
    level_width = len(headings[2])
    print(f"{'ID':>4}  {headings[0]:<{width}}  {headings[1]:<{group_width}}  {headings[2]}  {headings[3]}")
    for s in skills:
        status = (_("merged into {skill}").format(skill=s.merged_into) if s.merged_into
                  else (_("retired") if s.retired else _("current")))
        print(f"{s.id:>4}  {s.label:<{width}}  {s.group:<{group_width}}  {s.required_level:>{level_width}}  {status}")
    return 0


def run_add(args: argparse.Namespace) -> int:
    with open_database(args.db).db.write() as session:
        group_id = find_group(session, args.group)
        skill_id = create_skill(session, Actor.cli(), group_id, args.name, args.required_level, args.description)
        skill = _view(session, skill_id)
    print(_("Added {label!r} to {group} (id {id}, required level {required_level}).").format(
            label=skill.label,
            group=skill.group,
            id=skill.id,
            required_level=skill.required_level))
    return 0


def run_retire(args: argparse.Namespace) -> int:
    with open_database(args.db).db.write() as session:
        skill_id = find_skill(session, args.skill)
        retire_skill(session, Actor.cli(), skill_id)
        label = _view(session, skill_id).label
    print(_("Retired {label!r}: it is off the enquiry form and the lists; its history stays in every report. "
            "`deskapp skills restore {skill_id}` puts it back.").format(label=label, skill_id=skill_id))
    return 0


def run_restore(args: argparse.Namespace) -> int:
    with open_database(args.db).db.write() as session:
        skill_id = find_skill(session, args.skill)
        before = _view(session, skill_id)
        restore_skill(session, Actor.cli(), skill_id)
    if not before.retired:
        print(_("{label!r} is not retired; nothing changed.").format(label=before.label))
    else:
        print(_("Restored {label!r}: it is back on the enquiry form and the lists.").format(label=before.label))
    return 0


def run_merge(args: argparse.Namespace) -> int:
    with open_database(args.db).db.write() as session:
        source_id, target_id = find_skill(session, args.source), find_skill(session, args.target)
        merge_skill(session, Actor.cli(), source_id, target_id)
        source, target = _view(session, source_id), _view(session, target_id)
    print(_("Merged {label!r} into {label2!r}: its enquiries, levels, training links, categories, guides and "
            "checklist items now count as {label2!r}, once per enquiry.").format(
            label=source.label,
            label2=target.label))
    return 0


def run_set_level(args: argparse.Namespace) -> int:
    with open_database(args.db).db.write() as session:
        skill_id = find_skill(session, args.skill)
        if args.person:
            staff_id = find_staff(session, args.person)
            confirm_level(session, Actor.cli(), staff_id, skill_id, args.level)
            name = get_staff(session, staff_id).name
        else:
            update_skill(session, Actor.cli(), skill_id, required_level=args.level)
        label = _view(session, skill_id).label
    words = LEVEL_WORDS.get(args.level, str(args.level))
    if args.person:
        print(_("Confirmed {name} at level {level} ({words}) in {label!r}.").format(
                name=name,
                level=args.level,
                words=words,
                label=label))
    else:
        print(_("{label!r} now needs level {level} ({words}) at the desk.").format(
                label=label,
                level=args.level,
                words=words))
    return 0


def run_levels(args: argparse.Namespace) -> int:
    with open_database(args.db).db.read() as session:
        skill_id = find_skill(session, args.skill)
        words, own = level_descriptions.descriptions(session, skill_id), level_descriptions.custom_descriptions(
            session, skill_id)
        skill = _view(session, skill_id)
    print(_("{label} (required level {required_level}):").format(
            label=skill.label,
            required_level=skill.required_level))
    for level, text in words.items():
        general = "" if level in own else "  (general words)"
        print(_("  {level} {LEVEL_LABELS}: {text}{general}").format(
                level=level,
                LEVEL_LABELS=LEVEL_LABELS[level],
                text=text,
                general=general))
    return 0


def run_describe_level(args: argparse.Namespace) -> int:
    with open_database(args.db).db.write() as session:
        skill_id = find_skill(session, args.skill)
        level_descriptions.set_descriptions(session, Actor.cli(), skill_id, {args.level: args.text})
        label = _view(session, skill_id).label
    if args.text.strip():
        print(_("Level {level} of {label!r} now reads: {value}").format(
                level=args.level,
                label=label,
                value=' '.join(args.text.split())))
    else:
        print(_("Level {level} of {label!r} uses the general words again.").format(level=args.level, label=label))
    return 0


def run_pending(args: argparse.Namespace) -> int:
    with open_database(args.db).db.read() as session:
        rows = pending_ratings(session, Actor.cli())
    if not rows:
        print(_("No self-ratings are waiting for confirmation."))
        return 0
    print(_("{n_rows} self-rating(s) waiting, oldest first (uses and passed on: their enquiries with the skill in "
            "the last {EVIDENCE_DAYS} days):").format(n_rows=len(rows), EVIDENCE_DAYS=EVIDENCE_DAYS))
    for r in rows:
        before = f", confirmed {r.confirmed_level} before" if r.confirmed_level is not None else ""
        rated = f" on {r.self_assessed_at.date().isoformat()}" if r.self_assessed_at else ""
        print(_("  {staff}: {skill} — rates themselves {self_level}{rated} (required {required_level}{before}); "
                "{uses} uses, {passed_on} passed on").format(
                staff=r.staff,
                skill=r.skill,
                self_level=r.self_level,
                rated=rated,
                required_level=r.required_level,
                before=before,
                uses=r.uses,
                passed_on=r.passed_on))
    return 0


def run_confirm(args: argparse.Namespace) -> int:
    with open_database(args.db).db.write() as session:
        staff_id, skill_id = find_staff(session, args.person), find_skill(session, args.skill)
        level = args.level
        if level is None:
            rating = next((r for r in pending_ratings(session, Actor.cli())
                           if (r.staff_id, r.skill_id) == (staff_id, skill_id)), None)
            if rating is None:
                raise SkillError(_("That person has no self-rating waiting in that skill; give the level to "
                                   "confirm, e.g. `deskapp skills confirm XX SKILL 3`."))
            level = rating.self_level
        confirm_level(session, Actor.cli(), staff_id, skill_id, level)
        name, label = get_staff(session, staff_id).name, _view(session, skill_id).label
    print(_("Confirmed {name} at level {level} ({value}) in {label!r}.").format(
            name=name,
            level=level,
            value=LEVEL_WORDS.get(level, level),
            label=label))
    return 0


def run_category(args: argparse.Namespace) -> int:
    changing = args.always is not None or args.choices is not None
    database = open_database(args.db).db
    with (database.write() if changing else database.read()) as session:
        category_id = find_category(session, args.category)
        always, choices = category_mapping(session, category_id)
        if changing:
            always = [find_skill(session, s) for s in args.always] if args.always is not None else always
            choices = [find_skill(session, s) for s in args.choices] if args.choices is not None else choices
            set_category_skills(session, Actor.cli(), category_id, always, choices)
            always, choices = category_mapping(session, category_id)
        label = dict(list_categories(session))[category_id]
        names = {s.id: s.label for s in list_skills(session)}
    print(_("{label}{value}").format(label=label, value=' (saved)' if changing else ''))
    print("  always used: " + ("; ".join(names.get(i, str(i)) for i in always) or "none"))
    print("  choices (one key each on the form): " + ("; ".join(names.get(i, str(i)) for i in choices) or "none"))
    return 0


def run_requests(args: argparse.Namespace) -> int:
    with open_database(args.db).db.read() as session:
        rows = learning_queue(session, Actor.cli())
    if not rows:
        print(_("No open learning requests."))
        return 0
    print(_("SKILL (OPEN REQUESTS, PEOPLE) / PERSON / TIMES ASKED / FIRST - LAST"))
    for r in rows:
        print(_("{skill} ({skill_asks}, {skill_people}) / {person} ({initials}) / {asks} / {value} - {value2}").format(
                skill=r.skill,
                skill_asks=r.skill_asks,
                skill_people=r.skill_people,
                person=r.person,
                initials=r.initials,
                asks=r.asks,
                value=r.first_asked.astimezone().date().isoformat(),
                value2=r.last_asked.astimezone().date().isoformat()))
    return 0


def run_answer(args: argparse.Namespace) -> int:
    with open_database(args.db).db.write() as session:
        staff_id = find_staff(session, args.person)
        skill_id = find_skill(session, args.skill)
        count = answer_requests(session, Actor.cli(), staff_id, skill_id, args.status, args.note)
        name, label = get_staff(session, staff_id).name, _view(session, skill_id).label
    print(ngettext("Answered {count} request of {name} for {label!r}: {status}.",
                   "Answered {count} requests of {name} for {label!r}: {status}.", count).format(
            count=count,
            name=name,
            label=label,
            status=args.status))
    return 0


def run_training_add(args: argparse.Namespace) -> int:
    with open_database(args.db).db.write() as session:
        staff_id = find_staff(session, args.person)
        skill_id = find_skill(session, args.skill)
        mentor_id = find_staff(session, args.mentor) if args.mentor else None
        trained_on = args.trained_on or date.today()
        add_training(session, Actor.cli(), staff_id=staff_id, skill_id=skill_id, kind=args.kind,
                     trained_on=trained_on, title=args.title, expires_on=args.expires, mentor_id=mentor_id,
                     notes=args.notes)
        name, label = get_staff(session, staff_id).name, _view(session, skill_id).label
    until = f", holds until {args.expires.isoformat()}" if args.expires else ""
    print(_("Recorded {value} for {name} in {label!r} on {value2}{until}.").format(
            value=KIND_LABELS[args.kind].lower(),
            name=name,
            label=label,
            value2=trained_on.isoformat(),
            until=until))
    return 0


def run_training_list(args: argparse.Namespace) -> int:
    with open_database(args.db).db.read() as session:
        staff_id = find_staff(session, args.person) if args.person else None
        records = list_training(session, Actor.cli(), staff_id)
    if not records:
        print(_("No training recorded yet. Record some with: deskapp training add INITIALS \"SKILL\" --kind course"))
        return 0
    today = date.today()
    print(_("DATE        PERSON / SKILL / HOW / UNTIL"))
    for r in records:
        until = ""
        if r.expires_on is not None:
            until = f"  expired {r.expires_on.isoformat()}" if r.expired(today) else f"  until {r.expires_on}"
        mentor = f" with {r.mentor}" if r.mentor else ""
        title = f" \u201c{r.title}\u201d" if r.title else ""
        print(_("{value}  {staff}: {skill} — {value2}{title}{mentor}{until}").format(
                value=r.trained_on.isoformat(),
                staff=r.staff,
                skill=r.skill,
                value2=KIND_LABELS.get(r.kind, r.kind),
                title=title,
                mentor=mentor,
                until=until))
    return 0


def run_training_due(args: argparse.Namespace) -> int:
    today = date.today()
    with open_database(args.db).db.read() as session:
        staff_id = find_staff(session, args.person) if args.person else None
        rows = training_due(session, Actor.cli(), today=today, within_days=args.within, staff_id=staff_id)
    if not rows:
        print(_("No training has expired or expires in the next {within} days.").format(within=args.within))
        return 0
    expired = sum(r.expired for r in rows)
    print(_("{expired} expired, {value} expiring in the next {within} days:").format(
            expired=expired,
            value=len(rows) - expired,
            within=args.within))
    for r in rows:
        when = f"expired {r.holds_until.isoformat()}" if r.expired else f"expires {r.holds_until.isoformat()}"
        print(_("  {staff}: {skill} — {when}").format(staff=r.staff, skill=r.skill, when=when))
    return 0


def _view(session: Session, skill_id: int) -> SkillView:
    for skill in list_skills(session, include_retired=True):
        if skill.id == skill_id:
            return skill
    raise SkillError(_("There is no skill with id {skill_id}.").format(skill_id=skill_id))
