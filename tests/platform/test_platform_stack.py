"""The platform layer: the cdktf stack synthesized from the shipped `platform.yaml`."""

from __future__ import annotations

import ipaddress
import json
import os
import pathlib

import pytest
import yaml
from lxml import etree
from syrupy.extensions.json import JSONSnapshotExtension

os.environ.setdefault("CHECKPOINT_DISABLE", "1")

# Aliased so pytest does not try to collect cdktf's `Testing` class as a test class.
from cdktf import Testing as TfTesting  # noqa: E402

from ai_access.models.address_plan import address_plan  # noqa: E402
from ai_access.models.platform import PlatformConfig  # noqa: E402
from ai_access.apim.api_policy import api_policy_xml  # noqa: E402

ROOT = pathlib.Path(__file__).resolve().parents[2]
AZURE_AI_USER = "53ca6127-db72-4b80-b1b0-d745d6d5456d"
READER = "acdd72a7-3385-48ef-bd42-f606fba81ae7"

# The Terraform addresses are a contract: renaming one destroys and recreates the resource.
EXPECTED_ADDRESSES = {
    "azurerm_resource_group.platform_rg",
    "azurerm_resource_group.team_rg",
    "azurerm_log_analytics_workspace.log_analytics",
    "azurerm_application_insights.app_insights",
    "azurerm_monitor_workspace.monitor_workspace",
    "azurerm_monitor_data_collection_endpoint.prometheus_endpoint",
    "azurerm_monitor_data_collection_rule.prometheus_rule",
    "azurerm_monitor_data_collection_rule_association.prometheus_rule_association",
    "azurerm_application_insights_workbook.team_dashboard",
    "azurerm_virtual_network.vnet",
    "azurerm_subnet.subnet_aks_nodes",
    "azurerm_subnet.subnet_apim",
    "azurerm_network_security_group.nsg_apim",
    "azurerm_network_security_group.nsg_aks_nodes",
    "azurerm_network_security_rule.nsg_rule_apim_storage",
    "azurerm_network_security_rule.nsg_rule_apim_ingress",
    "azurerm_network_security_rule.nsg_rule_aks_nodes_ingress_from_apim",
    "azurerm_subnet_network_security_group_association.subnet_apim_nsg",
    "azurerm_subnet_network_security_group_association.subnet_aks_nodes_nsg",
    "azurerm_kubernetes_cluster.aks",
    "azurerm_kubernetes_cluster_node_pool.aks_user_pool",
    "azurerm_role_assignment.aks_subnet_network_contributor",
    "azurerm_cognitive_account.foundry",
    "azurerm_cognitive_deployment.foundry_deployment_gpt_4_1",
    "azurerm_cognitive_deployment.foundry_deployment_gpt_5_2",
    "azurerm_cognitive_deployment.foundry_deployment_gpt_4_1_mini",
    "azurerm_api_management.apim",
    "azurerm_role_assignment.apim_foundry_access",
    "azurerm_api_management_backend.apim_backend_foundry",
    "azurerm_api_management_api.apim_api_inference",
    "azurerm_api_management_api_operation.apim_api_inference_wildcard_get",
    "azurerm_api_management_api_operation.apim_api_inference_wildcard_post",
    "azurerm_api_management_api_operation.apim_api_inference_wildcard_delete",
    "azurerm_api_management_api_policy.apim_api_inference_policy",
    "azurerm_api_management_policy_fragment.apim_policy_fragment_gateway_header",
    "azurerm_api_management_logger.apim_logger_appinsights",
    "azurerm_resource_group_template_deployment.apim_api_inference_diagnostic",
    "azurerm_user_assigned_identity.aso_identity",
    "azurerm_federated_identity_credential.aso_federated_credential",
    "azurerm_role_definition.role_foundry_project_operator",
    "azurerm_role_definition.role_workspace_linker",
    "azurerm_role_assignment.aso_apim_service_contributor",
    "azurerm_role_assignment.aso_foundry_project_operator",
    "azurerm_role_assignment.aso_foundry_role_assigner",
    "azurerm_role_assignment.aso_cluster_user_assigner",
    "azurerm_role_assignment.aso_team_appinsights_contributor",
    "azurerm_role_assignment.aso_workspace_linker",
}


