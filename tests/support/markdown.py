"""Shared by several test modules (moved from test_plan_markdown.py): MARKUP, markdown_tokens."""

from __future__ import annotations

from markdown_it import MarkdownIt
from markdown_it.token import Token


PARSER = MarkdownIt("commonmark").enable(["table", "strikethrough"])


MARKUP = {"link_open", "image", "html_inline", "html_block", "em_open", "s_open", "fence", "code_block", "hr"}


def markdown_tokens(markdown: str) -> list[Token]:
    flat: list[Token] = []
    for token in PARSER.parse(markdown):
        flat.append(token)
        flat.extend(token.children or [])
    return flat
