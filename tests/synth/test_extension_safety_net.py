"""The safety net holds on the final output: whatever extensions change, synth writes only what keeps the rules.

Each case is an extension that changes what the library made (or adds something), as an attacker
with a foothold in the platform repository would; synth must stop with the rule and the extension
named, never exit 0. The rules themselves live in `ai_access.synth.invariants`.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from support.extension_repo import one_team, platform_with, synth

from ai_access import exit_codes
from ai_access.models.lifecycle import TeamLifecycle
from ai_access.synth.extensions import SynthStopped, refuse_broken_output

PATCH = "from cdk8s import ApiObject, JsonPatch\nfrom cdk8s_plus_28 import k8s\n\n"

ATTACKS = {
    "system-authenticated": (
        'def attack(team):\n    team.key_access.binding.add_json_patch(JsonPatch.add("/subjects/-", '
        '{"apiGroup": "rbac.authorization.k8s.io", "kind": "Group", "name": "system:authenticated"}))\n',
        "RoleBinding/ai-gateway-key-reader: subjects",
    ),
    "cluster-admin": (
        'def attack(team):\n    team.key_access.binding.add_json_patch(JsonPatch.replace("/roleRef", '
        '{"apiGroup": "rbac.authorization.k8s.io", "kind": "ClusterRole", "name": "cluster-admin"}))\n',
        "RoleBinding/ai-gateway-key-reader: binds 'ClusterRole' 'cluster-admin', not a Role of the folder",
    ),
    "kube-system": (
        'def attack(team):\n    team.endpoint.api_object.add_json_patch(JsonPatch.replace("/metadata/namespace", "kube-system"))\n',
        "ConfigMap/ai-gateway-endpoint: namespace 'kube-system' is not ai-team-alpha",
    ),
    "policy-limits": (
        "def attack(team):\n    xml = team.policy.xml.replace(f'tokens-per-minute=\"{team.request.tokens_per_minute}\"', 'tokens-per-minute=\"900000000\"')\n"
        '    team.policy.api_object.add_json_patch(JsonPatch.replace("/spec/value", xml))\n',
        "ProductPolicy/apim-product-policy: token limits",
    ),
    "project-owner": (
        "def attack(team):\n    owner = f'/subscriptions/{team.platform.azure.subscription_id}/providers/Microsoft.Authorization/roleDefinitions/"
        "8e3af657-a8ff-443c-a75c-2fe8c4bcb635'\n"
        '    team.foundry_project.role_assignments[0].add_json_patch(JsonPatch.replace("/spec/roleDefinitionReference/armId", owner))\n',
        "is neither Azure AI User, Reader nor AKS Cluster User",
    ),
    # Beyond the reported cases:
    "other-models": (
        "def attack(team):\n    xml = team.policy.xml.replace('&quot;gpt-4.1&quot;', '&quot;gpt-4.1&quot;, &quot;gpt-5.2&quot;', 1)\n"
        '    team.policy.api_object.add_json_patch(JsonPatch.replace("/spec/value", xml))\n',
        "ProductPolicy/apim-product-policy: the model check is not the library's",
    ),
    "endpoint-elsewhere": (
        'def attack(team):\n    team.endpoint.api_object.add_json_patch(JsonPatch.replace("/data/endpoint", "http://collector.example.com/openai"))\n',
        "ConfigMap/ai-gateway-endpoint: endpoint differ",
    ),
    "key-tracing": (
        'def attack(team):\n    team.subscription.api_object.add_json_patch(JsonPatch.replace("/spec/allowTracing", True))\n',
        "Subscription/apim-subscription: allowTracing must be false",
    ),
    "key-to-another-secret": (
        'def attack(team):\n    team.subscription.api_object.add_json_patch(JsonPatch.replace("/spec/operatorSpec/secrets/primaryKey/name", "ai-gateway-endpoint"))\n',
        "Subscription/apim-subscription: operatorSpec.secrets entry",
    ),
    "wider-role": (
        'def attack(team):\n    team.key_access.api_object.add_json_patch(JsonPatch.add("/rules/0/resourceNames/-", "platform-credentials"))\n',
        "Role/ai-gateway-key-reader: reads secrets",
    ),
    "gpu-count": (
        'def attack(team):\n    team.kaito_models[0].api_object.add_json_patch(JsonPatch.add("/resource/count", 8))\n',
        "resource.count 8: the deprecated node count is KAITO's to compute, never set",
    ),
    "gpu-size": (
        'def attack(team):\n    team.kaito_models[0].api_object.add_json_patch(JsonPatch.replace("/resource/instanceType", "Standard_ND96asr_v4"))\n',
        "a node of 'Standard_ND96asr_v4', not of one of the request's GPU sizes",
    ),
    "another-teams-project": (
        "from ai_access.gitops.bindings import cogsvc\n\n"
        'def attack(team):\n    cogsvc.Project(team, "Adopt", metadata={"name": "adopted", "namespace": team.namespace}, '
        'spec=cogsvc.ProjectSpec(azure_name="team-beta", owner=cogsvc.ProjectSpecOwner(arm_id=team.platform.foundry_account_id), location="x"))\n',
        "project-adopted.yaml: Project 'adopted' (azureName 'team-beta') is not a name names/team.py derives",
    ),
    "a-secret": (
        'def attack(team):\n    k8s.KubeSecret(team, "Token", metadata={"name": "token", "namespace": team.namespace}, string_data={"value": "x"})\n',
        "Secret/token: a Secret in Git",
    ),
    "path-out-of-the-folder": (
        'def attack(team):\n    k8s.KubeConfigMap(team, "Escape", metadata={"name": "../../../escaped", "namespace": team.namespace}, data={})\n',
        "name '../../../escaped' is not a DNS subdomain",
    ),
    "twice-the-same-file": (
        'def attack(team):\n    k8s.KubeConfigMap(team, "Twin", metadata={"name": "ai-gateway-endpoint", "namespace": team.namespace}, data={})\n',
        "ConfigMap/ai-gateway-endpoint: two objects would be written to configmap-ai-gateway-endpoint.yaml",
    ),
    "label-value": (
        'def attack(team):\n    team.product.metadata.add_label("example.com/owner", "alice@contoso.com")\n',
        "Product/apim-product: label example.com/owner: value 'alice@contoso.com' is not a valid label value",
    ),
    "team-label": (
        'def attack(team):\n    team.product.metadata.add_label("ai.contoso.com/team", "team-beta")\n',
        "Product/apim-product: label ai.contoso.com/team is 'team-beta'; the tool sets it to 'team-alpha' on every object of the team",
    ),
    "annotation-key": (
        'def attack(team):\n    team.namespace_object.metadata.add_annotation("cost centre", "CC-1")\n',
        "Namespace/ai-team-alpha: annotation key 'cost centre' is not a valid Kubernetes annotation key",
    ),
}


@pytest.mark.parametrize("name", sorted(ATTACKS))
def test_synth_refuses_final_objects_that_break_a_rule_naming_the_extension(tmp_path: Path, name: str) -> None:
    source, rule = ATTACKS[name]
    platform = platform_with(tmp_path, {"attack": PATCH + source}, ["attack:attack"])
    code, err = synth(platform, tmp_path / "dist", requests=one_team(tmp_path))
    assert code == exit_codes.INVALID, err
    assert err.startswith("synth: extension attack:attack left team team-alpha's output breaking a rule: ") and rule in err, err
    assert len(err.splitlines()) == 1 and not (tmp_path / "dist").exists() and not list(tmp_path.rglob("escaped*"))


def test_an_extension_cannot_turn_an_earlier_extensions_object_into_a_cluster_role(tmp_path: Path) -> None:
    source = PATCH + (
        'def add(team):\n    ApiObject(team, "Settings", api_version="v1", kind="ConfigMap", metadata={"name": "settings", "namespace": team.namespace})\n\n\n'
        "def turn(team):\n"
        '    ApiObject.of(team.node.find_child("Settings")).add_json_patch(\n'
        '        JsonPatch.replace("/kind", "ClusterRole"), JsonPatch.replace("/apiVersion", "rbac.authorization.k8s.io/v1"),\n'
        '        JsonPatch.remove("/metadata/namespace"), JsonPatch.add("/rules", [{"apiGroups": ["*"], "resources": ["*"], "verbs": ["*"]}]),\n'
        "    )\n"
    )
    platform = platform_with(tmp_path, {"settings": source}, ["settings:add", "settings:turn"])
    code, err = synth(platform, tmp_path / "dist", requests=one_team(tmp_path))
    assert code == exit_codes.INVALID
    assert err.startswith("synth: extensions settings:add, settings:turn left team team-alpha's output breaking a rule: ClusterRole/settings: cluster-scoped")


def test_every_broken_rule_is_listed_with_traceback(tmp_path: Path) -> None:
    source = PATCH + ATTACKS["kube-system"][0] + "\n\ndef more(team):\n" + ATTACKS["key-tracing"][0].partition("\n")[2]
    platform = platform_with(tmp_path, {"attack": source}, ["attack:attack", "attack:more"])
    code, err = synth(platform, tmp_path / "dist", "--traceback", requests=one_team(tmp_path))
    assert code == exit_codes.INVALID
    assert "(and 1 more; --traceback lists them)" in err.splitlines()[0]
    assert sorted(err.splitlines()[1:]) == [
        "ConfigMap/ai-gateway-endpoint: namespace 'kube-system' is not ai-team-alpha",
        "Subscription/apim-subscription: allowTracing must be false: a trace shows the gateway's credentials to the key's holder",
    ]


def test_a_broken_rule_without_extensions_is_reported_as_a_bug(fixture_dist: Path, fixture_report, platform) -> None:
    from support.invariants import load_objects

    request = fixture_report.requests[0].request
    objects = load_objects(fixture_dist / "teams" / request.team)
    refuse_broken_output(request, objects, platform, lifecycle=TeamLifecycle(), extensions=())  # the library's own output passes
    objects[0]["metadata"]["namespace"] = "default"
    with pytest.raises(SynthStopped, match=r"breaks a rule of this tool: .*no extension ran, so this is a bug: please report it") as raised:
        refuse_broken_output(request, objects, platform, lifecycle=TeamLifecycle(), extensions=())
    assert raised.value.exit_code == exit_codes.INVALID


def test_an_extension_may_change_the_librarys_objects_within_the_rules(tmp_path: Path) -> None:
    source = PATCH + (
        "def label(team):\n"
        '    team.product.metadata.add_label("example.com/tier", "gold")\n'
        '    team.namespace_object.metadata.add_annotation("example.com/contact", "platform@contoso.com")\n'
        '    k8s.KubeConfigMap(team, "Settings", metadata={"name": "team-settings", "namespace": team.namespace}, data={"tier": "gold"})\n'
    )
    platform = platform_with(tmp_path, {"label": source}, ["label:label"])
    code, err = synth(platform, tmp_path / "dist", requests=one_team(tmp_path))
    assert code == exit_codes.OK, err
    assert (tmp_path / "dist" / "teams" / "team-alpha" / "configmap-team-settings.yaml").is_file()
