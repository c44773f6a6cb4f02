"""The virtual network AKS and the gateway share, so APIM can reach the internal ingress."""

from __future__ import annotations

from cdktf_cdktf_provider_azurerm.resource_group import ResourceGroup
from cdktf_cdktf_provider_azurerm.subnet import Subnet, SubnetDelegation, SubnetDelegationServiceDelegation
from cdktf_cdktf_provider_azurerm.virtual_network import VirtualNetwork
from constructs import Construct

from ai_access.models.address_plan import address_plan


class PlatformNetwork(Construct):
    """A VNet with a node subnet (holding the ingress IP) and a subnet delegated to APIM v2."""

    def __init__(
        self,
        scope: Construct,
        id: str,
        *,
        resource_group: ResourceGroup,
        name: str,
        ingress_private_ip: str,
        tags: dict[str, str],
    ) -> None:
        """Lay out the address space around `ingress_private_ip` (see `address_plan`)."""
        super().__init__(scope, id)
        vnet_cidr, nodes_cidr, apim_cidr = address_plan(ingress_private_ip)
        self.virtual_network = VirtualNetwork(
            self,
            "Resource",
            name=name,
            location=resource_group.location,
            resource_group_name=resource_group.name,
            address_space=[vnet_cidr],
            tags=tags,
        )
        self.virtual_network.override_logical_id("vnet")
        self.nodes_subnet = Subnet(
            self,
            "NodesSubnet",
            name="snet-aks-nodes",
            resource_group_name=resource_group.name,
            virtual_network_name=self.virtual_network.name,
            address_prefixes=[nodes_cidr],
        )
        self.nodes_subnet.override_logical_id("subnet_aks_nodes")
        # APIM v2 outbound VNet integration requires a subnet delegated to Microsoft.Web/serverFarms.
        self.apim_subnet = Subnet(
            self,
            "ApimSubnet",
            name="snet-apim",
            resource_group_name=resource_group.name,
            virtual_network_name=self.virtual_network.name,
            address_prefixes=[apim_cidr],
            delegation=[
                SubnetDelegation(
                    name="apim-v2",
                    service_delegation=SubnetDelegationServiceDelegation(
                        name="Microsoft.Web/serverFarms",
                        actions=["Microsoft.Network/virtualNetworks/subnets/action"],
                    ),
                )
            ],
        )
        self.apim_subnet.override_logical_id("subnet_apim")
