"""The part of the requesters' guide that comes from `platform.yaml`: limits, catalog and gateway.

`developer-requests/README.md` holds this block between two markers. `main.py catalog --update FILE`
rewrites it (and the `platform.yaml` reference of `reference/platform_fields.py`, in a file that holds that
block), `make synth` runs that, and a test fails when the committed block is stale, so a requester
never reads a limit or a model the platform does not have.
"""

from __future__ import annotations

from ai_access.reference import platform_fields
from ai_access.models.platform import PlatformConfig
from ai_access.names.team import ENDPOINT_CONFIGMAP
from ai_access.validation.names import max_team_name_length

BEGIN = "<!-- catalog: generated from platform.yaml by `make synth`; do not edit by hand -->"
END = "<!-- end of catalog -->"


class CatalogMarkersError(Exception):
    """The file has no (or a broken) pair of catalog markers."""


def catalog_markdown(platform: PlatformConfig) -> str:
    """The generated block, markers included."""
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
