"""The one guarded way citystack runs ``dot`` and ``rsvg-convert``: time, memory and files bounded.

``dot`` runs in its own process group with an address-space cap, no core dumps, a private
working folder holding only the icons it may read (``GV_FILE_PATH``), and ``SERVER_NAME`` set so
that it reads no other file. On timeout the whole group is killed; its stderr is reported.
"""

from __future__ import annotations

import contextlib
import math
import os
import resource
import shutil
import signal
import subprocess
import tempfile
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from pathlib import Path

from citystack.errors import GraphvizMissing, RenderError
from citystack.render.fonts import font_environment
from citystack.render.limits import DEFAULT_MEMORY_BYTES, DEFAULT_TIMEOUT, MAX_DOT_BYTES

__all__ = ["KNOWN_CAUSES", "DotResult", "ToolFailed", "find_dot", "known_cause", "run_dot", "run_tool"]

INSTALL_HINT = "install Graphviz with `make setup` or `sudo apt-get install graphviz`"
_KEPT_ENV = ("PATH", "HOME", "XDG_CACHE_HOME", "FONTCONFIG_FILE", "FONTCONFIG_PATH", "TMPDIR")
_STDERR_LINES = 20
_LINE_CHARS = 300


class ToolFailed(RenderError):
    """A tool ran and failed (non-zero exit or a signal): its exit code and its stderr, cut short."""

    def __init__(self, message: str, *, tool: str, returncode: int, stderr: str) -> None:
        super().__init__(message)
        self.tool = tool
        self.returncode = returncode
        self.stderr = stderr


@dataclass(frozen=True)
class DotResult:
    """What ``dot`` wrote: the output bytes and its warnings (stderr, decoded)."""

    output: bytes
    warnings: str


def find_dot() -> str:
    """The path of ``dot`` on PATH, or GraphvizMissing saying how to install it."""
    found = shutil.which("dot")
    if found is None:
        raise GraphvizMissing(f"Graphviz `dot` was not found on PATH; {INSTALL_HINT}")
    return found


def _limits(memory_bytes: int, cpu_seconds: int) -> Callable[[], None]:
    def apply() -> None:  # runs in the child between fork and exec
        resource.setrlimit(resource.RLIMIT_AS, (memory_bytes, memory_bytes))
        resource.setrlimit(resource.RLIMIT_CORE, (0, 0))
        resource.setrlimit(resource.RLIMIT_CPU, (cpu_seconds, cpu_seconds + 1))

    return apply


def _environment(folder: str) -> dict[str, str]:
    env = {key: os.environ[key] for key in _KEPT_ENV if key in os.environ}
    env.update({"SERVER_NAME": "citystack", "GV_FILE_PATH": folder + os.sep, "LC_ALL": "C.UTF-8"})
    return env


def _kill_group(process: subprocess.Popen[bytes]) -> None:
    with contextlib.suppress(ProcessLookupError):
        os.killpg(process.pid, signal.SIGKILL)
    process.communicate()


def _tail(stderr: bytes) -> str:
    """The first lines of dot's stderr, each cut short: a message, not a dump."""
    lines = stderr.decode("utf-8", "replace").strip().splitlines()
    if len(lines) > _STDERR_LINES:
        lines = [*lines[:_STDERR_LINES], f"... ({len(lines) - _STDERR_LINES} more lines)"]
    return "\n".join(line if len(line) <= _LINE_CHARS else line[:_LINE_CHARS] + " ..." for line in lines)


#: Causes known from a tool's own message, checked in order: (text in stderr, what it means).
KNOWN_CAUSES = (
    ("merge_chain", "a known Graphviz layout bug with parallel edges between clusters, not a lack of memory"),
    ("out of memory", "it ran out of memory (the figure is too big for the memory cap)"),
    ("cannot allocate", "it ran out of memory (the figure is too big for the memory cap)"),
)


def known_cause(stderr: str) -> str:
    """What a tool's own message says went wrong, when it is a known failure; else empty."""
    return next((cause for marker, cause in KNOWN_CAUSES if marker in stderr), "")


