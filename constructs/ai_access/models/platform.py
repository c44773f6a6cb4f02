"""The platform configuration (`platform.yaml`): one source of truth for both layers.

The GitOps layer (cdk8s) and the platform layer (cdktf) read the same `PlatformConfig`, so the
names the team manifests point at (APIM service, Foundry account, resource groups, API id) are the
names the Terraform stack creates.
"""

from __future__ import annotations

import re
from ipaddress import IPv4Network
from typing import Annotated, Literal
from uuid import UUID

from pydantic import BaseModel, ConfigDict, Field, StrictBool, StringConstraints, field_validator, model_validator

from ai_access.models.address_plan import address_plan
from ai_access.models.aks_versions import version_problem
from ai_access.models.budgets import BudgetSettings
from ai_access.models.catalog_names import CatalogText, catalog_name_problem
from ai_access.models.frozen import FrozenDict, FrozenList, FrozenMap
from ai_access.models.kaito_presets import preset_problem
from ai_access.models.observability import ObservabilitySettings
from ai_access.models.request import RequestCatalog
from ai_access.models.retired_team import RetiredTeam
from ai_access.names.labels import OWNED_KEY_PREFIXES, OWNED_KEYS
from ai_access.names.platform import PlatformNames
from ai_access.names.team import model_slug

# Patterns are matched by pydantic's Rust regex engine, where `$` is the end of the text (Python's
# also matches before a final line break) and `\d` would be any Unicode digit: so [0-9].
AzureName = Annotated[str, StringConstraints(pattern=r"^[a-zA-Z0-9][a-zA-Z0-9_.-]{0,62}[a-zA-Z0-9]$")]
DnsLabel = Annotated[str, StringConstraints(pattern=r"^[a-z0-9]([-a-z0-9]{0,61}[a-z0-9])?$")]
PositiveInt = Annotated[int, Field(gt=0)]
# APIM's policy fragment ids: letters, digits, '_' and '-', at most 80 (the REST API's `id` rule).
FragmentId = Annotated[str, StringConstraints(pattern=r"^[A-Za-z0-9]([A-Za-z0-9_-]{0,78}[A-Za-z0-9])?$")]
# Kubernetes label keys and values ("Labels and Selectors": an optional DNS-subdomain prefix and '/',
# then a name of at most 63 characters; a value of at most 63, alphanumeric at both ends).
LabelKey = Annotated[
    str,
    StringConstraints(
        pattern=r"^([a-z0-9]([-a-z0-9]*[a-z0-9])?(\.[a-z0-9]([-a-z0-9]*[a-z0-9])?)*/)?[A-Za-z0-9]([-A-Za-z0-9_.]{0,61}[A-Za-z0-9])?$",
        max_length=317,
    ),
]
LabelValue = Annotated[str, StringConstraints(pattern=r"^([A-Za-z0-9]([-A-Za-z0-9_.]{0,61}[A-Za-z0-9])?)?$")]
ExtensionPath = Annotated[str, StringConstraints(pattern=r"^[A-Za-z_][A-Za-z0-9_]*(\.[A-Za-z_][A-Za-z0-9_]*)*:[A-Za-z_][A-Za-z0-9_]*$")]



Loc = tuple[str | int, ...]


class ConfigError(ValueError):
    """Problems a validator found below the model it validates, each at the path of its key.

    pydantic places a model validator's error at the model itself; `platform_file` adds these
    paths, so `platform.yaml` problems point at the line of the offending key.
    """

    def __init__(self, problems: list[tuple[Loc, str]]) -> None:
        super().__init__("; ".join(message for _, message in problems))
        self.problems = problems


class _Strict(BaseModel):
    """Base for every platform model: unknown keys are errors; flags must be real booleans; read-only, containers too (`frozen`)."""

    # Field docstrings are the reference of platform.yaml (`reference/platform_fields.py`, docs/platform-reference.md).
    model_config = ConfigDict(extra="forbid", populate_by_name=True, frozen=True, use_attribute_docstrings=True)


