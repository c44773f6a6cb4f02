"""plan's two renderings, line by line: the terminal text and the pull-request comment.

The plan is built by hand, so every action, loss, warning, object and sign of a cost shows once.
`test_plan_markdown.py` proves that no value becomes markup; this file pins what the reader sees.
"""

from __future__ import annotations

from ai_access.review.plan import FieldChange, Plan, TeamPlan
from ai_access.review.render import render_markdown, render_text


def _plan() -> Plan:
    return Plan(
        [
            TeamPlan("team-a", "create", changes=[FieldChange("tokensPerMinute", "", "1,000")], cost_after=1234.5),
            TeamPlan(
                "team-b",
                "change",
                changes=[FieldChange("owner", "dana@contoso.com", "sam@contoso.com"), FieldChange("expiresOn", "2027-01-31", "")],
                warnings=["a note"],
                losses=["key suspended on 2026-11-02", "all models disabled"],
                cost_before=10.0,
                cost_after=10.0,
                objects_added=["d.yaml"],
                objects_removed=["a.yaml"],
                objects_changed=["c.yaml"],
            ),
            TeamPlan("team-c", "delete", warnings=["gone"], losses=["deleted: its key stops working"], cost_before=0.25),
            TeamPlan("team-d", "unchanged", cost_before=5.0, cost_after=5.5),
        ],
        ["+ argocd/appproject-ai-a.yaml", "~ argocd/applicationset-ai-model-access-teams.yaml"],
        teams_at_base=3,
    )


def test_the_text_plan_shows_every_team_with_its_marker_cost_losses_changes_warnings_and_objects() -> None:
    assert render_text(_plan(), "main") == """\
Plan against main: 1 created, 1 changed, 1 deleted

ArgoCD objects:
    + argocd/appproject-ai-a.yaml
    ~ argocd/applicationset-ai-model-access-teams.yaml
    !! the ApplicationSet changes: ArgoCD regenerates (or prunes) every team's Application

+ team-a: created  (monthly cost $0.00 -> $1,234.50, +$1,234.50)
    tokensPerMinute: - -> 1,000

~ team-b: changed  (monthly cost $10.00 -> $10.00, +$0.00)
    !! loses access: key suspended on 2026-11-02
    !! loses access: all models disabled
    owner: dana@contoso.com -> sam@contoso.com
    expiresOn: 2027-01-31 -> -
    !! a note
    + d.yaml
    - a.yaml
    ~ c.yaml

!! team-c: DELETED  (monthly cost $0.25 -> $0.00, -$0.25)
    !! loses access: deleted: its key stops working
    !! gone

  team-d: unchanged  (monthly cost $5.00 -> $5.50, +$0.50)

Estimated monthly cost delta: +$1,234.75
"""


def test_the_markdown_plan_shows_the_same_with_warnings_for_the_application_set_and_lost_access() -> None:
    assert render_markdown(_plan(), "main") == """\
### AI access plan against `main`

1 created, 1 changed, 1 deleted

> [!WARNING]
> The ApplicationSet changes: ArgoCD regenerates (or prunes) every team's Application.

ArgoCD objects: `+ argocd/appproject-ai-a.yaml`, `~ argocd/applicationset-ai-model-access-teams.yaml`

> [!CAUTION]
> These teams lose access:
> - `team-b`: key suspended on `2026-11-02`; all models disabled
> - `team-c`: deleted: its key stops working

#### Details

| team | action | monthly cost before | after | delta |
|---|---|---:|---:|---:|
| `team-a` | created | $0.00 | $1,234.50 | +$1,234.50 |
| `team-b` | changed | $10.00 | $10.00 | +$0.00 |
| `team-c` | DELETED | $0.25 | $0.00 | -$0.25 |
| `team-d` | unchanged | $5.00 | $5.50 | +$0.50 |

**Estimated monthly cost delta: +$1,234.75** (ceilings: GPU nodes all month, daily quotas used every day)

#### `team-a`: created

- `tokensPerMinute`: - → `1,000`

#### `team-b`: changed

- :no_entry: loses access: key suspended on `2026-11-02`
- :no_entry: loses access: all models disabled
- `owner`: `dana@contoso.com` → `sam@contoso.com`
- `expiresOn`: `2027-01-31` → -
- :warning: a note
- objects: `+ d.yaml`, `- a.yaml`, `~ c.yaml`

#### `team-c`: DELETED

- :no_entry: loses access: deleted: its key stops working
- :warning: gone

#### `team-d`: unchanged


"""


def test_no_change_is_one_sentence() -> None:
    assert render_text(Plan([]), "main") == "No change against main.\n"
    assert render_markdown(Plan([]), "origin/main") == "### AI access plan\n\nNo change against `origin/main`.\n"


def test_a_plan_of_platform_objects_alone_is_still_a_plan() -> None:
    plan = Plan([], ["~ bootstrap/root.yaml"])
    assert render_text(plan, "main") == """\
Plan against main: 0 created, 0 changed, 0 deleted

ArgoCD objects:
    ~ bootstrap/root.yaml

Estimated monthly cost delta: +$0.00
"""
    assert render_markdown(plan, "main") == """\
### AI access plan against `main`

0 created, 0 changed, 0 deleted

ArgoCD objects: `~ bootstrap/root.yaml`

#### Details

| team | action | monthly cost before | after | delta |
|---|---|---:|---:|---:|

**Estimated monthly cost delta: +$0.00** (ceilings: GPU nodes all month, daily quotas used every day)

"""


def test_values_keep_their_backticks_spaces_and_control_characters_visible_in_one_code_span() -> None:
    values = ["a`b", " a", "a`", "   ", "\x1b[1m", "``", "Xa", "aX", " X"]
    warning = "see (team-x1) and GH-1, then 2027-01-01 ( line\nbreak."
    plan = Plan([TeamPlan("a|b\\c", "change", changes=[FieldChange(v, v, "") for v in values], warnings=[warning])])
    lines = render_markdown(plan, "main").splitlines()
    # In a table cell, '|' and '\' are replaced: renderers split on them differently.
    assert "| `a\ufffdb\ufffdc` | changed | $0.00 | $0.00 | +$0.00 |" in lines
    assert lines[lines.index("#### `a|b\\c`: changed") + 2 :] == [
        "- ``a`b``: ``a`b`` → -",
        "- `  a `: `  a ` → -",
        "- `` a` ``: `` a` `` → -",
        "- `   `: `   ` → -",
        "- `\\x1b[1m`: `\\x1b[1m` → -",
        "- ``` `` ```: ``` `` ``` → -",
        "- `Xa`: `Xa` → -",
        "- `aX`: `aX` → -",
        "- `  X `: `  X ` → -",
        "- :warning: see (`team-x1`) and `GH-1`, then `2027-01-01` ( `line\\nbreak`.",
        "",
    ]


def test_an_empty_team_name_is_still_one_code_span() -> None:
    lines = render_markdown(Plan([TeamPlan("", "create")]), "main").splitlines()
    assert "| ` ` | created | $0.00 | $0.00 | +$0.00 |" in lines
