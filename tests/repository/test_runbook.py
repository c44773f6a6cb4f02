"""docs/runbook.md: every `main.py` command it gives runs, and every line its tables quote is one verify prints.

The commands run against the loopback stand-ins of the Kubernetes API and the gateway (the
`verify_scene` of `test_verify.py`), with the runbook's placeholders filled in: the on-call's own
context (the current one) is a reader of the namespace who may not read the key Secret, and
`<member-context>` a member of the team's Entra group. Each failure whose line the runbook quotes
is staged alone, and the quoted words must be in verify's output. The only other commands the page
may hold are `make setup` and the `kubectl` and `argocd` commands, which need a real cluster.
"""

from __future__ import annotations

import io
import json
import re
import shlex
from collections.abc import Callable
from pathlib import Path

import pytest
from support.files import FIXTURE_PLATFORM, REPO
from support.kube_standin import KubeStandIn
from support.loopback_tls import certificate
from support.verify_scene import Scene, scene, team_with

from ai_access import exit_codes
from ai_access.cli import main
from ai_access.names.team import ENDPOINT_CONFIGMAP, KEY_SECRET

RUNBOOK = REPO / "docs" / "runbook.md"
MAIN = ".venv/bin/python main.py "
NOT_RUN_HERE = ("make setup", "kubectl ", "argocd ")
"""Commands no stand-in can answer: setup (every test run starts with it), a real cluster's kubectl, ArgoCD's CLI."""


def runbook_commands() -> list[str]:
    """Every command line of the runbook's shell blocks."""
    blocks = re.findall(r"^\s*```sh\n(.*?)^\s*```", RUNBOOK.read_text(), flags=re.M | re.S)
    return [line.strip() for block in blocks for line in block.splitlines() if line.strip()]


def run_line(staged: Scene, monkeypatch: pytest.MonkeyPatch, line: str) -> tuple[int, str]:
    """One runbook command, its placeholders filled in, pointed at the stand-ins; (exit code, output)."""
    filled = line.replace("<team>", staged.team).replace("<member-context>", "member").replace("<gateway-url>", staged.endpoint)
    assert "<" not in filled, f"a placeholder the test does not know: {line}"
    assert filled.startswith(MAIN)
    monkeypatch.setenv("KUBECONFIG", str(staged.kubeconfig))
    monkeypatch.setenv("SSL_CERT_FILE", str(certificate()[0]))
    monkeypatch.delenv("KUBERNETES_SERVICE_HOST", raising=False)
    out, err = io.StringIO(), io.StringIO()
    argv = [*shlex.split(filled.removeprefix(MAIN)), "--dist", str(staged.dist), "--platform", str(FIXTURE_PLATFORM)]
    code = main(argv if "--timeout" in argv else [*argv, "--timeout", "5"], stdout=out, stderr=err)
    return code, out.getvalue() + err.getvalue()


def as_on_call(staged: Scene) -> Scene:
    """The scene with the on-call's own context current: a reader of the namespace, not in the team's group."""
    staged.kube.write_kubeconfig(staged.kubeconfig, current="viewer")
    return staged


def test_the_runbook_holds_only_commands_the_test_runs_or_names() -> None:
    commands = runbook_commands()
    assert any(c.startswith(MAIN) for c in commands)
    assert [c for c in commands if not c.startswith((MAIN, *NOT_RUN_HERE))] == []
    # each call's section has its commands
    text = RUNBOOK.read_text()
    for title in ("## Our key does not work", "## Our model does not answer", "## The sync is stuck"):
        assert title in text


@pytest.fixture(scope="module")
def team(fixture_report) -> str:
    """A fixture team with an Entra group (so a member can read its key), a Foundry model and a KAITO model."""
    return team_with(fixture_report, lambda r: r.entra_group_id and r.foundry_models and r.kaito_models)


def test_every_main_py_command_of_the_runbook_runs_against_the_stand_ins(fixture_dist, team, tmp_path, monkeypatch) -> None:
    lines = list(dict.fromkeys(c for c in runbook_commands() if c.startswith(MAIN)))
    assert len(lines) >= 5
    for number, line in enumerate(lines):
        with scene(fixture_dist, team, tmp_path / str(number)) as staged:
            code, output = run_line(as_on_call(staged), monkeypatch, line)
        assert code == exit_codes.OK, f"{line}\n{output}"
        if "--format json" in line:
            document = json.loads(output[: output.rindex("}") + 1])
            assert document["summary"]["skipped"] > 0  # the on-call does not see the key: the runbook says so
        elif "<member-context>" in line:
            assert f"ok      kubernetes Secret {KEY_SECRET}: exists; primaryKey readable" in output
        else:
            assert "which is the intended RBAC; checks that need the key are skipped" in output


# --- every quoted line, staged alone -----------------------------------------------------------------


def _missing(kind: str, name: str) -> Callable[[KubeStandIn], None]:
    # Renamed rather than removed: the stand-in's discovery serves only the kinds it holds.
    return lambda kube: kube.find(kind, name)["metadata"].update(name=f"{name}-other")


def _set_status(kind: str, name: str, status: dict, generation: int = 1) -> Callable[[KubeStandIn], None]:
    def change(kube: KubeStandIn) -> None:
        obj = kube.find(kind, name)
        obj["metadata"]["generation"] = generation
        obj["status"] = {**obj.get("status", {}), **status}

    return change


