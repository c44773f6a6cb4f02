"""The team's API key: a product-scoped APIM subscription whose keys ASO writes into a Secret."""

from __future__ import annotations

from datetime import date

from constructs import Construct

from ai_access.gitops.base import Resource
from ai_access.gitops.bindings import apim
from ai_access.gitops.refs import ApimServiceRef, NamedObject
from ai_access.names.labels import RECONCILE_POLICY
from ai_access.names.team import KEY_SECRET, PREVIOUS_KEY_SECRET, TeamNames


class ApimSubscription(Resource):
    """A subscription scoped to the team's product only (never all APIs), its keys in one Secret.

    Each key is its own APIM subscription, named after the rotation that made it (`rotated_on`,
    None for the team's first key), so a rotation never changes an existing one. The current key
    writes Secret `ai-gateway-key`; with `previous`, this is the key the last rotation replaced,
    which writes Secret `ai-gateway-key-previous` until the overlap ends.

    ASO writes a Secret only when it carries an ownerReference to the writing object (a second
    writer fails with "cannot overwrite ... which is not owned by": research notes, ASO
    `secrets`/`genruntime/core` NotOwnedError), so `ai-gateway-key` can change hands only when
    its writer is deleted. The current key's object is therefore detached on delete
    (`serviceoperator.azure.com/reconcile-policy: detach-on-delete`): at the next rotation it goes,
    Kubernetes deletes the Secret it owned, and the `previous` object (ASO's default policy, which
    deletes in Azure) takes the same Azure subscription over. When the team itself goes, ASO deletes
    its Product with `deleteSubscriptions=true` (ASO `apimanagement/customizations/product_extensions.go`),
    which deletes every subscription of the product, detached or not.
    """

    def __init__(
        self,
        scope: Construct,
        id: str,
        *,
        names: TeamNames,
        apim_service: ApimServiceRef,
        rotated_on: date | None = None,
        previous: bool = False,
        suspended: bool = False,
    ) -> None:
        """Declare the subscription of the key made on `rotated_on` (default None: the first key).

        `previous` (default False) makes it the replaced key of the overlap; `suspended` (default
        False) stops its keys working without deleting anything.
        """
        super().__init__(scope, id)
        secret = PREVIOUS_KEY_SECRET if previous else KEY_SECRET
        self.key_secret = NamedObject("Secret", secret)
        """The Secret ASO writes the keys into (keys `primaryKey`, `secondaryKey`)."""
        self.rotated_on = rotated_on
        """The rotation that made this key (None: the first key)."""
        self.previous = previous
        """True for the key the last rotation replaced."""
        state = apim.SubscriptionSpecState.SUSPENDED if suspended else apim.SubscriptionSpecState.ACTIVE
        name = names.previous_subscription(rotated_on) if previous else names.subscription(rotated_on)
        self._resource(
            apim.Subscription(
                self,
                "Resource",
                metadata={
                    "name": name,
                    "namespace": names.namespace,
                    "annotations": {} if previous else {RECONCILE_POLICY: "detach-on-delete"},
                },
                spec=apim.SubscriptionSpec(
                    azure_name=names.key_subscription_id(rotated_on),
                    owner=apim.SubscriptionSpecOwner(arm_id=apim_service.arm_id),
                    # The same for both objects of one key, so taking it over changes nothing in Azure.
                    display_name=f"{names.team} key" if rotated_on is None else f"{names.team} key of {rotated_on}",
                    scope=f"/products/{names.product_id}",
                    state=state,
                    allow_tracing=False,
                    operator_spec=apim.SubscriptionSpecOperatorSpec(
                        secrets=apim.SubscriptionSpecOperatorSpecSecrets(
                            primary_key=apim.SubscriptionSpecOperatorSpecSecretsPrimaryKey(name=secret, key="primaryKey"),
                            secondary_key=apim.SubscriptionSpecOperatorSpecSecretsSecondaryKey(name=secret, key="secondaryKey"),
                        )
                    ),
                ),
            ),
        )
