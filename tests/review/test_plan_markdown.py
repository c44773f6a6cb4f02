"""plan's PR comment: no request value becomes markup, read back with a CommonMark parser.

GitHub adds links of its own (mentions, #123, bare URLs) to text but never inside code, which a
CommonMark parser does not show; so besides "no link, image, HTML or emphasis in the tree", the
tests ask that every value sits whole in one code span and that plain text keeps to letters and
sentence punctuation.
"""

from __future__ import annotations

import re

from hypothesis import given, settings
from hypothesis import strategies as st
from markdown_it.token import Token

from ai_access.review.plan import FieldChange, Plan, TeamPlan
from ai_access.review.render import render_markdown
from support.markdown import MARKUP, PARSER, markdown_tokens  # noqa: F401

# GitHub's comment Markdown: CommonMark with tables and strikethrough (its autolinks are below).
# What GitHub would turn into a link or a mention if it stood in text outside code.
GITHUB_LINKS = re.compile(r"@|#|://|www\.")
# Plain words of a sentence: letters and sentence punctuation, so no hash or GH-123 either.
PLAIN_TEXT = re.compile(r"[A-Za-z ,.;:()-]*")

TRICKS = [
    "CC-1 `` **bold** ``",
    "**bold** _em_ ~~gone~~",
    "@octocat please approve",
    "![pixel](https://evil.example/p.png)",
    "[click](https://evil.example) <img src=x onerror=alert(1)> <b>html</b>",
    "https://evil.example www.evil.example #123 GH-1 deadbeefcafe :tada:",
    "`",
    "``x``",
    "a | b \\| c",
    "&lt;b&gt; &#64;octocat \\*",
    "line one\nline two\x1b[31m\u202eevil",
]


def _plan(value: str, *, team: str = "team-alpha", base: str = "main") -> Plan:
    team_plan = TeamPlan(
        team,
        "change",
        changes=[FieldChange("costCenter", "CC-1", value), FieldChange("owner", value, "a@contoso.com")],
        warnings=[f"a note about {value} here"],
        losses=[f"all models disabled: {value}"],
        objects_changed=[value],
    )
    return Plan([team_plan], platform_objects=[f"~ {value}"])


def _assert_no_markup(markdown: str) -> list[Token]:
    tokens = markdown_tokens(markdown)
    assert not [t.type for t in tokens if t.type in MARKUP], markdown
    strong = [i for i, t in enumerate(tokens) if t.type == "strong_open"]
    assert len(strong) == 1 and tokens[strong[0] + 1].content.startswith("Estimated monthly cost delta"), markdown
    for token in tokens:
        if token.type == "text":
            assert not GITHUB_LINKS.search(token.content), (token.content, markdown)
    assert all(ch.isprintable() or ch == "\n" for ch in markdown)
    for sentence in (t for t in tokens if t.type == "inline" and t.content.startswith((":warning:", ":no_entry:"))):
        for child in sentence.children or []:
            assert child.type in ("text", "code_inline"), (child.type, markdown)
            words = child.content.removeprefix(":warning:").removeprefix(":no_entry:")  # our own emoji
            if child.type == "text":
                assert PLAIN_TEXT.fullmatch(words) and not re.search(r"[a-fA-F]{7}", words), child.content
    return tokens


def _codes(tokens: list[Token]) -> list[str]:
    return [t.content for t in tokens if t.type == "code_inline"]


def _structure(markdown: str) -> list[str]:
    return [t.type for t in PARSER.parse(markdown)]


def test_known_tricks_in_a_request_value_stay_text() -> None:
    for trick in TRICKS:
        markdown = render_markdown(_plan(trick, base=trick), trick)
        tokens = _assert_no_markup(markdown)
        # the blocks are those of a harmless value: nothing ended a list item, a table or a quote
        assert _structure(markdown) == _structure(render_markdown(_plan("x"), "x")), markdown
        if trick.isprintable():
            codes = _codes(tokens)
            assert codes.count(trick) >= 3, (trick, codes)  # the base, the old and the new value
            assert f"~ {trick}" in codes


def test_a_value_that_closes_a_code_span_today_stays_in_its_span() -> None:
    # The failure of the issue: two backticks ended the span and **bold** rendered.
    tokens = _assert_no_markup(render_markdown(_plan("CC-1 `` **bold** @octocat ![x](https://evil.example/x.png)"), "main"))
    assert "CC-1 `` **bold** @octocat ![x](https://evil.example/x.png)" in _codes(tokens)


def test_a_team_name_in_the_summary_table_cannot_end_its_cell() -> None:
    markdown = render_markdown(_plan("x", team="a|b\\|c"), "main")
    _assert_no_markup(markdown)
    assert _structure(markdown) == _structure(render_markdown(_plan("x"), "main"))
    cells = [t for t in markdown_tokens(markdown) if t.type == "td_open"]
    assert len(cells) == 5


# Any character but lone surrogates (which no UTF-8 file can hold).
TEXT = st.text(st.characters(blacklist_categories=("Cs",)), min_size=1, max_size=30)
PRINTABLE = st.text(st.characters(blacklist_categories=("Cs", "Cc", "Cf", "Zl", "Zp", "Co", "Cn")), min_size=1, max_size=30).filter(str.isprintable)


@settings(max_examples=300, deadline=None)
@given(value=TEXT, base=TEXT)
def test_no_generated_value_becomes_markup(value: str, base: str) -> None:
    markdown = render_markdown(_plan(value, base=base), base)
    _assert_no_markup(markdown)
    assert _structure(markdown) == _structure(render_markdown(_plan("x"), "x"))


@settings(max_examples=300, deadline=None)
@given(value=PRINTABLE)
def test_every_generated_value_is_shown_whole(value: str) -> None:
    tokens = _assert_no_markup(render_markdown(_plan(value, base=value), value))
    codes = _codes(tokens)
    assert codes.count(value) >= 3 and f"~ {value}" in codes
    # A sentence carrying the value reads back as written: text and code spans, nothing dropped.
    words = " ".join(word for word in f"a note about {value} here".split(" ") if word)
    items = ["".join(child.content for child in t.children or []) for t in tokens if t.type == "inline"]
    assert f":warning: {words}" in items