@pytest.fixture(scope="module")
def config() -> PlatformConfig:
    return PlatformConfig.model_validate(yaml.safe_load((ROOT / "tests" / "fixtures" / "platform.yaml").read_text()))


@pytest.fixture(scope="module")
def tf(platform_stack) -> dict:
    """The stack as `cdktf synth` wrote it for the fixture platform (one synthesis per test run)."""
    return platform_stack.stack


@pytest.fixture(scope="module")
def synthesized(tf: dict) -> str:
    return json.dumps(tf)


def resource(tf: dict, type_: str, name: str) -> dict:
    return tf["resource"][type_][name]


def has(synthesized: str, type_: str, properties: dict) -> bool:
    return TfTesting.to_have_resource_with_properties(synthesized, type_, properties)


# --- addresses ---------------------------------------------------------------------------------


def test_terraform_addresses_are_exactly_the_documented_ones(tf: dict) -> None:
    addresses = {f"{type_}.{name}" for type_, resources in tf["resource"].items() for name in resources}
    assert addresses == EXPECTED_ADDRESSES


def test_one_deployment_address_per_catalog_model(tf: dict, config: PlatformConfig) -> None:
    deployments = tf["resource"]["azurerm_cognitive_deployment"]
    assert {d["name"] for d in deployments.values()} == set(config.foundry.models)


# --- provider, groups, observability --------------------------------------------------------------


def test_provider_targets_the_configured_subscription(tf: dict, config: PlatformConfig) -> None:
    (provider,) = tf["provider"]["azurerm"]
    assert provider["features"] == [{}]
    assert provider["subscription_id"] == str(config.azure.subscription_id)


def test_state_path_does_not_depend_on_the_working_directory(tf: dict) -> None:
    assert tf["terraform"]["backend"]["local"]["path"] == "../../../terraform.platform.tfstate"


def test_resource_groups(synthesized: str, config: PlatformConfig) -> None:
    for name in (config.azure.resource_group, config.azure.team_resource_group):
        assert has(synthesized, "azurerm_resource_group", {"name": name, "location": config.azure.location})


def test_application_insights_is_workspace_based(synthesized: str, config: PlatformConfig) -> None:
    assert has(synthesized, "azurerm_log_analytics_workspace", {"name": config.log_analytics_workspace_name})
    assert has(
        synthesized,
        "azurerm_application_insights",
        {"workspace_id": "${azurerm_log_analytics_workspace.log_analytics.id}", "application_type": "web"},
    )


# --- AKS -----------------------------------------------------------------------------------------


def test_aks_runs_kaito_with_workload_identity(synthesized: str, config: PlatformConfig) -> None:
    assert has(
        synthesized,
        "azurerm_kubernetes_cluster",
        {
            "name": config.aks.cluster_name,
            "ai_toolchain_operator_enabled": True,
            "oidc_issuer_enabled": True,
            "workload_identity_enabled": True,
            "local_account_disabled": True,
        },
    )


def test_aks_uses_entra_with_azure_rbac_for_the_admin_groups(tf: dict, config: PlatformConfig) -> None:
    rbac = resource(tf, "azurerm_kubernetes_cluster", "aks")["azure_active_directory_role_based_access_control"]
    assert rbac["azure_rbac_enabled"] is True
    assert rbac["admin_group_object_ids"] == [str(g) for g in config.aks.admin_group_object_ids]


def test_aks_system_pool_autoscales_as_configured(tf: dict, config: PlatformConfig) -> None:
    pool = resource(tf, "azurerm_kubernetes_cluster", "aks")["default_node_pool"]
    assert pool["auto_scaling_enabled"] is True
    assert (pool["vm_size"], pool["min_count"], pool["max_count"]) == (
        config.aks.system_pool.vm_size,
        config.aks.system_pool.min_count,
        config.aks.system_pool.max_count,
    )
    assert pool["vnet_subnet_id"] == "${azurerm_subnet.subnet_aks_nodes.id}"


