"""API Management's documented limits per tier, and what this platform's output takes of them.

Facts kept as data: each figure with the page it comes from. A tier's figure that the source does
not give (its "N/A") is None and is not checked: nothing here invents one. What the output takes is
counted here too, next to the figures: a feature that adds an APIM object per team or to the
platform stack changes `team_usage` or `platform_usage`, and the tests that count the objects the
constructs write (tests/models/test_apim_limits.py) fail until it does.
"""

from __future__ import annotations

from dataclasses import dataclass, fields

from ai_access.apim.operations import WILDCARD_METHODS
from ai_access.models.lifecycle import TeamLifecycle
from ai_access.models.platform import PlatformConfig
from ai_access.models.request import AccessRequest


@dataclass(frozen=True)
class Source:
    """Where a figure is documented."""

    title: str
    url: str
    path: str
    """The file in MicrosoftDocs/azure-docs that holds the table."""
    date: str
    """Its `ms.date` (MM/DD/YYYY, as the file writes it)."""


SERVICE_LIMITS_2026 = Source(
    title='Microsoft Learn, "Understanding Azure API Management service limits", "Changes to service limits - 2026 update"',
    url="https://learn.microsoft.com/azure/api-management/service-limits",
    path="includes/api-management-service-limits.md",
    date="02/12/2026",
)
"""The 2026 table, "limits are per service instance unless stated otherwise"; in force from
15 March 2026 (Consumption, Developer, Basic, Basic v2), 15 April (Standard, Standard v2) and
15 May (Premium, Premium v2). The article itself (`articles/api-management/service-limits.md`) is
dated 02/17/2026. Classic tiers share the v2 tiers' column ("Limits in the classic tiers now align
with those set in the v2 tiers")."""

PRODUCTS = "products"
SUBSCRIPTIONS = "subscriptions"
API_OPERATIONS = "api_operations"
NAMED_VALUES = "named_values"
KINDS = (PRODUCTS, SUBSCRIPTIONS, API_OPERATIONS, NAMED_VALUES)
"""The limits checked, in the order a problem or the catalog lists them."""
LABELS = {PRODUCTS: "products", SUBSCRIPTIONS: "subscriptions", API_OPERATIONS: "API operations", NAMED_VALUES: "named values"}
"""Each kind as the source's table names it."""
ONE = {PRODUCTS: "product", SUBSCRIPTIONS: "subscription", API_OPERATIONS: "API operation", NAMED_VALUES: "named value"}
"""One object of each kind, for a message."""

# The source's table as it is written: its columns, then one row per limit checked here.
_COLUMNS = ("Consumption", "Developer", "Basic/Basic v2", "Standard/Standard v2", "Premium/Premium v2")
_TABLE: dict[str, tuple[int | None, ...]] = {
    API_OPERATIONS: (3_000, 3_000, 10_000, 50_000, 75_000),
    NAMED_VALUES: (5_000, 5_000, 5_000, 10_000, 18_000),
    PRODUCTS: (100, 100, 200, 500, 2_000),
    SUBSCRIPTIONS: (None, 10_000, 15_000, 25_000, 75_000),  # "N/A" for Consumption
}
# The tier of `apim.skuName` (the part before `_<units>`) -> its column in the table.
_TIER_COLUMN = {
    "Consumption": "Consumption",
    "Developer": "Developer",
    "Basic": "Basic/Basic v2",
    "BasicV2": "Basic/Basic v2",
    "Standard": "Standard/Standard v2",
    "StandardV2": "Standard/Standard v2",
    "Premium": "Premium/Premium v2",
    "PremiumV2": "Premium/Premium v2",
}


@dataclass(frozen=True)
class Limit:
    """One limit of one tier: the documented figure (None: not documented for the tier, not checked) and its source."""

    kind: str
    figure: int | None
    source: Source


TIER_LIMITS: dict[str, dict[str, Limit]] = {
    tier: {kind: Limit(kind, row[_COLUMNS.index(column)], SERVICE_LIMITS_2026) for kind, row in _TABLE.items()}
    for tier, column in _TIER_COLUMN.items()
}
"""Tier -> kind -> its limit, per service instance."""


def tier_of(sku_name: str) -> str:
    """The tier of an `apim.skuName` (`StandardV2_1` -> `StandardV2`)."""
    return sku_name.split("_", 1)[0]


def limits_of(sku_name: str) -> dict[str, Limit]:
    """The limits of the tier of `sku_name`, by kind; none for a tier the data does not know."""
    return TIER_LIMITS.get(tier_of(sku_name), {})


@dataclass(frozen=True)
class GatewayUsage:
    """How many of each limited APIM object something creates on the gateway."""

    products: int = 0
    subscriptions: int = 0
    api_operations: int = 0
    named_values: int = 0

    def of(self, kind: str) -> int:
        """The count of `kind` (one of `KINDS`)."""
        return int(getattr(self, kind))

    def __add__(self, other: GatewayUsage) -> GatewayUsage:
        return GatewayUsage(*(self.of(f.name) + other.of(f.name) for f in fields(self)))


def platform_usage(platform: PlatformConfig) -> GatewayUsage:
    """What the platform stack creates on the gateway: the unified API's operations; no product,
    subscription or named value (platform/ai_gateway.py)."""
    del platform  # the same for every platform file today; the parameter is where a setting that adds some goes
    return GatewayUsage(api_operations=len(WILDCARD_METHODS))


EVERY_TEAM = GatewayUsage(products=1, subscriptions=1)
"""What every team's output creates on the gateway, whatever it requests: its product (`ApimProduct`)
and the subscription of its current key (`ApimSubscription`, kept while suspended); no API operation
(its product links the unified API) and no named value."""


def team_usage(request: AccessRequest, lifecycle: TeamLifecycle) -> GatewayUsage:
    """What one team's output creates on the gateway on the day `lifecycle` describes: `EVERY_TEAM`, and
    the subscription of the replaced key during a rotation's overlap (`models/lifecycle.py`)."""
    del request  # nothing a request asks for adds an object today; a feature that does counts it here
    return EVERY_TEAM + GatewayUsage(subscriptions=int(lifecycle.previous_key is not None))
