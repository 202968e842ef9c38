"""argparse's own words in the reader's language: "usage:", "positional arguments", "options", "show this
help message and exit" and the sentences of its refusals ("the following arguments are required").

argparse looks its words up with gettext's default domain, where deskapp ships no catalogue, so a Danish
`deskapp --help` was half English. `install()` points argparse at the domain's catalogue instead; the words
are listed here so that Babel extracts them into deskapp.po, where they are translated like every other
message. English stays exactly argparse's own text (the catalogue gives a message back unchanged).
Call it before the parser is built: the section titles are looked up when the parser is made.
"""

from __future__ import annotations

import argparse

from deskapp.platform.i18n import N_, _, ngettext

# The texts argparse (Python 3.11 and later) shows to someone typing a command, word for word.
WORDS = (
    N_("usage: "),
    N_("positional arguments"),
    N_("options"),
    N_("show this help message and exit"),
    N_("show program's version number and exit"),
    N_("argument %(argument_name)s: %(message)s"),
    N_("%(prog)s: error: %(message)s\n"),
    N_("unrecognized arguments: %s"),
    N_("the following arguments are required: %s"),
    N_("one of the arguments %s is required"),
    N_("not allowed with argument %s"),
    N_("ignored explicit argument %r"),
    N_("expected one argument"),
    N_("expected at most one argument"),
    N_("expected at least one argument"),
    N_("ambiguous option: %(option)s could match %(matches)s"),
    N_("unexpected option string: %s"),
    N_("invalid %(type)s value: %(value)r"),
    N_("invalid choice: %(value)r (choose from %(choices)s)"),
    N_("can't open '%(filename)s': %(error)s"),
)


def _plural_words(n: int) -> tuple[str, ...]:
    """argparse's two counted messages, here only so that Babel extracts them with their plural forms
    (called by the test that checks they are translated)."""
    return (ngettext("expected %s argument", "expected %s arguments", n),
            ngettext("conflicting option string: %s", "conflicting option strings: %s", n))


def install() -> None:
    """argparse speaks the domain's language from now on (argparse reads the two names at each call)."""
    argparse._ = _  # type: ignore[attr-defined]  # argparse's module-level gettext names, not in its stub
    argparse.ngettext = ngettext  # type: ignore[attr-defined]