def test_aks_network_is_azure_overlay_with_cilium(tf: dict) -> None:
    network = resource(tf, "azurerm_kubernetes_cluster", "aks")["network_profile"]
    assert network["network_plugin"] == "azure"
    assert network["network_plugin_mode"] == "overlay"
    assert network["network_data_plane"] == "cilium"


def test_app_routing_runs_without_a_public_default_controller(tf: dict) -> None:
    routing = resource(tf, "azurerm_kubernetes_cluster", "aks")["web_app_routing"]
    assert routing["default_nginx_controller"] == "None"


def test_ingress_ip_lies_in_the_node_subnet(tf: dict, config: PlatformConfig) -> None:
    (nodes_cidr,) = resource(tf, "azurerm_subnet", "subnet_aks_nodes")["address_prefixes"]
    assert ipaddress.ip_address(config.aks.ingress_private_ip) in ipaddress.ip_network(nodes_cidr)
    assert address_plan("10.224.0.250") == ("10.224.0.0/12", "10.224.0.0/16", "10.225.0.0/24")


def test_apim_subnet_is_delegated_for_v2_vnet_integration(tf: dict) -> None:
    subnet = resource(tf, "azurerm_subnet", "subnet_apim")
    assert subnet["delegation"][0]["service_delegation"]["name"] == "Microsoft.Web/serverFarms"


# --- Foundry ------------------------------------------------------------------------------------


def test_foundry_account_is_aiservices_with_entra_only(synthesized: str, config: PlatformConfig) -> None:
    assert has(
        synthesized,
        "azurerm_cognitive_account",
        {
            "name": config.foundry.account_name,
            "kind": "AIServices",
            "custom_subdomain_name": config.foundry.custom_subdomain,
            "project_management_enabled": True,
            "local_auth_enabled": False,
            "identity": {"type": "SystemAssigned"},
        },
    )


def test_one_deployment_per_catalog_model_with_its_capacity(synthesized: str, config: PlatformConfig) -> None:
    for name, model in config.foundry.models.items():
        assert has(
            synthesized,
            "azurerm_cognitive_deployment",
            {
                "name": name,
                "model": {"format": model.format, "name": model.model_name, "version": model.version},
                "sku": {"name": model.sku_name, "capacity": model.capacity_units},
            },
        ), name


# --- APIM ---------------------------------------------------------------------------------------


def test_apim_sku_identity_and_vnet_integration(synthesized: str, config: PlatformConfig) -> None:
    assert has(
        synthesized,
        "azurerm_api_management",
        {
            "name": config.apim.service_name,
            "sku_name": config.apim.sku_name,
            "identity": {"type": "SystemAssigned"},
            "virtual_network_type": "External",
        },
    )


def test_apim_identity_may_call_foundry(synthesized: str) -> None:
    assert has(
        synthesized,
        "azurerm_role_assignment",
        {
            "scope": "${azurerm_cognitive_account.foundry.id}",
            "role_definition_name": "Cognitive Services OpenAI User",
            "principal_id": "${azurerm_api_management.apim.identity[0].principal_id}",
        },
    )


def test_inference_api_requires_a_key_in_the_api_key_header(synthesized: str, config: PlatformConfig) -> None:
    assert has(
        synthesized,
        "azurerm_api_management_api",
        {
            "name": config.apim.api_id,
            "path": config.apim.api_path,
            "subscription_required": True,
            "subscription_key_parameter_names": {"header": "api-key", "query": "api-key"},
        },
    )


def test_foundry_backend_points_at_the_openai_path(synthesized: str, config: PlatformConfig) -> None:
    assert has(
        synthesized,
        "azurerm_api_management_backend",
        {"name": config.apim.foundry_backend_id, "url": f"https://{config.foundry.custom_subdomain}.cognitiveservices.azure.com/openai"},
    )


