"""``make bench``: citystack against the plain tools and its own targets, as ratios measured in one run.

Five measurements, each printed beside its target (issue 10), then one JSON line of them all:

1. a full cold build of every shipped figure (SVG, PNG, PDF, and the print variants) against the
   plain tools doing the same work in sequence: ``dot -Tsvg`` on each figure's DOT with its icon
   files beside it, then ``rsvg-convert`` of each SVG to PNG at the same dpi and to PDF;
2. a rebuild with nothing changed, and how many ``dot`` processes it started (a logging ``dot``
   first on PATH counts them);
3. one figure from a cold start (``citystack render paper-figure1``) against ``dot -Tsvg`` on its DOT;
4. ``check`` on generated models of 1,000, 10,000 and 100,000 elements with three relations each
   (one file each, written to a temporary folder, caps lifted by ``--max-elements`` and
   ``--max-file-mb``): time, peak memory, and the growth exponent between the last two;
5. ``citystack --help``.

Times are medians of a few runs (fewer once the bench has used most of its budget), so that it
ends within five minutes. A command's CPU time (user and system, of it and its children) is
shown beside its wall time: on a machine others share, wall time grows with their load and CPU
time does not, so the single-process targets (no-op, one figure, check, help) are judged on CPU
time; the cold build, parallel by design, on wall time against the plain tools timed just before.
The compare line (issue 8) follows the table. Targets are reported, never asserted: the exit
code is 0 unless a tool is missing (3).
"""

from __future__ import annotations

import json
import math
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from bench_compare import compare_line  # the compare line, kept in its own file (issue 8)
from generated import write_generated

REPO = Path(__file__).resolve().parents[2]
MODELS = REPO / "models"
#: Seconds after which every measurement takes one run only.
BUDGET = 150.0
CHECK_SIZES = (1_000, 10_000, 100_000)
DPI = 300


@dataclass(frozen=True)
class Measure:
    """One line of the table: what was measured, its value, the target and whether it is met."""

    key: str
    label: str
    value: float
    unit: str
    target: float | None = None

    @property
    def met(self) -> str:
        return "" if self.target is None else ("yes" if self.value <= self.target else "NO")


class Bench:
    """Runs commands and times them, with the budget shared by every measurement."""

    def __init__(self, folder: Path) -> None:
        self.folder = folder
        self.started = time.perf_counter()
        self.env = {**os.environ, "XDG_CACHE_HOME": str(folder / "xdg-cache"), "NO_COLOR": "1"}
        beside = Path(sys.executable).with_name("citystack")
        self.citystack = [str(beside)] if beside.exists() else [sys.executable, "-m", "citystack"]

    def over_budget(self) -> bool:
        return time.perf_counter() - self.started > BUDGET

    def median(self, action: Callable[[], object], rounds: int) -> float:
        """The median wall time of up to ``rounds`` runs; one run only once the budget is spent."""
        return self.medians(action, rounds)[0]

    def medians(self, action: Callable[[], object], rounds: int) -> tuple[float, float]:
        """Median wall time and median CPU time of the child processes, over up to ``rounds`` runs."""
        walls: list[float] = []
        cpus: list[float] = []
        while len(walls) < rounds and not (walls and self.over_budget()):
            before = os.times()
            started = time.perf_counter()
            action()
            walls.append(time.perf_counter() - started)
            after = os.times()
            cpus.append(after.children_user - before.children_user + after.children_system - before.children_system)
        return statistics.median(walls), statistics.median(cpus)

    def run(self, args: list[str], *, env: dict[str, str] | None = None, cwd: Path | None = None) -> None:
        result = subprocess.run(args, env=env or self.env, cwd=cwd or REPO, capture_output=True, check=False)
        if result.returncode != 0:
            raise SystemExit(f"bench: {' '.join(args[:4])} failed:\n{result.stderr.decode(errors='replace')}")

    def cli(self, *args: str, env: dict[str, str] | None = None) -> None:
        self.run([*self.citystack, *args], env=env)


