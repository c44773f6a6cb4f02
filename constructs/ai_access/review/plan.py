"""What a change to the requests will do: per team created, changed (field by field) or deleted.

The plan compares two sets of validated requests (the base of a pull request and its head) and,
when given, the synthesized output of both, so a reviewer sees exactly which objects change. It
knows nothing of git: `review/git_base.py` fetches the base, the CLI renders the plan.

A team is deployed at the base when it has a folder in the base's `dist/teams/` (what ArgoCD
applies) or a valid request there, so a team whose request was invalid or missing at the base but
whose objects are deployed is still seen when it goes away.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date
from typing import Literal

import yaml

from ai_access.models.lifecycle import later
from ai_access.models.platform import PlatformConfig
from ai_access.models.request import AccessRequest
from ai_access.names.team import ACCOUNT_READER, APIM_SUBSCRIPTION, KEY_SECRET, PROJECT_AI_USER, TeamNames
from ai_access.review.budget_change import budget_changes
from ai_access.review.cost import monthly_cost
from ai_access.review.lifecycle_plan import lifecycle_warnings
from ai_access.review.playground import playground_notes, playground_warning

Action = Literal["create", "change", "delete", "unchanged"]


@dataclass
class FieldChange:
    """One field of a request, before and after."""

    field: str
    old: str
    new: str
    note: str = ""


@dataclass
class TeamPlan:
    """What happens to one team."""

    team: str
    action: Action
    changes: list[FieldChange] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)
    cost_before: float = 0.0
    cost_after: float = 0.0
    objects_added: list[str] = field(default_factory=list)
    objects_removed: list[str] = field(default_factory=list)
    objects_changed: list[str] = field(default_factory=list)
    losses: list[str] = field(default_factory=list)
    """What the team loses, in words ("key suspended on 2027-01-01"); empty when it keeps its access."""

    @property
    def cost_delta(self) -> float:
        """Estimated monthly cost after minus before, in USD."""
        return self.cost_after - self.cost_before


@dataclass
class Plan:
    """The plan for every team that is created, changed or deleted, and the ArgoCD objects."""

    teams: list[TeamPlan]
    platform_objects: list[str] = field(default_factory=list)
    """Changed files of `argocd/` and `bootstrap/`, as `+ name`, `- name` or `~ name`."""
    teams_at_base: int = 0
    """How many teams are deployed at the base: all of them are at risk when the ApplicationSet changes."""
    unretired: list[str] = field(default_factory=list)
    """Deleted teams whose Foundry projects are kept that `retiredTeams` does not list, or lists with an
    owner or group they did not have: plan fails on them."""
    notes: list[str] = field(default_factory=list)
    """What the change does beyond single teams, for the reviewer: a `retiredTeams` name let go or an entry's
    owner or group changed, a Foundry deployment the playground users can call directly."""
    hand_edits: list[str] = field(default_factory=list)
    """Synthesized files the pull request edited by hand (`PATH: what`): errors, since ArgoCD applies them as committed."""

    @property
    def application_set_changed(self) -> bool:
        """True when the ApplicationSet that generates every team's Application changes."""
        return any(entry[2:].startswith("argocd/applicationset-") for entry in self.platform_objects)

    @property
    def cost_delta(self) -> float:
        """Total estimated monthly cost delta, in USD."""
        return sum(team.cost_delta for team in self.teams)

    @property
    def deletions(self) -> list[TeamPlan]:
        """Teams that are deleted."""
        return [team for team in self.teams if team.action == "delete"]

    @property
    def losing_access(self) -> list[TeamPlan]:
        """Teams that lose access: deleted, suspended by expiry, or left without an enabled model."""
        return [team for team in self.teams if team.losses]


