"""What the models-versus-schema comparison (Alembic autogenerate) leaves out."""

from __future__ import annotations

from typing import Any


def include_object(obj: Any, name: str | None, type_: str, reflected: bool, compare_to: Any) -> bool:
    # Search indexes (FTS5 virtual tables and their shadow tables, tsvector helpers) are hand-built in
    # migrations and have no model.
    return not (type_ == "table" and name is not None and name.startswith("guide_search"))
