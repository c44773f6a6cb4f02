"""The path a team member takes to the key, as one verify line: a kubeconfig, then the Secret.

A member runs `az aks get-credentials` (which needs the Azure Kubernetes Service Cluster User Role:
`listClusterUserCredential`, MicrosoftDocs/azure-aks-docs articles/aks/control-kubeconfig-access.md),
logs in through Entra ID, and reads Secret `ai-gateway-key` through the Role bound to the team's group,
from an address the API server admits (`aks.apiServerAuthorizedIpRanges`: the ranges restrict the
Kubernetes API, not the Azure call that fetches the kubeconfig, api-server-authorized-ip-ranges.md).
Readiness comes from the Kubernetes checks; this line sums them up and says the commands.
"""

from __future__ import annotations

from ai_access.models.platform import PlatformConfig
from ai_access.names.team import CLUSTER_USER, KEY_READER_ROLE, KEY_SECRET
from ai_access.verify.cluster_checks import AREA, ClusterFindings
from ai_access.verify.results import Check, failed, ok, skipped
from ai_access.verify.team_folder import TeamFolder

SUBJECT = "key path for the team's group"


def key_path_check(folder: TeamFolder, findings: ClusterFindings, platform: PlatformConfig) -> Check:
    """One line: the group can fetch a kubeconfig and read the key Secret, and how a member does."""
    if not folder.key_reader_groups:
        return skipped(AREA, SUBJECT, "the request names no entraGroupId: no one in the team reads the key")
    kubeconfig = [ref.name for ref, _ in folder.find("RoleAssignment") if ref.name.startswith(f"{CLUSTER_USER}-")]
    if not kubeconfig:
        return failed(AREA, SUBJECT, "the team's group has no Azure Kubernetes Service Cluster User Role on the cluster: its members cannot fetch a kubeconfig")
    needed = [("RoleAssignment", name) for name in kubeconfig] + [("Role", KEY_READER_ROLE), ("RoleBinding", KEY_READER_ROLE)]
    results = [findings.results.get(key) for key in needed]
    aks = platform.aks
    ranges = ", ".join(str(network) for network in aks.api_server_authorized_ip_ranges)
    how = (
        f"a member runs `az aks get-credentials --resource-group {platform.azure.resource_group} --name {aks.cluster_name}`, "
        f"logs in with Entra ID and reads Secret {KEY_SECRET} (`kubectl get secret {KEY_SECRET} -n {folder.namespace}`), "
        f"from an address in aks.apiServerAuthorizedIpRanges ({ranges}): the API server refuses any other"
    )
    if "failed" in results:
        return failed(AREA, SUBJECT, f"not ready (see the RoleAssignment, Role and RoleBinding lines); once ready, {how}")
    if all(result == "ok" for result in results):
        return ok(AREA, SUBJECT, f"kubeconfig role and key Role ready for {', '.join(folder.key_reader_groups)}: {how}")
    return skipped(AREA, SUBJECT, f"its RoleAssignment, Role or RoleBinding could not be read (see above); {how}")
