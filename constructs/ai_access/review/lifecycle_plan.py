"""What `plan` says about a team's lifecycle: what expiry takes and when, what a renewal restores, a rotation's overlap.

The words come from the same rule synth follows (`models.lifecycle`) and name the objects by the
names synth gives them, so a reviewer reads in the pull request exactly what the scheduled synth
will do on which day (docs/lifecycle.md).
"""

from __future__ import annotations

from datetime import date

from ai_access.models.lifecycle import last_day_of_overlap, later, lifecycle_of
from ai_access.models.platform import PlatformConfig
from ai_access.models.request import AccessRequest
from ai_access.names import azure_roles
from ai_access.names.team import ACCOUNT_READER, CLUSTER_USER, KEY_SECRET, PREVIOUS_KEY_SECRET, PROJECT_AI_USER, TeamNames, role_assignment_names


def lifecycle_warnings(old: AccessRequest | None, new: AccessRequest | None, platform: PlatformConfig, *, today: date | None, suspended_at_base: bool) -> list[str]:
    """The plan's lines on expiry, renewal and rotation for one team (empty when none applies)."""
    if new is None:
        return []
    return _expiry(old, new, platform, today, suspended_at_base) + _rotation(old, new, platform, today)


def _expiry(old: AccessRequest | None, new: AccessRequest, platform: PlatformConfig, today: date | None, suspended_at_base: bool) -> list[str]:
    lifecycle = lifecycle_of(new, platform, today)
    if suspended_at_base and not lifecycle.expired:
        back = expiry_losses(new, platform)[1:]
        restored = f"; back under the same names: {'; '.join(back)}" if back else ""
        return [f"renewed: the key works again{restored}"]
    if new.expires_on is None or (not lifecycle.expired and old is not None and old.expires_on == new.expires_on):
        return []  # a date the base already had was said when it came
    ends = later(new.expires_on, 1)
    taken = "; ".join(expiry_losses(new, platform))
    kept = ", ".join(_kept(new, platform))
    if lifecycle.expired:
        when = f"access ended after {new.expires_on}, and since {ends}"
    else:
        when = f"access ends after {new.expires_on}, and on {ends} (the scheduled synth of that day)"
    return [f"{when}: {taken}; kept for a renewal: {kept} (renewing expiresOn brings everything back under the same names)"]


def expiry_losses(request: AccessRequest, platform: PlatformConfig) -> list[str]:
    """What expiry takes from `request`'s team, in words, the key first (also `main.py expiring`'s)."""
    names = TeamNames(request.team)
    on_expiry = platform.gitops.on_expiry
    taken = ["the key is suspended"]
    roles = _role_assignments(request, platform)
    if roles and on_expiry.role_assignments == "remove":
        lost = "no kubeconfig of the cluster" + (", no playground, no Entra access to the project" if len(roles) > 1 else "")
        taken.append(f"role assignments {', '.join(roles)} are removed ({lost})")
    workspaces = [names.workspace(m.name, instance_type=m.instance_type or "", gated=platform.kaito_presets[m.name].gated) for m in request.kaito_models]
    if workspaces and on_expiry.workspaces == "remove":
        taken.append(f"KAITO workspaces {', '.join(workspaces)} are removed with their NetworkPolicies, inference ConfigMaps and Ingresses (GPU nodes freed)")
    return taken


def _kept(request: AccessRequest, platform: PlatformConfig) -> list[str]:
    on_expiry = platform.gitops.on_expiry
    kept = [f"namespace {TeamNames(request.team).namespace}", f"Secret {KEY_SECRET}", "the APIM product and policy"]
    kept += ["the Foundry project"] if request.foundry_models else []
    kept += ["the role assignments (gitops.onExpiry)"] if _role_assignments(request, platform) and on_expiry.role_assignments == "keep" else []
    kept += ["the KAITO workspaces (gitops.onExpiry)"] if request.kaito_models and on_expiry.workspaces == "keep" else []
    return kept


def _role_assignments(request: AccessRequest, platform: PlatformConfig) -> list[str]:
    """The names of the RoleAssignments the team's group holds (as `KeyAccess` and `FoundryProject` make them)."""
    group = request.entra_group_id
    if group is None:
        return []
    names = TeamNames(request.team)
    account = platform.foundry_account_id
    granted = [(CLUSTER_USER, platform.aks_cluster_id, azure_roles.AKS_CLUSTER_USER)]
    if request.playground_access and request.foundry_models:
        granted += [(PROJECT_AI_USER, names.project_arm_id(account), azure_roles.AZURE_AI_USER), (ACCOUNT_READER, account, azure_roles.READER)]
    return [
        role_assignment_names(purpose, scope=scope, principal_id=group, role_definition_id=azure_roles.role_definition_id(platform.azure.subscription_id, role))[0]
        for purpose, scope, role in granted
    ]


def _rotation(old: AccessRequest | None, new: AccessRequest, platform: PlatformConfig, today: date | None) -> list[str]:
    rotated = new.key_rotated_on
    if rotated is None or (old is not None and old.key_rotated_on == rotated):
        return []
    names = TeamNames(new.team)
    if new.expired(today):
        return [
            f"key rotated while access is expired: the new key (Secret {KEY_SECRET}, Subscription {names.subscription(rotated)}) "
            "replaces the old one at once, and stays suspended until expiresOn is renewed"
        ]
    until = last_day_of_overlap(rotated, platform.gitops.key_overlap_days)
    over = today is not None and today > until
    return [(
        f"key rotated: the previous key works until {until}{' (already over: it is removed now)' if over else ''}; "
        f"the new key is in Secret {KEY_SECRET} (Subscription {names.subscription(rotated)}), the previous one in Secret "
        f"{PREVIOUS_KEY_SECRET} (Subscription {names.previous_subscription(new.previous_key_rotated_on)}) until then, "
        f"and the scheduled synth of {later(until, 1)} removes it; switch every client to the new key before"
    )]
