"""TeamAccess: everything one validated request grants, composed from the per-concept constructs."""

from __future__ import annotations

from constructs import Construct

from ai_access.gitops.apim_product import ApimProduct
from ai_access.gitops.apim_subscription import ApimSubscription
from ai_access.gitops.endpoint_config import EndpointConfig
from ai_access.gitops.foundry_project import FoundryProject
from ai_access.gitops.kaito_model import KaitoModel
from ai_access.gitops.key_access import KeyAccess
from ai_access.gitops.team_namespace import TeamNamespace
from ai_access.gitops.token_policy import TokenPolicy
from ai_access.gitops.tracing import Tracing
from ai_access.models.platform import PlatformConfig
from ai_access.models.request import AccessRequest
from ai_access.naming import TeamNames


class TeamAccess(Construct):
    """Everything one validated request grants, for one team (docs/design.md).

    Disabled models produce nothing and are not allowed by the policy. The Foundry project exists
    only when a Foundry model is enabled; role bindings only when the request names an Entra group.
    """

    def __init__(
        self,
        scope: Construct,
        id: str,
        *,
        request: AccessRequest,
        platform: PlatformConfig,
        suspended: bool = False,
    ) -> None:
        """Compose the team's resources; `suspended` (an expired request) suspends the key only."""
        super().__init__(scope, id)
        names = TeamNames(request.team)
        self.request = request
        """The validated request this team's resources come from."""
        self.platform = platform
        """The platform configuration."""
        self.names = names
        """Every name derived from the team name (`naming.TeamNames`)."""
        self.namespace = names.namespace
        """The team namespace's name: where every object of the team, an extension's too, belongs."""
        group = request.entra_group_id
        # Owner and cost centre go only where the platform team alone reads (the APIM product):
        # every team's group holds Reader on the Foundry account, which reads every project.
        description = f"Owner {request.owner}, cost centre {request.cost_center}"
        TeamNamespace(self, "Namespace", request=request)
        if request.foundry_models:
            FoundryProject(
                self,
                "FoundryProject",
                names=names,
                platform=platform,
                group_id=group if request.playground_access else None,
                description=f"AI model access of {request.team}",
            )
        config_maps = []
        if request.tracing_enabled:
            config_maps.append(Tracing(self, "Tracing", names=names, platform=platform).config_map_name)
        product = ApimProduct(self, "Product", names=names, platform=platform, description=description)
        routes = [
            KaitoModel(
                self,
                f"Kaito-{model.name}",
                names=names,
                model=model.name,
                preset=platform.kaito_presets[model.name],
                instance_type=model.instance_type or "",
                platform=platform,
            ).route
            for model in request.kaito_models
        ]
        TokenPolicy(
            self,
            "TokenPolicy",
            names=names,
            product_k8s_name=product.k8s_name,
            cost_center=request.cost_center,
            allowed_models=[model.name for model in request.enabled_models],
            tokens_per_minute=request.tokens_per_minute,
            daily_token_quota=request.daily_token_quota,
            kaito_routes=routes,
        )
        subscription = ApimSubscription(self, "Subscription", names=names, platform=platform, suspended=suspended)
        endpoint = EndpointConfig(self, "Endpoint", names=names, request=request, platform=platform)
        config_maps.append(endpoint.name)
        if group is not None:
            KeyAccess(
                self, "KeyAccess", names=names, group_id=group, secret_name=subscription.secret_name, config_maps=config_maps
            )