def _camel(name: str) -> str:
    head, *rest = name.split("_")
    return head + "".join(part.title() for part in rest)


class _Camel(_Strict):
    model_config = ConfigDict(extra="forbid", populate_by_name=True, frozen=True, alias_generator=_camel, use_attribute_docstrings=True)


class AzureSettings(_Camel):
    """Where the platform lives in Azure."""

    subscription_id: UUID
    """Azure subscription of the platform and of the teams' Azure resources; every ARM id synth writes starts with it."""
    tenant_id: UUID
    """Entra tenant of the subscription: the azurerm provider's, the AKS cluster's Entra integration, and `verify`'s portal link."""
    location: Annotated[str, StringConstraints(pattern=r"^[a-z0-9]+$")]
    """Azure region of every resource, platform and teams (`swedencentral`): it must offer the catalog's models and GPU sizes."""
    resource_group: AzureName
    """Resource group of the shared platform (AKS, Foundry account, APIM, observability)."""
    team_resource_group: AzureName
    """Resource group the GitOps layer creates per-team Azure resources in (tracing components)."""

    @model_validator(mode="after")
    def _team_group_of_its_own(self) -> "AzureSettings":
        # Team components are named after teams (`appi-<team>`) and ASO adopts a resource of the
        # same name it finds ("How can I import existing Azure resources into ASO?", ASO FAQ): in
        # the platform's own group a team could adopt, and on deletion delete, a platform resource.
        # Azure compares resource group names without case ("Naming rules and restrictions").
        if self.team_resource_group.lower() == self.resource_group.lower():
            raise ConfigError(
                [(("teamResourceGroup",), f"must differ from resourceGroup ({self.resource_group}): team resources get a resource group of their own, apart from the platform's")]
            )
        return self


class FoundryModel(_Camel):
    """A model deployment on the shared Foundry account, shared by every team granted it."""

    model_name: CatalogText
    """The model's name in the Azure catalog (usually the deployment name)."""
    version: CatalogText
    """The model version the deployment pins (it is never upgraded automatically). Quote it: YAML reads 2025-04-14 as a date."""
    format: Literal["OpenAI", "Microsoft", "Meta", "Mistral AI", "xAI", "DeepSeek"] = "OpenAI"
    """The model's provider format in the Azure catalog; with any model not of format OpenAI, the gateway is given
    Cognitive Services User on the account instead of the narrower Cognitive Services OpenAI User."""
    sku_name: Literal["GlobalStandard", "DataZoneStandard", "Standard", "ProvisionedManaged"] = "GlobalStandard"
    """Deployment type: where Azure may process the prompts (any region, the data zone, the account's region) and how it
    bills (per token, or provisioned capacity); Microsoft's "Deployment types for Microsoft Foundry Models"."""
    capacity_tpm: PositiveInt
    """Deployment capacity in tokens per minute (Azure counts capacity in units of 1,000 TPM)."""
    price_per_million_tokens_usd: Annotated[float, Field(ge=0)] = 0.0
    """Blended list price in USD per million tokens, only for `plan`'s cost estimate."""

    @field_validator("capacity_tpm")
    @classmethod
    def _whole_thousands(cls, value: int) -> int:
        if value % 1000:
            raise ValueError("capacityTpm must be a multiple of 1000 (Azure sells capacity in 1K TPM units)")
        return value

    @property
    def capacity_units(self) -> int:
        """Capacity as Azure's `sku.capacity` (thousands of TPM)."""
        return self.capacity_tpm // 1000


class FoundrySettings(_Camel):
    """The shared Foundry (AIServices) account and its model catalog."""

    account_name: AzureName
    """Name of the shared AIServices (Foundry) account every team's Foundry project is created under; a new name
    leaves the projects on the old account behind."""
    custom_subdomain: DnsLabel
    """Globally unique subdomain of the account: its endpoint, the gateway's Foundry backend, is
    `https://<customSubdomain>.cognitiveservices.azure.com/`."""
    sku_name: str = "S0"
    """Pricing tier of the account (`sku_name` of azurerm's `cognitive_account`)."""
    keep_projects_on_delete: StrictBool = True
    """Keep a team's Foundry project in Azure when its request is deleted (ASO detach-on-delete)."""
    models: FrozenDict[str, FoundryModel]
    """Catalog of Foundry deployments by deployment name (what requests name)."""

    @property
    def endpoint(self) -> str:
        """The account's public endpoint, derived from the custom subdomain."""
        return f"https://{self.custom_subdomain}.cognitiveservices.azure.com/"


