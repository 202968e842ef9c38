"""`deskapp guides search|import|export|aliases|misses` and `deskapp checklists list`.

Import and export keep a library's guides as a folder of Markdown files with front matter, so they can
live in version control. The CLI acts as the local operator (Actor.cli()), who may publish.
"""

from __future__ import annotations

import argparse
import json
from pathlib import Path

from deskapp.platform.actor import Actor
from deskapp.platform.i18n import N_, _
from deskapp.startup.database import open_database


def register(subparsers: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    guides = subparsers.add_parser("guides", help=_("troubleshooting guides: search, import, export"))
    sub = guides.add_subparsers(dest="guides_command", metavar=_("ACTION"), required=True)

    search = sub.add_parser("search", help=_("full-text search (typo tolerant) over the published guides"))
    search.add_argument("query", metavar=_("QUERY"))
    search.add_argument("--limit", type=int, default=10, metavar=_("N"))
    search.add_argument("--format", choices=("text", "json"), default="text")
    search.set_defaults(handler=run_search)

    imp = sub.add_parser("import", help=_("create or update guides from a folder of KEY.md files"))
    imp.add_argument("folder", type=Path, metavar=_("DIR"))
    imp.set_defaults(handler=run_import)

    exp = sub.add_parser("export", help=_("write every published guide to DIR as KEY.md"))
    exp.add_argument("folder", type=Path, metavar=_("DIR"))
    exp.add_argument("--all", action="store_true", help=_("include drafts and archived guides"))
    exp.set_defaults(handler=run_export)

    aliases = sub.add_parser("aliases", help=_("search words: a patron's word and what the guides call it"))
    asub = aliases.add_subparsers(dest="aliases_command", metavar=_("ACTION"), required=True)
    alias_list = asub.add_parser("list", help=_("list the search words in use"))
    alias_list.set_defaults(handler=run_aliases_list)
    alias_add = asub.add_parser("add", help=_("searches for PHRASE also look for MEANS"))
    alias_add.add_argument("phrase", metavar=_("PHRASE"), help=_("what patrons say, e.g. \"wi-fi\""))
    alias_add.add_argument("means", metavar=_("MEANS"), help=_("what the guides say, e.g. \"eduroam\""))
    alias_add.set_defaults(handler=run_aliases_add)
    alias_remove = asub.add_parser("remove", help=_("stop using a search word (its id from `list`)"))
    alias_remove.add_argument("alias_id", type=int, metavar=_("ID"))
    alias_remove.set_defaults(handler=run_aliases_remove)

    misses = sub.add_parser("misses", help=_("searches that found nothing useful, most searched first"))
    misses.add_argument("--month", metavar=_("YYYY-MM"), help=_("default: this month"))
    misses.set_defaults(handler=run_misses)

    checklists = subparsers.add_parser("checklists", help=_("checklist templates"))
    csub = checklists.add_subparsers(dest="checklists_command", metavar=_("ACTION"), required=True)
    listing = csub.add_parser("list", help=_("list the checklist templates"))
    listing.set_defaults(handler=run_checklists_list)


def run_search(args: argparse.Namespace) -> int:
    from deskapp.guides.search import search_guides, snippet_as_text

    db = open_database(args.db).db
    with db.read() as session:
        hits = search_guides(session, args.query, args.limit)
    if args.format == "json":
        print(json.dumps([{"guide_id": h.guide_id, "title": h.title, "snippet": h.snippet,
                           "score": round(h.score, 4)} for h in hits], ensure_ascii=False, indent=2))
        return 0
    if not hits:
        print(_("No guides found."))
    for number, hit in enumerate(hits, start=1):
        print(_("{number:>2}. {title}  (id {guide_id})").format(
                number=number,
                title=hit.title,
                guide_id=hit.guide_id))
        print(_("    {value}").format(value=snippet_as_text(hit.snippet)))
    return 0


def run_import(args: argparse.Namespace) -> int:
    from deskapp.guides.files import import_folder

    db = open_database(args.db).db
    with db.write() as session:
        report = import_folder(session, Actor.cli(), args.folder)
    print(_("Imported {folder}: {n_created} new, {n_updated} updated (each as a new version), {n_unchanged} "
            "unchanged.").format(
            folder=args.folder,
            n_created=len(report.created),
            n_updated=len(report.updated),
            n_unchanged=len(report.unchanged)))
    return 0


def run_export(args: argparse.Namespace) -> int:
    from deskapp.guides.files import export_folder

    db = open_database(args.db).db
    with db.read() as session:
        count = export_folder(session, args.folder, include_unpublished=args.all)
    print(_("Wrote {count} guides to {folder}.").format(count=count, folder=args.folder))
    return 0


def run_aliases_list(args: argparse.Namespace) -> int:
    from deskapp.guides.aliases import list_aliases

    db = open_database(args.db).db
    with db.read() as session:
        aliases = list_aliases(session)
    for alias in aliases:
        origin = "starter" if alias.starter else "added"
        print(_("{id:>5}  {phrase:<28} -> {means:<28} {origin}").format(
                id=alias.id,
                phrase=alias.phrase,
                means=alias.means,
                origin=origin))
    return 0


def run_aliases_add(args: argparse.Namespace) -> int:
    from deskapp.guides.aliases import add_alias

    db = open_database(args.db).db
    with db.write() as session:
        alias_id = add_alias(session, Actor.cli(), args.phrase, args.means)
    print(_("Added search word {alias_id}: a search for '{phrase}' also looks for '{means}'.").format(
            alias_id=alias_id,
            phrase=args.phrase,
            means=args.means))
    return 0


def run_aliases_remove(args: argparse.Namespace) -> int:
    from deskapp.guides.aliases import remove_alias

    db = open_database(args.db).db
    with db.write() as session:
        remove_alias(session, Actor.cli(), args.alias_id)
    print(_("Removed search word {alias_id}.").format(alias_id=args.alias_id))
    return 0


def run_misses(args: argparse.Namespace) -> int:
    from deskapp.guides.misses import frequent_misses, month_of

    month = args.month or month_of()
    db = open_database(args.db).db
    with db.read() as session:
        misses = frequent_misses(session, month, limit=100)
    if not misses:
        print(_("No missed searches in {month}.").format(month=month))
    for miss in misses:
        print(_("searched {searches:>4} times in {month}, no guide: '{query}'").format(
                searches=miss.searches,
                month=month,
                query=miss.query))
    return 0


# How often a checklist is due, in the reader's words (the stored codes stay as they are).
SCHEDULE_WORDS = {"daily": N_("daily"), "weekly": N_("weekly"), "per-person": N_("per-person"),
                  "on-demand": N_("on-demand")}


def run_checklists_list(args: argparse.Namespace) -> int:
    from deskapp.checklists.templates import list_templates

    db = open_database(args.db).db
    with db.read() as session:
        templates = list_templates(session)
    for t in templates:
        due = " " + _("by {time}").format(time=t.due_time) if t.due_time else ""
        print(_("{key:<28} {title}  ({schedule}{due}, {item_count} items, version {version})").format(
                key=t.key,
                title=t.title,
                schedule=_(SCHEDULE_WORDS.get(t.schedule, t.schedule)),
                due=due,
                item_count=t.item_count,
                version=t.version))
    return 0
