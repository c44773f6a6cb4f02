"""The longest team name a platform allows is set by its longest catalog name, by length, not by which sorts last.

A team's APIM backend id is `<team>-<model slug>` (at most 80 characters), so the team-name limit
comes from the catalog name of most characters. Picked alphabetically instead, a short name that
sorts after the longest (`tts` after `qwen2.5-coder-7b-instruct`) raises the limit, and a request
then passes and yields an 86-character backend id that APIM refuses.
"""

from __future__ import annotations

import io
from pathlib import Path

import yaml
from support.files import FIXTURE_PLATFORM, copy_fragments
from hypothesis import given, settings
from hypothesis import strategies as st

from ai_access.cli import main
from ai_access.loading.platform_file import load_platform
from ai_access.models.platform import PlatformConfig
from ai_access.names.team import TeamNames, derived_name_limits
from ai_access.validation.names import max_team_name_length

LONGEST = "qwen2.5-coder-7b-instruct"  # the fixture's longest catalog name, 25 characters
SHORT_AND_LAST = "tts"  # sorts after it


def _platform_with_foundry_models(tmp_path: Path, names: list[str]) -> tuple[str, PlatformConfig]:
    data = yaml.safe_load(FIXTURE_PLATFORM.read_text(encoding="utf-8"))
    for name in names:
        data["foundry"]["models"][name] = {"modelName": name, "version": "1", "capacityTpm": 1000}
    path = tmp_path / "platform.yaml"
    path.write_text(yaml.safe_dump(data, sort_keys=False), encoding="utf-8")
    copy_fragments(tmp_path)
    return str(path), load_platform(str(path))


def test_a_short_name_that_sorts_last_does_not_raise_the_limit(tmp_path: Path) -> None:
    _, platform = _platform_with_foundry_models(tmp_path, [SHORT_AND_LAST])
    assert max([*platform.kaito_presets, *platform.foundry.models]) == SHORT_AND_LAST  # the premise: it sorts last
    # 80 characters for <team>-qwen2-5-coder-7b-instruct: 80 - 1 - 25
    assert max_team_name_length(platform) == 54


def test_a_request_over_the_limit_is_refused_not_synthesized_with_an_86_character_backend_id(tmp_path: Path) -> None:
    # GIVEN the catalog with `tts`, and a team of 60 characters (the limit alphabetical order would give)
    platform_file, _ = _platform_with_foundry_models(tmp_path, [SHORT_AND_LAST])
    team = "t" * 60
    folder = tmp_path / "requests" / team
    folder.mkdir(parents=True)
    (folder / "access.yaml").write_text(
        "apiVersion: ai.contoso.com/v1alpha1\nkind: ModelAccessRequest\nmetadata:\n"
        f"  name: {team}\nspec:\n  team: {team}\n  owner: a@contoso.com\n  costCenter: CC-1\n"
        "  entraGroupId: 3f2b8c1e-5a7d-4e9f-8b6a-1c2d3e4f5a6b\n  models:\n"
        f"    - name: {LONGEST}\n      type: kaito\n      instanceType: Standard_NC24ads_A100_v4\n"
        "  tokensPerMinute: 100\n  dailyTokenQuota: 1000\n",
        encoding="utf-8",
    )
    err = io.StringIO()
    # WHEN it is validated
    code = main(["validate", "--requests", str(tmp_path / "requests"), "--platform", platform_file, "--out", str(tmp_path / "none")], stdout=io.StringIO(), stderr=err)
    # THEN it is refused at its team name, naming the backend id it would have
    backend = TeamNames(team).backend_id(LONGEST)
    assert len(backend) == 86
    assert code == 1
    assert err.getvalue() == (
        f"{folder / 'access.yaml'}:6: spec.team: too long: the APIM backend id '{backend}' would exceed 80 characters; a team name has at most 54\n"
    )


@settings(max_examples=60, deadline=None)
@given(names=st.lists(st.from_regex(r"\A[a-z][a-z0-9.-]{0,30}[a-z0-9]\Z"), min_size=1, max_size=4, unique=True))
def test_at_the_limit_every_derived_name_fits_with_every_catalog_model(names: list[str]) -> None:
    # For any catalog: a team name of the reported maximum fits every derived name with every model.
    catalog = {name: {"modelName": "m", "version": "1", "capacityTpm": 1000} for name in names}
    data = yaml.safe_load(FIXTURE_PLATFORM.read_text(encoding="utf-8"))
    data["foundry"]["models"] = catalog
    data["apim"]["policyFragments"] = {}
    try:
        platform = PlatformConfig.model_validate(data)
    except ValueError:
        return  # a catalog the platform refuses (a slug shared with a preset): nothing to synthesize
    longest = max_team_name_length(platform)
    for model in [*platform.foundry.models, *platform.kaito_presets]:
        assert all(len(name) <= limit for _, name, limit in derived_name_limits("a" * longest, model)), model
