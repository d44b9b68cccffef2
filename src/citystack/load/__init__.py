"""Reading model files (Python, YAML, JSON) into models; every problem reported with its place."""

from __future__ import annotations

import gc
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from citystack.caps import FILE_MB_OPTION, Caps
from citystack.errors import LoadError, Problem
from citystack.load.caps import over_cap
from citystack.load.json_source import read_json, read_json_fast
from citystack.load.loaded import LoadedModel, Locator, item_path
from citystack.load.located import UNREADABLE as _UNREADABLE
from citystack.load.located import Located
from citystack.load.python_source import PythonIndex, counterpart_key, run_python_model
from citystack.load.validate import validate_data
from citystack.load.yaml_source import read_yaml, read_yaml_fast
from citystack.suggest import did_you_mean

__all__ = [
    "MODEL_SUFFIXES",
    "LoadedModel",
    "discover",
    "display_path",
    "item_path",
    "iter_models",
    "load_model",
    "load_models",
    "missing_reason",
    "resolve_model",
]

MODEL_SUFFIXES = (".py", ".yaml", ".yml", ".json")
_CONSTRUCTORS = {
    "elements": "Element",
    "relations": "Relation",
    "boundaries": "Boundary",
    "facts": "Fact",
    "views": "View",
    "claims": "Claim",
    "sources": "Source",
}


def display_path(path: Path) -> str:
    """The path as users should see it: relative to the working folder when inside it."""
    if not path.is_absolute():
        return path.as_posix()
    try:
        return path.resolve().relative_to(Path.cwd().resolve()).as_posix()
    except ValueError:
        return path.as_posix()


def _read_text(path: Path, shown: str, caps: Caps) -> str:
    try:
        size = path.stat().st_size
    except OSError as error:
        raise LoadError([Problem(shown, 0, 0, "", f"cannot read the file: {error.strerror}")]) from None
    if size > caps.max_file_bytes:
        message = (
            f"file is {size} bytes; model files may be at most {caps.max_file_mb:g} MB "
            f"(lift the cap with {FILE_MB_OPTION} N)"
        )
        raise LoadError([Problem(shown, 0, 0, "", message)])
    try:
        # utf-8-sig: a byte-order mark some editors write is dropped, not reported as a stray character.
        return path.read_text(encoding="utf-8-sig")
    except UnicodeDecodeError as error:
        line = error.object.count(b"\n", 0, error.start) + 1
        message = f"not UTF-8 text ({error.reason} at byte {error.start}); save the file as UTF-8"
        raise LoadError([Problem(shown, line, 0, "", message)]) from None
    except OSError as error:
        raise LoadError([Problem(shown, 0, 0, "", f"cannot read the file: {error.strerror}")]) from None


def _load_python(path: Path, shown: str, caps: Caps) -> LoadedModel:
    text = _read_text(path, shown, caps)
    model = run_python_model(path, shown)
    index: list[PythonIndex] = []

    def locate(loc: tuple[str | int, ...]) -> tuple[int, int]:
        if not index:  # the file's calls are indexed only once something needs a line
            index.append(PythonIndex(text))
        if len(loc) >= 2 and loc[0] == "counterparts" and isinstance(loc[1], int):
            counterparts = model.counterparts
            if 0 <= loc[1] < len(counterparts):
                item = counterparts[loc[1]]
                return (index[0].line_of(counterpart_key(item.element, item.model), "Counterpart"), 0)
        if len(loc) >= 2 and isinstance(loc[0], str) and isinstance(loc[1], int) and loc[0] in _CONSTRUCTORS:
            items = getattr(model, loc[0])
            if 0 <= loc[1] < len(items):
                return (index[0].line_of(items[loc[1]].id, _CONSTRUCTORS[loc[0]]), 0)
        return (index[0].model_line, 0)

    over = over_cap(
        {
            "elements": model.elements,
            "relations": model.relations,
            "boundaries": [{"id": b.id, "members": b.members} for b in model.boundaries],
        },
        caps,
    )
    if over is not None:
        raise LoadError([Problem(shown, *locate(over[0]), ".".join(map(str, over[0])), over[1])])
    problems = [Problem(shown, *locate(loc), ".".join(map(str, loc)), msg) for loc, msg in model.integrity_problems()]
    if problems:
        raise LoadError(problems)
    return LoadedModel(model=model, file=shown, path=path, locate=locate)


@contextmanager
def _collector_paused() -> Iterator[None]:
    """Python's cycle collector paused while a file is parsed and validated, then set back as it was.

    Parsing builds only acyclic data, but hundreds of thousands of new objects make the collector
    scan every live object again and again; pausing it halves the time a large model takes.
    """
    was_enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if was_enabled:
            gc.enable()


def _load_data(path: Path, shown: str, caps: Caps) -> LoadedModel:
    text = _read_text(path, shown, caps)
    is_json = path.suffix == ".json"

    def positions() -> Located:
        return read_json(text, shown) if is_json else read_yaml(text, shown)

    with _collector_paused():
        data = read_json_fast(text) if is_json else read_yaml_fast(text, shown)
        if data is _UNREADABLE:
            # The fast parser refused the text: the one that keeps positions says where and why.
            data = positions().data
        model = validate_data(data, shown, positions, caps)
    return LoadedModel(model=model, file=shown, path=path, locate=relocator(path, shown, is_json))


