"""`main.py synth --check [--base REF]`: is the output folder exactly what synth writes? Writes nothing.

One line per file that is not (`synth --check: PATH: what is wrong`), then a summary line, on
stderr; exit 1 when any file differs, 3 when the base or the output folder cannot be read. With
`--base`, the committed output at REF supplies the teams whose inputs are unchanged
(`synth/check.py` says why that gives the same answer).
"""

from __future__ import annotations

import os
from datetime import date
from typing import TextIO

from ai_access import exit_codes
from ai_access.models.platform import PlatformConfig
from ai_access.models.request import AccessRequest
from ai_access.review.git_base import GitBaseError
from ai_access.synth.extensions import ExtensionError, SynthStopped
from ai_access.synth.layout import ObjectFileError
from ai_access.synth.output_files import printable

PREFIX = "synth --check"


def run_check(
    teams: list[AccessRequest],
    platform: PlatformConfig,
    outdir: str,
    *,
    today: date,
    base_ref: str | None,
    extension_folder: str | None,
    traceback: bool,
    out: TextIO,
    err: TextIO,
) -> int:
    """Compare `outdir` with what synth writes for `teams` (validated); the exit code per `ai_access.exit_codes`."""
    from ai_access.synth.check import differences, expected_output  # jsii starts in the processes that build

    try:
        base = None
        if base_ref is not None:
            from ai_access.review.git_output import GitOutput

            base = GitOutput(base_ref, outdir)
        expected = expected_output(teams, platform, today=today, base=base, extension_folder=extension_folder)
        found = differences(outdir, expected.files)
    except SynthStopped as error:  # an extension, a rule of the output, a worker that died
        print(f"{PREFIX}: {error}", file=err)
        if traceback and isinstance(error, ExtensionError) and error.details:
            print(error.details, file=err, end="")
        return error.exit_code
    except ObjectFileError as error:
        print(f"{PREFIX}: {error}", file=err)
        return exit_codes.INVALID
    except GitBaseError as error:
        print(f"{PREFIX}: {base_ref}: {error}", file=err)
        return exit_codes.ENVIRONMENT
    except OSError as error:  # a folder or file that cannot be read: permissions, not the pull request
        print(f"{PREFIX}: cannot read {printable(str(error.filename or outdir))}: {error.strerror or error}", file=err)
        return exit_codes.ENVIRONMENT
    if expected.base_problem:
        print(f"{PREFIX}: {outdir} at {base_ref} has a synth index that cannot be used ({expected.base_problem}); every team was built", file=err)
    for difference in found:
        print(f"{PREFIX}: {printable(os.path.join(outdir, difference.path) if difference.path else outdir)}: {difference.problem}", file=err)
    if found:
        print(
            f"{PREFIX}: {len(found)} path(s) of {printable(outdir)} are not what synth writes from the requests and the platform; "
            f"run `main.py synth` (`make synth`) and commit {printable(outdir)}",
            file=err,
        )
        return exit_codes.INVALID
    source = f", {expected.reused} taken from {base_ref}" if base_ref is not None else ""
    print(f"{outdir} is exactly what synth writes: {len(expected.files) - 1} file(s) and the synth index; {expected.built} team(s) built{source}", file=out)
    return exit_codes.OK
