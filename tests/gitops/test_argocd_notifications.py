"""ArgoCD notifications (dist/bootstrap/configmap-argocd-notifications-cm.yaml), evaluated as ArgoCD evaluates them.

The triggers' conditions run in `support.argocd_expr` (expr-lang's semantics for the subset they
use) and the templates in `support.go_template` (text/template's), against Application status
objects as ArgoCD writes them: succeeded, failed, retrying, degraded, progressing, running for
long, none yet. The objects at fault carry the messages the health checks of dist/bootstrap/
give, run in Lua as ArgoCD runs them. The subscriptions are read from the synthesized
ApplicationSet and AppProjects.
"""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

import pytest
import yaml
from support.argocd_expr import ExprError, Unsupported, evaluate
from support.argocd_health import run_health
from support.go_template import TemplateError, render

NOW = datetime(2026, 3, 2, 12, 0, tzinfo=UTC)
SYNC_FAILED, DEGRADED, RUNNING_LONG = "ai-access-sync-failed", "ai-access-health-degraded", "ai-access-sync-running-long"
HEALTH = "resource.customizations.health."


@pytest.fixture(scope="module")
def config_map(fixture_dist: Path) -> dict[str, Any]:
    return yaml.safe_load((fixture_dist / "bootstrap" / "configmap-argocd-notifications-cm.yaml").read_text())


@pytest.fixture(scope="module")
def triggers(config_map: dict[str, Any]) -> dict[str, list[dict[str, Any]]]:
    return {key.removeprefix("trigger."): yaml.safe_load(value) for key, value in config_map["data"].items() if key.startswith("trigger.")}


@pytest.fixture(scope="module")
def templates(config_map: dict[str, Any]) -> dict[str, dict[str, Any]]:
    return {key.removeprefix("template."): yaml.safe_load(value) for key, value in config_map["data"].items() if key.startswith("template.")}


@pytest.fixture(scope="module")
def health_scripts(fixture_dist: Path) -> dict[str, str]:
    data = yaml.safe_load((fixture_dist / "bootstrap" / "configmap-argocd-cm.yaml").read_text())["data"]
    return {key.removeprefix(HEALTH): value for key, value in data.items() if key.startswith(HEALTH)}


def fired(triggers: dict[str, list[dict[str, Any]]], app: dict[str, Any], *, now: datetime = NOW) -> set[str]:
    """The triggers whose condition holds for `app`; an expression that fails fails the test (ArgoCD would stay silent)."""
    return {name for name, conditions in triggers.items() for condition in conditions if evaluate(condition["when"], {"app": app}, now=now) is True}


def application(status: dict[str, Any] | None = None, *, team: str | None = "team-alpha") -> dict[str, Any]:
    """A team's Application as the ApplicationSet makes it, with `status` as the controller writes it."""
    labels = {"app.kubernetes.io/part-of": "ai-model-access-teams", **({"ai.contoso.com/team": team} if team else {})}
    app: dict[str, Any] = {
        "apiVersion": "argoproj.io/v1alpha1",
        "kind": "Application",
        "metadata": {"name": f"ai-{team or 'x'}", "namespace": "argocd", "labels": labels},
        "spec": {"project": f"ai-{team or 'x'}"},
    }
    if status is not None:
        app["status"] = status
    return app


def _at(minutes_ago: float) -> str:
    return (NOW - timedelta(minutes=minutes_ago)).strftime("%Y-%m-%dT%H:%M:%SZ")


def operation(phase: str, *, started_minutes_ago: float, message: str = "", failed: list[dict[str, Any]] = ()) -> dict[str, Any]:
    """An `operationState` of a sync, with the objects that failed to sync (SyncFailed) in its result."""
    state: dict[str, Any] = {"operation": {"sync": {"revision": "abc123"}}, "phase": phase, "startedAt": _at(started_minutes_ago), "message": message}
    resources = [{"group": "apimanagement.azure.com", "kind": "Product", "name": "apim-product", "namespace": "ai-team-alpha", "status": "Synced"}]
    state["syncResult"] = {"revision": "abc123", "resources": [*resources, *failed]}
    return state


