"""The APIM instance that is the one AI gateway: unified API, Foundry backend, policy, logging."""

from __future__ import annotations

import json
from collections.abc import Mapping

from cdktf import Fn
from cdktf_cdktf_provider_azurerm.api_management import (
    ApiManagement,
    ApiManagementIdentity,
    ApiManagementVirtualNetworkConfiguration,
)
from cdktf_cdktf_provider_azurerm.api_management_api import (
    ApiManagementApi,
    ApiManagementApiSubscriptionKeyParameterNames,
)
from cdktf_cdktf_provider_azurerm.api_management_api_operation import ApiManagementApiOperation
from cdktf_cdktf_provider_azurerm.api_management_api_policy import ApiManagementApiPolicy
from cdktf_cdktf_provider_azurerm.api_management_backend import ApiManagementBackend
from cdktf_cdktf_provider_azurerm.api_management_logger import (
    ApiManagementLogger,
    ApiManagementLoggerApplicationInsights,
)
from cdktf_cdktf_provider_azurerm.api_management_policy_fragment import ApiManagementPolicyFragment
from cdktf_cdktf_provider_azurerm.application_insights import ApplicationInsights
from cdktf_cdktf_provider_azurerm.cognitive_account import CognitiveAccount
from cdktf_cdktf_provider_azurerm.resource_group import ResourceGroup
from cdktf_cdktf_provider_azurerm.resource_group_template_deployment import ResourceGroupTemplateDeployment
from cdktf_cdktf_provider_azurerm.role_assignment import RoleAssignment
from cdktf_cdktf_provider_azurerm.subnet_network_security_group_association import SubnetNetworkSecurityGroupAssociation
from constructs import Construct

from ai_access.apim.api_policy import api_policy_xml
from ai_access.apim.headers import SUBSCRIPTION_KEY_HEADER
from ai_access.apim.operations import WILDCARD_METHODS, WILDCARD_URL_TEMPLATE, operation_id
from ai_access.models.platform import ApimSettings
from ai_access.names.platform import APIM_LOGGER, api_diagnostic, fragment_address


