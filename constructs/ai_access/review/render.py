"""A plan as plain text for a terminal, or as Markdown for a pull-request comment.

The Markdown is posted by CI on pull requests nobody has reviewed yet, so no text from a request,
the base ref or a file name may become markup there. GitHub renders comments as GitHub-flavoured
Markdown and then adds its own links: @mentions, #123 and GH-123 references, commit hashes, bare
URLs, emoji `:codes:`. Backslash escapes or HTML entities stop only the first part (GitHub finds
mentions and URLs in the text *after* unescaping), but GitHub adds nothing inside code, and in a
code span CommonMark reads no markup at all. So every such value is shown only in a code span
built by `_code`, whose fence is longer than any run of backticks in the value; sentences that
carry values (warnings, losses) keep their plain words as text and put every other word in one.
Request values never go into a table: GitHub and other renderers split `\\|` in a cell differently.
"""

from __future__ import annotations

import re

from ai_access.review.plan import Plan, TeamPlan

_TITLES = {"create": "created", "change": "changed", "delete": "DELETED", "unchanged": "unchanged"}

DETAILS = "#### Details"
"""The line that ends the Markdown plan's summary: what comes before it fits a pull-request comment.

GitHub refuses a comment over 65,536 characters; the workflow posts the summary alone (with where
the whole plan is) when the plan is longer (`.ci/plan-comment`)."""
SUMMARY_CHARS = 48_000
"""At most this many characters of lists in the summary, so that it fits a comment with room to spare."""
_SUMMARY_ITEMS = 20


def render_text(plan: Plan, base: str) -> str:
    """The plan for a terminal."""
    if not plan.teams and not plan.platform_objects and not plan.notes and not plan.hand_edits:
        return f"No change against {base}.\n"
    lines = [f"Plan against {base}: {_summary(plan)}", ""]
    if plan.hand_edits:
        lines.append("!! Edited by hand (not what synth writes for this head; ArgoCD would apply them as committed):")
        lines += [f"    {edit}" for edit in plan.hand_edits]
        lines.append("")
    if plan.unretired:
        lines.append("!! deleted while their Foundry projects are kept, and not in retiredTeams as themselves:")
        lines += [f"    {team}" for team in plan.unretired]
        lines.append("")
    if plan.notes:
        lines += [f"!! {note}" for note in plan.notes] + [""]
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
    """The plan as a pull-request comment: a summary, then `DETAILS` and everything per team.

    The summary's lists are cut (saying how many more) so that it alone fits a comment; nothing is
    left out of the whole, which holds every list in full after `DETAILS`.
    """
    if not plan.teams and not plan.platform_objects and not plan.notes and not plan.hand_edits:
        return f"### AI access plan\n\nNo change against {_code(base)}.\n"
    out = [f"### AI access plan against {_code(base)}", "", _summary(plan), ""]
    hand_edits = [f"> - {_code(edit)}" for edit in plan.hand_edits]
    if hand_edits:
        out += ["> [!CAUTION]", "> Edited by hand: not what synth writes for this head, and ArgoCD would apply them as committed."]
        out += _bounded(hand_edits, "> - ") + [""]
    if plan.application_set_changed:
        out += ["> [!WARNING]", "> The ApplicationSet changes: ArgoCD regenerates (or prunes) every team's Application.", ""]
    unretired = [f"> - {_code(team)}" for team in plan.unretired]
    if unretired:
        out += [
            "> [!CAUTION]",
            "> Deleted while their Foundry projects are kept (`foundry.keepProjectsOnDelete`), and not in `retiredTeams` as themselves: "
            "list them there in this change, as plain names or with the owner and `entraGroupId` each had.",
        ]
        out += _bounded(unretired, "> - ") + [""]
    notes = [f"> - {_prose(note)}" for note in plan.notes]
    if notes:
        out += ["> [!WARNING]"] + _bounded(notes, "> - ") + [""]
    objects = [_code(entry) for entry in plan.platform_objects]
    if objects:
        out += ["ArgoCD objects: " + ", ".join(_bounded(objects, "")), ""]
    if plan.losing_access:
        out += ["> [!CAUTION]", "> These teams lose access:"]
        out += _bounded([f"> - {_code(t.team)}: {_prose('; '.join(t.losses))}" for t in plan.losing_access], "> - ")
        out.append("")
    out += [DETAILS, ""]
    # What the summary cut, whole (the losses are whole in each team's section below).
    if _fitting(hand_edits) < len(hand_edits):
        out += [f"Edited by hand (all {_code(str(len(hand_edits)))}):", *(line[2:] for line in hand_edits), ""]
    if _fitting(unretired) < len(unretired):
        out += [f"Deleted and not in `retiredTeams` (all {_code(str(len(unretired)))}):", *(line[2:] for line in unretired), ""]
    if _fitting(notes) < len(notes):
        out += [f"Notes (all {_code(str(len(notes)))}):", *(line[2:] for line in notes), ""]
    if _fitting(objects) < len(objects):
        out += [f"ArgoCD objects (all {_code(str(len(objects)))}): " + ", ".join(objects), ""]
    out += ["| team | action | monthly cost before | after | delta |", "|---|---|---:|---:|---:|"]
    for team in plan.teams:
        out.append(f"| {_cell(team.team)} | {_TITLES[team.action]} | {_money(team.cost_before)} | {_money(team.cost_after)} | {_delta(team.cost_delta)} |")
    out += ["", f"**Estimated monthly cost delta: {_delta(plan.cost_delta)}** (ceilings: GPU nodes all month, daily quotas used every day)", ""]
    for team in plan.teams:
        out += _team_markdown(team)
    return "\n".join(out) + "\n"


