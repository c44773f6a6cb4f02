"""What verify expects, read from the team's folder of the synthesized output (`dist/teams/<team>/`).

The folder is what ArgoCD applies, so it says which objects must exist, in which namespace, and
what the product policy tells callers (its rate-limit header names and its refusal's error code).
Nothing here talks to a cluster or a gateway.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import yaml
from lxml import etree

from ai_access.naming import ENDPOINT_CONFIGMAP, KEY_READER_ROLE, TeamNames


class TeamFolderError(Exception):
    """The team has no readable folder in the synthesized output."""


@dataclass(frozen=True)
class ObjectRef:
    """One object of the team's folder: where to find it in the cluster."""

    api_version: str
    kind: str
    name: str
    namespace: str | None

    @property
    def group(self) -> str:
        """API group ('' for the core group)."""
        return self.api_version.rpartition("/")[0]

    @property
    def version(self) -> str:
        """API version within the group."""
        return self.api_version.rpartition("/")[2]

    @property
    def label(self) -> str:
        """`Kind name`, how a check names the object."""
        return f"{self.kind} {self.name}"


@dataclass(frozen=True)
class PolicyFacts:
    """What the team's product policy promises callers, read from its XML."""

    tokens_per_minute: int | None
    token_quota: int | None
    remaining_tokens_header: str | None
    remaining_quota_header: str | None
    denied_error_code: str | None


@dataclass(frozen=True)
class TeamFolder:
    """The team's synthesized objects and what verify derives from them."""

    team: str
    namespace: str
    objects: list[tuple[ObjectRef, dict[str, Any]]]
    endpoint_data: dict[str, str]
    policy: PolicyFacts | None
    key_reader_groups: list[str]
    kaito_models: list[str]

    def find(self, kind: str) -> list[tuple[ObjectRef, dict[str, Any]]]:
        """The objects of one kind."""
        return [(ref, obj) for ref, obj in self.objects if ref.kind == kind]


def load_team_folder(dist_dir: str, team: str) -> TeamFolder:
    """Read `dist_dir/teams/<team>/`; raises TeamFolderError when it is missing or unreadable."""
    folder = Path(dist_dir) / "teams" / team
    if not folder.is_dir():
        raise TeamFolderError(f"no folder {folder}: is {team!r} a team of this repository, and is {dist_dir} its synthesized output?")
    objects = []
    for path in sorted(folder.glob("*.yaml")):
        try:
            obj = yaml.load(path.read_text(encoding="utf-8"), Loader=yaml.CSafeLoader)
            meta = obj["metadata"]
            ref = ObjectRef(obj["apiVersion"], obj["kind"], meta["name"], meta.get("namespace"))
        except (OSError, yaml.YAMLError, KeyError, TypeError) as error:
            raise TeamFolderError(f"{path}: not a Kubernetes object ({error})") from None
        objects.append((ref, obj))
    if not objects:
        raise TeamFolderError(f"{folder} holds no objects")
    namespace = TeamNames(team).namespace
    by_kind = {(ref.kind, ref.name): obj for ref, obj in objects}
    config_map = by_kind.get(("ConfigMap", ENDPOINT_CONFIGMAP), {})
    binding = by_kind.get(("RoleBinding", KEY_READER_ROLE), {})
    policies = [obj for ref, obj in objects if ref.kind == "ProductPolicy"]
    return TeamFolder(
        team=team,
        namespace=namespace,
        objects=objects,
        endpoint_data=dict(config_map.get("data") or {}),
        policy=policy_facts(policies[0]["spec"]["value"]) if policies else None,
        key_reader_groups=[s["name"] for s in binding.get("subjects", []) if s.get("kind") == "Group"],
        kaito_models=[obj["inference"]["preset"]["name"] for ref, obj in objects if ref.kind == "Workspace"],
    )


def policy_facts(xml: str) -> PolicyFacts:
    """The limits, header names and refusal code a product policy's XML sets."""
    root = etree.fromstring(xml.encode())
    limit = root.find("inbound/llm-token-limit")
    attributes = dict(limit.attrib) if limit is not None else {}
    return PolicyFacts(
        tokens_per_minute=_whole(attributes.get("tokens-per-minute")),
        token_quota=_whole(attributes.get("token-quota")),
        remaining_tokens_header=attributes.get("remaining-tokens-header-name"),
        remaining_quota_header=attributes.get("remaining-quota-tokens-header-name"),
        denied_error_code=_denied_code(root),
    )


def _whole(value: str | None) -> int | None:
    return int(value) if value and value.isdigit() else None


def _denied_code(root: etree._Element) -> str | None:
    # The error code of the policy's own 403 (the allowlist's refusal), from its JSON body.
    for response in root.iterfind("inbound/choose/when/return-response"):
        status, body = response.find("set-status"), response.find("set-body")
        if status is None or status.get("code") != "403" or body is None:
            continue
        try:
            return json.loads(body.text or "")["error"]["code"]
        except (ValueError, KeyError, TypeError):
            return None
    return None
