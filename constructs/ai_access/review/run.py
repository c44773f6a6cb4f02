"""`main.py plan`: fetch the base, synthesize the head, compare, render, and guard loss of access."""

from __future__ import annotations

import os
import shutil
import tempfile
from collections.abc import Callable
from datetime import date
from typing import TextIO

from ai_access.exit_codes import ENVIRONMENT, INVALID, OK
from ai_access.gitops.extensions import SynthStopped
from ai_access.gitops.output import STAGING
from ai_access.loading.platform_file import PlatformConfigError, fragment_files, load_platform
from ai_access.loading.request_files import REQUEST_FILE
from ai_access.models.platform import PlatformConfig
from ai_access.models.request import DNS_LABEL
from ai_access.review.git_base import GitBaseError, export_paths, shown
from ai_access.review.plan import Plan, build_plan
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
    """Print the plan of the working tree against `base_ref`; exit code per `ai_access.exit_codes`.

    `check_head` validates the working tree's requests against the base (and prints the problems).
    INVALID when they are invalid or more than `max_deletions` teams would lose access, ENVIRONMENT
    when the base cannot be read or holds what this tool never writes (a symlink out of the
    repository, a folder where a file belongs, bytes that are not UTF-8).
    """
    with tempfile.TemporaryDirectory(prefix="plan-") as scratch:
        base_root = os.path.join(scratch, "base")
        at_base = f"at {base_ref}"
        try:
            exported = export_paths(base_ref, [requests_dir, platform_file, dist_dir], base_root)
            outside = None
            if exported[platform_file]:
                _export_link_targets(base_ref, platform_file, exported[platform_file] or "", base_root)
                _read_text(exported[platform_file] or "", base_root, at_base, links=True)
                outside = _export_fragments(base_ref, platform_file, exported[platform_file] or "", base_root)
            if exported[requests_dir]:
                _check_requests(exported[requests_dir] or "", base_root, at_base)
            base_files = _team_files(exported[dist_dir], base_root, at_base)
            base_platform_files = _platform_files(exported[dist_dir], base_root, at_base)
        except GitBaseError as error:
            print(f"plan: {error}", file=err)
            return ENVIRONMENT
        base_platform = platform
        if outside:
            print(f"plan: {platform_file} at {base_ref} names a policy fragment outside the repository ({shown(outside)}); reading the base with the current one", file=err)
        elif exported[platform_file]:
            try:
                base_platform = load_platform(exported[platform_file] or "")
            except PlatformConfigError:
                print(f"plan: {platform_file} at {base_ref} is invalid; reading the base with the current one", file=err)
        base_requests = []
        if exported[requests_dir]:
            try:
                base = validate_requests(exported[requests_dir] or "", base_platform, today=today)
            except (OSError, UnicodeError) as error:  # what the checks above did not foresee
                print(f"plan: cannot read {requests_dir} {at_base}: {error}", file=err)
                return ENVIRONMENT
            base_requests = [loaded.request for loaded in base.requests]
            if not base.ok:
                print(f"plan: some requests at {base_ref} are invalid; their teams are judged by {dist_dir}/teams there", file=err)
        head = check_head(baseline_at_base(exported[requests_dir], exported[dist_dir], base_requests))
        if not head.ok:
            return INVALID
        try:
            head_dist = _synth_head([loaded.request for loaded in head.requests], platform, dist_dir, scratch, today, platform_file)
        except SynthStopped as error:  # an extension failed, or broke a rule of the output
            print(f"plan: {error}", file=err)
            return error.exit_code
        plan = build_plan(
            base_requests,
            [loaded.request for loaded in head.requests],
            platform,
            base_files=base_files,
            head_files=_team_files(head_dist, scratch, "in the head"),
            base_platform_files=base_platform_files,
            head_platform_files=_platform_files(head_dist, scratch, "in the head"),
            today=today,
            base_platform=base_platform,
        )
    print((render_markdown if markdown else render_text)(plan, base_ref), file=out, end="")
    return _guard(plan, max_deletions, err)


def _export_link_targets(base_ref: str, path: str, copy: str, base_root: str) -> None:
    """When the base's file at `path` (unpacked at `copy`) is a link, unpack what it leads to, as a checkout has it.

    Every link was checked to stay within the repository when it was unpacked; a chain ends after 8.
    """
    for _ in range(8):
        if not os.path.islink(copy):
            return
        link = os.readlink(copy)
        copy, path = os.path.join(os.path.dirname(copy), link), os.path.join(os.path.dirname(path), link)
        if not os.path.lexists(copy):
            export_paths(base_ref, [path], base_root)


def _export_fragments(base_ref: str, platform_file: str, copy: str, base_root: str) -> str | None:
    """Unpack the policy fragments the base's platform file names, beside its copy, as in a checkout.

    Returns the first name that leads out of the repository (absolute, or `..` past its top), and
    then unpacks nothing: the base's platform is not loaded, so nothing outside the base is read.
    A fragment that is missing, a folder or not UTF-8 at the base is left to `load_platform`.
    """
    names = fragment_files(copy)
    folder = os.path.dirname(os.path.relpath(copy, base_root))  # the platform file's folder in the repository
    for name in names:
        inside = os.path.normpath(os.path.join(folder, name))
        if os.path.isabs(name) or inside == ".." or inside.startswith(".." + os.sep):
            return name
    if names:
        export_paths(base_ref, [os.path.join(os.path.dirname(platform_file), name) for name in names], base_root)
    return None