def build_plan(
    base: list[AccessRequest],
    head: list[AccessRequest],
    platform: PlatformConfig,
    *,
    base_files: dict[str, dict[str, str]] | None = None,
    head_files: dict[str, dict[str, str]] | None = None,
    base_platform_files: dict[str, str] | None = None,
    head_platform_files: dict[str, str] | None = None,
    today: date | None = None,
    base_platform: PlatformConfig | None = None,
) -> Plan:
    """Compare base and head requests (and, optionally, the synthesized files by name).

    `base_files` and `head_files` map each team folder of `dist/teams/` to its files' text;
    `today` is the date the head is synthesized for (None: expiry is not judged);
    `base_platform` prices the base requests (default: `platform`), whose models a pull request may
    have removed from the catalog.
    """
    before = {r.team: r for r in base}
    after = {r.team: r for r in head}
    deployed = before.keys() | (base_files or {}).keys()
    at_base = base_platform or platform
    plans = []
    for team in sorted(deployed | after.keys()):
        old, new = before.get(team), after.get(team)
        plan = _team_plan(team, old, new, platform, at_base, deployed=team in deployed)
        if warning := playground_warning(old, new, platform):
            plan.warnings.append(warning)
        files_at_base = (base_files or {}).get(team)
        suspended_at_base = _key_suspended(old, files_at_base, today)
        plan.losses = _losses(team in deployed, suspended_at_base, old, new, today)
        plan.warnings += lifecycle_warnings(old, new, platform, today=today, suspended_at_base=team in deployed and suspended_at_base)
        if team in deployed and new is not None:
            plan.losses += _group_losses(old, new) + _moves(old, at_base, platform)
        if base_files is not None and head_files is not None:
            _object_changes(plan, base_files.get(team, {}), head_files.get(team, {}))
        touched = plan.objects_added or plan.objects_removed or plan.objects_changed or plan.losses
        if plan.action != "unchanged" or touched:
            if plan.action == "unchanged":
                plan.action = "change"
            plans.append(plan)
    before_files, after_files = base_platform_files or {}, head_platform_files or {}
    platform_objects = (
        [f"+ {name}" for name in sorted(after_files.keys() - before_files.keys())]
        + [f"- {name}" for name in sorted(before_files.keys() - after_files.keys())]
        + [f"~ {name}" for name in sorted(before_files.keys() & after_files.keys()) if before_files[name] != after_files[name]]
    )
    # A kept project goes to whoever requests its team's name next (ASO adopts it by name) unless
    # retiredTeams holds the name. Every deleted team counts, not only one with a project now: a
    # project detached earlier (Foundry models disabled) is kept as well.
    keeps = at_base.foundry.keep_projects_on_delete or platform.foundry.keep_projects_on_delete
    unretired = [p.team for p in plans if p.action == "delete" and keeps and not _retired_as_itself(p.team, before.get(p.team), platform)]
    notes = _retired_notes(at_base, platform) + playground_notes(at_base, platform, head)
    return Plan(plans, platform_objects, teams_at_base=len(deployed), unretired=unretired, notes=notes)


def _team_plan(
    team: str, old: AccessRequest | None, new: AccessRequest | None, platform: PlatformConfig, base_platform: PlatformConfig, *, deployed: bool
) -> TeamPlan:
    plan = TeamPlan(
        team,
        "unchanged",
        cost_before=monthly_cost(old, base_platform) if old else 0.0,
        cost_after=monthly_cost(new, platform) if new else 0.0,
    )
    if old is None and new is not None:
        plan.action = "change" if deployed else "create"
        plan.changes = _field_changes(None, new, platform)
        if deployed:
            plan.warnings = [f"its request at the base is invalid or missing, but dist/teams/{team} is deployed: every field shows as new"]
    elif new is None:
        plan.action = "delete"
        plan.warnings = _deletion_warnings(team, old, platform)
    elif old is not None:
        plan.changes = _field_changes(old, new, platform)
        if plan.changes:
            plan.action = "change"
        plan.warnings = [c.note for c in plan.changes if c.note]
    return plan


def _field_changes(old: AccessRequest | None, new: AccessRequest, platform: PlatformConfig) -> list[FieldChange]:
    """Every field of the request that changes, in the model's order, each by its renderer or `_show`.

    The fields are the model's own (`type(new).model_fields`), so a field added to `AccessRequest` is
    shown without a change here; `team` is not one: it is which team this is, and a new name is another team.
    """
    changes: list[FieldChange] = []
    for name, info in type(new).model_fields.items():
        if name == "team":
            continue
        key = info.alias or name
        if name in _RENDERERS:
            changes += _RENDERERS[name](old, new, platform)
            continue
        before, after = ("" if old is None else _show(getattr(old, name))), _show(getattr(new, name))
        if before != after:
            note = _NOTES[name](old, new) if name in _NOTES else ""
            changes.append(FieldChange(key, before, after, note))
    return changes


