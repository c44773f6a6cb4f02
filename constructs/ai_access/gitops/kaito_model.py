"""A dedicated open-source model: KAITO Workspace, the Ingress that reaches it, and its APIM backend."""

from __future__ import annotations

from constructs import Construct

from ai_access.apim.product_policy import KaitoRoute
from ai_access.gitops.base import Resource
from ai_access.gitops.bindings import apim, k8s, kaito
from ai_access.gitops.refs import ApimServiceRef, InternalIngressRef
from ai_access.models.platform import KaitoPreset
from ai_access.names.labels import (
    INGRESS_REWRITE_TARGET,
    INGRESS_SOURCE_RANGE,
    KAITO_DISABLE_BENCHMARK,
    KAITO_WORKSPACE_LABEL,
    MODEL_LABEL,
    NAMESPACE_NAME_LABEL,
    SYNC_OPTIONS,
    TEAM_LABEL,
)
from ai_access.names.team import TeamNames

HF_TOKEN_SECRET = "hf-token"
"""Secret the platform provides in a team namespace for gated presets (Hugging Face token)."""

INFERENCE_CONFIG_KEY = "inference_config.yaml"
"""The key KAITO reads vLLM arguments from in an `inference.config` ConfigMap."""

# The Ingress switches traffic to a workspace: it names the workspace's Service, so it comes a wave
# after the workspace (`synth.sync_order`) and ArgoCD, with the health check in dist/bootstrap/,
# moves the route only once the workspace is healthy ("How sync waves work?", argo-cd
# docs/user-guide/sync-waves.md). The NetworkPolicy selects the workspace's pods, so it comes a wave
# before the workspace. Workspace and NetworkPolicy are pruned last ("Prune Last",
# sync-options.md), after every wave of the sync, so the old model serves until then.
PRUNE_LAST = {SYNC_OPTIONS: "PruneLast=true"}
# From v0.11.0 KAITO runs a throughput benchmark as the inference pod's startup probe (the pod is
# Ready, and the route moves, only after it) and reports a failure as WorkspaceSucceeded=False,
# BenchmarkFailed, though inference is ready (kaito v0.12.0 api/v1beta1/labels.go,
# AnnotationDisableBenchmark; workspace_controller.go, applyBenchmarkStatus). The gateway's own
# metrics are the measure here; older releases ignore the key.
NO_BENCHMARK = {KAITO_DISABLE_BENCHMARK: "true"}


