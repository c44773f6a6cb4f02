"""The rules every team's output holds: security invariants, the names contract, valid metadata.

synth checks each team's objects as they will be written, after every extension ran
(`synth.extensions.refuse_broken_output`), and the tests check the same rules on the fixtures,
generated requests and the committed `dist/`: one copy of the rules. Each function returns lines
`Kind/name: what is wrong` (empty: the rules hold) and accepts whatever shape an extension could
leave behind: a missing or mistyped field is a broken rule, never an exception.

A rule names a kind without its API group (`Role` is held to the RBAC rules whatever its group):
stricter, never looser, for a kind of the same name an extension brings.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Any

from lxml import etree

from ai_access.apim.product_policy import BudgetLimit, build_policy_xml, model_check_condition
from ai_access.models.lifecycle import TeamLifecycle
from ai_access.models.platform import PlatformConfig
from ai_access.models.request import AccessRequest
from ai_access.models.spend import budget_limit
from ai_access.names import azure_roles
from ai_access.names import team as naming
from ai_access.names.labels import (
    INGRESS_SOURCE_RANGE,
    KAITO_ENABLE_LB,
    KAITO_WORKSPACE_LABEL,
    MANAGED_BY,
    MANAGED_BY_LABEL,
    METRIC_TEAM_LABEL,
    NAMESPACE_NAME_LABEL,
    RECONCILE_POLICY,
    TEAM_LABEL,
)
from ai_access.names.team import TeamNames
from ai_access.problems import shown, shown_name
from ai_access.synth.api_scopes import is_namespaced
from ai_access.synth.kube_formats import metadata_problems
from ai_access.synth.names_contract import name_violations

Obj = dict[str, Any]

_SECRET_FIELDS = {"primaryKey", "secondaryKey", "stringData", "password", "token", "clientSecret"}
_KEY_MATERIAL = re.compile(r"\b[0-9a-fA-F]{32}\b")
_KIND = re.compile(r"[A-Z][A-Za-z0-9]{0,62}")


def violations(
    request: AccessRequest, objects: list[Obj], project: Obj, platform: PlatformConfig, *, lifecycle: TeamLifecycle | None = None
) -> list[str]:
    """Every broken security invariant for one team's objects and its AppProject.

    `lifecycle` (default None: not checked) is the team's state on the day: its keys must be
    suspended when it expired, and each key must write the Secret its role gives it.
    """
    return security_violations(request, objects, platform, lifecycle=lifecycle) + _guarded(_project_violations, project, objects, TeamNames(request.team))


def output_violations(
    request: AccessRequest, objects: list[Obj], platform: PlatformConfig, *, lifecycle: TeamLifecycle, scopes: bool = True
) -> list[str]:
    """What synth refuses in one team's objects: the security invariants and the names contract.

    `scopes=False` skips looking up whether each kind is namespaced (the namespace is still
    checked): synth's choice when no extension ran, since the library's own kinds are namespaced
    whatever the request, which the tests check, and the lookup of Kubernetes' own kinds imports
    the Kubernetes client (a fifth of a second per process).
    """
    files: dict[str, Obj] = {}
    found = []
    for obj in objects:
        file = file_name(obj)
        if file in files:
            found.append(f"{_where(obj)}: two objects would be written to {shown_name(file)}")
        files[file] = obj
    return found + security_violations(request, objects, platform, lifecycle=lifecycle, scopes=scopes) + name_violations(request, files, platform, lifecycle)


def file_name(obj: Obj) -> str:
    """The file synth writes an object to: `<kind>-<name>.yaml`, lowercased kind."""
    return f"{str(obj.get('kind')).lower()}-{(obj.get('metadata') or {}).get('name')}.yaml"


def security_violations(
    request: AccessRequest, objects: list[Obj], platform: PlatformConfig, *, lifecycle: TeamLifecycle | None = None, scopes: bool = True
) -> list[str]:
    """Every broken invariant of one team's objects (not its AppProject); `scopes` as in `output_violations`."""
    team = _Team(request, TeamNames(request.team), platform, lifecycle, objects, scopes)
    found: list[str] = []
    for obj in objects:
        found += [f"{_where(obj)}: {v}" for v in _guarded(_object_violations, obj, team)]
    if sum(1 for obj in objects if _kind(obj) == "Namespace") != 1:
        found.append(f"the folder must hold exactly one Namespace, {team.names.namespace}")
    return found + _guarded(_workspace_violations, objects, platform)


