"""The Kubernetes half of verify: every object of the team's folder, the key Secret and the endpoint.

One check per object: it exists in the team's namespace, and ASO and KAITO kinds report ready. The
endpoint ConfigMap must hold what the folder says (else ArgoCD has not synced the latest commit);
the gateway checks use the folder's values either way. The live ProductPolicy must be the XML synth
writes. The key Secret must be readable by the caller, or the line says that only the team's group
may read it, which is the intended RBAC; a key that HTTP cannot carry unchanged (blank, non-ASCII,
control characters) is a failure, never printed. A read the caller may not do is skipped, not
failed: a team member may read only the Secret and the ConfigMaps. Once the API server is
unreachable, the remaining objects are skipped with that reason rather than each waiting for its
own timeout. Whatever shape an answer has, it ends as one line.

After a key rotation the Secret `ai-gateway-key-previous` is read too: during the overlap it must
hold the previous key (the gateway checks then call with it), and after it it must be gone, or,
while ASO has not removed it yet, its key must be refused (docs/lifecycle.md).
"""

from __future__ import annotations

import base64
import binascii
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

from ai_access.names.team import ENDPOINT_CONFIGMAP, KEY_SECRET, PREVIOUS_KEY_SECRET
from ai_access.verify.key_safety import key_problem
from ai_access.verify.kube import MAX_BODY_BYTES, RETRIES, Cluster, ClusterConfigError, ReadError
from ai_access.verify.output import Reporter
from ai_access.verify.readiness import aso_ready, subscription_state, workspace_ready
from ai_access.verify.results import Check, Status, failed, ok, skipped
from ai_access.verify.server_data import mapping
from ai_access.verify.team_folder import ObjectRef, PolicyError, PolicyFacts, TeamFolder, policy_facts

AREA = "kubernetes"
METRICS = "metrics"
KEY_FIELD = "primaryKey"
"""The Secret key ASO writes the subscription's primary key to (operatorSpec.secrets.primaryKey)."""


@dataclass
class ClusterFindings:
    """What the cluster said, for the gateway and Foundry checks that follow."""

    objects: dict[tuple[str, str], dict[str, Any]] = field(default_factory=dict)
    """Objects read, by (kind, name)."""
    results: dict[tuple[str, str], str] = field(default_factory=dict)
    """How each object's check ended ('ok', 'failed', 'skipped'), by (kind, name)."""
    endpoint_data: dict[str, Any] | None = None
    """The live ConfigMap `ai-gateway-endpoint`, when it could be read: compared with the folder, never used to call."""
    live_policy: PolicyFacts | None = None
    """The live ProductPolicy's facts, when it could be read and is the XML synth writes."""
    key: str | None = None
    no_key: str = "the key Secret was not read"
    """Why there is no key, when there is none."""
    monitored_pods: dict[str, list[dict[str, Any]] | Check] = field(default_factory=dict)
    """By PodMonitor name: the pods its selector matches in its namespace, or the check saying why they were not listed."""
    previous_key: str | None = None
    """During a rotation's overlap: the previous key, which must still work."""
    stale_previous_key: str | None = None
    """After a rotation's overlap: a previous key still readable (ASO has not removed it yet), which must be refused."""


