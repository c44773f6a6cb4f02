"""Validate every request against the platform and against each other, without starting jsii.

`validate_requests` is what `main.py validate` and `main.py synth` run first: it returns the valid
requests and every problem found, so one run shows a requester everything to fix. A field that
does not parse does not hide the others: the catalog, limit and capacity checks run on every field
that did; the gateway's limits count every request that is valid.
"""

from __future__ import annotations

import functools
import multiprocessing
import os
import sys
from dataclasses import dataclass, field
from datetime import date

from ai_access.loading.parsed import Locate, RequestFields
from ai_access.loading.platform_file import PlatformSource
from ai_access.loading.request_document import parse_request
from ai_access.loading.request_files import RequestFile, read_request_files
from ai_access.loading.yaml_source import YamlSourceError, load_yaml
from ai_access.models.apim_limits import team_usage
from ai_access.models.lifecycle import later, lifecycle_of
from ai_access.models.platform import PlatformConfig
from ai_access.models.request import DNS_LABEL, TEAM_NAME_RULE, AccessRequest, RequestCatalog
from ai_access.names.team import RESERVED_TEAM_NAMES, derived_name_limits
from ai_access.problems import Problem, has_errors
from ai_access.validation.baseline import Baseline
from ai_access.validation.budget import budget_problems
from ai_access.validation.capacity import TeamUsage, Workspace, check_capacity
from ai_access.validation.gateway_limits import GatewayRequest, check_gateway_limits
from ai_access.validation.key_rotation import check_key_rotation
from ai_access.validation.names import longest_catalog_name, max_team_name_length, platform_collisions

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
    baseline: Baseline | None = None,
    strict_key_age: bool = False,
) -> ValidationReport:
    """Read, parse and check every request in `requests_dir`; nothing is written.

    `baseline`: the state before the pull request (which teams are new, plan's base requests); the
    rules that need it are skipped without it. `strict_key_age` (validate's choice; default False)
    makes a key older than `gitops.maxKeyAgeDays` an error rather than a warning.
    """
    files, problems = read_request_files(requests_dir)
    report = ValidationReport(problems=problems)
    loaded: list[LoadedRequest] = []
    usages: list[TeamUsage] = []
    gateway: list[GatewayRequest] = []
    for result in _check_files(files, _Rules.of(platform, today, baseline, strict_key_age)):
        report.problems += result.problems
        if result.usage is not None:
            usages.append(result.usage)
        if result.loaded is not None:
            loaded.append(result.loaded)
        if result.loaded is not None and result.usage is not None:
            line, name = result.usage.team_at
            request = result.loaded.request
            gateway.append(GatewayRequest(request.team, team_usage(request, lifecycle_of(request, platform, today)), result.usage.path, line, name))
    # A file is loaded only when it has no error of its own. Nothing checks for a team requested
    # twice: `team` must equal its folder's name (checked per file), and a folder name exists once.
    report.requests = sorted(loaded, key=lambda r: r.request.team)
    report.problems += check_capacity(usages, platform, platform_source, baseline)
    report.problems += check_gateway_limits(gateway, platform, platform_source, baseline)
    report.problems.sort(key=lambda p: (p.path, p.line, p.field))
    return report


@dataclass(frozen=True)
class _FileResult:
    """What checking one file found; plain data, so a worker process can send it back."""

    problems: list[Problem]
    loaded: LoadedRequest | None
    usage: TeamUsage | None = None


# Below this many files a worker process costs more than it saves (fork, pickling the results).
PARALLEL_FROM = 300


@dataclass(frozen=True)
class _Rules:
    """What every file is checked against, worked out once per run; plain data for worker processes."""

    platform: PlatformConfig
    catalog: RequestCatalog
    longest_team: int
    longest_model: str
    today: date | None
    baseline: Baseline | None
    strict_key_age: bool = False

    @classmethod
    def of(cls, platform: PlatformConfig, today: date | None, baseline: Baseline | None, strict_key_age: bool = False) -> "_Rules":
        """The rules of `platform` for a run on `today` against `baseline`."""
        return cls(platform, platform.request_catalog, max_team_name_length(platform), longest_catalog_name(platform), today, baseline, strict_key_age)


