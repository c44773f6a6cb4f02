"""verify sends the team's key only where the synthesized folder says, only over https, only in its own header.

The cluster and the gateway may be misconfigured or compromised: a live ConfigMap that lies about
the endpoint, the header or the models, an endpoint over plain http, with a user name and password
in it, or with a scheme that is not http at all. Each is staged against the loopback stand-ins.
"""

from __future__ import annotations

import pytest
from support.hostile_answers import RecordingServer
from support.loopback_tls import server_context
from support.verify_scene import TEAMS, keyed, models_of, scene, set_folder_endpoint

from ai_access import exit_codes
from ai_access.names.team import ENDPOINT_CONFIGMAP

ENDPOINT = ("gateway", "endpoint")


def test_a_lying_endpoint_configmap_gets_no_call_and_no_key(fixture_dist, fixture_report, tmp_path, monkeypatch) -> None:
    # GIVEN a live ConfigMap that sends the team elsewhere, in another header, for 300 models
    team = TEAMS[0]
    models = models_of(fixture_report, team)
    with scene(fixture_dist, team, tmp_path) as staged, RecordingServer(tls=server_context()) as elsewhere:
        staged.kube.find("ConfigMap", ENDPOINT_CONFIGMAP)["data"].update(
            endpoint=elsewhere.url + "/openai", keyHeader="x-leak", models=",".join(f"model-{n}" for n in range(300))
        )
        # WHEN verify runs without --endpoint
        result = staged.run(monkeypatch)
        sent = list(staged.gateway.calls)
    # THEN nothing reaches the other endpoint, and the key goes in the folder's header, once per folder model
    assert elsewhere.calls == []
    status, message = result.check("kubernetes", f"ConfigMap {ENDPOINT_CONFIGMAP}")
    assert status == "failed" and all(key in message for key in ("endpoint", "keyHeader", "models"))
    assert len(sent) == 1 + len(models) + 1
    assert len(keyed(sent)) == len(models) + 1 and keyed(sent, "x-leak") == []
    assert [result.check("gateway", f"model {m}")[0] for m in models] == ["ok"] * len(models)
    assert result.code == exit_codes.INVALID


def test_the_calls_are_bounded_by_the_catalog_whatever_the_folder_lists(fixture_dist, fixture_report, tmp_path, monkeypatch) -> None:
    team = TEAMS[0]
    models = models_of(fixture_report, team)
    with scene(fixture_dist, team, tmp_path) as staged:
        listed = ",".join([*models, *models, *(f"model-{n}" for n in range(300))])
        set_folder_endpoint(staged.dist, team, staged.endpoint, models=listed)
        staged.kube.find("ConfigMap", ENDPOINT_CONFIGMAP)["data"]["models"] = listed
        result = staged.run(monkeypatch)
        sent = list(staged.gateway.calls)
    assert len(keyed(sent)) == len(models) + 1  # each catalog model once, and the refused one
    status, message = result.check("gateway", "models")
    assert status == "failed" and "300 model(s)" in message and "model-0" in message
    assert result.code == exit_codes.INVALID


@pytest.mark.parametrize("where", ["--endpoint", "folder"])
def test_plain_http_never_gets_the_key(fixture_dist, fixture_report, tmp_path, monkeypatch, where) -> None:
    team = TEAMS[0]
    with scene(fixture_dist, team, tmp_path, tls=False) as staged:  # the gateway, and so the folder, on http://
        result = staged.run(monkeypatch, endpoint=where == "--endpoint")
        sent = list(staged.gateway.calls)
    assert keyed(sent) == [] and len(sent) == 1  # the call without a key still goes: it proves the 401
    status, message = result.check(*ENDPOINT)
    assert status == "failed" and "plain http" in message and "https" in message
    assert result.check("gateway", "call without a key")[0] == "ok"
    assert all(result.check("gateway", f"model {m}")[0] == "skipped" for m in models_of(fixture_report, team))
    assert result.code == exit_codes.INVALID


BAD_URLS = [
    "ftp://127.0.0.1/openai",
    "file:///etc/passwd",
    "127.0.0.1/openai",
    "https:///openai",
    "https://[::1/openai",
    "https://127.0.0.1:99999/openai",
    "https://127.0.0.1/openai?api-version=1",
    "https://127.0.0.1/open\nai",
    "https://someone:hunter2@127.0.0.1/openai",
    "https://hunter2@127.0.0.1/openai",
]


@pytest.mark.parametrize("url", BAD_URLS)
def test_an_endpoint_option_that_is_not_a_plain_http_url_is_a_usage_error_and_nothing_is_sent(fixture_dist, tmp_path, monkeypatch, url) -> None:
    with scene(fixture_dist, TEAMS[0], tmp_path) as staged:
        staged.endpoint = url
        result = staged.run(monkeypatch, endpoint=True)
        sent, read = list(staged.gateway.calls), list(staged.kube.requests)
    assert result.code == exit_codes.USAGE, result.out + result.err
    assert "hunter2" not in result.out + result.err
    assert result.err.startswith("verify: --endpoint") and len(result.err.splitlines()) == 1
    assert sent == [] and read == []


@pytest.mark.parametrize("url", BAD_URLS)
def test_a_folder_endpoint_that_is_not_a_plain_https_url_is_a_failed_check_and_nothing_is_sent(fixture_dist, tmp_path, monkeypatch, url) -> None:
    team = TEAMS[0]
    with scene(fixture_dist, team, tmp_path) as staged:
        set_folder_endpoint(staged.dist, team, url)
        staged.kube.find("ConfigMap", ENDPOINT_CONFIGMAP)["data"]["endpoint"] = url
        result = staged.run(monkeypatch, "--format", "json")
        sent = list(staged.gateway.calls)
    assert result.code == exit_codes.INVALID  # the folder is wrong: not an unreachable environment
    assert "hunter2" not in result.out + result.err
    status, message = result.check_json(*ENDPOINT)
    assert status == "failed" and "nothing is sent" in message
    assert sent == []


def test_the_key_header_the_folder_names_must_be_a_header_name(fixture_dist, tmp_path, monkeypatch) -> None:
    team = TEAMS[0]
    with scene(fixture_dist, team, tmp_path) as staged:
        set_folder_endpoint(staged.dist, team, staged.endpoint, keyHeader="api-key: x\r\nX-Injected")
        result = staged.run(monkeypatch)
        sent = list(staged.gateway.calls)
    status, message = result.check("gateway", "key header")
    assert status == "failed" and "not an HTTP header name" in message
    assert keyed(sent) == [] and keyed(sent, "x-injected") == []
    assert result.code == exit_codes.INVALID
