"""The platform stack on real Azure: what upstream documentation requires of it (issue 13).

Each test names its upstream source; each failed on the stack before the fix.
"""

from __future__ import annotations

import json
import re

import pytest
import yaml
from support.files import FIXTURE_PLATFORM, REPO

from ai_access.models.address_plan import address_plan
from ai_access.models.platform import PlatformConfig


@pytest.fixture(scope="module")
def config() -> PlatformConfig:
    return PlatformConfig.model_validate(yaml.safe_load(FIXTURE_PLATFORM.read_text()))


@pytest.fixture(scope="module")
def tf(platform_stack) -> dict:
    return platform_stack.stack


def _resources(tf: dict, type_: str) -> dict[str, dict]:
    return tf["resource"].get(type_, {})


# --- 1. APIM v2 integration subnet: an NSG must be associated ----------------------------------
# learn.microsoft.com/azure/api-management/integrate-vnet-outbound, "Network security group"


def test_the_apim_integration_subnet_has_an_nsg_and_apim_waits_for_it(tf: dict) -> None:
    associations = {a["subnet_id"]: a["network_security_group_id"] for a in _resources(tf, "azurerm_subnet_network_security_group_association").values()}
    assert associations.get("${azurerm_subnet.subnet_apim.id}") == "${azurerm_network_security_group.nsg_apim.id}"
    # APIM joins the subnet by the association's subnet_id: a reference, so Terraform creates the association first.
    network = _resources(tf, "azurerm_api_management")["apim"]["virtual_network_configuration"]
    assert network["subnet_id"] == "${azurerm_subnet_network_security_group_association.subnet_apim_nsg.subnet_id}"


def test_the_apim_nsg_allows_storage_and_the_kaito_ingress_and_denies_nothing(tf: dict, config: PlatformConfig) -> None:
    _, _, apim_cidr = address_plan(config.aks.ingress_private_ip)
    rules = [r for r in _resources(tf, "azurerm_network_security_rule").values() if r["network_security_group_name"] == "${azurerm_network_security_group.nsg_apim.name}"]
    assert {(r["direction"], r["destination_address_prefix"], r["destination_port_range"]) for r in rules} == {
        ("Outbound", "Storage", "443"),
        ("Outbound", f"{config.aks.ingress_private_ip}/32", "80"),
    }
    assert all(r["access"] == "Allow" for r in rules)
    assert [r["source_address_prefix"] for r in rules if r["destination_port_range"] == "80"] == [apim_cidr]


def test_the_node_subnet_has_an_nsg_admitting_apim_to_the_ingress(tf: dict, config: PlatformConfig) -> None:
    associations = {a["subnet_id"] for a in _resources(tf, "azurerm_subnet_network_security_group_association").values()}
    assert "${azurerm_subnet.subnet_aks_nodes.id}" in associations
    (rule,) = [r for r in _resources(tf, "azurerm_network_security_rule").values() if r["direction"] == "Inbound"]
    assert (rule["source_address_prefix"], rule["destination_address_prefix"]) == (config.apim_subnet_cidr, f"{config.aks.ingress_private_ip}/32")


# --- 2. A node pool ArgoCD, ASO and cert-manager can run on --------------------------------------
# azurerm kubernetes_cluster docs: only_critical_addons_enabled taints the default pool
# CriticalAddonsOnly=true:NoSchedule; KAITO's GPU nodes are tainted sku=gpu:NoSchedule.


def test_an_untainted_user_pool_sized_by_platform_yaml(tf: dict, config: PlatformConfig) -> None:
    pool = _resources(tf, "azurerm_kubernetes_cluster_node_pool")["aks_user_pool"]
    assert pool["mode"] == "User" and "node_taints" not in pool
    assert (pool["vm_size"], pool["min_count"], pool["max_count"]) == (
        config.aks.user_pool.vm_size,
        config.aks.user_pool.min_count,
        config.aks.user_pool.max_count,
    )
    assert pool["kubernetes_cluster_id"] == "${azurerm_kubernetes_cluster.aks.id}"
    assert pool["vnet_subnet_id"] == "${azurerm_subnet.subnet_aks_nodes.id}"
    # The system pool stays for critical add-ons only.
    assert _resources(tf, "azurerm_kubernetes_cluster")["aks"]["default_node_pool"]["only_critical_addons_enabled"] is True


