"""What keeps a name from being a DNS label, in words: the faults a reader cannot see in the echoed value.

`'Team‘alpha’'` looks almost right in a terminal; `has capital letters and typographic quotes
(U+2018, U+2019)` says what to change. Characters that are easy to miss (quotes an editor typed
for you, letters of other scripts that look Latin, invisible ones) are named by code point.
"""

from __future__ import annotations

# The quotes word processors and chat tools substitute for ' and ", and the primes and guillemets
# that look like them.
TYPOGRAPHIC_QUOTES = frozenset("\u2018\u2019\u201a\u201b\u201c\u201d\u201e\u201f\u2032\u2033\u00ab\u00bb\u2039\u203a")
_LABEL_CHARACTERS = frozenset("abcdefghijklmnopqrstuvwxyz0123456789-")


def label_faults(value: str) -> str | None:
    """Why `value` is no DNS-1123 label, as a predicate (`has capital letters and dots`); None when no character or end is at fault."""
    named = {
        "capital letters": {c for c in value if "A" <= c <= "Z"},
        "typographic quotes": {c for c in value if c in TYPOGRAPHIC_QUOTES},
        "spaces": {c for c in value if c == " "},
        "underscores": {c for c in value if c == "_"},
        "dots": {c for c in value if c == "."},
        "letters outside a-z": {c for c in value if c.isalpha() and not c.isascii()},
    }
    shown_points = ("typographic quotes", "letters outside a-z")
    characters = [f"{what} ({_code_points(found)})" if what in shown_points else what for what, found in named.items() if found]
    others = {c for c in value if c not in _LABEL_CHARACTERS} - set().union(*named.values())
    if others:
        characters.append(f"other characters ({_code_points(others)})")
    faults = [f"has {_and(characters)}"] if characters else []
    if value.startswith("-"):
        faults.append("starts with '-'")
    if value.endswith("-"):
        faults.append("ends with '-'")
    return "; ".join(faults) or None


def _and(items: list[str]) -> str:
    return items[0] if len(items) == 1 else f"{', '.join(items[:-1])} and {items[-1]}"


SHOWN_CODE_POINTS = 6
"""How many different characters of one kind a message names; the rest are counted."""


def _code_points(characters: set[str]) -> str:
    # Printable ASCII is shown as itself; anything else by code point, which no terminal can hide.
    ordered = sorted(characters)
    named = ", ".join(repr(c) if c.isascii() and c.isprintable() else f"U+{ord(c):04X}" for c in ordered[:SHOWN_CODE_POINTS])
    return named if len(ordered) <= SHOWN_CODE_POINTS else f"{named} and {len(ordered) - SHOWN_CODE_POINTS} more"
