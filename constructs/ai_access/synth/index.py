"""The synth index: what decided each team's output, and the hash of every file synth wrote.

`synth` rebuilds a team only when its key (a hash of everything that decides its output) differs
from the one recorded, or when any of its files is not exactly the one recorded: a hand-edited or
deleted file is rebuilt, never trusted. The index lives in the output folder as a text file
(`synth-index.txt`), committed with it: ArgoCD's directory source reads only `.yaml`, `.yml`,
`.json` and `.jsonnet` files, so it never takes the index for a manifest.

A team's key covers its request as parsed (a comment or reformatting changes nothing), whether it
lifecycle on the day (expiry, a rotation's overlap), and the shared inputs (`shared_inputs`): the platform configuration, the library's
own source, the generated bindings and the versions of the packages that shape the output. Any
change of a shared input changes every key, so every team is rebuilt. Adding an input is one entry
in `shared_inputs`.
"""

from __future__ import annotations

import dataclasses
import hashlib
import importlib.metadata
import importlib.util
import json
import os
import re
from collections.abc import Mapping
from dataclasses import dataclass, field
from pathlib import Path

from ai_access.models.lifecycle import TeamLifecycle
from ai_access.models.platform import PlatformConfig
from ai_access.models.request import AccessRequest
from ai_access.names.labels import MANAGED_BY
from ai_access.synth.extensions import extensions_digest
from ai_access.synth.layout import INDEX_FILE, is_platform_file, is_team, is_team_file, team_of
from ai_access.synth.output_files import MAX_FILE_BYTES, OutputReader

FORMAT = f"{MANAGED_BY} synth index 2"
"""The first line's text; version 2 hashes bytes and reads only paths of synth's layout (1 read any path)."""
PLATFORM_ENTRY = "(platform)"
"""The entry of the objects every team shares (the ApplicationSet, the bootstrap objects): a name no team can have."""
PLATFORM_KEYWORD = "platform"
"""How the platform entry's line starts; a team's line starts with `team`, so a team named `platform` is `team platform KEY`."""
NOTHING = "0" * 64
"""A key or hash that matches nothing (a SHA-256 of all zeros has no known input): what a half-written synth records."""
MAX_INDEX_BYTES = 64 * 2**20
"""The largest index read: about 30,000 teams of 20 files each."""

# The distributions whose code decides the bytes synth writes: the construct libraries and jsii
# (the objects), PyYAML (the YAML text), lxml (the policy XML), pydantic (the models' values).
OUTPUT_DISTRIBUTIONS = ("cdk8s", "cdk8s-plus-28", "constructs", "jsii", "PyYAML", "lxml", "pydantic")


def shared_inputs(platform: PlatformConfig, extension_folder: str | None = None) -> dict[str, str]:
    """Digest of every input all teams share, by name; the shared part of every key.

    `extension_folder` is where the platform's extensions are looked up first (the platform file's).
    """
    return {
        "platform": _digest(_canonical(platform.model_dump(mode="json"))),
        "library": library_digest(),
        "bindings": tree_digest(_package_folder("imports")),
        "packages": _digest(_canonical({name: importlib.metadata.version(name) for name in OUTPUT_DISTRIBUTIONS})),
        "extensions": extensions_digest(platform.extensions, extension_folder),
    }


def shared_key(inputs: Mapping[str, str]) -> str:
    """The key of the platform entry: every shared input at once."""
    return _digest(_canonical(dict(inputs)))


def team_key(request: AccessRequest, *, lifecycle: TeamLifecycle, shared: str) -> str:
    """The key of one team: its request as parsed, its lifecycle on the day synthesized and the shared inputs."""
    state = json.loads(json.dumps(dataclasses.asdict(lifecycle), default=str))  # dates as YYYY-MM-DD
    return _digest(_canonical({"request": request.model_dump(mode="json"), "lifecycle": state, "shared": shared}))


