"""Shared capacity at its boundary, and the requests a capacity error names.

All teams' TPM on a Foundry model may reach its capacity times the oversubscription factor, and
all KAITO workspaces together the GPU quota of their size: equal passes, one over fails. The error
points at the platform's limit and at the requests of the pull request that pushed the total over.
"""

from __future__ import annotations

import io
import subprocess
from datetime import date
from pathlib import Path

import yaml
from support.files import FIXTURE_PLATFORM, copy_fragments

from ai_access.cli import main
from ai_access.loading.platform_file import load_platform_source
from ai_access.models.platform import PlatformConfig
from ai_access.models.request import AccessRequest, ModelRequest
from ai_access.validation.baseline import Baseline, baseline_at_base, baseline_from_output
from ai_access.validation.capacity import TeamUsage, Workspace, check_capacity, usage_of
from ai_access.validation.requests import validate_requests

TODAY = date(2026, 11, 27)


def _tpm(team: str, tpm: int, model: str = "gpt-4.1") -> TeamUsage:
    return TeamUsage(team, tpm, (model,), path=f"requests/{team}/access.yaml", tpm_at=(13, "spec.tokensPerMinute"))


def _nodes(team: str, *workspaces: tuple[str, str]) -> TeamUsage:
    spaces = tuple(Workspace(name, sku) for name, sku in workspaces)
    at = {w: (14 + i, f"spec.models[{i}].instanceType") for i, w in enumerate(spaces)}
    return TeamUsage(team, None, (), spaces, f"requests/{team}/access.yaml", workspace_at=at)


def _request(team: str, *, tpm: int = 100, models: list[ModelRequest] | None = None) -> AccessRequest:
    return AccessRequest(
        team=team, owner="a@contoso.com", cost_center="CC-1", tokens_per_minute=tpm, daily_token_quota=1000,
        models=models or [ModelRequest(name="gpt-4.1", type="foundry")],
    )


def _kaito(name: str, sku: str) -> ModelRequest:
    return ModelRequest(name=name, type="kaito", instance_type=sku)