def status(*, sync: str = "Synced", health: str = "Healthy", op: dict[str, Any] | None = None, resources: list[dict[str, Any]] = ()) -> dict[str, Any]:
    found: dict[str, Any] = {"sync": {"status": sync}, "health": {"status": health}, "resources": list(resources)}
    if op is not None:
        found["operationState"] = op
    return found


_POLICY_REFUSED = {
    "group": "apimanagement.azure.com", "kind": "ProductPolicy", "name": "apim-product-policy", "status": "SyncFailed",
    "message": 'admission webhook "vproductpolicy.apimanagement.azure.com" denied the request',
}
_RETRYING = "one or more objects failed to apply. Retrying attempt #2 at 12:01PM."

CASES = {
    "a new Application, no status yet": (application(), set()),
    "compared, never synced": (application({"sync": {"status": "OutOfSync"}, "health": {"status": "Missing"}}), set()),
    "succeeded": (application(status(op=operation("Succeeded", started_minutes_ago=120))), set()),
    "failed after its retries": (application(status(sync="OutOfSync", op=operation("Failed", started_minutes_ago=15, message="one or more objects failed to apply (retried 5 times).", failed=[_POLICY_REFUSED]))), {SYNC_FAILED}),
    "an error": (application(status(sync="Unknown", op=operation("Error", started_minutes_ago=1, message="ComparisonError"))), {SYNC_FAILED}),
    "retrying a failed attempt": (application(status(sync="OutOfSync", op=operation("Running", started_minutes_ago=4, message=_RETRYING))), set()),
    "progressing, a GPU node coming": (application(status(health="Progressing", op=operation("Running", started_minutes_ago=25))), set()),
    "running for the set time exactly": (application(status(health="Progressing", op=operation("Running", started_minutes_ago=60))), {RUNNING_LONG}),
    "running for long": (application(status(health="Progressing", op=operation("Running", started_minutes_ago=95))), {RUNNING_LONG}),
    "degraded": (application(status(health="Degraded", op=operation("Succeeded", started_minutes_ago=30))), {DEGRADED}),
    "degraded while still syncing for long": (application(status(health="Degraded", op=operation("Running", started_minutes_ago=61))), {DEGRADED, RUNNING_LONG}),
    "terminating": (application(status(op=operation("Terminating", started_minutes_ago=90))), set()),
    "degraded, no team label": (application(status(health="Degraded"), team=None), {DEGRADED}),
}


# --- the triggers ----------------------------------------------------------------------------------


@pytest.mark.parametrize("case", sorted(CASES))
def test_each_trigger_fires_for_exactly_its_condition(triggers, case: str) -> None:
    app, expected = CASES[case]
    assert fired(triggers, app) == expected


def test_the_running_trigger_waits_the_platforms_minutes(triggers) -> None:
    # GIVEN the fixture platform's observability.argocd.syncRunningMinutes: 60
    running = lambda minutes: application(status(health="Progressing", op=operation("Running", started_minutes_ago=minutes)))  # noqa: E731
    assert fired(triggers, running(59.9)) == set()
    assert fired(triggers, running(60)) == {RUNNING_LONG}


def test_each_trigger_sends_its_own_template_and_nothing_else(triggers, templates) -> None:
    assert set(triggers) == {SYNC_FAILED, DEGRADED, RUNNING_LONG}
    for name, conditions in triggers.items():
        assert [c["send"] for c in conditions] == [[name]] and set(conditions[0]) == {"when", "send"}  # no oncePer: once per turn to true
    assert set(templates) == set(triggers)