@dataclass(frozen=True)
class _Team:
    request: AccessRequest
    names: TeamNames
    platform: PlatformConfig
    lifecycle: TeamLifecycle | None
    objects: list[Obj]
    scopes: bool

    def names_of(self, kind: str) -> set[Any]:
        return {(o.get("metadata") or {}).get("name") for o in self.objects if _kind(o) == kind}


def _object_violations(obj: Obj, team: _Team) -> list[str]:
    if not isinstance(obj, dict) or not isinstance(obj.get("metadata"), dict) or not isinstance(obj["metadata"].get("name"), str):
        return ["not an object with metadata.name"]
    kind, api_version, metadata = obj.get("kind"), obj.get("apiVersion"), obj["metadata"]
    if not isinstance(kind, str) or not _KIND.fullmatch(kind) or not isinstance(api_version, str):
        return [f"kind {shown(kind)} and apiVersion {shown(api_version)} are not a Kubernetes kind"]
    found = _scope_violations(kind, api_version, metadata, team) + metadata_problems(metadata)
    labels = metadata.get("labels") if isinstance(metadata.get("labels"), dict) else {}
    owned = {TEAM_LABEL: team.names.team, MANAGED_BY_LABEL: MANAGED_BY}
    found += [
        f"label {key} is {shown(labels.get(key))}; the tool sets it to {value!r} on every object of the team"
        for key, value in owned.items()
        if labels.get(key) != value
    ]
    found += _secret_violations(obj)
    spec = obj.get("spec") or {}
    rules = _KIND_RULES.get(kind)
    return found + (rules(obj, spec, team) if rules else [])


def _scope_violations(kind: str, api_version: str, metadata: Obj, team: _Team) -> list[str]:
    names = team.names
    if kind == "Namespace" and api_version == "v1":
        return [] if metadata["name"] == names.namespace and "namespace" not in metadata else [f"a Namespace other than the team's own, {names.namespace}"]
    scoped = is_namespaced(api_version, kind) if team.scopes else True
    if scoped is None:
        return [f"{shown(api_version)} {shown_name(kind)} is neither a Kubernetes kind nor one of the known CRDs; cannot tell its scope"]
    if not scoped:
        return ["cluster-scoped: a team's folder holds only namespaced objects, in the team's namespace"]
    if metadata.get("namespace") != names.namespace:
        return [f"namespace {shown(metadata.get('namespace'))} is not {names.namespace}"]
    return []


def _secret_violations(obj: Obj) -> list[str]:
    found = ["a Secret in Git"] if obj.get("kind") == "Secret" else []
    spec = obj.get("spec") if isinstance(obj.get("spec"), dict) else {}
    keys: list[Any] = []
    strings: list[str] = []
    # operatorSpec.secrets only names where ASO writes keys (a Secret name and key), never a value.
    _walk({k: v for k, v in obj.items() if k != "spec"}, keys, strings)
    _walk({k: v for k, v in spec.items() if k != "operatorSpec"}, keys, strings)
    _walk(spec.get("operatorSpec"), [], strings)
    found += [f"secret-bearing field {key}" for key in keys if key in _SECRET_FIELDS]
    if _KEY_MATERIAL.search("\n".join(strings)):  # one search over every string, keys included
        found.append("something shaped like an APIM key (32 hex characters)")
    return found


