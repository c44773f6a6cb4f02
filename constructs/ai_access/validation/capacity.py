"""Capacity guardrails: all teams together must fit the shared deployments and the GPU quota.

A request that fits its own limits can still break the platform when added to all the others, so
these checks run over every valid request at once. Problems point at the platform line that sets
the limit (capacity or quota) and name the teams that take most.
"""

from __future__ import annotations

from collections import defaultdict

from ai_access.loading.platform_file import PlatformSource
from ai_access.models.platform import PlatformConfig
from ai_access.models.request import AccessRequest
from ai_access.problems import Problem

TOP_TEAMS = 3


def check_capacity(requests: list[AccessRequest], platform: PlatformConfig, source: PlatformSource | None) -> list[Problem]:
    """Problems for every Foundry model over capacity × oversubscription and every GPU size over quota."""
    path = source.path if source else "platform.yaml"
    problems: list[Problem] = []
    tpm: dict[str, dict[str, int]] = defaultdict(dict)
    nodes: dict[str, dict[str, int]] = defaultdict(lambda: defaultdict(int))
    for request in requests:
        for model in request.foundry_models:
            tpm[model.name][request.team] = request.tokens_per_minute
        for model in request.kaito_models:
            nodes[model.instance_type or ""][request.team] += 1
    factor = platform.team_limits.oversubscription
    for name, by_team in sorted(tpm.items()):
        catalog = platform.foundry.models.get(name)
        if catalog is None:
            continue
        limit = int(catalog.capacity_tpm * factor)
        total = sum(by_team.values())
        if total > limit:
            line = source.line_of("foundry", "models", name, "capacityTpm") if source else 1
            problems.append(
                Problem(
                    path,
                    line,
                    f"foundry.models.{name}.capacityTpm",
                    f"capacity: {name} would get {total:,} TPM from {len(by_team)} teams, over its limit of {limit:,} "
                    f"(capacity {catalog.capacity_tpm:,} x oversubscription {factor:g}); most: {_top(by_team)}",
                )
            )
    for sku, by_team in sorted(nodes.items()):
        quota = platform.gpu_quotas.get(sku, 0)
        total = sum(by_team.values())
        if total > quota:
            line = source.line_of("gpuQuotas", sku) if source else 1
            problems.append(
                Problem(
                    path,
                    line,
                    f"gpuQuotas.{sku}",
                    f"capacity: {sku} would need {total} nodes, over the quota of {quota}; most: {_top(by_team)}",
                )
            )
    return problems


def _top(by_team: dict[str, int]) -> str:
    ranked = sorted(by_team.items(), key=lambda item: (-item[1], item[0]))[:TOP_TEAMS]
    return ", ".join(f"{team} {amount:,}" for team, amount in ranked)