# --- 3. Custom metrics on the API's Application Insights diagnostic ------------------------------
# learn.microsoft.com/azure/api-management/api-management-howto-app-insights, "Emit custom metrics":
# "metrics": true on the applicationInsights diagnostic; azurerm's api_diagnostic has no such argument.


def test_the_api_diagnostic_emits_custom_metrics_without_a_manual_step(tf: dict, config: PlatformConfig) -> None:
    assert "azurerm_api_management_api_diagnostic" not in tf["resource"]
    deployment = _resources(tf, "azurerm_resource_group_template_deployment")["apim_api_inference_diagnostic"]
    assert deployment["deployment_mode"] == "Incremental"
    (diagnostic,) = json.loads(deployment["template_content"])["resources"]
    assert diagnostic["type"] == "Microsoft.ApiManagement/service/apis/diagnostics"
    assert diagnostic["name"].endswith("/applicationinsights', parameters('serviceName'), parameters('apiId'))]")
    assert diagnostic["properties"]["metrics"] is True
    # Terraform's jsonencode of the references (a JSON string around them breaks cdktf's HCL output).
    assert deployment["parameters_content"] == (
        '${jsonencode({"serviceName" = {"value" = azurerm_api_management.apim.name}, '
        '"apiId" = {"value" = azurerm_api_management_api.apim_api_inference.name}, '
        '"loggerId" = {"value" = azurerm_api_management_logger.apim_logger_appinsights.id}})}'
    )


# --- checkov's findings that were real ----------------------------------------------------------


def test_aks_has_policy_monitoring_host_encryption_upgrades_and_authorized_ranges(tf: dict, config: PlatformConfig) -> None:
    aks = _resources(tf, "azurerm_kubernetes_cluster")["aks"]
    assert aks["azure_policy_enabled"] is True
    assert aks["oms_agent"]["log_analytics_workspace_id"] == "${azurerm_log_analytics_workspace.log_analytics.id}"
    assert aks["automatic_upgrade_channel"] == "patch" and aks["node_os_upgrade_channel"] == "NodeImage"
    assert aks["api_server_access_profile"]["authorized_ip_ranges"] == [str(r) for r in config.aks.api_server_authorized_ip_ranges]
    user = _resources(tf, "azurerm_kubernetes_cluster_node_pool")["aks_user_pool"]
    for pool in (aks["default_node_pool"], user):
        assert pool["host_encryption_enabled"] is True and pool["max_pods"] >= 50


def test_every_checkov_skip_gives_its_reason_on_the_same_line() -> None:
    text = (REPO / ".checkov.yaml").read_text()
    skips = yaml.safe_load(text)["skip-check"]
    lines = {match.group(1): match.group(2) for match in re.finditer(r"^\s*-\s*(CKV\w+)\s*#\s*(.*)$", text, re.MULTILINE)}
    assert skips and set(skips) == set(lines)
    assert all(len(reason.split()) >= 8 for reason in lines.values()), lines


def test_the_foundry_deployments_are_applied_one_after_the_other_by_reference(tf: dict, config: PlatformConfig) -> None:
    # The account takes one deployment change at a time (409 RequestConflict): each deployment takes the
    # account id from the one before, so Terraform orders them without depends_on (quoted in cdktf's HCL).
    from ai_access.platform.foundry_account import deployment_address

    addresses = [deployment_address(name) for name in config.foundry.models]
    deployments = _resources(tf, "azurerm_cognitive_deployment")
    assert deployments[addresses[0]]["cognitive_account_id"] == "${azurerm_cognitive_account.foundry.id}"
    for before, after in zip(addresses, addresses[1:]):
        assert deployments[after]["cognitive_account_id"] == f"${{azurerm_cognitive_deployment.{before}.cognitive_account_id}}"
