"""The synth index: what decided each team's output, and the hash of every file synth wrote.

`synth` rebuilds a team only when its key (a hash of everything that decides its output) differs
from the one recorded, or when any of its files is not exactly the one recorded: a hand-edited or
deleted file is rebuilt, never trusted. The index lives in the output folder as a text file
(`synth-index.txt`), committed with it: ArgoCD's directory source reads only `.yaml`, `.yml`,
`.json` and `.jsonnet` files, so it never takes the index for a manifest.

A team's key covers its request as parsed (a comment or reformatting changes nothing), whether it
is suspended, and the shared inputs (`shared_inputs`): the platform configuration, the library's
own source, the generated bindings and the versions of the packages that shape the output. Any
change of a shared input changes every key, so every team is rebuilt. Adding an input is one entry
in `shared_inputs`.
"""

from __future__ import annotations

import hashlib
import importlib.metadata
import importlib.util
import json
import os
from collections.abc import Mapping
from dataclasses import dataclass, field
from pathlib import Path

from ai_access.gitops.extensions import extensions_digest
from ai_access.labels import MANAGED_BY
from ai_access.models.platform import PlatformConfig
from ai_access.models.request import AccessRequest

INDEX_FILE = "synth-index.txt"
FORMAT = f"{MANAGED_BY} synth index 1"
PLATFORM_ENTRY = "platform"
"""The entry of the objects every team shares: the ApplicationSet and the bootstrap objects."""

# The distributions whose code decides the bytes synth writes: the construct libraries and jsii
# (the objects), PyYAML (the YAML text), lxml (the policy XML), pydantic (the models' values).
OUTPUT_DISTRIBUTIONS = ("cdk8s", "cdk8s-plus-28", "constructs", "jsii", "PyYAML", "lxml", "pydantic")


def shared_inputs(platform: PlatformConfig, extension_folder: str | None = None) -> dict[str, str]:
    """Digest of every input all teams share, by name; the shared part of every key.

    `extension_folder` is where the platform's extensions are looked up first (the platform file's).
    """
    return {
        "platform": _digest(_canonical(platform.model_dump(mode="json"))),
        "library": tree_digest(Path(__file__).resolve().parent.parent),
        "bindings": tree_digest(_package_folder("imports")),
        "packages": _digest(_canonical({name: importlib.metadata.version(name) for name in OUTPUT_DISTRIBUTIONS})),
        "extensions": extensions_digest(platform.extensions, extension_folder),
    }


def shared_key(inputs: Mapping[str, str]) -> str:
    """The key of the platform entry: every shared input at once."""
    return _digest(_canonical(dict(inputs)))


def team_key(request: AccessRequest, *, suspended: bool, shared: str) -> str:
    """The key of one team: its request as parsed, its suspension and the shared inputs."""
    return _digest(_canonical({"request": request.model_dump(mode="json"), "suspended": suspended, "shared": shared}))


def file_digest(text: str) -> str:
    """The recorded hash of a file's text."""
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


def tree_digest(root: Path) -> str:
    """A hash of every source file below `root` (names and bytes), caches left out."""
    digest = hashlib.sha256()
    for path in sorted(p for p in root.rglob("*") if p.is_file() and "__pycache__" not in p.parts and p.suffix != ".pyc"):
        digest.update(path.relative_to(root).as_posix().encode() + b"\0" + path.read_bytes() + b"\0")
    return digest.hexdigest()


@dataclass(frozen=True)
class Entry:
    """One team (or the platform entry): its key and its files (path relative to the output -> hash)."""

    key: str
    files: dict[str, str] = field(default_factory=dict)


@dataclass
class SynthIndex:
    """Every entry of one output folder, by name (`team <name>` and `platform`)."""

    entries: dict[str, Entry] = field(default_factory=dict)

    @property
    def files(self) -> set[str]:
        """Every file the index records."""
        return {path for entry in self.entries.values() for path in entry.files}

    def render(self) -> str:
        """The index as text: stable order, one line per entry and per file, so diffs stay small."""
        lines = [
            f"# {FORMAT}",
            "# Written by `main.py synth`: the key of each team's inputs and the hash of each file it wrote.",
            "# synth rebuilds what differs; `main.py synth --full` ignores this file.",
        ]
        for name in sorted(self.entries, key=lambda n: (n == PLATFORM_ENTRY, n)):
            entry = self.entries[name]
            lines.append(f"{name} {entry.key}" if name == PLATFORM_ENTRY else f"team {name} {entry.key}")
            lines += [f"  {path} {digest}" for path, digest in sorted(entry.files.items())]
        return "\n".join(lines) + "\n"


def parse_index(text: str) -> SynthIndex | None:
    """The index in `text`, or None when it is not one this version wrote (then everything is rebuilt)."""
    lines = text.splitlines()
    if not lines or lines[0] != f"# {FORMAT}":
        return None
    index = SynthIndex()
    current: Entry | None = None
    for line in lines[1:]:
        if not line or line.startswith("#"):
            continue
        parts = line.split()
        if line.startswith("  ") and len(parts) == 2 and current is not None:
            current.files[parts[0]] = parts[1]
        elif parts[:1] == ["team"] and len(parts) == 3:
            current = index.entries[parts[1]] = Entry(parts[2])
        elif parts[:1] == [PLATFORM_ENTRY] and len(parts) == 2:
            current = index.entries[PLATFORM_ENTRY] = Entry(parts[1])
        else:
            return None
    return index


def read_index(outdir: str) -> SynthIndex | None:
    """The index of `outdir`, or None when there is none (or it cannot be read)."""
    try:
        with open(os.path.join(outdir, INDEX_FILE), encoding="utf-8") as handle:
            return parse_index(handle.read())
    except (OSError, UnicodeDecodeError):
        return None


def intact(outdir: str, files: Mapping[str, str]) -> bool:
    """True when every one of `files` is in `outdir` with its recorded hash."""
    for path, digest in files.items():
        try:
            with open(os.path.join(outdir, path), encoding="utf-8") as handle:
                if file_digest(handle.read()) != digest:
                    return False
        except (OSError, UnicodeDecodeError):
            return False
    return True


def _package_folder(name: str) -> Path:
    spec = importlib.util.find_spec(name)
    if spec is None or not spec.submodule_search_locations:
        raise ModuleNotFoundError(f"the generated bindings package {name!r} is not importable")
    return Path(next(iter(spec.submodule_search_locations)))


def _canonical(value: object) -> str:
    return json.dumps(value, sort_keys=True, separators=(",", ":"), ensure_ascii=True)


def _digest(text: str) -> str:
    return hashlib.sha256(text.encode("utf-8")).hexdigest()
