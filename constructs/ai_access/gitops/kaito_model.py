"""A dedicated open-source model: KAITO Workspace, the Ingress that reaches it, and its APIM backend."""

from __future__ import annotations

from constructs import Construct

from ai_access.gitops.bindings import apim, k8s, kaito
from ai_access.gitops.policy_xml import KaitoRoute
from ai_access.models.platform import KaitoPreset, PlatformConfig
from ai_access.naming import LABEL_PREFIX, TeamNames

HF_TOKEN_SECRET = "hf-token"
"""Secret the platform provides in a team namespace for gated presets (Hugging Face token)."""


class KaitoModel(Construct):
    """One KAITO workspace for one team and model, routed from APIM through the internal ingress.

    KAITO serves the workspace on a ClusterIP Service named after it (port 80). APIM runs outside
    the cluster, so the platform's internal ingress (fixed private IP) routes `/<team>/<model>/` to
    that Service, for APIM's subnet only, and an APIM Backend points there; a NetworkPolicy admits
    only the ingress controller to the model's pods. Never `kaito.sh/enablelb`: that would put the
    model on a public IP, past the gateway's keys and limits.
    """

    def __init__(
        self,
        scope: Construct,
        id: str,
        *,
        names: TeamNames,
        model: str,
        preset: KaitoPreset,
        instance_type: str,
        platform: PlatformConfig,
    ) -> None:
        """Declare workspace, ingress and backend for `model` on one node of `instance_type`."""
        super().__init__(scope, id)
        workspace = names.workspace(model)
        # Unique per team and model: KAITO provisions a node pool per workspace from this selector.
        selector = {f"{LABEL_PREFIX}/team": names.team, f"{LABEL_PREFIX}/model": workspace}
        preset_options = kaito.WorkspaceInferencePresetPresetOptions(model_access_secret=HF_TOKEN_SECRET) if preset.gated else None
        kaito.Workspace(
            self,
            "Resource",
            metadata={"name": workspace, "namespace": names.namespace},
            resource=kaito.WorkspaceResource(
                instance_type=instance_type, count=1, label_selector=kaito.WorkspaceResourceLabelSelector(match_labels=selector)
            ),
            inference=kaito.WorkspaceInference(
                preset=kaito.WorkspaceInferencePreset(name=model, preset_options=preset_options)
            ),
        )
        path = names.ingress_path(model)
        k8s.KubeIngress(
            self,
            "Ingress",
            metadata={
                "name": names.ingress(model),
                "namespace": names.namespace,
                "annotations": {
                    "nginx.ingress.kubernetes.io/rewrite-target": "/$2",
                    # Only the gateway may use this route: its keys and limits are the access control.
                    "nginx.ingress.kubernetes.io/whitelist-source-range": platform.apim_subnet_cidr,
                },
            },
            spec=k8s.IngressSpec(
                ingress_class_name=platform.aks.ingress_class_name,
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
        # Nothing in the cluster but the ingress controller reaches the model server directly.
        k8s.KubeNetworkPolicy(
            self,
            "NetworkPolicy",
            metadata={"name": names.ingress(model), "namespace": names.namespace},
            spec=k8s.NetworkPolicySpec(
                pod_selector=k8s.LabelSelector(match_labels={"kaito.sh/workspace": workspace}),
                policy_types=["Ingress"],
                ingress=[
                    k8s.NetworkPolicyIngressRule(
                        from_=[
                            k8s.NetworkPolicyPeer(
                                namespace_selector=k8s.LabelSelector(
                                    match_labels={"kubernetes.io/metadata.name": platform.aks.ingress_namespace}
                                )
                            )
                        ]
                    )
                ],
            ),
        )
        apim.Backend(
            self,
            "Backend",
            metadata={"name": names.backend_k8s_name(model), "namespace": names.namespace},
            spec=apim.BackendSpec(
                azure_name=names.backend_id(model),
                owner=apim.BackendSpecOwner(arm_id=platform.apim_service_id),
                protocol=apim.BackendSpecProtocol.HTTP,
                url=f"http://{platform.aks.ingress_private_ip}{path}",
                title=f"{names.team} {model}",
                description=f"KAITO workspace {workspace} of {names.team}",
            ),
        )
        self.route = KaitoRoute(model=model, backend_id=names.backend_id(model), served_model_name=preset.served_model_name)
