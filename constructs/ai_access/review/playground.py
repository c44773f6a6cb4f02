"""What a team's playground access lets its members call outside the gateway, in words for review.

`playgroundAccess` gives the team's Entra group Azure AI User ("Foundry User") on its Foundry
project and Reader on the account (`gitops/foundry_project.py`). Microsoft's docs: the role "Grants
reader access to AI projects, reader access to AI accounts, and data actions for an AI project"
(`dataActions: Microsoft.CognitiveServices/*`), data-plane actions are "Running and using model
inference … Foundry portal playground", and the developer mapping is "Foundry User on Foundry project
scope and Reader on the Foundry resource scope … build agents in a project with pre-deployed Foundry
models" (MicrosoftDocs/azure-ai-docs articles/foundry/concepts/rbac-foundry.md and its includes,
concepts-authentication-authorization-foundry-content.md). Deployments belong to the account, not to
a project, and no Microsoft page offers a per-project filter of them: a member can run inference on
every deployment of the account with an Entra token, in the portal or through the project endpoint,
and those calls never pass the gateway, so neither its model allowlist nor its token limits apply.
That is a reviewed capability of the platform (SECURITY.md, "Playground access"); `plan` says so
for each team that gains it and for each deployment that becomes callable that way.
"""

from __future__ import annotations

from ai_access.models.platform import PlatformConfig
from ai_access.models.request import AccessRequest


def grants_playground(request: AccessRequest | None) -> bool:
    """Whether the request gives its group the playground's roles (as `TeamAccess` does)."""
    return bool(request and request.entra_group_id and request.playground_access and request.foundry_models)


def playground_warning(old: AccessRequest | None, new: AccessRequest | None, platform: PlatformConfig) -> str | None:
    """The warning for a team whose group gains the playground (a new grant, or a new group), else None."""
    if not grants_playground(new) or (grants_playground(old) and old.entra_group_id == new.entra_group_id):
        return None
    models = ", ".join(platform.foundry.models)
    return (
        f"playground: members of Entra group {new.entra_group_id} can call every model deployment of Foundry account "
        f"{platform.foundry.account_name} directly ({models}), not only the models this request names, with their own "
        f"Entra token in the Foundry portal or through the project endpoint; the gateway does not see those calls, so "
        f"its model allowlist and token limits ({new.tokens_per_minute} per minute, {new.daily_token_quota} a day) do not apply to them"
    )


def playground_notes(base: PlatformConfig, head: PlatformConfig, requests: list[AccessRequest]) -> list[str]:
    """A note per Foundry deployment the change adds while teams have the playground: they can call it directly."""
    teams = [r.team for r in requests if grants_playground(r)]
    added = [name for name in head.foundry.models if name not in base.foundry.models]
    if not teams or not added:
        return []
    shown = ", ".join(teams[:5]) + (f" and {len(teams) - 5} more" if len(teams) > 5 else "")
    return [
        f"new Foundry deployment {name}: the playground users of {len(teams)} team(s) ({shown}) can call it directly, "
        "outside the gateway's allowlist and token limits, whatever their requests name"
        for name in added
    ]