class ApimSettings(_Camel):
    """The API Management instance that is the one AI gateway."""

    service_name: DnsLabel
    """Globally unique name of the API Management service: the gateway is `https://<serviceName>.azure-api.net`. A new
    name is a new service, and every team's key stops working."""
    sku_name: Literal["BasicV2_1", "StandardV2_1", "StandardV2_2", "PremiumV2_1", "Developer_1", "Premium_1"] = "StandardV2_1"
    """Tier and units (`StandardV2_1`: StandardV2, one unit). StandardV2 and PremiumV2 join the VNet and reach KAITO
    workspaces; with BasicV2 and the classic tiers the gateway cannot reach KAITO models (docs/platform.md). The tier's
    documented limits bound the teams (one product and one subscription each: 500 on StandardV2): docs/limits.md."""
    publisher_name: str
    """The organisation that publishes the APIs, which Azure requires of every APIM service."""
    publisher_email: str
    """Publisher's e-mail address, where Azure sends the service's notifications."""
    api_id: DnsLabel
    """Id of the unified OpenAI-compatible inference API every product links to."""
    api_path: Annotated[str, StringConstraints(pattern=r"^[a-z0-9][a-z0-9/-]*$")] = "openai"
    """Path of the inference API on the gateway: clients call `https://<serviceName>.azure-api.net/<apiPath>`."""
    foundry_backend_id: DnsLabel = "foundry"
    """Id of the APIM backend that points at the Foundry account, where the API policy sends every call."""
    policy_fragments: FrozenDict[FragmentId, Annotated[str, StringConstraints(min_length=1)]] = Field(default_factory=FrozenMap)
    """Policy fragment id -> XML file (relative to `platform.yaml`): the platform stack creates each
    fragment, and every team's product policy includes each, in this order (docs/extending.md)."""

    @property
    def gateway_url(self) -> str:
        """The public gateway URL of the service."""
        return f"https://{self.service_name}.azure-api.net"

    @property
    def inference_url(self) -> str:
        """Base URL of the unified inference API, what a team's client points at."""
        return f"{self.gateway_url}/{self.api_path}"


class NodePool(_Camel):
    """An autoscaling AKS node pool."""

    vm_size: str
    """VM size of the pool's nodes (`Standard_D4ds_v5`)."""
    min_count: PositiveInt
    """Fewest nodes the cluster autoscaler keeps."""
    max_count: PositiveInt
    """Most nodes the cluster autoscaler may run; at least `minCount`."""

    @model_validator(mode="after")
    def _ordered(self) -> "NodePool":
        if self.min_count > self.max_count:
            raise ConfigError([(("minCount",), "minCount must not exceed maxCount")])
        return self


