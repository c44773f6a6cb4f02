"""ArgoCD notifications for the teams' Applications: the triggers and templates, as `argocd-notifications-cm` keys.

What is sent: a sync that failed (after its retries), an Application turned Degraded (a health check
in `health_checks.py` said so), a sync still running after `observability.argocd.syncRunningMinutes`.
Who receives it is not here: each team's AppProject subscribes its Applications to the owner, the
ApplicationSet's template to the platform's channel (`app_project.py`, `application_set.py`).

Triggers are `trigger.<name>` keys holding a list of conditions, each an expr-lang expression
(`when`) and the templates it sends; templates are `template.<name>` keys holding a Go
text/template `message` (every service) and an e-mail subject (notifications-engine
docs/triggers.md, docs/templates.md, pkg/services/email.go). The controller evaluates `when` with
`app` set to the Application as the API server has it, plus `time` (argo-cd
util/notification/expression): a condition that fails to evaluate counts as false and is only
logged (pkg/triggers/service.go), so each condition below reaches into `status` only through `?.`,
which ends the whole chain with nil when a step is nil (expr-lang v1.17 compiler, ChainNode). A
trigger without `oncePer` notifies when its condition turns from false to true, once per turn.
"""

from __future__ import annotations

from typing import Any

import yaml
from constructs import Construct

from ai_access.gitops.bindings import k8s
from ai_access.names.labels import PART_OF_LABEL, TEAM_LABEL
from ai_access.names.team import TRIGGER_HEALTH_DEGRADED, TRIGGER_SYNC_FAILED, TRIGGER_SYNC_RUNNING_LONG

# ArgoCD's own settings ConfigMaps (argo-cd manifests/install.yaml), as `health_checks.ARGOCD_CM`.
ARGOCD_NOTIFICATIONS_CM = "argocd-notifications-cm"
ARGOCD_CMD_PARAMS_CM = "argocd-cmd-params-cm"
PERSIST_HEALTH = "controller.resource.health.persist"
"""ArgoCD 3 keeps each object's health out of the Application unless this is "true" (argo-cd
docs/operator-manual/upgrading/2.14-3.0.md, "Health status in the Application CR"); the templates
need it to name the objects at fault and the messages of their health checks."""

# `phase` is Running while ArgoCD waits to retry a failed attempt, and Failed or Error only once
# the retries (syncPolicy.retry) are spent (argo-cd controller/appcontroller.go, processRequestedAppOperation).
SYNC_FAILED_WHEN = "app.status?.operationState?.phase in ['Error', 'Failed']"
HEALTH_DEGRADED_WHEN = "app.status?.health?.status == 'Degraded'"
# `startedAt` is required in an operationState (the Application CRD); `time.Parse` reads RFC 3339
# (argo-cd util/notification/expression/time/time.go).
SYNC_RUNNING_LONG_WHEN = (
    "app.status?.operationState?.phase == 'Running'"
    " and time.Now().Sub(time.Parse(app.status.operationState.startedAt)).Minutes() >= {minutes}"
)


def trigger_conditions(sync_running_minutes: int) -> dict[str, str]:
    """The `when` expression of each trigger, by trigger name."""
    return {
        TRIGGER_SYNC_FAILED: SYNC_FAILED_WHEN,
        TRIGGER_HEALTH_DEGRADED: HEALTH_DEGRADED_WHEN,
        TRIGGER_SYNC_RUNNING_LONG: SYNC_RUNNING_LONG_WHEN.format(minutes=sync_running_minutes),
    }


# What happened, per trigger: the e-mail subject and the message's first line after the team.
_WHAT = {
    TRIGGER_SYNC_FAILED: "sync failed",
    TRIGGER_HEALTH_DEGRADED: "degraded",
    TRIGGER_SYNC_RUNNING_LONG: "still syncing after {minutes} minutes",
}