def _check_files(files: list[RequestFile], rules: _Rules) -> list[_FileResult]:
    check = functools.partial(_check_file, rules=rules)
    workers = min(os.cpu_count() or 1, 4)
    # fork is cheap and keeps the imported models; it is only safe before jsii starts Node.js.
    if len(files) < PARALLEL_FROM or workers < 2 or "jsii" in sys.modules or sys.platform == "win32":
        return [check(file) for file in files]
    with multiprocessing.get_context("fork").Pool(workers) as pool:
        return pool.map(check, files, chunksize=-(-len(files) // workers))


def _check_file(file: RequestFile, *, rules: _Rules) -> _FileResult:
    try:
        document = load_yaml(file.text)
    except YamlSourceError as err:
        return _FileResult([Problem(file.path, err.line, "(document)", err.message)], None)
    parsed = parse_request(document, folder=file.folder, catalog=rules.catalog)
    found = [Problem(file.path, i.line, i.field, i.message) for i in parsed.issues]
    if parsed.locate is None:
        return _FileResult(found, None)
    checks = _RequestChecks(file, parsed.fields, parsed.locate, rules)
    checks.team()
    checks.limits()
    checks.models()
    checks.budget()
    checks.features()
    checks.keys()
    found += checks.problems
    loaded = None
    if parsed.request is not None and not has_errors(found):
        loaded = LoadedRequest(file.folder, file.path, parsed.request)
    return _FileResult(found, loaded, checks.usage())


class _RequestChecks:
    """The checks of one request that need the platform, run on whichever of its fields are valid."""

    def __init__(self, file: RequestFile, fields: RequestFields, locate: Locate, rules: _Rules) -> None:
        self.file = file
        self.fields = fields
        self.locate = locate
        self.rules = rules
        self.platform = rules.platform
        self.problems: list[Problem] = []
        self.tpm_ok = False
        self.workspaces: dict[Workspace, tuple[int, str]] = {}
        self.foundry: list[str] = []
        self.over_kaito = False

    def error(self, loc: tuple[str | int, ...], message: str, severity: str = "error") -> None:
        """Add a problem at the field `loc` (as an `AccessRequest` path by alias)."""
        line, name = self.locate(loc)
        self.problems.append(Problem(self.file.path, line, name, message, severity))  # type: ignore[arg-type]

    def team(self) -> None:
        """The folder name is the team name: it must be a valid one, and `team` must equal it."""
        folder, team = self.file.folder, self.fields.team
        longest = self.rules.longest_team
        # Too long for the derived names is said at `team`, where the length rule is spelt out.
        folder_ok = bool(DNS_LABEL.fullmatch(folder)) and 2 <= len(folder) <= 63
        if not folder_ok:
            line, _ = self.locate(("team",))
            rule = f"{TEAM_NAME_RULE}, at most {longest} characters"
            self.problems.append(
                Problem(self.file.path, line, "(folder)", f"the folder name '{folder}' is not a valid team name ({rule}); rename the folder")
            )
        if team is None:
            return
        if folder_ok and team != folder:
            self.error(("team",), f"'{team}' differs from the folder name '{folder}', which is the team name: write team: {folder} (or rename the folder)")
            return
        if team in RESERVED_TEAM_NAMES:
            self.error(("team",), f"'{team}' is reserved (a built-in APIM product, subscription or group); choose another name")
        retired = self.platform.retired(team)
        if retired is not None and retired.owner is None:
            self.error(("team",), f"'{team}' was used by a removed team whose Foundry project is kept; choose another name")
        elif retired is not None and not retired.admits(self.fields.get("owner"), self.fields.entra_group_id):
            self.error(
                ("team",),
                f"'{team}' was used by a removed team whose Foundry project, with its data, is kept: it comes back only with "
                "the owner and entraGroupId retiredTeams in platform.yaml records for it; choose another name, or ask the platform team",
            )
        elif retired is not None:
            self.error(("team",), f"'{team}' comes back as the retired team it was (retiredTeams): its kept Foundry project is its own again", "warning")
        for what, name, used_by in platform_collisions(team, self.platform):
            self.error(("team",), f"'{team}' would name its {what} '{name}', the name of the platform's {used_by}; choose another name")
        for what, name, limit in derived_name_limits(team, self.rules.longest_model):
            if len(name) > limit:
                self.error(("team",), f"too long: the {what} '{name}' would exceed {limit} characters; a team name has at most {longest}")
                break

    def limits(self) -> None:
        """The per-team limits of the platform."""
        limits = self.platform.team_limits
        tpm, quota = self.fields.tokens_per_minute, self.fields.get("daily_token_quota")
        if tpm is not None:
            if tpm > limits.max_tokens_per_minute:
                self.error(("tokensPerMinute",), f"{tpm} exceeds the platform's per-team maximum of {limits.max_tokens_per_minute}")
            else:
                self.tpm_ok = True
        if quota is not None and quota > limits.max_daily_token_quota:
            self.error(("dailyTokenQuota",), f"{quota} exceeds the platform's per-team maximum of {limits.max_daily_token_quota}")

    def models(self) -> None:
        """Each valid model entry against the catalog; the enabled KAITO models against the limit."""
        seen: set[str] = set()
        catalog = self.rules.catalog
        kaito = 0
        for index, model in self.fields.models:
            at_name = ("models", index, "name")
            if model.name in seen:
                self.error(at_name, f"model '{model.name}' is listed twice")
                continue
            seen.add(model.name)
            hint = catalog.type_hint(model.name, model.type)
            if hint:
                self.error(("models", index, "type"), hint)
            elif model.type == "foundry" and model.name not in catalog.foundry:
                self.error(at_name, f"'{model.name}' is not a Foundry model of this platform; available: {', '.join(catalog.foundry)}")
            elif model.type == "kaito" and model.name not in catalog.kaito:
                self.error(at_name, f"'{model.name}' is not a KAITO preset of this platform; available: {', '.join(catalog.kaito)}")
            elif model.type == "kaito" and model.instance_type not in catalog.kaito[model.name]:
                allowed = ", ".join(catalog.kaito[model.name])
                self.error(("models", index, "instanceType"), f"{model.instance_type} is not allowed for {model.name}; allowed: {allowed}")
            elif model.enabled and model.type == "foundry":
                self.foundry.append(model.name)
            elif model.enabled:
                self.workspaces[Workspace(model.name, model.instance_type or "")] = self.locate(("models", index, "instanceType"))
            kaito += model.enabled and model.type == "kaito"
        most = self.platform.team_limits.max_kaito_models
        if kaito > most:
            self.error(("models",), f"{kaito} enabled KAITO models; a team may run at most {most}")
            self.over_kaito = True

    def budget(self) -> None:
        """The monthly budget (the request's or the platform's default) against the maximum and the enabled models."""
        if "monthly_budget_usd" in self.fields.given and "monthly_budget_usd" not in self.fields.values:
            return  # invalid on its own: said already
        if not self.fields.models_complete or self.over_kaito:
            return  # what the models cost is not known yet, or is refused already
        given = self.fields.get("monthly_budget_usd")
        default = self.platform.budgets.default_monthly_usd if self.platform.budgets else None
        tpm = self.fields.tokens_per_minute if self.tpm_ok else None
        workspaces = [(w.model, w.instance_type) for w in self.workspaces]
        for message in budget_problems(given if given is not None else default, given=given is not None, workspaces=workspaces,
                                       foundry=list(dict.fromkeys(self.foundry)), tokens_per_minute=tpm, platform=self.platform):
            self.error(("monthlyBudgetUsd",) if given is not None else ("team",), message)

    def features(self) -> None:
        """Warnings about settings that do nothing, and expiry."""
        fields, today, baseline = self.fields, self.rules.today, self.rules.baseline
        if fields.get("playground_access") and fields.models_complete and not any(m.enabled and m.type == "foundry" for _, m in fields.models):
            self.error(("playgroundAccess",), "has no effect: the playground needs an enabled Foundry model", "warning")
        if fields.entra_group_id is None and ("entra_group_id" not in fields.given or "entra_group_id" in fields.values):
            self.error(("team",), "no entraGroupId: nobody gets the Foundry project role or can read the key Secret; add the team's Entra group object id", "warning")
        expires = fields.expires_on
        if expires is None or today is None:
            return
        if expires < today and baseline is not None and baseline.is_new(self.file.folder):
            self.error(
                ("expiresOn",),
                f"{expires} is already past (today is {today}) and this request is new: a new request must expire "
                "today or later; set a later date or remove expiresOn",
            )
        elif expires < today:
            self.error(("expiresOn",), f"expired on {expires}: its key is suspended, and its role assignments and KAITO workspaces are removed unless gitops.onExpiry keeps them; a later expiresOn brings them back", "warning")
        elif expires <= later(today, EXPIRY_WARNING_DAYS):  # later(): --today may be the last date there is
            self.error(("expiresOn",), f"expires on {expires}, within {EXPIRY_WARNING_DAYS} days: renew it or let it lapse", "warning")

    def keys(self) -> None:
        """The rotation dates against the platform, the day and the base (`validation.key_rotation`)."""
        fields, baseline = self.fields, self.rules.baseline
        base = (baseline.requests or {}).get(self.file.folder) if baseline is not None else None
        check_key_rotation(
            fields.get("key_rotated_on"),
            fields.get("previous_key_rotated_on"),
            self.platform,
            today=self.rules.today,
            base=base,
            strict_age=self.rules.strict_key_age,
            report=self.error,
        )

    def usage(self) -> TeamUsage:
        """What this request takes of the shared capacity: only what passed its own checks."""
        return TeamUsage(
            team=self.file.folder,
            tokens_per_minute=self.fields.tokens_per_minute if self.tpm_ok else None,
            foundry_models=tuple(dict.fromkeys(self.foundry)),
            workspaces=tuple(self.workspaces),
            path=self.file.path,
            team_at=self.locate(("team",)),
            tpm_at=self.locate(("tokensPerMinute",)),
            workspace_at=dict(self.workspaces),
        )
