"""The product policy that enforces a team's models and token limits at the gateway."""

from __future__ import annotations

from collections.abc import Sequence

from constructs import Construct

from ai_access.apim.product_policy import BudgetLimit, KaitoRoute, build_policy_xml
from ai_access.gitops.apim_product import ApimProduct
from ai_access.gitops.base import Resource
from ai_access.gitops.bindings import apim
from ai_access.names.team import APIM_PRODUCT_POLICY, TeamNames


class TokenPolicy(Resource):
    """An ASO `ProductPolicy` on the team's product; see `policy_xml` for its content (`xml`)."""

    def __init__(
        self,
        scope: Construct,
        id: str,
        *,
        names: TeamNames,
        product: ApimProduct,
        cost_center: str,
        allowed_models: Sequence[str],
        tokens_per_minute: int,
        daily_token_quota: int,
        kaito_routes: Sequence[KaitoRoute] = (),
        fragment_ids: Sequence[str] = (),
        budget: BudgetLimit | None = None,
    ) -> None:
        """Declare the policy; `allowed_models` are the enabled models, the only ones that pass.

        `kaito_routes` (default none) send those models to their workspaces; `fragment_ids`
        (default none) are the platform's policy fragments every product includes; `budget` (default
        none) is the monthly token quota of the team's budget.
        """
        super().__init__(scope, id)
        self.xml = build_policy_xml(
            team=names.team,
            cost_center=cost_center,
            allowed_models=list(allowed_models),
            tokens_per_minute=tokens_per_minute,
            daily_token_quota=daily_token_quota,
            kaito_routes=list(kaito_routes),
            fragment_ids=fragment_ids,
            budget=budget,
        )
        """The policy document, as ASO sends it to APIM."""
        self._resource(
            apim.ProductPolicy(
                self,
                "Resource",
                metadata={"name": APIM_PRODUCT_POLICY, "namespace": names.namespace},
                spec=apim.ProductPolicySpec(
                    owner=apim.ProductPolicySpecOwner(name=product.name),
                    # lxml writes well-formed XML with escaped expressions: APIM's "xml" format. "rawxml"
                    # expects expressions unescaped and would escape these a second time.
                    format=apim.ProductPolicySpecFormat.XML,
                    value=self.xml,
                ),
            ),
        )