def check_cluster(folder: TeamFolder, connect: Callable[[], Cluster], reporter: Reporter) -> ClusterFindings:
    """Read every object of the folder and the key Secret, reporting one check each."""
    findings = ClusterFindings()
    refs = sorted((ref for ref, _ in folder.objects), key=lambda r: r.kind != "Namespace")
    secret = ObjectRef("v1", "Secret", folder.endpoint_data.get("keySecret", KEY_SECRET), folder.namespace)
    previous = ObjectRef("v1", "Secret", PREVIOUS_KEY_SECRET, folder.namespace)
    secrets = [secret, *([previous] if folder.in_overlap or folder.rotated else [])]
    try:
        cluster = connect()
    except ClusterConfigError as error:
        reporter.check(failed(AREA, "cluster", str(error), environment=True))
        _skip_all(reporter, findings, [*refs, *secrets], "no cluster to read from (see above)")
        findings.no_key = "no cluster to read the key from"
        return findings
    reporter.note(
        f"kubernetes: reading {len(refs) + len(secrets)} objects in namespace {folder.namespace} through {cluster.target.server} "
        f"as {cluster.target.description}; each request must end within {cluster.timeout:g} s and is read up to {MAX_BODY_BYTES >> 20} MiB, no redirect is followed, "
        f"connection failures are retried {RETRIES} times"
    )
    try:
        for position, ref in enumerate([*refs, *secrets]):
            try:
                obj = cluster.read(ref)
            except ReadError as error:
                if ref is previous and not folder.in_overlap and error.reason == "not-found":
                    _record(reporter, findings, ref, ok(AREA, ref.label, "gone, as it must be once the rotation's overlap is over"))
                    continue
                _report_error(reporter, findings, ref, error, folder)
                if error.environment:
                    rest = [*refs, *secrets][position + 1:]
                    _skip_all(reporter, findings, rest, "the API server did not answer or refused the credentials (see above)")
                    findings.no_key = "the key Secret could not be read (see above)"
                    break
                continue
            findings.objects[(ref.kind, ref.name)] = obj
            if ref is secret:
                findings.key = _check_secret(reporter, findings, ref, obj)
            elif ref is previous:
                _check_previous(reporter, findings, ref, obj, during_overlap=folder.in_overlap)
            else:
                _check_object(reporter, findings, ref, obj, folder)
        else:
            _list_monitored_pods(cluster, findings, folder)
    finally:
        cluster.close()
    return findings


def _list_monitored_pods(cluster: Cluster, findings: ClusterFindings, folder: TeamFolder) -> None:
    """The pods each PodMonitor selects, by the selector the cluster holds (the folder's when it could not be read)."""
    for ref, written in folder.find("PodMonitor"):
        what = f"PodMonitor {ref.name}"
        if findings.results.get((ref.kind, ref.name)) != "ok":
            findings.monitored_pods[ref.name] = Check(METRICS, what, Status.SKIPPED, "not read or not found (see its line above)")
            continue
        spec = mapping(findings.objects.get((ref.kind, ref.name), written).get("spec"))
        selector = mapping(spec.get("selector"))
        labels = mapping(selector.get("matchLabels"))
        if selector.get("matchExpressions") or not labels or not all(isinstance(v, str) for v in labels.values()):
            findings.monitored_pods[ref.name] = Check(METRICS, what, Status.FAILED, "its selector is not the matchLabels synth writes (ArgoCD has not synced it?)")
            continue
        try:
            pods = cluster.list(ObjectRef("v1", "Pod", "", folder.namespace), ",".join(f"{key}={value}" for key, value in sorted(labels.items())))
        except ReadError as error:
            status = Status.SKIPPED if error.reason == "forbidden" else Status.FAILED
            findings.monitored_pods[ref.name] = Check(METRICS, what, status, f"its pods could not be listed: {error}", environment=error.environment)
            continue
        findings.monitored_pods[ref.name] = pods


def _check_object(reporter: Reporter, findings: ClusterFindings, ref: ObjectRef, obj: dict[str, Any], folder: TeamFolder) -> None:
    ready, why = True, "exists"
    if ref.group.endswith(".azure.com"):
        ready, why = aso_ready(obj)
        state = subscription_state(obj) if ref.kind == "Subscription" else "active"
        if state != "active":
            refused = f"state {state}: the gateway refuses its key (an expired request is suspended: extend expiresOn)"
            why = refused if ready else f"{refused}; {why}"
            ready = False
    elif ref.group == "kaito.sh" and ref.kind == "Workspace":
        ready, why = workspace_ready(obj)
    problem = None
    if ref.kind == "ConfigMap" and ref.name == ENDPOINT_CONFIGMAP:
        problem = _endpoint_problem(findings, obj, folder)
    elif ref.kind == "ProductPolicy":
        problem = _policy_problem(findings, obj)
    if problem:
        ready, why = False, problem if ready else f"{problem}; {why}"
    _record(reporter, findings, ref, ok(AREA, ref.label, why) if ready else failed(AREA, ref.label, why))


