"""A stand-in for the Kubernetes API server on loopback, for the verify tests.

It serves objects (a team's synthesized folder plus the status a test gives them) over the REST
paths of the Kubernetes API: discovery of a group/version (`/api/v1` for the core group, `/apis/<group>/<version>`),
reads of namespaced and cluster-scoped objects, lists of a namespace's pods by `labelSelector`
(equality terms `k=v,k=v`, as `kubectl get pods -l` sends them), and 401/403/404 `Status` answers
as the API server gives them. `hostile` replaces the answer for a path with one a compromised server would give
(`hostile_answers`). Callers are told apart by their
bearer token: `admin` may read everything; `viewer` everything but Secrets (Kubernetes' built-in
`view` role leaves Secrets out, and lists pods); `member` what the team's own Role and RoleBinding grant a member
of the groups they name, evaluated from those synthesized objects.
"""

from __future__ import annotations

import json
import re
import threading
from urllib.parse import parse_qs
from collections.abc import Iterator
from contextlib import contextmanager
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import Any

import yaml
from support.hostile_answers import Writer

Obj = dict[str, Any]
TOKENS = {"admin-token": "admin", "viewer-token": "viewer", "member-token": "member"}
CLUSTER_SCOPED = {"Namespace", "ClusterRole", "ClusterRoleBinding", "PersistentVolume", "StorageClass"}


def plural(kind: str) -> str:
    """The resource name of a kind, as the CRDs and core kinds this project emits spell it."""
    lower = kind.lower()
    if lower.endswith("y"):
        return lower[:-1] + "ies"
    return lower + ("es" if lower.endswith("s") else "s")