class AiGateway(Construct):
    """APIM with a managed identity allowed to call Foundry, and the unified inference API."""

    def __init__(
        self,
        scope: Construct,
        id: str,
        *,
        resource_group: ResourceGroup,
        settings: ApimSettings,
        foundry_account: CognitiveAccount,
        foundry_endpoint: str,
        foundry_role_name: str,
        application_insights: ApplicationInsights,
        integration_subnet: SubnetNetworkSecurityGroupAssociation,
        policy_fragments: Mapping[str, str] | None = None,
        tags: dict[str, str],
    ) -> None:
        """Create the service; v2 tiers are VNet-integrated to reach KAITO.

        `integration_subnet` is the integration subnet's NSG association, which Microsoft requires
        for v2 integration: the service joins the subnet by the association's `subnet_id`, so
        Terraform creates it after the association. `policy_fragments` (id -> XML, default none)
        become APIM policy fragments.
        """
        super().__init__(scope, id)
        vnet_integrated = "V2" in settings.sku_name and not settings.sku_name.startswith("Basic")
        self.service = ApiManagement(
            self,
            "Resource",
            name=settings.service_name,
            location=resource_group.location,
            resource_group_name=resource_group.name,
            publisher_name=settings.publisher_name,
            publisher_email=settings.publisher_email,
            sku_name=settings.sku_name,
            identity=ApiManagementIdentity(type="SystemAssigned"),
            virtual_network_type="External" if vnet_integrated else None,
            # Dependencies by reference, never `depends_on`: cdktf writes depends_on as quoted
            # addresses in its HCL output, which Terraform warns are deprecated (docs/platform.md).
            virtual_network_configuration=(
                ApiManagementVirtualNetworkConfiguration(subnet_id=integration_subnet.subnet_id) if vnet_integrated else None
            ),
            tags=tags,
        )
        self.service.override_logical_id("apim")
        self.vnet_integrated = vnet_integrated

        self.foundry_access = RoleAssignment(
            self,
            "FoundryAccess",
            scope=foundry_account.id,
            role_definition_name=foundry_role_name,
            principal_id=self.service.identity.principal_id,
            principal_type="ServicePrincipal",
        )
        self.foundry_access.override_logical_id("apim_foundry_access")

        common = {"api_management_name": self.service.name, "resource_group_name": resource_group.name}
        self.backend = ApiManagementBackend(
            self,
            "FoundryBackend",
            name=settings.foundry_backend_id,
            # `protocol` is APIM's backend type (http, not soap); the scheme is in the URL. A literal
            # URL from platform.yaml, not the account's computed endpoint: reviewable, and scanners
            # can see it is https.
            protocol="http",
            url=f"{foundry_endpoint}openai",
            description="Shared Foundry account (Entra auth via the gateway's managed identity)",
            **common,
        )
        self.backend.override_logical_id("apim_backend_foundry")

        self.api = ApiManagementApi(
            self,
            "InferenceApi",
            name=settings.api_id,
            display_name="AI inference (OpenAI-compatible)",
            path=settings.api_path,
            protocols=["https"],
            revision="1",
            api_type="http",
            subscription_required=True,
            subscription_key_parameter_names=ApiManagementApiSubscriptionKeyParameterNames(
                header=SUBSCRIPTION_KEY_HEADER, query=SUBSCRIPTION_KEY_HEADER
            ),
            **common,
        )
        self.api.override_logical_id("apim_api_inference")

        self.operations = []
        # One operation per method on every path (apim/operations.py, which the API-operation limit counts).
        for method in WILDCARD_METHODS:
            operation = ApiManagementApiOperation(
                self,
                f"Wildcard{method.title()}",
                operation_id=operation_id(method),
                api_name=self.api.name,
                display_name=f"{method} {WILDCARD_URL_TEMPLATE}",
                method=method,
                url_template=WILDCARD_URL_TEMPLATE,
                **common,
            )
            operation.override_logical_id(f"apim_api_inference_wildcard_{method.lower()}")
            self.operations.append(operation)

        self.policy_xml = api_policy_xml(backend_id=settings.foundry_backend_id)
        self.policy = ApiManagementApiPolicy(
            self,
            "InferencePolicy",
            api_name=self.api.name,
            # The policy names the backend by id, and APIM rejects it while the backend does not
            # exist: the id is the backend's own `name` attribute, so Terraform creates the backend first.
            xml_content=api_policy_xml(backend_id=self.backend.name),
            **common,
        )
        self.policy.override_logical_id("apim_api_inference_policy")

        # Team product policies include these by id: they must exist before any product policy does.
        self.policy_fragments = {}
        for fragment_id, xml in (policy_fragments or {}).items():
            fragment = ApiManagementPolicyFragment(
                self,
                f"PolicyFragment-{fragment_id}",
                api_management_id=self.service.id,
                name=fragment_id,
                format="xml",
                value=xml,
                description="Included by every team's product policy (platform.yaml apim.policyFragments)",
            )
            fragment.override_logical_id(fragment_address(fragment_id))
            self.policy_fragments[fragment_id] = fragment

        self.logger = ApiManagementLogger(
            self,
            "Logger",
            name=APIM_LOGGER,
            resource_id=application_insights.id,
            application_insights=ApiManagementLoggerApplicationInsights(
                connection_string=application_insights.connection_string
            ),
            **common,
        )
        self.logger.override_logical_id("apim_logger_appinsights")

        # Token metrics come from `llm-emit-token-metric` in the team product policies. They reach
        # Application Insights only when the API's diagnostic has "metrics": true ("Emit custom
        # metrics" in learn.microsoft.com/azure/api-management/api-management-howto-app-insights).
        # azurerm has no such argument on azurerm_api_management_api_diagnostic, and its PUT would
        # reset the flag on every apply, so the diagnostic is this ARM template deployment instead.
        self.diagnostic = ResourceGroupTemplateDeployment(
            self,
            "InferenceDiagnostic",
            name=api_diagnostic(settings.api_id),
            resource_group_name=resource_group.name,
            deployment_mode="Incremental",
            template_content=json.dumps(DIAGNOSTIC_TEMPLATE, indent=2),
            # Terraform's jsonencode, not a JSON string around references: cdktf's HCL output
            # cannot carry `${...}` inside a string it did not build (docs/platform.md, plain
            # Terraform). The references make Terraform create the API and the logger first.
            parameters_content=Fn.jsonencode(
                {
                    "serviceName": {"value": self.service.name},
                    "apiId": {"value": self.api.name},
                    "loggerId": {"value": self.logger.id},
                }
            ),
        )
        self.diagnostic.override_logical_id("apim_api_inference_diagnostic")


DIAGNOSTIC_TEMPLATE = {
    "$schema": "https://schema.management.azure.com/schemas/2019-04-01/deploymentTemplate.json#",
    "contentVersion": "1.0.0.0",
    "parameters": {"serviceName": {"type": "string"}, "apiId": {"type": "string"}, "loggerId": {"type": "string"}},
    "resources": [
        {
            # Microsoft.ApiManagement/service/apis/diagnostics; `metrics` is in the GA API 2024-05-01.
            "type": "Microsoft.ApiManagement/service/apis/diagnostics",
            "apiVersion": "2024-05-01",
            "name": "[format('{0}/{1}/applicationinsights', parameters('serviceName'), parameters('apiId'))]",
            "properties": {
                "loggerId": "[parameters('loggerId')]",
                "alwaysLog": "allErrors",
                "sampling": {"samplingType": "fixed", "percentage": 100},
                "httpCorrelationProtocol": "W3C",
                "verbosity": "information",
                "logClientIp": False,
                "metrics": True,
                "operationNameFormat": "Name",
            },
        }
    ],
}
"""The API's Application Insights diagnostic, with custom metrics on (what `llm-emit-token-metric` needs)."""