def test_every_team_application_is_subscribed_to_every_trigger_for_its_owner_and_the_platform(fixture_dist: Path, fixture_report, platform, triggers) -> None:
    # The ApplicationSet's template: the platform's channel, for every Application alike.
    appset = yaml.safe_load(next((fixture_dist / "argocd").glob("applicationset-*.yaml")).read_text())
    channel = platform.observability.argocd.platform_channel
    assert appset["spec"]["template"]["metadata"]["annotations"] == {
        f"notifications.argoproj.io/subscribe.{trigger}.{channel.service}": channel.recipient for trigger in triggers
    }
    # Each team's AppProject: its own owner, through the owner service.
    service = platform.observability.argocd.owner_service
    for loaded in fixture_report.requests:
        request = loaded.request
        project = yaml.safe_load((fixture_dist / "argocd" / f"appproject-ai-{request.team}.yaml").read_text())
        subscriptions = {k: v for k, v in project["metadata"]["annotations"].items() if k.startswith("notifications.argoproj.io/")}
        assert subscriptions == {f"notifications.argoproj.io/subscribe.{trigger}.{service}": str(request.owner) for trigger in triggers}


# --- how faithful the evaluator is --------------------------------------------------------------------


def test_the_evaluator_fails_where_expr_lang_fails() -> None:
    # A member of nil is an error, and `?.` ends only the chain it starts: the catalog docs'
    # `app.status?.operationState.phase` fails on an Application that has a status but no operation.
    no_operation = {"app": application({"sync": {"status": "OutOfSync"}})}
    with pytest.raises(ExprError, match="cannot fetch phase from <nil>"):
        evaluate("app.status?.operationState.phase in ['Failed']", no_operation, now=NOW)
    with pytest.raises(ExprError, match="cannot fetch operationState from <nil>"):
        evaluate("app.status.operationState.phase == 'Failed'", {"app": application()}, now=NOW)
    assert evaluate("app.status?.operationState?.phase in ['Failed']", no_operation, now=NOW) is False
    assert evaluate("app.status?.operationState?.phase == nil", no_operation, now=NOW) is True
    with pytest.raises(ExprError):  # `and` takes a boolean on its left
        evaluate("app.metadata.name and true", {"app": application()}, now=NOW)
    with pytest.raises(ExprError):  # time.Parse panics on what is not RFC 3339
        evaluate("time.Now().Sub(time.Parse('yesterday')).Minutes() > 1", {}, now=NOW)
    with pytest.raises(Unsupported):
        evaluate("app.metadata.name matches '^ai-'", {"app": application()}, now=NOW)
    assert evaluate("not (1 > 2) and 'a' != 'b' or false", {}, now=NOW) is True


# --- the templates ---------------------------------------------------------------------------------


def _degraded_objects(health_scripts: dict[str, str]) -> list[dict[str, Any]]:
    """Two objects at fault, with the health their checks give (KAITO's Workspace, an ASO Product), and a healthy one."""
    workspace = {"apiVersion": "kaito.sh/v1beta1", "kind": "Workspace", "metadata": {"name": "phi-4-72418c", "generation": 1},
                 "status": {"conditions": [{"type": "WorkspaceSucceeded", "status": "False", "reason": "BenchmarkFailed", "message": "benchmark failed: OOM at batch 8", "observedGeneration": 1}]}}
    product = {"apiVersion": "apimanagement.azure.com/v20240501", "kind": "Product", "metadata": {"name": "apim-product", "generation": 3},
               "status": {"conditions": [{"type": "Ready", "status": "False", "severity": "Error", "reason": "BadRequest", "message": "invalid subscription limit", "observedGeneration": 3}]}}
    found = []
    for obj, key in ((workspace, "kaito.sh_Workspace"), (product, "apimanagement.azure.com_Product")):
        health = run_health(health_scripts[key], obj)
        found.append({"group": obj["apiVersion"].rpartition("/")[0], "kind": obj["kind"], "name": obj["metadata"]["name"], "namespace": "ai-team-alpha",
                      "status": "Synced", "health": health})
    found.append({"group": "", "kind": "ConfigMap", "name": "ai-gateway-endpoint", "namespace": "ai-team-alpha", "status": "Synced", "health": {"status": "Healthy"}})
    return found


