"""Validation a requester can act on in one round: every problem at once, the right fix first.

Each test writes requests into a temporary folder and validates them against the fixture platform;
`--out` names a synthesized output folder, where a team without a folder is new.
"""

from __future__ import annotations

from pathlib import Path

import pytest
import yaml

from ai_access.models.platform import PlatformConfig
from ai_access.validation.names import max_team_name_length
from support.validation_files import TYPED, platform_with, located, request, validate, write  # noqa: F401


CONFIGMAP = """\
apiVersion: v1
kind: ConfigMap
metadata:
  name: {team}-access-request
data:
  team: "{team}"
  owner: "dana@contoso.com"
  costCenter: "CC-1234"
  entraGroupId: "3f2b8c1e-5a7d-4e9f-8b6a-1c2d3e4f5a6b"
  models: |
    - name: gpt-4.1
      type: foundry
    - name: phi-4
      type: kaito
      instanceType: Standard_NC24ads_A100_v4
  tokensPerMinute: "5000"
  dailyTokenQuota: "1000000"
"""
# Lines: 6 team, 7 owner, 8 costCenter, 10 models, 11 models[0], 13 models[1], 15 instanceType, 16 tokensPerMinute.

# The same lines as CONFIGMAP.


# ---- all problems in one run --------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "section"),
    [
        (request(CONFIGMAP, **{'  owner: "dana@contoso.com"\n': "", "gpt-4.1": "gpt-4.2", '"5000"': '"20001"'}), "data"),
        (request(TYPED, **{"  owner: dana@contoso.com\n": "", "gpt-4.1": "gpt-4.2", "tokensPerMinute: 5000": "tokensPerMinute: 20001"}), "spec"),
    ],
    ids=["configmap", "typed"],
)
def test_a_schema_error_does_not_hide_catalog_and_limit_checks(tmp_path: Path, text: str, section: str) -> None:
    # GIVEN a request without owner, with a misspelt model and a TPM over the platform's maximum
    path = write(tmp_path, "team-x", text)
    # WHEN it is validated once
    code, lines = validate(tmp_path)
    # THEN the three problems are three lines, each at its own line and field, and nothing else
    assert code == 1
    assert located(lines, path) == [
        (5, f"{section}.owner"),
        (10, f"{section}.models[0].name"),
        (15, f"{section}.tokensPerMinute"),
    ], lines
    assert len(lines) == 3, lines
    assert "owner" in lines[0] and "missing" in lines[0]
    assert "'gpt-4.2' is not a Foundry model of this platform; available: gpt-4.1" in lines[1]
    assert "20001 exceeds the platform's per-team maximum of 20000" in lines[2]


def test_an_invalid_request_still_counts_toward_capacity(tmp_path: Path, platform: PlatformConfig) -> None:
    # GIVEN the GPU quota of A100 nodes taken by valid requests, and one more request that asks for
    # an A100 node but also has a schema error (its cost centre)
    quota = platform.gpu_quotas["Standard_NC24ads_A100_v4"]
    for i in range(quota):
        write(tmp_path, f"team-{i}", request(CONFIGMAP, f"team-{i}"))
    broken = write(tmp_path, "team-z", request(CONFIGMAP, "team-z", **{'"CC-1234"': '"@CC"'}))
    code, lines = validate(tmp_path)
    # THEN both the schema error and the quota it would break are reported in the same run
    assert code == 1
    assert [field for _, field in located(lines, broken)] == ["data.costCenter", "data.models[1].instanceType"], lines
    assert any(f"gpuQuotas.Standard_NC24ads_A100_v4: capacity: Standard_NC24ads_A100_v4 would need {quota + 1} nodes" in line for line in lines)


# ---- the right fix first ------------------------------------------------------------------------


def test_a_copied_typed_request_names_the_folder_as_the_fix(tmp_path: Path) -> None:
    path = write(tmp_path, "team-new", request(TYPED, "team-old"))
    code, lines = validate(tmp_path)
    assert code == 1
    assert located(lines, path) == [(4, "metadata.name"), (6, "spec.team")], lines
    assert "must be 'team-new' (the folder name, which is the team name)" in lines[0]
    assert "'team-old' differs from the folder name 'team-new', which is the team name: write team: team-new" in lines[1]


