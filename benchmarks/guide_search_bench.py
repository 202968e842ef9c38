"""Guide search over a generated corpus: p95 of a mixed query load must stay under 20 ms at 10,000 guides.

    python -m benchmarks.guide_search_bench [--guides 10000] [--rounds 20] [--db PATH_OR_URL]

Functions for the benchmark suite:
- `generate_guides(db, count, seed)`: N realistic guides (200-800 words from a desk vocabulary with a
  Zipf-like spread, so some words are in every guide and some in one) written into `db`, then indexed.
- `query_mix()`: (kind, query) pairs: rare term, common term (in every guide), typo, prefix, several words.
- `measure(db, rounds, limit)`: run the mix `rounds` times through `search_guides`; `Samples` of wall-clock
  and CPU milliseconds by kind (CPU time shows how much of the wall time a busy machine added).
- `run(path_or_url, guides, rounds)`: a fresh migrated database (SQLite file or PostgreSQL URL),
  generate, measure; returns the `Samples`.
"""

from __future__ import annotations

import argparse
import os
import random
import tempfile
import time
from dataclasses import dataclass, field
from itertools import accumulate
from pathlib import Path

from sqlalchemy import func, insert, select

from benchmarks.harness import Stats
from deskapp.db import Database
from deskapp.db.migrate import upgrade
from deskapp.db.models import Guide
from deskapp.guides.search import reindex_all, search_guides

BUDGET_P95_MS = 20.0


def _words(text: str) -> list[str]:
    return text.split()


# Words a desk guide uses, roughly from most to least frequent; the generator draws with Zipf weights.
COMMON = _words("""
the to and a of you it is on in if that for with this or not then be are as they can step patron check
ask open their select click from your at will settings screen account
""")
DESK = _words("""
password reset eduroam wifi network laptop phone android iphone ipad windows mac macos printer print
printing scan copier email outlook calendar mfa authenticator app code sign university library loan
renew reserve hold interlibrary request room booking projector hdmi adapter sound cable catalogue shelf
item record citation zotero endnote reference word plugin ebook download pdf licence install office
software update restart browser cache cookies vpn remote access off campus database journal article
proxy login portal certificate profile forget rejoin domain username expired locked unlock self service
desk colleague refer escalate log outcome resolved ticket queue release card balance top up colour
duplex tray toner paper jam usb stick folder file onedrive sync recycle bin version history storage
quota upload submit assignment deadline learning system course module grade similarity feedback
accessible keyboard mouse monitor charger battery power adapter bluetooth pairing hotspot guest setup
installer configuration assistant timezone clock date error message warning blocked charge fine payment
receipt policy privacy notes shadow training new starter buddy rota shift opening closing till float
cash counter returns trolley sorting label barcode
""")
GENERIC = _words("""
usually sometimes often first next again later before after until while because although whether quickly
slowly carefully gently clearly exactly nearly almost already still only also even just perhaps make
take give find keep show tell turn try use need want look seem feel leave call move live believe hold
bring happen write provide sit stand lose pay meet include continue set learn change lead understand
watch follow stop create speak read allow add spend grow offer remember love consider appear buy wait
serve die send expect build stay fall cut reach kill remain suggest raise pass sell require report
decide pull
""")
ERROR_CODES = [f"0x8{n:07x}" for n in range(40)]
MODELS = ["m607", "c3530", "x2200", "b405", "mx710", "p3145", "im4000", "e877", "versalink", "altalink"]


def _vocabulary() -> tuple[list[str], list[float]]:
    words = COMMON + DESK + GENERIC
    weights = [1.0 / (rank + 8) for rank in range(len(words))]
    return words, list(accumulate(weights))


def _sentence(rng: random.Random, words: list[str], cumulative: list[float], length: int) -> str:
    picked = rng.choices(words, cum_weights=cumulative, k=length)
    return picked[0].capitalize() + " " + " ".join(picked[1:]) + "."


def make_guide(rng: random.Random, number: int, words: list[str], cumulative: list[float]) -> dict:
    """One guide of 200-800 words in numbered steps, with a few rare words (a model, an error code, a tag)."""
    topic = rng.sample(DESK, 3)
    title = f"{topic[0].capitalize()} {topic[1]} {topic[2]} for {rng.choice(['students', 'staff', 'visitors'])}"
    rare = f"{rng.choice(MODELS)}r{number}"  # a word in this guide only, like a device serial or room code
    target_words = rng.randint(200, 800)
    steps: list[str] = []
    count = 0
    while count < target_words:
        sentences = [_sentence(rng, words, cumulative, rng.randint(6, 16)) for _ in range(rng.randint(2, 5))]
        if rng.random() < 0.2:
            sentences.append(f"If the message says {rng.choice(ERROR_CODES)}, restart and try again.")
        if rng.random() < 0.1:
            sentences.append(f"Note the reference {rare} on the handover.")
        text = " ".join(sentences)
        count += len(text.split())
        steps.append(f"## {len(steps) + 1}. {_sentence(rng, DESK, list(accumulate([1.0] * len(DESK))), 3)[:-1]}"
                      f"\n{text}\n")
    body = "Always remember the basics before you start.\n\n" + "\n".join(steps)
    return {"key": f"bench-{number}", "title": title, "summary": _sentence(rng, words, cumulative, 18),
            "body": body, "tags": ", ".join([*rng.sample(DESK, 4), rare]), "status": "published",
            "current_version": 1, "customised": False}


