"""What the ArgoCD constructs share: the resources finalizer, the bounded sync retry and untyped objects.

The ApplicationSet and Application are plain `ApiObject`s: the generated ApplicationSet binding is
9 MB of Python and seconds to import (docs/development.md) for one object per synth. Tests validate both against their CRDs
in strict mode instead.
"""

from __future__ import annotations

from typing import Any

from cdk8s import ApiObject, JsonPatch
from constructs import Construct

RESOURCES_FINALIZER = "resources-finalizer.argocd.argoproj.io"

# A sync that fails is not tried again for the same commit ("Automated Sync Semantics", argo-cd
# docs/user-guide/auto_sync.md), so a passing error (the API server restarting, a webhook not yet
# ready, a conflict) would leave a team unsynced until its next commit. Retried a bounded number of
# times with a growing pause: 30 s, 1, 2, 4 and 5 minutes, about 12 minutes in all
# (docs/operator-manual/application.yaml, `syncPolicy.retry`). A resource ASO has given up on
# (severity Error) is not passing: retrying cannot fix it, docs/operations.md says what does.
SYNC_RETRY = {"limit": 5, "backoff": {"duration": "30s", "factor": 2, "maxDuration": "5m"}}


def untyped_argocd_object(scope: Construct, *, kind: str, metadata: dict[str, Any], spec: dict[str, Any]) -> ApiObject:
    """An argoproj.io/v1alpha1 object without a generated binding; its spec is set by one patch."""
    obj = ApiObject(scope, "Resource", api_version="argoproj.io/v1alpha1", kind=kind, metadata=metadata)
    obj.add_json_patch(JsonPatch.add("/spec", spec))
    return obj
