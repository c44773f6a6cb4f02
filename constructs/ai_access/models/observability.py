"""The `observability` section of `platform.yaml`: who is told when a team's sync or model breaks, and when.

The GitOps layer reads `argocd` (the ArgoCD notifications in `dist/bootstrap/` and the teams'
subscriptions), the team-alerts stack `platformEmail` and `kaitoAlerts` (docs/observability.md).
"""

from __future__ import annotations

from typing import Annotated

from pydantic import BaseModel, ConfigDict, Field, StringConstraints
from pydantic.alias_generators import to_camel

from ai_access.models.request import Owner

# As every platform model: unknown keys are errors, read-only, field docstrings are the reference of platform.yaml.
_CONFIG = ConfigDict(extra="forbid", populate_by_name=True, frozen=True, alias_generator=to_camel, use_attribute_docstrings=True)
PositiveInt = Annotated[int, Field(gt=0)]
Minutes = Annotated[int, Field(gt=0, le=1440)]
# An ArgoCD notifications service name (the `<name>` of `service.<type>.<name>`, or the type itself):
# the last part of `notifications.argoproj.io/subscribe.<trigger>.<service>`, which the controller
# splits at dots (notifications-engine pkg/subscriptions/annotations.go), and short enough for the
# longest trigger's key to stay a valid annotation name (63 characters after the prefix).
ServiceName = Annotated[str, StringConstraints(pattern=r"^[a-z0-9]([-a-z0-9_]{0,22}[a-z0-9])?$")]
# Recipients, separated by `;` as the annotation's value takes them: printable text only, and no braces: the
# ApplicationSet renders its template's annotations as a Go template (goTemplate: true).
Recipients = Annotated[str, StringConstraints(pattern=r"^[^\x00-\x1f\x7f;{}]+(;[^\x00-\x1f\x7f;{}]+)*$", max_length=512)]


class KaitoAlerts(BaseModel):
    """When a team's KAITO workspace alerts its owner and the platform: Azure Managed Prometheus rules (docs/observability.md)."""

    model_config = _CONFIG

    not_serving_minutes: Minutes = 45
    """Minutes during which none of the workspace's pods answers its scrape (`up`) before "not serving" fires. A new
    workspace counts as not serving until KAITO's new GPU node and the model are up (10 to 30 minutes)."""
    waiting_requests: PositiveInt = 10
    """Requests waiting in vLLM's queue (`vllm:num_requests_waiting`) above which "requests waiting" fires."""
    waiting_minutes: Minutes = 5
    """Minutes the queue must stay above `waitingRequests` before "requests waiting" fires."""
    time_to_first_token_seconds: Annotated[float, Field(gt=0)] = 5.0
    """Seconds of vLLM's time to first token (`vllm:time_to_first_token_seconds`, 95th percentile over 5 minutes)
    above which "slow first token" fires."""
    time_to_first_token_minutes: Minutes = 10
    """Minutes the time to first token must stay above `timeToFirstTokenSeconds` before "slow first token" fires."""


class NotificationChannel(BaseModel):
    """Where ArgoCD notifications reach someone: a service configured in `argocd-notifications-cm` and its recipients."""

    model_config = _CONFIG

    service: ServiceName
    """The service's name: `email` for `service.email`, `<name>` for `service.<type>.<name>` (`slack`, `teams-workflows`, a webhook)."""
    recipient: Recipients
    """Who it sends to through that service: a channel, an address, a webhook's name; several separated by `;`."""


class SyncNotifications(BaseModel):
    """ArgoCD notifications of every team's Application: triggers in `dist/bootstrap/`, subscriptions from here."""

    model_config = _CONFIG

    owner_service: ServiceName = "email"
    """The e-mail service (`service.email` or `service.email.<name>` of `argocd-notifications-cm`) through which
    a team's Application notifies its owner, the request's `owner` address."""
    platform_channel: NotificationChannel
    """The platform's channel: every team's Application notifies it as well."""
    sync_running_minutes: Minutes = 60
    """Minutes after which a sync still running is notified. A sync waits for each wave to turn healthy, a new GPU
    node takes 10 to 30 minutes, and failed attempts are retried for about 12 minutes."""


class ObservabilitySettings(BaseModel):
    """Who is told when a team's sync or model breaks, and when (docs/observability.md)."""

    model_config = _CONFIG

    platform_email: Owner
    """The platform's address: every team's alert goes to it as well as to the team's owner."""
    kaito_alerts: KaitoAlerts = Field(default_factory=KaitoAlerts)
    """Thresholds of the alert rules of every team's KAITO workspaces."""
    argocd: SyncNotifications
    """ArgoCD notifications of the teams' Applications."""
