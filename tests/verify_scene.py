"""A team's access as the verify tests stage it: the Kubernetes and gateway stand-ins, and verify run against them.

The cluster serves the team's synthesized folder (from `fixture_dist`) with the status ASO and
KAITO report when all is well, plus the key Secret ASO writes; a test changes what it needs
before the gateway is built from the same objects. `run` calls the CLI in-process with the
stand-ins' kubeconfig, so every request is real HTTP on loopback.
"""

from __future__ import annotations

import base64
import io
import re
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

import pytest
import yaml
from conftest import FIXTURE_PLATFORM
from gateway_standin import GatewayStandIn
from kube_standin import KubeStandIn

from ai_access.cli import main
from ai_access.naming import ENDPOINT_CONFIGMAP, KEY_SECRET, TeamNames

LINE = re.compile(r"^(ok|failed|skipped) +(\S+) +(.+?): (.*)$")


@dataclass
class Scene:
    """The stand-ins of one team, running."""

    team: str
    dist: Path
    kube: KubeStandIn
    gateway: GatewayStandIn
    kubeconfig: Path
    endpoint: str

    def run(self, monkeypatch: pytest.MonkeyPatch, *args: str, context: str = "admin", endpoint: bool = True) -> Result:
        """`main.py verify` for this team; `endpoint` False reaches the gateway through the live ConfigMap."""
        monkeypatch.setenv("KUBECONFIG", str(self.kubeconfig))
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

    def statuses(self, status: str) -> list[tuple[str, str]]:
        """The (area, subject) of the checks that ended with `status`."""
        return [key for key, (found, _) in self.checks().items() if found == status]


def served_objects(dist: Path, team: str, key: str) -> list[dict[str, Any]]:
    """The team's folder as a healthy cluster holds it: with Ready status, and the key Secret."""
    objects = [yaml.safe_load(p.read_text()) for p in sorted((dist / "teams" / team).glob("*.yaml"))]
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
    data = {name: base64.b64encode(f"{key}-{name}".encode()).decode() for name in ("primaryKey", "secondaryKey")}
    objects.append({"apiVersion": "v1", "kind": "Secret", "metadata": {"name": KEY_SECRET, "namespace": namespace}, "type": "Opaque", "data": data})
    return objects


@contextmanager
def scene(dist: Path, team: str, tmp_path: Path, *, change: Callable[[KubeStandIn], None] | None = None, delay: float = 0.0) -> Iterator[Scene]:
    """Start both stand-ins for `team`; `change` edits the cluster's objects before the gateway reads them."""
    kube = KubeStandIn(served_objects(dist, team, key=f"key-of-{team}"))
    if change is not None:
        change(kube)
    api_path = urlsplit(kube.find("ConfigMap", ENDPOINT_CONFIGMAP)["data"]["endpoint"]).path
    gateway = GatewayStandIn.from_cluster(kube, TeamNames(team).namespace, api_path=api_path, delay=delay)
    with kube, gateway:
        yield Scene(team, dist, kube, gateway, kube.write_kubeconfig(tmp_path / "kubeconfig"), gateway.url + api_path)
