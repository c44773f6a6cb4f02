"""Every label and annotation key the tool reads or writes, with the values it owns, in one place.

A leaf module: the naming contract (`names/team.py`), the constructs, the synth pipeline's rules and
the platform model (which refuses common labels that would override these) all read it.
"""

LABEL_PREFIX = "ai.contoso.com"
"""Prefix of this tool's own labels and annotations (team, model, owner, cost centre)."""
MANAGED_BY = "ai-model-access"
"""Value of `app.kubernetes.io/managed-by` on every synthesized object."""

# This tool's own keys.
TEAM_LABEL = f"{LABEL_PREFIX}/team"
"""The team an object belongs to: on every team object, and the selector of a workspace's pods."""
MODEL_LABEL = f"{LABEL_PREFIX}/model"
"""The KAITO workspace a pod serves (KAITO's node and pod selector)."""
OWNER_KEY = f"{LABEL_PREFIX}/owner"
"""The request's owner: an annotation of the namespace (and a label, when it is a valid label value)."""
COST_CENTER_KEY = f"{LABEL_PREFIX}/cost-center"
"""The request's cost centre: an annotation of the namespace (and a label, when valid)."""

# Kubernetes' recommended labels (kubernetes.io/docs/concepts/overview/working-with-objects/common-labels).
MANAGED_BY_LABEL = "app.kubernetes.io/managed-by"
PART_OF_LABEL = "app.kubernetes.io/part-of"
NAMESPACE_NAME_LABEL = "kubernetes.io/metadata.name"
"""The label Kubernetes sets on every namespace to its own name (NetworkPolicy namespace selectors)."""

# The systems the output configures.
SYNC_WAVE = "argocd.argoproj.io/sync-wave"
SYNC_OPTIONS = "argocd.argoproj.io/sync-options"
RECONCILE_POLICY = "serviceoperator.azure.com/reconcile-policy"
"""ASO: `detach-on-delete` keeps the Azure resource when its Kubernetes object is deleted."""
KAITO_WORKSPACE_LABEL = "kaito.sh/workspace"
"""The label KAITO puts on a workspace's pods, set to the workspace's name."""
KAITO_DISABLE_BENCHMARK = "kaito.sh/disable-benchmark"
"""KAITO's annotation turning off the throughput benchmark of a workspace's startup (from v0.11.0; older releases ignore it)."""
KAITO_ENABLE_LB = "kaito.sh/enablelb"
"""KAITO's annotation for a public load balancer, which no team object may carry."""
INGRESS_REWRITE_TARGET = "nginx.ingress.kubernetes.io/rewrite-target"
AZURE_LB_INTERNAL = "service.beta.kubernetes.io/azure-load-balancer-internal"
AZURE_LB_IPV4 = "service.beta.kubernetes.io/azure-load-balancer-ipv4"
"""Azure cloud provider Service annotations: an internal load balancer, at a fixed IPv4 address ("Use an internal load balancer")."""
INGRESS_SOURCE_RANGE = "nginx.ingress.kubernetes.io/whitelist-source-range"
NOTIFICATIONS_PREFIX = "notifications.argoproj.io"
"""ArgoCD notifications' annotation prefix (notifications-engine `pkg/subscriptions/annotations.go`)."""

# Prometheus labels the PodMonitors add to every series scraped from a team's workspace, which the
# alert rules and the dashboard select on (docs/observability.md).
METRIC_TEAM_LABEL = "team"
"""The team a scraped series belongs to."""
METRIC_MODEL_LABEL = "model"
"""The catalog model a scraped series is served for (the name vLLM serves it under)."""


def notification_subscription(trigger: str, service: str) -> str:
    """The annotation subscribing an Application (or every Application of an AppProject) to `trigger` through `service`.

    `notifications.argoproj.io/subscribe.<trigger>.<service>`, its value the recipients separated by
    `;` (notifications-engine `SubscribeAnnotationKey`, argo-cd docs/operator-manual/notifications/subscriptions.md).
    """
    return f"{NOTIFICATIONS_PREFIX}/subscribe.{trigger}.{service}"

OWNED_KEY_PREFIXES = (
    f"{LABEL_PREFIX}/",
    "argocd.argoproj.io/",
    "serviceoperator.azure.com/",
    "kaito.sh/",
    "nginx.ingress.kubernetes.io/",
    "kubernetes.io/",
    "k8s.io/",
    f"{NOTIFICATIONS_PREFIX}/",
)
"""Keys under these prefixes belong to this tool or to the systems it configures (ArgoCD and its
notifications, ASO, KAITO, the ingress controller, Kubernetes itself)."""
OWNED_KEYS = (MANAGED_BY_LABEL, PART_OF_LABEL)
"""Single keys this tool sets."""
