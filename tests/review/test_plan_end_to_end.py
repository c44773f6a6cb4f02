"""Pull-request review: plan with cost delta, capacity guardrails, expiry, both formats, JSON Schema."""

from __future__ import annotations

import json
import shutil
from datetime import date
from pathlib import Path

import jsonschema
import pytest
import yaml
from support.files import FIXTURE_PLATFORM, FIXTURE_REQUESTS, copy_fragments, read_tree

from ai_access.exit_codes import ENVIRONMENT
from support.scratch_git import edit, retire, run, typed_request, write, scratch_repo# noqa: F401

PLATFORM = str(FIXTURE_PLATFORM)


# ---- capacity guardrails ---------------------------------------------------------------


def test_foundry_tpm_exactly_at_capacity_times_oversubscription_is_accepted(tmp_path: Path) -> None:
    # GIVEN gpt-4.1: capacity 150,000 x oversubscription 2.0 = 300,000; 15 teams at 20,000 = 300,000
    for i in range(15):
        write(tmp_path, f"team-{i:02d}", typed_request(f"team-{i:02d}", tpm=20000))
    code, _, err = run(["validate", "--requests", str(tmp_path), "--platform", PLATFORM])
    assert code == 0, err


def test_foundry_tpm_one_over_capacity_is_rejected_naming_model_total_limit_top_teams_and_the_new_request(tmp_path: Path) -> None:
    # GIVEN 15 teams already synthesized (a folder each in the output) and one new team, one TPM too many
    requests, out = tmp_path / "requests", tmp_path / "out"
    for i in range(15):
        write(requests, f"team-{i:02d}", typed_request(f"team-{i:02d}", tpm=20000 - i))
        (out / "teams" / f"team-{i:02d}").mkdir(parents=True)
    write(requests, "team-zz", typed_request("team-zz", tpm=106))  # 300,000 - 105 + 106 = limit + 1
    code, _, err = run(["validate", "--requests", str(requests), "--platform", PLATFORM, "--out", str(out)])
    assert code == 1
    lines = [line for line in err.splitlines() if "capacity" in line]
    # THEN one line at the platform's limit, and one at the line of the request that pushed it over
    assert len(lines) == 2, lines
    (limit_line,) = [line for line in lines if line.startswith(f"{PLATFORM}:")]
    (request_line,) = [line for line in lines if line.startswith(f"{requests}/team-zz/access.yaml:13: spec.tokensPerMinute: ")]
    assert "foundry.models.gpt-4.1.capacityTpm: capacity: gpt-4.1" in limit_line
    assert "300,001 TPM from 16 teams" in limit_line and "over its limit of 300,000" in limit_line
    assert "most: team-00 20,000, team-01 19,999, team-02 19,998" in limit_line
    assert "capacity: gpt-4.1 would get 300,001 TPM" in request_line
    assert "this request is new in this pull request and adds 106 TPM, 1 over: lower tokensPerMinute" in request_line


def test_gpu_quota_at_limit_accepted_and_over_rejected(tmp_path: Path) -> None:
    phi = [{"name": "phi-4", "type": "kaito", "instanceType": "Standard_NC24ads_A100_v4"}]
    for i in range(8):  # quota: 8 nodes of Standard_NC24ads_A100_v4
        write(tmp_path, f"gpu-{i}", typed_request(f"gpu-{i}", models=phi))
    assert run(["validate", "--requests", str(tmp_path), "--platform", PLATFORM])[0] == 0
    write(tmp_path, "gpu-8", typed_request("gpu-8", models=phi))
    code, _, err = run(["validate", "--requests", str(tmp_path), "--platform", PLATFORM])
    assert code == 1
    assert "gpuQuotas.Standard_NC24ads_A100_v4: capacity: Standard_NC24ads_A100_v4 would need 9 nodes, over the quota of 8" in err


