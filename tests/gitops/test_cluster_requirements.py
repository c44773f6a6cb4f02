"""What the output needs the cluster to serve (issue 27, points 2 and 3): the kinds, ASO's CRD pattern, the ingress controller.

ASO installs only the CRDs its crdPattern names (azure-service-operator
docs/hugo/content/guide/crd-management.md); the internal ingress controller is the AKS application
routing add-on's NginxIngressController (MicrosoftDocs/azure-aks-docs
articles/aks/app-routing-nginx-configuration.md). `scripts/bootstrap` reads the list from the
bootstrap ConfigMap; its behaviour is in tests/repository/test_bootstrap.py.
"""

from __future__ import annotations

import copy
from pathlib import Path

import yaml
from support.crd_validation import StrictValidator
from support.files import REPO
from support.upstream_crds import crds_dir

from ai_access.gitops.cluster_requirements import ASO, ASO_CRD_PATTERN_KEY, CLUSTER_APIS, aso_crd_pattern
from ai_access.gitops.health_checks import ASO_KINDS
from ai_access.models.platform import PlatformConfig
from ai_access.names.team import CLUSTER_REQUIREMENTS


def _objects(dist: Path) -> list[dict]:
    return [yaml.safe_load(path.read_text()) for path in sorted(dist.rglob("*.yaml"))]


def _custom_kinds(objects: list[dict]) -> set[tuple[str, str]]:
    """(apiVersion, kind) of every object not of Kubernetes' own groups."""
    return {(o["apiVersion"], o["kind"]) for o in objects if "." in o["apiVersion"].split("/")[0] and ".k8s.io/" not in o["apiVersion"]}


def test_the_list_holds_every_custom_kind_the_output_holds_at_its_version(fixture_dist: Path) -> None:
    listed = {(f"{api.group}/{api.version}", api.kind) for api in CLUSTER_APIS}
    assert _custom_kinds(_objects(fixture_dist)) <= listed
    # Every ASO kind has a health check (and no health check names a kind the list lacks).
    assert {(api.group, api.kind) for api in CLUSTER_APIS if api.provider == ASO} == set(ASO_KINDS)


def test_the_requirements_configmap_lists_each_kind_and_the_aso_pattern(fixture_dist: Path, platform: PlatformConfig) -> None:
    (config,) = [o for o in _objects(fixture_dist / "bootstrap") if o["kind"] == "ConfigMap" and o["metadata"]["name"] == CLUSTER_REQUIREMENTS]
    assert config["metadata"]["namespace"] == platform.gitops.argocd_namespace
    assert config["data"] == {**{api.key: api.provider for api in CLUSTER_APIS}, ASO_CRD_PATTERN_KEY: aso_crd_pattern()}


def test_the_aso_pattern_names_each_aso_kind_once_as_group_slash_kind() -> None:
    patterns = aso_crd_pattern().split(";")
    assert sorted(patterns) == sorted({f"{group}/{kind}" for group, kind in ASO_KINDS})
    assert all("*" not in p and "?" not in p for p in patterns)  # a kind ASO lacks would make it refuse the list


def test_docs_state_the_pattern_the_code_derives() -> None:
    lines = (REPO / "docs" / "operations.md").read_text().splitlines()
    assert aso_crd_pattern() in lines  # on a line of its own, in the code block


def test_the_internal_ingress_controller_is_the_add_ons_on_an_internal_load_balancer_at_the_fixed_ip(fixture_dist: Path, platform: PlatformConfig) -> None:
    (controller,) = [o for o in _objects(fixture_dist / "bootstrap") if o["kind"] == "NginxIngressController"]
    aks = platform.aks
    assert controller["apiVersion"] == "approuting.kubernetes.azure.com/v1alpha1"
    assert controller["metadata"]["name"] == aks.ingress_class_name and "namespace" not in controller["metadata"]
    assert controller["spec"] == {
        "ingressClassName": aks.ingress_class_name,
        "controllerNamePrefix": aks.ingress_class_name,
        "loadBalancerAnnotations": {
            "service.beta.kubernetes.io/azure-load-balancer-internal": "true",
            "service.beta.kubernetes.io/azure-load-balancer-ipv4": aks.ingress_private_ip,
        },
    }
    # The Ingress objects of KAITO teams name this controller's class.
    ingresses = [o for o in _objects(fixture_dist / "teams") if o["kind"] == "Ingress"]
    assert ingresses and {o["spec"]["ingressClassName"] for o in ingresses} == {aks.ingress_class_name}


def test_the_controllers_schema_check_refuses_what_the_operators_crd_would(fixture_dist: Path) -> None:
    (controller,) = [o for o in _objects(fixture_dist / "bootstrap") if o["kind"] == "NginxIngressController"]
    validator = StrictValidator(crds_dir())
    assert validator.errors(controller) == []
    misspelt = copy.deepcopy(controller)
    misspelt["spec"]["loadBalancerAnnotation"] = misspelt["spec"].pop("loadBalancerAnnotations")
    assert validator.errors(misspelt)
    too_long = copy.deepcopy(controller)
    too_long["spec"]["controllerNamePrefix"] = "n" * 61  # maxLength 60 (nginxingresscontroller_types.go)
    assert validator.errors(too_long)
