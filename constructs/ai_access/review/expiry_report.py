"""`main.py expiring`: the teams whose access ends soon (or has ended), who owns them and what they lose.

The scheduled workflow turns the JSON into one GitHub issue per team (`.ci/expiry-reminders`):
each entry carries the issue's title and body, written here so that every request value in them
is shown literally (`review.render.code_span`): a cost centre is free text, and an issue body is
Markdown GitHub renders, mentions and references included. The body starts with a marker line
naming the team, by which the script finds the team's open issue again instead of opening another.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from datetime import date

from ai_access.models.lifecycle import later
from ai_access.models.platform import PlatformConfig
from ai_access.models.request import AccessRequest
from ai_access.review.lifecycle_plan import expiry_losses
from ai_access.review.render import code_span, markdown_prose

MARKER = "<!-- access-expiry-reminder team={team} -->"
"""The first line of a reminder's body: how `.ci/expiry-reminders` finds a team's issue."""
REQUEST_PATH = "developer-requests/{team}/access.yaml"


@dataclass(frozen=True)
class Ending:
    """One team whose access ends within the window, or has ended."""

    request: AccessRequest
    today: date
    loses: list[str]

    @property
    def expires_on(self) -> date:
        """The last day of access."""
        assert self.request.expires_on is not None
        return self.request.expires_on

    @property
    def days_left(self) -> int:
        """Days from today to the last day of access: 0 on that day, negative once it has passed."""
        return (self.expires_on - self.today).days

    @property
    def ended(self) -> bool:
        """True once the last day has passed: the team has lost what `loses` says."""
        return self.days_left < 0


def ending_teams(requests: list[AccessRequest], platform: PlatformConfig, *, today: date, within: int) -> list[Ending]:
    """The teams whose last day of access is within `within` days of `today` or already past, soonest first."""
    found = [
        Ending(request, today, expiry_losses(request, platform))
        for request in requests
        if request.expires_on is not None and (request.expires_on - today).days <= within
    ]
    return sorted(found, key=lambda e: (e.expires_on, e.request.team))


def render_text(endings: list[Ending], *, today: date, within: int) -> str:
    """One block per team, for a terminal."""
    if not endings:
        return f"No team's access ends within {within} days of {today}.\n"
    lines = [f"Access ending within {within} days of {today}, or ended:", ""]
    for e in endings:
        lines.append(f"{e.request.team}: {_when(e)}")
        lines.append(f"    owner {e.request.owner}, cost centre {e.request.cost_center}")
        lines += [f"    {'lost' if e.ended else 'loses'}: {loss}" for loss in e.loses]
        lines.append("")
    return "\n".join(lines)


def render_markdown(endings: list[Ending], *, today: date, within: int) -> str:
    """A Markdown list of the teams, every request value in a code span."""
    if not endings:
        return f"No team's access ends within {within} days of {code_span(str(today))}.\n"
    out = [f"### Access ending within {within} days of {code_span(str(today))}, or ended", ""]
    for e in endings:
        loses = "; ".join(e.loses)
        out.append(
            f"- {code_span(e.request.team)}: {markdown_prose(_when(e))}; owner {code_span(e.request.owner)}, "
            f"cost centre {code_span(e.request.cost_center)}; {'lost' if e.ended else 'loses'}: {markdown_prose(loses)}"
        )
    return "\n".join(out) + "\n"


def render_json(endings: list[Ending], requests: list[AccessRequest], *, today: date, within: int) -> str:
    """The teams with their reminder issue's title and body, and every team's last day (null: none).

    `lastDays` lets `.ci/expiry-reminders` say why it closes a reminder: renewed (a later day or
    none) or deleted (absent).
    """
    document = {
        "today": today.isoformat(),
        "within": within,
        "teams": [
            {
                "team": e.request.team,
                "owner": e.request.owner,
                "costCenter": e.request.cost_center,
                "expiresOn": e.expires_on.isoformat(),
                "daysLeft": e.days_left,
                "status": "ended" if e.ended else "ending",
                "loses": e.loses,
                "issue": {"title": issue_title(e), "body": issue_body(e)},
            }
            for e in endings
        ],
        "lastDays": {r.team: (r.expires_on.isoformat() if r.expires_on else None) for r in sorted(requests, key=lambda r: r.team)},
    }
    return json.dumps(document, indent=2, ensure_ascii=True) + "\n"


def issue_title(ending: Ending) -> str:
    """The reminder's title: the team and its last day (team names are DNS labels, plain text anywhere)."""
    verb = "ended" if ending.ended else "ends"
    return f"Model access of {ending.request.team} {verb} after {ending.expires_on}"


def issue_body(ending: Ending) -> str:
    """The reminder's body: the marker line, who owns it, what goes and when, and how to renew."""
    request = ending.request
    team = request.team
    suspended_on = later(ending.expires_on, 1)
    if ending.ended:
        head = f"The access of {code_span(team)} ended after {code_span(str(ending.expires_on))}: since {code_span(str(suspended_on))}"
        tense = "lost"
    else:
        days = "tomorrow" if ending.days_left == 0 else f"in {ending.days_left + 1} days"
        head = f"The access of {code_span(team)} ends after {code_span(str(ending.expires_on))}: on {code_span(str(suspended_on))} ({days}) the scheduled synth takes it away"
        tense = "loses"
    lines = [
        MARKER.format(team=team),
        head + ".",
        "",
        f"- owner: {code_span(request.owner)}",
        f"- cost centre: {code_span(request.cost_center)}",
        f"- it {tense}:",
        *(f"  - {markdown_prose(loss)}" for loss in ending.loses),
        "",
        f"To keep it, set a later `expiresOn` (or remove it) in {code_span(REQUEST_PATH.format(team=team))} in a pull request; "
        "the namespace, the key Secret and the Foundry project stay, so a renewal brings everything back under the same names. "
        "This issue is updated every day and closed when the request is renewed or deleted.",
    ]
    return "\n".join(lines) + "\n"


def _when(e: Ending) -> str:
    if e.ended:
        return f"ended after {e.expires_on} ({-e.days_left} days ago)"
    return f"ends after {e.expires_on} ({'today is the last day' if e.days_left == 0 else f'{e.days_left} days left'})"
