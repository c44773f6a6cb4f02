"""Reading the team's objects through the Kubernetes API, with the caller's own credentials.

Uses the official `kubernetes` client: the kubeconfig (`KUBECONFIG` or `~/.kube/config`, the
context `--context` names or its current one) or, inside a pod, the in-cluster service account.
Every object is read by its path, with the resource name and scope that discovery of its
group/version gives (`/api/v1` for the core group, `/apis/<group>/<version>` for the others), so
any kind the folder holds is read, core kinds an extension adds included, and a kind the cluster
does not serve is named as such.

The API server may be compromised, and the caller's bearer token goes with every request, so:
- no redirect is followed (urllib3's `Retry(redirect=False)`: the 3xx itself is the answer);
- the request goes through the client's own `param_serialize` and `call_api`, which hand back the
  urllib3 response unread, and the body is read undecoded in chunks (`read1`), never past
  MAX_BODY_BYTES;
- `--timeout` is a deadline for the whole request: urllib3's timeouts bound each socket operation,
  so a server sending a byte within each would hold a request for hours. The request runs in a
  daemon thread the caller waits for up to the deadline; past it the response's socket is shut
  (urllib3's `HTTPResponse.shutdown`, for a read blocked in another thread), the cluster counts as
  unreachable and nothing more is asked of it. A thread still waiting for the status line ends
  when the server stops or the socket times out, or with the process.
Connection failures are retried twice, nothing else is.
"""

from __future__ import annotations

import os
import re
import threading
import time
from dataclasses import dataclass
from typing import Any
from urllib.parse import quote

import urllib3
from kubernetes import client, config
from kubernetes.client.exceptions import ApiException
from kubernetes.config.config_exception import ConfigException

from ai_access.problems import shown_name
from ai_access.verify.key_safety import redacted
from ai_access.verify.server_data import items, mapping, parse_json, text, whole_number
from ai_access.verify.team_folder import ObjectRef

RETRIES = 2
"""Connection failures retried per request (at once, then after 0.5 s: urllib3's backoff); an answer is never retried."""
MAX_BODY_BYTES = 4 << 20
"""The largest answer read: an object is at most about 1.5 MiB (etcd's default request limit), a discovery list far less."""
_CHUNK = 64 << 10
_RESOURCE = re.compile(r"[a-z0-9]([-a-z0-9.]*[a-z0-9])?")
"""A resource name as discovery gives it; a subresource (`pods/log`) or a path does not match."""


class ClusterConfigError(Exception):
    """No usable kubeconfig or in-cluster configuration."""


class ReadError(Exception):
    """A read the API server refused or that never reached it; `reason` says which."""

    def __init__(self, reason: str, message: str) -> None:
        super().__init__(message)
        self.reason = reason
        """One of: not-found, forbidden, not-served, unauthorized, unreachable, error."""

    @property
    def environment(self) -> bool:
        """True when the cluster could not be reached or refused the credentials themselves."""
        return self.reason in ("unreachable", "unauthorized")


@dataclass(frozen=True)
class ClusterTarget:
    """Where the client connects: the kubeconfig context (or in-cluster) and the server's URL."""

    description: str
    server: str


