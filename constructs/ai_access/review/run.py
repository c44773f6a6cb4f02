"""`main.py plan`: fetch the base, synthesize the head, compare, render, and guard mass deletions."""

from __future__ import annotations

import os
import tempfile
from collections.abc import Callable
from datetime import date
from typing import TextIO

from ai_access.loading.platform_file import PlatformConfigError, load_platform
from ai_access.models.platform import PlatformConfig
from ai_access.review.git_base import GitBaseError, export_paths
from ai_access.review.plan import build_plan
from ai_access.review.render import render_markdown, render_text
from ai_access.validation.baseline import Baseline, baseline_at_base
from ai_access.validation.requests import ValidationReport, validate_requests


def run_plan(
    *,
    base_ref: str,
    requests_dir: str,
    platform_file: str,
    dist_dir: str,
    platform: PlatformConfig,
    check_head: Callable[[Baseline], ValidationReport],
    today: date,
    markdown: bool,
    max_deletions: int,
    out: TextIO,
    err: TextIO,
) -> int:
    """Print the plan of the working tree against `base_ref`; 1 when it deletes too many teams.

    `check_head` validates the working tree's requests against the base (and prints the problems).
    """
    with tempfile.TemporaryDirectory(prefix="plan-") as scratch:
        try:
            exported = export_paths(base_ref, [requests_dir, platform_file, dist_dir], os.path.join(scratch, "base"))
        except GitBaseError as error:
            print(f"plan: {error}", file=err)
            return 2
        base_platform = platform
        if exported[platform_file]:
            try:
                base_platform = load_platform(exported[platform_file] or "")
            except PlatformConfigError:
                print(f"plan: {platform_file} at {base_ref} is invalid; reading the base with the current one", file=err)
        base_requests = []
        if exported[requests_dir]:
            base = validate_requests(exported[requests_dir] or "", base_platform, today=today)
            base_requests = [loaded.request for loaded in base.requests]
            if not base.ok:
                print(f"plan: some requests at {base_ref} are invalid and count as absent there", file=err)
        head = check_head(baseline_at_base(exported[requests_dir], exported[dist_dir], base_requests))
        if not head.ok:
            return 1
        head_dist = os.path.join(scratch, "head")
        from ai_access.gitops.synth import synth_gitops  # jsii starts in the processes that build

        synth_gitops([loaded.request for loaded in head.requests], platform, head_dist, today=today)
        plan = build_plan(
            base_requests,
            [loaded.request for loaded in head.requests],
            platform,
            base_files=_team_files(exported[dist_dir]),
            head_files=_team_files(head_dist),
            base_platform_files=_platform_files(exported[dist_dir]),
            head_platform_files=_platform_files(head_dist),
        )
    print((render_markdown if markdown else render_text)(plan, base_ref), file=out, end="")
    # A changed ApplicationSet (generator path, repository, revision) can make ArgoCD regenerate
    # or prune every team's Application at once: as dangerous as deleting them all.
    at_risk = len(base_requests) if plan.application_set_changed else len(plan.deletions)
    if at_risk > max_deletions:
        reason = "the ApplicationSet changes, which touches every team" if plan.application_set_changed else "teams would lose access"
        print(
            f"plan: mass deletion: {at_risk} teams at risk, {reason} (limit {max_deletions}); "
            "if this is intended, rerun with --max-deletions to confirm",
            file=err,
        )
        return 1
    return 0


def _platform_files(dist: str | None) -> dict[str, str]:
    return {
        f"{folder}/{name}": text
        for folder in ("argocd", "bootstrap")
        for name, text in _folder_files(os.path.join(dist, folder) if dist else None).items()
    }


def _team_files(dist: str | None) -> dict[str, dict[str, str]]:
    root = os.path.join(dist, "teams") if dist else None
    teams = sorted(os.listdir(root)) if root and os.path.isdir(root) else []
    return {team: _folder_files(os.path.join(root or "", team)) for team in teams}


def _folder_files(folder: str | None) -> dict[str, str]:
    """The text of each file in `folder` by name; empty when there is no such folder."""
    if not folder or not os.path.isdir(folder):
        return {}
    found = {}
    for name in sorted(os.listdir(folder)):
        with open(os.path.join(folder, name), encoding="utf-8") as handle:
            found[name] = handle.read()
    return found
