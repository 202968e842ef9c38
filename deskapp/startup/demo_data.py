"""Realistic synthetic desk history, for trying the app and for benchmarks.

Shapes a real desk has: quiet mornings, a lunchtime and a late-afternoon peak, few enquiries at weekends,
IT peaks at the start of each semester (Wi-Fi, passwords, MFA), skills taken from the category mapping,
and referrals more likely when the person on the desk is below the skill's required level.
Rows go in with bulk statements on the raw driver connection (COPY on PostgreSQL): 1,000,000 enquiries
take well under a minute.
"""

from __future__ import annotations

import random
from bisect import bisect
from collections.abc import Callable
from dataclasses import dataclass
from datetime import UTC, date, datetime, time, timedelta
from itertools import accumulate
from typing import Any, TypeVar
from zoneinfo import ZoneInfo

from sqlalchemy import func, select, text
from sqlalchemy.orm import Session

from deskapp.db import Database, rollup
from deskapp.db.core import driver_connection
from deskapp.db.models import (
    Category,
    CategorySkill,
    Channel,
    Desk,
    DeskSession,
    DurationBand,
    Enquiry,
    EnquirySkill,
    Outcome,
    PatronType,
    ReferralTarget,
    Skill,
    Staff,
    StaffSkill,
)
from deskapp.platform.i18n import _

FIRST_NAMES = ["Aisha", "Ben", "Chloe", "Dev", "Emma", "Finn", "Grace", "Hamid", "Isla", "Jonas", "Kiri",
               "Liam", "Maja", "Noah", "Olivia", "Priya", "Quinn", "Rosa", "Sam", "Tariq", "Uma", "Viktor",
               "Wen", "Xavier", "Yara", "Zoe", "Ana", "Bo", "Cato", "Dana"]
LAST_NAMES = ["Ahmed", "Brown", "Christensen", "Davies", "Evans", "Fischer", "Garcia", "Hansen", "Ito",
              "Jensen", "Kaur", "Larsen", "Murphy", "Nielsen", "O'Brien", "Patel", "Quinn", "Roberts",
              "Singh", "Taylor", "Ueda", "Volkov", "Williams", "Xu", "Young", "Zhang"]
DESK_NAMES = ["Main Library – Ground floor desk", "Science Library – Help point", "Law Library – Desk"]
NOTE_SNIPPETS = ["Forgot and re-added the network profile.", "Showed the self-service reset page.",
                 "Walked through the catalogue search.", "Booked a group room for the afternoon.",
                 "Printer queue cleared.", "Explained the renewal limit.", "Sent to the subject librarian.",
                 "Laptop would not see the network; referred.", "Set up the authenticator app."]

# Relative enquiry volume by hour of day (08:00-21:00): quiet morning, lunch peak, late-afternoon peak.
HOUR_WEIGHTS = {8: 3, 9: 5, 10: 7, 11: 9, 12: 13, 13: 14, 14: 10, 15: 11, 16: 13, 17: 12, 18: 8, 19: 6,
                20: 4, 21: 2}
WEEKDAY_WEIGHTS = [1.0, 1.05, 1.0, 0.95, 0.8, 0.25, 0.2]  # Monday .. Sunday
SEMESTER_STARTS = [(9, 15), (2, 1)]  # (month, day): IT peaks in the following three weeks
IT_PEAK_CATEGORIES = {"it-wifi": 4.0, "it-password": 3.0, "it-mfa": 3.0, "it-lms": 2.0}
BASE_CATEGORY_WEIGHT = {"lib-directional": 9, "lib-circulation": 10, "lib-known-item": 8, "lib-printing": 9,
                        "it-wifi": 9, "it-password": 7, "it-own-device-print": 6, "lib-rooms": 5}
CHANNEL_WEIGHTS = {"in-person": 70, "phone": 10, "email": 8, "chat": 9, "roaming": 3}
PATRON_WEIGHTS = {"undergraduate": 60, "postgraduate": 20, "academic-staff": 7, "professional-staff": 5,
                  "visitor": 8}