def _subscription(obj: Obj, spec: Obj, team: _Team) -> list[str]:
    found = []
    if spec.get("scope") != f"/products/{team.names.product_id}":
        found.append(f"scope {shown(spec.get('scope'))} is not the team's product")
    if spec.get("owner") != {"armId": team.platform.apim_service_id}:
        found.append("owner is not the platform's APIM service")
    if spec.get("allowTracing") is not False:
        found.append("allowTracing must be false: a trace shows the gateway's credentials to the key's holder")
    lifecycle = team.lifecycle
    if lifecycle is not None and spec.get("state") != ("suspended" if lifecycle.expired else "active"):
        found.append(f"state {shown(spec.get('state'))}, but the request is {'expired: the key must be suspended' if lifecycle.expired else 'current: active'}")
    # The current key writes the key Secret; any other key only the previous-key Secret.
    current = lifecycle is None or obj["metadata"]["name"] == team.names.subscription(lifecycle.key.rotated_on)
    secrets = {naming.KEY_SECRET, naming.PREVIOUS_KEY_SECRET} if lifecycle is None else {naming.KEY_SECRET if current else naming.PREVIOUS_KEY_SECRET}
    for target in ((spec.get("operatorSpec") or {}).get("secrets") or {}).values():
        if not isinstance(target, dict) or set(target) != {"name", "key"} or target["name"] not in secrets:
            found.append(f"operatorSpec.secrets entry {shown(target)} is not a key of Secret {' or '.join(sorted(secrets))}")
    # A replaced key must die with its object at the end of the overlap, never stay in Azure.
    written = {target.get("name") for target in ((spec.get("operatorSpec") or {}).get("secrets") or {}).values() if isinstance(target, dict)}
    policy = (obj["metadata"].get("annotations") or {}).get(RECONCILE_POLICY)
    if naming.PREVIOUS_KEY_SECRET in written and policy not in (None, "manage"):
        found.append(f"reconcile policy {shown(policy)}: the previous key's subscription must be deleted in Azure with its object")
    return found


def _role_assignment(obj: Obj, spec: Obj, team: _Team) -> list[str]:
    platform, found = team.platform, []
    own_project = {"group": "cognitiveservices.azure.com", "kind": "Project", "name": naming.FOUNDRY_PROJECT}
    granted = (azure_roles.AZURE_AI_USER, azure_roles.READER, azure_roles.AKS_CLUSTER_USER)
    roles = {azure_roles.role_definition_id(platform.azure.subscription_id, role): role for role in granted}
    role = roles.get((spec.get("roleDefinitionReference") or {}).get("armId"))
    where = (
        (azure_roles.AZURE_AI_USER, own_project),
        (azure_roles.READER, {"armId": platform.foundry_account_id}),
        (azure_roles.AKS_CLUSTER_USER, {"armId": platform.aks_cluster_id}),
    )
    if role is None:
        found.append(f"role {shown((spec.get('roleDefinitionReference') or {}).get('armId'))} is neither Azure AI User, Reader nor AKS Cluster User")
    elif (role, spec.get("owner")) not in where:
        found.append(
            f"role assignment scope {shown(spec.get('owner'))} is not where this role belongs "
            "(Azure AI User: the team's own project; Reader: the account; AKS Cluster User: the cluster)"
        )
    if team.request.entra_group_id is None or spec.get("principalId") != str(team.request.entra_group_id) or spec.get("principalType") != "Group":
        found.append("principal is not the team's group")
    return found