def test_the_degraded_message_names_the_team_and_each_object_at_fault_with_its_health_checks_message(templates, health_scripts) -> None:
    app = application(status(health="Degraded", op=operation("Succeeded", started_minutes_ago=30), resources=_degraded_objects(health_scripts)))
    message = render(templates[DEGRADED]["message"], {"app": app})
    assert message == (
        "Team team-alpha: Application ai-team-alpha degraded.\n"
        "Sync status: Synced, health: Degraded.\n"
        f"Last sync: Succeeded (started {_at(30)})\n"
        "- Workspace phi-4-72418c is Degraded: benchmark failed: OOM at batch 8\n"
        "- Product apim-product is Degraded: BadRequest: invalid subscription limit\n"
        "See `argocd app get ai-team-alpha`; the access repository's docs/runbook.md says what to do.\n"
    )
    assert render(templates[DEGRADED]["email"]["subject"], {"app": app}) == "Team team-alpha: ai-team-alpha degraded"


def test_the_failed_sync_message_names_the_objects_that_did_not_sync_and_why(templates) -> None:
    app, _ = CASES["failed after its retries"]
    message = render(templates[SYNC_FAILED]["message"], {"app": app})
    assert message.startswith("Team team-alpha: Application ai-team-alpha sync failed.\nSync status: OutOfSync, health: Healthy.\n")
    assert "Last sync: Failed (started " in message and ": one or more objects failed to apply (retried 5 times).\n" in message
    assert f"- ProductPolicy apim-product-policy did not sync: {_POLICY_REFUSED['message']}\n" in message
    assert "apim-product " not in message  # the Product synced
    assert render(templates[SYNC_FAILED]["email"]["subject"], {"app": app}) == "Team team-alpha: ai-team-alpha sync failed"


def test_without_persisted_health_the_message_says_where_to_look(templates) -> None:
    app = application({**status(health="Degraded"), "resourceHealthSource": "appTree"})
    message = render(templates[DEGRADED]["message"], {"app": app})
    assert "Each object's health is not kept in the Application (resourceHealthSource appTree): `argocd app get` shows it.\n" in message


def test_the_running_message_says_how_long(templates) -> None:
    app, _ = CASES["running for long"]
    assert render(templates[RUNNING_LONG]["email"]["subject"], {"app": app}) == "Team team-alpha: ai-team-alpha still syncing after 60 minutes"


@pytest.mark.parametrize("case", sorted(CASES))
def test_every_template_renders_for_every_application_whatever_it_lacks(templates, case: str) -> None:
    app, _ = CASES[case]
    for template in templates.values():
        for text in (render(template["message"], {"app": app}), render(template["email"]["subject"], {"app": app})):
            assert "<no value>" not in text and "<nil>" not in text
    assert ("Team team-alpha: " in render(templates[DEGRADED]["message"], {"app": app})) == (case != "degraded, no team label")


def test_the_template_renderer_fails_where_go_fails() -> None:
    assert render("{{ .a.b }}|{{ with .a }}x{{ end }}", {}) == "<no value>|"
    with pytest.raises(TemplateError, match="nil pointer"):
        render("{{ .a.b }}", {"a": None})
    with pytest.raises(TemplateError, match="incompatible types"):
        render('{{ if ne .missing "x" }}y{{ end }}', {})
    with pytest.raises(TemplateError, match="index of untyped nil"):
        render('{{ index .labels "k" }}', {})
    assert render("a  {{- .x -}}  \n b", {"x": "1"}) == "a1b"
    assert render('{{ range $r := .l }}{{ $r.n }}{{ with .m }}:{{ . }}{{ end }};{{ end }}', {"l": [{"n": 1}, {"n": 2, "m": "z"}]}) == "1;2:z;"
