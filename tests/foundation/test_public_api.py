"""The public API: what `citystack` exports exists, and the command line answers."""

from __future__ import annotations

import citystack


def test_every_exported_name_exists_and_is_public() -> None:
    assert sorted(citystack.__all__) == sorted(set(citystack.__all__))
    for name in citystack.__all__:
        assert hasattr(citystack, name), name
    public = {n for n in vars(citystack) if not n.startswith("_") and n[0].isupper()}
    assert public <= set(citystack.__all__), public - set(citystack.__all__)


def test_help_lists_the_commands(run_cli) -> None:
    result = run_cli("--help")
    assert result.returncode == 0
    for command in ("list", "schema", "export"):
        assert command in result.stdout


def test_list_shows_models_and_views(run_cli, repo) -> None:
    result = run_cli("list", "--models", str(repo / "tests" / "fixtures"))
    assert result.returncode == 2, "broken_ref.py in the fixtures must be reported"
    assert "broken_ref.py:11" in result.stderr
    ok = run_cli("list", "--models", str(repo / "tests" / "fixtures" / "mini_stack.py"), "--json")
    assert ok.returncode == 0, ok.stderr
    assert '"id": "mini-stack"' in ok.stdout and '"all"' in ok.stdout


def test_usage_errors_exit_2_without_traceback(run_cli) -> None:
    result = run_cli("export", "x.yaml", "--format", "toml")
    assert result.returncode == 2
    assert "Traceback" not in result.stderr


def test_compare_is_public_frozen_and_json_serialisable() -> None:
    import json

    import pydantic
    import pytest

    model = citystack.Model(
        id="one",
        title="One element",
        vocabulary="smart-city-stack",
        elements=(citystack.Element(id="cam", name="Camera", kind="cctv_camera", layer="sensing"),),
    )
    result = citystack.compare(model, model)
    assert isinstance(result, citystack.Comparison)
    assert json.loads(result.model_dump_json())["matches"][0]["a"] == "cam"
    with pytest.raises(pydantic.ValidationError):
        result.only_in_a = ("x",)  # type: ignore[misc]
    assert issubclass(citystack.IncomparableModels, ValueError)
