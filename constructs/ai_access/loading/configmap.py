"""The seed's request format: a ConfigMap whose `data` holds strings and an embedded YAML `models` list.

`parse_configmap_request` turns one parsed YAML document into an `AccessRequest` and reports every
problem with the line and the field as the requester wrote it (`data.models[1].instanceType`).
"""

from __future__ import annotations

import re
from typing import Any

from ai_access.loading.field_suggestions import typo_targets, unknown_field_message
from ai_access.loading.parsed import FieldIssue, ParsedRequest, dotted, validate_fields, worded_errors
from ai_access.loading.request_fields import ConfigMapKind, configmap_fields, required_fields
from ai_access.loading.value_messages import boolean_message, whole_number_message
from ai_access.loading.yaml_source import Path, YamlDocument, YamlSourceError, load_yaml, string_first_line
from ai_access.models.request import DNS_LABEL, AccessRequest, RequestCatalog
from ai_access.problems import shown, shown_name

DATA_FIELDS: dict[str, ConfigMapKind] = configmap_fields(AccessRequest)
"""data key -> how its string is read: as text, a whole number, a boolean, or embedded YAML."""
REQUIRED_DATA = required_fields(AccessRequest)
TOP_LEVEL = ("apiVersion", "kind", "metadata", "data")
METADATA_FIELDS = ("name", "labels", "annotations")
# A sign is read, so that "-5" is refused as the typed format's -5 is: by the model, "greater than 0".
_WHOLE_NUMBER = re.compile(r"-?[0-9]{1,15}")
NAME_SUFFIX = "-access-request"


