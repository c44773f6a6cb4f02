"""What verify expects, read from the team's folder of the synthesized output (`dist/teams/<team>/`).

The folder is what ArgoCD applies, so it says which objects must exist, in which namespace, where
the gateway is and in which header the key goes (its ConfigMap), and what the product policy tells
callers (its rate-limit header names and its refusal, status and body). The live policy a cluster
serves is read with the same `policy_facts`. Nothing here talks to a cluster or a gateway.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import yaml
from lxml import etree

from ai_access.names.team import APIM_SUBSCRIPTION, ENDPOINT_CONFIGMAP, KEY_READER_ROLE, KEY_SECRET, PREVIOUS_KEY_SECRET, TeamNames
from ai_access.verify.server_data import items, mapping, whole_number

_PARSER = etree.XMLParser(resolve_entities=False, no_network=True, load_dtd=False, huge_tree=False)
"""A policy is plain XML: no entities expanded, nothing fetched, libxml2's size limits kept."""


class TeamFolderError(Exception):
    """The team has no readable folder in the synthesized output."""


class PolicyError(ValueError):
    """A product policy that is not the XML synth writes."""


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
class Refusal:
    """The answer the policy's allowlist gives a model the team did not ask for (`return-response`)."""

    status: int
    body: Any
    """The body's JSON document (apim/product_policy.py writes `{"error": {"code": ..., "message": ...}}`)."""

    @property
    def code(self) -> str | None:
        """The body's `error.code`."""
        code = mapping(mapping(self.body).get("error")).get("code")
        return code if isinstance(code, str) else None


@dataclass(frozen=True)
class PolicyFacts:
    """What the team's product policy promises callers, read from its XML."""

    tokens_per_minute: int | None
    token_quota: int | None
    remaining_tokens_header: str | None
    remaining_quota_header: str | None
    refusal: Refusal | None


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
    in_overlap: bool = False
    """A rotation's overlap: a Subscription of the folder writes the previous-key Secret, whose key must still work."""
    rotated: bool = False
    """The current key comes from a rotation: once its overlap is over, the previous key must be gone and refused."""

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
            if not all(isinstance(v, str) for v in (ref.api_version, ref.kind, ref.name)) or not isinstance(ref.namespace, (str, type(None))):
                raise TypeError("apiVersion, kind, metadata.name and metadata.namespace must be text")
        except (OSError, ValueError, yaml.YAMLError, KeyError, TypeError) as error:
            raise TeamFolderError(f"{path}: not a Kubernetes object ({error})") from None
        objects.append((ref, obj))
    if not objects:
        raise TeamFolderError(f"{folder} holds no objects")
    namespace = TeamNames(team).namespace
    by_kind = {(ref.kind, ref.name): obj for ref, obj in objects}
    data = mapping(mapping(by_kind.get(("ConfigMap", ENDPOINT_CONFIGMAP))).get("data"))
    binding = mapping(by_kind.get(("RoleBinding", KEY_READER_ROLE)))
    policies = [mapping(obj.get("spec")).get("value") for ref, obj in objects if ref.kind == "ProductPolicy"]
    try:
        policy = policy_facts(policies[0]) if policies else None
    except PolicyError as error:
        raise TeamFolderError(f"{folder}: its ProductPolicy {error}") from None
    workspaces = [mapping(mapping(mapping(obj.get("inference")).get("preset"))).get("name") for ref, obj in objects if ref.kind == "Workspace"]
    writes = {ref.name: _written_secret(obj) for ref, obj in objects if ref.kind == "Subscription"}
    return TeamFolder(
        team=team,
        namespace=namespace,
        objects=objects,
        endpoint_data={k: v for k, v in data.items() if isinstance(v, str)},
        policy=policy,
        key_reader_groups=[s["name"] for s in items(binding.get("subjects")) if s.get("kind") == "Group" and isinstance(s.get("name"), str)],
        kaito_models=[name for name in workspaces if isinstance(name, str)],
        in_overlap=PREVIOUS_KEY_SECRET in writes.values(),
        rotated=any(secret == KEY_SECRET and name != APIM_SUBSCRIPTION for name, secret in writes.items()),
    )


def _written_secret(subscription: dict[str, Any]) -> str | None:
    """The Secret ASO writes a Subscription's primary key into (`operatorSpec.secrets.primaryKey.name`)."""
    name = mapping(mapping(mapping(mapping(subscription.get("spec")).get("operatorSpec")).get("secrets")).get("primaryKey")).get("name")
    return name if isinstance(name, str) else None


def policy_facts(xml: object) -> PolicyFacts:
    """The limits, header names and refusal a product policy's XML sets; PolicyError when it is not such XML."""
    if not isinstance(xml, str):
        raise PolicyError("spec.value is not text")
    try:
        root = etree.fromstring(xml.encode(), _PARSER)
    except etree.XMLSyntaxError as error:
        raise PolicyError(f"is not XML ({error})") from None
    if root.getroottree().docinfo.doctype:
        raise PolicyError("has a DOCTYPE (a DTD, entities), which the policy synth writes never has")
    limit = root.find("inbound/llm-token-limit")
    attributes = dict(limit.attrib) if limit is not None else {}
    return PolicyFacts(
        tokens_per_minute=whole_number(attributes.get("tokens-per-minute")),
        token_quota=whole_number(attributes.get("token-quota")),
        remaining_tokens_header=attributes.get("remaining-tokens-header-name"),
        remaining_quota_header=attributes.get("remaining-quota-tokens-header-name"),
        refusal=_refusal(root),
    )


def _refusal(root: etree._Element) -> Refusal | None:
    # The policy's own 403 (the allowlist's refusal), its JSON body as apim/product_policy.py writes it.
    for response in root.iterfind("inbound/choose/when/return-response"):
        status, body = response.find("set-status"), response.find("set-body")
        if status is None or status.get("code") != "403" or body is None:
            continue
        try:
            return Refusal(403, json.loads(body.text or ""))
        except (ValueError, RecursionError):
            return None
    return None
