"""The AKS cluster that runs ASO, ArgoCD and KAITO."""

from __future__ import annotations

from cdktf_cdktf_provider_azurerm.kubernetes_cluster import (
    KubernetesCluster,
    KubernetesClusterAzureActiveDirectoryRoleBasedAccessControl,
    KubernetesClusterDefaultNodePool,
    KubernetesClusterDefaultNodePoolUpgradeSettings,
    KubernetesClusterIdentity,
    KubernetesClusterNetworkProfile,
    KubernetesClusterWebAppRouting,
)
from cdktf_cdktf_provider_azurerm.resource_group import ResourceGroup
from cdktf_cdktf_provider_azurerm.role_assignment import RoleAssignment
from cdktf_cdktf_provider_azurerm.subnet import Subnet
from constructs import Construct

from ai_access.models.platform import AksSettings


class AksCluster(Construct):
    """AKS with KAITO, workload identity, Entra + Azure RBAC, overlay/Cilium and app routing."""

    def __init__(
        self,
        scope: Construct,
        id: str,
        *,
        resource_group: ResourceGroup,
        settings: AksSettings,
        tenant_id: str,
        nodes_subnet: Subnet,
        tags: dict[str, str],
    ) -> None:
        """Create the cluster in `nodes_subnet`; its identity may manage load balancers there only."""
        super().__init__(scope, id)
        pool = settings.system_pool
        self.cluster = KubernetesCluster(
            self,
            "Resource",
            name=settings.cluster_name,
            location=resource_group.location,
            resource_group_name=resource_group.name,
            dns_prefix=settings.dns_prefix,
            kubernetes_version=settings.kubernetes_version,
            sku_tier="Standard",
            identity=KubernetesClusterIdentity(type="SystemAssigned"),
            default_node_pool=KubernetesClusterDefaultNodePool(
                name="system",
                vm_size=pool.vm_size,
                auto_scaling_enabled=True,
                min_count=pool.min_count,
                max_count=pool.max_count,
                # GPU pools are KAITO's; keep user workloads (ArgoCD, ASO aside) off the system pool.
                only_critical_addons_enabled=True,
                vnet_subnet_id=nodes_subnet.id,
                temporary_name_for_rotation="systemtmp",
                upgrade_settings=KubernetesClusterDefaultNodePoolUpgradeSettings(max_surge="33%"),
            ),
            # KAITO creates a GPU node pool per Workspace through its gpu-provisioner; see docs/platform.md.
            ai_toolchain_operator_enabled=True,
            oidc_issuer_enabled=True,
            workload_identity_enabled=True,
            local_account_disabled=True,
            azure_active_directory_role_based_access_control=KubernetesClusterAzureActiveDirectoryRoleBasedAccessControl(
                azure_rbac_enabled=True,
                tenant_id=tenant_id,
                admin_group_object_ids=[str(group) for group in settings.admin_group_object_ids],
            ),
            network_profile=KubernetesClusterNetworkProfile(
                network_plugin="azure",
                network_plugin_mode="overlay",
                network_data_plane="cilium",
                network_policy="cilium",
                load_balancer_sku="standard",
            ),
            # The app routing operator runs the internal NGINX controller at the fixed ingress IP; its
            # NginxIngressController object is a Kubernetes resource (docs/platform.md). No public
            # default controller: every model route must go through the gateway.
            web_app_routing=KubernetesClusterWebAppRouting(dns_zone_ids=[], default_nginx_controller="None"),
            tags=tags,
        )
        self.cluster.override_logical_id("aks")
        # A bring-your-own subnet: the cluster identity must be allowed to place the internal load
        # balancer's frontend IP there. Network Contributor on that subnet only, not on the VNet.
        self.subnet_access = RoleAssignment(
            self,
            "NodesSubnetNetworkContributor",
            scope=nodes_subnet.id,
            role_definition_name="Network Contributor",
            principal_id=self.cluster.identity.principal_id,
            principal_type="ServicePrincipal",
        )
        self.subnet_access.override_logical_id("aks_subnet_network_contributor")