def test_metadata_name_alone_wrong_is_one_line_at_metadata_name(tmp_path: Path) -> None:
    path = write(tmp_path, "team-x", request(TYPED, **{"name: team-x": "name: team-y"}))
    code, lines = validate(tmp_path)
    assert (code, located(lines, path)) == (1, [(4, "metadata.name")]), lines


def test_typed_unknown_fields_list_the_allowed_ones(tmp_path: Path) -> None:
    text = request(TYPED, **{"  tokensPerMinute": "  tokenPerMinute", "      type: foundry": "      type: foundry\n      region: eu"})
    text = text.replace("metadata:\n", "metadata:\n  namespace: x\n").replace("kind: ModelAccessRequest\n", "kind: ModelAccessRequest\nstatus: {}\n")
    path = write(tmp_path, "team-x", text)
    code, lines = validate(tmp_path)
    assert code == 1
    by_field = {line.split(": ")[1]: line for line in lines if line.startswith(str(path))}
    assert "unknown field; allowed: apiVersion, kind, metadata, spec" in by_field["status"]
    assert "unknown field; allowed: name, labels, annotations" in by_field["metadata.namespace"]
    assert "unknown field; did you mean tokensPerMinute?" in by_field["spec.tokenPerMinute"]
    assert "unknown field; allowed: name, type, enabled, instanceType" in by_field["spec.models[0].region"]


@pytest.mark.parametrize("value", ["30.06.2030", "2030-6-30", "June 30, 2030"])
def test_typed_dates_say_the_expected_format(tmp_path: Path, value: str) -> None:
    path = write(tmp_path, "team-x", request(TYPED) + f'  expiresOn: "{value}"\n')
    code, lines = validate(tmp_path)
    assert code == 1
    assert [line for line in lines if str(path) in line] == [f"{path}:18: spec.expiresOn: must be a date written YYYY-MM-DD, like 2030-06-30 (got '{value}')"]


def test_typed_quoted_boolean_says_to_drop_the_quotes(tmp_path: Path) -> None:
    path = write(tmp_path, "team-x", request(TYPED) + '  tracingEnabled: "true"\n')
    code, lines = validate(tmp_path)
    assert (code, lines) == (1, [f"{path}:18: spec.tracingEnabled: must be true or false without quotes (got the string 'true')"])


def test_typed_kaito_model_without_size_lists_the_sizes_of_its_preset(tmp_path: Path, platform: PlatformConfig) -> None:
    path = write(tmp_path, "team-x", request(TYPED, **{"      instanceType: Standard_NC24ads_A100_v4\n": ""}))
    code, lines = validate(tmp_path)
    sizes = ", ".join(platform.kaito_presets["phi-4"].instance_types)
    assert (code, lines) == (1, [f"{path}:13: spec.models[1]: a kaito model needs instanceType: one of {sizes} (the sizes allowed for phi-4)"])


# ---- a new request may not be expired -----------------------------------------------------------


def test_an_expired_request_is_an_error_when_new_and_a_warning_when_already_synthesized(tmp_path: Path) -> None:
    requests, out = tmp_path / "requests", tmp_path / "out"
    path = write(requests, "team-x", request(TYPED) + "  expiresOn: 2026-11-26\n")  # yesterday
    code, lines = validate(requests, "--out", str(out))
    assert code == 1
    assert lines == [f"{path}:18: spec.expiresOn: 2026-11-26 is already past (today is 2026-11-27) and this request is new: "
                     "a new request must expire today or later; set a later date or remove expiresOn"]
    (out / "teams" / "team-x").mkdir(parents=True)  # synthesized before: an existing request that lapsed
    code, lines = validate(requests, "--out", str(out))
    assert (code, lines) == (0, [f"{path}:18: spec.expiresOn: warning: expired on 2026-11-26: its key is suspended, and its role assignments and KAITO workspaces are removed unless gitops.onExpiry keeps them; a later expiresOn brings them back"])


def test_a_new_request_expiring_today_is_valid(tmp_path: Path) -> None:
    write(tmp_path, "team-x", request(TYPED) + "  expiresOn: 2026-11-27\n")
    code, lines = validate(tmp_path)
    assert code == 0 and all("warning" in line for line in lines), lines


# ---- every limit at its boundary ----------------------------------------------------------------