def test_api_policy_authenticates_with_managed_identity_and_defaults_to_foundry(tf: dict) -> None:
    xml = resource(tf, "azurerm_api_management_api_policy", "apim_api_inference_policy")["xml_content"]
    policies = etree.fromstring(xml)
    inbound = [element.tag for element in policies.find("inbound")]
    # Defaults before <base/>, so a team product policy can still route a KAITO model elsewhere.
    assert inbound == ["set-backend-service", "authentication-managed-identity", "base"]
    assert policies.find("inbound/authentication-managed-identity").get("resource") == (
        "https://cognitiveservices.azure.com"
    )
    # The backend's own name: a reference, so Terraform creates the backend before the policy naming it.
    assert policies.find("inbound/set-backend-service").get("backend-id") == "${azurerm_api_management_backend.apim_backend_foundry.name}"
    assert resource(tf, "azurerm_api_management_backend", "apim_backend_foundry")["name"] == "foundry"
    retry = policies.find("backend/retry")
    assert "429" in retry.get("condition") and "503" in retry.get("condition")
    assert retry.find("forward-request") is not None


def test_policy_builder_escapes_what_it_is_given() -> None:
    xml = api_policy_xml(backend_id='a"b<c')
    assert 'backend-id="a&quot;b&lt;c"' in xml


def test_gateway_logs_to_application_insights(synthesized: str, tf: dict) -> None:
    assert has(
        synthesized,
        "azurerm_api_management_logger",
        {"resource_id": "${azurerm_application_insights.app_insights.id}"},
    )
    diagnostic = resource(tf, "azurerm_resource_group_template_deployment", "apim_api_inference_diagnostic")
    assert '"loggerId" = {"value" = azurerm_api_management_logger.apim_logger_appinsights.id}' in diagnostic["parameters_content"]
    (properties,) = [r["properties"] for r in json.loads(diagnostic["template_content"])["resources"]]
    assert properties["sampling"] == {"samplingType": "fixed", "percentage": 100}


# --- ASO identity -------------------------------------------------------------------------------


def test_aso_federated_credential_trusts_only_asos_service_account(synthesized: str, config: PlatformConfig) -> None:
    assert has(
        synthesized,
        "azurerm_federated_identity_credential",
        {
            "parent_id": "${azurerm_user_assigned_identity.aso_identity.id}",
            "issuer": "${azurerm_kubernetes_cluster.aks.oidc_issuer_url}",
            "subject": f"system:serviceaccount:{config.aks.aso_namespace}:{config.aks.aso_service_account}",
            "audience": ["api://AzureADTokenExchange"],
        },
    )


def aso_role_assignments(tf: dict) -> dict[str, dict]:
    return {
        name: ra
        for name, ra in tf["resource"]["azurerm_role_assignment"].items()
        if ra["principal_id"] == "${azurerm_user_assigned_identity.aso_identity.principal_id}"
    }


def test_aso_roles_are_scoped_to_the_resources_it_manages(tf: dict) -> None:
    scopes = {name: ra["scope"] for name, ra in aso_role_assignments(tf).items()}
    assert scopes == {
        "aso_apim_service_contributor": "${azurerm_api_management.apim.id}",
        "aso_foundry_project_operator": "${azurerm_cognitive_account.foundry.id}",
        "aso_foundry_role_assigner": "${azurerm_cognitive_account.foundry.id}",
        "aso_cluster_user_assigner": "${azurerm_kubernetes_cluster.aks.id}",
        "aso_team_appinsights_contributor": "${azurerm_resource_group.team_rg.id}",
        "aso_workspace_linker": "${azurerm_log_analytics_workspace.log_analytics.id}",
    }


def test_aso_has_nothing_at_subscription_scope_and_no_owner_like_role(tf: dict, config: PlatformConfig) -> None:
    forbidden = {"Owner", "Contributor", "User Access Administrator"}
    subscription = f"/subscriptions/{config.azure.subscription_id}"
    for name, ra in aso_role_assignments(tf).items():
        assert ra.get("role_definition_name") not in forbidden, name
        scope = ra["scope"].rstrip("/")
        assert scope != subscription and not scope.startswith("/subscriptions/"), name
        assert scope.startswith("${azurerm_") and not scope.startswith("${data."), name