# Every reach into the Application goes through `with`: a missing key is empty there, while a field
# of a missing value would fail the template and the notification with it. ArgoCD 3 leaves each
# object's health out of the Application unless the controller persists it (PERSIST_HEALTH).
_TEAM = '{{- with .app.metadata.labels }}{{ with index . "' + TEAM_LABEL + '" }}Team {{ . }}: {{ end }}{{ end -}}'
_BODY = """\
{{ with .app.status }}{{ with .sync }}Sync status: {{ .status }}{{ end }}{{ with .health }}, health: {{ .status }}{{ end }}.
{{ with .operationState }}Last sync: {{ .phase }} (started {{ .startedAt }}){{ with .message }}: {{ . }}{{ end }}
{{ with .syncResult }}{{ range .resources }}{{ $r := . }}{{ with .status }}{{ if eq . "SyncFailed" }}- {{ $r.kind }} {{ $r.name }} did not sync{{ with $r.message }}: {{ . }}{{ end }}
{{ end }}{{ end }}{{ end }}{{ end }}{{ end }}
{{- range .resources }}{{ $r := . }}{{ with .health }}{{ $h := . }}{{ with .status }}{{ if ne . "Healthy" }}- {{ $r.kind }} {{ $r.name }} is {{ . }}{{ with $h.message }}: {{ . }}{{ end }}
{{ end }}{{ end }}{{ end }}{{ end }}
{{- with .resourceHealthSource }}Each object's health is not kept in the Application (resourceHealthSource {{ . }}): `argocd app get` shows it.
{{ end }}
{{- range .conditions }}{{ .type }}: {{ .message }}
{{ end }}{{ end -}}
See `argocd app get {{ .app.metadata.name }}`; the access repository's docs/runbook.md says what to do.
"""


def notification_templates(sync_running_minutes: int) -> dict[str, dict[str, Any]]:
    """Each trigger's template (same name as the trigger): a message every service sends, and an e-mail subject."""
    templates = {}
    for trigger, what in _WHAT.items():
        what = what.format(minutes=sync_running_minutes)
        templates[trigger] = {
            "message": f"{_TEAM}Application {{{{ .app.metadata.name }}}} {what}.\n{_BODY}",
            "email": {"subject": f"{_TEAM}{{{{ .app.metadata.name }}}} {what}"},
        }
    return templates


def notifications_data(sync_running_minutes: int) -> dict[str, str]:
    """The `argocd-notifications-cm` keys: one trigger and one template per condition."""
    data = {}
    for trigger, when in trigger_conditions(sync_running_minutes).items():
        data[f"trigger.{trigger}"] = _yaml([{"when": when, "send": [trigger]}])
    for name, template in notification_templates(sync_running_minutes).items():
        data[f"template.{name}"] = _yaml(template)
    return data


class ArgoCdNotifications(Construct):
    """The notifications ArgoCD sends about team Applications, and the setting that keeps health in the Application.

    Two ConfigMaps of ArgoCD's own, whose keys server-side apply merges into what the installer
    created (`make bootstrap`): `argocd-notifications-cm` (triggers and templates; the services,
    which hold credentials, stay the platform team's own keys there) and `argocd-cmd-params-cm`
    (`controller.resource.health.persist`, read when the application controller starts: restart it
    once). With argocd-operator, set them in the ArgoCD resource instead.
    """

    def __init__(self, scope: Construct, id: str, *, argocd_namespace: str, sync_running_minutes: int) -> None:
        """Declare both ConfigMaps in `argocd_namespace`; a sync running `sync_running_minutes` is notified."""
        super().__init__(scope, id)
        # ArgoCD's installer labels its settings ConfigMaps part-of argocd; nothing of ours beside it.
        labels = {PART_OF_LABEL: "argocd"}
        self.config_map = k8s.KubeConfigMap(
            self,
            "Resource",
            metadata={"name": ARGOCD_NOTIFICATIONS_CM, "namespace": argocd_namespace, "labels": labels},
            data=notifications_data(sync_running_minutes),
        )
        self.params = k8s.KubeConfigMap(
            self,
            "Params",
            metadata={"name": ARGOCD_CMD_PARAMS_CM, "namespace": argocd_namespace, "labels": labels},
            data={PERSIST_HEALTH: "true"},
        )


class _Literal(yaml.SafeDumper):
    """YAML with multi-line strings as literal blocks, so the ConfigMap reads as the templates are written."""


def _literal(dumper: yaml.SafeDumper, value: str) -> yaml.Node:
    return dumper.represent_scalar("tag:yaml.org,2002:str", value, style="|" if "\n" in value else None)


_Literal.add_representer(str, _literal)


def _yaml(value: Any) -> str:
    return yaml.dump(value, Dumper=_Literal, sort_keys=False, allow_unicode=True, width=1000)
