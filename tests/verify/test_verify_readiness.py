"""How verify reads ASO and KAITO status, and why its lines cannot be forged by what it prints."""

from __future__ import annotations

from ai_access.verify.output import format_line
from ai_access.verify.readiness import aso_ready, subscription_state, workspace_ready
from ai_access.verify.results import Check, Status, exit_code, failed, ok, skipped


def _aso(*conditions: dict, generation: int = 1, **status) -> dict:
    return {"metadata": {"generation": generation}, "status": {"conditions": list(conditions), **status}}


def test_aso_ready_reads_the_ready_condition_its_reason_severity_and_message() -> None:
    assert aso_ready(_aso({"type": "Ready", "status": "True", "observedGeneration": 1})) == (True, "Ready")
    ready, why = aso_ready(
        _aso({"type": "Ready", "status": "False", "reason": "ReferenceNotFound", "severity": "Warning", "message": "owner apim-product not found"})
    )
    assert not ready and why == "not Ready: ReferenceNotFound (Warning): owner apim-product not found"
    assert aso_ready({"metadata": {}})[0] is False


def test_a_ready_condition_for_an_older_generation_is_not_ready() -> None:
    ready, why = aso_ready(_aso({"type": "Ready", "status": "True", "observedGeneration": 1}, generation=2))
    assert not ready and "generation 1" in why and "at 2" in why


def test_the_subscription_state_azure_reports_wins_over_the_spec() -> None:
    assert subscription_state({"spec": {"state": "active"}, "status": {"state": "suspended"}}) == "suspended"
    assert subscription_state({"spec": {"state": "suspended"}}) == "suspended"


def test_a_workspace_is_ready_only_when_it_succeeded_and_says_what_it_waits_for() -> None:
    succeeded = {"status": {"conditions": [{"type": "WorkspaceSucceeded", "status": "True"}]}}
    assert workspace_ready(succeeded)[0] is True
    waiting = {"status": {"conditions": [
        {"type": "ResourceReady", "status": "True"},
        {"type": "InferenceReady", "status": "False", "reason": "Pending", "message": "pulling the image"},
    ]}}
    ready, why = workspace_ready(waiting)
    assert not ready and why == "not ready: InferenceReady=False: Pending: pulling the image"
    assert workspace_ready({})[0] is False


def test_exit_codes_a_failed_check_beats_an_unreachable_one_and_skips_do_not_count() -> None:
    unreachable = failed("gateway", "model m", "no answer", environment=True)
    wrong = failed("gateway", "model n", "403")
    assert exit_code([ok("a", "b", "c"), skipped("a", "d", "e")]) == 0
    assert exit_code([unreachable, skipped("a", "d", "e")]) == 3
    assert exit_code([unreachable, wrong]) == 1


def test_a_message_from_the_cluster_cannot_forge_another_line() -> None:
    line = format_line(Check("gateway", "model m", Status.FAILED, "403\nok      gateway    model x: fine"))
    assert "\n" not in line and line.startswith("failed  gateway    model m: 403\\n")