def test_aso_custom_roles_grant_only_what_they_name(tf: dict) -> None:
    definitions = tf["resource"]["azurerm_role_definition"]
    projects = definitions["role_foundry_project_operator"]
    assert projects["permissions"][0]["actions"] == [
        "Microsoft.CognitiveServices/accounts/read",
        "Microsoft.CognitiveServices/accounts/projects/*",
    ]
    linker = definitions["role_workspace_linker"]
    assert linker["permissions"][0]["actions"] == ["Microsoft.OperationalInsights/workspaces/read"]
    for definition in definitions.values():
        assert definition["assignable_scopes"] == ["${azurerm_resource_group.platform_rg.id}"]


def test_aso_may_assign_only_azure_ai_user_and_reader_to_groups(tf: dict) -> None:
    ra = resource(tf, "azurerm_role_assignment", "aso_foundry_role_assigner")
    assert ra["role_definition_name"] == "Role Based Access Control Administrator"
    assert ra["condition_version"] == "2.0"
    condition = ra["condition"]
    assert f"GuidEquals {{{AZURE_AI_USER}, {READER}}}" in condition
    assert "roleAssignments/write" in condition and "roleAssignments/delete" in condition
    assert "PrincipalType] ForAnyOfAnyValues:StringEqualsIgnoreCase {'Group'}" in condition


def test_aso_may_assign_only_the_cluster_user_role_on_the_cluster_to_groups(tf: dict) -> None:
    # Each team group's kubeconfig (gitops/key_access.py): the same ABAC condition, with that one role.
    from ai_access.names.azure_roles import AKS_CLUSTER_USER

    ra = resource(tf, "azurerm_role_assignment", "aso_cluster_user_assigner")
    assert (ra["role_definition_name"], ra["condition_version"]) == ("Role Based Access Control Administrator", "2.0")
    assert f"GuidEquals {{{AKS_CLUSTER_USER}}}" in ra["condition"]
    assert "PrincipalType] ForAnyOfAnyValues:StringEqualsIgnoreCase {'Group'}" in ra["condition"]


def test_aso_may_create_app_insights_components_in_the_team_group(synthesized: str) -> None:
    assert has(
        synthesized,
        "azurerm_role_assignment",
        {
            "scope": "${azurerm_resource_group.team_rg.id}",
            "role_definition_name": "Application Insights Component Contributor",
        },
    )


# --- outputs, snapshot, synth_platform ------------------------------------------------------------


def test_outputs(tf: dict, config: PlatformConfig) -> None:
    outputs = {name: output["value"] for name, output in tf["output"].items()}
    assert outputs["gateway_url"] == "${azurerm_api_management.apim.gateway_url}"
    assert outputs["inference_url"] == f"${{azurerm_api_management.apim.gateway_url}}/{config.apim.api_path}"
    assert outputs["foundry_endpoint"] == "${azurerm_cognitive_account.foundry.endpoint}"
    assert outputs["cluster_name"] == "${azurerm_kubernetes_cluster.aks.name}"
    assert outputs["oidc_issuer_url"] == "${azurerm_kubernetes_cluster.aks.oidc_issuer_url}"
    assert outputs["aso_client_id"] == "${azurerm_user_assigned_identity.aso_identity.client_id}"


def test_synthesized_stack_snapshot(tf: dict, snapshot) -> None:
    # One reviewable .json file (keys sorted by the extension) per snapshot, not an .ambr blob.
    assert tf == snapshot.use_extension(JSONSnapshotExtension)


def test_every_policy_fragment_of_the_platform_file_is_created_with_its_xml(tf: dict) -> None:
    from support.files import fixture_fragments

    fragments = tf["resource"]["azurerm_api_management_policy_fragment"]
    assert {f["name"]: f["value"] for f in fragments.values()} == fixture_fragments()
    assert all(f["format"] == "xml" and f["api_management_id"] == "${azurerm_api_management.apim.id}" for f in fragments.values())