def _plain_work() -> list[tuple[str, dict[str, bytes], tuple[str, ...]]]:
    """(DOT, icon files, derived formats) of every figure and theme a default build draws."""
    from citystack.build import BuildOptions, plan
    from citystack.build.options import VARIANT_FORMATS
    from citystack.build.tables import matrix_outputs
    from citystack.load import load_models
    from citystack.render.build_scene import scene_from_view
    from citystack.render.icons import greyed
    from citystack.render.pipeline import dot_source, scene_icons
    from citystack.render.themes import get_theme

    loaded = load_models([MODELS])
    by_path = {item.path: item for item in loaded}
    options = BuildOptions()
    themes = [
        (options.theme, ("png", "pdf")),
        *((v, tuple(f for f in VARIANT_FORMATS if f != "svg")) for v in options.variants),
    ]
    work = []
    for job in plan(loaded, options.theme):
        scene = scene_from_view(by_path[job.model_path], job.view_id)
        for name, derived in themes:
            theme = get_theme(name)
            icons = scene_icons(scene)
            if theme.greys_only:
                icons = {key: greyed(icon) for key, icon in icons.items()}
            work.append((dot_source(scene, theme, icons), {i.filename: i.data for i in icons.values()}, derived))

    def collect(matrix: object, formats: tuple[str, ...], *, theme: str, **_: object) -> object:
        from citystack.render.matrix import matrix_dot, matrix_scene
        from citystack.render.pipeline import RenderedFigure

        derived = tuple(f for f in formats if f in ("png", "pdf"))
        work.append((matrix_dot(matrix, get_theme(theme)), {}, derived))
        return RenderedFigure(scene=matrix_scene(matrix))

    variants = [(v, tuple(f for f in VARIANT_FORMATS if f in options.formats)) for v in options.variants]
    matrix_outputs(loaded, options.formats, variants, theme=options.theme, dpi=DPI, timeout=60, render=collect)
    return work


def _plain_tools(bench: Bench, dot: str, rsvg: str) -> float:
    """The plain tools doing the build's drawing work in sequence."""
    work = _plain_work()
    folder = bench.folder / "plain"

    def once() -> None:
        shutil.rmtree(folder, ignore_errors=True)
        folder.mkdir()
        for index, (source, icons, derived) in enumerate(work):
            for name, data in icons.items():
                (folder / name).write_bytes(data)
            svg = folder / f"figure-{index}.svg"
            drawn = subprocess.run([dot, "-Tsvg"], input=source.encode(), cwd=folder, capture_output=True, check=True)
            svg.write_bytes(drawn.stdout)
            if "png" in derived:
                subprocess.run(
                    [rsvg, "-f", "png", "-d", str(DPI), "-p", str(DPI), "-o", str(svg.with_suffix(".png")), str(svg)],
                    check=True,
                )
            if "pdf" in derived:
                subprocess.run([rsvg, "-f", "pdf", "-o", str(svg.with_suffix(".pdf")), str(svg)], check=True)

    return bench.median(once, 3)


def cold_build(bench: Bench, dot: str, rsvg: str) -> list[Measure]:
    out, cache = bench.folder / "out", bench.folder / "cache"

    def once() -> None:
        shutil.rmtree(out, ignore_errors=True)
        shutil.rmtree(cache, ignore_errors=True)
        bench.cli("build", "--models", str(MODELS), "--out", str(out), "--cache-dir", str(cache))

    built = bench.median(once, 3)
    plain = _plain_tools(bench, dot, rsvg)
    return [
        Measure("cold_build_s", "full cold build (svg, png, pdf)", built, "s"),
        Measure("plain_tools_s", "plain dot + rsvg-convert, same work", plain, "s"),
        Measure("cold_build_ratio", "cold build / plain tools", built / plain, "x", 1.0),
    ]


def noop_rebuild(bench: Bench, dot: str) -> list[Measure]:
    out, cache = bench.folder / "out", bench.folder / "cache"
    fake = bench.folder / "fake-bin"
    fake.mkdir(exist_ok=True)
    log = bench.folder / "dot.log"
    (fake / "dot").write_text(f'#!/bin/sh\necho run >> "{log}"\nexec "{dot}" "$@"\n', encoding="utf-8")
    (fake / "dot").chmod(0o755)
    env = {**bench.env, "PATH": f"{fake}{os.pathsep}{bench.env['PATH']}"}
    args = ("build", "--models", str(MODELS), "--out", str(out), "--cache-dir", str(cache))
    bench.cli(*args, env=env)  # a build with the logging dot fills the cache for its identity
    log.write_text("", encoding="utf-8")
    seconds, cpu = bench.medians(lambda: bench.cli(*args, env=env), 5)
    started = len(log.read_text(encoding="utf-8").splitlines())
    return [
        Measure("noop_rebuild_wall_s", "no-op rebuild, wall time", seconds, "s"),
        Measure("noop_rebuild_s", "no-op rebuild, CPU time", cpu, "s", 0.25),
        Measure("noop_dot_processes", "dot processes it started", started, "", 0),
    ]


