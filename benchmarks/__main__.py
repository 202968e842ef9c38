"""`python -m benchmarks [--quick]`: measure the performance budget and write results.md + results.json.

The full run generates (once, then caches under benchmarks/data/) databases of 1,000,000 and 5,000,000
demo enquiries and takes several minutes; `--quick` is a smoke run on tiny databases that checks the suite
still works (CI runs it; its figures mean nothing).
"""

from __future__ import annotations

import argparse
import json
import os
import shlex
import shutil
import sys
import tempfile
import time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from benchmarks.config import Config, Context  # the platform must be set before Qt loads
from benchmarks.data import DEFAULT_DATA_DIR, DataStore
from benchmarks.harness import Measurement, measurement_from_json
from benchmarks.output import machine, now_text, write_json, write_markdown
from benchmarks.steps import STEPS
from benchmarks.suite import run_step

HERE = Path(__file__).resolve().parent


def parse_args(argv: list[str] | None) -> argparse.Namespace:
    parser = argparse.ArgumentParser(prog="python -m benchmarks", description=__doc__.splitlines()[0])
    parser.add_argument("--quick", action="store_true", help="smoke run on tiny databases (for CI)")
    parser.add_argument("--only", metavar="STEP[,STEP]",
                        help=f"run only these steps: {', '.join(step.key for step in STEPS)}")
    parser.add_argument("--out-dir", type=Path,
                        help="where results.md/results.json go (default: benchmarks/, or benchmarks/data/quick/ "
                             "with --quick)")
    parser.add_argument("--data-dir", type=Path, default=DEFAULT_DATA_DIR, help="database cache folder")
    parser.add_argument("--fresh-data", action="store_true",
                        help="regenerate the cached databases (after a change to the generator or the rollups)")
    parser.add_argument("--small", type=int, metavar="N", help="enquiries in the main database")
    parser.add_argument("--large", type=int, metavar="N", help="enquiries in the large database")
    return parser.parse_args(argv)


def keep_earlier_rows(path: Path, fresh: list[Measurement], repeated: set[str]) -> list[Measurement]:
    """With --only, keep the earlier results of the other steps, in the order of the steps."""
    if not path.exists():
        return fresh
    earlier = [measurement_from_json(row) for row in json.loads(path.read_text(encoding="utf-8"))["measurements"]]
    kept = [m for m in earlier if m.key.split(".")[0] not in repeated]
    order = {step.key: index for index, step in enumerate(STEPS)}
    return sorted(kept + fresh, key=lambda m: order.get(m.key.split(".")[0], len(order)))


def main(argv: list[str] | None = None) -> int:
    args = parse_args(argv)
    config = (Config.quick_run() if args.quick else Config.full()).with_sizes(args.small, args.large)
    out_dir = args.out_dir or (DEFAULT_DATA_DIR / "quick" if args.quick else HERE)
    out_dir.mkdir(parents=True, exist_ok=True)
    wanted = set(args.only.split(",")) if args.only else None
    if wanted and (unknown := wanted - {step.key for step in STEPS}):
        print(f"unknown step(s): {', '.join(sorted(unknown))}", file=sys.stderr)
        return 2

    def log(message: str) -> None:
        print(message, flush=True)

    started = time.perf_counter()
    load_before = os.getloadavg()
    work_dir = Path(tempfile.mkdtemp(prefix="deskapp-bench-"))
    data = DataStore(args.data_dir, log=log, fresh=args.fresh_data)
    ctx = Context(config, data, work_dir, log)
    measurements = []
    try:
        for step in STEPS:
            if wanted and step.key not in wanted:
                continue
            log(f"[{time.strftime('%H:%M:%S')}] {step.key} ...")
            step_started = time.perf_counter()
            rows = run_step(step, ctx)
            measurements += rows
            for row in rows:
                shown = f"{row.stats.median:.3g} {row.unit}" if row.stats else ""
                figure = f"not available: {row.unavailable}" if row.unavailable else shown
                log(f"    {row.title}: {figure} [{row.verdict}]")
            log(f"    ({time.perf_counter() - step_started:.0f} s)")
    finally:
        shutil.rmtree(work_dir, ignore_errors=True)
        data.clean_scratch()

    for size, seconds in sorted(data.generation_seconds.items()):
        ctx.notes.append(f"generated {size:,} demo enquiries in {seconds:.0f} s this run")
    meta = {
        "command": "python -m benchmarks " + " ".join(shlex.quote(a) for a in (argv or sys.argv[1:])),
        "quick": config.quick,
        "finished_at": now_text(),
        "duration_s": time.perf_counter() - started,
        "machine": machine(),
        "load_average": {"start": load_before, "end": os.getloadavg()},
        "config": config.__dict__,
        "data": [f"databases: `deskapp demo-data --seed 1`, cached in {args.data_dir.name}/ under the key "
                 f"{data.key}", *ctx.notes],
    }
    if wanted and (out_dir / "results.json").exists():
        earlier = json.loads((out_dir / "results.json").read_text(encoding="utf-8"))
        measurements = keep_earlier_rows(out_dir / "results.json", measurements, wanted)
        meta["command"] = f"{earlier.get('command', '?')}`, then `{meta['command']}"
    write_json(out_dir / "results.json", measurements, meta)
    write_markdown(out_dir / "results.md", measurements, meta)
    log(f"wrote {out_dir / 'results.md'} and {out_dir / 'results.json'}")
    return 0


if __name__ == "__main__":
    code = main()
    # Leave without interpreter finalisation: Qt objects the wrapped benchmarks keep for the whole process
    # (a QCoreApplication, models) can crash shiboken's teardown ("none_dealloc") after the results are
    # written, which would turn a good run into a failed one.
    sys.stdout.flush()
    sys.stderr.flush()
    os._exit(code)
