"""`main.py verify` against stand-ins of the Kubernetes API and the gateway, on loopback.

The cluster serves each fixture team's synthesized folder; the gateway enforces the team's own
synthesized policy through `apim_policy_model`. Each broken thing the verb must find is staged
alone, and must come out as its own line with the right exit code, without hiding the lines after.
"""

from __future__ import annotations

import json
import os
import re
import subprocess
import sys

import pytest
from support.files import FIXTURE_PLATFORM, FIXTURE_REQUESTS, REPO
from support.hostile_answers import RecordingServer
from support.kube_standin import KubeStandIn, closed_port
from support.loopback_tls import certificate, server_context
from support.verify_scene import TEAMS, models_of, request_of, scene, team_with

from ai_access import exit_codes
from ai_access.verify.key_path import SUBJECT as KEY_PATH
from ai_access.names.team import ENDPOINT_CONFIGMAP, KEY_SECRET, TeamNames

SECRET = ("kubernetes", f"Secret {KEY_SECRET}")
NO_KEY = ("gateway", "call without a key")
BURST = ("gateway", "tokens-per-minute limit")


# --- all healthy -----------------------------------------------------------------------------------


@pytest.mark.parametrize("team", TEAMS)
def test_all_healthy(fixture_dist, fixture_report, platform, team, tmp_path, monkeypatch) -> None:
    with scene(fixture_dist, team, tmp_path) as staged:
        result = staged.run(monkeypatch)
        sent = list(staged.gateway.calls)
    assert result.code == exit_codes.OK, result.out
    checks = result.checks()
    # One line per object of the folder and the Secret, all ok.
    objects = {f"{o['kind']} {o['metadata']['name']}" for o in staged.kube.objects if o["kind"] != "Pod"}
    assert {s for (a, s) in checks if a == "kubernetes"} == objects | {KEY_PATH}
    # One metrics line per KAITO model: its PodMonitor selects the workspace's running pod.
    kaito = [m.name for m in request_of(fixture_report, team).kaito_models]
    assert [s for (a, s) in checks if a == "metrics"] == [f"model {m}" for m in kaito]
    assert all(checks[("metrics", f"model {m}")][0] == "ok" for m in kaito)
    models = models_of(fixture_report, team)
    assert [s for (a, s) in checks if a == "gateway" and s.startswith("model ") and "not asked" not in s] == [f"model {m}" for m in models]
    assert result.statuses("failed") == []
    request = request_of(fixture_report, team)
    expected_skips = ([] if request.foundry_models else [("foundry", "project")]) + ([] if request.entra_group_id else [("kubernetes", KEY_PATH)])
    assert sorted(result.statuses("skipped")) == sorted(expected_skips)
    assert checks[("gateway", "rate-limit headers")][0] == "ok"
    # Never more traffic than announced: one call without a key, one per model, one refused model.
    assert len(sent) == 1 + len(models) + 1
    assert result.out.splitlines()[-1].startswith(f"verify {team}: {len(checks) - len(expected_skips)} ok, 0 failed")


def test_the_key_path_line_says_how_a_member_gets_the_key_and_fails_without_the_kubeconfig_role(fixture_dist, fixture_report, platform, tmp_path, monkeypatch) -> None:
    # Issue 27, point 10: a member needs the AKS Cluster User Role to run `az aks get-credentials`, and
    # an address in the API server's authorized ranges to use it.
    team = team_with(fixture_report, lambda r: r.entra_group_id)
    with scene(fixture_dist, team, tmp_path) as staged:
        status, message = staged.run(monkeypatch).check("kubernetes", KEY_PATH)
        assert status == "ok", message
        assert f"az aks get-credentials --resource-group {platform.azure.resource_group} --name {platform.aks.cluster_name}" in message
        assert all(str(network) in message for network in platform.aks.api_server_authorized_ip_ranges)
        assignment = next(o for o in staged.kube.objects if o["metadata"]["name"].startswith("aks-cluster-user-"))
        assignment["status"]["conditions"][0].update(status="False", severity="Error", reason="AuthorizationFailed", message="no")
        status, message = staged.run(monkeypatch).check("kubernetes", KEY_PATH)
        assert status == "failed" and "not ready" in message
    # A folder synthesized before the role existed (an old dist/): its members cannot fetch a kubeconfig.
    for path in (staged.dist / "teams" / team).glob("roleassignment-aks-cluster-user-*.yaml"):
        path.unlink()
    with scene(staged.dist, team, tmp_path / "old") as old:
        status, message = old.run(monkeypatch).check("kubernetes", KEY_PATH)
    assert status == "failed" and "cannot fetch a kubeconfig" in message


