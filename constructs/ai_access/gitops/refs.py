"""Narrow, frozen references to the platform resources team objects point at.

A construct takes what it uses, not the whole `PlatformConfig`: these small values say exactly
which parts of the platform a team object depends on, and a test or an extension builds one
without a platform file. `from_platform` reads each from the configuration both layers share.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Literal

from ai_access.models.platform import PlatformConfig


@dataclass(frozen=True)
class ApimServiceRef:
    """The platform's API Management service and its unified inference API."""

    arm_id: str
    """ARM id of the APIM service: the ASO owner of products, subscriptions and backends."""
    api_id: str
    """Id of the unified OpenAI-compatible API every product links to."""
    inference_url: str
    """What a team's client points at."""

    @classmethod
    def from_platform(cls, platform: PlatformConfig) -> ApimServiceRef:
        """The service `platform.yaml` describes."""
        return cls(platform.apim_service_id, platform.apim.api_id, platform.apim.inference_url)


@dataclass(frozen=True)
class FoundryAccountRef:
    """The shared Foundry account team projects live under."""

    arm_id: str
    subscription_id: str
    """The subscription whose role definitions the role assignments name."""
    location: str

    @classmethod
    def from_platform(cls, platform: PlatformConfig) -> FoundryAccountRef:
        """The account `platform.yaml` describes."""
        return cls(platform.foundry_account_id, str(platform.azure.subscription_id), platform.azure.location)


@dataclass(frozen=True)
class TracingPlacementRef:
    """Where team Application Insights components go, and the workspace they write to."""

    resource_group_arm_id: str
    location: str
    log_analytics_workspace_arm_id: str

    @classmethod
    def from_platform(cls, platform: PlatformConfig) -> TracingPlacementRef:
        """The team resource group and Log Analytics workspace `platform.yaml` describes."""
        return cls(platform.team_resource_group_id, platform.azure.location, platform.log_analytics_workspace_id)


@dataclass(frozen=True)
class InternalIngressRef:
    """The platform's internal ingress controller: how APIM reaches a KAITO workspace in the cluster."""

    class_name: str
    namespace: str
    """Namespace of the controller's pods: the only ones a workspace admits."""
    private_ip: str
    allowed_source_cidr: str
    """APIM's subnet: the only source the routes accept."""

    @classmethod
    def from_platform(cls, platform: PlatformConfig) -> InternalIngressRef:
        """The ingress `platform.yaml` describes."""
        aks = platform.aks
        return cls(aks.ingress_class_name, aks.ingress_namespace, aks.ingress_private_ip, platform.apim_subnet_cidr)


@dataclass(frozen=True)
class NamedObject:
    """A Secret or ConfigMap of the team's namespace, by kind and name, whoever writes it (ASO writes the key Secret)."""

    kind: Literal["Secret", "ConfigMap"]
    name: str


@dataclass(frozen=True)
class ClusterRef:
    """The AKS cluster the team's namespace lives in: where a team member fetches a kubeconfig from."""

    arm_id: str
    subscription_id: str
    """The subscription whose role definitions the role assignment names."""

    @classmethod
    def from_platform(cls, platform: PlatformConfig) -> ClusterRef:
        """The cluster `platform.yaml` describes."""
        return cls(platform.aks_cluster_id, str(platform.azure.subscription_id))
