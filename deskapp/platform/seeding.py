"""What a capability's seeder reports back to start-up's seeding (deskapp.startup.seed.SeedReport).

The seeders of guides and checklists live in their capabilities, below start-up, so they cannot name its
report class; they name this protocol, which SeedReport satisfies.
"""

from __future__ import annotations

from typing import Protocol


class SeedCounter(Protocol):
    def count(self, kind: str, table: str) -> None:
        """One row of `table` was "created" or "refreshed" from resources/."""
