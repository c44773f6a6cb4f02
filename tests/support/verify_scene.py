"""A team's access as the verify tests stage it: the Kubernetes and gateway stand-ins, and verify run against them.

The cluster serves the team's synthesized folder (from `fixture_dist`) with the status ASO and
KAITO report when all is well, plus the key Secret ASO writes; a test changes what it needs
before the gateway is built from the same objects. The scene's own copy of the folder (`dist`)
and the served ConfigMap name the gateway stand-in's https URL as the endpoint, as a platform's
synthesized folder names its APIM gateway. `run` calls the CLI in-process with the stand-ins'
kubeconfig and the stand-ins' certificate trusted, so every request is real HTTP on loopback.
"""

from __future__ import annotations

import base64
import io
import json
import re
import shutil
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

import pytest
import yaml
from support.files import FIXTURE_PLATFORM, FIXTURE_REQUESTS
from support.gateway_standin import GatewayStandIn
from support.kube_standin import KubeStandIn
from support.loopback_tls import certificate
from support.pod_selection import kaito_pods

from ai_access.cli import main
from ai_access.names.team import ENDPOINT_CONFIGMAP, KEY_SECRET, TeamNames

LINE = re.compile(r"^(ok|failed|skipped) +(\S+) +(.+?): (.*)$")
TEAMS = sorted(p.name for p in FIXTURE_REQUESTS.iterdir() if (p / "access.yaml").is_file())


def request_of(fixture_report: Any, team: str) -> Any:
    """The validated fixture request of `team`."""
    return next(loaded.request for loaded in fixture_report.requests if loaded.request.team == team)


def team_with(fixture_report: Any, what: Callable[[Any], Any]) -> str:
    """The first fixture team whose request has `what`."""
    return next(t for t in TEAMS if what(request_of(fixture_report, t)))


def models_of(fixture_report: Any, team: str) -> list[str]:
    """The team's enabled models, in request order."""
    return [m.name for m in request_of(fixture_report, team).enabled_models]


def keyed(calls: list[Any], header: str = "api-key") -> list[Any]:
    """The gateway calls that carried a header named `header`."""
    return [c for c in calls if header.lower() in {name.lower() for name in c.headers}]


@dataclass
class Scene:
    """The stand-ins of one team, running."""

    team: str
    dist: Path
    kube: KubeStandIn
    gateway: GatewayStandIn
    kubeconfig: Path
    endpoint: str

    def run(self, monkeypatch: pytest.MonkeyPatch, *args: str, context: str = "admin", endpoint: bool = False) -> Result:
        """`main.py verify` for this team; `endpoint` passes the stand-in's URL as `--endpoint` too."""
        monkeypatch.setenv("KUBECONFIG", str(self.kubeconfig))
        monkeypatch.setenv("SSL_CERT_FILE", str(certificate()[0]))
        monkeypatch.delenv("KUBERNETES_SERVICE_HOST", raising=False)
        argv = ["verify", "--team", self.team, "--dist", str(self.dist), "--platform", str(FIXTURE_PLATFORM), "--context", context]
        argv += ["--endpoint", self.endpoint] if endpoint else []
        out, err = io.StringIO(), io.StringIO()
        seen: list[str] = []
        self.gateway.on_call = lambda request: seen.append(out.getvalue())
        code = main([*argv, "--timeout", "5", *args], stdout=out, stderr=err)
        return Result(code, out.getvalue(), err.getvalue(), seen)


@dataclass
class Result:
    """What verify printed, and the output as it stood when each gateway call arrived."""

    code: int
    out: str
    err: str
    output_at_each_call: list[str]

    def checks(self) -> dict[tuple[str, str], tuple[str, str]]:
        """(area, subject) -> (status, message) of every check line."""
        found = {}
        for line in self.out.splitlines():
            match = LINE.match(line)
            if match:
                status, area, subject, message = match.groups()
                found[(area, subject)] = (status, message)
        return found

    def check(self, area: str, subject: str) -> tuple[str, str]:
        """One check's (status, message)."""
        return self.checks()[(area, subject)]

    def document(self) -> dict[str, Any]:
        """The `--format json` document."""
        return json.loads(self.out)

    def check_json(self, area: str, subject: str) -> tuple[str, str]:
        """One check's (status, message) from the `--format json` document."""
        found = [(c["status"], c["message"]) for c in self.document()["checks"] if (c["area"], c["subject"]) == (area, subject)]
        assert len(found) == 1, (area, subject, self.out)
        return found[0]

    def statuses(self, status: str) -> list[tuple[str, str]]:
        """The (area, subject) of the checks that ended with `status`."""
        return [key for key, (found, _) in self.checks().items() if found == status]