class AksSettings(_Camel):
    """The AKS cluster that runs ASO, ArgoCD and KAITO."""

    cluster_name: DnsLabel
    """Name of the AKS cluster."""
    dns_prefix: DnsLabel
    """DNS prefix of the cluster's API server address."""
    kubernetes_version: Annotated[str, StringConstraints(pattern=r"^[0-9]+\.[0-9]+(\.[0-9]+)?$")]
    """Kubernetes version of the cluster and its pools; a minor (`"1.34"`) follows its latest patch. Quote it: YAML
    reads 1.30 as the number 1.3. Only a minor in standard support whose AI toolchain operator add-on runs the KAITO
    this project needs is accepted (`models/aks_versions.py`)."""
    system_pool: NodePool
    """Critical add-ons only (tainted CriticalAddonsOnly): CoreDNS, the app-routing NGINX, KAITO."""
    user_pool: NodePool
    """Untainted pool for the platform's own workloads: ArgoCD, ASO, cert-manager."""
    api_server_authorized_ip_ranges: FrozenList[IPv4Network] = Field(min_length=1)
    """Public ranges allowed to reach the API server: the operators' and the deploying CI's egress."""
    admin_group_object_ids: FrozenList[UUID] = Field(min_length=1)
    """Entra groups with cluster-admin through Azure RBAC."""
    ingress_class_name: Annotated[DnsLabel, StringConstraints(max_length=60)] = "nginx-internal"
    """IngressClass of the internal ingress controller the KAITO routes use, and the name of its `NginxIngressController`
    in `dist/bootstrap/` (docs/platform.md, "The internal ingress"); at most 60 characters, the add-on's limit on its
    `controllerNamePrefix`."""
    ingress_namespace: DnsLabel = "app-routing-system"
    """Namespace of the internal ingress controller: the only one that may reach KAITO workspaces."""
    ingress_private_ip: Annotated[str, StringConstraints(pattern=r"^[0-9]{1,3}(\.[0-9]{1,3}){3}$")]
    """Fixed private address of the internal ingress controller that APIM reaches KAITO through."""

    @field_validator("kubernetes_version")
    @classmethod
    def _supported(cls, value: str) -> str:
        if problem := version_problem(value):
            raise ValueError(problem)
        return value

    @field_validator("ingress_private_ip")
    @classmethod
    def _private(cls, value: str) -> str:
        address_plan(value)  # raises for an address outside the private ranges
        return value
    aso_namespace: DnsLabel = "azureserviceoperator-system"
    """Namespace Azure Service Operator runs in: its identity's federated credential trusts its service account there."""
    aso_service_account: DnsLabel = "azureserviceoperator-default"
    """Service account Azure Service Operator runs as (the subject of that federated credential)."""


class KaitoPreset(_Camel):
    """An open-source model KAITO can serve, with the GPU sizes it fits on.

    Its key is KAITO's preset name, and the name the workspace serves it under (the GitOps layer
    sets vLLM's `served-model-name` to it), so teams call it by that name on every KAITO release.
    """

    instance_types: FrozenList[str] = Field(min_length=1)
    """GPU VM sizes known to hold the model on one node (KAITO silently goes multi-node otherwise)."""
    gated: StrictBool = False
    """Gated on Hugging Face (Llama): needs the platform's model-access Secret."""
    price_per_node_hour_usd: Annotated[float, Field(ge=0)] = 0.0
    """List price of one GPU node in USD per hour, only for `plan`'s cost estimate, for a size without a
    `gpuPricePerNodeHourUsd` entry (that price per VM size takes precedence: the node's size, not the model, sets it)."""


class OnExpiry(_Camel):
    """What an expired request loses besides its key, which is always suspended (docs/lifecycle.md)."""

    role_assignments: Literal["remove", "keep"] = "remove"
    """remove: the Entra group's role assignments (the AKS Cluster User Role, and the Foundry ones: playground, Entra
    access to the project) go at expiry and come back with the same names on renewal; keep: they stay."""
    workspaces: Literal["remove", "keep"] = "remove"
    """remove: each KAITO workspace (its GPU node), NetworkPolicy, inference ConfigMap and Ingress go at expiry
    (the APIM backend and the product policy stay) and come back with the same names on renewal; keep: they stay."""


