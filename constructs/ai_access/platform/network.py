"""The virtual network AKS and the gateway share, so APIM can reach the internal ingress."""

from __future__ import annotations

import ipaddress

from cdktf_cdktf_provider_azurerm.resource_group import ResourceGroup
from cdktf_cdktf_provider_azurerm.subnet import Subnet, SubnetDelegation, SubnetDelegationServiceDelegation
from cdktf_cdktf_provider_azurerm.virtual_network import VirtualNetwork
from constructs import Construct


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


def address_plan(ingress_private_ip: str) -> tuple[str, str, str]:
    """(VNet, node subnet holding the ingress IP, APIM /24 outside the node subnet) as CIDRs.

    `platform.yaml` fixes only the ingress address; AKS's own default layout (10.224.0.0/12 with
    nodes in the first /16) is reproduced around it, so the default config keeps its meaning. In
    192.168.0.0/16, which has no private /12, the VNet is that /16 and the subnets are /20s.
    """
    address = ipaddress.ip_address(ingress_private_ip)
    vnet = next(
        (net for prefix in (12, 16) if (net := ipaddress.ip_network(f"{address}/{prefix}", strict=False)).is_private),
        None,
    )
    if vnet is None:
        raise ValueError(
            f"aks.ingressPrivateIp {ingress_private_ip} is not in a private range; "
            "use an address in 10.0.0.0/8, 172.16.0.0/12 or 192.168.0.0/16"
        )
    nodes = ipaddress.ip_network(f"{address}/{vnet.prefixlen + 4}", strict=False)
    apim_block = next(block for block in vnet.subnets(new_prefix=nodes.prefixlen) if block != nodes)
    apim = next(apim_block.subnets(new_prefix=24))
    return str(vnet), str(nodes), str(apim)
