"""What the output needs the cluster to serve: every custom kind, at its version, and who provides it.

`scripts/bootstrap` refuses a cluster that lacks one, before anything is applied: an ASO kind left
out of ASO's `crdPattern` has no CRD ("New CRDs will only be installed if they are specified in
the `--crd-pattern` cmdline argument", azure-service-operator docs/hugo/content/guide/crd-management.md),
so ArgoCD's sync of every team using it fails, and no ingress controller means every KAITO team's
Ingress stays Progressing. The list is data in a bootstrap ConfigMap, so the script reads it from
`dist/bootstrap/` without Python; `tests/gitops/test_cluster_requirements.py` keeps it equal to the
kinds the constructs emit and docs/operations.md's pattern equal to `aso_crd_pattern()`.
"""

from __future__ import annotations

from dataclasses import dataclass

from constructs import Construct

from ai_access.gitops.base import Resource
from ai_access.gitops.bindings import k8s
from ai_access.names.team import CLUSTER_REQUIREMENTS

# What installs a kind, as the ConfigMap says it; `scripts/bootstrap` words its refusal after it.
ASO = "aso"
"""Azure Service Operator >= v2.21.0, with a `crdPattern` naming the kind."""
KAITO = "kaito"
"""KAITO >= v0.6.0: the AKS AI toolchain operator add-on on AKS 1.34."""
ARGOCD = "argocd"
"""ArgoCD >= v3.3.0."""
APP_ROUTING = "app-routing"
"""The AKS application routing add-on (`web_app_routing` in the platform stack)."""
METRICS_ADDON = "ama-metrics"
"""The AKS metrics add-on, Azure Managed Prometheus (`monitor_metrics` in the platform stack): its chart installs the PodMonitor CRD."""


@dataclass(frozen=True)
class ClusterApi:
    """One kind the output holds: its API group, version and kind, and what installs it."""

    group: str
    version: str
    kind: str
    provider: str

    @property
    def key(self) -> str:
        """Its key in the requirements ConfigMap: `<group>_<version>_<kind>` (ConfigMap keys allow no '/')."""
        return f"{self.group}_{self.version}_{self.kind}"


CLUSTER_APIS: tuple[ClusterApi, ...] = (
    *(ClusterApi("apimanagement.azure.com", "v20240501", kind, ASO) for kind in ("Backend", "Product", "ProductApi", "ProductPolicy", "Subscription")),
    ClusterApi("authorization.azure.com", "v20220401", "RoleAssignment", ASO),
    ClusterApi("cognitiveservices.azure.com", "v20250601", "Project", ASO),
    ClusterApi("insights.azure.com", "v1api20200202", "Component", ASO),
    ClusterApi("kaito.sh", "v1beta1", "Workspace", KAITO),
    *(ClusterApi("argoproj.io", "v1alpha1", kind, ARGOCD) for kind in ("AppProject", "Application", "ApplicationSet")),
    ClusterApi("approuting.kubernetes.azure.com", "v1alpha1", "NginxIngressController", APP_ROUTING),
    ClusterApi("azmonitoring.coreos.com", "v1", "PodMonitor", METRICS_ADDON),
)
"""Every custom kind the GitOps constructs emit (team folders, `dist/argocd/`, `dist/bootstrap/`)."""

ASO_CRD_PATTERN_KEY = "asoCrdPattern"


def aso_crd_pattern() -> str:
    """ASO's `crdPattern` naming exactly the ASO kinds the output uses: `group/Kind`, `;`-separated.

    ASO matches each pattern, a case-insensitive glob, against `group/Kind`, and refuses a pattern
    that matches no CRD (`filterCRDsByPatterns`, v2/internal/crdmanagement/manager.go), so only
    kinds ASO has are named. Existing CRDs are upgraded whatever the pattern says.
    """
    return ";".join(f"{api.group}/{api.kind}" for api in CLUSTER_APIS if api.provider == ASO)


class ClusterRequirements(Resource):
    """The bootstrap ConfigMap listing `CLUSTER_APIS` (key `<group>_<version>_<kind>`, value: what installs it, `aso`, `kaito`, ...) and ASO's pattern."""

    def __init__(self, scope: Construct, id: str, *, namespace: str) -> None:
        """Declare the ConfigMap in `namespace` (ArgoCD's)."""
        super().__init__(scope, id)
        data = {api.key: api.provider for api in CLUSTER_APIS}
        data[ASO_CRD_PATTERN_KEY] = aso_crd_pattern()
        self._resource(k8s.KubeConfigMap(self, "Resource", metadata={"name": CLUSTER_REQUIREMENTS, "namespace": namespace}, data=data))
