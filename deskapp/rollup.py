"""Report rollups, kept in step with the enquiry rows in the same transaction as each write.

Contract for every code path that writes enquiries (desk form, log edits and deletes, importers):
- after inserting enquiries (and their skill links) and flushing: `add_enquiries(session, ids)`;
- before deleting enquiries, or before editing them: `remove_enquiries(session, ids)`;
- after an edit has been flushed: `add_enquiries(session, ids)` again.
`rebuild(session)` recomputes everything from the raw rows (used after bulk loads and by tests).

The skills-and-reports work owns the tables behind these functions.
"""

from __future__ import annotations

from collections.abc import Sequence

from sqlalchemy.orm import Session


def add_enquiries(session: Session, enquiry_ids: Sequence[int]) -> None:
    """Count these (flushed) enquiries into the rollups."""


def remove_enquiries(session: Session, enquiry_ids: Sequence[int]) -> None:
    """Take these enquiries, as they stand in the database now, out of the rollups."""


def rebuild(session: Session) -> None:
    """Recompute every rollup from the raw enquiry rows."""