class Cluster:
    """Read-only access to one cluster's API, each request within one deadline."""

    def __init__(self, api_client: client.ApiClient, target: ClusterTarget, timeout: float) -> None:
        """Wrap an API client configured by `connect`."""
        self.api = api_client
        self.target = target
        self.timeout = timeout
        self._resources: dict[str, dict[str, dict[str, Any]]] = {}

    def close(self) -> None:
        """Close the connections."""
        self.api.close()

    def read(self, ref: ObjectRef) -> dict[str, Any]:
        """The object as the API server has it (a dict, camelCase keys); raises ReadError."""
        resource = self._resource(ref)
        root = _api_root(ref)
        if not resource["namespaced"]:
            path = f"{root}/{resource['name']}/{_segment(ref.name)}"
        elif ref.namespace:
            path = f"{root}/namespaces/{_segment(ref.namespace)}/{resource['name']}/{_segment(ref.name)}"
        else:
            raise ReadError("error", f"{ref.kind} is namespaced, and the folder gives {ref.name} no namespace")
        status, body = self._get(path)
        if status != 200:
            raise _answer_error(status, body, ref.label)
        obj = _json(body, ref.label)
        if not isinstance(obj, dict):
            raise ReadError("error", f"the API server's answer for {ref.label} is not a Kubernetes object (a JSON {type(obj).__name__})")
        return obj

    def list(self, ref: ObjectRef, label_selector: str) -> list[dict[str, Any]]:
        """The objects of `ref`'s kind in its namespace whose labels match `label_selector` (`k=v,k=v`); raises ReadError."""
        resource = self._resource(ref)
        if not resource["namespaced"] or not ref.namespace:
            raise ReadError("error", f"{ref.kind} is listed in a namespace only")
        path = f"{_api_root(ref)}/namespaces/{_segment(ref.namespace)}/{resource['name']}"
        status, body = self._get(path, [("labelSelector", label_selector)])
        if status != 200:
            raise _answer_error(status, body, f"the {resource['name']} of {ref.namespace}")
        listing = mapping(_json(body, f"the {resource['name']} of {ref.namespace}"))
        return items(listing.get("items"))

    def _resource(self, ref: ObjectRef) -> dict[str, Any]:
        key = ref.api_version
        if key not in self._resources:
            status, body = self._get(_api_root(ref))
            if status == 404:
                raise ReadError("not-served", f"the API {key} is not served by this cluster (is its operator installed, at a version serving {ref.version}?)")
            if status != 200:
                raise _answer_error(status, body, f"discovery of {key}")
            listing = mapping(_json(body, f"discovery of {key}"))
            found: dict[str, dict[str, Any]] = {}
            for entry in items(listing.get("resources")):
                name, kind = text(entry.get("name")), text(entry.get("kind"))
                if name and kind and _RESOURCE.fullmatch(name):
                    found.setdefault(kind, {"name": name, "namespaced": entry.get("namespaced") is not False})
            self._resources[key] = found
        if ref.kind not in self._resources[key]:
            raise ReadError("not-served", f"the API {key} has no kind {ref.kind} (is its CRD installed?)")
        return self._resources[key][ref.kind]

    def _get(self, path: str, query: list[tuple[str, str]] | None = None) -> tuple[int, bytes]:
        """(status, body) of a GET of `path` (with `query`, encoded by the client), within the deadline; raises ReadError."""
        try:
            # Outside the deadline: refreshing the credentials may run a kubeconfig exec plugin (kubelogin).
            method, url, headers, _, _ = self.api.param_serialize(
                "GET", path, query_params=query, header_params={"Accept": "application/json"}, auth_settings=["BearerToken"]
            )
        except (ConfigException, OSError, ValueError) as error:
            raise ReadError("unauthorized", f"the credentials could not be refreshed: {error}") from None
        deadline = time.monotonic() + self.timeout
        box: dict[str, Any] = {}
        done = threading.Event()

        def fetch() -> None:
            try:
                answer = self.api.call_api(method, url, headers, _request_timeout=self.timeout)
                box["response"] = answer.response
                box["result"] = (answer.status, _read_capped(answer.response, deadline))
            except BaseException as error:  # handed to the waiting thread, which decides
                box["error"] = error
            finally:
                done.set()

        threading.Thread(target=fetch, name="verify-kube-request", daemon=True).start()
        if not done.wait(self.timeout):
            _shut(box.get("response"))
            raise ReadError("unreachable", f"no complete answer within {self.timeout:g} s")
        error = box.get("error")
        if isinstance(error, _Deadline):
            raise ReadError("unreachable", f"no complete answer within {self.timeout:g} s")
        if isinstance(error, _TooLarge):
            raise ReadError("error", str(error))
        if isinstance(error, ApiException):  # the client's wrapping of a TLS failure
            raise ReadError("unreachable", f"the API server did not answer ({shown_name(str(error.reason))})")
        if isinstance(error, (urllib3.exceptions.HTTPError, OSError)):
            raise ReadError("unreachable", _unreachable(error))
        if error is not None:
            raise error
        return box["result"]


