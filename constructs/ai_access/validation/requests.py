"""Validate every request against the platform and against each other, without starting jsii.

`validate_requests` is what `main.py validate` and `main.py synth` run first: it returns the valid
requests and every problem found, so one run shows a requester everything to fix.
"""

from __future__ import annotations

import functools
import multiprocessing
import os
import sys
from dataclasses import dataclass, field
from datetime import date, timedelta

from ai_access.loading.parsed import Locate
from ai_access.loading.platform_file import PlatformSource
from ai_access.loading.request_document import parse_request
from ai_access.loading.request_files import RequestFile, read_request_files
from ai_access.loading.yaml_source import YamlSourceError, load_yaml
from ai_access.models.platform import PlatformConfig
from ai_access.models.request import AccessRequest
from ai_access.naming import RESERVED_TEAM_NAMES, derived_name_limits, longest_catalog_name
from ai_access.problems import Problem, has_errors
from ai_access.validation.capacity import check_capacity

EXPIRY_WARNING_DAYS = 14


@dataclass(frozen=True)
class LoadedRequest:
    """A request that passed every check, with where it came from."""

    folder: str
    path: str
    request: AccessRequest


@dataclass
class ValidationReport:
    """Valid requests (sorted by team) and every problem found."""

    requests: list[LoadedRequest] = field(default_factory=list)
    problems: list[Problem] = field(default_factory=list)

    @property
    def ok(self) -> bool:
        """True when nothing is an error (warnings are allowed)."""
        return not has_errors(self.problems)


def validate_requests(
    requests_dir: str,
    platform: PlatformConfig,
    *,
    today: date | None = None,
    platform_source: PlatformSource | None = None,
) -> ValidationReport:
    """Read, parse and check every request in `requests_dir`; nothing is written."""
    files, problems = read_request_files(requests_dir)
    report = ValidationReport(problems=problems)
    candidates: list[tuple[LoadedRequest, tuple[int, str]]] = []
    for result in _check_files(files, platform, today):
        report.problems += result.problems
        if result.loaded is not None:
            candidates.append((result.loaded, result.team_location))
    report.problems += _check_across(candidates)
    failed = {p.path for p in report.problems if p.severity == "error"}
    report.requests = sorted((c for c, _ in candidates if c.path not in failed), key=lambda c: c.request.team)
    report.problems += check_capacity([loaded.request for loaded in report.requests], platform, platform_source)
    report.problems.sort(key=lambda p: (p.path, p.line, p.field))
    return report


@dataclass(frozen=True)
class _FileResult:
    """What checking one file found; plain data, so a worker process can send it back."""

    problems: list[Problem]
    loaded: LoadedRequest | None
    team_location: tuple[int, str]


# Below this many files a worker process costs more than it saves (fork, pickling the results).
PARALLEL_FROM = 300


