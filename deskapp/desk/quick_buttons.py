"""The desk's one-keystroke enquiries (F1-F8).

A team leader configures them per desk (audited; takes effect at once). Until then the desk offers its most
frequent categories of the 30 days *before today* (one GROUP BY over the (desk_id, asked_at) index), and on a
brand new desk a few everyday categories. People press F-keys without looking, and a key that changed meaning
at 3 pm would silently log the wrong category; so the automatic keys are computed once per desk per local
day and stored (`todays_quick_buttons`): an enquiry back-dated into the window, a sign-in or a restart later
that day cannot move them.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import UTC, datetime, time, timedelta, tzinfo
from typing import Any

from sqlalchemy import delete, func, select
from sqlalchemy.orm import Session

from deskapp.db.models import AppSetting, Category, Desk, Enquiry, QuickButton, Skill
from deskapp.platform.actor import Actor
from deskapp.platform.audit import record
from deskapp.platform.i18n import N_, _
from deskapp.platform.localtime import local_zone

KEY_COUNT = 8
FREQUENT_DAYS = 30
PRESET_KEYS = ("channel", "outcome", "read_level", "patron_type", "duration_band", "skills")
# A new desk with no history still gets useful keys.
STARTER_KEYS = ("lib-directional", "lib-circulation", "it-wifi", "it-password", "lib-printing", "lib-known-item",
                "it-own-device-print", "lib-rooms")


class QuickButtonError(ValueError):
    """A quick-button setup that cannot be saved."""


@dataclass(frozen=True)
class QuickButtonSpec:
    position: int  # 1 = F1
    category_id: int
    label: str
    # PRESET_KEYS -> a key of that list (read_level: the level; skills: a list of skill keys)
    preset: dict[str, str | int | list[str]] | None = None
    source: str = "configured"  # "configured" | "frequent" | "starter"
    # The key's own skills (preset "skills", by stable skill key), logged besides the category's always-used
    # ones: "F3 Wi-Fi Android" records the Android eduroam setup, where the category only offers it as a choice.
    skill_ids: tuple[int, ...] = ()


def configured_buttons(session: Session, desk_id: int) -> list[QuickButtonSpec]:
    rows = list(session.execute(
        select(QuickButton, Category.label).join(Category, Category.id == QuickButton.category_id)
        .where(QuickButton.desk_id == desk_id).order_by(QuickButton.position)))
    keys = {key for b, _label in rows for key in _preset_skill_keys(b.preset)}
    skills = {s.key: s for s in session.scalars(select(Skill).where(Skill.key.in_(keys)))} if keys else {}
    return [QuickButtonSpec(b.position, b.category_id, b.label or label, b.preset, "configured",
                            _current_skill_ids(session, skills, _preset_skill_keys(b.preset)))
            for b, label in rows]


def _preset_skill_keys(preset: dict[str, str | int | list[str]] | None) -> list[str]:
    value = (preset or {}).get("skills") or []
    return [str(key) for key in value] if isinstance(value, list) else [str(value)]


def _current_skill_ids(session: Session, skills: dict[str, Skill], keys: list[str]) -> tuple[int, ...]:
    """The skills a key carries as they count now: a merged skill as the one it was merged into; a retired
    one is left out (the leader's quick-key screen shows it as missing)."""
    result: list[int] = []
    for key in keys:
        skill = skills.get(key)
        if skill is not None and skill.merged_into_id is not None:
            skill = session.get(Skill, skill.merged_into_id)
        if skill is not None and skill.retired_at is None and skill.id not in result:
            result.append(skill.id)
    return tuple(result)


def start_of_local_day(now: datetime | None = None, zone: tzinfo | None = None) -> datetime:
    """The UTC moment of the desk's last local midnight."""
    zone = zone or local_zone()
    local = (now or datetime.now(UTC)).astimezone(zone)
    return datetime.combine(local.date(), time(0), tzinfo=zone).astimezone(UTC)


def frequent_categories(session: Session, desk_id: int, *, now: datetime | None = None, zone: tzinfo | None = None,
                        days: int = FREQUENT_DAYS, limit: int = KEY_COUNT) -> list[tuple[int, str, int]]:
    """(category id, label, count) of this desk's most frequent pickable categories in the `days` days before
    today, most frequent first. Today's enquiries do not count, so the answer is the same all day."""
    until = start_of_local_day(now, zone)
    since = until - timedelta(days=days)
    counts = (select(Enquiry.category_id, func.count().label("n"))
              .where(Enquiry.desk_id == desk_id, Enquiry.asked_at >= since, Enquiry.asked_at < until)
              .group_by(Enquiry.category_id).subquery())
    rows = session.execute(
        select(Category.id, Category.label, counts.c.n).join(counts, counts.c.category_id == Category.id)
        .where(Category.pickable, Category.active).order_by(counts.c.n.desc(), Category.sort_order).limit(limit))
    return [(cid, label, n) for cid, label, n in rows]


def quick_buttons(session: Session, desk_id: int | None, *, now: datetime | None = None,
                  zone: tzinfo | None = None) -> list[QuickButtonSpec]:
    """The keys F1-F8 of this desk: a leader's setup as it is; otherwise the most frequent categories of the
    30 days before today, then starters (fixed for the whole local day)."""
    chosen = configured_buttons(session, desk_id) if desk_id is not None else []
    if chosen:
        return chosen  # a leader's setup is taken as it is, gaps included
    used: set[int] = set()
    result: list[QuickButtonSpec] = []
    if desk_id is not None:
        for category_id, label, _count in frequent_categories(session, desk_id, now=now, zone=zone):
            result.append(QuickButtonSpec(len(result) + 1, category_id, label, None, "frequent"))
            used.add(category_id)
    if len(result) < KEY_COUNT:
        starters = {c.key: c for c in session.scalars(
            select(Category).where(Category.key.in_(STARTER_KEYS), Category.pickable, Category.active))}
        for key in STARTER_KEYS:
            category = starters.get(key)
            if category is not None and category.id not in used and len(result) < KEY_COUNT:
                result.append(QuickButtonSpec(len(result) + 1, category.id, category.label, None, "starter"))
                used.add(category.id)
    return result


def _day_key(desk_id: int) -> str:
    return f"desk.{desk_id}.quick_keys_of_the_day"


def todays_quick_buttons(session: Session, desk_id: int, *, now: datetime | None = None,
                         zone: tzinfo | None = None) -> list[QuickButtonSpec]:
    """The keys F1-F8 as the desk shows them: a leader's setup as it is now; otherwise the automatic keys of
    this local day, computed at the day's first call and stored, so they stay put until local midnight.

    Needs a write session (the first call of a day stores). A category retired later in the day leaves its
    key empty rather than moving the others up."""
    configured = configured_buttons(session, desk_id)
    if configured:
        return configured
    zone = zone or local_zone()
    today = (now or datetime.now(UTC)).astimezone(zone).date().isoformat()
    row = session.get(AppSetting, _day_key(desk_id))
    stored = row.value if row is not None and isinstance(row.value, dict) else {}
    if stored.get("day") == today:
        return _stored_buttons(session, stored.get("keys") or [])
    computed = quick_buttons(session, desk_id, now=now, zone=zone)
    value = {"day": today, "keys": [[b.position, b.category_id, b.source] for b in computed]}
    if row is None:
        session.add(AppSetting(key=_day_key(desk_id), value=value))
    else:
        row.value = value
    session.flush()
    return computed


def _stored_buttons(session: Session, keys: list[list[Any]]) -> list[QuickButtonSpec]:
    ids = [int(category_id) for _position, category_id, _source in keys]
    usable = {c.id: c for c in session.scalars(
        select(Category).where(Category.id.in_(ids), Category.pickable, Category.active))} if ids else {}
    return [QuickButtonSpec(int(position), int(category_id), usable[int(category_id)].label, None, str(source))
            for position, category_id, source in keys if int(category_id) in usable]


def configure_quick_buttons(session: Session, actor: Actor, desk_id: int,
                            buttons: Sequence[QuickButtonSpec]) -> None:
    """Replace this desk's quick keys (team leaders only). An empty list goes back to "most frequent"."""
    actor.require("leader", N_("set up the quick buttons"))
    if session.get(Desk, desk_id) is None:
        raise QuickButtonError(_("That desk does not exist."))
    positions = [b.position for b in buttons]
    if len(set(positions)) != len(positions):
        raise QuickButtonError(_("Each key can hold only one quick button."))
    if any(not 1 <= p <= KEY_COUNT for p in positions):
        raise QuickButtonError(_("Quick buttons go on F1 to F{KEY_COUNT}.").format(KEY_COUNT=KEY_COUNT))
    for button in buttons:
        category = session.get(Category, button.category_id)
        if category is None or not category.pickable or not category.active:
            raise QuickButtonError(_("F{position}: choose a category from the list.").format(
                    position=button.position))
        if len(button.label or "") > 60:
            raise QuickButtonError(_("F{position}: a label can be at most 60 characters.").format(
                    position=button.position))
        unknown = set(button.preset or {}) - set(PRESET_KEYS)
        if unknown:
            raise QuickButtonError(_("F{position}: unknown preset {value}.").format(
                    position=button.position,
                    value=', '.join(sorted(unknown))))
        for key in _preset_skill_keys(button.preset):
            skill = session.scalar(select(Skill).where(Skill.key == key))
            if skill is None or skill.retired_at is not None or skill.merged_into_id is not None:
                raise QuickButtonError(_("F{position}: choose a current skill from the list.").format(
                        position=button.position))
    before = [_audit_view(b) for b in configured_buttons(session, desk_id)]
    session.execute(delete(QuickButton).where(QuickButton.desk_id == desk_id))
    session.flush()
    for button in buttons:
        category = session.get(Category, button.category_id)  # checked above: from the identity map
        label = (button.label or "").strip()
        own_label = label if category is None or label != category.label else ""
        session.add(QuickButton(desk_id=desk_id, position=button.position, category_id=button.category_id,
                                label=own_label or None,
                                preset=button.preset or None))
    session.flush()
    after = [_audit_view(b) for b in configured_buttons(session, desk_id)]
    record(session, actor, "update", "quick_buttons", desk_id, {"buttons": [before, after]}, desk_id=desk_id)


def _audit_view(button: QuickButtonSpec) -> dict[str, Any]:
    return {"position": button.position, "category_id": button.category_id, "label": button.label,
            "preset": button.preset}
