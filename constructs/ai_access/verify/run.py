"""`main.py verify --team T`: the Kubernetes, Foundry, metrics and gateway checks of one team, in that order.

The CLI gathers the inputs (the kubeconfig path and whether this runs in a pod); this module reads
the team's folder, runs the checks and prints them with `Reporter`. A failing check never stops
the ones after it; each says why it failed or was skipped. The gateway is called where the
synthesized folder says (or `--endpoint`), with the folder's key header and models: what the
cluster serves is compared with the folder, never followed (`key_safety`).
"""

from __future__ import annotations

from typing import TextIO

from ai_access import exit_codes
from ai_access.apim.headers import SUBSCRIPTION_KEY_HEADER
from ai_access.models.platform import PlatformConfig
from ai_access.names.team import ENDPOINT_CONFIGMAP
from ai_access.problems import shown_name
from ai_access.verify.burst import SUBJECT as BURST_SUBJECT
from ai_access.verify.burst import run_burst
from ai_access.verify.cluster_checks import ClusterFindings, check_cluster
from ai_access.verify.foundry import foundry_check
from ai_access.verify.gateway import AREA as GATEWAY
from ai_access.verify.gateway import GatewayClient, GatewayTarget, check_gateway, plan_line
from ai_access.verify.key_path import key_path_check
from ai_access.verify.key_safety import endpoint_problem, header_name_problem, is_https, redacted
from ai_access.verify.kube import connect
from ai_access.verify.metrics import dashboard_link, dashboard_note, metrics_checks
from ai_access.verify.output import Reporter
from ai_access.verify.results import Check, failed, skipped
from ai_access.verify.server_data import whole_number
from ai_access.verify.team_folder import TeamFolder, TeamFolderError, load_team_folder

NOT_IN_CATALOG = "not-a-catalog-model"
SHOWN_MODELS = 5
"""How many of the folder's unknown models a line names."""


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
    if endpoint is not None and (problem := endpoint_problem(endpoint)):
        print(f"verify: --endpoint {redacted(endpoint)!r} {problem}", file=err)
        return exit_codes.USAGE
    reporter = Reporter(team, fmt, out, err)
    findings = check_cluster(
        folder, lambda: connect(context=context, kubeconfig=kubeconfig, in_cluster=in_cluster, timeout=timeout), reporter
    )
    reporter.check(key_path_check(folder, findings, platform))
    reporter.check(foundry_check(folder, findings, str(platform.azure.tenant_id)))
    for check in metrics_checks(folder, findings):
        reporter.check(check)
    reporter.note(dashboard_note(team, dashboard_link(workbook_id=platform.workbook_id, tenant_id=str(platform.azure.tenant_id))))
    gateway_subjects = ("call without a key", "models", *([BURST_SUBJECT] if burst else []))
    target, problems = gateway_target(folder, findings, endpoint, platform)
    for check in problems:
        reporter.check(check)
    if target is None:
        why = "no usable endpoint (see above)" if problems else f"no endpoint: ConfigMap {ENDPOINT_CONFIGMAP} gives none; pass --endpoint"
        for subject in gateway_subjects:
            reporter.check(skipped(GATEWAY, subject, why))
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


def gateway_target(
    folder: TeamFolder, findings: ClusterFindings, endpoint: str | None, platform: PlatformConfig
) -> tuple[GatewayTarget | None, list[Check]]:
    """How to call the gateway, from the synthesized folder (the URL from `--endpoint` when given), and the checks that failed on the way.

    None when there is no endpoint to call. The key is kept only when it may be sent: over https,
    in a header that is a header name.
    """
    data = folder.endpoint_data
    url = endpoint or data.get("endpoint")
    source = "--endpoint" if endpoint else f"the synthesized {ENDPOINT_CONFIGMAP} of dist/teams/{folder.team}/"
    if not url:
        return None, []
    if problem := endpoint_problem(url):
        return None, [failed(GATEWAY, "endpoint", f"{redacted(url)!r} ({source}) {problem}: nothing is sent")]
    problems = []
    key, no_key = findings.key, findings.no_key
    header = data.get("keyHeader") or SUBSCRIPTION_KEY_HEADER
    sendable = True
    if problem := header_name_problem(header):
        problems.append(failed(GATEWAY, "key header", f"the folder's keyHeader {problem}: the key is not sent"))
        key, no_key, sendable = None, "the folder's keyHeader is not a header name (see above)", False
    if not is_https(url):
        problems.append(failed(GATEWAY, "endpoint", f"{redacted(url)} ({source}) is plain http: the key is sent only over https, so the calls that need it are not made"))
        key, no_key, sendable = None, "the endpoint is plain http: the key is sent only over https (see above)", False
    catalog = [*platform.foundry.models, *platform.kaito_presets]
    listed = [m for m in (data.get("models") or "").split(",") if m]
    models = [m for m in dict.fromkeys(listed) if m in catalog]
    unknown = [m for m in dict.fromkeys(listed) if m not in catalog]
    if unknown:
        named = ", ".join(shown_name(m) for m in unknown[:SHOWN_MODELS]) + (", ..." if len(unknown) > SHOWN_MODELS else "")
        problems.append(failed(GATEWAY, "models", f"the folder lists {len(unknown)} model(s) the platform's catalog does not have ({named}): not called"))
    return GatewayTarget(
        endpoint=url,
        shown_endpoint=redacted(url),
        endpoint_source=source,
        key_header=header,
        key=key,
        no_key=no_key,
        models=models,
        other_model=next((m for m in catalog if m not in models), NOT_IN_CATALOG),
        tokens_per_minute=whole_number(data.get("tokensPerMinute")),
        daily_token_quota=whole_number(data.get("dailyTokenQuota")),
        policy=findings.live_policy or folder.policy,
        refusal=folder.policy.refusal if folder.policy else None,
        kaito_models=folder.kaito_models,
        max_tokens_per_minute=platform.team_limits.max_tokens_per_minute,
        previous_key=findings.previous_key if sendable and key else None,
        previous_key_until=data.get("previousKeyWorksUntil"),
        stale_previous_key=findings.stale_previous_key if sendable and key else None,
    ), problems