class GitOpsSettings(_Camel):
    """The Git repository ArgoCD reads `dist/` from, and how access ends and keys rotate."""

    repo_url: str
    """URL of the Git repository ArgoCD reads the synthesized output from (this repository)."""
    revision: str = "main"
    """Branch, tag or commit ArgoCD syncs (`targetRevision`) and the ApplicationSet's git generator reads."""
    teams_path: str = "dist/teams"
    """Where team folders are in the repository: `<synth output>/teams`."""
    argocd_namespace: DnsLabel = "argocd"
    """Namespace ArgoCD runs in, where the AppProjects, the ApplicationSet and the root Application are created."""
    destination_server: str = "https://kubernetes.default.svc"
    """API server ArgoCD deploys the teams to (`destination.server`); the default is the cluster ArgoCD runs in."""
    common_labels: FrozenDict[LabelKey, LabelValue] = Field(default_factory=FrozenMap)
    """Labels added to every synthesized team object and every AppProject."""
    common_annotations: FrozenDict[LabelKey, str] = Field(default_factory=FrozenMap)
    """Annotations added to every synthesized team object and every AppProject."""
    on_expiry: OnExpiry = OnExpiry()
    """What an expired request loses besides its key (suspended in any case)."""
    key_overlap_days: Annotated[int, Field(ge=1, le=90)] = 7
    """Days the previous key keeps working after a rotation (`keyRotatedOn` and the days after it); the scheduled
    synth then removes it."""
    max_key_age_days: Annotated[int, Field(ge=1)] | None = None
    """Oldest a key may be, in days since its `keyRotatedOn`: validate warns 14 days before, then fails; none: no limit."""

    @model_validator(mode="after")
    def _room_to_rotate(self) -> "GitOpsSettings":
        # A key must be able to reach its next rotation: rotations are more than the overlap apart.
        if self.max_key_age_days is not None and self.max_key_age_days <= self.key_overlap_days:
            raise ConfigError([(("maxKeyAgeDays",), f"{self.max_key_age_days} must be more than keyOverlapDays ({self.key_overlap_days}): a key is rotated again only after the previous one is gone")])
        return self

    @field_validator("common_labels", "common_annotations")
    @classmethod
    def _not_owned(cls, value: FrozenMap[str, str]) -> FrozenMap[str, str]:
        owned = sorted(key for key in value if key.startswith(OWNED_KEY_PREFIXES) or key in OWNED_KEYS)
        if owned:
            raise ValueError(
                f"{', '.join(owned)}: the tool sets keys like these itself; choose a key outside "
                f"{', '.join(OWNED_KEY_PREFIXES + OWNED_KEYS)}"
            )
        return value

    @field_validator("teams_path")
    @classmethod
    def _synth_layout(cls, value: str) -> str:
        if value.rstrip("/").split("/")[-1] != "teams" or value.startswith("/"):
            raise ValueError("must be the relative path of synth's output folder followed by /teams, e.g. dist/teams")
        return value


class TeamLimits(_Camel):
    """Per-team ceilings a request may ask for, and how far shared capacity may be oversold."""

    max_tokens_per_minute: PositiveInt
    """The most `tokensPerMinute` one request may ask for."""
    max_daily_token_quota: PositiveInt
    """The most `dailyTokenQuota` one request may ask for."""
    max_kaito_models: PositiveInt = 2
    """The most enabled KAITO models one team may have (each is a GPU node of its own)."""
    oversubscription: Annotated[float, Field(gt=0)] = 1.0
    """How far all teams' `tokensPerMinute` on one Foundry model may exceed its `capacityTpm` (2.0: twice)."""


# GPU sizes with a GPU; CPU-only sizes are refused in the catalog, not discovered at run time.
_GPU_SKU = re.compile(r"Standard_N[CDVG][A-Za-z0-9_]+")