# ---- expiry ----------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("today", "state", "warning"),
    [
        ("2030-06-15", "active", None),  # 15 days ahead: quiet
        ("2030-06-16", "active", "within 14 days"),
        ("2030-06-30", "active", "within 14 days"),  # the last day still works
        ("2030-07-01", "suspended", "expired on 2030-06-30"),
    ],
)
def test_expiry_before_on_and_after_the_date(tmp_path: Path, today: str, state: str, warning: str | None) -> None:
    requests = tmp_path / "requests"
    shutil.copytree(FIXTURE_REQUESTS / "team-alpha", requests / "team-alpha")
    if state == "suspended":  # a request that is new in the pull request may not be expired already
        assert run(["synth", "--requests", str(requests), "--out", str(tmp_path / "out"), "--platform", PLATFORM, "--today", "2030-06-01"])[0] == 0
    code, _, err = run(["synth", "--requests", str(requests), "--out", str(tmp_path / "out"), "--platform", PLATFORM, "--today", today])
    assert code == 0, err
    sub = yaml.safe_load((tmp_path / "out/teams/team-alpha/subscription-apim-subscription.yaml").read_text())
    assert sub["spec"]["state"] == state
    expiry_lines = [line for line in err.splitlines() if "data.expiresOn" in line]
    if warning is None:
        assert expiry_lines == []
    else:
        assert len(expiry_lines) == 1 and "warning:" in expiry_lines[0] and warning in expiry_lines[0]


# ---- formats and schema -----------------------------------------------------------------


def test_both_formats_synthesize_identically(tmp_path: Path) -> None:
    configmap = tmp_path / "configmap"
    shutil.copytree(FIXTURE_REQUESTS / "team-alpha", configmap / "team-alpha")
    typed = tmp_path / "typed"
    write(
        typed,
        "team-alpha",
        "# the seed example of team-alpha, in the typed format\n"
        + typed_request(
            "team-alpha",
            tpm=5000,
            quota=1000000,
            models=[
                {"name": "gpt-4.1", "type": "foundry", "enabled": True},
                {"name": "phi-4", "type": "kaito", "enabled": True, "instanceType": "Standard_NC24ads_A100_v4"},
            ],
            playgroundAccess=True,
            tracingEnabled=True,
            expiresOn="2030-06-30",
        )
        .replace("team-alpha@contoso.com", "alice@contoso.com")
        .replace("CC-1", "CC-1234")
        .replace("11111111-2222-4333-8444-555555555555", "3f2b8c1e-5a7d-4e9f-8b6a-1c2d3e4f5a6b"),
    )
    for folder in (configmap, typed):
        code, _, err = run(["synth", "--requests", str(folder), "--out", str(tmp_path / f"out-{folder.name}"), "--platform", PLATFORM, "--today", "2026-11-27"])
        assert code == 0, err
    assert read_tree(tmp_path / "out-configmap") == read_tree(tmp_path / "out-typed")


def _as_json(value: object) -> object:
    # Editors read YAML 1.2, where an unquoted date is a string; PyYAML makes it a date.
    return json.loads(json.dumps(value, default=lambda v: v.isoformat() if isinstance(v, date) else str(v)))


def test_json_schema_validates_every_example_and_rejects_a_typo() -> None:
    code, schema_text, _ = run(["schema"])
    assert code == 0
    schema = json.loads(schema_text)
    validator = jsonschema.Draft202012Validator(schema)
    examples = sorted(FIXTURE_REQUESTS.glob("*/access.yaml"))
    assert len(examples) >= 3
    for path in examples:
        errors = list(validator.iter_errors(_as_json(yaml.safe_load(path.read_text()))))
        assert errors == [], f"{path}: {[e.message for e in errors]}"
    typo = _as_json(yaml.safe_load((FIXTURE_REQUESTS / "team-gamma" / "access.yaml").read_text()))
    typo["spec"]["tokensPerMinutes"] = 5
    assert list(validator.iter_errors(typo))


def test_github_annotation_format(tmp_path: Path) -> None:
    write(tmp_path, "team-x", typed_request("team-x", tpm=0))
    code, _, err = run(["validate", "--requests", str(tmp_path), "--platform", PLATFORM, "--format", "github"])
    assert code == 1
    assert f"::error file={tmp_path}/team-x/access.yaml,line=13::spec.tokensPerMinute: must be greater than 0 (got 0)" in err


# ---- plan -------------------------------------------------------------------------------


