"""pytest in the scratch copies of `make mutation`: each test run under a temporary folder of its own.

mutmut runs the tests of several mutants at once, each in its own pytest session. Sessions that
share pytest's temporary root delete each other's folders (pytest keeps only the newest few), and a
test that fails for that would count as a killed mutant.
"""

from __future__ import annotations

import os
import shutil
import tempfile

import pytest

_ROOT = pytest.StashKey[str]()


@pytest.hookimpl(tryfirst=True)
def pytest_configure(config: pytest.Config) -> None:
    """Point this session's temporary folders at a root no other session uses."""
    root = tempfile.mkdtemp(prefix=f"mutation-{os.getpid()}-")
    os.environ["PYTEST_DEBUG_TEMPROOT"] = root
    config.stash[_ROOT] = root


def pytest_unconfigure(config: pytest.Config) -> None:
    """Remove the session's temporary folders."""
    root = config.stash.get(_ROOT, None)
    if root:
        shutil.rmtree(root, ignore_errors=True)

