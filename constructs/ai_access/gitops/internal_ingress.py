"""The internal NGINX ingress controller KAITO routes need, as the AKS application routing add-on runs it.

The platform stack turns the add-on on with no default controller (`web_app_routing`,
`default_nginx_controller = "None"`); azurerm cannot declare the controller, a Kubernetes object
of the add-on's operator. Microsoft's "Create an internal NGINX ingress controller with a private IP
address" (MicrosoftDocs/azure-aks-docs articles/aks/app-routing-nginx-configuration.md) declares
it as an `NginxIngressController` whose `loadBalancerAnnotations` make its Service an internal load
balancer; `azure-load-balancer-ipv4` fixes the address ("Use an internal load balancer", internal-lb.md,
"Specify an IP address": set the annotation, `loadBalancerIP` is deprecated). Without it every KAITO
team's Ingress stays Progressing: ArgoCD's Ingress health waits for `status.loadBalancer.ingress`.

A plain `ApiObject`: its CRD is the operator's (Azure/aks-app-routing-operator
config/crd/bases/approuting.kubernetes.azure.com_nginxingresscontrollers.yaml), not one the tests'
CRD folder holds; `tests/support/crd_validation.py` checks it against that CRD's schema (README, "Where
the tests get CRDs"). `ingressClassName` and `controllerNamePrefix` are immutable (`self == oldSelf`).
"""

from __future__ import annotations

from cdk8s import ApiObject, JsonPatch
from constructs import Construct

from ai_access.gitops.base import Resource
from ai_access.gitops.refs import InternalIngressRef
from ai_access.names.labels import AZURE_LB_INTERNAL, AZURE_LB_IPV4

API_VERSION = "approuting.kubernetes.azure.com/v1alpha1"
KIND = "NginxIngressController"


class InternalIngressController(Resource):
    """The add-on's NGINX controller for `ingress.class_name`, on an internal load balancer at `ingress.private_ip`.

    Cluster-scoped, named after its ingress class; its controller and Service run in the add-on's
    namespace (`app-routing-system`, `ingress.namespace`), the one KAITO workspaces admit.
    """

    def __init__(self, scope: Construct, id: str, *, ingress: InternalIngressRef) -> None:
        """Declare the controller of `ingress`."""
        super().__init__(scope, id)
        controller = ApiObject(self, "Resource", api_version=API_VERSION, kind=KIND, metadata={"name": ingress.class_name})
        controller.add_json_patch(
            JsonPatch.add(
                "/spec",
                {
                    "ingressClassName": ingress.class_name,
                    "controllerNamePrefix": ingress.class_name,
                    "loadBalancerAnnotations": {AZURE_LB_INTERNAL: "true", AZURE_LB_IPV4: ingress.private_ip},
                },
            )
        )
        self._resource(controller)