class KaitoModel(Resource):
    """One KAITO workspace for one team and model, routed from APIM through the internal ingress.

    KAITO serves the workspace on a ClusterIP Service named after it (port 80). APIM runs outside
    the cluster, so the platform's internal ingress (fixed private IP) routes `/<team>/<model>/` to
    that Service, for APIM's subnet only, and an APIM Backend points there; a NetworkPolicy admits
    only the ingress controller to the model's pods. Never `kaito.sh/enablelb`: that would put the
    model on a public IP, past the gateway's keys and limits.

    The workspace's name changes with what KAITO cannot update (see `TeamNames.workspace`). Such a
    change rolls over without downtime: the new workspace (and its NetworkPolicy) is created, the
    Ingress switches to it once it is healthy, and the old one is pruned last; for that while both
    hold a GPU node. The served model name is set explicitly (`served-model-name` in the workspace's
    inference ConfigMap) to the catalog name, whatever name the KAITO release would default to.

    `api_object` is the Workspace; `inference_config`, `ingress`, `network_policy` and `backend`
    are the other objects, and `route` is what the product policy needs to send calls here.

    With `serving=False` (an expired request, docs/lifecycle.md) only the APIM Backend is declared,
    and it is `api_object`: the workspace, its GPU node, its NetworkPolicy, inference ConfigMap and
    Ingress go, while the product policy, which routes the model to the Backend, stays as it is
    (APIM refuses a policy naming a backend that does not exist). The key is suspended then, so
    nothing reaches the route; a renewal declares the rest again under the same names.
    """

    workspace: kaito.Workspace | None
    inference_config: k8s.KubeConfigMap | None
    ingress: k8s.KubeIngress | None
    network_policy: k8s.KubeNetworkPolicy | None
    backend: apim.Backend

    def __init__(
        self,
        scope: Construct,
        id: str,
        *,
        names: TeamNames,
        model: str,
        preset: KaitoPreset,
        instance_type: str,
        ingress: InternalIngressRef,
        apim_service: ApimServiceRef,
        serving: bool = True,
    ) -> None:
        """Declare workspace, ingress and backend for `model` on one node of `instance_type`; `serving=False`: the backend only."""
        super().__init__(scope, id)
        path = names.ingress_path(model)
        self.route = KaitoRoute(model=model, backend_id=names.backend_id(model))
        """What the product policy needs to send this model's calls to the Backend."""
        self.workspace = self.inference_config = self.ingress = self.network_policy = None
        if not serving:
            self.backend = self._resource(self._backend(names, model, path, ingress, apim_service))
            return
        workspace = names.workspace(model, instance_type=instance_type, gated=preset.gated)
        # Unique per workspace: KAITO provisions a node pool per workspace from this selector, so
        # during a rollover the new workspace gets a node of its own.
        selector = {TEAM_LABEL: names.team, MODEL_LABEL: workspace}
        preset_options = kaito.WorkspaceInferencePresetPresetOptions(model_access_secret=HF_TOKEN_SECRET) if preset.gated else None
        # vLLM's `--served-model-name`: KAITO appends the ConfigMap's `vllm` keys after its own
        # arguments, so this wins (kaito presets/workspace/inference/vllm/inference_api.py,
        # parse_args; its test_vllm_inference_api.py sets served-model-name the same way). Without
        # it the name depends on the release: `mistral-7b-instruct-v0.3` from KAITO v0.11, before
        # `mistral-7b-instruct`. KAITO's webhook requires the ConfigMap when the workspace is
        # created: the workspace names it, so it comes a wave later (`synth.sync_order`).
        config = names.inference_config(model)
        self.inference_config = k8s.KubeConfigMap(
            self,
            "InferenceConfig",
            metadata={"name": config, "namespace": names.namespace},
            data={INFERENCE_CONFIG_KEY: f"vllm:\n  served-model-name: {model}\n"},
        )
        workspace_object = kaito.Workspace(
            self,
            "Resource",
            metadata={"name": workspace, "namespace": names.namespace, "annotations": {**PRUNE_LAST, **NO_BENCHMARK}},
            # No `count`: "Deprecated: Count is deprecated in v1beta1" (KAITO's CRD from v0.7.0);
            # KAITO computes the node count (status.targetNodeCount) and the CRD defaults the
            # field to 1, what v0.6.0 uses. One node rests on the catalog's instance types.
            resource=kaito.WorkspaceResource(
                instance_type=instance_type, label_selector=kaito.WorkspaceResourceLabelSelector(match_labels=selector)
            ),
            inference=kaito.WorkspaceInference(
                preset=kaito.WorkspaceInferencePreset(name=model, preset_options=preset_options), config=config
            ),
        )
        self._resource(workspace_object)
        self.workspace = workspace_object
        self.ingress = k8s.KubeIngress(
            self,
            "Ingress",
            metadata={
                "name": names.ingress(model),
                "namespace": names.namespace,
                "annotations": {
                    INGRESS_REWRITE_TARGET: "/$2",
                    # Only the gateway may use this route: its keys and limits are the access control.
                    INGRESS_SOURCE_RANGE: ingress.allowed_source_cidr,
                },
            },
            spec=k8s.IngressSpec(
                ingress_class_name=ingress.class_name,
                rules=[
                    k8s.IngressRule(
                        http=k8s.HttpIngressRuleValue(
                            paths=[
                                k8s.HttpIngressPath(
                                    path=f"{path}(/|$)(.*)",
                                    path_type="ImplementationSpecific",
                                    backend=k8s.IngressBackend(
                                        service=k8s.IngressServiceBackend(
                                            name=workspace, port=k8s.ServiceBackendPort(number=80)
                                        )
                                    ),
                                )
                            ]
                        )
                    )
                ],
            ),
        )
        # Nothing in the cluster but the ingress controller reaches the model server directly. One
        # per workspace, so the old workspace's pods stay guarded until they are gone.
        self.network_policy = k8s.KubeNetworkPolicy(
            self,
            "NetworkPolicy",
            metadata={"name": names.network_policy(workspace), "namespace": names.namespace, "annotations": PRUNE_LAST},
            spec=k8s.NetworkPolicySpec(
                pod_selector=k8s.LabelSelector(match_labels={KAITO_WORKSPACE_LABEL: workspace}),
                policy_types=["Ingress"],
                ingress=[
                    k8s.NetworkPolicyIngressRule(
                        from_=[
                            k8s.NetworkPolicyPeer(
                                namespace_selector=k8s.LabelSelector(
                                    match_labels={NAMESPACE_NAME_LABEL: ingress.namespace}
                                )
                            )
                        ]
                    )
                ],
            ),
        )
        self.backend = self._backend(names, model, path, ingress, apim_service)
        """The APIM Backend: the ingress path, not the workspace, so it stays as it is through a rollover."""

    def _backend(self, names: TeamNames, model: str, path: str, ingress: InternalIngressRef, apim_service: ApimServiceRef) -> apim.Backend:
        return apim.Backend(
            self,
            "Backend",
            metadata={"name": names.backend_k8s_name(model), "namespace": names.namespace},
            spec=apim.BackendSpec(
                azure_name=names.backend_id(model),
                owner=apim.BackendSpecOwner(arm_id=apim_service.arm_id),
                protocol=apim.BackendSpecProtocol.HTTP,
                url=f"http://{ingress.private_ip}{path}",
                title=f"{names.team} {model}",
                description=f"KAITO model {model} of {names.team}, through the internal ingress",
            ),
        )
