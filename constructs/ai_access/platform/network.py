"""The virtual network AKS and the gateway share, so APIM can reach the internal ingress."""

from __future__ import annotations

from cdktf_cdktf_provider_azurerm.network_security_group import NetworkSecurityGroup
from cdktf_cdktf_provider_azurerm.network_security_rule import NetworkSecurityRule
from cdktf_cdktf_provider_azurerm.resource_group import ResourceGroup
from cdktf_cdktf_provider_azurerm.subnet import Subnet, SubnetDelegation, SubnetDelegationServiceDelegation
from cdktf_cdktf_provider_azurerm.subnet_network_security_group_association import (
    SubnetNetworkSecurityGroupAssociation,
)
from cdktf_cdktf_provider_azurerm.virtual_network import VirtualNetwork
from constructs import Construct

from ai_access.models.address_plan import address_plan
from ai_access.names.platform import APIM_NSG, APIM_SUBNET, APIM_SUBNET_DELEGATION, NODES_NSG, NODES_SUBNET, PlatformNames

# The internal ingress serves the KAITO routes on plain HTTP inside the VNet (see docs/platform.md).
INGRESS_PORT = "80"


class PlatformNetwork(Construct):
    """A VNet with a node subnet (holding the ingress IP) and a subnet delegated to APIM v2, each with an NSG.

    Microsoft requires an NSG on the subnet of APIM v2 outbound VNet integration ("Integrate an
    Azure API Management instance with a private virtual network for outbound connections",
    learn.microsoft.com/azure/api-management/integrate-vnet-outbound, section "Network security
    group"; the v2 NSG rules include asks for outbound Azure Storage on 443 and whatever the
    backends need). No inbound rule applies to it: the gateway stays public. The NSGs keep Azure's
    default rules (VNet and load balancer traffic, outbound internet: Foundry, Entra ID, Application
    Insights); the explicit allows name the one path the design needs, APIM to the ingress, so it
    survives a later tightening.
    """

    def __init__(
        self,
        scope: Construct,
        id: str,
        *,
        resource_group: ResourceGroup,
        names: PlatformNames,
        ingress_private_ip: str,
        tags: dict[str, str],
    ) -> None:
        """Lay out the address space around `ingress_private_ip` (see `address_plan`)."""
        super().__init__(scope, id)
        vnet_cidr, nodes_cidr, apim_cidr = address_plan(ingress_private_ip)
        common = {"resource_group_name": resource_group.name}
        self.virtual_network = VirtualNetwork(
            self,
            "Resource",
            name=names.virtual_network,
            location=resource_group.location,
            address_space=[vnet_cidr],
            tags=tags,
            **common,
        )
        self.virtual_network.override_logical_id("vnet")
        self.nodes_subnet = Subnet(
            self,
            "NodesSubnet",
            name=NODES_SUBNET,
            virtual_network_name=self.virtual_network.name,
            address_prefixes=[nodes_cidr],
            **common,
        )
        self.nodes_subnet.override_logical_id("subnet_aks_nodes")
        # APIM v2 outbound VNet integration requires a subnet delegated to Microsoft.Web/serverFarms.
        self.apim_subnet = Subnet(
            self,
            "ApimSubnet",
            name=APIM_SUBNET,
            virtual_network_name=self.virtual_network.name,
            address_prefixes=[apim_cidr],
            delegation=[
                SubnetDelegation(
                    name=APIM_SUBNET_DELEGATION,
                    service_delegation=SubnetDelegationServiceDelegation(
                        name="Microsoft.Web/serverFarms",
                        actions=["Microsoft.Network/virtualNetworks/subnets/action"],
                    ),
                )
            ],
            **common,
        )
        self.apim_subnet.override_logical_id("subnet_apim")

        ingress = f"{ingress_private_ip}/32"
        self.apim_nsg, self.apim_nsg_association = self._nsg(
            "Apim", names.network_security_group(APIM_NSG), "apim", self.apim_subnet, resource_group=resource_group, tags=tags
        )
        self._rule("ApimToStorage", "apim_storage", self.apim_nsg, resource_group=resource_group,
                   name="AllowStorageOutbound", priority=100, direction="Outbound",
                   source="VirtualNetwork", destination="Storage", port="443")
        self._rule("ApimToIngress", "apim_ingress", self.apim_nsg, resource_group=resource_group,
                   name="AllowKaitoIngressOutbound", priority=110, direction="Outbound",
                   source=apim_cidr, destination=ingress, port=INGRESS_PORT)
        self.nodes_nsg, self.nodes_nsg_association = self._nsg(
            "Nodes", names.network_security_group(NODES_NSG), "aks_nodes", self.nodes_subnet, resource_group=resource_group, tags=tags
        )
        self._rule("IngressFromApim", "aks_nodes_ingress_from_apim", self.nodes_nsg, resource_group=resource_group,
                   name="AllowApimToKaitoIngress", priority=100, direction="Inbound",
                   source=apim_cidr, destination=ingress, port=INGRESS_PORT)

    def _nsg(
        self, id: str, name: str, address: str, subnet: Subnet, *, resource_group: ResourceGroup, tags: dict[str, str]
    ) -> tuple[NetworkSecurityGroup, SubnetNetworkSecurityGroupAssociation]:
        nsg = NetworkSecurityGroup(
            self, f"{id}Nsg", name=name, location=resource_group.location, resource_group_name=resource_group.name, tags=tags
        )
        nsg.override_logical_id(f"nsg_{address}")
        association = SubnetNetworkSecurityGroupAssociation(
            self, f"{id}NsgAssociation", subnet_id=subnet.id, network_security_group_id=nsg.id
        )
        association.override_logical_id(f"subnet_{address}_nsg")
        return nsg, association

    def _rule(
        self,
        id: str,
        address: str,
        nsg: NetworkSecurityGroup,
        *,
        resource_group: ResourceGroup,
        name: str,
        priority: int,
        direction: str,
        source: str,
        destination: str,
        port: str,
    ) -> None:
        # Separate rule resources, not inline blocks: inline `security_rule` is an attribute-as-block,
        # which in Terraform JSON must spell out every argument of every rule.
        NetworkSecurityRule(
            self,
            id,
            name=name,
            priority=priority,
            direction=direction,
            access="Allow",
            protocol="Tcp",
            source_address_prefix=source,
            source_port_range="*",
            destination_address_prefix=destination,
            destination_port_range=port,
            network_security_group_name=nsg.name,
            resource_group_name=resource_group.name,
        ).override_logical_id(f"nsg_rule_{address}")
