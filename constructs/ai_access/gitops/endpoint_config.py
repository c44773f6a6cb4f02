"""What a team's client needs to call the gateway, in a ConfigMap beside the key Secret."""

from __future__ import annotations

from constructs import Construct

from ai_access.gitops.bindings import k8s
from ai_access.models.platform import PlatformConfig
from ai_access.models.request import AccessRequest
from ai_access.naming import ENDPOINT_CONFIGMAP, KEY_SECRET, TeamNames


class EndpointConfig(Construct):
    """ConfigMap `ai-gateway-endpoint`: gateway URL, allowed models, limits, where the key is."""

    def __init__(
        self, scope: Construct, id: str, *, names: TeamNames, request: AccessRequest, platform: PlatformConfig
    ) -> None:
        """Declare the ConfigMap from the validated request and the platform's gateway."""
        super().__init__(scope, id)
        self.name = ENDPOINT_CONFIGMAP
        k8s.KubeConfigMap(
            self,
            "Resource",
            metadata={"name": ENDPOINT_CONFIGMAP, "namespace": names.namespace},
            data={
                "endpoint": platform.apim.inference_url,
                "models": ",".join(model.name for model in request.enabled_models),
                "tokensPerMinute": str(request.tokens_per_minute),
                "dailyTokenQuota": str(request.daily_token_quota),
                "keySecret": KEY_SECRET,
                "keyHeader": "api-key",
            },
        )