@dataclass(frozen=True)
class DemoSummary:
    staff: int
    desks: int
    enquiries: int
    enquiry_skills: int
    desk_sessions: int
    first_day: date
    last_day: date


_Item = TypeVar("_Item")


def _weighted(rng: random.Random, items: list[_Item], weights: list[float]) -> Callable[[], _Item]:
    cumulative = list(accumulate(weights))
    total = cumulative[-1]
    return lambda: items[bisect(cumulative, rng.random() * total)]


def _ensure_staff(session: Session, rng: random.Random, wanted: int) -> list[Staff]:
    existing = list(session.scalars(select(Staff).order_by(Staff.id)))
    taken = {s.initials for s in existing}
    while len(existing) < wanted:
        first, last = rng.choice(FIRST_NAMES), rng.choice(LAST_NAMES)
        initials = (first[0] + last[0]).upper()
        suffix = 2
        base = initials
        while initials in taken:
            initials = f"{base}{suffix}"
            suffix += 1
        taken.add(initials)
        role = "leader" if len(existing) in (0, 1) else "staff"
        person = Staff(name=f"{first} {last}", initials=initials, role=role)
        session.add(person)
        existing.append(person)
    _give_demo_credentials(existing)
    session.flush()
    return existing


DEMO_PIN = "1234"
DEMO_LEADER_PASSWORD = "leader-pass"


def _give_demo_credentials(people: list[Staff]) -> None:
    """Demo staff can sign in: PIN 1234, leaders password "leader-pass". Only people without a credential;
    each secret is hashed once and the hash reused (Argon2 is deliberately slow)."""
    from deskapp.people.auth import hash_secret

    hashes: dict[str, str] = {}
    for person in people:
        if person.credential_hash:
            continue
        kind, secret = ("pin", DEMO_PIN) if person.role == "staff" else ("password", DEMO_LEADER_PASSWORD)
        if kind not in hashes:
            hashes[kind] = hash_secret(secret)
        person.credential_kind, person.credential_hash = kind, hashes[kind]


def _ensure_desks(session: Session, count: int) -> list[Desk]:
    desks = []
    for name in DESK_NAMES[:count]:
        desk = session.scalars(select(Desk).where(Desk.name == name)).one_or_none()
        if desk is None:
            desk = Desk(name=name)
            session.add(desk)
        desks.append(desk)
    session.flush()
    return desks


def _ensure_proficiency(session: Session, rng: random.Random, staff: list[Staff], skills: list[Skill],
                        now: datetime) -> dict[tuple[int, int], int]:
    """Varied proficiency: most people solid on library skills, IT skills spread thin, a few experts."""
    levels: dict[tuple[int, int], int] = {
        (row.staff_id, row.skill_id): row.confirmed_level or 0 for row in session.scalars(select(StaffSkill))
    }
    leader = staff[0]
    for person in staff:
        strength = rng.random()
        for skill in skills:
            if (person.id, skill.id) in levels:
                continue
            it_skill = skill.key.startswith(("eduroam", "password", "mfa", "email", "lms", "print-", "laptop",
                                             "software", "device", "vpn", "cloud", "av-", "id-card"))
            base = 1.5 + 2 * strength - (1.0 if it_skill else 0.0)
            level = max(0, min(4, round(rng.gauss(base, 1.0))))
            self_level = max(0, min(4, level + rng.choice([-1, 0, 0, 1])))
            session.add(StaffSkill(staff_id=person.id, skill_id=skill.id, self_level=self_level,
                                   self_assessed_at=now, confirmed_level=level, confirmed_by_id=leader.id,
                                   confirmed_at=now))
            levels[(person.id, skill.id)] = level
    session.flush()
    return levels


def _semester_boost(day: date) -> bool:
    for month, mday in SEMESTER_STARTS:
        start = date(day.year, month, mday)
        if timedelta(0) <= day - start < timedelta(days=21):
            return True
    return False


def _fmt(moment: datetime) -> str:
    """SQLAlchemy's SQLite storage format for DateTime (naive UTC)."""
    return moment.isoformat(" ", "microseconds")


