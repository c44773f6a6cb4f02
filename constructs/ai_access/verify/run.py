"""`main.py verify --team T`: the Kubernetes, Foundry and gateway checks of one team, in that order.

The CLI gathers the inputs (the kubeconfig path and whether this runs in a pod); this module reads
the team's folder, runs the checks and prints them with `Reporter`. A failing check never stops
the ones after it; each says why it failed or was skipped.
"""

from __future__ import annotations

from typing import TextIO

from ai_access import exit_codes
from ai_access.models.platform import PlatformConfig
from ai_access.naming import ENDPOINT_CONFIGMAP
from ai_access.verify.burst import SUBJECT as BURST_SUBJECT
from ai_access.verify.burst import run_burst
from ai_access.verify.cluster_checks import ClusterFindings, check_cluster
from ai_access.verify.foundry import foundry_check
from ai_access.verify.gateway import AREA as GATEWAY, GatewayClient, GatewayTarget, check_gateway, plan_line
from ai_access.verify.kube import connect
from ai_access.verify.output import Reporter
from ai_access.verify.results import skipped
from ai_access.verify.team_folder import PolicyFacts, TeamFolder, TeamFolderError, load_team_folder, policy_facts

NOT_IN_CATALOG = "not-a-catalog-model"


def run_verify(
    *,
    team: str,
    dist_dir: str,
    platform: PlatformConfig,
    context: str | None,
    kubeconfig: str,
    in_cluster: bool,
    endpoint: str | None,
    burst: bool,
    timeout: float,
    fmt: str,
    out: TextIO,
    err: TextIO,
) -> int:
    """Verify one team; returns 0 when every check that ran passed, 1, 2 (usage) or 3 (environment)."""
    try:
        folder = load_team_folder(dist_dir, team)
    except TeamFolderError as error:
        print(f"verify: {error}", file=err)
        return exit_codes.USAGE
    if endpoint is not None and not endpoint.startswith(("https://", "http://")):
        print(f"verify: --endpoint {endpoint!r} is not an http(s) URL", file=err)
        return exit_codes.USAGE
    reporter = Reporter(team, fmt, out, err)
    findings = check_cluster(
        folder, lambda: connect(context=context, kubeconfig=kubeconfig, in_cluster=in_cluster, timeout=timeout), reporter
    )
    reporter.check(foundry_check(folder, findings, str(platform.azure.tenant_id)))
    target = gateway_target(folder, findings, endpoint, platform)
    if target is None:
        for subject in ("call without a key", "models", *([BURST_SUBJECT] if burst else [])):
            reporter.check(skipped(GATEWAY, subject, f"no endpoint: ConfigMap {ENDPOINT_CONFIGMAP} gives none; pass --endpoint"))
        return reporter.finish()
    reporter.note(plan_line(target, timeout))
    client = GatewayClient(target, timeout)
    try:
        answered = check_gateway(client, reporter)
        if burst:
            reporter.check(run_burst(client, answered[-1] if answered else None, reporter))
    finally:
        client.close()
    return reporter.finish()


def gateway_target(folder: TeamFolder, findings: ClusterFindings, endpoint: str | None, platform: PlatformConfig) -> GatewayTarget | None:
    """How to call the gateway: from the live ConfigMap, else the folder's copy of it; None without an endpoint."""
    live = findings.endpoint_data is not None
    data = findings.endpoint_data if live else folder.endpoint_data
    where = f"ConfigMap {folder.namespace}/{ENDPOINT_CONFIGMAP}" if live else f"the synthesized {ENDPOINT_CONFIGMAP}: the live one was not read"
    url = endpoint or data.get("endpoint")
    if not url:
        return None
    models = [m for m in (data.get("models") or "").split(",") if m]
    catalog = [*platform.foundry.models, *platform.kaito_presets]
    return GatewayTarget(
        endpoint=url,
        endpoint_source="--endpoint" if endpoint else where,
        key_header=data.get("keyHeader") or "api-key",
        key=findings.key,
        no_key=findings.no_key,
        models=models,
        other_model=next((m for m in catalog if m not in models), NOT_IN_CATALOG),
        tokens_per_minute=_whole(data.get("tokensPerMinute")),
        daily_token_quota=_whole(data.get("dailyTokenQuota")),
        policy=_live_policy(findings) or folder.policy,
        kaito_models=folder.kaito_models,
    )


def _whole(value: str | None) -> int | None:
    return int(value) if value and value.isdigit() else None


def _live_policy(findings: ClusterFindings) -> PolicyFacts | None:
    # What the gateway enforces is the policy in the cluster, when the caller may read it.
    live = next((obj for (kind, _), obj in findings.objects.items() if kind == "ProductPolicy"), None)
    value = ((live or {}).get("spec") or {}).get("value")
    return policy_facts(value) if isinstance(value, str) else None