def test_plan_shows_changes_deletions_new_teams_and_cost_delta(scratch_repo: tuple[Path, str]) -> None:
    repo, base = scratch_repo
    alpha = repo / "developer-requests/team-alpha/access.yaml"
    edit(alpha, 'tokensPerMinute: "5000"', 'tokensPerMinute: "6000"')
    edit(alpha, 'dailyTokenQuota: "1000000"', 'dailyTokenQuota: "2000000"')
    edit(alpha, "    - name: phi-4\n", "    - name: gpt-4.1-mini\n      type: foundry\n    - name: phi-4\n")
    shutil.rmtree(repo / "developer-requests/team-beta")
    retire(repo, "team-beta")
    write(repo / "developer-requests", "team-delta", typed_request("team-delta", tpm=1000, quota=500000, models=[{"name": "gpt-5.2", "type": "foundry"}]))

    code, text, err = run(["plan", "--base", base, "--platform", "platform.yaml", "--today", "2026-11-27"])
    assert code == 0, err
    assert "1 created, 1 changed, 1 deleted" in text
    assert "tokensPerMinute: 5,000 -> 6,000" in text
    assert "models.gpt-4.1-mini: - -> foundry, enabled" in text
    assert "~ productpolicy-apim-product-policy.yaml" in text
    assert "!! team-beta: DELETED" in text
    assert "access revoked" in text and "KAITO workspaces removed: mistral-7b-instruct" in text
    assert "+ team-delta: created" in text
    # alpha: 730 (phi-4 node) + 30 x 2M tokens x $2/M = 850, was 790; beta: -730 (one node); delta: +60
    assert "team-alpha: changed  (monthly cost $790.00 -> $850.00, +$60.00)" in text
    assert "team-delta: created  (monthly cost $0.00 -> $60.00, +$60.00)" in text
    assert "Estimated monthly cost delta: -$610.00" in text

    code, markdown, _ = run(["plan", "--base", base, "--platform", "platform.yaml", "--today", "2026-11-27", "--format", "markdown"])
    assert code == 0
    assert "| `team-beta` | DELETED | $730.00 | $0.00 | -$730.00 |" in markdown
    assert "**Estimated monthly cost delta: -$610.00**" in markdown
    assert "- `tokensPerMinute`: `5,000` → `6,000`" in markdown  # request values render as code
    assert "> [!CAUTION]" in markdown


def test_plan_prices_the_base_with_its_own_platform_when_a_preset_goes_with_its_last_team(scratch_repo: tuple[Path, str]) -> None:
    # GIVEN a pull request that deletes team-beta and retires the KAITO preset it ran
    repo, base = scratch_repo
    shutil.rmtree(repo / "developer-requests/team-beta")
    retire(repo, "team-beta")
    platform = yaml.safe_load((repo / "platform.yaml").read_text())
    del platform["kaitoPresets"]["mistral-7b-instruct"]
    (repo / "platform.yaml").write_text(yaml.safe_dump(platform, sort_keys=False))
    code, text, err = run(["plan", "--base", base, "--platform", "platform.yaml", "--today", "2026-11-27"])
    # THEN team-beta's node is priced as the base's platform priced it
    assert code == 0, err
    assert "!! team-beta: DELETED  (monthly cost $730.00 -> $0.00, -$730.00)" in text


def test_plan_shows_instance_type_change_as_a_rollover(scratch_repo: tuple[Path, str]) -> None:
    from ai_access.names.team import TeamNames

    repo, base = scratch_repo
    edit(repo / "developer-requests/team-beta/access.yaml", "instanceType: Standard_NV36ads_A10_v5", "instanceType: Standard_NC24ads_A100_v4")
    code, text, _ = run(["plan", "--base", base, "--platform", "platform.yaml", "--today", "2026-11-27"])
    assert code == 0
    assert "models.mistral-7b-instruct.instanceType: Standard_NV36ads_A10_v5 -> Standard_NC24ads_A100_v4" in text
    names = TeamNames("team-beta")
    old = names.workspace("mistral-7b-instruct", instance_type="Standard_NV36ads_A10_v5", gated=False)
    new = names.workspace("mistral-7b-instruct", instance_type="Standard_NC24ads_A100_v4", gated=False)
    assert (
        f"KAITO workspace {new} is created on a Standard_NC24ads_A100_v4 node; the route switches to it once it is "
        f"healthy, then the old workspace {old} is removed. During the rollover one extra Standard_NC24ads_A100_v4 "
        "node runs beside the Standard_NV36ads_A10_v5 node"
    ) in text
    assert "deleted and recreated" not in text


