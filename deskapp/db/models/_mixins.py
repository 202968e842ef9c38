"""Column groups shared by the reference tables."""

from __future__ import annotations

from sqlalchemy import Boolean, Integer, String, Text
from sqlalchemy.orm import Mapped, mapped_column


class ReferenceMixin:
    """A coded value seeded from resources/ by a stable key.

    `customised` is set when a team leader edits the label in the app; seeding then leaves the text alone.
    """

    key: Mapped[str] = mapped_column(String(64), unique=True)
    label: Mapped[str] = mapped_column(String(200))
    description: Mapped[str] = mapped_column(Text, default="")
    sort_order: Mapped[int] = mapped_column(Integer, default=0)
    active: Mapped[bool] = mapped_column(Boolean, default=True)
    customised: Mapped[bool] = mapped_column(Boolean, default=False)
