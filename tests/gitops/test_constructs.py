"""The GitOps L2s one at a time (cdk8s `K8sTesting.chart()`), the handles they share, and where names are formed."""

from __future__ import annotations

import ast
import re
from pathlib import Path
from uuid import UUID

import pytest
from cdk8s import ApiObject
from cdk8s import Testing as K8sTesting  # aliased: pytest would collect a class named Testing
from support.files import REPO

from ai_access.gitops.apim_product import ApimProduct
from ai_access.gitops.apim_subscription import ApimSubscription
from ai_access.gitops import RootApplication, TeamApplicationSet, TeamAppProject
from ai_access.gitops.endpoint_config import EndpointConfig
from ai_access.gitops.foundry_project import FoundryProject
from ai_access.gitops.kaito_model import KaitoModel
from ai_access.gitops.key_access import KeyAccess
from ai_access.gitops.refs import ApimServiceRef, FoundryAccountRef, InternalIngressRef, NamedObject, TracingPlacementRef
from ai_access.gitops.team_access import TeamAccess
from ai_access.gitops.team_namespace import TeamNamespace
from ai_access.gitops.token_policy import TokenPolicy
from ai_access.gitops.tracing import Tracing
from ai_access.gitops.pod_monitor import PodMonitor
from ai_access.models.observability import NotificationChannel, SyncNotifications
from ai_access.models.platform import GitOpsSettings, KaitoPreset
from ai_access.names.team import TeamNames

NAMES = TeamNames("team-x")
APIM = ApimServiceRef("/subscriptions/s/resourceGroups/rg/providers/Microsoft.ApiManagement/service/apim", "ai-inference", "https://apim/openai")
ACCOUNT = FoundryAccountRef("/subscriptions/s/resourceGroups/rg/providers/Microsoft.CognitiveServices/accounts/aif", "s", "swedencentral")
INGRESS = InternalIngressRef("nginx-internal", "app-routing-system", "10.224.0.250", "10.225.0.0/24")
GROUP = UUID("11111111-2222-4333-8444-555555555555")
GITOPS = GitOpsSettings(repo_url="https://git.example.com/platform/ai.git")
NOTIFY = SyncNotifications(platform_channel=NotificationChannel(service="slack", recipient="ai-platform"))


def _key_access(chart):
    access = KeyAccess(chart, "Keys", names=NAMES, group_id=GROUP)
    access.allow_read(NamedObject("Secret", "ai-gateway-key"), NamedObject("ConfigMap", "x"))
    return access


def _builders():
    # Each builds one L2 in its own test chart, from narrow props only: no platform file is needed.
    product = lambda chart: ApimProduct(chart, "Product", names=NAMES, apim_service=APIM)  # noqa: E731
    return {
        "TeamNamespace": lambda chart: TeamNamespace(chart, "Namespace", names=NAMES, owner="a@contoso.com", cost_center="CC-1"),
        "ApimProduct": product,
        "ApimSubscription": lambda chart: ApimSubscription(chart, "Subscription", names=NAMES, apim_service=APIM),
        "EndpointConfig": lambda chart: EndpointConfig(
            chart, "Endpoint", names=NAMES, apim_service=APIM, models=["gpt-4.1"], tokens_per_minute=10, daily_token_quota=100
        ),
        "TokenPolicy": lambda chart: TokenPolicy(
            chart, "Policy", names=NAMES, product=product(chart), cost_center="CC-1", allowed_models=["gpt-4.1"], tokens_per_minute=10, daily_token_quota=100
        ),
        "FoundryProject": lambda chart: FoundryProject(chart, "Project", names=NAMES, account=ACCOUNT, group_id=GROUP),
        "Tracing": lambda chart: Tracing(chart, "Tracing", names=NAMES, placement=TracingPlacementRef("/rg", "swedencentral", "/log")),
        "KeyAccess": lambda chart: _key_access(chart),
        "KaitoModel": lambda chart: KaitoModel(
            chart,
            "Kaito",
            names=NAMES,
            model="phi-4",
            preset=KaitoPreset(instance_types=["Standard_NC24ads_A100_v4"]),
            instance_type="Standard_NC24ads_A100_v4",
            ingress=INGRESS,
            apim_service=APIM,
        ),
        "PodMonitor": lambda chart: PodMonitor(chart, "Metrics", names=NAMES, model="phi-4", workspace="phi-4-72418c"),
        "TeamAppProject": lambda chart: TeamAppProject(
            chart, "AppProject", names=NAMES, gitops=GITOPS, namespaced_kinds=[("", "ConfigMap")], owner="a@contoso.com", notifications=NOTIFY
        ),
        "TeamApplicationSet": lambda chart: TeamApplicationSet(chart, "Teams", gitops=GITOPS, notifications=NOTIFY),
        "RootApplication": lambda chart: RootApplication(chart, "Root", gitops=GITOPS, argocd_path="dist/argocd"),
    }


