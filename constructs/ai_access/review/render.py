"""A plan as plain text for a terminal, or as Markdown for a pull-request comment."""

from __future__ import annotations

from ai_access.review.plan import Plan, TeamPlan

_TITLES = {"create": "created", "change": "changed", "delete": "DELETED", "unchanged": "unchanged"}


def render_text(plan: Plan, base: str) -> str:
    """The plan for a terminal."""
    if not plan.teams and not plan.platform_objects:
        return f"No change against {base}.\n"
    lines = [f"Plan against {base}: {_summary(plan)}", ""]
    if plan.platform_objects:
        lines.append("ArgoCD objects:")
        lines += [f"    {entry}" for entry in plan.platform_objects]
        if plan.application_set_changed:
            lines.append("    !! the ApplicationSet changes: ArgoCD regenerates (or prunes) every team's Application")
        lines.append("")
    for team in plan.teams:
        marker = "!!" if team.action == "delete" else {"create": "+", "change": "~"}.get(team.action, " ")
        lines.append(f"{marker} {team.team}: {_TITLES[team.action]}  (monthly cost {_money(team.cost_before)} -> {_money(team.cost_after)}, {_delta(team.cost_delta)})")
        for loss in team.losses:
            lines.append(f"    !! loses access: {loss}")
        for change in team.changes:
            lines.append(f"    {change.field}: {change.old or '-'} -> {change.new or '-'}")
        for warning in team.warnings:
            lines.append(f"    !! {warning}")
        for label, names in (("+", team.objects_added), ("-", team.objects_removed), ("~", team.objects_changed)):
            lines.extend(f"    {label} {name}" for name in names)
        lines.append("")
    lines.append(f"Estimated monthly cost delta: {_delta(plan.cost_delta)}")
    return "\n".join(lines) + "\n"


def render_markdown(plan: Plan, base: str) -> str:
    """The plan as a pull-request comment."""
    if not plan.teams and not plan.platform_objects:
        return f"### AI access plan\n\nNo change against `{base}`.\n"
    out = [f"### AI access plan against `{base}`", "", _summary(plan), ""]
    if plan.application_set_changed:
        out += ["> [!WARNING]", "> The ApplicationSet changes: ArgoCD regenerates (or prunes) every team's Application.", ""]
    if plan.platform_objects:
        out += ["ArgoCD objects: " + ", ".join(f"`{entry}`" for entry in plan.platform_objects), ""]
    if plan.losing_access:
        out += ["> [!CAUTION]", "> These teams lose access:"]
        out += [f"> - **{t.team}**: {'; '.join(t.losses)}" for t in plan.losing_access]
        out.append("")
    out += ["| team | action | monthly cost before | after | delta |", "|---|---|---:|---:|---:|"]
    for team in plan.teams:
        out.append(f"| {team.team} | {_TITLES[team.action]} | {_money(team.cost_before)} | {_money(team.cost_after)} | {_delta(team.cost_delta)} |")
    out += ["", f"**Estimated monthly cost delta: {_delta(plan.cost_delta)}** (ceilings: GPU nodes all month, daily quotas used every day)", ""]
    for team in plan.teams:
        out += _team_markdown(team)
    return "\n".join(out) + "\n"


def _team_markdown(team: TeamPlan) -> list[str]:
    out = [f"#### {team.team}: {_TITLES[team.action]}", ""]
    out += [f"- :no_entry: loses access: {loss}" for loss in team.losses]
    if team.changes:
        out += ["| field | old | new |", "|---|---|---|"]
        out += [f"| {c.field} | {_cell(c.old)} | {_cell(c.new)} |" for c in team.changes]
        out.append("")
    out += [f"- :warning: {w}" for w in team.warnings]
    objects = [f"`+ {n}`" for n in team.objects_added] + [f"`- {n}`" for n in team.objects_removed] + [f"`~ {n}`" for n in team.objects_changed]
    if objects:
        out.append(f"- objects: {', '.join(objects)}")
    out.append("")
    return out


def _summary(plan: Plan) -> str:
    counts = {action: sum(1 for t in plan.teams if t.action == action) for action in ("create", "change", "delete")}
    return f"{counts['create']} created, {counts['change']} changed, {counts['delete']} deleted"


def _cell(text: str) -> str:
    # Values come from requests (owner, cost centre): in a code span, HTML and @mentions stay text.
    if not text:
        return "-"
    value = text.replace("|", "\\|")
    return f"`` {value} ``" if "`" in value else f"`{value}`"


def _money(amount: float) -> str:
    return f"${amount:,.2f}"


def _delta(amount: float) -> str:
    sign = "+" if amount >= 0 else "-"
    return f"{sign}${abs(amount):,.2f}"
