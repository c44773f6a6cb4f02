"""How a wrong value is said: in the same words whichever file it is in, with the value echoed.

The ConfigMap parser converts its strings itself and pydantic checks the typed format and
`platform.yaml`; both word a wrong number, boolean, GUID, date or unquoted text here, so the same
mistake reads the same in every file (`tests/loading/test_request_formats_agree.py`).
"""

from __future__ import annotations

from datetime import date, datetime
from typing import Any

from ai_access.problems import shown

GUID_EXAMPLE = "3f2b8c1e-5a7d-4e9f-8b6a-1c2d3e4f5a6b"
GUID_SHAPE = f"8-4-4-4-12 hexadecimal digits, like {GUID_EXAMPLE}"


def echoed(value: Any) -> str:
    """`value` echoed as `shown` does; a date or time YAML read from the file as its text, not its repr."""
    if isinstance(value, (date, datetime)):
        return shown(value.isoformat())
    return shown(value)


def whole_number_message(value: Any) -> str:
    """For a number that is none, or not whole."""
    return f"must be a whole number, like 5000 (got {echoed(value)})"


def boolean_message(value: Any) -> str:
    """For a flag that is neither true nor false."""
    return f"must be true or false (got {echoed(value)})"


def guid_message(value: Any) -> str:
    """For an Entra object id or an Azure subscription or tenant id that is no GUID."""
    return f"must be a GUID: {GUID_SHAPE} (got {echoed(value)})"


def date_message(value: Any) -> str:
    """For a date that is none, or has a time."""
    return f"must be a date written YYYY-MM-DD, like 2030-06-30 (got {echoed(value)})"


def text_message(value: Any) -> str:
    """For text YAML read as something else because it is not quoted: `version: 2025-04-14` is a date."""
    if isinstance(value, (date, datetime)):
        written = value.isoformat()
        return f'must be text, but YAML reads {written} without quotes as a date: quote it ("{written}")'
    # A number is not echoed as a quoted fix: YAML has already changed how it was written (1.30 is 1.3).
    if isinstance(value, bool):
        return f"must be text, but YAML reads {str(value).lower()} without quotes as a boolean: write the value in quotes"
    return f"must be text, but YAML reads {shown(value)} without quotes as a number: write the value in quotes"


def empty_message() -> str:
    """For a required value left empty (`key:` and nothing after it, which YAML reads as null)."""
    return "is empty: write its value after the colon"