def file_digest(data: bytes) -> str:
    """The recorded hash of a file: SHA-256 of its bytes (a CRLF edit of a text changes it)."""
    return hashlib.sha256(data).hexdigest()


def tree_digest(root: Path) -> str:
    """A hash of every source file below `root` (names and bytes), caches left out."""
    return _files_digest(root, [root])


OUTPUT_SOURCES = (
    "names",
    "models",
    "apim",
    "gitops",
    "synth/charts.py",
    "synth/sync_order.py",
    "synth/extensions.py",
    "synth/invariants.py",
    "synth/names_contract.py",
    "synth/kube_formats.py",
    "synth/api_scopes.py",
    "synth/crd_scopes.json",
    "synth/layout.py",
    "synth/output.py",
    "synth/index.py",
)
"""The library's files (below `ai_access/`) that decide what synth writes, or refuses to write: the
key's `library` input. The constructs, the names, the models and policy documents they are built
from, the waves, the rules every output keeps, the file names, the YAML and the index itself. The
rest (the CLI, validation and loading, whose result is in each key as the parsed request, plan,
verify, the platform stack, and the pipeline's orchestration, which only decides what to rebuild)
is left out, so a change there keeps every key and needs no `dist/` commit.
`tests/synth/test_synth_index.py` fails when a module the build imports is neither here nor named there."""


def library_digest() -> str:
    """A hash of the library files that shape the output (`OUTPUT_SOURCES`), names and bytes."""
    root = Path(__file__).resolve().parent.parent
    return _files_digest(root, [root / source for source in OUTPUT_SOURCES])


def _files_digest(root: Path, sources: list[Path]) -> str:
    digest = hashlib.sha256()
    files = {path for source in sources for path in ([source] if source.is_file() else source.rglob("*"))}
    for path in sorted(p for p in files if p.is_file() and "__pycache__" not in p.parts and p.suffix != ".pyc"):
        digest.update(path.relative_to(root).as_posix().encode() + b"\0" + path.read_bytes() + b"\0")
    return digest.hexdigest()


@dataclass(frozen=True)
class Entry:
    """One team (or the platform entry): its key and its files (path relative to the output -> hash)."""

    key: str
    files: dict[str, str] = field(default_factory=dict)


@dataclass
class SynthIndex:
    """Every entry of one output folder, by name: each team's, and the platform entry (`PLATFORM_ENTRY`)."""

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
            lines.append(f"{PLATFORM_KEYWORD} {entry.key}" if name == PLATFORM_ENTRY else f"team {name} {entry.key}")
            lines += [f"  {path} {digest}" for path, digest in sorted(entry.files.items())]
        return "\n".join(lines) + "\n"


def pending_index(kept: Mapping[str, Entry], files: set[str]) -> SynthIndex:
    """The index written while folders are replaced: `kept` as it is, every other file of `files`
    under its owner (its team, else the platform entry) with a key and hash that match nothing.

    A synth killed then leaves an index that trusts no half-replaced entry, yet records every file
    synth wrote, so the next synth neither reuses them nor mistakes them for files it did not write.
    """
    index = SynthIndex({name: Entry(entry.key, dict(entry.files)) for name, entry in kept.items()})
    owned = index.files
    for path in sorted(files - owned):
        team = team_of(path)
        entry = index.entries.setdefault(team or PLATFORM_ENTRY, Entry(NOTHING, {}))
        entry.files[path] = NOTHING
    return index


class InvalidIndex(ValueError):
    """The text is not an index this version wrote; the message says why (synth then rebuilds every team)."""


_HEX = re.compile(r"[0-9a-f]{64}")
_TEAM_LINE = re.compile(r"team (\S+) (\S+)")
_PLATFORM_LINE = re.compile(f"{PLATFORM_KEYWORD}" + r" (\S+)")
_FILE_LINE = re.compile(r"  (\S+) (\S+)")


