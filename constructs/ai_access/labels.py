"""The label and annotation keys this tool sets on what it synthesizes; nothing else may set them.

A leaf module: the naming contract (`naming.py`) and the platform model (which refuses common
labels that would override these) both read it.
"""

LABEL_PREFIX = "ai.contoso.com"
"""Prefix of this tool's own labels and annotations (team, model, owner, cost centre)."""
MANAGED_BY = "ai-model-access"
"""Value of `app.kubernetes.io/managed-by` on every synthesized object."""

OWNED_KEY_PREFIXES = (
    f"{LABEL_PREFIX}/",
    "argocd.argoproj.io/",
    "serviceoperator.azure.com/",
    "kaito.sh/",
    "nginx.ingress.kubernetes.io/",
    "kubernetes.io/",
    "k8s.io/",
)
"""Keys under these prefixes belong to this tool or to the systems it configures (ArgoCD, ASO,
KAITO, the ingress controller, Kubernetes itself)."""
OWNED_KEYS = ("app.kubernetes.io/managed-by", "app.kubernetes.io/part-of")
"""Single keys this tool sets."""
