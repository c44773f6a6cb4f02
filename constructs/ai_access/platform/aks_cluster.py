"""The AKS cluster that runs ASO, ArgoCD and KAITO."""

from __future__ import annotations

from cdktf_cdktf_provider_azurerm.kubernetes_cluster import (
    KubernetesCluster,
    KubernetesClusterApiServerAccessProfile,
    KubernetesClusterAzureActiveDirectoryRoleBasedAccessControl,
    KubernetesClusterDefaultNodePool,
    KubernetesClusterDefaultNodePoolUpgradeSettings,
    KubernetesClusterIdentity,
    KubernetesClusterMaintenanceWindowAutoUpgrade,
    KubernetesClusterMaintenanceWindowNodeOs,
    KubernetesClusterMonitorMetrics,
    KubernetesClusterNetworkProfile,
    KubernetesClusterOmsAgent,
    KubernetesClusterWebAppRouting,
)
from cdktf_cdktf_provider_azurerm.kubernetes_cluster_node_pool import (
    KubernetesClusterNodePool,
    KubernetesClusterNodePoolUpgradeSettings,
)
from cdktf_cdktf_provider_azurerm.log_analytics_workspace import LogAnalyticsWorkspace
from cdktf_cdktf_provider_azurerm.resource_group import ResourceGroup
from cdktf_cdktf_provider_azurerm.role_assignment import RoleAssignment
from cdktf_cdktf_provider_azurerm.subnet import Subnet
from constructs import Construct

from ai_access.models.platform import AksSettings
from ai_access.names.platform import SYSTEM_POOL, USER_POOL

# Kubernetes' own ceiling ("Considerations for large clusters": no more than 110 pods per node);
# explicit, because azurerm leaves it to AKS and scanners assume Azure CNI's old default of 30.
MAX_PODS = 110
# Patch releases of the pinned minor, and fresh node images, weekly on Sunday night (UTC).
UPGRADE_DAY, UPGRADE_START, UPGRADE_HOURS = "Sunday", "02:00", 4


class AksCluster(Construct):
    """AKS with KAITO, workload identity, Entra + Azure RBAC, overlay/Cilium and app routing.

    Two pools: the system pool takes only critical add-ons (taint `CriticalAddonsOnly`), KAITO's
    GPU pools are tainted `sku=gpu`, so ArgoCD, ASO and cert-manager run on the untainted user
    pool. Host encryption (which needs the subscription's `EncryptionAtHost` feature), the Azure
    Policy add-on, Container Insights to the platform's Log Analytics workspace, the managed
    Prometheus metrics add-on, patch upgrades and
    an API server reachable only from `aks.apiServerAuthorizedIpRanges` are on by default.
    """

    def __init__(
        self,
        scope: Construct,
        id: str,
        *,
        resource_group: ResourceGroup,
        settings: AksSettings,
        tenant_id: str,
        nodes_subnet: Subnet,
        log_analytics_workspace: LogAnalyticsWorkspace,
        tags: dict[str, str],
    ) -> None:
        """Create the cluster in `nodes_subnet`; its identity may manage load balancers there only."""
        super().__init__(scope, id)
        pool = settings.system_pool
        weekly = {"frequency": "Weekly", "interval": 1, "duration": UPGRADE_HOURS, "day_of_week": UPGRADE_DAY,
                  "start_time": UPGRADE_START, "utc_offset": "+00:00"}
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
                name=SYSTEM_POOL,
                vm_size=pool.vm_size,
                auto_scaling_enabled=True,
                min_count=pool.min_count,
                max_count=pool.max_count,
                # Critical add-ons only: the platform's workloads go to the user pool below.
                only_critical_addons_enabled=True,
                vnet_subnet_id=nodes_subnet.id,
                max_pods=MAX_PODS,
                host_encryption_enabled=True,
                temporary_name_for_rotation="systemtmp",
                upgrade_settings=KubernetesClusterDefaultNodePoolUpgradeSettings(max_surge="33%"),
            ),
            # KAITO creates a GPU node pool per Workspace through its gpu-provisioner; see docs/platform.md.
            ai_toolchain_operator_enabled=True,
            oidc_issuer_enabled=True,
            workload_identity_enabled=True,
            local_account_disabled=True,
            api_server_access_profile=KubernetesClusterApiServerAccessProfile(
                authorized_ip_ranges=[str(network) for network in settings.api_server_authorized_ip_ranges]
            ),
            azure_policy_enabled=True,
            oms_agent=KubernetesClusterOmsAgent(
                log_analytics_workspace_id=log_analytics_workspace.id, msi_auth_for_monitoring_enabled=True
            ),
            # The metrics add-on (Azure Managed Prometheus); `managed_prometheus.py` gives it its
            # workspace. No pod annotations or labels beyond the defaults become kube-state-metrics
            # series (azurerm: both "required ... set properties to null" when none is needed).
            monitor_metrics=KubernetesClusterMonitorMetrics(),
            # kubernetesVersion pins a minor ("1.34"); "patch" keeps it on that minor's latest patch.
            automatic_upgrade_channel="patch",
            node_os_upgrade_channel="NodeImage",
            maintenance_window_auto_upgrade=KubernetesClusterMaintenanceWindowAutoUpgrade(**weekly),
            maintenance_window_node_os=KubernetesClusterMaintenanceWindowNodeOs(**weekly),
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
        user = settings.user_pool
        self.user_pool = KubernetesClusterNodePool(
            self,
            "UserPool",
            name=USER_POOL,
            kubernetes_cluster_id=self.cluster.id,
            mode="User",
            vm_size=user.vm_size,
            auto_scaling_enabled=True,
            min_count=user.min_count,
            max_count=user.max_count,
            vnet_subnet_id=nodes_subnet.id,
            orchestrator_version=settings.kubernetes_version,
            max_pods=MAX_PODS,
            host_encryption_enabled=True,
            # No taint: ordinary workloads (ArgoCD, ASO, cert-manager) schedule here without tolerations.
            node_labels={"ai.contoso.com/pool": "platform"},
            temporary_name_for_rotation="usertmp",
            upgrade_settings=KubernetesClusterNodePoolUpgradeSettings(max_surge="33%"),
            tags=tags,
        )
        self.user_pool.override_logical_id("aks_user_pool")