def _how_it_ended(returncode: int, stderr: str = "") -> str:
    """``failed with exit code 1``, or the signal by name, and the cause its message names."""
    cause = known_cause(stderr)
    if returncode >= 0:
        return f"failed with exit code {returncode}" + (f" ({cause})" if cause else "")
    try:
        name = signal.Signals(-returncode).name
    except ValueError:
        name = str(-returncode)
    likely = {"SIGXCPU": "its CPU time limit", "SIGSEGV": "it crashed", "SIGABRT": "it aborted"}
    said = cause or likely.get(name, "")
    return f"was killed by signal {name}" + (f" ({said})" if said else "")


def run_tool(
    argv: list[str],
    data: bytes,
    *,
    figure: str,
    tool: str,
    files: Mapping[str, bytes] | None = None,
    env: Mapping[str, str] | None = None,
    timeout: float = DEFAULT_TIMEOUT,
    memory_bytes: int = DEFAULT_MEMORY_BYTES,
    missing: Callable[[str], RenderError] = RenderError,
) -> DotResult:
    """Run ``argv`` (its first item an absolute path) on ``data`` with every guard of this module.

    ``files`` (name to bytes) are the only files in its private working folder; ``env`` adds to
    the small environment it gets. Raises RenderError naming ``figure`` and ``tool`` when it times
    out, crashes or fails (``ToolFailed`` when it ran and failed), ``missing(message)`` when it
    cannot be started.
    """
    with tempfile.TemporaryDirectory(prefix="citystack-tool-") as folder:
        for name, content in sorted((files or {}).items()):
            if Path(name).name != name or name.startswith("."):
                raise RenderError(f"{figure}: refusing icon file name {name!r}")
            Path(folder, name).write_bytes(content)
        try:
            process = subprocess.Popen(
                argv,
                stdin=subprocess.PIPE,
                stdout=subprocess.PIPE,
                stderr=subprocess.PIPE,
                cwd=folder,
                env={**_environment(folder), **(env or {})},
                start_new_session=True,
                preexec_fn=_limits(memory_bytes, math.ceil(timeout) + 1),  # noqa: PLW1509
            )
        except OSError as error:
            raise missing(f"{figure}: cannot run {argv[0]}: {error.strerror}") from None
        try:
            stdout, stderr = process.communicate(data, timeout=timeout)
        except subprocess.TimeoutExpired:
            _kill_group(process)
            raise RenderError(
                f"{figure}: {tool} did not finish within {timeout:g} s and was stopped; "
                "the figure is too dense to lay out (show fewer elements, or raise --timeout)"
            ) from None
        except BaseException:
            _kill_group(process)
            raise
    if process.returncode != 0:
        detail = _tail(stderr)
        raise ToolFailed(
            f"{figure}: {tool} {_how_it_ended(process.returncode, detail)}" + (f":\n{detail}" if detail else ""),
            tool=tool,
            returncode=process.returncode,
            stderr=detail,
        )
    return DotResult(output=stdout, warnings=_tail(stderr))


def run_dot(
    source: str,
    *,
    figure: str,
    fmt: str = "svg",
    files: Mapping[str, bytes] | None = None,
    timeout: float = DEFAULT_TIMEOUT,
    memory_bytes: int = DEFAULT_MEMORY_BYTES,
) -> DotResult:
    """Lay out ``source`` with ``dot -T<fmt>``; ``files`` (name to bytes) are the only files it may read.

    Text is measured with citystack's font configuration (:mod:`citystack.render.fonts`), the one
    the SVG converter draws with. Raises RenderError (``ToolFailed`` when dot itself failed)
    naming ``figure`` when dot times out, crashes or fails, GraphvizMissing when it is not installed.
    """
    data = source.encode("utf-8")
    if len(data) > MAX_DOT_BYTES:
        raise RenderError(f"{figure}: the DOT text is {len(data)} bytes; at most {MAX_DOT_BYTES} are laid out")
    return run_tool(
        [find_dot(), f"-T{fmt}"],
        data,
        figure=figure,
        tool="dot",
        files=files,
        env=font_environment(),
        timeout=timeout,
        memory_bytes=memory_bytes,
        missing=lambda message: GraphvizMissing(f"{message}; {INSTALL_HINT}"),
    )