@pytest.mark.parametrize("construct", sorted(_builders()))
def test_every_l2_exposes_its_api_object_name_and_metadata(construct: str) -> None:
    chart = K8sTesting.chart()
    l2 = _builders()[construct](chart)
    assert isinstance(l2.api_object, ApiObject)
    # `name` names an object of the handle's kind (the root Application shares its name with its AppProject).
    assert [m["kind"] for m in K8sTesting.synth(chart) if m["metadata"]["name"] == l2.name].count(l2.api_object.kind) == 1
    # Labels added through the handle reach the synthesized object.
    l2.metadata.add_label("example.com/owner", "platform")
    (main,) = (m for m in K8sTesting.synth(chart) if m["metadata"]["name"] == l2.name and m["kind"] == l2.api_object.kind)
    assert main["metadata"]["labels"]["example.com/owner"] == "platform"


# Construct ids are a contract like names: an extension finds a part by its path
# (`team.node.find_child(...)`), and a changed id would silently miss it.
CONSTRUCT_PATHS = {
    "ApimProduct": ["test/Product/Resource", "test/Product/Api"],
    "ApimSubscription": ["test/Subscription/Resource"],
    "EndpointConfig": ["test/Endpoint/Resource"],
    "FoundryProject": ["test/Project/Resource", "test/Project/AiUser", "test/Project/AccountReader"],
    "KaitoModel": ["test/Kaito/InferenceConfig", "test/Kaito/Resource", "test/Kaito/Ingress", "test/Kaito/NetworkPolicy", "test/Kaito/Backend"],
    "KeyAccess": ["test/Keys/Resource", "test/Keys/Binding"],
    "TeamNamespace": ["test/Namespace/Resource"],
    "TokenPolicy": ["test/Product/Resource", "test/Product/Api", "test/Policy/Resource"],
    "Tracing": ["test/Tracing/Resource"],
    "PodMonitor": ["test/Metrics/Resource"],
    "TeamAppProject": ["test/AppProject/Resource"],
    "TeamApplicationSet": ["test/Teams/Resource"],
    "RootApplication": ["test/Root/Project", "test/Root/Resource"],
}


@pytest.mark.parametrize("construct", sorted(_builders()))
def test_every_l2s_objects_keep_their_construct_ids_and_the_main_one_is_resource(construct: str) -> None:
    chart = K8sTesting.chart()
    l2 = _builders()[construct](chart)
    assert [c.node.path for c in chart.node.find_all() if isinstance(c, ApiObject)] == CONSTRUCT_PATHS[construct]
    assert l2.api_object.node.id == "Resource"


