"""`deskapp reference list KIND`: the keys a mapping file may map values to, with their labels.
`deskapp reference language [LANG]`: the site's content language (reference data, checklists, starter
guides); with LANG, switch it: whatever the site has not edited itself is relabelled."""

from __future__ import annotations

import argparse

from deskapp.platform.content_language import LANGUAGES
from deskapp.platform.i18n import _
from deskapp.startup.database import open_database

KINDS = ("categories", "skills", "channels", "patron-types", "outcomes", "referral-targets", "durations",
         "read-levels", "desks", "guides")


def register(subparsers: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    reference = subparsers.add_parser("reference", help=_("the coded values (keys and labels) mappings refer to"))
    sub = reference.add_subparsers(dest="reference_command", metavar=_("ACTION"), required=True)
    listing = sub.add_parser("list", help=_("print the keys and labels of one kind of coded value"))
    listing.add_argument("kind", choices=KINDS, metavar=_("KIND"), help=", ".join(KINDS))
    listing.set_defaults(handler=run_list)
    language = sub.add_parser("language", help=_("show or switch the language of the reference data, checklists "
                                     "and starter guides (the site's own edits are kept)"))
    language.add_argument("language", nargs="?", choices=LANGUAGES, metavar=_("LANG"),
                          help=_("switch to this language: {choices}").format(choices=", ".join(LANGUAGES)))
    language.set_defaults(handler=run_language)


def run_language(args: argparse.Namespace) -> int:
    from deskapp.platform import audit
    from deskapp.platform.actor import Actor
    from deskapp.startup.seed import set_content_language, site_language

    opened = open_database(args.db)
    if args.language is None:
        with opened.db.read() as session:
            print(_("Content language: {language}").format(language=site_language(session)))
        return 0
    with opened.db.write() as session:
        before = site_language(session)
        report = set_content_language(session, args.language)
        audit.record(session, Actor.cli(), "edit", "setting", "content.language",
                     {"language": [before, args.language]})
    relabelled = sum(report.refreshed.values())
    print(_("Content language: {language} (was {before}); {n} labels, checklists and guides relabelled; "
            "anything this site edited itself is unchanged.").format(language=args.language, before=before,
                                                                     n=relabelled))
    return 0


def run_list(args: argparse.Namespace) -> int:
    from deskapp.importing.lookups import reference_values

    opened = open_database(args.db)
    with opened.db.read() as session:
        rows = reference_values(session, args.kind)
    if not rows:
        print(_("No {kind} in this database.").format(kind=args.kind))
        return 0
    width = max(len(key) for key, _ in rows)
    for key, label in rows:
        print(_("{value}  {label}").format(value=key.ljust(width), label=label))
    return 0