def relocator(path: Path, shown: str, is_json: bool) -> Locator:
    """Positions found by reading the file again, once, the first time a message needs one."""
    located: list[Located] = []

    def locate(loc: tuple[str | int, ...]) -> tuple[int, int]:
        if not located:
            try:
                text = path.read_text(encoding="utf-8-sig")
                located.append(read_json(text, shown) if is_json else read_yaml(text, shown))
            except (OSError, UnicodeDecodeError, LoadError):
                return (0, 0)  # the file changed since it was loaded: no line rather than a wrong one
        return located[0].position(loc)

    return locate


def missing_reason(path: Path) -> str | None:
    """Why ``path`` cannot be reached (missing, a broken link, a folder it may not enter); None if it can."""
    try:
        path.stat()
    except FileNotFoundError:
        return "a broken symbolic link" if path.is_symlink() else "no such file or folder"
    except OSError as error:
        return f"cannot be read: {error.strerror or error}"
    return None


def _not_loadable(path: Path) -> str | None:
    """Why ``path`` cannot be a model file at all, before anything is read; None when it may be."""
    missing = missing_reason(path)
    if missing is not None:
        return missing
    if path.is_dir():
        return "is a folder, not a model file"
    if path.suffix not in MODEL_SUFFIXES:
        return f"not a model file (expected one of {', '.join(MODEL_SUFFIXES)})"
    if not path.is_file():
        return "not a regular file"
    return None


def load_model(path: str | Path, caps: Caps | None = None) -> LoadedModel:
    """Load one model file; raise ``LoadError`` with every problem, each placed in the file.

    ``caps`` bound the file's size and the model's elements and relations (``citystack.caps``).
    """
    path = Path(path)
    caps = caps or Caps()
    shown = display_path(path)
    reason = _not_loadable(path)
    if reason is not None:
        raise LoadError([Problem(shown, 0, 0, "", reason)])
    if path.suffix == ".py":
        return _load_python(path, shown, caps)
    return _load_data(path, shown, caps)


def _declares_model(path: Path) -> bool:
    """A Python file is a model file when it assigns ``model`` at top level (support modules don't)."""
    import ast

    try:
        tree = ast.parse(path.read_text(encoding="utf-8"))
    except (SyntaxError, UnicodeDecodeError, OSError):
        return True  # let loading report the problem
    for node in tree.body:
        targets = (
            node.targets if isinstance(node, ast.Assign) else [node.target] if isinstance(node, ast.AnnAssign) else []
        )
        if any(isinstance(t, ast.Name) and t.id == "model" for t in targets):
            return True
    return False


def discover(paths: list[Path]) -> list[Path]:
    """Model files under the given files and folders, sorted; ``_name`` files and folders are skipped."""
    found: set[Path] = set()
    for path in paths:
        if missing_reason(path) is None and path.is_dir():
            for candidate in path.rglob("*"):
                relative = candidate.relative_to(path).parts
                if any(part.startswith(("_", ".")) for part in relative):
                    continue
                is_model = candidate.is_file() and candidate.suffix in MODEL_SUFFIXES
                if is_model and (candidate.suffix != ".py" or _declares_model(candidate)):
                    found.add(candidate)
        else:
            found.add(path)
    return sorted(found, key=lambda p: p.as_posix())


def iter_models(paths: list[Path], caps: Caps | None = None) -> Iterator[LoadedModel | LoadError]:
    """Each model under the paths, loaded one file at a time (or the ``LoadError`` of that file).

    A caller that drops each model when it is done with it holds one model at a time, so memory
    follows the largest file, not the folder.
    """
    for path in discover(paths):
        try:
            yield load_model(path, caps)
        except LoadError as error:
            yield error


def load_models(paths: list[Path], caps: Caps | None = None) -> list[LoadedModel]:
    """Load every model under the paths; all problems of all files are raised together."""
    loaded: list[LoadedModel] = []
    problems: list[Problem] = []
    for item in iter_models(paths, caps):
        if isinstance(item, LoadError):
            problems.extend(item.problems)
        else:
            loaded.append(item)
    if problems:
        raise LoadError(problems)
    return loaded


def _naming_first(paths: list[Path], ref: str) -> list[Path]:
    """The files whose text names ``ref`` first (in their order), then the others: a model id is
    found by loading one file, not every file before it."""

    def names(path: Path) -> bool:
        try:
            return ref.encode("utf-8") in path.read_bytes()
        except OSError:
            return False

    return sorted(paths, key=lambda path: not names(path))


def resolve_model(ref: str, models_dir: Path, caps: Caps | None = None) -> LoadedModel:
    """MODEL on the command line: a path to a model file, or the id of a model under ``models_dir``."""
    candidate = Path(ref)
    if candidate.suffix in MODEL_SUFFIXES or missing_reason(candidate) != "no such file or folder":
        return load_model(candidate, caps)
    problems: list[Problem] = []
    found: list[LoadedModel] = []
    for path in _naming_first(discover([models_dir]) if models_dir.is_dir() else [], ref):
        try:
            loaded = load_model(path, caps)
        except LoadError as error:
            problems.extend(error.problems)
            continue
        if loaded.model.id == ref:
            return loaded
        found.append(loaded)
    if not models_dir.is_dir():
        message = (
            f"no model file {ref!r}, and no folder {display_path(models_dir)} to look for a model id in: "
            "give a path to a model file, or --models DIR"
        )
        raise LoadError([Problem(ref, 0, 0, "", message)])
    ids = [item.model.id for item in found]
    message = f"no model file or model id {ref!r} in {display_path(models_dir)}{did_you_mean(ref, ids, 'models')}"
    raise LoadError([Problem(ref, 0, 0, "", message), *problems])
