"""Writing synthesized objects: one YAML file per object, swapped into place only when all are written.

One file per object (`<kind>-<name>.yaml`) makes a pull request's diff show exactly which object
changes, and a TPM change touch only the team's policy file. Everything is written into a staging
folder beside the output and swapped in at the end, so a failing synth leaves the previous output
as it was.
"""

from __future__ import annotations

import contextlib
import os
import shutil
import tempfile
from collections.abc import Iterator
from typing import Any

import yaml

Manifest = dict[str, Any]


# What synth writes: an existing output folder holding anything else is not replaced.
OUTPUT_FOLDERS = frozenset({"teams", "argocd", "bootstrap"})


class OutputFolderError(Exception):
    """The output folder holds something synth did not write: replacing it would delete that."""


def _check_output_folder(outdir: str) -> None:
    """Refuse an output folder that exists and holds anything but synth's own folders."""
    if not os.path.exists(outdir):
        return
    if not os.path.isdir(outdir) or os.path.islink(outdir):
        raise OutputFolderError(f"{outdir} is not a folder synth wrote; refusing to replace it")
    foreign = sorted(set(os.listdir(outdir)) - OUTPUT_FOLDERS)
    if foreign:
        shown = ", ".join(foreign[:5]) + (", ..." if len(foreign) > 5 else "")
        raise OutputFolderError(f"{outdir} holds {shown}, which synth did not write; refusing to replace it")


@contextlib.contextmanager
def staged_output(outdir: str) -> Iterator[str]:
    """A staging folder that replaces `outdir` when the block succeeds, and vanishes when it fails."""
    _check_output_folder(outdir)
    outdir = os.path.abspath(outdir)
    parent = os.path.dirname(outdir)
    os.makedirs(parent, exist_ok=True)
    staging = tempfile.mkdtemp(prefix=".synth-", dir=parent)
    try:
        yield staging
        _swap(staging, outdir)
    except BaseException:
        shutil.rmtree(staging, ignore_errors=True)
        raise


def write_objects(folder: str, objects: list[Manifest]) -> int:
    """Write each object to `folder/<kind>-<name>.yaml`; returns how many files were written."""
    os.makedirs(folder, exist_ok=True)
    for obj in objects:
        name = f"{obj['kind'].lower()}-{obj['metadata']['name']}.yaml"
        path = os.path.join(folder, name)
        if os.path.exists(path):
            raise ValueError(f"two objects would be written to {path}")
        with open(path, "w", encoding="utf-8") as handle:
            handle.write(dump_yaml(obj))
    return len(objects)


def _swap(staging: str, outdir: str) -> None:
    if os.path.exists(outdir):
        retired = tempfile.mkdtemp(prefix=".retired-", dir=os.path.dirname(outdir))
        os.rename(outdir, os.path.join(retired, "old"))
        os.rename(staging, outdir)
        shutil.rmtree(retired, ignore_errors=True)
    else:
        os.rename(staging, outdir)


class _Dumper(yaml.CSafeDumper):
    """libyaml dumper writing multi-line strings (the policy XML) as readable block scalars."""


def _represent_str(dumper: yaml.SafeDumper, data: str) -> yaml.ScalarNode:
    style = "|" if "\n" in data else None
    return dumper.represent_scalar("tag:yaml.org,2002:str", data, style=style)


_Dumper.add_representer(str, _represent_str)


def dump_yaml(obj: Manifest) -> str:
    """One object as YAML, keys in the order cdk8s produced them."""
    return yaml.dump(obj, Dumper=_Dumper, sort_keys=False, default_flow_style=False, allow_unicode=True, width=120)