def parse_index(text: str) -> SynthIndex:
    """The index in `text`; raises `InvalidIndex` unless every line is one `render` writes.

    The index is data, never a path: an entry is a team name or the platform entry, a file is a
    path of synth's layout owned by that entry (`layout.is_team_file`, `layout.is_platform_file`),
    recorded once, and every key and hash is 64 lowercase hex digits. Anything else makes the
    whole index invalid, since a forged line is the only way to write one.
    """
    if not text.endswith("\n"):
        raise InvalidIndex("it does not end with a line break")
    lines = text[:-1].split("\n")
    if lines[0] != f"# {FORMAT}":
        other = lines[0].startswith(f"# {MANAGED_BY} synth index ")
        raise InvalidIndex("it was written by another version of synth" if other else "its first line is not a synth index's")
    index = SynthIndex()
    seen: set[str] = set()
    name: str | None = None
    for number, line in enumerate(lines[1:], start=2):
        if not line.isascii() or not line.isprintable():
            raise InvalidIndex(f"line {number} holds a character synth does not write")
        if line.startswith("#"):
            continue
        if match := _FILE_LINE.fullmatch(line):
            path, digest = match.groups()
            owned = name is not None and (is_platform_file(path) if name == PLATFORM_ENTRY else is_team_file(name, path))
            if not owned:
                raise InvalidIndex(f"line {number}: not a file synth writes {'for this entry' if name else 'before any entry'}")
            if path in seen:
                raise InvalidIndex(f"line {number}: a file recorded twice")
            _hex(digest, number)
            seen.add(path)
            index.entries[name].files[path] = digest  # type: ignore[index]  # name is set (checked above)
        elif match := _TEAM_LINE.fullmatch(line):
            name, key = match.groups()
            if not is_team(name):
                raise InvalidIndex(f"line {number}: not a team name")
            _new_entry(index, name, _hex(key, number), number)
        elif match := _PLATFORM_LINE.fullmatch(line):
            name = PLATFORM_ENTRY
            _new_entry(index, name, _hex(match.group(1), number), number)
        else:
            raise InvalidIndex(f"line {number} is not a line synth writes")
    return index


def _hex(value: str, number: int) -> str:
    if not _HEX.fullmatch(value):
        raise InvalidIndex(f"line {number}: a key or hash that is not 64 lowercase hex digits")
    return value


def _new_entry(index: SynthIndex, name: str, key: str, number: int) -> None:
    if name in index.entries:
        raise InvalidIndex(f"line {number}: an entry recorded twice")
    index.entries[name] = Entry(key, {})


def load_index(data: bytes | None) -> tuple[SynthIndex | None, str | None]:
    """The index in `data` (an index file's bytes; None: no index) and, when it cannot be used, why."""
    if data is None:
        return None, None
    try:
        return parse_index(data.decode("ascii")), None
    except UnicodeDecodeError:
        return None, "it holds bytes that are not ASCII"
    except InvalidIndex as error:
        return None, str(error)


def read_index(outdir: str) -> tuple[SynthIndex | None, str | None]:
    """The index of `outdir` (None when there is none) and, when there is one synth cannot use, why.

    Read as a regular file of at most `MAX_INDEX_BYTES`, never through a link.
    """
    with OutputReader(outdir) as reader:
        data = reader.read(INDEX_FILE, MAX_INDEX_BYTES)
    if data is None and os.path.lexists(os.path.join(outdir, INDEX_FILE)):
        return None, f"it is not a regular file of at most {MAX_INDEX_BYTES // 2**20} MiB"
    return load_index(data)


def intact(reader: OutputReader, files: Mapping[str, str]) -> bool:
    """True when every one of `files` is a regular file below the reader's folder with its recorded hash."""
    for path, digest in files.items():
        data = reader.read(path, MAX_FILE_BYTES)
        if data is None or file_digest(data) != digest:
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