def test_the_foundry_line_links_the_project_in_the_portal(fixture_dist, fixture_report, platform, tmp_path, monkeypatch) -> None:
    team = team_with(fixture_report, lambda r: r.foundry_models and r.playground_access)
    with scene(fixture_dist, team, tmp_path) as staged:
        status, message = staged.run(monkeypatch).check("foundry", f"project {TeamNames(team).project_azure_name}")
    wsid = f"{platform.foundry_account_id}/projects/{TeamNames(team).project_azure_name}"
    assert status == "ok"
    assert f"https://ai.azure.com/foundryProject/overview?wsid={wsid}&tid={platform.azure.tenant_id}" in message


def test_a_team_member_reads_its_key_and_calls_the_gateway_but_not_the_other_objects(fixture_dist, fixture_report, tmp_path, monkeypatch) -> None:
    team = TEAMS[0]
    with scene(fixture_dist, team, tmp_path) as staged:
        result = staged.run(monkeypatch, context="member")
    assert result.code == exit_codes.OK, result.out
    assert result.check(*SECRET)[0] == "ok"
    assert result.check("kubernetes", f"ConfigMap {ENDPOINT_CONFIGMAP}")[0] == "ok"
    status, message = result.check("kubernetes", "Product apim-product")
    assert status == "skipped" and 'User "member" cannot get' in message
    assert all(result.check("gateway", f"model {m}")[0] == "ok" for m in models_of(fixture_report, team))


# --- each failure alone ----------------------------------------------------------------------------


def test_a_model_missing_from_the_allowlist(fixture_dist, fixture_report, tmp_path, monkeypatch) -> None:
    team = TEAMS[0]
    *kept, dropped = models_of(fixture_report, team)

    def drop_from_policy(kube: KubeStandIn) -> None:
        # A wrong policy: the allowlist (and only it) lacks the team's last model.
        policy = kube.find("ProductPolicy", "apim-product-policy")["spec"]
        start = policy["value"].index("new string[] {") + len("new string[] {")
        end = policy["value"].index("}", start)
        items = [item.strip() for item in policy["value"][start:end].split(",")]
        items.remove(f"&quot;{dropped}&quot;")
        policy["value"] = policy["value"][:start] + " " + ", ".join(items) + " " + policy["value"][end:]

    with scene(fixture_dist, team, tmp_path, change=drop_from_policy) as staged:
        result = staged.run(monkeypatch)
    assert result.code == exit_codes.INVALID
    status, message = result.check("gateway", f"model {dropped}")
    assert status == "failed" and "403 ModelNotAllowed" in message
    assert [result.check("gateway", f"model {m}")[0] for m in kept] == ["ok"] * len(kept)
    assert result.statuses("failed") == [("gateway", f"model {dropped}")]


def test_a_workspace_not_ready(fixture_dist, fixture_report, platform, tmp_path, monkeypatch) -> None:
    team = team_with(fixture_report, lambda r: r.kaito_models)
    kaito = request_of(fixture_report, team).kaito_models[0]
    model = kaito.name
    names = TeamNames(team)
    workspace = names.workspace(model, instance_type=kaito.instance_type or "", gated=platform.kaito_presets[model].gated)
    pending = "Waiting for node claim: no Standard_NC24ads_A100_v4 capacity in swedencentral"

    def not_ready(kube: KubeStandIn) -> None:
        kube.find("Workspace", workspace)["status"] = {
            "conditions": [{"type": "ResourceReady", "status": "False", "reason": "NodeClaimNotReady", "message": pending}]
        }

    with scene(fixture_dist, team, tmp_path, change=not_ready) as staged:
        staged.gateway.down.add(names.backend_id(model))  # what the ingress answers without a ready pod
        result = staged.run(monkeypatch)
    assert result.code == exit_codes.INVALID
    status, message = result.check("kubernetes", f"Workspace {workspace}")
    assert status == "failed" and pending in message
    assert result.check("gateway", f"model {model}")[0] == "failed"
    assert sorted(result.statuses("failed")) == sorted([("kubernetes", f"Workspace {workspace}"), ("gateway", f"model {model}")])


def test_a_suspended_subscription(fixture_dist, fixture_report, tmp_path, monkeypatch) -> None:
    team = TEAMS[-1]

    def suspend(kube: KubeStandIn) -> None:
        subscription = kube.find("Subscription", "apim-subscription")
        subscription["spec"]["state"] = subscription["status"]["state"] = "suspended"

    with scene(fixture_dist, team, tmp_path, change=suspend) as staged:
        result = staged.run(monkeypatch)
    assert result.code == exit_codes.INVALID
    status, message = result.check("kubernetes", "Subscription apim-subscription")
    assert status == "failed" and "state suspended" in message
    for model in models_of(fixture_report, team):
        status, message = result.check("gateway", f"model {model}")
        assert status == "failed" and "401" in message and "suspended" in message
    assert result.check(*NO_KEY)[0] == "ok"  # the checks after the first failure still ran


