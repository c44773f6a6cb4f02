"""Capacity guardrails: all teams together must fit the shared deployments and the GPU quota.

A request that fits its own limits can still break the platform when added to all the others, so
these checks run over every request at once, counting what each asks for that passed its own
checks. A problem points at the platform line that sets the limit and names the teams that take
most; when the baseline says which requests of the pull request pushed the total over, each of
those gets a problem at its own line too.
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass, field

from ai_access.loading.platform_file import PlatformSource
from ai_access.models.platform import PlatformConfig
from ai_access.models.request import AccessRequest
from ai_access.problems import Problem
from ai_access.validation.baseline import Baseline

TOP_TEAMS = 3
Location = tuple[int, str]


@dataclass(frozen=True)
class Workspace:
    """One KAITO workspace: a model on its own node of a GPU size."""

    model: str
    instance_type: str


@dataclass(frozen=True)
class TeamUsage:
    """What one team's request takes of the shared capacity, and where in its file that is written."""

    team: str
    tokens_per_minute: int | None = None
    foundry_models: tuple[str, ...] = ()
    workspaces: tuple[Workspace, ...] = ()
    path: str = ""
    team_at: Location = (1, "team")
    tpm_at: Location = (1, "tokensPerMinute")
    workspace_at: dict[Workspace, Location] = field(default_factory=dict)


def usage_of(request: AccessRequest) -> TeamUsage:
    """The usage of a valid request (a base request of `plan`, with no file to point at)."""
    return TeamUsage(
        request.team,
        request.tokens_per_minute,
        tuple(model.name for model in request.foundry_models),
        tuple(Workspace(model.name, model.instance_type or "") for model in request.kaito_models),
    )


def check_capacity(
    usages: list[TeamUsage], platform: PlatformConfig, source: PlatformSource | None, baseline: Baseline | None = None
) -> list[Problem]:
    """Problems for every Foundry model over capacity × oversubscription and every GPU size over quota."""
    base = {team: usage_of(request) for team, request in (baseline.requests or {}).items()} if baseline else {}
    return _foundry(usages, platform, source, baseline, base) + _gpus(usages, platform, source, baseline, base)


def _before(team: str, now: int, baseline: Baseline | None, base_amount: int | None) -> int:
    # What a team took before the pull request: from plan's base when known; with only the output
    # folder, a team already there is taken as unchanged and a new team as taking nothing.
    if baseline is None:
        return now
    if baseline.requests is not None:
        return base_amount or 0
    return 0 if baseline.is_new(team) else now


def _foundry(
    usages: list[TeamUsage], platform: PlatformConfig, source: PlatformSource | None, baseline: Baseline | None, base: dict[str, TeamUsage]
) -> list[Problem]:
    problems: list[Problem] = []
    factor = platform.team_limits.oversubscription
    for name, catalog in platform.foundry.models.items():
        by_team = {u.team: u.tokens_per_minute for u in usages if name in u.foundry_models and u.tokens_per_minute is not None}
        limit = int(catalog.capacity_tpm * factor)
        total = sum(by_team.values())
        if total <= limit:
            continue
        where = f"foundry.models.{name}.capacityTpm"
        summary = (
            f"capacity: {name} would get {total:,} TPM from {len(by_team)} teams, over its limit of {limit:,} "
            f"(capacity {catalog.capacity_tpm:,} x oversubscription {factor:g})"
        )
        problems.append(_platform_problem(source, where, ("foundry", "models", name, "capacityTpm"), f"{summary}; most: {_top(by_team)}"))
        for usage in usages:
            now = by_team.get(usage.team)
            if now is None:
                continue
            old = base.get(usage.team)
            before = _before(usage.team, now, baseline, old.tokens_per_minute if old and name in old.foundry_models else 0)
            if now > before:
                change = _change(usage.team, before, now, "TPM", baseline)
                problems.append(
                    Problem(usage.path, *usage.tpm_at, f"{summary}; {change}, {total - limit:,} over: lower tokensPerMinute or talk to the platform team")
                )
    return problems


def _gpus(
    usages: list[TeamUsage], platform: PlatformConfig, source: PlatformSource | None, baseline: Baseline | None, base: dict[str, TeamUsage]
) -> list[Problem]:
    nodes: dict[str, dict[str, int]] = defaultdict(lambda: defaultdict(int))
    kept: dict[str, int] = defaultdict(int)
    for usage in usages:
        for workspace in usage.workspaces:
            nodes[workspace.instance_type][usage.team] += 1
        # KAITO's replacement of a workspace (another instanceType or preset) creates the new one
        # before it removes the old one: for that while the team holds both nodes.
        for workspace in _replaced(usage, base.get(usage.team)):
            nodes[workspace.instance_type][usage.team] += 1
            kept[workspace.instance_type] += 1
    problems: list[Problem] = []
    for sku, by_team in sorted(nodes.items()):
        quota = platform.gpu_quotas.get(sku, 0)
        total = sum(by_team.values())
        if total <= quota:
            continue
        during = f" ({kept[sku]} of them only while a workspace is replaced: the new one is created before the old one is removed)" if kept[sku] else ""
        summary = f"capacity: {sku} would need {_amount(total, 'nodes')}{during}, over the quota of {quota:,}"
        problems.append(_platform_problem(source, f"gpuQuotas.{sku}", ("gpuQuotas", sku), f"{summary}; most: {_top(by_team)}"))
        for usage in usages:
            now = by_team.get(usage.team)
            if now is None:
                continue
            old = base.get(usage.team)
            before = _before(usage.team, now, baseline, sum(w.instance_type == sku for w in old.workspaces) if old else 0)
            added = [w for w in usage.workspaces if w.instance_type == sku and not (old and w in old.workspaces)]
            if now > before and added:
                change = _change(usage.team, before, now, "nodes", baseline)
                line, name = usage.workspace_at.get(added[0], usage.tpm_at)
                problems.append(Problem(usage.path, line, name, f"{summary}; {change}: choose another instanceType or talk to the platform team"))
    return problems


def _replaced(usage: TeamUsage, old: TeamUsage | None) -> list[Workspace]:
    if old is None:
        return []
    created = set(usage.workspaces) - set(old.workspaces)
    removed = [w for w in old.workspaces if w not in usage.workspaces]
    return removed if created else []


def _change(team: str, before: int, now: int, unit: str, baseline: Baseline | None) -> str:
    if baseline is not None and baseline.is_new(team):
        return f"this request is new in this pull request and adds {_amount(now, unit)}"
    return f"this request takes {_amount(now, unit)} in this pull request, {now - before:,} more than before"


def _amount(count: int, unit: str) -> str:
    return f"{count:,} {unit.removesuffix('s') if count == 1 and unit == 'nodes' else unit}"


def _platform_problem(source: PlatformSource | None, where: str, key: tuple[str, ...], message: str) -> Problem:
    path = source.path if source else "platform.yaml"
    line = source.line_of(*key) if source else 1
    return Problem(path, line, where, message)


def _top(by_team: dict[str, int]) -> str:
    ranked = sorted(by_team.items(), key=lambda item: (-item[1], item[0]))[:TOP_TEAMS]
    return ", ".join(f"{team} {amount:,}" for team, amount in ranked)
