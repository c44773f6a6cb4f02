"""Reading the team's objects through the Kubernetes API, with the caller's own credentials.

Uses the official `kubernetes` client: the kubeconfig (`KUBECONFIG` or `~/.kube/config`, the
context `--context` names or its current one) or, inside a pod, the in-cluster service account.
Core kinds are read with the typed API; every other kind by its group, version and plural, which
discovery (`/apis/<group>/<version>`) gives, so a CRD that is not installed is named as such.
Every request has a timeout; connection failures are retried twice, nothing else is.
"""

from __future__ import annotations

import json
import os
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

import urllib3
from kubernetes import client, config
from kubernetes.client.exceptions import ApiException
from kubernetes.config.config_exception import ConfigException

from ai_access.verify.team_folder import ObjectRef

RETRIES = 2
"""Connection failures retried per request (at once, then after 0.5 s: urllib3's backoff); an answer is never retried."""


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
    """Read-only access to one cluster's API with one timeout per request."""

    def __init__(self, api_client: client.ApiClient, target: ClusterTarget, timeout: float) -> None:
        """Wrap an API client configured by `connect`."""
        self.api = api_client
        self.target = target
        self.timeout = timeout
        self.core = client.CoreV1Api(api_client)
        self.custom = client.CustomObjectsApi(api_client)
        self._resources: dict[str, dict[str, dict[str, Any]]] = {}

    def read(self, ref: ObjectRef) -> dict[str, Any]:
        """The object as the API server has it (a dict, camelCase keys); raises ReadError."""
        kwargs = {"_request_timeout": self.timeout}
        if ref.api_version == "v1":
            readers = {
                "Namespace": lambda: self.core.read_namespace(ref.name, **kwargs),
                "ConfigMap": lambda: self.core.read_namespaced_config_map(ref.name, ref.namespace, **kwargs),
                "Secret": lambda: self.core.read_namespaced_secret(ref.name, ref.namespace, **kwargs),
            }
            if ref.kind not in readers:
                raise ReadError("error", f"verify cannot read core kind {ref.kind}")
            return self.api.sanitize_for_serialization(_call(readers[ref.kind], ref))
        resource = self._resource(ref)
        if resource.get("namespaced", True):
            return _call(
                lambda: self.custom.get_namespaced_custom_object(ref.group, ref.version, ref.namespace, resource["name"], ref.name, **kwargs),
                ref,
            )
        return _call(lambda: self.custom.get_cluster_custom_object(ref.group, ref.version, resource["name"], ref.name, **kwargs), ref)

    def _resource(self, ref: ObjectRef) -> dict[str, Any]:
        key = ref.api_version
        if key not in self._resources:
            try:
                found = self.custom.get_api_resources(ref.group, ref.version, _request_timeout=self.timeout)
            except ApiException as error:
                if error.status == 404:
                    raise ReadError("not-served", f"the API {key} is not served by this cluster (is its operator installed, at a version serving {ref.version}?)") from None
                raise _api_error(error, key) from None
            except (urllib3.exceptions.HTTPError, OSError) as error:
                raise ReadError("unreachable", _unreachable(error)) from None
            listing = self.api.sanitize_for_serialization(found)
            self._resources[key] = {r["kind"]: r for r in listing.get("resources", []) if "/" not in r["name"]}
        if ref.kind not in self._resources[key]:
            raise ReadError("not-served", f"the API {key} has no kind {ref.kind} (is its CRD installed?)")
        return self._resources[key][ref.kind]


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
    configuration.retries = urllib3.util.Retry(total=RETRIES, connect=RETRIES, read=0, status=0, other=0, backoff_factor=0.25)
    target = ClusterTarget(description, configuration.host)
    return Cluster(client.ApiClient(configuration), target, timeout)


def _call(read: Callable[[], Any], ref: ObjectRef) -> Any:
    try:
        return read()
    except ApiException as error:
        raise _api_error(error, ref.label) from None
    except (urllib3.exceptions.HTTPError, OSError) as error:
        raise ReadError("unreachable", _unreachable(error)) from None


def _api_error(error: ApiException, what: str) -> ReadError:
    message = _status_message(error) or f"{error.status} {error.reason}"
    reason = {404: "not-found", 403: "forbidden", 401: "unauthorized"}.get(error.status or 0, "error")
    return ReadError(reason, message if reason != "not-found" else f"{what} not found")


def _status_message(error: ApiException) -> str:
    # The API server answers with a Status object whose message names the user and the verb.
    try:
        return str(json.loads(error.body or "")["message"])
    except (ValueError, KeyError, TypeError):
        return ""


def _unreachable(error: Exception) -> str:
    reason = getattr(error, "reason", None) or error
    return f"the API server did not answer ({type(reason).__name__}: {reason})"