def _model_changes(old: AccessRequest | None, new: AccessRequest, platform: PlatformConfig) -> list[FieldChange]:
    """`models.<name>` per model added, removed, enabled, disabled or retyped, and its instanceType (a rollover)."""
    changes: list[FieldChange] = []
    names = TeamNames(new.team)
    old_models = {m.name: m for m in old.models} if old else {}
    new_models = {m.name: m for m in new.models}
    for name in sorted(old_models.keys() | new_models.keys()):
        o, n = old_models.get(name), new_models.get(name)
        was = f"{o.type}, {'enabled' if o.enabled else 'disabled'}" if o else "-"
        now = f"{n.type}, {'enabled' if n.enabled else 'disabled'}" if n else "-"
        if old is not None and was != now:
            changes.append(FieldChange(f"models.{name}", was, now))
        elif old is None and n is not None:
            changes.append(FieldChange(f"models.{name}", "", now))
        o_sku = o.instance_type if o and o.enabled else None
        n_sku = n.instance_type if n and n.enabled else None
        if o_sku and n_sku and o_sku != n_sku:
            changes.append(FieldChange(f"models.{name}.instanceType", o_sku, n_sku, _rollover_note(names, name, o_sku, n_sku, platform)))
        elif n_sku and o_sku != n_sku:
            changes.append(FieldChange(f"models.{name}.instanceType", o_sku or "", n_sku))
    return changes


def _group_note(old: AccessRequest | None, new: AccessRequest) -> str:
    """What a changed entraGroupId does to the Foundry role assignments, when the team has them."""
    if old is not None and old.entra_group_id and new.entra_group_id and old.playground_access and new.playground_access and new.foundry_models:
        return (
            f"role assignments {PROJECT_AI_USER}-* and {ACCOUNT_READER}-* are replaced: new ones for the new group are "
            "created and ArgoCD prunes the old group's (Azure cannot change an assignment's principal)"
        )
    return ""


# The fields `_show` cannot show as one value, and the notes some changes need.
_RENDERERS: dict[str, Callable[[AccessRequest | None, AccessRequest, PlatformConfig], list[FieldChange]]] = {
    "models": _model_changes,
    "monthly_budget_usd": lambda old, new, platform: [FieldChange(*change) for change in budget_changes(old, new, platform)],
}
_NOTES: dict[str, Callable[[AccessRequest | None, AccessRequest], str]] = {"entra_group_id": _group_note}


def _rollover_note(names: TeamNames, model: str, old_sku: str, new_sku: str, platform: PlatformConfig) -> str:
    """What an instanceType change does: KAITO cannot update it, so the workspace rolls over to a new one."""
    gated = platform.kaito_presets[model].gated  # the head's request is valid: its models are in the catalog
    old_name = names.workspace(model, instance_type=old_sku, gated=gated)
    new_name = names.workspace(model, instance_type=new_sku, gated=gated)
    return (
        f"KAITO workspace {new_name} is created on a {new_sku} node; the route switches to it once it is healthy, "
        f"then the old workspace {old_name} is removed. During the rollover one extra {new_sku} node runs "
        f"beside the {old_sku} node"
    )


def _deletion_warnings(team: str, old: AccessRequest | None, platform: PlatformConfig) -> list[str]:
    warnings = [
        f"access revoked: the APIM subscription is deleted and its keys stop working (Secret {KEY_SECRET} is removed)",
        f"namespace {TeamNames(team).namespace} and everything in it is pruned by ArgoCD",
    ]
    if old is None:
        warnings.append(f"its request at the base is invalid or missing, but dist/teams/{team} is deployed: see the removed objects")
        return warnings
    if old.kaito_models:
        names = ", ".join(m.name for m in old.kaito_models)
        warnings.append(f"KAITO workspaces removed: {names} (GPU nodes released)")
    if old.foundry_models:
        if platform.foundry.keep_projects_on_delete:
            warnings.append("kept in Azure: the Foundry project (detach-on-delete) with its data; its role assignments are removed")
        else:
            warnings.append("the Foundry project is DELETED in Azure with its data")
    if old.tracing_enabled:
        warnings.append("the Application Insights component is deleted")
    return warnings


def _losses(
    deployed: bool, suspended_at_base: bool, old: AccessRequest | None, new: AccessRequest | None, today: date | None
) -> list[str]:
    """What a deployed team loses, in words; every entry counts toward plan's --max-deletions."""
    if not deployed:
        return []
    if new is None:
        return ["deleted: its key stops working and its namespace is pruned"]
    # A request unknown at the base (invalid or missing) is taken to have had models: a guard
    # that overcounts asks for a confirmation too many, one that undercounts lets access go.
    had_models = old is None or bool(old.enabled_models)
    if suspended_at_base or not had_models:
        return []
    losses = []
    if new.expires_on is not None:
        suspended_on = later(new.expires_on, 1)
        if new.expired(today):
            losses.append(f"key suspended on {suspended_on}")
        elif old is not None and (old.expires_on is None or new.expires_on < old.expires_on):
            # Nobody reviews the scheduled re-synthesis that suspends the key: count it now. (With
            # no request at the base, its old date is unknown; the field shows as new instead.)
            losses.append(f"key will be suspended on {suspended_on}")
    if not new.enabled_models:
        losses.append("all models disabled")
    return losses


