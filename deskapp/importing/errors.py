"""What an import reports: problems that stop it, values it could not map, and the summary."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime


@dataclass(frozen=True)
class Problem:
    """A row that cannot be read. `line` is the file's line where the row starts (1 = the header)."""

    line: int
    message: str

    def __str__(self) -> str:
        return f"line {self.line}: {self.message}" if self.line else self.message


def problem_list(file_name: str, problems: tuple[Problem, ...] | list[Problem]) -> str:
    """Every problem, one a line, as a text file people can work through (the CLI's --problems-out, the
    window's Save the problem list)."""
    head = f"{len(problems):,} problems stop the import of {file_name}; nothing was imported.\n"
    return head + "".join(f"{problem}\n" for problem in problems)


class ImportFileError(ValueError):
    """The file (or the mapping) cannot be imported; nothing was written. The message is for people."""

    def __init__(self, message: str, problems: tuple[Problem, ...] = ()) -> None:
        super().__init__(message)
        self.problems = problems

    @classmethod
    def from_problems(cls, file_name: str, problems: list[Problem]) -> ImportFileError:
        # Every problem, however many: "... and 24 more" would leave people fixing a file blind.
        listed = "\n".join(f"  {p}" for p in problems)
        bad_rows = sum(1 for p in problems if p.line)  # line 0: about the whole file, not one row
        rows = "1 row" if bad_rows == 1 else f"{bad_rows} rows"
        headline = (f"Nothing was imported: {rows} of {file_name} cannot be read." if bad_rows
                    else f"Nothing was imported from {file_name}.")
        return cls(f"{headline}\n{listed}", tuple(problems))


@dataclass(frozen=True)
class UnmappedValue:
    """A value with no meaning in this app: counted, and what it became instead (never dropped)."""

    field: str
    value: str
    count: int
    became: str
    first_line: int


@dataclass(frozen=True)
class ImportSummary:
    file_name: str
    mapping_name: str
    rows_read: int
    new_rows: int
    already_imported: int
    imported: int
    dry_run: bool
    problems: tuple[Problem, ...] = ()
    unmapped: tuple[UnmappedValue, ...] = ()
    new_staff: tuple[str, ...] = ()
    new_desks: tuple[str, ...] = ()
    notes_left_out: int = 0
    notes_redacted: int = 0
    first_asked: datetime | None = None
    last_asked: datetime | None = None
    batch_id: int | None = None
    missing_columns: tuple[str, ...] = ()
    date_order: str = ""  # "dmy" or "mdy" as the dates were read; "" when the file has no day/month dates
    date_order_note: str = ""  # how that order was decided, in one sentence
    read_as: str = ""  # the encoding and delimiter found, when not UTF-8 and commas
    repairs: tuple[str, ...] = ()  # rows of an unquoted export put back together, one sentence each
    updated: int = 0  # enquiries edited at the source since they were imported (updated, or would be)
    kept_local_edits: tuple[str, ...] = ()  # edited at the source and in deskapp: left as they are
    desk_fallback: str = ""  # rows with an empty desk column, and where they go
    shared_desks: tuple[str, ...] = ()  # desk names several source instances (Gimlet sites) share
    banded: tuple[str, ...] = ()  # duration values put in a band by their minutes, and which band
    dst_notes: tuple[str, ...] = ()  # local times in a daylight-saving gap or overlap, and the rule applied
    preview: tuple[dict[str, str], ...] = field(default=(), compare=False)

    @property
    def ok(self) -> bool:
        return not self.problems

    def lines(self) -> list[str]:
        """The summary as plain sentences (CLI output, UI summary)."""
        verb = "Would import" if self.dry_run else "Imported"
        count = self.new_rows if self.dry_run else self.imported
        out = [f"{verb} {count:,} of {self.rows_read:,} rows from {self.file_name} ({self.mapping_name})."]
        if self.read_as:
            out.append(self.read_as)
        if self.date_order_note:
            out.append(self.date_order_note)
        if self.updated:
            verb_update = "Would update" if self.dry_run else "Updated"
            out.append(f"{verb_update} {self.updated:,} enquiries edited in the source since they were imported "
                       "(each change audited).")
        if self.kept_local_edits:
            out.append(f"{len(self.kept_local_edits):,} rows were edited in the source but their enquiries were "
                       "also corrected in deskapp, so they are left as they are: "
                       + ", ".join(self.kept_local_edits) + ".")
        unchanged = self.already_imported - len(self.kept_local_edits)
        if unchanged:
            out.append(f"{unchanged:,} rows were imported before and are skipped.")
        for repair in self.repairs:
            out.append(f"Repaired {repair}.")
        if self.first_asked and self.last_asked:
            out.append(f"Enquiries asked from {self.first_asked:%Y-%m-%d %H:%M} "
                       f"to {self.last_asked:%Y-%m-%d %H:%M} UTC.")
        for missing in self.missing_columns:
            out.append(f"Not in the file, so left at its default: {missing}.")
        if self.new_staff:
            verb_staff = "Would add" if self.dry_run else "Added"
            out.append(f"{verb_staff} {len(self.new_staff)} inactive staff for unknown initials: "
                       + ", ".join(self.new_staff) + ".")
        out.extend(self.shared_desks)
        out.extend(self.dst_notes)
        out.extend(self.banded)
        if self.desk_fallback:
            out.append(self.desk_fallback)
        if self.new_desks:
            verb_desk = "Would add" if self.dry_run else "Added"
            out.append(f"{verb_desk} desks: " + ", ".join(self.new_desks) + ".")
        for item in self.unmapped:
            rows = "1 row" if item.count == 1 else f"{item.count:,} rows"
            out.append(f"{item.field} '{item.value}' is not known: {rows} became {item.became} "
                       f"(first on line {item.first_line}).")
        if self.notes_left_out:
            out.append(f"Question/answer text of {self.notes_left_out:,} rows was left out for patron privacy "
                       "(the mapping's import_notes option, or --include-notes, brings it in).")
        if self.notes_redacted:
            out.append(f"{self.notes_redacted:,} notes had personal details redacted.")
        for problem in self.problems:
            out.append(f"Problem: {problem}")
        if self.problems:
            out.append("Nothing can be imported until these rows are fixed.")
        return out
