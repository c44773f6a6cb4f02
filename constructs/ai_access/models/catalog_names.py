"""Catalog names: what a `foundry.models` or `kaitoPresets` key, a model's name and its version may hold."""

from __future__ import annotations

import re
from typing import Annotated

from pydantic import AfterValidator

from ai_access.problems import shown

# A catalog name (a `foundry.models` or `kaitoPresets` key) and a Foundry model's name and version
# are echoed where markup or substitution would change their meaning: in every product policy (a C#
# string literal in an XML attribute, where APIM substitutes `{{named value}}` in the whole document
# before it parses it, and the deployment id read from the request path, `/deployments/{id}/`), in
# the endpoint ConfigMap's comma-separated list, in resource names, and in the requesters' catalog
# table (Markdown, where `|` ends a cell even inside a code span and a backtick ends the span). What
# all of them carry unchanged: ASCII letters, digits, '.', '_' and '-' (also Azure's rule for a
# deployment name), starting with a letter or digit.
_CATALOG_NAME = re.compile(r"[A-Za-z0-9][A-Za-z0-9._-]{0,63}")
CATALOG_NAME_RULE = "ASCII letters, digits, '.', '_' and '-', starting with a letter or digit, at most 64 characters"
_CATALOG_NAME_WHY = "gateway policies, request paths, resource names and the requesters' catalog table carry it as it is"


def catalog_name_problem(name: str) -> str | None:
    """Why `name` cannot be a catalog name, a model name or a version, or None when it can."""
    if _CATALOG_NAME.fullmatch(name):
        return None
    return f"{shown(name)} is not allowed: use {CATALOG_NAME_RULE} ({_CATALOG_NAME_WHY})"


def _catalog_text(value: str) -> str:
    problem = catalog_name_problem(value)
    if problem:
        raise ValueError(problem)
    return value


CatalogText = Annotated[str, AfterValidator(_catalog_text)]
"""A Foundry model's `modelName` or `version`: held to the catalog name rule."""