def _group_grants(request: AccessRequest) -> list[str]:
    """What the request's Entra group may do, in words (KeyAccess; FoundryProject's role assignments)."""
    if request.entra_group_id is None:
        return []
    grants = [f"reading the key Secret {KEY_SECRET}"]
    if request.playground_access and request.foundry_models:
        grants += ["Azure AI User on the Foundry project", "Reader on the Foundry account"]
    return grants


def _group_losses(old: AccessRequest | None, new: AccessRequest) -> list[str]:
    """What the base's Entra group loses: its RoleBinding and role assignments go, or move to another group."""
    if old is None or old.entra_group_id is None:
        return []  # no group at the base (or its request unknown): nobody had what a group gets
    kept = _group_grants(new) if new.entra_group_id == old.entra_group_id else []
    lost = [grant for grant in _group_grants(old) if grant not in kept]
    if not lost:
        return []
    if new.entra_group_id is None:
        why = "entraGroupId removed"
    elif new.entra_group_id != old.entra_group_id:
        why = f"entraGroupId changes to {new.entra_group_id}"
    else:
        why = "playgroundAccess off or no Foundry model left"
    return [f"Entra group {old.entra_group_id} loses {', '.join(lost)}: {why}"]


def _moves(old: AccessRequest | None, base: PlatformConfig, head: PlatformConfig) -> list[str]:
    """What a team loses when the platform's gateway or Foundry account gets another ARM id (a rename)."""
    losses = []
    if base.apim_service_id != head.apim_service_id:
        losses.append(
            f"its key moves to API Management {head.apim.service_name}: the key issued by {base.apim.service_name} stops working"
        )
    # A request unknown at the base is taken to have had a project, as in _losses.
    if base.foundry_account_id != head.foundry_account_id and (old is None or old.foundry_models):
        losses.append(
            f"its Foundry project moves to account {head.foundry.account_name}: the project on {base.foundry.account_name}, "
            "with its data and role assignments, is left behind"
        )
    return losses


def _retired_as_itself(team: str, old: AccessRequest | None, platform: PlatformConfig) -> bool:
    """Whether `retiredTeams` holds a deleted team, and lets it come back (if at all) only to the owner and group it had."""
    entry = platform.retired(team)
    if entry is None:
        return False
    # An entry naming an owner or group the team did not have would hand its kept project to them.
    return entry.owner is None or (old is not None and entry.admits(old.owner, old.entra_group_id))


def _retired_notes(base: PlatformConfig, head: PlatformConfig) -> list[str]:
    notes = []
    for entry in base.retired_teams:
        now = head.retired(entry.team)
        if now is None:
            notes.append(f"retiredTeams no longer lists {entry.team}: a new request named {entry.team} is given its kept Foundry project, with its data")
        elif (now.owner, now.entra_group_id) != (entry.owner, entry.entra_group_id):
            notes.append(f"retiredTeams changes who may bring back {entry.team}: owner {now.owner or '-'}, entraGroupId {now.entra_group_id or '-'}")
    return notes


SUBSCRIPTION_FILES = f"subscription-{APIM_SUBSCRIPTION}"
"""How the files of the team's APIM subscriptions start in its output folder (`<kind>-<name>.yaml`, see
synth/output.py): one per key, named after its rotation (`names.team.TeamNames.subscription`)."""


def _key_suspended(old: AccessRequest | None, files: dict[str, str] | None, today: date | None) -> bool:
    """Whether the team's keys are suspended at the base: as deployed when known (every key), else by its request."""
    keys = {name: text for name, text in (files or {}).items() if name.startswith(SUBSCRIPTION_FILES) and name.endswith(".yaml")}
    if keys:
        return all(_suspended(text) for text in keys.values())
    return bool(old and old.expired(today))


def _suspended(text: str) -> bool:
    try:
        subscription = yaml.load(text, Loader=yaml.CSafeLoader)
    except yaml.YAMLError:
        return False  # unreadable: taken as active, so losing it counts (see _losses)
    spec = subscription.get("spec") if isinstance(subscription, dict) else None
    return isinstance(spec, dict) and spec.get("state") == "suspended"


def _object_changes(plan: TeamPlan, before: dict[str, str], after: dict[str, str]) -> None:
    plan.objects_added = sorted(after.keys() - before.keys())
    plan.objects_removed = sorted(before.keys() - after.keys())
    plan.objects_changed = sorted(name for name in before.keys() & after.keys() if before[name] != after[name])


def _show(value: object) -> str:
    if value is None or value == "":
        return ""
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, int):
        return f"{value:,}"
    if isinstance(value, (tuple, list)):
        return ", ".join(_show(item) for item in value)
    return str(value)
