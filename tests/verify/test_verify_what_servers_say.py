"""Nothing a server says ends verify in a traceback: each odd answer is one failed check with a reason.

Bodies that are not JSON or have the wrong shape, numbers that are not numbers, keys that cannot
be sent, a live ProductPolicy that is not XML, messages a megabyte long and names with escape
sequences: staged against the loopback stand-ins, each ends as a line of its own, and the summary
and the `--format json` document are always printed. Also: every kind the folder holds is read
(core kinds an extension adds through discovery), and the refusal of a model the team did not ask
for must be the one its synthesized policy returns.
"""

from __future__ import annotations

import base64
import json

import pytest
import yaml
from support.apim_policy_model import estimate_tokens
from support.hostile_answers import as_json, raw
from support.verify_scene import TEAMS, keyed, models_of, request_of, scene, team_with

from ai_access import exit_codes
from ai_access.names.team import ENDPOINT_CONFIGMAP, KEY_SECRET, TeamNames
from ai_access.problems import MAX_LINE_CHARS

SECRET = ("kubernetes", f"Secret {KEY_SECRET}")
POLICY = ("kubernetes", "ProductPolicy apim-product-policy")
COMPLETION = {"choices": [{"index": 0, "message": {"role": "assistant", "content": "pong"}}], "usage": {"total_tokens": 2}}


def _other_model(platform, fixture_report, team: str) -> str:
    return next(m for m in [*platform.foundry.models, *platform.kaito_presets] if m not in models_of(fixture_report, team))


# --- wrong-shaped answers from the API server ------------------------------------------------------


def test_non_json_and_wrong_shaped_api_answers_are_failed_checks(fixture_dist, fixture_report, tmp_path, monkeypatch) -> None:
    team = team_with(fixture_report, lambda r: r.kaito_models and r.foundry_models)
    with scene(fixture_dist, team, tmp_path) as staged:
        kube = staged.kube
        workspace = next(o["metadata"]["name"] for o in kube.objects if o["kind"] == "Workspace")
        assignment = next(o["metadata"]["name"] for o in kube.objects if o["kind"] == "RoleAssignment")
        shapes = {
            ("Subscription", "apim-subscription"): as_json(200, {"metadata": [], "status": "Ready"}),
            ("Workspace", workspace): as_json(200, {"status": {"conditions": "Ready"}}),
            ("Product", "apim-product"): as_json(200, {"status": {"conditions": [["Ready"], {"type": ["Ready"]}, {"type": "Ready", "status": ["True"]}]}}),
            ("ConfigMap", ENDPOINT_CONFIGMAP): as_json(200, {"data": ["endpoint"]}),
            ("Namespace", TeamNames(team).namespace): raw(200, b"<html>not JSON</html>", content_type="text/html"),
            ("ProductApi", "apim-product-api"): as_json(200, []),
            ("RoleAssignment", assignment): raw(200, b"[" * 200_000),
            ("Secret", KEY_SECRET): as_json(200, {"data": {"primaryKey": 5}}),
        }
        for (kind, name), answer in shapes.items():
            kube.hostile[kube.path_of(kind, name)] = answer
        kube.hostile["/apis/networking.k8s.io/v1"] = as_json(200, {"resources": [5, {"name": 3, "kind": "Ingress"}, {"name": "../../secrets", "kind": "NetworkPolicy"}]})
        text = staged.run(monkeypatch)
        document = staged.run(monkeypatch, "--format", "json").document()
    failed = set(text.statuses("failed"))
    assert {("kubernetes", f"{kind} {name}") for kind, name in shapes} <= failed
    assert {s for a, s in failed if s.startswith(("Ingress ", "NetworkPolicy "))}  # the garbled discovery
    assert text.out.splitlines()[-1].startswith(f"verify {team}: ")
    assert document["exitCode"] == text.code == exit_codes.INVALID
    assert document["summary"]["failed"] == len(failed)


# --- wrong-shaped answers from the gateway ---------------------------------------------------------