def test_team_access_exposes_every_part(fixture_report, platform) -> None:
    request = next(loaded.request for loaded in fixture_report.requests if loaded.request.kaito_models and loaded.request.foundry_models)
    team = TeamAccess(K8sTesting.chart(), "Team", request=request, platform=platform)
    assert (team.request, team.platform, team.names.team, team.namespace) == (request, platform, request.team, f"ai-{request.team}")
    assert team.namespace_object.name == team.namespace
    assert team.foundry_project is not None and team.product.name and team.policy.name and team.subscription.name
    assert team.endpoint.name == "ai-gateway-endpoint"
    assert [model.route.model for model in team.kaito_models] == [m.name for m in request.kaito_models]
    assert (team.tracing is not None) == request.tracing_enabled
    assert (team.key_access is not None) == (request.entra_group_id is not None)


def test_the_application_set_names_come_from_team_names(platform) -> None:
    chart = K8sTesting.chart()
    TeamApplicationSet(chart, "Teams", gitops=platform.gitops, notifications=platform.observability.argocd)
    (application_set,) = K8sTesting.synth(chart)
    template = application_set["spec"]["template"]
    folder = TeamNames("{{.path.basename}}")
    assert template["metadata"]["name"] == template["spec"]["project"] == folder.app_project
    assert template["spec"]["destination"]["namespace"] == folder.namespace


def test_a_team_app_project_is_named_and_scoped_by_team_names(platform) -> None:
    chart = K8sTesting.chart()
    project = TeamAppProject(
        chart, "P", names=NAMES, gitops=platform.gitops, namespaced_kinds=[("", "ConfigMap")], owner="a@contoso.com", notifications=platform.observability.argocd
    )
    (manifest,) = K8sTesting.synth(chart)
    assert project.name == manifest["metadata"]["name"] == NAMES.app_project
    assert manifest["spec"]["destinations"][0]["namespace"] == NAMES.namespace


# ---- where names are formed ---------------------------------------------------------------------------

NAMING_MODULES = {"names/team.py", "names/platform.py", "names/labels.py"}
SOURCE = REPO / "constructs" / "ai_access"


def _literals(path: Path) -> list[tuple[int, str]]:
    """Every string literal of a module but its docstrings; an f-string with `{}` for each value."""
    tree = ast.parse(path.read_text())
    docstrings = {
        id(node.body[0].value)
        for node in ast.walk(tree)
        if isinstance(node, (ast.Module, ast.ClassDef, ast.FunctionDef)) and node.body and isinstance(node.body[0], ast.Expr)
    } | {id(node.value) for node in ast.walk(tree) if isinstance(node, ast.Expr)}
    in_fstrings = {id(part) for node in ast.walk(tree) if isinstance(node, ast.JoinedStr) for part in node.values}
    found = []
    for node in ast.walk(tree):
        if isinstance(node, ast.JoinedStr) and id(node) not in docstrings:
            found.append((node.lineno, "".join(v.value if isinstance(v, ast.Constant) else "{}" for v in node.values)))
        elif isinstance(node, ast.Constant) and isinstance(node.value, str) and id(node) not in docstrings | in_fstrings:
            found.append((node.lineno, node.value))
    return found


def _prefixes() -> set[str]:
    """The prefixes of every name the naming modules form (`ai-`, `appi-`, `vnet-`, `kaito-`, ...)."""
    prefixes = set()
    for module in NAMING_MODULES:
        for _, text in _literals(SOURCE / module):
            match = re.match(r"([a-z]{2,7})-", text)
            if match:
                prefixes.add(match.group(1) + "-")
    return prefixes


def test_every_synthesized_name_prefix_is_formed_in_a_naming_module_only() -> None:
    prefixes = _prefixes()
    assert {"ai-", "appi-", "vnet-", "nsg-", "id-", "log-", "kaito-", "snet-"} <= prefixes
    word = re.compile(r"(?<![\w./-])(" + "|".join(re.escape(p) for p in sorted(prefixes)) + r")")
    found = [
        f"{path.relative_to(SOURCE)}:{line}: {text!r}"
        for path in sorted(SOURCE.rglob("*.py"))
        if path.relative_to(SOURCE).as_posix() not in NAMING_MODULES
        for line, text in _literals(path)
        if word.search(text)
    ]
    assert found == []