def test_a_caller_without_read_access_to_the_secret(fixture_dist, fixture_report, tmp_path, monkeypatch) -> None:
    team = team_with(fixture_report, lambda r: r.entra_group_id)
    with scene(fixture_dist, team, tmp_path) as staged:
        result = staged.run(monkeypatch, context="viewer")
        sent = len(staged.gateway.calls)
    status, message = result.check(*SECRET)
    assert status == "skipped"
    assert str(request_of(fixture_report, team).entra_group_id) in message and "intended RBAC" in message
    assert result.check("kubernetes", "Product apim-product")[0] == "ok"  # a viewer sees everything else
    assert result.check(*NO_KEY)[0] == "ok"
    assert all(result.check("gateway", f"model {m}")[0] == "skipped" for m in models_of(fixture_report, team))
    assert result.code == exit_codes.OK and sent == 1


def test_a_gateway_that_times_out(fixture_dist, fixture_report, tmp_path, monkeypatch) -> None:
    team = TEAMS[0]
    with scene(fixture_dist, team, tmp_path, delay=3.0) as staged:
        result = staged.run(monkeypatch, "--timeout", "0.3")
    assert result.code == exit_codes.ENVIRONMENT, result.out
    timed_out = [NO_KEY, *(("gateway", f"model {m}") for m in models_of(fixture_report, team))]
    for key in timed_out:
        status, message = result.check(*key)
        assert status == "failed" and "no complete answer within 0.3 s" in message
    assert "each call must end within 0.3 s" in result.out


def test_no_kubeconfig_is_an_environment_failure(fixture_dist, tmp_path, monkeypatch) -> None:
    with scene(fixture_dist, TEAMS[0], tmp_path) as staged:
        staged.kubeconfig = tmp_path / "missing"
        result = staged.run(monkeypatch)
    assert result.code == exit_codes.ENVIRONMENT
    status, message = result.check("kubernetes", "cluster")
    assert status == "failed" and "no kubeconfig" in message
    assert result.check(*NO_KEY)[0] == "ok"


def test_an_unreachable_cluster_is_reported_once_and_the_rest_skipped(fixture_dist, tmp_path, monkeypatch) -> None:
    with scene(fixture_dist, TEAMS[0], tmp_path) as staged, closed_port() as nowhere:
        staged.kubeconfig.write_text(staged.kubeconfig.read_text().replace(staged.kube.url, nowhere))
        result = staged.run(monkeypatch)
    assert result.code == exit_codes.ENVIRONMENT
    failures = result.statuses("failed")
    assert len(failures) == 1 and failures[0][0] == "kubernetes"
    assert "did not answer" in result.check(*failures[0])[1]


def test_an_endpoint_configmap_out_of_sync_is_named_and_the_folders_endpoint_used(fixture_dist, fixture_report, tmp_path, monkeypatch) -> None:
    team = TEAMS[0]
    with scene(fixture_dist, team, tmp_path) as staged, RecordingServer(tls=server_context()) as elsewhere:
        staged.kube.find("ConfigMap", ENDPOINT_CONFIGMAP)["data"]["endpoint"] = elsewhere.url + "/openai"
        result = staged.run(monkeypatch)
    status, message = result.check("kubernetes", f"ConfigMap {ENDPOINT_CONFIGMAP}")
    assert status == "failed" and "differs from the synthesized folder in endpoint" in message
    assert elsewhere.calls == []  # the key goes where the folder says, not where the cluster says
    assert all(result.check("gateway", f"model {m}")[0] == "ok" for m in models_of(fixture_report, team))
    assert result.code == exit_codes.INVALID


# --- the burst ---------------------------------------------------------------------------------------


@pytest.mark.parametrize("estimate", ["true", "false"])
def test_burst_reaches_429_with_the_fewest_tokens(fixture_dist, fixture_report, tmp_path, monkeypatch, estimate) -> None:
    team = TEAMS[0]
    request = request_of(fixture_report, team)

    def estimating(kube: KubeStandIn) -> None:
        policy = kube.find("ProductPolicy", "apim-product-policy")["spec"]
        policy["value"] = policy["value"].replace('estimate-prompt-tokens="true"', f'estimate-prompt-tokens="{estimate}"')

    with scene(fixture_dist, team, tmp_path, change=estimating) as staged:
        result = staged.run(monkeypatch, "--burst")
        calls = staged.gateway.calls
    assert result.code == exit_codes.OK, result.out
    status, message = result.check(*BURST)
    # The calls before the burst used 2 tokens per model (one-word prompt, one completion token).
    left = request.tokens_per_minute - 2 * len(request.enabled_models)
    expected = f"429 after 1 call(s) and {left + 1} prompt tokens" if estimate == "true" else f"429 after 2 call(s) and {left + 2} prompt tokens"
    assert status == "ok" and message.startswith(expected), message
    burst_calls = calls[len(request.enabled_models) + 2 :]
    assert len(burst_calls) == (1 if estimate == "true" else 2)
    # What the burst sends is printed before it is sent.
    assert all("burst: will send to" in seen for seen in result.output_at_each_call[-len(burst_calls) :])
    assert "burst: will send to" not in result.output_at_each_call[0]


