"""The Foundry part of verify: the team's project and role assignments are Ready, and where to open it.

Readiness comes from the Kubernetes checks (ASO's `Ready` on the Project and its RoleAssignments);
this check sums them up and prints the project's page in the Foundry portal, from which the team
opens the playground.
"""

from __future__ import annotations

import re
from urllib.parse import quote

from ai_access.names.team import ACCOUNT_READER, PROJECT_AI_USER
from ai_access.verify.cluster_checks import ClusterFindings
from ai_access.verify.results import Check, failed, ok, skipped
from ai_access.verify.server_data import mapping, text
from ai_access.verify.team_folder import TeamFolder

AREA = "foundry"
PORTAL = "https://ai.azure.com/foundryProject/overview"
"""The portal's project page; it takes the project's ARM id as `wsid` and the tenant as `tid`, the
link the portal itself shows for a project (not a documented contract: check it if it stops working)."""
_ARM_ID = re.compile(r"/subscriptions/[0-9A-Za-z-]+/resourceGroups/[^\s?#&]+", re.IGNORECASE)
"""An ARM resource id; the Project's `status.id` is taken for the link only when it is one."""


def foundry_check(folder: TeamFolder, findings: ClusterFindings, tenant_id: str) -> Check:
    """One line: the project and its role assignments, and the portal link."""
    projects = folder.find("Project")
    if not projects:
        return skipped(AREA, "project", "the team has no Foundry model enabled, so it has no project")
    ref, obj = projects[0]
    spec = mapping(obj.get("spec"))
    live_id = text(mapping(mapping(findings.objects.get(("Project", ref.name))).get("status")).get("id"))
    folder_id = f"{text(mapping(spec.get('owner')).get('armId'))}/projects/{text(spec.get('azureName'))}"
    arm_id = live_id if live_id and _ARM_ID.fullmatch(live_id) else folder_id
    link = f"{PORTAL}?wsid={quote(arm_id, safe='/')}&tid={tenant_id}"
    # The playground's assignments (the group's kubeconfig role on the cluster is the key path's line).
    roles = [r.name for r, _ in folder.find("RoleAssignment") if r.name.startswith((f"{PROJECT_AI_USER}-", f"{ACCOUNT_READER}-"))]
    results = [findings.results.get(("Project", ref.name)), *(findings.results.get(("RoleAssignment", n)) for n in roles)]
    no_role = "" if roles else "; the team's group has no role on it (playgroundAccess is false, or no entraGroupId)"
    subject = f"project {text(spec.get('azureName'))}"
    if "failed" in results:
        return failed(AREA, subject, f"not ready (see the Project and RoleAssignment lines){no_role}; once ready: {link}")
    if all(r == "ok" for r in results):
        return ok(AREA, subject, f"project and {len(roles)} role assignment(s) Ready{no_role}; open the playground from {link}")
    return skipped(AREA, subject, f"the project or its role assignments could not be read (see above){no_role}; portal: {link}")