def one_figure(bench: Bench, dot: str) -> list[Measure]:
    from citystack.load import resolve_model
    from citystack.render.build_scene import scene_from_view
    from citystack.render.pipeline import dot_source, scene_icons
    from citystack.render.themes import get_theme

    scene = scene_from_view(resolve_model("paper-figure1", MODELS))
    icons = scene_icons(scene)
    folder = bench.folder / "figure1"
    folder.mkdir(exist_ok=True)
    for icon in icons.values():
        (folder / icon.filename).write_bytes(icon.data)
    source = dot_source(scene, get_theme("default"), icons).encode()
    plain, plain_cpu = bench.medians(
        lambda: subprocess.run([dot, "-Tsvg"], input=source, cwd=folder, capture_output=True, check=True), 5
    )
    render, render_cpu = bench.medians(
        lambda: bench.cli("render", "paper-figure1", "--format", "svg", "--models", str(MODELS)), 5
    )
    return [
        Measure("render_one_wall_s", "citystack render paper-figure1 (svg), wall", render, "s"),
        Measure("plain_dot_one_wall_s", "plain dot -Tsvg on its DOT, wall", plain, "s"),
        Measure("render_one_wall_ratio", "one figure / plain dot, wall time", render / plain, "x"),
        Measure("render_one_s", "citystack render paper-figure1 (svg), CPU", render_cpu, "s"),
        Measure("plain_dot_one_s", "plain dot -Tsvg on its DOT, CPU", plain_cpu, "s"),
        Measure("render_one_ratio", "one figure / plain dot, CPU time", render_cpu / plain_cpu, "x", 8.0),
    ]


def _peak_run(args: list[str], env: dict[str, str]) -> tuple[float, float]:
    """CPU seconds and peak resident memory (MB) of one command."""
    process = subprocess.Popen(args, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    _, status, usage = os.wait4(process.pid, 0)
    seconds = usage.ru_utime + usage.ru_stime  # CPU time: what the command costs, whatever else runs
    if os.waitstatus_to_exitcode(status) != 0:
        raise SystemExit(
            f"bench: {' '.join(args[:3])} failed: {process.stderr.read().decode() if process.stderr else ''}"
        )
    return seconds, usage.ru_maxrss / 1024


def check_at_scale(bench: Bench) -> list[Measure]:
    measures = []
    times = {}
    for size in CHECK_SIZES:
        path = write_generated(bench.folder, size)
        args = [*bench.citystack, "check", str(path), "--max-elements", str(4 * size), "--max-file-mb", "1000"]
        runs = [_peak_run(args, bench.env)]
        while len(runs) < (1 if size > 10_000 else 3) and not bench.over_budget():
            runs.append(_peak_run(args, bench.env))
        seconds, peak = min(runs)
        times[size] = seconds
        path.unlink()
        target_s = 5.0 if size == CHECK_SIZES[-1] else None
        target_mb = 1024.0 if size == CHECK_SIZES[-1] else None
        measures.append(
            Measure(f"check_{size}_s", f"check {size:,} elements, {3 * size:,} relations, CPU", seconds, "s", target_s)
        )
        measures.append(Measure(f"check_{size}_mb", f"check {size:,} elements, peak memory", peak, "MB", target_mb))
    low, high = CHECK_SIZES[-2], CHECK_SIZES[-1]
    exponent = math.log(times[high] / times[low]) / math.log(high / low)
    measures.append(Measure("check_growth_exponent", f"growth exponent {low:,} -> {high:,}", exponent, "", 1.1))
    return measures


def help_time(bench: Bench) -> list[Measure]:
    seconds, cpu = bench.medians(lambda: bench.cli("--help"), 5)
    return [
        Measure("help_wall_s", "citystack --help, wall time", seconds, "s"),
        Measure("help_s", "citystack --help, CPU time", cpu, "s", 0.2),
    ]


def _show(measures: list[Measure]) -> None:
    print(f"{'measurement':50} {'value':>12} {'target':>10}  met")
    for m in measures:
        value = f"{m.value:.0f}" if m.unit == "" else f"{m.value:.3f} {m.unit}".strip()
        target = "" if m.target is None else f"<= {m.target:g}"
        print(f"{m.label:50} {value:>12} {target:>10}  {m.met}")
    line = {m.key: {"value": round(m.value, 4), "target": m.target} for m in measures}
    print(json.dumps(line, sort_keys=True))


def main() -> int:
    dot, rsvg = shutil.which("dot"), shutil.which("rsvg-convert")
    if dot is None or rsvg is None:
        sys.stderr.write("bench: dot and rsvg-convert are needed: run `make setup`\n")
        return 3
    with tempfile.TemporaryDirectory(prefix="citystack-bench-") as folder:
        bench = Bench(Path(folder))
        measures: list[Measure] = []
        for measurement in (
            lambda: cold_build(bench, dot, rsvg),
            lambda: noop_rebuild(bench, dot),
            lambda: one_figure(bench, dot),
            lambda: check_at_scale(bench),
            lambda: help_time(bench),
        ):
            found = measurement()
            measures += found
            for m in found:
                sys.stderr.write(f"bench: {m.label}: {m.value:.3f} {m.unit}\n")
        _show(measures)
    print(compare_line())
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
