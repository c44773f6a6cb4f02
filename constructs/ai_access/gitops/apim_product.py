"""A team's APIM product, linked to the platform's unified inference API."""

from __future__ import annotations

from constructs import Construct

from ai_access.gitops.base import Resource
from ai_access.gitops.bindings import apim
from ai_access.gitops.refs import ApimServiceRef
from ai_access.names.team import APIM_PRODUCT, APIM_PRODUCT_API, TeamNames


class ApimProduct(Resource):
    """A published product that requires a subscription, and its link to the unified API.

    `api_object` is the Product; `api_link` the ProductApi linking it to `apim.api_id`.
    """

    def __init__(
        self, scope: Construct, id: str, *, names: TeamNames, apim_service: ApimServiceRef, description: str | None = None, keys: int = 1
    ) -> None:
        """Declare product `<team>` on `apim_service`; `description` defaults to none (the platform team reads it).

        `keys` (default 1) is how many subscriptions the product may have at once: 2 for a team that
        rotates its key, whose previous key works beside the new one for the overlap.
        """
        super().__init__(scope, id)
        self._resource(
            apim.Product(
                self,
                "Resource",
                metadata={"name": APIM_PRODUCT, "namespace": names.namespace},
                spec=apim.ProductSpec(
                    azure_name=names.product_id,
                    owner=apim.ProductSpecOwner(arm_id=apim_service.arm_id),
                    display_name=f"AI access: {names.team}",
                    description=description,
                    subscription_required=True,
                    approval_required=False,
                    subscriptions_limit=keys,
                    state=apim.ProductSpecState.PUBLISHED,
                ),
            ),
        )
        self.api_link = apim.ProductApi(
            self,
            "Api",
            metadata={"name": APIM_PRODUCT_API, "namespace": names.namespace},
            spec=apim.ProductApiSpec(azure_name=apim_service.api_id, owner=apim.ProductApiSpecOwner(name=APIM_PRODUCT)),
        )
        """The ProductApi that links the product to the unified inference API."""
