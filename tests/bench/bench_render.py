"""Benchmark: what citystack's render costs over plain ``dot -Tsvg`` on the same DOT, as ratios of one run.

Run with ``make bench``. Prints, for every shipped view, the time of plain ``dot -Tsvg`` on the
figure's DOT, of ``citystack`` SVG (guarded dot plus post-processing), of PNG and of PDF, and the
ratio of each to plain dot. Ratios compare runs made one after another on the same machine.
"""

from __future__ import annotations

import shutil
import subprocess
import sys
import time
from pathlib import Path

from bench_compare import compare_line  # the compare line, kept in its own file (issue 8)

from citystack.load import load_models
from citystack.render import dot_source, get_theme, scene_from_view
from citystack.render.pipeline import render_scene, scene_icons

REPO = Path(__file__).resolve().parents[2]
ROUNDS = 3


def _best(action) -> float:
    times = []
    for _ in range(ROUNDS):
        started = time.perf_counter()
        action()
        times.append(time.perf_counter() - started)
    return min(times)


def main() -> int:
    dot = shutil.which("dot")
    if dot is None:
        sys.stderr.write("dot is not installed: run `make setup`\n")
        return 3
    print(f"{'figure':40} {'dot -Tsvg':>10} {'svg':>8} {'png':>8} {'pdf':>8}   (ratios to plain dot)")
    for item in load_models([REPO / "models"]):
        for view in item.model.views:
            scene = scene_from_view(item, view)
            source = dot_source(scene, get_theme("default"), scene_icons(scene)).encode()
            timings = [_best(lambda s=source: subprocess.run([dot, "-Tsvg"], input=s, capture_output=True, check=True))]
            for fmt in ("svg", "png", "pdf"):
                timings.append(_best(lambda f=fmt, sc=scene: render_scene(sc, [f])))
            plain = timings[0]
            ratios = " ".join(f"{t / plain:7.2f}x" for t in timings[1:])
            print(f"{scene.figure_id:40} {plain * 1000:8.0f}ms {ratios}")
    print(compare_line())
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
