"""What `plan` says of a team's lifecycle: a rotation and its overlap, what expiry takes and when, what a renewal restores.

On the scratch repository of `support.scratch_git` (team-alpha and team-beta, committed with their
dist/ of 2026-11-27), as a pull request's check runs it.
"""

from __future__ import annotations

from pathlib import Path

from support.scratch_git import edit, git, run, scratch_repo  # noqa: F401

from ai_access.exit_codes import INVALID, OK

TODAY = "2026-11-27"
ALPHA = "developer-requests/team-alpha/access.yaml"


def _plan(base: str, today: str = TODAY) -> tuple[int, str, str]:
    return run(["plan", "--base", base, "--platform", "platform.yaml", "--today", today])


def _commit(repo: Path, message: str, today: str = TODAY) -> str:
    assert run(["synth", "--platform", "platform.yaml", "--today", today])[0] == OK
    git(repo, "add", "-A")
    git(repo, "-c", "user.name=t", "-c", "user.email=t@example.com", "commit", "-qm", message)
    return git(repo, "rev-parse", "HEAD")


def test_a_rotation_says_until_when_the_previous_key_works_and_loses_nothing(scratch_repo: tuple[Path, str]) -> None:
    # GIVEN team-alpha's key rotated today, with the documented command
    repo, base = scratch_repo
    assert run(["rotate-key", "--team", "team-alpha", "--platform", "platform.yaml", "--today", TODAY])[0] == OK
    # WHEN the pull request is planned
    code, text, err = _plan(base)
    # THEN the plan says where both keys are and until when, and nobody loses access
    assert code == OK, err
    assert "keyRotatedOn: - -> 2026-11-27" in text
    assert (
        "key rotated: the previous key works until 2026-12-03; the new key is in Secret ai-gateway-key (Subscription "
        "apim-subscription-20261127), the previous one in Secret ai-gateway-key-previous (Subscription apim-subscription-previous) "
        "until then, and the scheduled synth of 2026-12-04 removes it; switch every client to the new key before"
    ) in text
    assert "+ subscription-apim-subscription-20261127.yaml" in text and "+ subscription-apim-subscription-previous.yaml" in text
    assert "- subscription-apim-subscription.yaml" in text and "loses access" not in text


def test_a_second_rotation_that_does_not_name_the_key_it_replaces_fails_the_plan(scratch_repo: tuple[Path, str]) -> None:
    # GIVEN main holds a rotation of 2026-10-01
    repo, _ = scratch_repo
    edit(repo / ALPHA, '  expiresOn: "2030-06-30"\n', '  expiresOn: "2030-06-30"\n  keyRotatedOn: "2026-10-01"\n')
    base = _commit(repo, "a rotation")
    # WHEN a pull request rotates again by hand, without previousKeyRotatedOn
    edit(repo / ALPHA, 'keyRotatedOn: "2026-10-01"', 'keyRotatedOn: "2026-11-27"')
    code, _, err = _plan(base)
    # THEN the plan fails on the key it would leave in Azure, and rotate-key writes what it needs
    assert code == INVALID
    assert 'spec' not in err and 'data.previousKeyRotatedOn: this rotation replaces the key of 2026-10-01, so write previousKeyRotatedOn: "2026-10-01"' in err
    edit(repo / ALPHA, 'keyRotatedOn: "2026-11-27"', 'keyRotatedOn: "2026-10-01"')
    assert run(["rotate-key", "--team", "team-alpha", "--platform", "platform.yaml", "--today", TODAY])[0] == OK
    code, text, err = _plan(base)
    assert code == OK, err
    assert "previous one in Secret ai-gateway-key-previous (Subscription apim-subscription-20261001-previous)" in text


def test_expiry_names_what_goes_and_a_renewal_what_comes_back(scratch_repo: tuple[Path, str]) -> None:
    # GIVEN main synthesized on 2030-07-02, the day after team-alpha's last day
    repo, _ = scratch_repo
    base = _commit(repo, "the scheduled synth of 2030-07-02", today="2030-07-02")
    # WHEN a pull request renews it
    edit(repo / ALPHA, 'expiresOn: "2030-06-30"', 'expiresOn: "2031-06-30"')
    code, text, err = _plan(base, today="2030-07-02")
    # THEN the plan says the key works again and what comes back, by name
    assert code == OK, err
    assert (
        "renewed: the key works again; back under the same names: role assignments aks-cluster-user-"
    ) in text and "KAITO workspaces phi-4-72418c are removed" in text
    assert "+ workspace-phi-4-72418c.yaml" in text and "+ roleassignment-foundry-project-ai-user-" in text and "+ roleassignment-aks-cluster-user-" in text
