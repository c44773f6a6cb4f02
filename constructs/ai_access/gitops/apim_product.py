"""A team's APIM product, linked to the platform's unified inference API."""

from __future__ import annotations

from constructs import Construct

from ai_access.gitops.bindings import apim
from ai_access.models.platform import PlatformConfig
from ai_access.naming import APIM_PRODUCT, APIM_PRODUCT_API, TeamNames


class ApimProduct(Construct):
    """A published product that requires a subscription, and its link to the unified API."""

    def __init__(
        self, scope: Construct, id: str, *, names: TeamNames, platform: PlatformConfig, description: str = ""
    ) -> None:
        """Declare product `<team>` on the platform's APIM service and link API `apim.apiId` to it."""
        super().__init__(scope, id)
        self.k8s_name = APIM_PRODUCT
        self.resource = apim.Product(
            self,
            "Resource",
            metadata={"name": APIM_PRODUCT, "namespace": names.namespace},
            spec=apim.ProductSpec(
                azure_name=names.product_id,
                owner=apim.ProductSpecOwner(arm_id=platform.apim_service_id),
                display_name=f"AI access: {names.team}",
                description=description or None,
                subscription_required=True,
                approval_required=False,
                subscriptions_limit=1,
                state=apim.ProductSpecState.PUBLISHED,
            ),
        )
        apim.ProductApi(
            self,
            "Api",
            metadata={"name": APIM_PRODUCT_API, "namespace": names.namespace},
            spec=apim.ProductApiSpec(azure_name=platform.apim.api_id, owner=apim.ProductApiSpecOwner(name=APIM_PRODUCT)),
        )
