"""Gateway guardrails: all teams together must fit the documented limits of the APIM tier.

Every team is an APIM product and a subscription on the one gateway (`models/apim_limits.py` counts
what each takes, and what the platform stack takes). Azure refuses the object that crosses a limit of
the tier, so a set of requests that would cross one is refused here, before anything is deployed.
The requests are counted in a fixed order: the platform's own objects, then the teams that already
exist (in the baseline) by name, then the new ones by name. So the request named is the one that
crosses the limit, and when the pull request adds a team it is a new team, never one that was
already deployed and is unchanged.
"""

from __future__ import annotations

from dataclasses import dataclass

from ai_access.loading.platform_file import PlatformSource
from ai_access.models.apim_limits import KINDS, LABELS, ONE, GatewayUsage, Limit, limits_of, platform_usage, tier_of
from ai_access.models.platform import PlatformConfig
from ai_access.problems import Problem
from ai_access.validation.baseline import Baseline

SKU_FIELD = ("apim", "skuName")


@dataclass(frozen=True)
class GatewayRequest:
    """What one valid request takes of the gateway, and where its team is written."""

    team: str
    usage: GatewayUsage
    path: str = ""
    line: int = 1
    field: str = "team"


def counting_order(requests: list[GatewayRequest], baseline: Baseline | None) -> list[GatewayRequest]:
    """The order requests are counted in: existing teams by name, then new teams by name (all by name without a baseline)."""
    return sorted(requests, key=lambda r: (baseline is not None and baseline.is_new(r.team), r.team))


def check_gateway_limits(
    requests: list[GatewayRequest], platform: PlatformConfig, source: PlatformSource | None, baseline: Baseline | None = None
) -> list[Problem]:
    """A problem at the platform's `apim.skuName` and one at the request that crosses it, for every limit exceeded.

    A limit the source does not document for the tier (None) is not checked.
    """
    limits = limits_of(platform.apim.sku_name)
    ordered = counting_order(requests, baseline)
    base = platform_usage(platform)
    problems: list[Problem] = []
    for kind in KINDS:
        limit = limits.get(kind)
        if limit is None or limit.figure is None:
            continue
        problems += _check(kind, limit, limit.figure, ordered, base, platform, source, baseline)
    return problems


def _check(
    kind: str,
    limit: Limit,
    figure: int,
    ordered: list[GatewayRequest],
    base: GatewayUsage,
    platform: PlatformConfig,
    source: PlatformSource | None,
    baseline: Baseline | None,
) -> list[Problem]:
    total = base.of(kind)
    crossing: tuple[int, GatewayRequest] | None = None  # the first request whose objects go past the figure
    for index, request in enumerate(ordered):
        total += request.usage.of(kind)
        if crossing is None and total > figure and request.usage.of(kind) > 0:
            crossing = (index, request)
    if total <= figure:
        return []
    label, service = LABELS[kind], platform.apim.service_name
    allowed = f"the {figure:,} {label} its tier {tier_of(platform.apim.sku_name)} allows ({limit.source.url}, {limit.source.date})"
    teams = sum(1 for r in ordered if r.usage.of(kind))
    summary = (
        f"gateway limits: the gateway {service} would hold {total:,} {label} ({base.of(kind):,} of the platform, "
        f"{total - base.of(kind):,} of {teams:,} teams), over {allowed}: choose a larger tier in apim.skuName, or fewer teams (docs/limits.md)"
    )
    problems = [_platform_problem(source, summary)]
    if crossing is None:
        return problems  # the platform's own objects alone are over: no request to name
    index, request = crossing
    after = len(ordered) - index - 1
    what = "this request is new in this pull request and" if baseline is not None and baseline.is_new(request.team) else "this request"
    rest = f"; {after:,} more {'request' if after == 1 else 'requests'} counted after it" if after else ""
    problems.append(
        Problem(
            request.path,
            request.line,
            request.field,
            f"gateway limits: {what} would add the {_ordinal(figure + 1)} {ONE[kind]} to the gateway {service}, over {allowed}{rest}: "
            "talk to the platform team",
        )
    )
    return problems


def _platform_problem(source: PlatformSource | None, message: str) -> Problem:
    path = source.path if source else "platform.yaml"
    line = source.line_of(*SKU_FIELD) if source else 1
    return Problem(path, line, ".".join(SKU_FIELD), message)


def _ordinal(number: int) -> str:
    suffix = "th" if 10 <= number % 100 <= 20 else {1: "st", 2: "nd", 3: "rd"}.get(number % 10, "th")
    return f"{number:,}{suffix}"
