"""The app's coded values, loaded once per import, matched by key, label or the mapping's value map."""

from __future__ import annotations

from dataclasses import dataclass, field

from sqlalchemy import select
from sqlalchemy.orm import Session

from deskapp.db.models import (
    Category,
    CategorySkill,
    Channel,
    Desk,
    DurationBand,
    Guide,
    Outcome,
    PatronType,
    ReadLevel,
    ReferralTarget,
    Skill,
)
from deskapp.importing.errors import ImportFileError
from deskapp.importing.mapping import Mapping, normalise
from deskapp.platform.i18n import _

UNMAPPED_CATEGORY = "imported-unmapped"
CodedModel = type[Category | Channel | PatronType | Outcome | ReferralTarget | DurationBand | Skill]
REFERENCE_MODELS: dict[str, CodedModel] = {
    "category": Category,
    "channel": Channel,
    "patron_type": PatronType,
    "outcome": Outcome,
    "referral_target": ReferralTarget,
    "duration": DurationBand,
    "skills": Skill,
}


# `deskapp reference list KIND`: the words a mapping's [values.FIELD] tables may map to, by field.
KIND_OF_FIELD = {"category": "categories", "channel": "channels", "patron_type": "patron-types",
                 "outcome": "outcomes", "referral_target": "referral-targets", "duration": "durations",
                 "skills": "skills", "read_level": "read-levels", "desk": "desks", "guides": "guides"}
REFERENCE_KINDS = tuple(KIND_OF_FIELD.values())


def reference_values(session: Session, kind: str) -> list[tuple[str, str]]:
    """(key, label) of one kind of coded value, in the order the app lists them."""
    field_name = next((f for f, k in KIND_OF_FIELD.items() if k == kind), None)
    if field_name is None:
        raise ImportFileError(_("Unknown kind '{kind}': use one of {value}.").format(
                kind=kind,
                value=', '.join(REFERENCE_KINDS)))
    if field_name == "read_level":
        return [(str(r.level), r.label) for r in session.scalars(select(ReadLevel).order_by(ReadLevel.level))]
    if field_name == "desk":
        desks = session.scalars(select(Desk).order_by(Desk.name))
        return [(d.name, "active" if d.active else "inactive") for d in desks]
    if field_name == "guides":
        guides = select(Guide.key, Guide.title).order_by(Guide.id)
        return [(key, text) for key, text in session.execute(guides)]
    model = REFERENCE_MODELS[field_name]
    return [(key, text) for key, text in session.execute(select(model.key, model.label).order_by(model.id))]


@dataclass
class Coded:
    """One reference table: normalised key or label -> (key, id), and id -> label for previews."""

    by_text: dict[str, tuple[str, int]] = field(default_factory=dict)
    by_key: dict[str, int] = field(default_factory=dict)
    labels: dict[int, str] = field(default_factory=dict)
    keys: dict[int, str] = field(default_factory=dict)

    def add(self, key: str, label: str, item_id: int) -> None:
        self.by_key[key] = item_id
        self.labels[item_id] = label
        self.keys[item_id] = key
        self.by_text.setdefault(normalise(label), (key, item_id))
        self.by_text[normalise(key)] = (key, item_id)  # a key always wins over someone else's label


@dataclass
class Lookups:
    tables: dict[str, Coded]
    read_levels: set[int]
    category_skills: dict[int, tuple[int, ...]]
    bands: list[tuple[int, int | None, int]]  # (min, max, id) of duration bands
    guides: Coded

    @classmethod
    def load(cls, session: Session) -> Lookups:
        tables: dict[str, Coded] = {}
        for name, model in REFERENCE_MODELS.items():
            coded = Coded()
            for row_id, key, label in session.execute(select(model.id, model.key, model.label).order_by(model.id)):
                coded.add(key, label, row_id)
            tables[name] = coded
        guides = Coded()
        for guide in session.scalars(select(Guide).order_by(Guide.id)):
            guides.add(guide.key, guide.title, guide.id)
        category_skills: dict[int, list[int]] = {}
        for category_id, skill_id in session.execute(
                # Only the skills always used: which candidate applied (which device) the file does not say.
                select(CategorySkill.category_id, CategorySkill.skill_id).where(CategorySkill.candidate.is_(False))
                .order_by(CategorySkill.skill_id)):
            category_skills.setdefault(category_id, []).append(skill_id)
        bands = [(b.min_minutes, b.max_minutes, b.id) for b in session.scalars(select(DurationBand))]
        if UNMAPPED_CATEGORY not in tables["category"].by_key:
            raise ImportFileError(_("The database has no 'Imported / unmapped' category: run `deskapp db upgrade`."))
        return cls(tables, set(session.scalars(select(ReadLevel.level))),
                   {k: tuple(v) for k, v in category_skills.items()}, sorted(bands), guides)

    def check_mapping(self, mapping: Mapping) -> None:
        """Every target a mapping names must exist, or the mistake would hide in 'unmapped' counts."""
        for field_name, table in mapping.values.items():
            if field_name in ("read_level", "desk"):
                continue
            coded = self.tables[field_name]
            for raw, target in table.items():
                if field_name == "skills" and target in ("", False):
                    continue  # deliberately ignored tag
                if field_name == "skills" and isinstance(target, str) and target.startswith("outcome:"):
                    outcome = target[len("outcome:"):]
                    if outcome not in self.tables["outcome"].by_key:
                        raise ImportFileError(f"The mapping {mapping.name} maps the tag '{raw}' to {target!r}, but "
                                              f"'{outcome}' is not an outcome key in this database. "
                                              + _known("outcome", self.tables["outcome"]))
                    continue
                if not isinstance(target, str) or target not in coded.by_key:
                    raise ImportFileError(f"The mapping {mapping.name} maps {field_name} '{raw}' to {target!r}, "
                                          f"which is not a {field_name.replace('_', ' ')} key in this database. "
                                          + _known(field_name, coded))
        for option, list_name in (("default_channel", "channel"), ("default_outcome", "outcome")):
            value = getattr(mapping, option)
            if value not in self.tables[list_name].by_key:
                raise ImportFileError(f"The mapping {mapping.name} sets {option} = '{value}', which is not a "
                                      f"{list_name} key in this database. " + _known(list_name, self.tables[list_name]))

    def band_for_minutes(self, minutes: float) -> int | None:
        for low, high, band_id in self.bands:
            if low <= minutes and (high is None or minutes < high):
                return band_id
        return None


def _known(field_name: str, coded: Coded) -> str:
    """The valid keys, so a typo in a mapping can be fixed without opening the database."""
    kind = KIND_OF_FIELD[field_name]
    return (f"Known keys: {', '.join(coded.by_key)}. (`deskapp reference list {kind}` prints them with "
            "their labels.)")