def _check_files(files: list[RequestFile], platform: PlatformConfig, today: date | None) -> list[_FileResult]:
    check = functools.partial(_check_file, platform=platform, today=today)
    workers = min(os.cpu_count() or 1, 4)
    # fork is cheap and keeps the imported models; it is only safe before jsii starts Node.js.
    if len(files) < PARALLEL_FROM or workers < 2 or "jsii" in sys.modules or sys.platform == "win32":
        return [check(file) for file in files]
    with multiprocessing.get_context("fork").Pool(workers) as pool:
        return pool.map(check, files, chunksize=-(-len(files) // workers))


def _check_file(file: RequestFile, *, platform: PlatformConfig, today: date | None) -> _FileResult:
    try:
        document = load_yaml(file.text)
    except YamlSourceError as err:
        return _FileResult([Problem(file.path, err.line, "(document)", err.message)], None, (1, "team"))
    parsed = parse_request(document)
    found = [Problem(file.path, i.line, i.field, i.message) for i in parsed.issues]
    if parsed.request is None or parsed.locate is None:
        return _FileResult(found, None, (1, "team"))
    found += _check_request(file.folder, file.path, parsed.request, parsed.locate, platform, today)
    loaded = None if has_errors(found) else LoadedRequest(file.folder, file.path, parsed.request)
    return _FileResult(found, loaded, parsed.locate(("team",)))


def _check_request(
    folder: str,
    path: str,
    request: AccessRequest,
    locate: Locate,
    platform: PlatformConfig,
    today: date | None,
) -> list[Problem]:
    problems: list[Problem] = []

    def error(loc: tuple[str | int, ...], message: str, severity: str = "error") -> None:
        problems.append(_problem_at(path, locate, loc, message, severity))

    team = request.team
    if team in RESERVED_TEAM_NAMES:
        error(("team",), f"'{team}' is reserved (a built-in APIM product, subscription or group); choose another name")
    if team in platform.retired_teams:
        error(("team",), f"'{team}' was used by a removed team whose Foundry project is kept; choose another name")
    if team != folder:
        error(("team",), f"must equal its folder name '{folder}' (got '{team}')")
    for what, name, limit in derived_name_limits(team, longest_catalog_name(platform)):
        if len(name) > limit:
            error(("team",), f"too long: the {what} '{name}' would exceed {limit} characters")
            break
    limits = platform.team_limits
    if request.tokens_per_minute > limits.max_tokens_per_minute:
        error(("tokensPerMinute",), f"{request.tokens_per_minute} exceeds the platform's per-team maximum of {limits.max_tokens_per_minute}")
    if request.daily_token_quota > limits.max_daily_token_quota:
        error(("dailyTokenQuota",), f"{request.daily_token_quota} exceeds the platform's per-team maximum of {limits.max_daily_token_quota}")
    problems += _check_models(request, locate, platform, path)
    if request.playground_access and not request.foundry_models:
        error(("playgroundAccess",), "has no effect: the playground needs an enabled Foundry model", "warning")
    if request.entra_group_id is None:
        error(("team",), "no entraGroupId: nobody gets the Foundry project role or can read the key Secret; add the team's Entra group object id", "warning")
    if request.expires_on is not None and today is not None:
        if request.expires_on < today:
            error(("expiresOn",), f"expired on {request.expires_on}: the subscription is suspended", "warning")
        elif request.expires_on <= today + timedelta(days=EXPIRY_WARNING_DAYS):
            error(("expiresOn",), f"expires on {request.expires_on}, within {EXPIRY_WARNING_DAYS} days: renew it or let it lapse", "warning")
    return problems


def _check_models(request: AccessRequest, locate: Locate, platform: PlatformConfig, path: str) -> list[Problem]:
    problems: list[Problem] = []
    seen: set[str] = set()
    for index, model in enumerate(request.models):
        at_name = ("models", index, "name")
        if model.name in seen:
            problems.append(_problem_at(path, locate, at_name, f"model '{model.name}' is listed twice"))
        seen.add(model.name)
        if model.type == "foundry" and model.name not in platform.foundry.models:
            available = ", ".join(platform.foundry.models)
            problems.append(_problem_at(path, locate, at_name, f"'{model.name}' is not a Foundry model of this platform; available: {available}"))
        elif model.type == "kaito":
            preset = platform.kaito_presets.get(model.name)
            if preset is None:
                available = ", ".join(platform.kaito_presets)
                problems.append(_problem_at(path, locate, at_name, f"'{model.name}' is not a KAITO preset of this platform; available: {available}"))
            elif model.instance_type not in preset.instance_types:
                allowed = ", ".join(preset.instance_types)
                message = f"{model.instance_type} is not allowed for {model.name}; allowed: {allowed}"
                problems.append(_problem_at(path, locate, ("models", index, "instanceType"), message))
    if len(request.kaito_models) > platform.team_limits.max_kaito_models:
        message = f"{len(request.kaito_models)} enabled KAITO models; a team may run at most {platform.team_limits.max_kaito_models}"
        problems.append(_problem_at(path, locate, ("models",), message))
    return problems


def _problem_at(path: str, locate: Locate, loc: tuple[str | int, ...], message: str, severity: str = "error") -> Problem:
    line, name = locate(loc)
    return Problem(path, line, name, message, severity)  # type: ignore[arg-type]


def _check_across(candidates: list[tuple[LoadedRequest, tuple[int, str]]]) -> list[Problem]:
    problems: list[Problem] = []
    first_path: dict[str, str] = {}
    for loaded, (line, name) in candidates:
        team = loaded.request.team
        if team in first_path:
            problems.append(Problem(loaded.path, line, name, f"team '{team}' is already requested in {first_path[team]}"))
        else:
            first_path[team] = loaded.path
    return problems