def test_plan_refuses_mass_deletion_unless_confirmed(scratch_repo: tuple[Path, str]) -> None:
    repo, base = scratch_repo
    shutil.rmtree(repo / "developer-requests/team-alpha")
    shutil.rmtree(repo / "developer-requests/team-beta")
    retire(repo, "team-alpha", "team-beta")
    code, _, err = run(["plan", "--base", base, "--platform", "platform.yaml", "--max-deletions", "1"])
    assert code == 1 and "mass deletion: 2 teams" in err
    assert run(["plan", "--base", base, "--platform", "platform.yaml", "--max-deletions", "2"])[0] == 0


def test_plan_without_changes_and_with_an_unknown_ref(scratch_repo: tuple[Path, str]) -> None:
    _, base = scratch_repo
    code, text, _ = run(["plan", "--base", base, "--platform", "platform.yaml", "--today", "2026-11-27"])
    assert (code, text) == (0, f"No change against {base}.\n")
    code, _, err = run(["plan", "--base", "no-such-ref", "--platform", "platform.yaml"])
    assert code == ENVIRONMENT and "unknown git ref 'no-such-ref'" in err


@pytest.mark.parametrize(("team", "fragment"), [("master", "is reserved"), ("team-old", "was used by a removed team")])
def test_reserved_and_retired_team_names_are_refused(tmp_path: Path, team: str, fragment: str) -> None:
    platform = yaml.safe_load((FIXTURE_PLATFORM).read_text())
    platform["retiredTeams"] = ["team-old"]
    (tmp_path / "platform.yaml").write_text(yaml.safe_dump(platform, sort_keys=False))
    copy_fragments(tmp_path)
    write(tmp_path / "requests", team, typed_request(team))
    code, _, err = run(["validate", "--requests", str(tmp_path / "requests"), "--platform", str(tmp_path / "platform.yaml")])
    assert code == 1 and f"{team}/access.yaml:6: spec.team: '{team}' " in err and fragment in err


def test_playground_without_a_foundry_model_is_a_warning(tmp_path: Path) -> None:
    kaito = [{"name": "phi-4", "type": "kaito", "instanceType": "Standard_NC24ads_A100_v4"}]
    write(tmp_path, "team-k", typed_request("team-k", models=kaito, playgroundAccess=True))
    code, _, err = run(["validate", "--requests", str(tmp_path), "--platform", PLATFORM])
    assert code == 0 and "spec.playgroundAccess: warning: has no effect" in err


def test_plan_treats_an_application_set_change_as_touching_every_team(scratch_repo: tuple[Path, str]) -> None:
    repo, base = scratch_repo
    edit(repo / "platform.yaml", "revision: main", "revision: release")
    code, text, err = run(["plan", "--base", base, "--platform", "platform.yaml", "--today", "2026-11-27", "--max-deletions", "1"])
    assert "~ argocd/applicationset-ai-model-access-teams.yaml" in text
    assert "the ApplicationSet changes" in text
    assert code == 1 and "mass deletion: 2 teams at risk" in err
    assert run(["plan", "--base", base, "--platform", "platform.yaml", "--today", "2026-11-27", "--max-deletions", "2"])[0] == 0


def test_plan_synthesizes_the_head_even_when_the_working_tree_dist_holds_a_foreign_file(scratch_repo: tuple[Path, str]) -> None:
    repo, base = scratch_repo
    (repo / "dist" / "teams" / "NOTES.txt").write_text("not synth's")
    edit(repo / "developer-requests/team-beta/access.yaml", 'tokensPerMinute: "2000"', 'tokensPerMinute: "2500"')
    code, text, err = run(["plan", "--base", base, "--platform", "platform.yaml", "--today", "2026-11-27"])
    assert code == 0, err
    assert "~ productpolicy-apim-product-policy.yaml" in text
