"""What a team's client needs to call the gateway, in a ConfigMap beside the key Secret."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date

from constructs import Construct

from ai_access.apim.headers import SUBSCRIPTION_KEY_HEADER
from ai_access.gitops.base import Resource
from ai_access.gitops.bindings import k8s
from ai_access.gitops.refs import ApimServiceRef
from ai_access.names.team import ENDPOINT_CONFIGMAP, KEY_SECRET, PREVIOUS_KEY_SECRET, TeamNames


class EndpointConfig(Resource):
    """ConfigMap `ai-gateway-endpoint`: gateway URL, allowed models, limits, where the key is.

    During a rotation's overlap it also says where the previous key is and its last day
    (`previousKeySecret`, `previousKeyWorksUntil`), so a client can hold both while it switches.
    """

    def __init__(
        self,
        scope: Construct,
        id: str,
        *,
        names: TeamNames,
        apim_service: ApimServiceRef,
        models: Sequence[str],
        tokens_per_minute: int,
        daily_token_quota: int,
        previous_key_until: date | None = None,
    ) -> None:
        """Declare the ConfigMap; `models` are the enabled ones, the only ones the gateway lets through.

        `previous_key_until` (default None: no overlap) is the last day the previous key works.
        """
        super().__init__(scope, id)
        overlap = {"previousKeySecret": PREVIOUS_KEY_SECRET, "previousKeyWorksUntil": previous_key_until.isoformat()} if previous_key_until else {}
        self._resource(
            k8s.KubeConfigMap(
                self,
                "Resource",
                metadata={"name": ENDPOINT_CONFIGMAP, "namespace": names.namespace},
                data={
                    "endpoint": apim_service.inference_url,
                    "models": ",".join(models),
                    "tokensPerMinute": str(tokens_per_minute),
                    "dailyTokenQuota": str(daily_token_quota),
                    "keySecret": KEY_SECRET,
                    "keyHeader": SUBSCRIPTION_KEY_HEADER,
                    **overlap,
                },
            ),
        )