def _endpoint_problem(findings: ClusterFindings, obj: dict[str, Any], folder: TeamFolder) -> str | None:
    findings.endpoint_data = live = mapping(obj.get("data"))
    differing = sorted(str(k) for k in {*folder.endpoint_data, *live} if folder.endpoint_data.get(k) != live.get(k))
    if not differing:
        return None
    named = ", ".join(differing[:10]) + (f" and {len(differing) - 10} more" if len(differing) > 10 else "")
    return f"differs from the synthesized folder in {named}: ArgoCD has not synced the latest commit yet (the gateway checks use the folder's values)"


def _policy_problem(findings: ClusterFindings, obj: dict[str, Any]) -> str | None:
    try:
        findings.live_policy = policy_facts(mapping(obj.get("spec")).get("value"))
    except PolicyError as error:
        return f"its spec.value {error}: not the policy synth writes"
    return None


def _check_secret(reporter: Reporter, findings: ClusterFindings, ref: ObjectRef, obj: dict[str, Any], *, main: bool = True) -> str | None:
    """The key a Secret holds, reporting its check; None (and why, for the team's key) when it holds no usable one."""
    encoded = mapping(obj.get("data")).get(KEY_FIELD)
    if not encoded:
        if main:
            findings.no_key = f"Secret {ref.name} has no {KEY_FIELD}"
        _record(reporter, findings, ref, failed(AREA, ref.label, f"exists but holds no {KEY_FIELD}: ASO has not written the subscription's keys"))
        return None
    try:
        key = base64.b64decode(encoded, validate=True).decode().strip() if isinstance(encoded, str) else None
    except (binascii.Error, ValueError):
        key = None
    problem = "is not base64 text" if key is None else key_problem(key)
    if problem:
        if main:
            findings.no_key = f"Secret {ref.name}: its {KEY_FIELD} {problem}"
        _record(reporter, findings, ref, failed(AREA, ref.label, f"its {KEY_FIELD} {problem}; checks that need the key are skipped"))
        return None
    _record(reporter, findings, ref, ok(AREA, ref.label, f"exists; {KEY_FIELD} readable by this caller"))
    return key


def _check_previous(reporter: Reporter, findings: ClusterFindings, ref: ObjectRef, obj: dict[str, Any], *, during_overlap: bool) -> None:
    key = _check_secret(reporter, findings, ref, obj, main=False)
    if during_overlap:
        findings.previous_key = key
    else:
        findings.stale_previous_key = key  # the overlap is over: ASO removes it with its subscription


def _report_error(reporter: Reporter, findings: ClusterFindings, ref: ObjectRef, error: ReadError, folder: TeamFolder) -> None:
    message = str(error)
    main = ref.kind == "Secret" and ref.name != PREVIOUS_KEY_SECRET
    if main:
        findings.no_key = f"Secret {ref.name} could not be read"
    if error.reason == "forbidden" and ref.kind == "Secret":
        groups = ", ".join(folder.key_reader_groups)
        who = f"only members of the team's Entra group ({groups})" if groups else "nobody (the request names no entraGroupId)"
        if main:
            findings.no_key = f"this caller may not read Secret {ref.name}"
        check = skipped(AREA, ref.label, f"{message}: {who} may read it, which is the intended RBAC; checks that need the key are skipped")
    elif error.reason == "forbidden":
        check = skipped(AREA, ref.label, f"this caller may not read it: {message}")
    elif error.reason == "not-found":
        hint = "ASO writes it once the Subscription is Ready" if ref.kind == "Secret" else "ArgoCD has not applied it (is the team's Application synced?)"
        check = failed(AREA, ref.label, f"not found in {ref.namespace or 'the cluster'}: {hint}")
    else:
        check = failed(AREA, ref.label, message, environment=error.environment)
    _record(reporter, findings, ref, check)


def _record(reporter: Reporter, findings: ClusterFindings, ref: ObjectRef, check: Check) -> None:
    findings.results[(ref.kind, ref.name)] = check.status.value
    reporter.check(check)


def _skip_all(reporter: Reporter, findings: ClusterFindings, refs: list[ObjectRef], why: str) -> None:
    for ref in refs:
        _record(reporter, findings, ref, skipped(AREA, ref.label, why))
