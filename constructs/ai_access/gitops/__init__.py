"""The GitOps constructs: one cdk8s construct per concept a team gets, and `TeamAccess`, which composes them.

The one module extension authors import from, as cdk8s-plus's `index.ts` is for its users:

    from ai_access.gitops import TeamAccess, NamedObject

Every L2 exposes `api_object`, `name` and `metadata` (`Resource`) and takes narrow, frozen
references (`ApimServiceRef`, ...) rather than the whole platform configuration. Importing this
package imports cdk8s, which starts Node.js: the synth pipeline (`ai_access.synth`) imports it only
in the processes that build.
"""

from ai_access.gitops.apim_product import ApimProduct
from ai_access.gitops.apim_subscription import ApimSubscription
from ai_access.gitops.app_project import TeamAppProject
from ai_access.gitops.application_set import TeamApplicationSet
from ai_access.gitops.base import Resource
from ai_access.gitops.endpoint_config import EndpointConfig
from ai_access.gitops.foundry_project import FoundryProject
from ai_access.gitops.health_checks import ArgoCdHealthChecks
from ai_access.gitops.kaito_model import KaitoModel
from ai_access.gitops.key_access import KeyAccess
from ai_access.gitops.pod_monitor import PodMonitor
from ai_access.gitops.refs import ApimServiceRef, ClusterRef, FoundryAccountRef, InternalIngressRef, NamedObject, TracingPlacementRef
from ai_access.gitops.root_application import RootApplication
from ai_access.gitops.team_access import TeamAccess
from ai_access.gitops.team_namespace import TeamNamespace
from ai_access.gitops.token_policy import TokenPolicy
from ai_access.gitops.tracing import Tracing

__all__ = [
    "ApimProduct",
    "ApimServiceRef",
    "ApimSubscription",
    "ArgoCdHealthChecks",
    "ClusterRef",
    "EndpointConfig",
    "FoundryAccountRef",
    "FoundryProject",
    "InternalIngressRef",
    "KaitoModel",
    "KeyAccess",
    "NamedObject",
    "PodMonitor",
    "Resource",
    "RootApplication",
    "TeamAccess",
    "TeamAppProject",
    "TeamApplicationSet",
    "TeamNamespace",
    "TokenPolicy",
    "Tracing",
    "TracingPlacementRef",
]