def _role(obj: Obj, spec: Obj, team: _Team) -> list[str]:
    found = []
    readable = {"secrets": {naming.KEY_SECRET, naming.PREVIOUS_KEY_SECRET}, "configmaps": team.names_of("ConfigMap") | {naming.TRACING_CONFIGMAP}}
    for rule in obj.get("rules") or []:
        if any("*" in value for key in ("apiGroups", "resources", "verbs", "resourceNames") for value in rule.get(key) or []):
            found.append("wildcard in a Role")
        if not rule.get("resourceNames"):
            found.append("a Role rule without resourceNames")
        if set(rule.get("verbs") or []) - {"get"}:
            found.append(f"verbs {rule.get('verbs')} beyond get")
        if rule.get("apiGroups") != [""] or rule.get("nonResourceURLs"):
            found.append(f"apiGroups {shown(rule.get('apiGroups'))}: a Role here reads core objects only")
        for resource in rule.get("resources") or []:
            if not set(rule.get("resourceNames") or []) <= readable.get(resource, set()):
                found.append(f"reads {resource} {shown(rule.get('resourceNames'))}: only the key Secret and the folder's ConfigMaps")
    return found


def _role_binding(obj: Obj, spec: Obj, team: _Team) -> list[str]:
    found = []
    group = team.request.entra_group_id
    if group is None or obj.get("subjects") != [{"apiGroup": "rbac.authorization.k8s.io", "kind": "Group", "name": str(group)}]:
        found.append(f"subjects {shown(obj.get('subjects'))} are not exactly the team's group")
    ref = obj.get("roleRef") or {}
    if ref.get("kind") != "Role" or ref.get("apiGroup") != "rbac.authorization.k8s.io":
        found.append(f"binds {shown(ref.get('kind'))} {shown(ref.get('name'))}, not a Role of the folder")
    elif ref.get("name") not in team.names_of("Role"):
        found.append(f"binds Role {shown(ref.get('name'))}, which the folder does not hold")
    return found


def _product_policy(obj: Obj, spec: Obj, team: _Team) -> list[str]:
    request, limits, found = team.request, team.platform.team_limits, []
    policy = etree.fromstring(spec["value"].encode(), etree.XMLParser(resolve_entities=False, no_network=True))
    if spec.get("owner") != {"name": naming.APIM_PRODUCT}:
        found.append("owner is not the team's product")
    if policy.find(".//dimension[@name='Cost Center']").get("value") != request.cost_center:
        found.append("cost centre does not round-trip through the policy XML")
    budget = budget_limit(request, team.platform)
    limit = [e for e in policy.findall(".//llm-token-limit") if budget is None or e.get("counter-key") != budget.counter_key]
    expected = {
        "tokens-per-minute": str(request.tokens_per_minute),
        "token-quota": str(request.daily_token_quota),
        "token-quota-period": "Daily",
        "counter-key": f"product-{request.team}",  # one counter of the team's own, whichever of its keys calls
    }
    if len(limit) != 1 or any(limit[0].get(key) != value for key, value in expected.items()):
        shown_limits = [{key: element.get(key) for key in expected} for element in limit]
        found.append(
            f"token limits {shown(shown_limits)} are not the request's {request.tokens_per_minute:,} tokens per minute and "
            f"{request.daily_token_quota:,} a day (the platform allows at most {limits.max_tokens_per_minute:,} and {limits.max_daily_token_quota:,})"
        )
    found += _budget_limit(policy, budget)
    allowed = [m.name for m in request.enabled_models]
    if policy.find("inbound/choose/when").get("condition") != model_check_condition(allowed):
        found.append(f"the model check is not the library's for the request's enabled models {shown(allowed)}: it may let others through")
    return found


def _budget_limit(policy: etree._Element, budget: BudgetLimit | None) -> list[str]:
    # The budget's quota, exactly once, as the library writes it: a raised quota or a wider condition
    # (KAITO calls spared, a model left out) would let the team spend past its budget.
    expected = etree.fromstring(build_policy_xml(team="t", cost_center="c", allowed_models=[], tokens_per_minute=1, daily_token_quota=1,
                                                 kaito_routes=[], budget=budget).encode())
    def shape(root: etree._Element) -> list[str]:
        return [etree.tostring(e.getparent().getparent(), with_tail=False).decode() for e in root.findall("inbound/choose/when/llm-token-limit")]
    if shape(policy) != shape(expected):
        what = f"{budget.monthly_tokens:,} tokens a month on {', '.join(budget.models)}" if budget else "none"
        return [f"the budget limit is not the library's for the team's budget ({what}): it may let the team spend past it"]
    return []


