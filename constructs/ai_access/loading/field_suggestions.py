"""Unknown fields: the message names the field that was probably meant, or lists the allowed ones.

A typo in a key (`tokenPerMinute`) is two mistakes to the parser: an unknown field, and the
intended field missing. Said as two lines, the second is a false lead; so the unknown one says
`did you mean tokensPerMinute?` and the "required field is missing" line of the field it names is
left out (`typo_targets`). Both request formats and `platform.yaml` word it here, the same way.
"""

from __future__ import annotations

import difflib
from collections.abc import Iterable, Mapping
from typing import Any

SIMILARITY = 0.6
"""`difflib.get_close_matches`' default: `tokenPerMinute`, `enabld`, `Team` match; `region` matches nothing."""


def suggestion(key: object, allowed: Iterable[str], given: Iterable[object] = ()) -> str | None:
    """The allowed key that `key` was most probably meant to be, or None.

    Keys the mapping already has are never suggested: `tokensPerMinute` beside `tokenPerMinute` is
    no fix. Case is ignored, so `TokensPerMinute` finds `tokensPerMinute`.
    """
    if not isinstance(key, str):
        return None
    present = {str(name) for name in given}
    candidates = {name.lower(): name for name in allowed if name not in present}
    match = difflib.get_close_matches(key.lower(), list(candidates), n=1, cutoff=SIMILARITY)
    return candidates[match[0]] if match else None


def unknown_field_message(key: object, allowed: Iterable[str], given: Iterable[object] = ()) -> str:
    """What to say at an unknown key: the field it probably meant, else every field allowed there."""
    allowed = tuple(allowed)
    meant = suggestion(key, allowed, given)
    if meant is not None:
        return f"unknown field; did you mean {meant}?"
    return f"unknown field; allowed: {', '.join(allowed)}" if allowed else "unknown field"


def typo_targets(mapping: Mapping[Any, Any], allowed: Iterable[str]) -> set[str]:
    """The allowed keys `mapping` lacks that one of its unknown keys is suggested as.

    Their "required field is missing" is not said: the unknown key's line already names them.
    """
    allowed = tuple(allowed)
    return {meant for key in mapping if key not in allowed and (meant := suggestion(key, allowed, mapping)) is not None}


def keys_at(value: Any, loc: tuple[str | int, ...]) -> tuple[Any, ...]:
    """The keys of the mapping at `loc` in a parsed YAML value; () when there is none."""
    for part in loc:
        if isinstance(value, dict) and part in value:
            value = value[part]
        elif isinstance(value, list) and isinstance(part, int) and 0 <= part < len(value):
            value = value[part]
        else:
            return ()
    return tuple(value) if isinstance(value, dict) else ()

