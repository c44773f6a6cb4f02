"""A plan too large for a pull-request comment is summarised there, and kept whole elsewhere, never dropped.

GitHub refuses a comment over 65,536 characters, so a plan of many teams (a platform rename touches
every team) was never posted. `render_markdown` puts a summary first, within a comment whatever
the plan holds, and `.ci/plan-comment` (the workflow's step) posts the whole plan when it fits and
the summary with where the whole plan is otherwise: the job summary, or the run's artifact.
"""

from __future__ import annotations

import re
import subprocess
from pathlib import Path
from uuid import UUID

import pytest
import yaml
from support.files import REPO
from support.markdown import MARKUP, markdown_tokens  # noqa: F401

from ai_access.review.plan import FieldChange, Plan, TeamPlan
from ai_access.review.render import DETAILS, render_markdown

SCRIPT = REPO / ".ci" / "plan-comment"
WORKFLOW = REPO / ".github" / "workflows" / "access-requests.yml"
COMMENT_LIMIT = 65_536
RUN_URL = "https://github.example/contoso/ai/actions/runs/42"


def _team(number: int) -> TeamPlan:
    name = f"team-{number:05d}-" + "x" * 52  # 63 characters, the longest a team name may be
    group = UUID(int=number)
    return TeamPlan(
        name,
        "change",
        changes=[FieldChange("entraGroupId", str(group), "")],
        losses=[f"Entra group {group} loses reading the key Secret ai-gateway-key: entraGroupId removed", "its key moves to API Management apim-new"],
        objects_removed=[f"rolebinding-ai-gateway-key-reader-{number}.yaml"],
    )


def _huge_plan(teams: int) -> Plan:
    return Plan(
        [_team(i) for i in range(teams)],
        [f"+ argocd/appproject-ai-team-{i:05d}.yaml" for i in range(teams)],
        teams_at_base=teams,
        unretired=[f"team-{i:05d}" for i in range(teams // 10)],
        notes=[f"retiredTeams no longer lists team-old-{i}: a new request named team-old-{i} is given its kept Foundry project, with its data" for i in range(300)],
    )


def _summary(markdown: str) -> str:
    return markdown.split(f"\n{DETAILS}\n", 1)[0]


@pytest.mark.parametrize("teams", [3, 400, 5000])
def test_the_summary_fits_a_comment_and_the_whole_plan_holds_every_team(teams: int) -> None:
    plan = _huge_plan(teams)
    markdown = render_markdown(plan, "origin/main")
    summary = _summary(markdown)
    assert markdown.count(f"\n{DETAILS}\n") == 1
    assert len(summary.encode()) < COMMENT_LIMIT - 1000  # room for the line saying where the rest is
    # Nothing is dropped from the whole: every team with its losses, every name and object, whole.
    lines, spans = set(markdown.splitlines()), set(re.findall(r"`[^`]+`", markdown))
    for team in plan.teams:
        assert f"#### `{team.team}`: changed" in lines
        assert "- :no_entry: loses access: its key moves to API Management apim-new" in lines
    assert all(f"`{entry}`" in spans for entry in plan.platform_objects)
    assert all(f"`{team}`" in spans for team in plan.unretired)
    assert {f"`team-old-{i}`" for i in range(len(plan.notes))} <= spans
    if teams > 100:
        assert "more (in the details below)" in summary


def test_the_summary_keeps_request_values_out_of_markup() -> None:
    summary = _summary(render_markdown(_huge_plan(400), "origin/main"))
    assert [t.type for t in markdown_tokens(summary) if t.type in MARKUP] == []


def _run_script(tmp_path: Path, plan_text: str) -> tuple[str, str]:
    plan, comment, summary = tmp_path / "plan.md", tmp_path / "comment.md", tmp_path / "summary.md"
    plan.write_text(plan_text, encoding="utf-8")
    summary.write_text("earlier steps' summary\n", encoding="utf-8")
    subprocess.run(["bash", str(SCRIPT), str(plan), str(comment), str(summary), RUN_URL], check=True, timeout=60)
    return comment.read_text(encoding="utf-8"), summary.read_text(encoding="utf-8")


def test_a_plan_that_fits_is_the_comment_and_the_job_summary_as_it_is(tmp_path: Path) -> None:
    markdown = render_markdown(_huge_plan(3), "origin/main")
    comment, summary = _run_script(tmp_path, markdown)
    assert comment == markdown
    assert summary == "earlier steps' summary\n" + markdown


def test_a_plan_too_long_for_a_comment_is_summarised_there_and_whole_in_the_job_summary(tmp_path: Path) -> None:
    markdown = render_markdown(_huge_plan(400), "origin/main")
    assert COMMENT_LIMIT < len(markdown.encode()) < 1_000_000
    comment, summary = _run_script(tmp_path, markdown)
    assert len(comment) <= COMMENT_LIMIT and len(comment.encode()) <= COMMENT_LIMIT
    assert comment.startswith(_summary(markdown))
    assert DETAILS not in comment
    assert comment.rstrip().endswith(f"are in this run's job summary and its `plan` artifact: {RUN_URL}")
    assert summary == "earlier steps' summary\n" + markdown


def test_a_plan_too_large_even_for_the_job_summary_points_at_the_artifact(tmp_path: Path) -> None:
    markdown = render_markdown(_huge_plan(5000), "origin/main")
    assert len(markdown.encode()) > 1_000_000
    comment, summary = _run_script(tmp_path, markdown)
    assert len(comment.encode()) <= COMMENT_LIMIT and comment.rstrip().endswith(f"in this run's `plan` artifact: {RUN_URL}")
    assert len(summary.encode()) < 1_000_000
    assert summary.startswith("earlier steps' summary\n" + _summary(markdown))
    assert "it is the `plan` artifact of this run" in summary


def test_the_workflow_posts_the_fitted_comment_and_keeps_the_whole_plan() -> None:
    steps = {step.get("name"): step for step in yaml.safe_load(WORKFLOW.read_text())["jobs"]["check"]["steps"]}
    plan_step = steps["Plan"]["run"]
    assert "--format markdown > plan.md" in plan_step
    assert '.ci/plan-comment plan.md comment.md "$GITHUB_STEP_SUMMARY"' in plan_step
    artifact = steps["Keep the whole plan and its comment as artifacts"]
    assert artifact["uses"].startswith("actions/upload-artifact@") and artifact["with"]["path"].split() == ["plan.md", "comment.md"]
    # The comment job, which runs none of the pull request's code, posts the fitted comment from that artifact.
    comment_job = {step.get("name"): step for step in yaml.safe_load(WORKFLOW.read_text())["jobs"]["comment"]["steps"]}
    post = comment_job["Post the plan as a PR comment"]["run"]
    assert 'comment="$RUNNER_TEMP/plan/comment.md"' in post and '--body-file "$comment"' in post and "plan.md" not in post