def parse_configmap_request(
    document: YamlDocument, *, folder: str | None = None, catalog: RequestCatalog | None = None
) -> ParsedRequest:
    """Check the ConfigMap envelope, convert its string data and build the typed request.

    `folder`: the team folder the file is in; `metadata.name` must be derived from it (the folder
    name is the team name). `catalog`: the platform's models, for messages that say what to write.
    """
    issues: list[FieldIssue] = []
    root = document.value

    def issue(path: Path, message: str, line: int | None = None) -> None:
        issues.append(FieldIssue(line or document.line_of(path), dotted(path) or "(document)", message))

    if not isinstance(root, dict):
        issue((), "a request must be a YAML mapping (a ConfigMap with apiVersion, kind, metadata, data)")
        return ParsedRequest(None, issues)

    for key in root:
        if key not in TOP_LEVEL:
            issue((key,), unknown_field_message(key, TOP_LEVEL, root))
    if root.get("apiVersion") != "v1":
        issue(("apiVersion",), f"must be v1, not {shown(root.get('apiVersion'))}")
    if root.get("kind") != "ConfigMap":
        issue(("kind",), f"must be ConfigMap (the seed format) or ModelAccessRequest, not {shown(root.get('kind'))}")

    # A section an unknown key is suggested as is not said missing: "did you mean data?" said it.
    meant = typo_targets(root, TOP_LEVEL)
    metadata_name = _check_metadata(root.get("metadata"), issue, misspelt="metadata" in meant)
    data = root.get("data")
    if not isinstance(data, dict):
        if "data" not in meant:
            issue(("data",), "required: a mapping of the request's fields")
        return ParsedRequest(None, issues)

    values: dict[str, Any] = {}
    models_document: YamlDocument | None = None
    for key, raw in data.items():
        path: Path = ("data", key)
        kind = DATA_FIELDS.get(key)
        if kind is None:
            issue(path, unknown_field_message(key, DATA_FIELDS, data))
            continue
        if kind == "yaml" and isinstance(raw, list):
            issue(path, "in a ConfigMap the models list is text: add `|` after models: (models: |) and indent the list below it")
            continue
        if not isinstance(raw, str):
            issue(path, f'ConfigMap data values must be strings: quote it ("{_as_written(raw)}")')
            continue
        if kind == "int":
            if not _WHOLE_NUMBER.fullmatch(raw):
                issue(path, whole_number_message(raw))
                continue
            values[key] = int(raw)
        elif kind == "bool":
            if raw not in ("true", "false"):
                issue(path, boolean_message(raw))
                continue
            values[key] = raw == "true"
        elif kind == "yaml":
            first_line, exact = string_first_line(document, path)
            try:
                models_document = load_yaml(raw, first_line=first_line)
            except YamlSourceError as err:
                issue(path, f"embedded list: {err.message}", err.line if exact else first_line)
                continue
            if not exact:
                models_document.lines = {(): first_line}
            values[key] = models_document.value
        else:
            values[key] = raw
    # A required field an unknown key is suggested as is not said missing: "did you mean" names it.
    meant = typo_targets(data, DATA_FIELDS)
    for key in REQUIRED_DATA:
        if key not in data and key not in meant:
            issue(("data", key), "required field is missing")

    def locate(loc: tuple[str | int, ...]) -> tuple[int, str]:
        if loc and loc[0] == "models" and models_document is not None:
            return models_document.line_of(loc[1:]), dotted(("data", *loc))
        return document.line_of(("data", *loc[:1])), dotted(("data", *loc))

    # Validate what could be converted even when something could not, so one run reports all;
    # fields already reported (bad or missing) are not reported again as "missing".
    reported = {key for key in data if key not in values} | set(REQUIRED_DATA) - set(data)
    request, fields, errors = validate_fields(values, catalog)
    for loc, message, error in worded_errors(errors, values, AccessRequest):
        if loc and loc[0] in reported:
            continue
        line, name = locate(loc)
        quoted = error.get("input")
        if error["type"] == "bool_type" and loc[:1] == ("models",) and isinstance(quoted, str) and quoted.lower() in ("true", "false"):
            # The one place in a ConfigMap where a boolean is not a string: the embedded list is YAML.
            message += "; inside the models list booleans are plain YAML, unlike the quoted data values: write enabled: true"
        issues.append(FieldIssue(line, name, message))
    expected = _expected_name(folder, fields.team)
    if metadata_name is not None and expected is not None and metadata_name != expected:
        source = "the folder name" if folder is not None else "the team name"
        issue(("metadata", "name"), f"must be '{expected}' ({source} and {NAME_SUFFIX})")
    if issues:
        return ParsedRequest(None, issues, locate, fields)
    return ParsedRequest(request, issues, locate, fields)


def _expected_name(folder: str | None, team: str | None) -> str | None:
    # The folder name is the team name; when it is not a valid one, that is reported on its own
    # and metadata.name is not held against it.
    if folder is not None:
        return f"{folder}{NAME_SUFFIX}" if DNS_LABEL.fullmatch(folder) else None
    return f"{team}{NAME_SUFFIX}" if team is not None else None


def _as_written(raw: Any) -> str:
    if isinstance(raw, bool):
        return str(raw).lower()
    return shown(raw) if isinstance(raw, (list, dict)) else shown_name(str(raw))


def _check_metadata(metadata: Any, issue: Any, *, misspelt: bool) -> str | None:
    if not isinstance(metadata, dict):
        if not misspelt:
            issue(("metadata",), f"required: a mapping with name (<team>{NAME_SUFFIX})")
        return None
    for key in metadata:
        if key not in METADATA_FIELDS:
            issue(("metadata", key), unknown_field_message(key, METADATA_FIELDS, metadata))
    name = metadata.get("name")
    if not isinstance(name, str):
        if "name" not in typo_targets(metadata, METADATA_FIELDS):
            issue(("metadata", "name"), f"required: a string, <team>{NAME_SUFFIX}")
        name = None
    for key in ("labels", "annotations"):
        entries = metadata.get(key, {})
        if not isinstance(entries, dict) or not all(isinstance(v, str) for v in entries.values()):
            issue(("metadata", key), "must map names to string values")
    return name