def _config_map(obj: Obj, spec: Obj, team: _Team) -> list[str]:
    if obj["metadata"]["name"] != naming.ENDPOINT_CONFIGMAP:
        return []
    request = team.request
    expected = {
        "endpoint": team.platform.apim.inference_url,
        "models": ",".join(m.name for m in request.enabled_models),
        "tokensPerMinute": str(request.tokens_per_minute),
        "dailyTokenQuota": str(request.daily_token_quota),
        "keySecret": naming.KEY_SECRET,
    }
    if "previousKeySecret" in (obj.get("data") or {}):
        expected["previousKeySecret"] = naming.PREVIOUS_KEY_SECRET
    # Clients (and verify) send the team's key where this says: it says what the request and platform do.
    data = obj.get("data") or {}
    wrong = sorted(key for key, value in expected.items() if data.get(key) != value)
    return [f"{', '.join(wrong)} differ from the gateway endpoint, models and limits of the request"] if wrong else []


def _workspace(obj: Obj, spec: Obj, team: _Team) -> list[str]:
    found = []
    if KAITO_ENABLE_LB in str(obj["metadata"].get("annotations", {})):
        found.append("workspace on a public load balancer")
    sizes = {m.instance_type for m in team.request.kaito_models}
    resource = obj.get("resource") or {}
    if resource.get("instanceType") not in sizes:
        found.append(f"a node of {shown(resource.get('instanceType'))}, not of one of the request's GPU sizes")
    # Deprecated in v1beta1 and computed by KAITO; a count set would ask for nodes the quota does not count.
    if "count" in resource:
        found.append(f"resource.count {shown(resource.get('count'))}: the deprecated node count is KAITO's to compute, never set")
    return found


def _ingress(obj: Obj, spec: Obj, team: _Team) -> list[str]:
    allowed = (obj["metadata"].get("annotations") or {}).get(INGRESS_SOURCE_RANGE)
    return [] if allowed == team.platform.apim_subnet_cidr else [f"ingress open to {shown(allowed)}, not only the gateway's subnet"]


def _backend(obj: Obj, spec: Obj, team: _Team) -> list[str]:
    inside = f"http://{team.platform.aks.ingress_private_ip}/{team.names.team}/"
    found = [] if str(spec.get("url")).startswith(inside) else [f"url {shown(spec.get('url'))} is not the team's route on the internal ingress"]
    return found + ([] if spec.get("owner") == {"armId": team.platform.apim_service_id} else ["owner is not the platform's APIM service"])


def _monitor(obj: Obj, spec: Obj, team: _Team) -> list[str]:
    # A PodMonitor or ServiceMonitor lists the namespaces it discovers targets in; `any: true` or
    # another team's namespace would scrape that team's pods into this team's labels. Its `team`
    # label is the team's, set as a fixed value (a source label or the scraped metric's own label,
    # `honorLabels`, could carry another team's into alerts and the dashboard).
    found = []
    if spec.get("namespaceSelector") != {"matchNames": [team.names.namespace]}:
        found.append(f"discovers targets beyond its team's namespace (namespaceSelector {shown(spec.get('namespaceSelector'))}, not matchNames [{team.names.namespace}])")
    endpoints = spec.get("podMetricsEndpoints", spec.get("endpoints")) or []
    for endpoint in endpoints if isinstance(endpoints, list) else [endpoints]:
        endpoint = endpoint if isinstance(endpoint, dict) else {}
        if endpoint.get("honorLabels"):
            found.append("honorLabels: a scraped series would keep its own team label")
        for relabeling in [*(endpoint.get("relabelings") or []), *(endpoint.get("metricRelabelings") or [])]:
            relabeling = relabeling if isinstance(relabeling, dict) else {}
            if relabeling.get("targetLabel") == METRIC_TEAM_LABEL and (
                relabeling.get("replacement") != team.names.team or relabeling.get("sourceLabels") or relabeling.get("action", "replace").lower() != "replace"
            ):
                found.append(f"sets the {METRIC_TEAM_LABEL} label to something else than {team.names.team}")
    return found


