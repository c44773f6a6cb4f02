"""`main.py verify` after a key rotation (docs/lifecycle.md): both keys during the overlap, the previous one refused after it.

team-alpha rotated on 2026-11-25 is synthesized in process for a day of its overlap and for a day
after it, and served by the stand-ins of `support.verify_scene`: the Secret each Subscription
writes holds its key, and the gateway knows a key only while the cluster holds its Subscription.
"""

from __future__ import annotations

import base64
from datetime import date
from pathlib import Path

import pytest
from support.kube_standin import KubeStandIn
from support.verify_scene import scene

from ai_access import exit_codes
from ai_access.names.team import PREVIOUS_KEY_SECRET, TeamNames

TEAM = "team-alpha"
ROTATED = date(2026, 11, 25)
PREVIOUS = ("gateway", "previous key")


@pytest.fixture(scope="module")
def synthesized(tmp_path_factory: pytest.TempPathFactory, fixture_report, platform) -> dict[date, Path]:
    """team-alpha's output on a day of the overlap (2026-11-27) and on a day after it (2026-12-02), built once."""
    from ai_access.synth.synthesize import synth_gitops

    request = next(r.request for r in fixture_report.requests if r.request.team == TEAM).model_copy(update={"key_rotated_on": ROTATED})
    built = {}
    for today in (date(2026, 11, 27), date(2026, 12, 2)):
        built[today] = tmp_path_factory.mktemp("rotation") / "dist"
        synth_gitops([request], platform, str(built[today]), today=today)
    return built


def test_during_the_overlap_both_keys_are_read_and_both_work(synthesized, tmp_path, monkeypatch) -> None:
    with scene(synthesized[date(2026, 11, 27)], TEAM, tmp_path) as staged:
        result = staged.run(monkeypatch)
    assert result.code == exit_codes.OK, result.out
    assert result.check("kubernetes", f"Secret {PREVIOUS_KEY_SECRET}")[0] == "ok"
    status, message = result.check(*PREVIOUS)
    assert status == "ok" and "works until 2026-12-01" in message


def test_during_the_overlap_a_previous_key_the_gateway_refuses_fails(synthesized, tmp_path, monkeypatch) -> None:
    def suspend_previous(kube: KubeStandIn) -> None:
        previous = kube.find("Subscription", "apim-subscription-previous")
        previous["spec"]["state"] = previous["status"]["state"] = "suspended"

    with scene(synthesized[date(2026, 11, 27)], TEAM, tmp_path, change=suspend_previous) as staged:
        result = staged.run(monkeypatch)
    assert result.code == exit_codes.INVALID
    status, message = result.check(*PREVIOUS)
    assert status == "failed" and "must work until the overlap ends" in message


@pytest.mark.parametrize("left", [False, True], ids=["secret gone", "secret still there"])
def test_after_the_overlap_the_previous_key_is_gone_or_refused(synthesized, tmp_path, monkeypatch, left: bool) -> None:
    def leave_previous_secret(kube: KubeStandIn) -> None:
        # ASO has not removed it yet: its Subscription is gone, so the gateway no longer knows the key
        data = {"primaryKey": base64.b64encode(b"previous-key-of-team-alpha-primaryKey").decode()}
        kube.objects.append({"apiVersion": "v1", "kind": "Secret", "metadata": {"name": PREVIOUS_KEY_SECRET, "namespace": TeamNames(TEAM).namespace}, "type": "Opaque", "data": data})

    with scene(synthesized[date(2026, 12, 2)], TEAM, tmp_path, change=leave_previous_secret if left else None) as staged:
        result = staged.run(monkeypatch)
    assert result.code == exit_codes.OK, result.out
    status, message = result.check("kubernetes", f"Secret {PREVIOUS_KEY_SECRET}")
    assert status == "ok" and ("gone" in message) != left
    if left:
        assert result.check(*PREVIOUS) == ("ok", "refused with 401: the rotation's overlap is over")
    else:
        assert PREVIOUS not in result.checks()