def served_objects(dist: Path, team: str, key: str) -> list[dict[str, Any]]:
    """The team's folder as a healthy cluster holds it: with Ready status, the Secret each Subscription writes, and each workspace's running pod.

    The key Secret holds `key`-primaryKey; the previous-key Secret of a rotation's overlap `previous-<key>`-primaryKey.
    """
    objects = [yaml.safe_load(p.read_text()) for p in sorted((dist / "teams" / team).glob("*.yaml"))]
    pods = [pod for obj in objects if obj["kind"] == "Workspace" for pod in kaito_pods(obj)]
    for pod in pods:
        pod["status"] = {"phase": "Running"}
    for obj in objects:
        group = obj["apiVersion"].rpartition("/")[0]
        if group.endswith(".azure.com"):
            obj["metadata"]["generation"] = 1
            obj["status"] = {"conditions": [{"type": "Ready", "status": "True", "observedGeneration": 1, "reason": "Succeeded"}]}
            if obj["kind"] == "Subscription":
                obj["status"]["state"] = "active"
        elif obj["kind"] == "Workspace":
            obj["status"] = {"conditions": [{"type": t, "status": "True", "reason": "ok"} for t in ("ResourceReady", "InferenceReady", "WorkspaceSucceeded")]}
    namespace = TeamNames(team).namespace
    written = {o["spec"]["operatorSpec"]["secrets"]["primaryKey"]["name"] for o in objects if o["kind"] == "Subscription"} | {KEY_SECRET}
    for secret in sorted(written):
        value = key if secret == KEY_SECRET else f"previous-{key}"
        data = {name: base64.b64encode(f"{value}-{name}".encode()).decode() for name in ("primaryKey", "secondaryKey")}
        objects.append({"apiVersion": "v1", "kind": "Secret", "metadata": {"name": secret, "namespace": namespace}, "type": "Opaque", "data": data})
    return objects + pods


@contextmanager
def scene(
    dist: Path, team: str, tmp_path: Path, *, change: Callable[[KubeStandIn], None] | None = None, delay: float = 0.0, tls: bool = True
) -> Iterator[Scene]:
    """Start both stand-ins for `team`; `change` edits the cluster's objects before the gateway reads them."""
    kube = KubeStandIn(served_objects(dist, team, key=f"key-of-{team}"))
    config_map = kube.find("ConfigMap", ENDPOINT_CONFIGMAP)
    api_path = urlsplit(config_map["data"]["endpoint"]).path
    gateway = GatewayStandIn.from_cluster(kube, TeamNames(team).namespace, api_path=api_path, delay=delay, tls=tls)
    endpoint = gateway.url + api_path
    config_map["data"]["endpoint"] = endpoint
    copy = tmp_path / "dist"
    shutil.copytree(dist / "teams" / team, copy / "teams" / team)
    set_folder_endpoint(copy, team, endpoint)
    if change is not None:
        change(kube)
    with kube, gateway:
        yield Scene(team, copy, kube, gateway, kube.write_kubeconfig(tmp_path / "kubeconfig"), endpoint)


def set_folder_endpoint(dist: Path, team: str, endpoint: str, **data: str) -> None:
    """Write `endpoint` (and any other `data`) into the ConfigMap of the team's folder in `dist`."""
    for path in sorted((dist / "teams" / team).glob("*.yaml")):
        obj = yaml.safe_load(path.read_text())
        if obj["kind"] == "ConfigMap" and obj["metadata"]["name"] == ENDPOINT_CONFIGMAP:
            obj["data"].update(endpoint=endpoint, **data)
            path.write_text(yaml.safe_dump(obj, sort_keys=False))
