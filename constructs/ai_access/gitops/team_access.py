"""TeamAccess: everything one validated request grants, composed from the per-concept constructs."""

from __future__ import annotations

from constructs import Construct

from ai_access.gitops.apim_product import ApimProduct
from ai_access.gitops.apim_subscription import ApimSubscription
from ai_access.gitops.endpoint_config import EndpointConfig
from ai_access.gitops.foundry_project import FoundryProject
from ai_access.gitops.kaito_model import KaitoModel
from ai_access.gitops.key_access import KeyAccess
from ai_access.gitops.pod_monitor import PodMonitor
from ai_access.gitops.refs import ApimServiceRef, ClusterRef, FoundryAccountRef, InternalIngressRef, NamedObject, TracingPlacementRef
from ai_access.gitops.team_namespace import TeamNamespace
from ai_access.gitops.token_policy import TokenPolicy
from ai_access.gitops.tracing import Tracing
from ai_access.models.lifecycle import TeamLifecycle
from ai_access.models.platform import PlatformConfig
from ai_access.models.request import AccessRequest
from ai_access.models.spend import budget_limit
from ai_access.names.team import PREVIOUS_KEY_SECRET, TeamNames


class TeamAccess(Construct):
    """Everything one validated request grants, for one team (docs/design.md, "What a team gets").

    Disabled models produce nothing and are not allowed by the policy. The Foundry project exists
    only when a Foundry model is enabled; role bindings only when the request names an Entra group.
    `lifecycle` (`models.lifecycle`) says what the day takes away: an expired request's keys are
    suspended and, unless the platform keeps them, its role assignments and KAITO workspaces go;
    during a rotation's overlap the previous key works beside the current one.
    Every part is a public, typed attribute, so an extension (docs/extending.md) can read and extend
    them: annotate its parameter `team: TeamAccess`.
    """

    request: AccessRequest
    platform: PlatformConfig
    names: TeamNames
    namespace: str
    namespace_object: TeamNamespace
    foundry_project: FoundryProject | None
    tracing: Tracing | None
    product: ApimProduct
    kaito_models: list[KaitoModel]
    pod_monitors: list[PodMonitor]
    policy: TokenPolicy
    lifecycle: TeamLifecycle
    subscription: ApimSubscription
    previous_subscription: ApimSubscription | None
    endpoint: EndpointConfig
    key_access: KeyAccess | None

    def __init__(
        self,
        scope: Construct,
        id: str,
        *,
        request: AccessRequest,
        platform: PlatformConfig,
        lifecycle: TeamLifecycle | None = None,
    ) -> None:
        """Compose the team's resources; `lifecycle` defaults to a current team that never rotated its key."""
        super().__init__(scope, id)
        lifecycle = lifecycle or TeamLifecycle()
        self.lifecycle = lifecycle
        """What the day takes away or adds: expiry, the previous key of a rotation."""
        names = TeamNames(request.team)
        apim_service = ApimServiceRef.from_platform(platform)
        self.request = request
        """The validated request this team's resources come from."""
        self.platform = platform
        """The platform configuration."""
        self.names = names
        """Every name derived from the team name (`naming.TeamNames`)."""
        self.namespace = names.namespace
        """The team namespace's name: where every object of the team, an extension's too, belongs."""
        self.namespace_object = TeamNamespace(self, "Namespace", names=names, owner=request.owner, cost_center=request.cost_center)
        """The Namespace itself (`TeamNamespace`)."""

        group = request.entra_group_id
        self.foundry_project = None
        """The Foundry project, or None when no Foundry model is enabled."""
        if request.foundry_models:
            self.foundry_project = FoundryProject(
                self,
                "FoundryProject",
                names=names,
                account=FoundryAccountRef.from_platform(platform),
                group_id=group if request.playground_access and lifecycle.keeps_role_assignments else None,
                keep_on_delete=platform.foundry.keep_projects_on_delete,
                description=f"AI model access of {request.team}",
            )
        self.tracing = None
        """The Application Insights component, or None without `tracingEnabled`."""
        if request.tracing_enabled:
            self.tracing = Tracing(self, "Tracing", names=names, placement=TracingPlacementRef.from_platform(platform))
        # Owner and cost centre go only where the platform team alone reads (the APIM product):
        # every team's group holds Reader on the Foundry account, which reads every project.
        self.product = ApimProduct(
            self,
            "Product",
            names=names,
            apim_service=apim_service,
            description=f"Owner {request.owner}, cost centre {request.cost_center}",
            keys=2 if lifecycle.rotated else 1,
        )
        """The APIM product (and its link to the unified API)."""
        ingress = InternalIngressRef.from_platform(platform)
        self.kaito_models = [
            KaitoModel(
                self,
                f"Kaito-{model.name}",
                names=names,
                model=model.name,
                preset=platform.kaito_presets[model.name],
                instance_type=model.instance_type or "",
                ingress=ingress,
                apim_service=apim_service,
                serving=lifecycle.keeps_workspaces,
            )
            for model in request.kaito_models
        ]
        """One `KaitoModel` per enabled KAITO model (only its APIM backend while expiry removes workspaces)."""
        self.pod_monitors = [
            PodMonitor(self, f"Metrics-{kaito.route.model}", names=names, model=kaito.route.model, workspace=kaito.name)
            for kaito in self.kaito_models
            if lifecycle.keeps_workspaces
        ]
        """One `PodMonitor` per served KAITO model: Azure Managed Prometheus scrapes its workspace (docs/observability.md)."""
        self.policy = TokenPolicy(
            self,
            "TokenPolicy",
            names=names,
            product=self.product,
            cost_center=request.cost_center,
            allowed_models=[model.name for model in request.enabled_models],
            tokens_per_minute=request.tokens_per_minute,
            daily_token_quota=request.daily_token_quota,
            kaito_routes=[model.route for model in self.kaito_models],
            fragment_ids=list(platform.apim.policy_fragments),
            budget=budget_limit(request, platform),
        )
        """The product policy: model allowlist, token limits, KAITO routes."""
        suspended = lifecycle.expired
        self.subscription = ApimSubscription(
            self, "Subscription", names=names, apim_service=apim_service, rotated_on=lifecycle.key.rotated_on, suspended=suspended
        )
        """The product-scoped subscription of the current key, whose keys ASO writes to Secret `ai-gateway-key`."""
        self.previous_subscription = None
        """During a rotation's overlap, the subscription of the replaced key (Secret `ai-gateway-key-previous`); else None."""
        if lifecycle.previous_key is not None:
            self.previous_subscription = ApimSubscription(
                self,
                "PreviousSubscription",
                names=names,
                apim_service=apim_service,
                rotated_on=lifecycle.previous_key.rotated_on,
                previous=True,
                suspended=suspended,
            )
        self.endpoint = EndpointConfig(
            self,
            "Endpoint",
            names=names,
            apim_service=apim_service,
            models=[model.name for model in request.enabled_models],
            tokens_per_minute=request.tokens_per_minute,
            daily_token_quota=request.daily_token_quota,
            previous_key_until=lifecycle.previous_key_until,
        )
        """ConfigMap `ai-gateway-endpoint`: what a client needs to call the gateway."""
        self.key_access = None
        """The Role and RoleBinding letting the team's group read its key (and fetch the cluster's kubeconfig), or None without a group."""
        if group is not None:
            # The Cluster User assignment is a role assignment too: an expired team loses it with the Foundry ones.
            cluster = ClusterRef.from_platform(platform) if lifecycle.keeps_role_assignments else None
            self.key_access = KeyAccess(self, "KeyAccess", names=names, group_id=group, cluster=cluster)
            self.key_access.allow_read(self.subscription.key_secret, self.endpoint)
            if lifecycle.rotated:  # granted for good: the Role does not change with each overlap
                self.key_access.allow_read(NamedObject("Secret", PREVIOUS_KEY_SECRET))
            if self.tracing is not None:
                self.key_access.allow_read(self.tracing.config_map)