def test_burst_is_not_sent_when_the_days_quota_could_not_absorb_it(fixture_dist, tmp_path, monkeypatch) -> None:
    team = TEAMS[0]

    def small_quota(kube: KubeStandIn) -> None:
        policy = kube.find("ProductPolicy", "apim-product-policy")["spec"]
        policy["value"] = re.sub(r'token-quota="\d+"', 'token-quota="100"', policy["value"])

    with scene(fixture_dist, team, tmp_path, change=small_quota) as staged:
        result = staged.run(monkeypatch, "--burst")
        calls = len(staged.gateway.calls)
    status, message = result.check(*BURST)
    assert status == "skipped" and "nothing sent" in message
    assert calls == 2 + len(_models_of(staged))
    # The ConfigMap promises a quota the policy does not enforce: said on the headers line.
    assert result.check("gateway", "rate-limit headers")[0] == "failed"


def _models_of(staged) -> list[str]:
    return staged.kube.find("ConfigMap", ENDPOINT_CONFIGMAP)["data"]["models"].split(",")


# --- formats, usage and the process ------------------------------------------------------------------


def test_json_and_github_formats(fixture_dist, tmp_path, monkeypatch) -> None:
    def suspend(kube: KubeStandIn) -> None:
        kube.find("Subscription", "apim-subscription")["status"]["state"] = "suspended"

    with scene(fixture_dist, TEAMS[0], tmp_path, change=suspend) as staged:
        as_json = staged.run(monkeypatch, "--format", "json")
        as_github = staged.run(monkeypatch, "--format", "github")
    document = json.loads(as_json.out)
    assert document["exitCode"] == as_json.code == exit_codes.INVALID
    assert document["summary"]["failed"] == sum(c["status"] == "failed" for c in document["checks"]) > 0
    assert any(n.startswith("gateway: will send to") for n in document["notes"]) and "gateway: will send to" in as_json.err
    errors = [line for line in as_github.out.splitlines() if line.startswith("::error title=verify ")]
    assert len(errors) == document["summary"]["failed"] and as_github.code == as_json.code


def test_an_unknown_team_is_a_usage_error(fixture_dist, tmp_path, monkeypatch) -> None:
    with scene(fixture_dist, TEAMS[0], tmp_path) as staged:
        staged.team = "no-such-team"
        assert staged.run(monkeypatch).code == exit_codes.USAGE


def test_verify_as_a_process_and_what_each_verb_imports(fixture_dist, tmp_path) -> None:
    team = TEAMS[0]
    with scene(fixture_dist, team, tmp_path) as staged:
        env = {**os.environ, "KUBECONFIG": str(staged.kubeconfig), "SSL_CERT_FILE": str(certificate()[0])}
        env.pop("KUBERNETES_SERVICE_HOST", None)
        script = (
            "import sys, runpy\n"
            "sys.argv = ['main.py', *sys.argv[1:]]\n"
            "try:\n    runpy.run_path('main.py', run_name='__main__')\n"
            "except SystemExit as exit:\n"
            "    print('imports', 'jsii' in sys.modules, 'kubernetes' in sys.modules, 'httpx' in sys.modules, file=sys.stderr)\n"
            "    raise\n"
        )
        common = ["--platform", str(FIXTURE_PLATFORM)]
        verify = subprocess.run(
            [sys.executable, "-c", script, "verify", "--team", team, "--dist", str(staged.dist), *common],
            cwd=REPO, env=env, capture_output=True, text=True, timeout=120,
        )
    validate = subprocess.run(
        [sys.executable, "-c", script, "validate", "--requests", str(FIXTURE_REQUESTS), *common],
        cwd=REPO, capture_output=True, text=True, timeout=120,
    )
    assert verify.returncode == 0, verify.stdout + verify.stderr
    assert verify.stderr.split()[-3:] == ["False", "True", "True"]  # verify: no jsii
    assert validate.returncode == 0, validate.stderr
    assert validate.stderr.split()[-3:] == ["False", "False", "False"]  # validate: neither jsii nor the clients
