"""The enquiry being typed survives a crash or a power cut: one small JSON file per desk + staff member,
written atomically (temp file, fsync, rename), restored by the form on the next start and removed on save."""

from __future__ import annotations

import json
import os
import re
from pathlib import Path
from typing import Any

from deskapp.platform.paths import user_data_dir


def default_drafts_dir() -> Path:
    return user_data_dir() / "drafts"


class DraftStore:
    def __init__(self, folder: Path | None = None) -> None:
        self.folder = Path(folder) if folder is not None else default_drafts_dir()

    def path(self, desk_name: str, staff_id: int) -> Path:
        slug = re.sub(r"[^a-z0-9]+", "-", desk_name.casefold()).strip("-")[:60] or "desk"
        return self.folder / f"{slug}--staff-{staff_id}.json"

    def save(self, desk_name: str, staff_id: int, fields: dict[str, Any]) -> None:
        """Write the draft so that a crash at any moment leaves either the old or the new file, never half."""
        path = self.path(desk_name, staff_id)
        path.parent.mkdir(parents=True, exist_ok=True)
        temp = path.with_name(path.name + ".tmp")
        data = json.dumps({"version": 1, "fields": fields}, ensure_ascii=False).encode("utf-8")
        with open(temp, "wb") as handle:
            handle.write(data)
            handle.flush()
            os.fsync(handle.fileno())
        os.replace(temp, path)

    def load(self, desk_name: str, staff_id: int) -> dict[str, Any] | None:
        """The saved fields, or None (no draft, or a file that cannot be read: never block the desk over it)."""
        path = self.path(desk_name, staff_id)
        try:
            data = json.loads(path.read_text(encoding="utf-8"))
        except (OSError, ValueError):
            return None
        fields = data.get("fields") if isinstance(data, dict) else None
        return fields if isinstance(fields, dict) else None

    def discard(self, desk_name: str, staff_id: int) -> None:
        self.path(desk_name, staff_id).unlink(missing_ok=True)
