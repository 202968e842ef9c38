"""The guide file format: Markdown with YAML front matter, steps as `## N. Title`, and branching questions.

A branching step ends with one `? Question` line followed by answer lines `- Answer → N`. A step without a
question continues to the next one; the last step ends the guide. `serialise(parse(text)) == text` for any
file written in the house style (the starter library), so a folder kept in version control round-trips.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass, field

import yaml

from deskapp.platform.i18n import _

FRONT_MATTER_FIELDS = ("key", "title", "summary", "categories", "skills", "tags")
LIST_FIELDS = ("categories", "skills", "tags")
KEY_PATTERN = re.compile(r"^[a-z0-9][a-z0-9-]*$")
STEP_HEADING = re.compile(r"^## (\d+)\.\s+(.*\S)\s*$")
ANSWER_LINE = re.compile(r"^- (.*\S)\s*(?:→|->)\s*(\d+)\s*$")
MAX_ANSWERS = 4


class GuideFormatError(ValueError):
    """The file is not a valid guide; the message says where and why."""


@dataclass(frozen=True)
class Answer:
    text: str
    target: int


@dataclass(frozen=True)
class Step:
    number: int
    title: str
    text: str  # the step's Markdown without its heading and question lines
    question: str | None = None
    answers: tuple[Answer, ...] = ()

    @property
    def is_branching(self) -> bool:
        return self.question is not None


@dataclass(frozen=True)
class GuideDocument:
    key: str
    title: str
    summary: str = ""
    categories: tuple[str, ...] = ()
    skills: tuple[str, ...] = ()
    tags: tuple[str, ...] = ()
    body: str = ""
    # Front-matter fields this version does not know, kept so an export writes them back.
    extra: dict[str, object] = field(default_factory=dict, compare=False)


@dataclass(frozen=True)
class GuideSteps:
    intro: str
    steps: tuple[Step, ...]

    def step(self, number: int) -> Step:
        return self.steps[number - 1]

    def next_after(self, number: int) -> int | None:
        """The step a non-branching step continues to (None: the guide ends)."""
        return number + 1 if number < len(self.steps) else None


def split_front_matter(text: str) -> tuple[str, str]:
    """(front matter YAML, body). The file must start with a `---` line and close it with another."""
    text = text.removeprefix("\ufeff")
    if not text.startswith("---\n") and not text.startswith("---\r\n"):
        raise GuideFormatError(_("The file must start with front matter between '---' lines."))
    lines = text.splitlines(keepends=True)
    for index in range(1, len(lines)):
        if lines[index].rstrip("\r\n") == "---":
            return "".join(lines[1:index]), "".join(lines[index + 1:])
    raise GuideFormatError(_("The front matter is not closed with a '---' line."))


def _as_list(value: object, name: str) -> tuple[str, ...]:
    if value is None:
        return ()
    if isinstance(value, str):
        value = [value]
    if not isinstance(value, list) or not all(isinstance(v, str | int | float) for v in value):
        raise GuideFormatError(_("'{name}' must be a list of words, like [wifi, eduroam].").format(name=name))
    return tuple(str(v) for v in value)


def parse(text: str) -> GuideDocument:
    """Read a guide file. Raises GuideFormatError naming the problem."""
    front, body = split_front_matter(text)
    try:
        data = yaml.safe_load(front) or {}
    except yaml.YAMLError as error:
        raise GuideFormatError(_("The front matter is not valid YAML: {error}").format(error=error)) from None
    if not isinstance(data, dict):
        raise GuideFormatError(_("The front matter must be 'name: value' lines."))
    key = str(data.get("key") or "").strip()
    title = str(data.get("title") or "").strip()
    if not KEY_PATTERN.match(key):
        raise GuideFormatError(_("The front matter needs a 'key' of lowercase letters, digits and hyphens."))
    if not title:
        raise GuideFormatError(_("Guide '{key}' needs a 'title'.").format(key=key))
    document = GuideDocument(
        key=key,
        title=title,
        summary=str(data.get("summary") or "").strip(),
        categories=_as_list(data.get("categories"), "categories"),
        skills=_as_list(data.get("skills"), "skills"),
        tags=_as_list(data.get("tags"), "tags"),
        body=body,
        extra={k: v for k, v in data.items() if k not in FRONT_MATTER_FIELDS},
    )
    parse_steps(body)  # validate the steps and branches now, not when someone is at the desk
    return document


def parse_steps(body: str) -> GuideSteps:
    """Split a body into its intro and numbered steps, checking numbering and branch targets."""
    intro: list[str] = []
    raw: list[tuple[int, str, list[str], int]] = []  # number, title, lines, line number
    for line_no, line in enumerate(body.splitlines(), start=1):
        match = STEP_HEADING.match(line)
        if match:
            raw.append((int(match.group(1)), match.group(2), [], line_no))
        elif line.startswith("## "):
            raise GuideFormatError(
                _("Line {line_no}: a '## ' heading must be a numbered step like '## 3. Title'.").format(
                    line_no=line_no))
        elif raw:
            raw[-1][2].append(line)
        else:
            intro.append(line)
    steps = []
    for expected, (number, title, lines, line_no) in enumerate(raw, start=1):
        if number != expected:
            raise GuideFormatError(_("Line {line_no}: step {number} should be numbered {expected} (1, 2, 3 … in "
                                     "order).").format(line_no=line_no, number=number, expected=expected))
        steps.append(_parse_step(number, title, lines, line_no))
    for step in steps:
        for answer in step.answers:
            if not 1 <= answer.target <= len(steps):
                raise GuideFormatError(_("Step {number}: the answer '{text}' goes to step {target}, which does not "
                                         "exist.").format(number=step.number, text=answer.text, target=answer.target))
    return GuideSteps("\n".join(intro).strip(), tuple(steps))


def _parse_step(number: int, title: str, lines: list[str], heading_line: int) -> Step:
    question_at = next((i for i, line in enumerate(lines) if line.startswith("? ")), None)
    if question_at is None:
        return Step(number, title, "\n".join(lines).strip())
    answers = []
    for offset, line in enumerate(lines[question_at + 1:], start=question_at + 1):
        if not line.strip():
            continue
        match = ANSWER_LINE.match(line)
        if not match:
            raise GuideFormatError(_("Line {value}: after a '? ' question only answer lines like '- Yes → 4' may "
                                     "follow.").format(value=heading_line + offset + 1))
        answers.append(Answer(match.group(1).strip(), int(match.group(2))))
    if not 1 <= len(answers) <= MAX_ANSWERS:
        raise GuideFormatError(_("Step {number}: a question needs 1 to {MAX_ANSWERS} answers like '- Yes → 4'.").format(
                number=number,
                MAX_ANSWERS=MAX_ANSWERS))
    question = lines[question_at][2:].strip()
    return Step(number, title, "\n".join(lines[:question_at]).strip(), question, tuple(answers))


def _scalar(value: object, *, in_list: bool = False) -> str:
    """A YAML scalar in plain style when that reads back unchanged, else double-quoted (JSON is valid YAML)."""
    text = str(value)
    plain_ok = text == text.strip() and text != "" and "\n" not in text
    if in_list:
        plain_ok = plain_ok and not any(c in text for c in ",[]{}\"'")
    if plain_ok:
        try:
            source = f"v: [{text}]" if in_list else f"v: {text}"
            plain_ok = yaml.safe_load(source) == {"v": [text] if in_list else text}
        except yaml.YAMLError:
            plain_ok = False
    return text if plain_ok else json.dumps(text, ensure_ascii=False)


def serialise(document: GuideDocument) -> str:
    """The file text of a guide, in the house style the starter library uses."""
    lines = ["---", f"key: {_scalar(document.key)}", f"title: {_scalar(document.title)}",
             f"summary: {_scalar(document.summary)}" if document.summary else "summary: \"\""]
    for name in LIST_FIELDS:
        values = getattr(document, name)
        lines.append(f"{name}: [{', '.join(_scalar(v, in_list=True) for v in values)}]")
    for name, value in document.extra.items():
        lines.append(yaml.safe_dump({name: value}, default_flow_style=True, allow_unicode=True,
                                    sort_keys=False).strip().removeprefix("{").removesuffix("}"))
    lines.append("---")
    return "\n".join(lines) + "\n" + document.body


def split_tags(text: str) -> tuple[str, ...]:
    """Tags as stored on a guide row (comma separated, so a tag may be several words) back to a tuple."""
    return tuple(t.strip() for t in text.split(",") if t.strip())


def join_tags(tags: tuple[str, ...] | list[str]) -> str:
    return ", ".join(" ".join(t.replace(",", " ").split()) for t in tags if t.strip())
