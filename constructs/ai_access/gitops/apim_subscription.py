"""The team's API key: a product-scoped APIM subscription whose keys ASO writes into a Secret."""

from __future__ import annotations

from constructs import Construct

from ai_access.gitops.base import Resource
from ai_access.gitops.bindings import apim
from ai_access.gitops.refs import ApimServiceRef, NamedObject
from ai_access.names.team import APIM_SUBSCRIPTION, KEY_SECRET, TeamNames


class ApimSubscription(Resource):
    """A subscription scoped to the team's product only (never all APIs), keys in Secret `ai-gateway-key`."""

    def __init__(self, scope: Construct, id: str, *, names: TeamNames, apim_service: ApimServiceRef, suspended: bool = False) -> None:
        """Declare the subscription; `suspended` (default False) stops its keys working without deleting anything."""
        super().__init__(scope, id)
        self.key_secret = NamedObject("Secret", KEY_SECRET)
        """The Secret ASO writes the keys into (keys `primaryKey`, `secondaryKey`)."""
        state = apim.SubscriptionSpecState.SUSPENDED if suspended else apim.SubscriptionSpecState.ACTIVE
        self._resource(
            apim.Subscription(
                self,
                "Resource",
                metadata={"name": APIM_SUBSCRIPTION, "namespace": names.namespace},
                spec=apim.SubscriptionSpec(
                    azure_name=names.subscription_id,
                    owner=apim.SubscriptionSpecOwner(arm_id=apim_service.arm_id),
                    display_name=f"{names.team} key",
                    scope=f"/products/{names.product_id}",
                    state=state,
                    allow_tracing=False,
                    operator_spec=apim.SubscriptionSpecOperatorSpec(
                        secrets=apim.SubscriptionSpecOperatorSpecSecrets(
                            primary_key=apim.SubscriptionSpecOperatorSpecSecretsPrimaryKey(name=KEY_SECRET, key="primaryKey"),
                            secondary_key=apim.SubscriptionSpecOperatorSpecSecretsSecondaryKey(name=KEY_SECRET, key="secondaryKey"),
                        )
                    ),
                ),
            ),
        )