def test_wrong_shaped_gateway_answers_are_failed_checks(fixture_dist, fixture_report, platform, tmp_path, monkeypatch) -> None:
    team = TEAMS[0]
    first, *_ = models_of(fixture_report, team)
    other = _other_model(platform, fixture_report, team)

    def hostile(request):
        if f"/deployments/{first}/" in request.path and keyed([request]):
            return raw(200, b"[]")
        if f"/deployments/{other}/" in request.path:
            return as_json(403, "refused")
        if estimate_tokens(request.body) > 1:  # the burst's calls
            return raw(200, b'{"usage": {"total_tokens": Infinity}}')
        return None

    with scene(fixture_dist, team, tmp_path) as staged:
        staged.gateway.hostile = hostile
        result = staged.run(monkeypatch, "--burst")
    status, message = result.check("gateway", f"model {first}")
    assert status == "failed" and "not a chat completion" in message
    status, message = result.check("gateway", f"model {other} (not asked for)")
    assert status == "failed" and "not the refusal" in message
    status, message = result.check("gateway", "tokens-per-minute limit")
    assert status == "failed" and "no 429" in message
    assert result.out.splitlines()[-1].startswith(f"verify {team}: ")


@pytest.mark.parametrize("value", ["²", "-5", "5.0", "+5", "0x10"])
def test_a_remaining_tokens_header_that_is_not_a_whole_number_is_a_failed_check(fixture_dist, fixture_report, tmp_path, monkeypatch, value) -> None:
    team = TEAMS[0]
    with scene(fixture_dist, team, tmp_path) as staged:
        staged.gateway.lying_headers = {"x-ai-gateway-remaining-tokens": value}
        result = staged.run(monkeypatch, "--burst")
    status, message = result.check("gateway", "rate-limit headers")
    assert status == "failed" and "not between 0 and" in message
    tpm = request_of(fixture_report, team).tokens_per_minute
    assert f"({tpm + 1} words first)" in result.out  # the burst ignores the header and sizes itself by the limit
    assert result.check("gateway", "tokens-per-minute limit")[0] == "ok"


# --- keys that cannot be sent ------------------------------------------------------------------------


@pytest.mark.parametrize(
    "key, why",
    [
        ("clé-ü".encode(), "not printable ASCII"),
        (b"key\x1b[2J\r\nX-Injected: 1", "not printable ASCII"),
        (b"   \n\t", "empty"),
        (b"\xff\xfe", "not base64 text"),
        (b"k" * 10_000, "longer than"),
    ],
    ids=["non-ascii", "control-characters", "whitespace", "not-utf8", "too-long"],
)
def test_a_key_that_cannot_be_sent_is_a_failed_check_and_is_never_printed(fixture_dist, fixture_report, tmp_path, monkeypatch, key, why) -> None:
    team = TEAMS[0]
    with scene(fixture_dist, team, tmp_path) as staged:
        staged.kube.find("Secret", KEY_SECRET)["data"]["primaryKey"] = base64.b64encode(key).decode()
        result = staged.run(monkeypatch)
        github = staged.run(monkeypatch, "--format", "github")
        sent = list(staged.gateway.calls)
    status, message = result.check(*SECRET)
    assert status == "failed" and why in message, message
    printed = result.out + result.err + github.out + github.err
    assert "X-Injected" not in printed and "clé" not in printed and "kkkkkkkk" not in printed
    assert keyed(sent) == []
    assert all(result.check("gateway", f"model {m}")[0] == "skipped" for m in models_of(fixture_report, team))
    assert result.code == exit_codes.INVALID


# --- a live policy that is not XML --------------------------------------------------------------------

LAUGHS = (
    '<?xml version="1.0"?><!DOCTYPE p [<!ENTITY a "aaaaaaaaaa"><!ENTITY b "&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;">'
    '<!ENTITY c "&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;"><!ENTITY d "&c;&c;&c;&c;&c;&c;&c;&c;&c;&c;">]><policies>&d;</policies>'
)


