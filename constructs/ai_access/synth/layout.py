"""Synth's layout of the output folder: the only paths synth ever writes, reads back or removes.

    OUT/teams/<team>/<kind>-<name>.yaml     one team's objects
    OUT/argocd/<kind>-<name>.yaml           the ApplicationSet, the platform's and each team's AppProject
    OUT/bootstrap/<kind>-<name>.yaml        what the platform team applies once
    OUT/synth-index.txt                     the synth index (`synth_index`)

A path is checked against this layout as text, before anything touches the file system: a team
is a team name (the request model's rule), a file name is one segment of lowercase letters,
digits, '.', '_' and '-' ending in `.yaml`. So no path of the layout can hold `..`, a separator
of another system, a NUL or a control character, or lead out of the output folder.
"""

from __future__ import annotations

import re

from ai_access.models.request import DNS_LABEL
from ai_access.names.team import TeamNames

INDEX_FILE = "synth-index.txt"
TEAMS = "teams"
ARGOCD = "argocd"
BOOTSTRAP = "bootstrap"
SYNTH_FOLDERS = (TEAMS, ARGOCD, BOOTSTRAP)

# Kubernetes object names are DNS subdomains (or, for a few kinds, path segments); synth's own
# names are DNS labels. A file name starts with a letter or digit, so it is never `.` or `..`.
_FILE_NAME = re.compile(r"[a-z0-9][a-z0-9._-]*\.yaml")
MAX_FILE_NAME = 255
"""Longest file name most file systems accept (bytes; a file name here is ASCII)."""
FILE_NAME_RULE = "lowercase letters, digits, '.', '_' and '-', starting with a letter or digit, ending in .yaml, at most 255 characters"


class ObjectFileError(ValueError):
    """An object synth cannot write as a file of its layout: a name that is no file name, or two objects at one path."""


def is_team(name: str) -> bool:
    """True when `name` is a team name (the request model's rule: a DNS label of 2 to 63 characters)."""
    return 2 <= len(name) <= 63 and DNS_LABEL.fullmatch(name) is not None


def is_file_name(name: str) -> bool:
    """True when `name` is a file name of the layout (see `FILE_NAME_RULE`)."""
    return len(name) <= MAX_FILE_NAME and _FILE_NAME.fullmatch(name) is not None


def object_file_name(obj: dict) -> str:
    """The file one object is written to: `<kind>-<name>.yaml`; raises `ObjectFileError` for a name outside the layout."""
    kind, name = str(obj.get("kind", "")), str(obj.get("metadata", {}).get("name", ""))
    file_name = f"{kind.lower()}-{name}.yaml"
    if not is_file_name(file_name):
        raise ObjectFileError(f"{kind} {name!r} cannot be written as a file: its file name must be {FILE_NAME_RULE}")
    return file_name


def team_folder(team: str) -> str:
    """The folder of one team's objects, relative to the output folder."""
    return f"{TEAMS}/{team}"


def app_project_file(team: str) -> str:
    """The file of a team's AppProject, relative to the output folder (it lives in `argocd/`)."""
    return f"{ARGOCD}/appproject-{TeamNames(team).app_project}.yaml"


def is_team_file(team: str, path: str) -> bool:
    """True when `path` is a file synth writes for `team`: one in its folder, or its AppProject."""
    folder, _, name = path.rpartition("/")
    return (folder == team_folder(team) and is_file_name(name)) or path == app_project_file(team)


def is_platform_file(path: str) -> bool:
    """True when `path` is a file of the folders every team shares (`argocd/`, `bootstrap/`)."""
    folder, _, name = path.rpartition("/")
    return folder in (ARGOCD, BOOTSTRAP) and is_file_name(name)


def team_of(path: str) -> str | None:
    """The team whose folder holds `path`, when `path` is a file of a team folder of the layout."""
    parts = path.split("/")
    if len(parts) == 3 and parts[0] == TEAMS and is_team(parts[1]) and is_file_name(parts[2]):
        return parts[1]
    return None


def in_layout(path: str) -> bool:
    """True when `path` is a file synth may have written (the index aside): a team's file or a shared one."""
    return team_of(path) is not None or is_platform_file(path)
