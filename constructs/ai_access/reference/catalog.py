"""The part of the requesters' guide that comes from `platform.yaml`: limits, catalog and gateway.

`developer-requests/README.md` holds this block between two markers. `main.py catalog --update FILE`
rewrites it (and the `platform.yaml` reference of `reference/platform_fields.py`, in a file that holds that
block), `make synth` runs that, and a test fails when the committed block is stale, so a requester
never reads a limit or a model the platform does not have.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date

from ai_access.reference import platform_fields
from ai_access.models.apim_limits import EVERY_TEAM, KINDS, LABELS, GatewayUsage, Limit, limits_of, platform_usage, team_usage, tier_of
from ai_access.models.lifecycle import lifecycle_of
from ai_access.models.platform import PlatformConfig
from ai_access.models.request import AccessRequest
from ai_access.names.team import ENDPOINT_CONFIGMAP
from ai_access.validation.names import max_team_name_length

BEGIN = "<!-- catalog: generated from platform.yaml by `make synth`; do not edit by hand -->"
END = "<!-- end of catalog -->"


class CatalogMarkersError(Exception):
    """The file has no (or a broken) pair of catalog markers."""


def catalog_markdown(platform: PlatformConfig, requests: Sequence[AccessRequest] | None = None, today: date | None = None) -> str:
    """The generated block, markers included.

    `requests` (default None: the committed form) adds what they take of the gateway's limits on
    `today` (default None: no rotation's overlap counted) and what remains. The committed block leaves that out: the workflow commits only `dist/` for a new
    request, so a count of teams there would be stale after every one (docs/limits.md).
    """
    limits = platform.team_limits
    lines = [
        BEGIN,
        "",
        "Limits per team (`teamLimits` in `platform.yaml`):",
        "",
        "| limit | value |",
        "|---|---|",
        f"| `tokensPerMinute` at most | {limits.max_tokens_per_minute} |",
        f"| `dailyTokenQuota` at most | {limits.max_daily_token_quota} |",
        f"| enabled KAITO models at most | {limits.max_kaito_models} |",
        f"| team name at most (characters) | {max_team_name_length(platform)} |",
        *_budget_rows(platform),
        "",
        f"Gateway endpoint (`endpoint` in ConfigMap `{ENDPOINT_CONFIGMAP}`): `{platform.apim.inference_url}`. "
        f"All teams' tokens per minute on one Foundry model may reach its capacity times "
        f"{limits.oversubscription:g}.",
        "",
        *_gateway_limits(platform, requests, today),
        "",
        "Foundry models (`type: foundry`), shared by every team granted them:",
        "",
        "| `name` | model | version | USD per million tokens |",
        "|---|---|---|---:|",
    ]
    # Every catalog value in a code span: the platform model allows only letters, digits, '.', '_'
    # and '-' in them (`CATALOG_NAME_RULE`), none of which ends a span or a cell.
    lines += [
        f"| `{name}` | `{model.model_name}` | `{model.version}` | {model.price_per_million_tokens_usd:g} |" for name, model in platform.foundry.models.items()
    ]
    # review/playground.py: what the playground's roles let a member call (SECURITY.md, "Playground access").
    lines += [
        "",
        f"With `playgroundAccess`, the members of your `entraGroupId` can call every one of these {len(platform.foundry.models)} "
        f"models ({', '.join(f'`{name}`' for name in platform.foundry.models)}) directly, with their own Entra sign-in, in the "
        "Foundry portal's playground or through your project's endpoint, not only the ones your request names: those calls do "
        "not go through the gateway, so its model allowlist and your token limits do not apply to them.",
    ]
    lines += [
        "",
        "KAITO presets (`type: kaito`) and the `instanceType` each allows (the sizes that hold the model on one node):",
        "",
        "| `name` | allowed `instanceType` | note |",
        "|---|---|---|",
    ]
    for name, preset in platform.kaito_presets.items():
        sizes = ", ".join(f"`{size}`" for size in preset.instance_types)
        notes = []
        if preset.gated:
            notes.append("gated model: uses the platform's Hugging Face token")
        lines.append(f"| `{name}` | {sizes} | {'; '.join(notes)} |")
    return "\n".join([*lines, "", END])


def _budget_rows(platform: PlatformConfig) -> list[str]:
    budgets = platform.budgets
    if budgets is None:
        return ["| `monthlyBudgetUsd` | not used on this platform: no budgets |"]
    default = f"{budgets.default_monthly_usd}" if budgets.default_monthly_usd is not None else "none (no budget)"
    return [f"| `monthlyBudgetUsd` at most (USD a month) | {budgets.max_monthly_usd} |", f"| `monthlyBudgetUsd` when not given | {default} |"]


def _gateway_limits(platform: PlatformConfig, requests: Sequence[AccessRequest] | None, today: date | None) -> list[str]:
    # models/apim_limits.py: the documented figures and what the platform and a team take of them.
    tier = tier_of(platform.apim.sku_name)
    limits = limits_of(platform.apim.sku_name)
    base = platform_usage(platform)
    per_team = [team_usage(request, lifecycle_of(request, platform, today)) for request in requests or ()]
    teams = sum(per_team, GatewayUsage())
    sources = sorted({(limit.source.url, limit.source.date) for limit in limits.values()})
    cited = "; ".join(f"{url}, {date}" for url, date in sources) or "no documented figure for this tier"
    lines = [
        f"Gateway limits: every team is a product and a subscription of the one API Management service, of tier `{tier}` "
        f"(`apim.skuName`). Azure refuses an object past a limit of the tier ({cited}), so validation refuses a request that "
        "would cross one, with an error at its `team` line: then talk to the platform team (docs/limits.md).",
        "",
    ]
    used = f" | {len(per_team):,} valid requests take | remaining" if requests is not None else ""
    lines += [f"| limit | the tier allows | the platform takes | every team takes{used} |", "|---|---|---|---|" + ("---|---|" if used else "")]
    one = EVERY_TEAM
    for kind in KINDS:
        figure = _figure(limits, kind)
        allowed = f"{figure:,}" if figure is not None else "not documented: not checked"
        row = f"| {LABELS[kind]} | {allowed} | {base.of(kind):,} | {one.of(kind):,}"
        if requests is not None:
            left = _remaining(figure - base.of(kind) - teams.of(kind)) if figure is not None else "-"
            row += f" | {teams.of(kind):,} | {left}"
        lines.append(row + " |")
    fits = [(figure - base.of(kind)) // one.of(kind) for kind in KINDS if one.of(kind) and (figure := _figure(limits, kind)) is not None]
    if fits:
        lines += ["", f"So at most {max(min(fits), 0):,} teams fit on this gateway. During a key rotation's overlap "
                  "(`gitops.keyOverlapDays`) a team holds a second subscription, for its previous key."]
    if requests is None:
        lines += ["", "`main.py catalog` prints this table with what the current requests take and what remains of each limit."]
    return lines


def _remaining(left: int) -> str:
    return f"{left:,}" if left >= 0 else f"none: {-left:,} over"


def _figure(limits: dict[str, Limit], kind: str) -> int | None:
    limit = limits.get(kind)
    return limit.figure if limit else None


def update_catalog(text: str, platform: PlatformConfig) -> str:
    """`text` with each generated block it holds replaced by the current one.

    The blocks: the requesters' catalog (these markers) and the `platform.yaml` reference
    (`reference/platform_fields.py`); a file holds either or both, each pair of markers once and in order.
    """
    blocks = ((BEGIN, END, lambda: catalog_markdown(platform)), (platform_fields.BEGIN, platform_fields.END, platform_fields.platform_reference_markdown))
    present = [block for block in blocks if block[0] in text or block[1] in text]
    if not present:
        raise CatalogMarkersError(f"expected the markers {BEGIN!r} and {END!r}, once each and in that order")
    for begin, end, generate in present:
        start, stop = text.find(begin), text.find(end)
        if start < 0 or stop < start or text.count(begin) != 1 or text.count(end) != 1:
            raise CatalogMarkersError(f"expected the markers {begin!r} and {end!r}, once each and in that order")
        text = text[:start] + generate() + text[stop + len(end) :]
    return text
