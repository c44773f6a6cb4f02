"""Team-name rules that need the platform: names the platform already uses, and the longest name the catalog allows.

The names themselves are formed in `ai_access.names`; these rules compare a team's derived names
with the platform's and with their length limits, for `validation.requests` and the catalog doc.
"""

from __future__ import annotations

from ai_access.models.platform import PlatformConfig
from ai_access.names import platform as platform_naming
from ai_access.names.team import TeamNames, derived_name_limits


def platform_collisions(team: str, platform: PlatformConfig) -> list[tuple[str, str, str]]:
    """(what, name, the platform's what) for each name `team` would derive that the platform already uses.

    A team object named like a platform resource is that resource to ASO and ArgoCD: ASO adopts an
    Azure resource of the same name and kind (ASO FAQ, "How can I import existing Azure resources
    into ASO?"), writes its secrets into the team's namespace and deletes it with the team. Azure
    names are compared without case, as Azure does; every KAITO preset of the catalog counts, so
    a team's later request cannot collide either.
    """
    names = TeamNames(team)
    azure = platform_naming.azure_names(platform)
    kubernetes = platform_naming.kubernetes_names(platform)
    found = [
        (what, name, azure[name.lower()])
        for what, name in names.azure_names(list(platform.kaito_presets)).items()
        if name.lower() in azure
    ]
    found += [(what, name, kubernetes[name]) for what, name in names.kubernetes_names().items() if name in kubernetes]
    return found


def max_team_name_length(platform: PlatformConfig) -> int:
    """The longest team name whose every derived name fits its limit with this platform's catalog."""
    longest = longest_catalog_name(platform)
    return next(n for n in range(63, 1, -1) if all(len(name) <= limit for _, name, limit in derived_name_limits("a" * n, longest)))


def longest_catalog_name(platform: PlatformConfig) -> str:
    """The catalog model whose name makes the longest derived names."""
    return max([*platform.kaito_presets, *platform.foundry.models], key=len)