@pytest.mark.parametrize("value, why", [("not <xml", "not XML"), (5, "not text"), (LAUGHS, "entities")], ids=["not-xml", "a-number", "entities"])
def test_a_live_product_policy_that_is_not_the_policy_xml_is_a_failed_check(fixture_dist, fixture_report, tmp_path, monkeypatch, value, why) -> None:
    team = TEAMS[0]
    with scene(fixture_dist, team, tmp_path) as staged:
        staged.kube.find("ProductPolicy", "apim-product-policy")["spec"]["value"] = value
        result = staged.run(monkeypatch, "--format", "json")
    status, message = result.check_json(*POLICY)
    assert status == "failed" and why in message, message
    # The gateway checks still ran, against the synthesized policy's promises.
    assert [result.check_json("gateway", f"model {m}")[0] for m in models_of(fixture_report, team)] == ["ok"] * 2
    assert result.document()["exitCode"] == result.code == exit_codes.INVALID


# --- what is printed --------------------------------------------------------------------------------


def test_cluster_messages_are_cut_and_annotation_titles_escaped(fixture_dist, fixture_report, platform, tmp_path, monkeypatch) -> None:
    team = team_with(fixture_report, lambda r: r.kaito_models)
    namespace = TeamNames(team).namespace
    huge = "capacity " * 120_000  # about 1 MB

    def not_ready(kube) -> None:
        workspace = next(o for o in kube.objects if o["kind"] == "Workspace")
        workspace["status"] = {"conditions": [{"type": "ResourceReady", "status": "False", "reason": "NodeClaimNotReady", "message": huge}]}

    with scene(fixture_dist, team, tmp_path, change=not_ready) as staged:
        evil = {"apiVersion": "v1", "kind": "ConfigMap", "metadata": {"name": "evil\x1b[2J\u202e,title=x::y\n::error::forged", "namespace": namespace}}
        (staged.dist / "teams" / team / "configmap-evil.yaml").write_text(yaml.safe_dump(evil))
        text = staged.run(monkeypatch)
        github = staged.run(monkeypatch, "--format", "github")
        as_json = staged.run(monkeypatch, "--format", "json")
    for printed in (text.out, github.out, as_json.out):
        assert max(len(line) for line in printed.splitlines()) <= MAX_LINE_CHARS + 200  # the cut line, and a title or indent
        assert "\x1b" not in printed and "\u202e" not in printed
    workspace_line = next(line for line in text.out.splitlines() if line.startswith("failed  kubernetes Workspace"))
    assert "(line cut:" in workspace_line
    annotations = [line for line in github.out.splitlines() if line.startswith("::")]
    assert any("evil" in line for line in annotations)
    for line in annotations:
        command, _, _ = line[2:].partition("::")
        level, _, title = command.partition(" title=")
        assert level in ("error", "warning") and ":" not in title and "," not in title, line
    assert not any(line.startswith("::error::forged") for line in github.out.splitlines())
    assert all(len(c["message"]) <= MAX_LINE_CHARS + 40 for c in json.loads(as_json.out)["checks"])


# --- every kind the folder holds ---------------------------------------------------------------------


def test_core_kinds_an_extension_adds_are_read_through_discovery(fixture_dist, tmp_path, monkeypatch) -> None:
    team = TEAMS[0]
    namespace = TeamNames(team).namespace
    added = [
        {"apiVersion": "v1", "kind": "LimitRange", "metadata": {"name": "defaults", "namespace": namespace},
         "spec": {"limits": [{"type": "Container", "default": {"cpu": "500m"}}]}},
        {"apiVersion": "v1", "kind": "ResourceQuota", "metadata": {"name": "compute", "namespace": namespace}, "spec": {"hard": {"pods": "20"}}},
    ]
    with scene(fixture_dist, team, tmp_path) as staged:
        for obj in added:
            (staged.dist / "teams" / team / f"{obj['kind'].lower()}-{obj['metadata']['name']}.yaml").write_text(yaml.safe_dump(obj))
            staged.kube.objects.append(obj)
        result = staged.run(monkeypatch)
    assert result.check("kubernetes", "LimitRange defaults") == ("ok", "exists")
    assert result.check("kubernetes", "ResourceQuota compute") == ("ok", "exists")
    assert result.code == exit_codes.OK, result.out


