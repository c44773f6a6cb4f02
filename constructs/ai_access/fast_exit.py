"""End a process that ran jsii quickly, after its cleanup, through public APIs only.

jsii stops Node.js and removes its temporary folders in `atexit` handlers; tearing down the
interpreter after them (every module and object) is what takes long: seconds after the 1,500
modules of the azurerm bindings. `atexit` runs its handlers last-registered first, so a handler
registered before jsii is imported runs after jsii's, and `os._exit` there ends the process without
the teardown. Both are documented, public Python APIs.
"""

from __future__ import annotations

import atexit
import os
import sys

_exit_code = [0]


def exit_without_teardown_at_exit(code: int = 0) -> None:
    """Register, before jsii is imported, an exit handler that ends the process with `code`.

    Call `set_exit_code` later when the code is known. A process that imported jsii before this
    call still exits correctly, only without the saving.
    """
    _exit_code[0] = code
    atexit.register(_exit_now)


def set_exit_code(code: int) -> None:
    """The code the process ends with when the handler runs."""
    _exit_code[0] = code


def _exit_now() -> None:
    sys.stdout.flush()
    sys.stderr.flush()
    os._exit(_exit_code[0])