def test_foundry_tpm_at_capacity_times_oversubscription_passes_and_one_over_fails(platform: PlatformConfig) -> None:
    model = platform.foundry.models["gpt-4.1"]
    limit = int(model.capacity_tpm * platform.team_limits.oversubscription)
    teams = [_tpm(f"team-{i}", 1000) for i in range(limit // 1000)]
    assert sum(u.tokens_per_minute or 0 for u in teams) == limit
    assert check_capacity(teams, platform, None) == []
    problems = check_capacity([*teams, _tpm("team-one-more", 1)], platform, None)
    assert [(p.path, p.field) for p in problems] == [("platform.yaml", "foundry.models.gpt-4.1.capacityTpm")]
    assert f"{limit + 1:,} TPM" in problems[0].message


def test_gpu_quota_at_the_limit_passes_and_one_node_over_fails(platform: PlatformConfig) -> None:
    sku = "Standard_NC48ads_A100_v4"
    quota = platform.gpu_quotas[sku]
    teams = [_nodes(f"team-{i}", ("phi-4", sku)) for i in range(quota)]
    assert check_capacity(teams, platform, None) == []
    problems = check_capacity([*teams, _nodes("team-more", ("phi-4", sku))], platform, None)
    assert [p.field for p in problems] == [f"gpuQuotas.{sku}"]
    assert f"would need {quota + 1} nodes, over the quota of {quota}" in problems[0].message


def test_only_new_teams_are_named_when_the_output_folder_is_the_baseline(platform: PlatformConfig) -> None:
    teams = [_tpm(f"team-{i}", 20000) for i in range(15)]  # 300,000: at the limit
    baseline = Baseline(frozenset(u.team for u in teams))
    problems = check_capacity([*teams, _tpm("team-new", 500)], platform, None, baseline)
    named = [(p.path, p.line, p.field) for p in problems if p.path != "platform.yaml"]
    assert named == [("requests/team-new/access.yaml", 13, "spec.tokensPerMinute")]
    assert "this request is new in this pull request and adds 500 TPM, 500 over" in problems[-1].message


def test_with_plan_base_the_team_that_raised_its_tpm_is_named_not_the_unchanged_ones(platform: PlatformConfig) -> None:
    base = {f"team-{i}": _request(f"team-{i}", tpm=20000) for i in range(15)}
    base["team-3"] = _request("team-3", tpm=19000)
    head = [_tpm(f"team-{i}", 20000) for i in range(15)]  # team-3 goes from 19,000 to 20,000; the others are unchanged
    head.append(_tpm("team-low", 0 + 500))
    base["team-low"] = _request("team-low", tpm=500)
    problems = check_capacity(head, platform, None, Baseline(frozenset(base), base))
    named = [p for p in problems if p.path != "platform.yaml"]
    assert [p.path for p in named] == ["requests/team-3/access.yaml"]
    assert "this request takes 20,000 TPM in this pull request, 1,000 more than before" in named[0].message


def test_a_replaced_workspace_counts_its_old_node_while_plan_knows_the_base(platform: PlatformConfig) -> None:
    # GIVEN the A10 quota full at the base; team-0 moves mistral to an A100, and a new team takes
    # the A10 node team-0 gives up
    a10, a100 = "Standard_NV36ads_A10_v5", "Standard_NC24ads_A100_v4"
    quota = platform.gpu_quotas[a10]
    base = {f"team-{i}": _request(f"team-{i}", models=[_kaito("mistral-7b-instruct", a10)]) for i in range(quota)}
    head = [_nodes("team-0", ("mistral-7b-instruct", a100))]
    head += [_nodes(f"team-{i}", ("mistral-7b-instruct", a10)) for i in range(1, quota)]
    head.append(_nodes("team-new", ("mistral-7b-instruct", a10)))
    # WHEN only the output folder is known, the swap fits; with plan's base, team-0's old node is still there
    assert check_capacity(head, platform, None, Baseline(frozenset(base))) == []
    problems = check_capacity(head, platform, None, Baseline(frozenset(base), base))
    # THEN the A10 quota is over by the old node, and the new team that took it is named
    assert [(p.path, p.field) for p in problems] == [
        ("platform.yaml", f"gpuQuotas.{a10}"),
        ("requests/team-new/access.yaml", "spec.models[0].instanceType"),
    ]
    assert f"would need {quota + 1} nodes (1 of them only while a workspace is replaced: the new one is created before the old one is removed)" in problems[0].message
    assert "this request is new in this pull request and adds 1 node" in problems[1].message


def test_a_preset_swap_in_one_team_holds_both_nodes_during_the_rollover(platform: PlatformConfig) -> None:
    # GIVEN the A100 quota full at the base, team-0 swaps phi-4 for phi-4-mini-instruct on the same size
    sku = "Standard_NC24ads_A100_v4"
    quota = platform.gpu_quotas[sku]
    base = {f"team-{i}": _request(f"team-{i}", models=[_kaito("phi-4", sku)]) for i in range(quota)}
    head = [_nodes("team-0", ("phi-4-mini-instruct", sku))] + [_nodes(f"team-{i}", ("phi-4", sku)) for i in range(1, quota)]
    # THEN for the rollover team-0 needs one more node than the quota has
    problems = check_capacity(head, platform, None, Baseline(frozenset(base), base))
    assert [p.path for p in problems] == ["platform.yaml", "requests/team-0/access.yaml"]
    assert "this request takes 2 nodes in this pull request, 1 more than before" in problems[1].message
    assert check_capacity(head, platform, None, Baseline(frozenset(base))) == []  # no base requests: no rollover known


# ---- through validate_requests and plan --------------------------------------------------------


def _typed(team: str, models: list[dict], tpm: int = 100) -> str:
    spec = {"team": team, "owner": "a@contoso.com", "costCenter": "CC-1", "entraGroupId": "11111111-2222-4333-8444-555555555555",
            "models": models, "tokensPerMinute": tpm, "dailyTokenQuota": 1000}
    return yaml.safe_dump({"apiVersion": "ai.contoso.com/v1alpha1", "kind": "ModelAccessRequest", "metadata": {"name": team}, "spec": spec}, sort_keys=False)


def _write(root: Path, team: str, text: str) -> None:
    (root / team).mkdir(parents=True, exist_ok=True)
    (root / team / "access.yaml").write_text(text)


def test_plan_counts_the_old_node_of_a_changed_instance_type(tmp_path: Path, monkeypatch) -> None:
    # GIVEN a repository whose base fills the A10 quota
    platform = yaml.safe_load(FIXTURE_PLATFORM.read_text())
    a10, a100 = "Standard_NV36ads_A10_v5", "Standard_NC24ads_A100_v4"
    quota = platform["gpuQuotas"][a10]
    (tmp_path / "platform.yaml").write_text(yaml.safe_dump(platform, sort_keys=False))
    copy_fragments(tmp_path)
    requests = tmp_path / "developer-requests"
    for i in range(quota):
        _write(requests, f"team-{i}", _typed(f"team-{i}", [{"name": "mistral-7b-instruct", "type": "kaito", "instanceType": a10}]))
    git = lambda *args: subprocess.run(["git", *args], cwd=tmp_path, check=True, capture_output=True, text=True).stdout.strip()  # noqa: E731
    git("init", "-q", "-b", "main")
    git("add", "-A")
    git("-c", "user.name=t", "-c", "user.email=t@example.com", "commit", "-qm", "base")
    # WHEN team-0 moves to an A100 and a new team asks for the A10 node it frees
    _write(requests, "team-0", _typed("team-0", [{"name": "mistral-7b-instruct", "type": "kaito", "instanceType": a100}]))
    _write(requests, "team-new", _typed("team-new", [{"name": "mistral-7b-instruct", "type": "kaito", "instanceType": a10}]))
    monkeypatch.chdir(tmp_path)
    out, err = io.StringIO(), io.StringIO()
    code = main(["plan", "--base", "HEAD", "--platform", "platform.yaml", "--today", "2026-11-27"], stdout=out, stderr=err)
    # THEN plan refuses: while team-0's workspace is replaced, both its nodes exist
    assert code == 1, err.getvalue()
    lines = err.getvalue().splitlines()
    assert any(line.startswith(f"platform.yaml:") and f"gpuQuotas.{a10}: capacity: {a10} would need {quota + 1} nodes (1 of them" in line for line in lines), lines
    assert any(line.startswith("developer-requests/team-new/access.yaml:") and "instanceType" in line for line in lines), lines
    assert not any("team-0/" in line for line in lines), lines


def test_plan_refuses_a_new_request_that_is_already_expired(tmp_path: Path, monkeypatch) -> None:
    (tmp_path / "platform.yaml").write_text(FIXTURE_PLATFORM.read_text())
    copy_fragments(tmp_path)
    requests = tmp_path / "developer-requests"
    _write(requests, "team-old", _typed("team-old", [{"name": "gpt-4.1", "type": "foundry"}]))
    git = lambda *args: subprocess.run(["git", *args], cwd=tmp_path, check=True, capture_output=True, text=True)  # noqa: E731
    git("init", "-q", "-b", "main")
    git("add", "-A")
    git("-c", "user.name=t", "-c", "user.email=t@example.com", "commit", "-qm", "base")
    _write(requests, "team-new", _typed("team-new", [{"name": "gpt-4.1", "type": "foundry"}]) .replace("spec:\n", "spec:\n  expiresOn: 2026-11-01\n"))
    monkeypatch.chdir(tmp_path)
    err = io.StringIO()
    code = main(["plan", "--base", "HEAD", "--platform", "platform.yaml", "--today", "2026-11-27"], stdout=io.StringIO(), stderr=err)
    assert code == 1
    assert "developer-requests/team-new/access.yaml:6: spec.expiresOn: 2026-11-01 is already past" in err.getvalue()


def test_a_team_present_at_the_base_may_lapse(tmp_path: Path, platform: PlatformConfig) -> None:
    base_requests = tmp_path / "base"
    _write(base_requests, "team-x", _typed("team-x", [{"name": "gpt-4.1", "type": "foundry"}]))
    head = tmp_path / "head"
    _write(head, "team-x", _typed("team-x", [{"name": "gpt-4.1", "type": "foundry"}]).replace("spec:\n", "spec:\n  expiresOn: 2026-11-01\n"))
    for baseline, ok in ((baseline_at_base(str(base_requests), None, []), True), (baseline_at_base(None, None, []), False)):
        report = validate_requests(str(head), platform, today=TODAY, baseline=baseline)
        assert report.ok is ok, report.problems


# ---- every count, rank and line of a capacity problem -------------------------------------------------

A10, A100 = "Standard_NV36ads_A10_v5", "Standard_NC24ads_A100_v4"
NODE_FIX = "choose another instanceType or talk to the platform team"


def test_the_usage_of_a_valid_request_is_its_tpm_its_enabled_foundry_models_and_one_workspace_per_kaito_model() -> None:
    request = _request("team-x", tpm=700, models=[ModelRequest(name="gpt-4.1", type="foundry"), ModelRequest(name="gpt-5.2", type="foundry", enabled=False), _kaito("phi-4", A100)])
    assert usage_of(request) == TeamUsage("team-x", 700, ("gpt-4.1",), (Workspace("phi-4", A100),))


def test_the_teams_that_take_most_are_ranked_by_amount_then_name_three_of_them(platform: PlatformConfig) -> None:
    teams = [_tpm("team-b", 100_000), _tpm("team-d", 1), _tpm("team-a", 100_000), _tpm("team-c", 100_001)]
    (problem,) = check_capacity(teams, platform, None)
    assert problem.message == (
        "capacity: gpt-4.1 would get 300,002 TPM from 4 teams, over its limit of 300,000 (capacity 150,000 x oversubscription 2); "
        "most: team-c 100,001, team-a 100,000, team-b 100,000"
    )
    assert (problem.path, problem.line) == ("platform.yaml", 1)  # no source: the file is named, its first line


def test_every_catalog_model_is_checked_and_a_team_without_it_is_passed_over(platform: PlatformConfig) -> None:
    # GIVEN gpt-4.1 well within its limit, and gpt-5.2 (after it in the catalog) one over
    limit = int(platform.foundry.models["gpt-5.2"].capacity_tpm * platform.team_limits.oversubscription)
    kaito_only = _nodes("team-0", ("phi-4", A100))
    teams = [kaito_only, _tpm("team-1", 1000)] + [_tpm(f"team-5-{i}", 20000, "gpt-5.2") for i in range(limit // 20000)]
    new = _tpm("team-new", 1, "gpt-5.2")
    problems = check_capacity([*teams, new], platform, None, Baseline(frozenset(u.team for u in teams)))
    assert [(p.path, p.field) for p in problems] == [("platform.yaml", "foundry.models.gpt-5.2.capacityTpm"), ("requests/team-new/access.yaml", "spec.tokensPerMinute")]
    assert problems[1].message.endswith("; this request is new in this pull request and adds 1 TPM, 1 over: lower tokensPerMinute or talk to the platform team")


def test_a_team_that_adds_a_foundry_model_at_plans_base_takes_all_its_tpm_anew(platform: PlatformConfig) -> None:
    base = {f"team-{i}": _request(f"team-{i}", tpm=20000) for i in range(15)}
    base["team-x"] = _request("team-x", tpm=1, models=[ModelRequest(name="gpt-5.2", type="foundry")])
    head = [_tpm(f"team-{i}", 20000) for i in range(15)] + [_tpm("team-x", 1)]  # team-x moves to gpt-4.1
    problems = check_capacity(head, platform, None, Baseline(frozenset(base), base))
    assert [p.path for p in problems] == ["platform.yaml", "requests/team-x/access.yaml"]
    assert "this request takes 1 TPM in this pull request, 1 more than before, 1 over" in problems[1].message


def test_each_workspace_takes_a_node_even_two_of_one_team(platform: PlatformConfig) -> None:
    assert platform.gpu_quotas[A10] == 4
    teams = [_nodes("team-a", ("mistral-7b-instruct", A10), ("phi-4-mini-instruct", A10)), _nodes("team-b", ("mistral-7b-instruct", A10), ("phi-4-mini-instruct", A10))]
    assert check_capacity(teams, platform, None) == []
    (problem,) = check_capacity([*teams, _nodes("team-c", ("mistral-7b-instruct", A10))], platform, None)
    assert problem.message == f"capacity: {A10} would need 5 nodes, over the quota of 4; most: team-a 2, team-b 2, team-c 1"


def test_node_counts_and_quotas_are_written_with_thousands_separators(platform: PlatformConfig) -> None:
    big = platform.model_copy(update={"gpu_quotas": {**platform.gpu_quotas, A10: 1000}})
    teams = [_nodes(f"team-{i:04d}", ("mistral-7b-instruct", A10)) for i in range(1001)]
    (problem,) = check_capacity(teams, big, None)
    assert problem.message.startswith(f"capacity: {A10} would need 1,001 nodes, over the quota of 1,000; most: team-0000 1, ")


def test_a_gpu_size_without_a_quota_has_none(platform: PlatformConfig) -> None:
    sku = "Standard_ND96isr_H100_v5"
    assert sku not in platform.gpu_quotas
    (problem,) = check_capacity([_nodes("team-a", ("phi-4", sku))], platform, None)
    assert (problem.field, problem.message) == (f"gpuQuotas.{sku}", f"capacity: {sku} would need 1 node, over the quota of 0; most: team-a 1")


def test_only_new_teams_are_named_for_nodes_when_the_output_folder_is_the_baseline(platform: PlatformConfig) -> None:
    teams = [_nodes("team-a100", ("phi-4", A100))] + [_nodes(f"team-{i}", ("mistral-7b-instruct", A10)) for i in range(4)]
    new = _nodes("team-new", ("phi-4", A100), ("mistral-7b-instruct", A10))
    problems = check_capacity([*teams, new], platform, None, Baseline(frozenset(u.team for u in teams)))
    # THEN the new request is named at its A10 model (its second), not at its A100 one
    assert [(p.path, p.line, p.field) for p in problems] == [("platform.yaml", 1, f"gpuQuotas.{A10}"), ("requests/team-new/access.yaml", 15, "spec.models[1].instanceType")]
    assert problems[1].message == f"capacity: {A10} would need 5 nodes, over the quota of 4; this request is new in this pull request and adds 1 node: {NODE_FIX}"


def test_a_node_without_a_line_of_its_own_is_named_at_the_request(platform: PlatformConfig) -> None:
    teams = [_nodes(f"team-{i}", ("mistral-7b-instruct", A10)) for i in range(4)]
    new = TeamUsage("team-new", None, (), (Workspace("mistral-7b-instruct", A10),), "requests/team-new/access.yaml", tpm_at=(13, "spec.tokensPerMinute"))
    problems = check_capacity([*teams, new], platform, None, Baseline(frozenset(u.team for u in teams)))
    assert [(p.path, p.line, p.field) for p in problems[1:]] == [("requests/team-new/access.yaml", 13, "spec.tokensPerMinute")]
    assert problems[1].message.endswith(f"adds 1 node: {NODE_FIX}")


def test_two_replaced_workspaces_hold_two_old_nodes_and_a_removed_one_none(platform: PlatformConfig) -> None:
    old_models = [_kaito("mistral-7b-instruct", A10), _kaito("phi-4-mini-instruct", A10)]
    base = {"team-0": _request("team-0", models=old_models), "team-1": _request("team-1", models=[_kaito("mistral-7b-instruct", A10)])}
    others = [_nodes("team-1", ("mistral-7b-instruct", A10)), _nodes("team-new", ("mistral-7b-instruct", A10))]
    # WHEN team-0 moves both models to an A100, both A10 nodes stay while the new workspaces start
    moved = _nodes("team-0", ("mistral-7b-instruct", A100), ("phi-4-mini-instruct", A100))
    problems = check_capacity([moved, *others, _nodes("team-2", ("mistral-7b-instruct", A10))], platform, None, Baseline(frozenset(base), base))
    assert problems[0].message.startswith(f"capacity: {A10} would need 5 nodes (2 of them only while a workspace is replaced: ")
    # WHEN team-0 only drops one of them, nothing is created and nothing is held
    dropped = _nodes("team-0", ("mistral-7b-instruct", A10))
    assert check_capacity([dropped, *others, _nodes("team-2", ("mistral-7b-instruct", A10))], platform, None, Baseline(frozenset(base), base)) == []


# ---- the baseline: which teams existed before the pull request ------------------------------------


def test_the_teams_before_are_the_team_folders_of_the_requests_and_of_the_output(tmp_path: Path) -> None:
    requests, dist = tmp_path / "requests", tmp_path / "dist"
    for folder in (requests / "team-a", requests / ".git", dist / "teams" / "team-b", dist / "teams" / ".staging", dist / "argocd" / "team-z"):
        folder.mkdir(parents=True)
    (requests / "README.md").write_text("not a team")
    (dist / "teams" / "team-c.yaml").write_text("not a team")
    (dist / "teams" / "loop").symlink_to("loop")  # a link that cannot be followed is no team either
    base = baseline_at_base(str(requests), str(dist), [_request("team-d")])
    assert base.teams == {"team-a", "team-b", "team-d"}
    assert list(base.requests or {}) == ["team-d"]
    assert baseline_from_output(str(dist)) == Baseline(frozenset({"team-b"}))
    assert baseline_at_base(None, None, []) == Baseline(frozenset(), {})
    assert baseline_from_output(str(tmp_path / "no-output")) == Baseline(frozenset())


def test_a_gpu_quota_problem_points_at_its_line_in_the_platform_file(platform: PlatformConfig) -> None:
    text = FIXTURE_PLATFORM.read_text().splitlines()
    quotas = text.index("gpuQuotas:")
    line = next(i for i in range(quotas, len(text)) if text[i].strip().startswith(f"{A10}:")) + 1
    teams = [_nodes(f"team-{i}", ("mistral-7b-instruct", A10)) for i in range(5)]
    (problem,) = check_capacity(teams, platform, load_platform_source(str(FIXTURE_PLATFORM))[1])
    assert (problem.path, problem.line, problem.field) == (str(FIXTURE_PLATFORM), line, f"gpuQuotas.{A10}")