def _suspend(kube: KubeStandIn) -> None:
    subscription = kube.find("Subscription", "apim-subscription")
    subscription["spec"]["state"] = subscription["status"]["state"] = "suspended"


def _no_primary_key(kube: KubeStandIn) -> None:
    kube.find("Secret", KEY_SECRET)["data"].pop("primaryKey")


def _drop_first_model_from_the_allowlist(kube: KubeStandIn) -> None:
    policy = kube.find("ProductPolicy", "apim-product-policy")["spec"]
    start = policy["value"].index("new string[] {") + len("new string[] {")
    end = policy["value"].index("}", start)
    items = [item.strip() for item in policy["value"][start:end].split(",")]
    policy["value"] = policy["value"][:start] + " " + ", ".join(items[1:]) + " " + policy["value"][end:]


def _workspace_waiting(kube: KubeStandIn) -> None:
    workspace = next(o for o in kube.objects if o["kind"] == "Workspace")
    workspace["status"] = {"conditions": [{"type": "ResourceReady", "status": "False", "reason": "NodeClaimNotReady", "message": "no capacity"}]}


def _endpoint_changed(kube: KubeStandIn) -> None:
    kube.find("ConfigMap", ENDPOINT_CONFIGMAP)["data"]["tokensPerMinute"] = "1"


ERROR = {"conditions": [{"type": "Ready", "status": "False", "severity": "Error", "reason": "InvalidRequestContent", "message": "Azure refused", "observedGeneration": 1}]}
OLD = {"conditions": [{"type": "Ready", "status": "True", "observedGeneration": 1, "reason": "Succeeded"}]}

# (quoted words, what is staged, who runs it, the exit code)
QUOTED = {
    "the on-call sees the key skipped": ("which is the intended RBAC; checks that need the key are skipped", None, "on-call", exit_codes.OK),
    "and the gateway checks skipped": ("no key: this caller may not read Secret ai-gateway-key", None, "on-call", exit_codes.OK),
    "an expired request": ("state suspended: the gateway refuses its key (an expired request is suspended: extend expiresOn)", _suspend, "on-call", exit_codes.INVALID),
    "its 401s": ("the gateway refuses the key: is the Subscription suspended or not yet Ready, or the Secret stale?", _suspend, "member", exit_codes.INVALID),
    "no key Secret yet": ("ASO writes it once the Subscription is Ready", _missing("Secret", KEY_SECRET), "member", exit_codes.INVALID),
    "a key Secret without a key": ("exists but holds no primaryKey", _no_primary_key, "member", exit_codes.INVALID),
    "a model the policy refuses": ("the policy refuses the model: is the ProductPolicy synced and Ready?", _drop_first_model_from_the_allowlist, "member", exit_codes.INVALID),
    "a workspace waiting for its node": ("not ready: ResourceReady=False", _workspace_waiting, "on-call", exit_codes.INVALID),
    "the live endpoint ConfigMap is older": ("ArgoCD has not synced the latest commit yet", _endpoint_changed, "on-call", exit_codes.INVALID),
    "an object not applied": ("ArgoCD has not applied it (is the team's Application synced?)", _missing("RoleBinding", "ai-gateway-key-reader"), "on-call", exit_codes.INVALID),
    "ASO gave up": ("not Ready: InvalidRequestContent (Error): ", _set_status("ProductPolicy", "apim-product-policy", ERROR), "on-call", exit_codes.INVALID),
    "ASO behind": ("ASO has not reconciled the latest change yet", _set_status("Product", "apim-product", OLD, generation=2), "on-call", exit_codes.INVALID),
    "ASO not there": ("no Ready condition yet: ASO has not reconciled it (is ASO running, and watching this namespace?)", _set_status("Backend", "kaito-phi-4", {"conditions": []}), "on-call", exit_codes.INVALID),
}


# Changes of the key Secret are made once the gateway stand-in, which holds the key it accepts, is built.
AFTER_THE_GATEWAY = {"no key Secret yet", "a key Secret without a key"}


@pytest.mark.parametrize("case", sorted(QUOTED))
def test_each_quoted_line_is_what_verify_prints(fixture_dist, team, tmp_path, monkeypatch, case) -> None:
    words, change, who, code = QUOTED[case]
    assert words in RUNBOOK.read_text(), f"the runbook no longer quotes: {words}"
    command = MAIN + "verify --team <team>" + (" --context <member-context>" if who == "member" else "")
    before = None if case in AFTER_THE_GATEWAY else change
    with scene(fixture_dist, team, tmp_path, change=before) as staged:
        if change is not None and before is None:
            change(staged.kube)
        found, output = run_line(as_on_call(staged), monkeypatch, command)
    assert words in output, output
    assert found == code, output


def test_a_gateway_that_does_not_answer_is_exit_3_as_the_runbook_says(fixture_dist, team, tmp_path, monkeypatch) -> None:
    assert "no complete answer within 20 s" in RUNBOOK.read_text()
    with scene(fixture_dist, team, tmp_path, delay=2.0) as staged:
        code, output = run_line(as_on_call(staged), monkeypatch, MAIN + "verify --team <team> --context <member-context> --timeout 0.2")
    assert code == exit_codes.ENVIRONMENT and "no complete answer within 0.2 s" in output


def test_the_runbook_links_resolve() -> None:
    for target in re.findall(r"\]\(([^)#]+)(?:#[^)]*)?\)", RUNBOOK.read_text()):
        assert (RUNBOOK.parent / target).exists(), target
