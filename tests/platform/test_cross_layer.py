"""One source of truth: every Azure resource the GitOps layer points at is one the platform stack creates."""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any, Iterator

import pytest
import yaml


# ARM resource type -> Terraform resource type that creates it.
_TERRAFORM_TYPE = {
    "Microsoft.ApiManagement/service": "azurerm_api_management",
    "Microsoft.CognitiveServices/accounts": "azurerm_cognitive_account",
    "Microsoft.OperationalInsights/workspaces": "azurerm_log_analytics_workspace",
    "Microsoft.ContainerService/managedClusters": "azurerm_kubernetes_cluster",
}
_ARM_ID = re.compile(
    r"^/subscriptions/(?P<sub>[^/]+)/resourceGroups/(?P<rg>[^/]+)(?:/providers/(?P<type>[^/]+/[^/]+)/(?P<name>[^/]+))?$"
)


@pytest.fixture(scope="module")
def stack(platform_stack) -> dict[str, Any]:
    return platform_stack.stack


def _arm_ids(node: Any) -> Iterator[str]:
    if isinstance(node, dict):
        for key, value in node.items():
            if key == "armId" and isinstance(value, str):
                yield value
            else:
                yield from _arm_ids(value)
    elif isinstance(node, list):
        for value in node:
            yield from _arm_ids(value)


def _resolve(stack: dict[str, Any], value: str) -> str:
    ref = re.fullmatch(r"\$\{(\w+)\.(\w+)\.name\}", value)
    return stack["resource"][ref.group(1)][ref.group(2)]["name"] if ref else value


def _created(stack: dict[str, Any], tf_type: str, name: str, resource_group: str) -> bool:
    for resource in stack["resource"].get(tf_type, {}).values():
        if resource.get("name") == name and _resolve(stack, resource.get("resource_group_name", "")) == resource_group:
            return True
    return False


def _owner_ids(dist: Path) -> list[tuple[str, str]]:
    found = []
    for path in sorted(dist.rglob("*.yaml")):
        for arm_id in _arm_ids(yaml.safe_load(path.read_text()).get("spec", {})):
            if "/providers/Microsoft.Authorization/roleDefinitions/" not in arm_id:  # built-in roles
                found.append((str(path.relative_to(dist)), arm_id))
    return found


def test_every_arm_id_in_dist_names_a_resource_of_the_stack(fixture_dist: Path, stack: dict[str, Any]) -> None:
    subscription = stack["provider"]["azurerm"][0]["subscription_id"]
    owners = _owner_ids(fixture_dist)
    assert len(owners) >= 10
    for source, arm_id in owners:
        match = _ARM_ID.match(arm_id)
        assert match, f"{source}: {arm_id} is not a resource-group or resource id"
        assert match["sub"] == subscription, f"{source}: {arm_id} is in another subscription"
        if match["type"] is None:
            groups = {rg["name"] for rg in stack["resource"]["azurerm_resource_group"].values()}
            assert match["rg"] in groups, f"{source}: resource group {match['rg']} is not created by the stack"
            continue
        tf_type = _TERRAFORM_TYPE.get(match["type"])
        assert tf_type, f"{source}: {arm_id} has a type the stack does not create"
        assert _created(stack, tf_type, match["name"], match["rg"]), f"{source}: {arm_id} is not created by the stack"


def test_products_link_the_api_the_stack_creates(fixture_dist: Path, stack: dict[str, Any]) -> None:
    apis = {api["name"] for api in stack["resource"]["azurerm_api_management_api"].values()}
    links = [yaml.safe_load(p.read_text()) for p in fixture_dist.rglob("productapi-*.yaml")]
    assert links and all(link["spec"]["azureName"] in apis for link in links)


def test_the_check_fails_for_a_name_the_stack_does_not_create(stack: dict[str, Any]) -> None:
    assert _created(stack, "azurerm_api_management", "apim-aiplatform-contoso", "rg-aiplatform")
    assert not _created(stack, "azurerm_api_management", "apim-renamed", "rg-aiplatform")
    assert not _created(stack, "azurerm_api_management", "apim-aiplatform-contoso", "rg-other")
