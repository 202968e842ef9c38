"""`deskapp guides search|import|export` and `deskapp checklists list`.

Import and export keep a library's guides as a folder of Markdown files with front matter, so they can
live in version control. The CLI acts as the local operator (Actor.cli()), who may publish.
"""

from __future__ import annotations

import argparse
import json
from pathlib import Path

from deskapp.platform.actor import Actor
from deskapp.startup.database import open_database


def register(subparsers: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    guides = subparsers.add_parser("guides", help="troubleshooting guides: search, import, export")
    sub = guides.add_subparsers(dest="guides_command", metavar="ACTION", required=True)

    search = sub.add_parser("search", help="full-text search (typo tolerant) over the published guides")
    search.add_argument("query")
    search.add_argument("--limit", type=int, default=10, metavar="N")
    search.add_argument("--format", choices=("text", "json"), default="text")
    search.set_defaults(handler=run_search)

    imp = sub.add_parser("import", help="create or update guides from a folder of KEY.md files")
    imp.add_argument("folder", type=Path, metavar="DIR")
    imp.set_defaults(handler=run_import)

    exp = sub.add_parser("export", help="write every published guide to DIR as KEY.md")
    exp.add_argument("folder", type=Path, metavar="DIR")
    exp.add_argument("--all", action="store_true", help="include drafts and archived guides")
    exp.set_defaults(handler=run_export)

    checklists = subparsers.add_parser("checklists", help="checklist templates")
    csub = checklists.add_subparsers(dest="checklists_command", metavar="ACTION", required=True)
    listing = csub.add_parser("list", help="list the checklist templates")
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
        print("No guides found.")
    for number, hit in enumerate(hits, start=1):
        print(f"{number:>2}. {hit.title}  (id {hit.guide_id})")
        print(f"    {snippet_as_text(hit.snippet)}")
    return 0


def run_import(args: argparse.Namespace) -> int:
    from deskapp.guides.files import import_folder

    db = open_database(args.db).db
    with db.write() as session:
        report = import_folder(session, Actor.cli(), args.folder)
    print(f"Imported {args.folder}: {len(report.created)} new, {len(report.updated)} updated "
          f"(each as a new version), {len(report.unchanged)} unchanged.")
    return 0


def run_export(args: argparse.Namespace) -> int:
    from deskapp.guides.files import export_folder

    db = open_database(args.db).db
    with db.read() as session:
        count = export_folder(session, args.folder, include_unpublished=args.all)
    print(f"Wrote {count} guides to {args.folder}.")
    return 0


def run_checklists_list(args: argparse.Namespace) -> int:
    from deskapp.checklists.checklists import list_templates

    db = open_database(args.db).db
    with db.read() as session:
        templates = list_templates(session)
    for t in templates:
        due = f" by {t.due_time}" if t.due_time else ""
        print(f"{t.key:<28} {t.title}  ({t.schedule}{due}, {t.item_count} items, version {t.version})")
    return 0
