"""`synth --check`: every file synth would write, built in memory, against what the output folder holds.

It writes nothing (no staging folder, no index, no lock file) and trusts nothing the output folder
records: not its synth index, not its files. What synth would write is built from the requests and
the platform alone, the synth index included, which is part of the output; then each file of the
folder is compared byte for byte (`differences`).

With a committed output to start from (`base`: the output folder at the pull request's base,
which passed this check when it merged), a team whose key equals the one the base's index records
is taken from the base's files instead of being built; so are the platform's objects. The key
covers every input of a team's output (`synth_index`), so that file is what a build would write:
the answer is the same as without a base (tested). The base is read as data like any output:
its index must be valid, the team's files in the base must be exactly the ones its entry lists,
and each must have its recorded hash, or the team is built.
"""

from __future__ import annotations

import functools
import os
from collections.abc import Mapping
from dataclasses import dataclass
from datetime import date
from typing import Protocol

from ai_access.models.lifecycle import lifecycle_of
from ai_access.models.platform import PlatformConfig
from ai_access.models.request import AccessRequest
from ai_access.names.team import TeamNames
from ai_access.synth.extensions import load_extensions
from ai_access.synth.index import (
    MAX_INDEX_BYTES,
    PLATFORM_ENTRY,
    Entry,
    SynthIndex,
    file_digest,
    load_index,
    shared_inputs,
    shared_key,
    team_key,
)
from ai_access.synth.layout import ARGOCD, INDEX_FILE, ObjectFileError, app_project_file, is_platform_file, team_folder, team_of
from ai_access.synth.output import object_files
from ai_access.synth.output_files import MAX_FILE_BYTES, FolderListing, OutputReader, list_folder
from ai_access.synth.synthesize import Job, default_workers
from ai_access.synth.workers import run_builds

Files = dict[str, bytes]
"""Files by path relative to the output folder (`/`-separated), with their bytes."""


class CommittedOutput(Protocol):
    """An output folder as committed somewhere else (a git ref, a folder unpacked from one), read as data."""

    def listing(self) -> set[str]:
        """Every regular file it holds, relative to the output folder."""
        ...

    def read(self, paths: set[str], limit: int = MAX_FILE_BYTES) -> Files:
        """The bytes of each of `paths` that is a regular file of at most `limit` bytes (the others are left out)."""
        ...


@dataclass(frozen=True)
class ExpectedOutput:
    """Every file synth writes for some inputs, and how they were found."""

    files: Files
    built: int
    """Teams built."""
    reused: int
    """Teams taken from the committed output."""
    base_problem: str | None = None
    """Why the committed output's index could not be used (then every team was built)."""


def expected_output(
    teams: list[AccessRequest],
    platform: PlatformConfig,
    *,
    today: date | None = None,
    base: CommittedOutput | None = None,
    workers: int | None = None,
    inputs: Mapping[str, str] | None = None,
    extension_folder: str | None = None,
) -> ExpectedOutput:
    """What `synth` writes for these (validated) requests, the synth index included, as bytes.

    `base` is a committed output whose teams of unchanged key are reused (see the module's
    docstring); `today`, `inputs` and `extension_folder` mean what they mean for `synth_gitops`.
    """
    shared = shared_key(inputs if inputs is not None else shared_inputs(platform, extension_folder))
    lifecycles = {request.team: lifecycle_of(request, platform, today) for request in teams}
    keys = {request.team: team_key(request, lifecycle=lifecycles[request.team], shared=shared) for request in teams}
    reused, platform_files, problem = _from_base(base, keys, shared) if base is not None else ({}, None, None)
    jobs = [(request, keys[request.team], lifecycles[request.team]) for request in teams if request.team not in reused]
    team_task = functools.partial(render_teams, platform=platform, parent=os.getpid(), extension_folder=extension_folder)
    platform_task = functools.partial(render_platform_objects, platform) if platform_files is None else None
    built, built_platform = run_builds(team_task, jobs, platform_task, workers or default_workers(len(jobs)))
    by_team = {**reused, **built}
    platform_files = platform_files if platform_files is not None else built_platform
    index = SynthIndex({team: Entry(keys[team], _digests(files)) for team, files in by_team.items()})
    index.entries[PLATFORM_ENTRY] = Entry(shared, _digests(platform_files))
    files: Files = {}
    for group in (*by_team.values(), platform_files):
        for path, data in group.items():
            if path in files:  # synth refuses the same, while it writes the second one
                raise ObjectFileError(f"two objects would be written to {path}")
            files[path] = data
    files[INDEX_FILE] = index.render().encode("ascii")
    return ExpectedOutput(files, len(jobs), len(reused), problem)


def _digests(files: Files) -> dict[str, str]:
    return {path: file_digest(data) for path, data in files.items()}


