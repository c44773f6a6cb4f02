"""The private address layout both layers share: the platform builds it, team manifests rely on it."""

from __future__ import annotations

import ipaddress


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