@pytest.mark.parametrize(("field", "limit"), [("tokensPerMinute", "max_tokens_per_minute"), ("dailyTokenQuota", "max_daily_token_quota")])
def test_per_team_token_limits_at_the_boundary(tmp_path: Path, platform: PlatformConfig, field: str, limit: str) -> None:
    maximum = getattr(platform.team_limits, limit)
    old = "5000\n" if field == "tokensPerMinute" else "1000000\n"
    at_limit = write(tmp_path / "equal", "team-x", request(TYPED, **{f"{field}: {old}": f"{field}: {maximum}\n"}))
    assert validate(at_limit.parent.parent) == (0, [])
    over = write(tmp_path / "over", "team-x", request(TYPED, **{f"{field}: {old}": f"{field}: {maximum + 1}\n"}))
    code, lines = validate(over.parent.parent)
    assert code == 1
    assert lines == [f"{over}:{16 if field == 'tokensPerMinute' else 17}: spec.{field}: {maximum + 1} exceeds the platform's per-team maximum of {maximum}"]


def test_enabled_kaito_models_at_the_boundary(tmp_path: Path, platform: PlatformConfig) -> None:
    maximum = platform.team_limits.max_kaito_models
    presets = [(name, preset.instance_types[0]) for name, preset in platform.kaito_presets.items()][: maximum + 1]
    assert len(presets) == maximum + 1, "the fixture catalog needs one more preset than the limit"

    def models(count: int, disabled: int = 0) -> list[dict]:
        entries = [{"name": name, "type": "kaito", "instanceType": sku} for name, sku in presets[:count]]
        for entry in entries[:disabled]:
            entry["enabled"] = False
        return entries

    for folder, entries, expected in (("equal", models(maximum), 0), ("over", models(maximum + 1), 1), ("one-disabled", models(maximum + 1, 1), 0)):
        doc = yaml.safe_load(request(TYPED))
        doc["spec"]["models"] = entries
        write(tmp_path / folder, "team-x", yaml.safe_dump(doc, sort_keys=False))
        code, lines = validate(tmp_path / folder)
        assert code == expected, (folder, lines)
        if expected:
            assert lines[0].endswith(f"spec.models: {maximum + 1} enabled KAITO models; a team may run at most {maximum}")


def _only_short_model_names(data: dict) -> None:
    data["foundry"]["models"] = {"gpt-4.1": data["foundry"]["models"]["gpt-4.1"]}
    data["kaitoPresets"] = {"phi-4": data["kaitoPresets"]["phi-4"]}


@pytest.mark.parametrize(
    ("change", "derived", "limit"),
    [
        (lambda data: None, "APIM backend id", 80),  # the fixture's longest preset binds: <team>-qwen2-5-coder-7b-instruct
        (_only_short_model_names, "namespace", 63),  # short model names: ai-<team> binds
    ],
)
def test_team_name_length_at_each_derived_limit(tmp_path: Path, change, derived: str, limit: str) -> None:
    platform_file, platform = platform_with(tmp_path, change)
    longest = max_team_name_length(platform)
    longest_model = max([*platform.kaito_presets, *platform.foundry.models], key=len).replace(".", "-")
    derived_length = {"namespace": len("ai-") + longest, "APIM backend id": longest + 1 + len(longest_model)}[derived]
    assert derived_length == limit, "the derived name of the longest team name is exactly at its limit"
    for size, expected in ((longest, 0), (longest + 1, 1)):
        team = "t" * size
        write(tmp_path / str(size), team, request(TYPED, team))
        code, lines = validate(tmp_path / str(size), platform=platform_file)
        assert code == expected, lines
        if expected:
            assert f"too long: the {derived} " in lines[0] and f"would exceed {limit} characters; a team name has at most {longest}" in lines[0]


@pytest.mark.parametrize(("change", "derived", "limit"), [(lambda data: None, "backend", 80), (_only_short_model_names, "namespace", 63)])
def test_generated_requests_reach_the_length_limits_of_derived_names(tmp_path: Path, change, derived: str, limit: int) -> None:
    # The security and CRD checks run on generated requests: they must include the longest names.
    from hypothesis import find, settings
    from support.request_strategies import access_requests

    from ai_access.names.team import TeamNames

    _, platform = platform_with(tmp_path, change)

    def longest(request) -> int:
        names = TeamNames(request.team)
        if derived == "namespace":
            return len(names.namespace)
        return max((len(names.backend_id(model.name)) for model in request.kaito_models), default=0)

    found = find(access_requests(platform), lambda request: longest(request) == limit, settings=settings(max_examples=2000, database=None))
    assert longest(found) == limit