def _from_base(base: CommittedOutput, keys: Mapping[str, str], shared: str) -> tuple[dict[str, Files], Files | None, str | None]:
    """The files of each team (and of the platform entry) the base holds for the same key, checked against its index."""
    listing = base.listing()
    if not listing:
        return {}, None, None  # no output there yet: nothing to reuse, nothing to say
    index, problem = load_index(base.read({INDEX_FILE}, MAX_INDEX_BYTES).get(INDEX_FILE))
    if index is None:
        return {}, None, problem or "it has no synth index"
    in_teams = {path for name, entry in index.entries.items() if name != PLATFORM_ENTRY for path in entry.files}
    held: dict[str, set[str]] = {PLATFORM_ENTRY: {path for path in listing if is_platform_file(path)} - in_teams}
    for path in listing:
        team = team_of(path)
        if team is not None:
            held.setdefault(team, set()).add(path)
    wanted: dict[str, Entry] = {}
    for name, entry in index.entries.items():
        if name == PLATFORM_ENTRY:
            same_key = entry.key == shared
        else:
            same_key = keys.get(name) == entry.key
            held.setdefault(name, set()).update({app_project_file(name)} & listing)
        if same_key and held.get(name) == set(entry.files):
            wanted[name] = entry
    blobs = base.read({path for entry in wanted.values() for path in entry.files})
    found = {
        name: {path: blobs[path] for path in entry.files}
        for name, entry in wanted.items()
        if all(path in blobs and file_digest(blobs[path]) == digest for path, digest in entry.files.items())
    }
    platform_files = found.pop(PLATFORM_ENTRY, None)
    return found, platform_files, None


def render_teams(jobs: list[Job], *, platform: PlatformConfig, parent: int, extension_folder: str | None = None) -> dict[str, Files]:
    """Build each team and its AppProject; returns each team's files, as `synth_teams` writes them.

    `parent` is the process that asked: when it is gone (killed), a worker stops.
    """
    from ai_access.synth.charts import app_project_manifests, namespaced_kinds, team_manifests  # starts jsii

    extensions = load_extensions(platform.extensions, extension_folder)
    files: dict[str, Files] = {}
    kinds_by_team = {}
    for request, _, lifecycle in jobs:
        if os.getppid() != parent and os.getpid() != parent:
            os._exit(1)  # the check that asked was killed: stop at once
        objects = team_manifests(request, platform, lifecycle=lifecycle, extensions=extensions)
        kinds_by_team[request.team] = namespaced_kinds(objects)
        files[request.team] = object_files(team_folder(request.team), objects)
    owners = {request.team: request.owner for request, _, _ in jobs}
    projects = {project["metadata"]["name"]: project for project in app_project_manifests(platform, kinds_by_team, owners)}
    for request, _, _ in jobs:
        files[request.team].update(object_files(ARGOCD, [projects[TeamNames(request.team).app_project]]))
    return files


def render_platform_objects(platform: PlatformConfig) -> Files:
    """The ApplicationSet and the bootstrap objects' files, as `synth_platform_objects` writes them."""
    from ai_access.synth.charts import argocd_manifests, bootstrap_manifests  # starts jsii

    return {**object_files(ARGOCD, argocd_manifests(platform)), **object_files("bootstrap", bootstrap_manifests(platform))}


@dataclass(frozen=True, order=True)
class Difference:
    """One path of the output folder that is not what synth writes, and how."""

    path: str
    """Relative to the output folder; empty for the folder itself."""
    problem: str


def differences(outdir: str, expected: Mapping[str, bytes]) -> list[Difference]:
    """Every path below `outdir` that differs from `expected`, is missing from it or is not in it.

    Nothing is followed or trusted: folders are walked without following links, and a file is read
    only when it is a regular file where synth writes one, never beyond the expected size (a file
    of gigabytes costs one read of that size plus one byte). Raises OSError when a folder or file
    cannot be read at all (permissions: the environment, not the pull request).
    """
    listing = list_folder(outdir)
    if listing.root is not None:
        return [Difference("", f"{listing.root}, not the folder synth writes ({len(expected)} file(s))")]
    found = []
    with OutputReader(outdir) as reader:
        for path, data in sorted(expected.items()):
            problem = _compare(reader, listing, path, data)
            if problem:
                found.append(Difference(path, problem))
    for path in sorted(listing.files - expected.keys()):
        found.append(Difference(path, "not written by synth"))
    for path in sorted(listing.others.keys() - expected.keys()):
        found.append(Difference(path, f"{listing.others[path]}, not written by synth"))
    return sorted(found)


def _compare(reader: OutputReader, listing: FolderListing, path: str, data: bytes) -> str | None:
    if path in listing.files:
        return None if reader.read(path, len(data)) == data else "differs from what synth writes"
    if path in listing.others:
        return f"{listing.others[path]} where synth writes a file"
    if path in listing.folders:
        return "a folder where synth writes a file"
    return "missing"