# --- the refusal of a model the team did not ask for ----------------------------------------------------


@pytest.mark.parametrize(
    "answer, why",
    [
        ((200, COMPLETION), "200: the gateway let a model through"),
        ((403, {"error": {"code": "Forbidden", "message": "no"}}), "not the refusal"),
        ((403, {"error": {"code": "ModelNotAllowed", "message": "This subscription may call anything"}}), "not the refusal"),
        ((403, {"error": {"code": "ModelNotAllowed"}}), "not the refusal"),
        ((404, {"error": {"code": "ModelNotAllowed"}}), "expected 403"),
    ],
    ids=["200", "other-code", "other-message", "no-message", "404"],
)
def test_the_refusal_must_be_the_one_the_synthesized_policy_returns(fixture_dist, fixture_report, platform, tmp_path, monkeypatch, answer, why) -> None:
    team = TEAMS[0]
    other = _other_model(platform, fixture_report, team)
    status_code, body = answer
    with scene(fixture_dist, team, tmp_path) as staged:
        staged.gateway.hostile = lambda request: as_json(status_code, body) if f"/deployments/{other}/" in request.path else None
        result = staged.run(monkeypatch)
    status, message = result.check("gateway", f"model {other} (not asked for)")
    assert status == "failed" and why in message, message
    assert result.code == exit_codes.INVALID


def test_a_live_policy_whose_refusal_was_changed_does_not_move_what_verify_expects(fixture_dist, fixture_report, platform, tmp_path, monkeypatch) -> None:
    team = TEAMS[0]
    other = _other_model(platform, fixture_report, team)

    def other_refusal(kube) -> None:
        policy = kube.find("ProductPolicy", "apim-product-policy")["spec"]
        policy["value"] = policy["value"].replace("ModelNotAllowed", "SomethingElse")

    with scene(fixture_dist, team, tmp_path, change=other_refusal) as staged:
        result = staged.run(monkeypatch)
    status, message = result.check("gateway", f"model {other} (not asked for)")
    assert status == "failed" and "SomethingElse" in message and "ModelNotAllowed" in message, message


def test_the_policys_own_refusal_passes(fixture_dist, fixture_report, platform, tmp_path, monkeypatch) -> None:
    team = TEAMS[0]
    other = _other_model(platform, fixture_report, team)
    with scene(fixture_dist, team, tmp_path) as staged:
        result = staged.run(monkeypatch)
    assert result.check("gateway", f"model {other} (not asked for)") == ("ok", "refused with 403 ModelNotAllowed, the policy's own refusal")


def test_a_policy_counting_in_a_header_the_backend_sets_itself_fails_and_the_burst_ignores_it(fixture_dist, tmp_path, monkeypatch) -> None:
    # Azure OpenAI answers with x-ratelimit-remaining-tokens for its own deployment (apim/headers.py):
    # a policy naming it for the team's limit gives a number verify cannot attribute. Issue 27, point 7.
    import shutil

    team = TEAMS[0]
    source = tmp_path / "source"
    shutil.copytree(fixture_dist / "teams" / team, source / "teams" / team)
    policy = source / "teams" / team / "productpolicy-apim-product-policy.yaml"
    policy.write_text(policy.read_text().replace("x-ai-gateway-remaining-tokens", "x-ratelimit-remaining-tokens"))
    with scene(source, team, tmp_path / "scene") as staged:
        result = staged.run(monkeypatch, "--burst")
    status, message = result.check("gateway", "rate-limit headers")
    assert status == "failed" and "x-ratelimit-remaining-tokens, a header the backend sets itself" in message
    assert result.check("gateway", "tokens-per-minute limit")[0] == "ok"