def _synth_head(requests: list, platform: PlatformConfig, dist_dir: str, scratch: str, today: date, platform_file: str) -> str:
    """The head synthesized into `scratch`, starting from a copy of the working tree's output.

    The copy's synth index lets synth build only the teams whose inputs it has no output for; a copy
    synth cannot trust (a file it did not write) is dropped and everything is built.
    """
    from ai_access.gitops.output import OutputFolderError
    from ai_access.gitops.synth import synth_gitops  # jsii starts in the processes that build

    head_dist = os.path.join(scratch, "head")
    if os.path.isdir(dist_dir):
        shutil.copytree(dist_dir, head_dist, symlinks=True, ignore=shutil.ignore_patterns(STAGING))
    folder = os.path.dirname(os.path.abspath(platform_file))  # extensions load from beside it, as synth's do
    try:
        synth_gitops(requests, platform, head_dist, today=today, extension_folder=folder)
    except OutputFolderError:
        shutil.rmtree(head_dist)
        synth_gitops(requests, platform, head_dist, today=today, extension_folder=folder)
    return head_dist


def _guard(plan: Plan, max_deletions: int, err: TextIO) -> int:
    # A changed ApplicationSet (generator path, repository, revision) can make ArgoCD regenerate
    # or prune every team's Application at once: as dangerous as deleting them all.
    at_risk = plan.teams_at_base if plan.application_set_changed else len(plan.losing_access)
    if at_risk <= max_deletions:
        return OK
    if plan.application_set_changed:
        reason = "the ApplicationSet changes, which touches every team"
    else:
        names = [team.team for team in plan.losing_access]
        more = f" and {len(names) - 10} more" if len(names) > 10 else ""
        reason = f"teams would lose access ({', '.join(names[:10])}{more})"
    print(
        f"plan: mass deletion: {at_risk} teams at risk, {reason} (limit {max_deletions}); "
        "if this is intended, rerun with --max-deletions to confirm",
        file=err,
    )
    return INVALID


def _check_requests(folder: str, root: str, where: str) -> None:
    """Refuse a request file at the base that is not a UTF-8 file; validation judges the rest."""
    for team in _entries(folder, root, where):
        request = os.path.join(folder, team, REQUEST_FILE)
        if not team.startswith(".") and os.path.isdir(os.path.join(folder, team)) and os.path.lexists(request):
            _read_text(request, root, where, links=True)


def _platform_files(dist: str | None, root: str, where: str) -> dict[str, str]:
    return {
        f"{folder}/{name}": text
        for folder in ("argocd", "bootstrap")
        for name, text in _folder_files(os.path.join(dist, folder) if dist else None, root, where).items()
    }


def _team_files(dist: str | None, root: str, where: str) -> dict[str, dict[str, str]]:
    folder = os.path.join(dist, "teams") if dist else None
    teams = _entries(folder, root, where)
    for team in teams:
        if not DNS_LABEL.fullmatch(team):
            raise GitBaseError(f"{_shown(os.path.join(folder or '', team), root)} {where}: not a team folder synth writes")
    return {team: _folder_files(os.path.join(folder or "", team), root, where) for team in teams}


def _folder_files(folder: str | None, root: str, where: str) -> dict[str, str]:
    """The text of each file in `folder` by name; empty when there is no such folder."""
    return {name: _read_text(os.path.join(folder or "", name), root, where) for name in _entries(folder, root, where)}


def _entries(folder: str | None, root: str, where: str) -> list[str]:
    """The names in `folder`, which must be a real folder when it exists."""
    if not folder or not os.path.lexists(folder):
        return []
    if os.path.islink(folder) or not os.path.isdir(folder):
        raise GitBaseError(f"{_shown(folder, root)} {where}: a folder belongs here")
    names = sorted(os.listdir(folder))
    for name in names:
        if not name.isprintable():  # control characters, or bytes that are not UTF-8
            raise GitBaseError(f"{_shown(os.path.join(folder, name), root)} {where}: a name that is not printable UTF-8 text")
    return names


def _read_text(path: str, root: str, where: str, *, links: bool = False) -> str:
    """The UTF-8 text of the regular file at `path` (through a symlink only with `links`)."""
    if (os.path.islink(path) and not links) or not os.path.isfile(path):
        raise GitBaseError(f"{_shown(path, root)} {where}: a file belongs here")
    with open(path, "rb") as handle:
        raw = handle.read()
    try:
        return raw.decode("utf-8")
    except UnicodeDecodeError as error:
        raise GitBaseError(f"{_shown(path, root)} {where}: not UTF-8 text (byte {error.start})") from None


def _shown(path: str, root: str) -> str:
    return shown(os.path.relpath(path, root))
