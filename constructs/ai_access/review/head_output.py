"""What synth writes for a pull request's head, and which synthesized files the pull request edited by hand.

`plan` shows what the head's requests synthesize to, never what the pull request's `dist/` claims:
the head is built in memory (`synth/check.py`), taking from the base's committed output
(which passed `synth --check` when it merged) the teams whose inputs did not change. Nothing of
the working tree's `dist/` is trusted or written.

A file of the working tree's `dist/` that synth writes for the head is edited by hand when its
content is neither what synth writes nor what the base holds: the pull request changed it (or
deleted it, or put a link or a FIFO in its place) to something synth does not write. A file
still as the base has it is only stale (the pull request did not regenerate `dist/`); CI's
`synth --check` step names those.
"""

from __future__ import annotations

import os
from dataclasses import dataclass, field
from datetime import date

from ai_access.exit_codes import ENVIRONMENT, INVALID
from ai_access.models.platform import PlatformConfig
from ai_access.models.request import AccessRequest
from ai_access.synth.check import Difference, differences, expected_output  # jsii starts only in the builds
from ai_access.synth.extensions import SynthStopped
from ai_access.synth.layout import ObjectFileError, is_platform_file, team_of
from ai_access.synth.output_files import MAX_FILE_BYTES, FolderOutput, OutputReader, printable


class HeadError(Exception):
    """The head cannot be synthesized (an extension fails) or the working tree's output cannot be read."""

    def __init__(self, message: str, code: int) -> None:
        super().__init__(message)
        self.code = code
        """The exit code: INVALID for the head's inputs, ENVIRONMENT for a folder that cannot be read."""


@dataclass
class HeadOutput:
    """The head's synthesized files, as `build_plan` takes them, and the hand edits of the working tree's output."""

    team_files: dict[str, dict[str, str]] = field(default_factory=dict)
    """Each team's files (`teams/<team>/`) by name, with their text."""
    platform_files: dict[str, str] = field(default_factory=dict)
    """The files of `argocd/` and `bootstrap/` by path, with their text."""
    hand_edits: list[str] = field(default_factory=list)
    """One line per synthesized file the pull request edited by hand: its path and what is wrong."""


def synth_head(
    requests: list[AccessRequest], platform: PlatformConfig, base_dist: str | None, dist_dir: str, platform_file: str, today: date
) -> HeadOutput:
    """What synth writes for the head's (validated) `requests`, reusing the base's output unpacked at `base_dist`.

    `dist_dir` is the working tree's output, compared with it; `platform_file` is where the
    platform's extensions are looked up first, as `synth` does.
    """

    base = FolderOutput(base_dist) if base_dist else None
    try:
        expected = expected_output(requests, platform, today=today, base=base, extension_folder=os.path.dirname(os.path.abspath(platform_file)))
    except SynthStopped as error:  # an extension, a rule of the output, a worker that died
        raise HeadError(f"cannot synthesize the head: {error}", error.exit_code) from None
    except ObjectFileError as error:
        raise HeadError(f"cannot synthesize the head: {error}", INVALID) from None
    head = HeadOutput()
    for path, data in sorted(expected.files.items()):
        team = team_of(path)
        if team is not None:
            head.team_files.setdefault(team, {})[path.rpartition("/")[2]] = data.decode("utf-8")
        elif is_platform_file(path):
            head.platform_files[path] = data.decode("utf-8")
    try:
        found = differences(dist_dir, expected.files)
        head.hand_edits = _hand_edits(found, dist_dir, base, expected.files)
    except OSError as error:
        raise HeadError(f"cannot read {printable(str(error.filename or dist_dir))}: {error.strerror or error}", ENVIRONMENT) from None
    return head


def _hand_edits(found: list[Difference], dist_dir: str, base: FolderOutput | None, expected: dict[str, bytes]) -> list[str]:
    """The differences the pull request made: a synthesized file whose content is not as at the base."""
    at_base = base.read({d.path for d in found}) if base is not None else {}
    edits = []
    with OutputReader(dist_dir) as working:
        for difference in found:
            shown = printable(os.path.join(dist_dir, difference.path) if difference.path else dist_dir)
            if difference.path == "":  # the output folder itself is missing, a link or a file
                if base is not None and base.listing():
                    edits.append(f"{shown}: {difference.problem}")
            elif difference.path not in expected:
                continue  # not a synthesized file: synth --check names it
            elif difference.problem == "missing":
                if difference.path in at_base:
                    edits.append(f"{shown}: deleted by hand; synth writes it for the head")
            elif difference.problem.startswith("differs"):
                current = working.read(difference.path, MAX_FILE_BYTES)
                if current is None or current != at_base.get(difference.path):
                    edits.append(f"{shown}: edited by hand; it differs from what synth writes for the head")
            else:  # a link, a FIFO or a folder where synth writes a file
                edits.append(f"{shown}: {difference.problem}")
    return edits