def connect(*, context: str | None, kubeconfig: str, in_cluster: bool, timeout: float) -> Cluster:
    """A Cluster from the kubeconfig, or in a pod without one from the service account; raises ClusterConfigError."""
    configuration = client.Configuration()
    paths = [p for p in kubeconfig.split(os.pathsep) if p]
    if any(os.path.exists(os.path.expanduser(p)) for p in paths):
        try:
            config.load_kube_config(config_file=kubeconfig, context=context, client_configuration=configuration, persist_config=False)
            contexts, current = config.list_kube_config_contexts(config_file=kubeconfig)
        except (ConfigException, OSError, ValueError, TypeError) as error:
            raise ClusterConfigError(f"kubeconfig {kubeconfig}: {error}") from None
        name = context or (current or {}).get("name", "?")
        description = f"context {name!r} of {kubeconfig}"
    elif in_cluster and context is None:
        try:
            config.load_incluster_config(client_configuration=configuration)
        except ConfigException as error:
            raise ClusterConfigError(f"in-cluster configuration: {error}") from None
        description = "the pod's service account (in-cluster)"
    else:
        where = "--context needs a kubeconfig; " if context and in_cluster else ""
        raise ClusterConfigError(f"{where}no kubeconfig at {kubeconfig} (set KUBECONFIG, or run `az aks get-credentials`)")
    # redirect=False: urllib3 hands back the 3xx instead of re-sending the bearer token to where it points.
    configuration.retries = urllib3.util.Retry(total=RETRIES, connect=RETRIES, read=0, status=0, other=0, redirect=False, backoff_factor=0.25)
    target = ClusterTarget(description, redacted(configuration.host))
    return Cluster(client.ApiClient(configuration), target, timeout)


class _TooLarge(Exception):
    pass


class _Deadline(Exception):
    pass


def _read_capped(response: urllib3.BaseHTTPResponse, deadline: float) -> bytes:
    """The body, undecoded, never past MAX_BODY_BYTES nor the deadline; the connection is closed on either."""
    declared = whole_number(response.headers.get("Content-Length"))
    body = bytearray()
    try:
        if declared is not None and declared > MAX_BODY_BYTES:
            raise _TooLarge(f"an answer larger than {MAX_BODY_BYTES:,} bytes ({declared:,} bytes, not read)")
        while chunk := response.read1(_CHUNK, decode_content=False):
            body += chunk
            if len(body) > MAX_BODY_BYTES:
                raise _TooLarge(f"an answer larger than {MAX_BODY_BYTES:,} bytes (not read)")
            if time.monotonic() > deadline:
                raise _Deadline()
    except BaseException:
        response.close()
        raise
    response.release_conn()
    return bytes(body)


def _shut(response: urllib3.BaseHTTPResponse | None) -> None:
    if response is None:
        return
    try:
        response.shutdown()
    except (ValueError, RuntimeError, OSError):
        pass  # released or closed meanwhile: nothing left to stop


def _api_root(ref: ObjectRef) -> str:
    return f"/apis/{_segment(ref.group)}/{_segment(ref.version)}" if ref.group else f"/api/{_segment(ref.version)}"


def _segment(value: str) -> str:
    # Names come from the folder: each is one path segment, never a way up the path.
    if value in ("", ".", ".."):
        raise ReadError("error", f"{value!r} is not a name the API can be asked for")
    return quote(value, safe="")


def _json(body: bytes, what: str) -> Any:
    try:
        return parse_json(body)
    except ValueError:
        raise ReadError("error", f"the API server's answer for {what} is not JSON ({len(body):,} bytes)") from None


def _answer_error(status: int, body: bytes, what: str) -> ReadError:
    # The API server answers with a Status object whose message names the user and the verb.
    try:
        message = text(mapping(parse_json(body)).get("message")) or ""
    except ValueError:
        message = ""
    if 300 <= status < 400:
        return ReadError("error", f"{status}: the API server redirects {what}; the redirect is not followed")
    reason = {404: "not-found", 403: "forbidden", 401: "unauthorized"}.get(status, "error")
    if reason == "not-found":
        return ReadError(reason, f"{what} not found")
    return ReadError(reason, message or f"{status} from the API server for {what}")


def _unreachable(error: BaseException) -> str:
    reason = getattr(error, "reason", None) or error
    return f"the API server did not answer ({type(reason).__name__}: {reason})"