class KubeStandIn:
    """The API server: `objects` are served as they are; tests may change them between runs."""

    def __init__(self, objects: list[Obj]) -> None:
        """Serve `objects` (each with apiVersion, kind and metadata)."""
        self.objects = objects
        self.requests: list[str] = []
        self.tokens: list[tuple[str, str | None]] = []
        """(path, bearer token) of every request, in order."""
        self.hostile: dict[str, Writer] = {}
        """Answers that replace the served one for a path (without its query)."""
        self.stop = threading.Event()
        """Set when the stand-in closes: ends every answer still being written slowly."""
        self._server = ThreadingHTTPServer(("127.0.0.1", 0), _handler(self))
        self._server.daemon_threads = True
        self._server.block_on_close = False
        self._thread = threading.Thread(target=self._server.serve_forever, kwargs={"poll_interval": 0.02}, daemon=True)

    @property
    def url(self) -> str:
        """The server's base URL."""
        host, port = self._server.server_address[:2]
        return f"http://{host}:{port}"

    def __enter__(self) -> KubeStandIn:
        self._thread.start()
        return self

    def __exit__(self, *exc: object) -> None:
        self.stop.set()
        self._server.shutdown()
        self._server.server_close()

    def path_of(self, kind: str, name: str) -> str:
        """The path a GET of the served object of `kind` named `name` uses."""
        obj = self.find(kind, name)
        group, _, version = obj["apiVersion"].rpartition("/")
        root = f"/apis/{group}/{version}" if group else f"/api/{version}"
        namespace = obj["metadata"].get("namespace")
        return f"{root}/namespaces/{namespace}/{plural(kind)}/{name}" if namespace else f"{root}/{plural(kind)}/{name}"

    def find(self, kind: str, name: str) -> Obj:
        """The served object of `kind` named `name` (tests edit it in place)."""
        return next(o for o in self.objects if o["kind"] == kind and o["metadata"]["name"] == name)

    def write_kubeconfig(self, path: Path, current: str = "admin") -> Path:
        """A kubeconfig with one context per caller (admin, viewer, member)."""
        users = [{"name": user, "user": {"token": token}} for token, user in TOKENS.items()]
        contexts = [{"name": user, "context": {"cluster": "standin", "user": user}} for user in TOKENS.values()]
        config = {
            "apiVersion": "v1",
            "kind": "Config",
            "clusters": [{"name": "standin", "cluster": {"server": self.url}}],
            "users": users,
            "contexts": contexts,
            "current-context": current,
        }
        path.write_text(yaml.safe_dump(config))
        return path

    # what the server answers ------------------------------------------------------------------------

    def answer(self, path: str, token: str | None, query: str = "") -> tuple[int, Obj]:
        """(status, body) of a GET of `path` (with its `query`) with the bearer `token`."""
        user = TOKENS.get(token or "")
        if user is None:
            return 401, _status(401, "Unauthorized", "Unauthorized")
        if path == "/api/v1":
            return self._discovery("", "v1")
        pods = re.fullmatch(r"/api/v1/namespaces/([^/]+)/pods", path)
        if pods:
            return self._list_pods(user, pods.group(1), parse_qs(query).get("labelSelector", [""])[0])
        discovery = re.fullmatch(r"/apis/([^/]+)/([^/]+)", path)
        if discovery:
            return self._discovery(*discovery.groups())
        for pattern in (
            r"/api/(?P<version>v1)/namespaces/(?P<namespace>[^/]+)/(?P<resource>[^/]+)/(?P<name>[^/]+)",
            r"/api/(?P<version>v1)/(?P<resource>[^/]+)/(?P<name>[^/]+)",
            r"/apis/(?P<group>[^/]+)/(?P<version>[^/]+)/namespaces/(?P<namespace>[^/]+)/(?P<resource>[^/]+)/(?P<name>[^/]+)",
            r"/apis/(?P<group>[^/]+)/(?P<version>[^/]+)/(?P<resource>[^/]+)/(?P<name>[^/]+)",
        ):
            match = re.fullmatch(pattern, path)
            if match:
                where = match.groupdict()
                return self._read(user, where.get("group") or "", where["version"], where.get("namespace"), where["resource"], where["name"])
        return 404, _status(404, "NotFound", f"the server could not find the requested resource ({path})")

    def _list_pods(self, user: str, namespace: str, selector: str) -> tuple[int, Obj]:
        if user == "member":  # the team's Role grants gets of its Secret and ConfigMaps, no list
            message = f'pods is forbidden: User "{user}" cannot list resource "pods" in API group "" in the namespace "{namespace}"'
            return 403, _status(403, "Forbidden", message)
        wanted = dict(term.split("=", 1) for term in selector.split(",") if term)
        found = [
            o for o in self.objects
            if o["kind"] == "Pod" and o["metadata"].get("namespace") == namespace
            and all((o["metadata"].get("labels") or {}).get(k) == v for k, v in wanted.items())
        ]
        return 200, {"kind": "PodList", "apiVersion": "v1", "metadata": {}, "items": found}

    def _discovery(self, group: str, version: str) -> tuple[int, Obj]:
        api_version = f"{group}/{version}" if group else version
        # The core group always serves pods, whatever the folder holds.
        kinds = sorted({o["kind"] for o in self.objects if o["apiVersion"] == api_version} | ({"Pod"} if api_version == "v1" else set()))
        if not kinds:
            return 404, _status(404, "NotFound", "the server could not find the requested resource")
        resources = [
            {"name": plural(k), "singularName": k.lower(), "namespaced": k not in CLUSTER_SCOPED, "kind": k, "verbs": ["get", "list"]}
            for k in kinds
        ]
        return 200, {"kind": "APIResourceList", "apiVersion": "v1", "groupVersion": api_version, "resources": resources}

    def _read(self, user: str, group: str, version: str, namespace: str | None, resource: str, name: str) -> tuple[int, Obj]:
        api_version = f"{group}/{version}" if group else version
        if not self._may_get(user, group, resource, namespace, name):
            where = f' in the namespace "{namespace}"' if namespace else ""
            message = f'{resource} "{name}" is forbidden: User "{user}" cannot get resource "{resource}" in API group "{group}"{where}'
            return 403, _status(403, "Forbidden", message)
        for obj in self.objects:
            meta = obj["metadata"]
            if obj["apiVersion"] == api_version and plural(obj["kind"]) == resource and meta["name"] == name and meta.get("namespace") == namespace:
                return 200, obj
        return 404, _status(404, "NotFound", f'{resource} "{name}" not found')

    def _may_get(self, user: str, group: str, resource: str, namespace: str | None, name: str) -> bool:
        if user == "admin":
            return True
        if user == "viewer":
            return resource != "secrets"
        if user != "member" or namespace is None:
            return False
        # The member is in every group the team's RoleBindings name: their Roles decide.
        in_namespace = [o for o in self.objects if o["metadata"].get("namespace") == namespace]
        for binding in (o for o in in_namespace if o["kind"] == "RoleBinding"):
            if not any(s.get("kind") == "Group" for s in binding.get("subjects", [])):
                continue
            role = next((o for o in in_namespace if o["kind"] == "Role" and o["metadata"]["name"] == binding["roleRef"]["name"]), None)
            for rule in (role or {}).get("rules", []):
                if (
                    group in rule.get("apiGroups", [])
                    and resource in rule.get("resources", [])
                    and ("get" in rule.get("verbs", []) or "*" in rule.get("verbs", []))
                    and (not rule.get("resourceNames") or name in rule["resourceNames"])
                ):
                    return True
        return False


def _status(code: int, reason: str, message: str) -> Obj:
    return {"kind": "Status", "apiVersion": "v1", "metadata": {}, "status": "Failure", "message": message, "reason": reason, "code": code}


def _handler(server: KubeStandIn) -> type[BaseHTTPRequestHandler]:
    class Handler(BaseHTTPRequestHandler):
        def do_GET(self) -> None:  # noqa: N802  (http.server's name)
            auth = self.headers.get("Authorization", "")
            token = auth.removeprefix("Bearer ") if auth.startswith("Bearer ") else None
            path, _, query = self.path.partition("?")
            server.requests.append(path)
            server.tokens.append((path, token))
            if path in server.hostile:
                try:
                    server.hostile[path](self)
                except OSError:
                    pass  # the client hung up: what a deadline or a size cap does
                return
            status, body = server.answer(path, token, query)
            data = json.dumps(body).encode()
            self.send_response(status)
            self.send_header("Content-Type", "application/json")
            self.send_header("Content-Length", str(len(data)))
            self.end_headers()
            self.wfile.write(data)

        def log_message(self, format: str, *args: Any) -> None:
            pass  # quiet: pytest shows failures, not every request

    return Handler


@contextmanager
def closed_port() -> Iterator[str]:
    """A loopback URL nothing listens on (the port was bound, then released)."""
    server = ThreadingHTTPServer(("127.0.0.1", 0), BaseHTTPRequestHandler)
    host, port = server.server_address[:2]
    server.server_close()
    yield f"http://{host}:{port}"