def generate_guides(db: Database, count: int, seed: int = 1) -> int:
    """Write `count` generated guides into `db` and build their search index. Returns the guides indexed."""
    rng = random.Random(seed)
    words, cumulative = _vocabulary()
    with db.write() as session:
        start = (session.scalar(select(func.count()).select_from(Guide)) or 0) + 1
        batch = []
        for number in range(start, start + count):
            batch.append(make_guide(rng, number, words, cumulative))
            if len(batch) == 1000:
                session.execute(insert(Guide), batch)
                batch = []
        if batch:
            session.execute(insert(Guide), batch)
        return reindex_all(session)


def query_mix() -> list[tuple[str, str]]:
    return [
        ("rare", "m607r42"), ("rare", "0x8000001b"), ("rare", "versalink"),
        ("common", "the"), ("common", "patron"), ("common", "check the settings"),
        ("typo", "eduraom"), ("typo", "pasword"), ("typo", "certifcate"), ("typo", "projecter hdmi"),
        ("prefix", "edur"), ("prefix", "print"), ("prefix", "passw"),
        ("words", "reset password laptop"), ("words", "eduroam android certificate"), ("words", "scan email"),
    ]


@dataclass
class Samples:
    wall: dict[str, list[float]] = field(default_factory=dict)  # ms per query, by kind
    cpu: dict[str, list[float]] = field(default_factory=dict)  # this process's CPU ms (shows a busy machine)


def measure(db: Database, rounds: int = 20, limit: int = 10) -> Samples:
    samples = Samples()
    mix = query_mix()
    with db.read() as session:
        for _kind, query in mix:  # warm the page cache and the statement cache once
            search_guides(session, query, limit)
        for _ in range(rounds):
            for kind, query in mix:
                cpu, wall = time.process_time_ns(), time.perf_counter_ns()
                search_guides(session, query, limit)
                samples.wall.setdefault(kind, []).append((time.perf_counter_ns() - wall) / 1e6)
                samples.cpu.setdefault(kind, []).append((time.process_time_ns() - cpu) / 1e6)
    return samples


def run(path_or_url: str | None, guides: int, rounds: int, log=print) -> Samples:
    with tempfile.TemporaryDirectory() as scratch:
        db = Database(path_or_url or str(Path(scratch) / "guides-bench.sqlite3"))
        try:
            upgrade(db)
            started = time.perf_counter()
            indexed = generate_guides(db, guides)
            log(f"generated and indexed {indexed:,} guides in {time.perf_counter() - started:.1f} s "
                f"({db.engine.dialect.name})")
            return measure(db, rounds)
        finally:
            db.dispose()


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m benchmarks.guide_search_bench", description=__doc__.split("\n")[0])
    parser.add_argument("--guides", type=int, default=10_000)
    parser.add_argument("--rounds", type=int, default=20)
    parser.add_argument("--db", help="an empty database URL (PostgreSQL) instead of a temporary SQLite file")
    args = parser.parse_args(argv)
    samples = run(args.db, args.guides, args.rounds)
    load = os.getloadavg()[0] if hasattr(os, "getloadavg") else float("nan")
    print(f"{'queries':<8} {'n':>5} {'median':>8} {'p95':>8} {'max':>8} {'cpu p95':>8}  (ms; load average "
          f"{load:.1f} on {os.cpu_count()} CPUs)")
    every_wall = [ms for values in samples.wall.values() for ms in values]
    every_cpu = [ms for values in samples.cpu.values() for ms in values]
    for kind, wall, cpu in [*((k, samples.wall[k], samples.cpu[k]) for k in samples.wall),
                            ("all", every_wall, every_cpu)]:
        stats = Stats.of(wall)
        print(f"{kind:<8} {stats.n:>5} {stats.median:>8.2f} {stats.p95:>8.2f} {stats.max:>8.2f} "
              f"{Stats.of(cpu).p95:>8.2f}")
    p95 = Stats.of(every_wall).p95
    verdict = "met" if p95 < BUDGET_P95_MS else "MISSED"
    print(f"p95 over all queries: {p95:.2f} ms (budget < {BUDGET_P95_MS:.0f} ms: {verdict})")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