def _team_markdown(team: TeamPlan) -> list[str]:
    out = [f"#### {_code(team.team)}: {_TITLES[team.action]}", ""]
    out += [f"- :no_entry: loses access: {_prose(loss)}" for loss in team.losses]
    out += [f"- {_code(c.field)}: {_value(c.old)} → {_value(c.new)}" for c in team.changes]
    out += [f"- :warning: {_prose(w)}" for w in team.warnings]
    objects = [_code(f"+ {n}") for n in team.objects_added] + [_code(f"- {n}") for n in team.objects_removed] + [_code(f"~ {n}") for n in team.objects_changed]
    if objects:
        out.append(f"- objects: {', '.join(objects)}")
    out.append("")
    return out


def _bounded(items: list[str], prefix: str) -> list[str]:
    """The first of `items` that fit the summary (see `_fitting`), then a line saying how many more."""
    kept = items[: _fitting(items)]
    if len(kept) < len(items):
        kept.append(f"{prefix}and {_code(f'{len(items) - len(kept):,}')} more (in the details below)")
    return kept


def _fitting(items: list[str]) -> int:
    """How many of `items` fit one list's share of the summary: a fifth of `SUMMARY_CHARS` (five lists), at most 100."""
    size = 0
    for count, item in enumerate(items):
        size += len(item) + 2
        if count >= _SUMMARY_ITEMS * 5 or size > SUMMARY_CHARS // 5:
            return count
    return len(items)


def _summary(plan: Plan) -> str:
    counts = {action: sum(1 for t in plan.teams if t.action == action) for action in ("create", "change", "delete")}
    return f"{counts['create']} created, {counts['change']} changed, {counts['delete']} deleted"


def _value(text: str) -> str:
    return _code(text) if text else "-"


def _code(text: str) -> str:
    """`text` as one code span that shows it literally, whatever it holds."""
    # A line break would end a table row or list item; other control and format characters
    # (ESC, right-to-left overrides) would hide or reorder what the reviewer reads.
    shown = "".join(ch if ch.isprintable() else ascii(ch)[1:-1] for ch in text)
    if not shown:
        return "` `"  # an empty span would be two literal backticks
    fence = "`" * (max((len(run) for run in re.findall(r"`+", shown)), default=0) + 1)
    # CommonMark strips one space from each side of a span that starts and ends with one; the
    # padding keeps a backtick at either end off the fence and is stripped again.
    pad = " " if shown[0] in "` " or shown[-1] in "` " else ""
    if shown.strip(" ") == "":
        pad = ""  # a span of spaces only is kept as it is
    return f"{fence}{pad}{shown}{pad}{fence}"


# Words GitHub shows as they are: ASCII letters and hyphens, an opening parenthesis in front and
# sentence punctuation behind. No digits (GH-123), no '@', '#', '/', '.' inside; and none that
# starts a www. link or holds what could be a commit hash (seven hex letters or more in a row: a
# word is code even when letters around them would keep GitHub from linking it).
_PLAIN_WORD = re.compile(r"\(?[A-Za-z][A-Za-z-]*[,.;:)]*")
_LINKABLE = re.compile(r"(?i)www\.|[a-f]{7,}")


_PUNCTUATED = re.compile(r"(\(?)(.*?)([,.;:)]*)", re.DOTALL)


def _prose(text: str) -> str:
    """A sentence with values in it: plain words stay text, every other word becomes code."""
    return " ".join(_word(word) for word in text.split(" ") if word)


def _word(word: str) -> str:
    if _PLAIN_WORD.fullmatch(word) and not _LINKABLE.search(word):
        return word
    match = _PUNCTUATED.fullmatch(word)
    assert match is not None  # every part is optional
    opening, core, closing = match.groups()
    return f"{opening}{_code(core)}{closing}" if core else word


def _cell(text: str) -> str:
    # Team names are DNS labels; should anything else reach a cell, '|' and '\' (which renderers
    # split differently) are replaced rather than given a chance to end the cell.
    return _code(text.replace("|", "\ufffd").replace("\\", "\ufffd"))


def _money(amount: float) -> str:
    return f"${amount:,.2f}"


def _delta(amount: float) -> str:
    sign = "+" if amount >= 0 else "-"
    return f"{sign}${abs(amount):,.2f}"


def code_span(text: str) -> str:
    """`text` as one Markdown code span that shows it literally (for other reports: `expiring`)."""
    return _code(text)


def markdown_prose(text: str) -> str:
    """A sentence with values in it as Markdown: plain words stay text, every other word becomes code."""
    return _prose(text)