class PlatformConfig(_Camel):
    """Everything both layers need: Azure placement, catalog, limits and GitOps source."""

    name: DnsLabel
    """Short platform name used in tags and the Terraform stack name."""
    azure: AzureSettings
    """Where the platform lives in Azure."""
    foundry: FoundrySettings
    """The shared Foundry account and its catalog of model deployments."""
    apim: ApimSettings
    """The API Management service that is the one AI gateway."""
    aks: AksSettings
    """The AKS cluster that runs ArgoCD, ASO and KAITO."""
    kaito_presets: FrozenDict[str, KaitoPreset]
    """Open-source models KAITO may serve, by KAITO preset name (what requests name)."""
    gpu_quotas: FrozenDict[str, Annotated[int, Field(ge=0)]]
    """Maximum number of nodes of each GPU size all teams together may hold."""
    gpu_price_per_node_hour_usd: FrozenDict[str, Annotated[float, Field(ge=0)]] = Field(default_factory=FrozenMap)
    """List price of one node of each GPU size in USD per hour, only for `plan`'s cost estimate: a KAITO workspace costs
    its node's price, so moving a model to another size changes the estimate. Each key is a size of `gpuQuotas`."""
    team_limits: TeamLimits
    """What one request may ask for, and how far shared capacity may be oversold."""
    budgets: BudgetSettings | None = None
    """Monthly budgets in USD per team, enforced at the gateway (docs/costs.md); without this section no request has a
    budget and `monthlyBudgetUsd` is refused."""
    gitops: GitOpsSettings
    """The Git repository and ArgoCD that sync the synthesized output."""
    observability: ObservabilitySettings
    """Alerts and notifications: who is told when a team's sync or model breaks."""
    extensions: FrozenList[ExtensionPath] = ()
    """`module:function` import paths called once per team after its resources are composed
    (docs/extending.md); modules are looked up beside the platform file first."""
    retired_teams: FrozenList[RetiredTeam] = ()
    """Team names once used and removed, whose Foundry projects (with their data) are kept: ASO
    would adopt one for a new team of that name. A plain name never comes back; an entry with
    `owner` and `entraGroupId` comes back only with exactly those (the same team returning)."""

    @field_validator("retired_teams")
    @classmethod
    def _each_once(cls, teams: tuple[RetiredTeam, ...]) -> tuple[RetiredTeam, ...]:
        seen: set[str] = set()
        found = []
        for index, entry in enumerate(teams):
            if entry.team in seen:
                found.append(((index,), f"{entry.team} is listed twice; list each retired team once"))
            seen.add(entry.team)
        if found:
            raise ConfigError(found)
        return teams

    def retired(self, team: str) -> RetiredTeam | None:
        """The `retiredTeams` entry of `team`, or None when the name was never retired."""
        return next((entry for entry in self.retired_teams if entry.team == team), None)

    @field_validator("kaito_presets")
    @classmethod
    def _kaito_serves_them(cls, presets: FrozenMap[str, KaitoPreset]) -> FrozenMap[str, KaitoPreset]:
        found = [((name,), problem) for name in presets if (problem := preset_problem(name))]
        if found:
            raise ConfigError(found)
        return presets

    @model_validator(mode="after")
    def _catalog_is_consistent(self) -> "PlatformConfig":
        found: list[tuple[Loc, str]] = []
        for where, name in [*((("foundry", "models", n), n) for n in self.foundry.models), *((("kaitoPresets", n), n) for n in self.kaito_presets)]:
            if problem := catalog_name_problem(name):
                found.append((where, f"catalog name {problem}"))
        if found:
            raise ConfigError(found)
        for name in self.foundry.models:
            if name in self.kaito_presets:
                found.append((("foundry", "models", name), f"'{name}' is both a Foundry model and a KAITO preset; a model name must be one or the other"))
        for name, preset in self.kaito_presets.items():
            for index, sku in enumerate(preset.instance_types):
                where = ("kaitoPresets", name, "instanceTypes", index)
                if not _GPU_SKU.fullmatch(sku):
                    found.append((where, f"{sku} is not a GPU VM size (Standard_NC..., _ND..., _NV..., _NG...)"))
                elif sku not in self.gpu_quotas:
                    found.append((where, f"{sku} has no entry in gpuQuotas; add one (the number of nodes all teams may hold)"))
            # The workspace name is the slug, "-" and 6 hex digits; it names a Service (63 at most).
            if len(model_slug(name)) > 56:
                found.append((("kaitoPresets", name), "longer than 56 characters, too long for a workspace name"))
        for sku in self.gpu_price_per_node_hour_usd:
            if sku not in self.gpu_quotas:
                found.append((("gpuPricePerNodeHourUsd", sku), f"{sku} is not a size of gpuQuotas; price only the GPU sizes the catalog uses"))
        seen: dict[str, str] = {}
        for section, names in (("foundry", self.foundry.models), ("kaitoPresets", self.kaito_presets)):
            for name in names:
                slug = model_slug(name)
                if slug in seen and seen[slug] != name:
                    where = ("foundry", "models", name) if section == "foundry" else ("kaitoPresets", name)
                    found.append((where, f"'{name}' and '{seen[slug]}' map to the same resource-name slug '{slug}'"))
                seen.setdefault(slug, name)
        if found:
            raise ConfigError(found)
        return self

    def node_price_per_hour(self, preset: str, instance_type: str) -> float:
        """The list price in USD per hour of a node of `instance_type` serving `preset`: its size's, else the preset's."""
        price = self.gpu_price_per_node_hour_usd.get(instance_type)
        return self.kaito_presets[preset].price_per_node_hour_usd if price is None else price

    @property
    def request_catalog(self) -> RequestCatalog:
        """The model names requests may ask for, as validation context for request messages."""
        return RequestCatalog(
            tuple(self.foundry.models), {name: tuple(preset.instance_types) for name, preset in self.kaito_presets.items()}
        )

    # ARM ids the GitOps layer uses as ASO owners; the platform stack creates exactly these.
    @property
    def resource_group_id(self) -> str:
        """ARM id of the platform resource group."""
        return f"/subscriptions/{self.azure.subscription_id}/resourceGroups/{self.azure.resource_group}"

    @property
    def team_resource_group_id(self) -> str:
        """ARM id of the resource group for per-team Azure resources."""
        return f"/subscriptions/{self.azure.subscription_id}/resourceGroups/{self.azure.team_resource_group}"

    @property
    def apim_service_id(self) -> str:
        """ARM id of the APIM service."""
        return f"{self.resource_group_id}/providers/Microsoft.ApiManagement/service/{self.apim.service_name}"

    @property
    def foundry_account_id(self) -> str:
        """ARM id of the Foundry account."""
        return f"{self.resource_group_id}/providers/Microsoft.CognitiveServices/accounts/{self.foundry.account_name}"

    @property
    def aks_cluster_id(self) -> str:
        """ARM id of the AKS cluster: the scope of each team group's Cluster User Role (its kubeconfig)."""
        return f"{self.resource_group_id}/providers/Microsoft.ContainerService/managedClusters/{self.aks.cluster_name}"

    @property
    def apim_subnet_cidr(self) -> str:
        """The subnet APIM sends from: the only source the KAITO ingress routes accept."""
        return address_plan(self.aks.ingress_private_ip)[2]

    @property
    def monitor_workspace_id(self) -> str:
        """ARM id of the Azure Monitor workspace managed Prometheus writes to: the scope of the teams' alert rules."""
        return f"{self.resource_group_id}/providers/Microsoft.Monitor/accounts/{PlatformNames(self.name).monitor_workspace}"

    @property
    def aks_cluster_id(self) -> str:
        """ARM id of the AKS cluster the teams' alert rules evaluate for."""
        return f"{self.resource_group_id}/providers/Microsoft.ContainerService/managedClusters/{self.aks.cluster_name}"

    @property
    def application_insights_id(self) -> str:
        """ARM id of the gateway's Application Insights, where its token metrics and requests land."""
        return f"{self.resource_group_id}/providers/Microsoft.Insights/components/{PlatformNames(self.name).application_insights}"

    @property
    def workbook_id(self) -> str:
        """ARM id of the teams' dashboard (an Azure Monitor workbook)."""
        return f"{self.resource_group_id}/providers/Microsoft.Insights/workbooks/{PlatformNames(self.name).workbook}"

    @property
    def log_analytics_workspace_name(self) -> str:
        """Name of the Log Analytics workspace behind Application Insights."""
        return PlatformNames(self.name).log_analytics_workspace

    @property
    def log_analytics_workspace_id(self) -> str:
        """ARM id of the Log Analytics workspace team tracing components write to."""
        return (
            f"{self.resource_group_id}/providers/Microsoft.OperationalInsights/workspaces/"
            f"{self.log_analytics_workspace_name}"
        )