_KIND_RULES = {
    "Subscription": _subscription,
    "RoleAssignment": _role_assignment,
    "Role": _role,
    "RoleBinding": _role_binding,
    "ProductPolicy": _product_policy,
    "ConfigMap": _config_map,
    "Workspace": _workspace,
    "Ingress": _ingress,
    "Backend": _backend,
    "PodMonitor": _monitor,
    "ServiceMonitor": _monitor,
}


def _workspace_violations(objects: list[Obj], platform: PlatformConfig) -> list[str]:
    """Every workspace's pods admit only the ingress controller."""
    only_ingress = [{"from": [{"namespaceSelector": {"matchLabels": {NAMESPACE_NAME_LABEL: platform.aks.ingress_namespace}}}]}]
    guarded = {
        o["spec"]["podSelector"]["matchLabels"].get(KAITO_WORKSPACE_LABEL)
        for o in objects
        if _kind(o) == "NetworkPolicy" and o["spec"].get("ingress") == only_ingress and o["spec"]["policyTypes"] == ["Ingress"]
    }
    return [f"Workspace/{o['metadata']['name']}: no NetworkPolicy admitting only the ingress" for o in objects if _kind(o) == "Workspace" and o["metadata"]["name"] not in guarded]


def _project_violations(project: Obj, objects: list[Obj], names: TeamNames) -> list[str]:
    spec = project["spec"]
    found = []
    if [d["namespace"] for d in spec["destinations"]] != [names.namespace]:
        found.append(f"AppProject destinations {spec['destinations']} are not only {names.namespace}")
    if spec["clusterResourceWhitelist"] != [{"group": "", "kind": "Namespace", "name": names.namespace}]:
        found.append("AppProject allows cluster-scoped kinds beyond its own namespace")
    in_folder = {(_group(o["apiVersion"]), o["kind"]) for o in objects if o["kind"] != "Namespace"}
    allowed = {(k["group"], k["kind"]) for k in spec["namespaceResourceWhitelist"]}
    if allowed != in_folder or any("*" in g + k for g, k in allowed):
        found.append(f"AppProject kinds {sorted(allowed)} differ from the folder's {sorted(in_folder)}")
    return found


def _guarded(rule: Any, *args: Any) -> list[str]:
    """`rule(*args)`, with a shape it does not expect (a missing field, a list for a map) as a broken rule."""
    try:
        return rule(*args)
    except Exception as error:  # an extension can leave any shape behind: a finding, never a traceback
        return [f"cannot be checked: {type(error).__name__}: {shown_name(str(error))}"]


def _where(obj: Any) -> str:
    metadata = obj.get("metadata") if isinstance(obj, dict) else None
    return f"{shown_name(str(_kind(obj)))}/{shown_name(str((metadata or {}).get('name') if isinstance(metadata, dict) else None))}"


def _kind(obj: Any) -> Any:
    return obj.get("kind") if isinstance(obj, dict) else None


def _walk(node: Any, keys: list[Any], strings: list[str]) -> None:
    """Add every map key below `node` to `keys`, and every string (keys included) to `strings`."""
    # Exact types: what synth checks came from JSON (plain dicts, lists and strings), and this runs
    # on every value of every team.
    if type(node) is dict:
        keys.extend(node)
        strings.extend(key for key in node if type(key) is str)
        values = node.values()
    elif type(node) is list:
        values = node
    else:
        return
    for value in values:
        kind = type(value)
        if kind is str:
            strings.append(value)
        elif kind is dict or kind is list:
            _walk(value, keys, strings)


def _group(api_version: str) -> str:
    return api_version.split("/")[0] if "/" in api_version else ""