def generate(db: Database, *, enquiries: int, staff: int = 25, days: int = 365, seed: int = 1,
             tz: str | None = None, today: date | None = None) -> DemoSummary:
    """Add `enquiries` synthetic enquiries over the last `days` days (plus staff, desks, shifts)."""
    if enquiries < 0 or staff < 1 or days < 1:
        raise ValueError(_("enquiries must be >= 0, staff and days >= 1"))
    rng = random.Random(seed)
    zone = ZoneInfo(tz) if tz else datetime.now().astimezone().tzinfo
    today = today or datetime.now(zone).date()
    first_day = today - timedelta(days=days - 1)
    now = datetime.now(UTC)

    with db.write() as session:
        people = _ensure_staff(session, rng, staff)
        desks = _ensure_desks(session, 2 if enquiries < 2_000_000 else 3)
        skills = list(session.scalars(select(Skill).where(Skill.active)))
        if not skills:
            raise ValueError(_("the database has no skills: run `deskapp db upgrade` first to seed it"))
        levels = _ensure_proficiency(session, rng, people, skills, now)
        categories = list(session.scalars(select(Category).where(Category.pickable)))
        mapping: dict[int, list[int]] = {}
        candidates: dict[int, list[int]] = {}  # one of them per enquiry, as a person picks one on the form
        for cat_id, skill_id, candidate in session.execute(
                select(CategorySkill.category_id, CategorySkill.skill_id, CategorySkill.candidate)
                .order_by(CategorySkill.category_id, CategorySkill.skill_id)):
            (candidates if candidate else mapping).setdefault(cat_id, []).append(skill_id)
        required = {s.id: s.required_level for s in skills}
        keyed: tuple[type[Channel | PatronType | DurationBand | Outcome | ReferralTarget], ...] = (
            Channel, PatronType, DurationBand, Outcome, ReferralTarget)
        ids = {model: {key: row_id for key, row_id in session.execute(select(model.key, model.id))}
               for model in keyed}
        next_id = (session.scalar(select(func.max(Enquiry.id))) or 0) + 1
        next_session_id = (session.scalar(select(func.max(DeskSession.id))) or 0) + 1

    # --- samplers ---------------------------------------------------------------------------------------
    day_list = [first_day + timedelta(days=i) for i in range(days)]
    day_weights = [WEEKDAY_WEIGHTS[d.weekday()] * (1.3 if _semester_boost(d) else 1.0) for d in day_list]
    pick_day_index = _weighted(rng, list(range(days)), day_weights)
    hours = list(HOUR_WEIGHTS)
    pick_hour = _weighted(rng, hours, [float(w) for w in HOUR_WEIGHTS.values()])
    cat_keys = {c.id: c.key for c in categories}
    normal_weights = [float(BASE_CATEGORY_WEIGHT.get(c.key, 3)) for c in categories]
    peak_weights = [w * IT_PEAK_CATEGORIES.get(c.key, 1.0) for c, w in zip(categories, normal_weights, strict=True)]
    cat_ids = [c.id for c in categories]
    pick_cat_normal = _weighted(rng, cat_ids, normal_weights)
    pick_cat_peak = _weighted(rng, cat_ids, peak_weights)
    pick_channel = _weighted(rng, [ids[Channel][k] for k in CHANNEL_WEIGHTS], list(CHANNEL_WEIGHTS.values()))
    pick_patron = _weighted(rng, [ids[PatronType][k] for k in PATRON_WEIGHTS], list(PATRON_WEIGHTS.values()))
    pick_read = _weighted(rng, [1, 2, 3, 4, 5, 6], [30, 35, 20, 9, 4, 2])
    band_for_read = {1: "0-5", 2: "0-5", 3: "5-10", 4: "10-20", 5: "20+", 6: "20+"}
    outcome = ids[Outcome]
    targets = list(ids[ReferralTarget].values())
    semester_days = {i for i, d in enumerate(day_list) if _semester_boost(d)}

    # Rota: each desk has two people per four-hour shift, drawn from a stable weekly pattern.
    shift_starts = [8, 12, 16, 20]
    rota: dict[tuple[int, int, int], tuple[int, int]] = {}
    for desk in desks:
        for weekday in range(7):
            for shift in shift_starts:
                pair = rng.sample(people, 2)
                rota[(desk.id, weekday, shift)] = (pair[0].id, pair[1].id)
    # An aware datetime always has an offset; `or` only tells the type checker so.
    offsets = {i: datetime.combine(d, time(12), zone).utcoffset() or timedelta(0) for i, d in enumerate(day_list)}
    # No enquiry in the future: the last generated one is before now (or the end of `today` if given).
    latest = datetime.now(zone).replace(tzinfo=None) if today == datetime.now(zone).date() else datetime.max

    is_sqlite = db.is_sqlite
    drafts: list[tuple[Any, ...]] = []
    enquiry_rows: list[tuple[Any, ...]] = []
    skill_rows: list[tuple[int, int]] = []
    desk_ids = [d.id for d in desks]
    desk_weights = [1.0, 0.55, 0.35][: len(desks)]
    pick_desk = _weighted(rng, desk_ids, desk_weights)
    random_ = rng.random
    randrange = rng.randrange
    for _row in range(enquiries):
        day_index = pick_day_index()
        day = day_list[day_index]
        hour = pick_hour()
        if day.weekday() >= 5 and not 10 <= hour < 18:
            hour = 10 + randrange(8)  # weekend opening hours
        minute, second = randrange(60), randrange(60)
        local = datetime(day.year, day.month, day.day, hour, minute, second)
        if local > latest and day_index >= 7:
            # Later today has not happened yet: the same hour a week earlier keeps the weekly shape.
            day_index -= 7
            day = day_list[day_index]
            local = datetime(day.year, day.month, day.day, hour, minute, second)
        asked = local - offsets[day_index]
        desk_id = pick_desk()
        shift = shift_starts[min(3, (hour - 8) // 4)]
        staff_id = rota[(desk_id, day.weekday(), shift)][randrange(2)]
        category_id = pick_cat_peak() if day_index in semester_days else pick_cat_normal()
        read = pick_read()
        used = mapping.get(category_id, [])
        if len(used) > 2:
            used = rng.sample(used, 1 + randrange(2))
        choices = candidates.get(category_id)
        if choices:
            used = [*used, choices[randrange(len(choices))]]
        below = any(levels.get((staff_id, s), 0) < required[s] for s in used)
        refer_p = (0.05 if read <= 2 else 0.2) + (0.25 if below else 0.0)
        roll = random_()
        target = None
        if roll < refer_p:
            if cat_keys[category_id].startswith("it-") and random_() < 0.5:
                outcome_id = outcome["escalated-it"]
            elif random_() < 0.5:
                outcome_id = outcome["referred-colleague"]
            else:
                outcome_id = outcome["referred-specialist"]
                target = targets[randrange(len(targets))]
        elif roll < refer_p + 0.03:
            outcome_id = outcome["follow-up"]
        else:
            outcome_id = outcome["resolved"]
        entered = asked + timedelta(seconds=randrange(5, 180) if random_() < 0.9 else randrange(600, 7200))
        note = NOTE_SNIPPETS[randrange(len(NOTE_SNIPPETS))] if random_() < 0.08 else ""
        hour_of_week = day.weekday() * 24 + hour
        drafts.append((asked, entered, day, hour_of_week, staff_id, desk_id, category_id, pick_channel(),
                       pick_patron(), read, ids[DurationBand][band_for_read[read]], outcome_id, target, note, used))

    # Ids follow time, as on a real desk; inserting in time order also keeps the B-tree indexes appending.
    drafts.sort(key=lambda draft: draft[0])
    for enquiry_id, (asked, entered, day, *coded, used) in enumerate(drafts, start=next_id):
        if is_sqlite:
            times = (_fmt(asked), _fmt(entered), day.isoformat())
        else:
            times = (asked.replace(tzinfo=UTC), entered.replace(tzinfo=UTC), day)
        enquiry_rows.append((enquiry_id, *times, *coded))
        for skill_id in used:
            skill_rows.append((enquiry_id, skill_id))
    del drafts

    # Desk sessions (who was signed in when) for every shift of every day, for coverage reports.
    session_rows: list[tuple[Any, ...]] = []
    sid = next_session_id
    for day_index, day in enumerate(day_list):
        open_shifts = [12, 16] if day.weekday() >= 5 else shift_starts
        for desk in desks:
            for shift in open_shifts:
                start = datetime.combine(day, time(shift)) - offsets[day_index]
                end = start + timedelta(hours=4 if day.weekday() < 5 else 3)
                for person_id in rota[(desk.id, day.weekday(), shift)]:
                    values: tuple[Any, ...]
                    if is_sqlite:
                        values = (sid, person_id, desk.id, _fmt(start), _fmt(end), _fmt(end))
                    else:
                        s, e = start.replace(tzinfo=UTC), end.replace(tzinfo=UTC)
                        values = (sid, person_id, desk.id, s, e, e)
                    session_rows.append(values)
                    sid += 1

    _bulk_insert(db, enquiry_rows, skill_rows, session_rows)
    return DemoSummary(len(people), len(desks), len(enquiry_rows), len(skill_rows), len(session_rows),
                       first_day, today)


ENQUIRY_COLUMNS = ("id", "asked_at", "entered_at", "asked_local_date", "asked_hour_of_week", "staff_id",
                   "desk_id", "category_id", "channel_id", "patron_type_id", "read_level", "duration_band_id",
                   "outcome_id", "referral_target_id", "notes")
SESSION_COLUMNS = ("id", "staff_id", "desk_id", "signed_in_at", "last_seen_at", "signed_out_at")


def _bulk_insert(db: Database, enquiry_rows: list[tuple[Any, ...]], skill_rows: list[tuple[int, int]],
                 session_rows: list[tuple[Any, ...]]) -> None:
    tables = [(Enquiry.__tablename__, ENQUIRY_COLUMNS, enquiry_rows),
              (EnquirySkill.__tablename__, ("enquiry_id", "skill_id"), skill_rows),
              (DeskSession.__tablename__, SESSION_COLUMNS, session_rows)]
    with db.write() as session:
        connection = session.connection()
        raw = driver_connection(connection.connection)
        if db.is_sqlite:
            cursor = raw.cursor()
            cursor.execute("PRAGMA cache_size = -262144")  # 256 MiB while the indexes grow
            for table, columns, rows in tables:
                marks = ", ".join("?" for _ in columns)
                cursor.executemany(f"INSERT INTO {table} ({', '.join(columns)}) VALUES ({marks})", rows)
            cursor.execute("PRAGMA cache_size = -2000")  # back to SQLite's default for this pooled connection
            cursor.close()
        else:
            with raw.cursor() as cursor:
                for table, columns, rows in tables:
                    with cursor.copy(f"COPY {table} ({', '.join(columns)}) FROM STDIN") as copy:
                        for row in rows:
                            copy.write_row(row)
                # COPY with explicit ids leaves the id sequences behind: move them past the new rows,
                # or the next enquiry logged at a desk would collide with a generated one.
                for table in (Enquiry.__tablename__, DeskSession.__tablename__):
                    cursor.execute(f"SELECT setval(pg_get_serial_sequence('{table}', 'id'), "
                                   f"COALESCE((SELECT max(id) FROM {table}), 1))")
        for hook in AFTER_BULK_LOAD:
            hook(session)
    if not db.is_sqlite:
        with db.engine.begin() as conn:
            conn.execute(text("ANALYZE"))


# Areas that keep derived tables (report rollups, search indexes) register a rebuild here.
AFTER_BULK_LOAD: list[Callable[[Session], None]] = []

# Report rollups are recounted from the raw rows once, rather than per inserted enquiry.
AFTER_BULK_LOAD.append(rollup.rebuild)
