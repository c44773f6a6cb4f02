"""The product policy that enforces a team's models and token limits at the gateway."""

from __future__ import annotations

from constructs import Construct

from ai_access.gitops.bindings import apim
from ai_access.gitops.policy_xml import KaitoRoute, build_policy_xml
from ai_access.naming import APIM_PRODUCT_POLICY, TeamNames


class TokenPolicy(Construct):
    """An ASO `ProductPolicy` (raw XML) on the team's product; see `policy_xml` for its content."""

    def __init__(
        self,
        scope: Construct,
        id: str,
        *,
        names: TeamNames,
        product_k8s_name: str,
        cost_center: str,
        allowed_models: list[str],
        tokens_per_minute: int,
        daily_token_quota: int,
        kaito_routes: list[KaitoRoute],
    ) -> None:
        """Declare the policy; `allowed_models` are the enabled models, the only ones that pass."""
        super().__init__(scope, id)
        self.xml = build_policy_xml(
            team=names.team,
            cost_center=cost_center,
            allowed_models=allowed_models,
            tokens_per_minute=tokens_per_minute,
            daily_token_quota=daily_token_quota,
            kaito_routes=kaito_routes,
        )
        apim.ProductPolicy(
            self,
            "Resource",
            metadata={"name": APIM_PRODUCT_POLICY, "namespace": names.namespace},
            spec=apim.ProductPolicySpec(
                owner=apim.ProductPolicySpecOwner(name=product_k8s_name),
                # lxml writes well-formed XML with escaped expressions: APIM's "xml" format. "rawxml"
                # expects expressions unescaped and would escape these a second time.
                format=apim.ProductPolicySpecFormat.XML,
                value=self.xml,
            ),
        )
