"""A quote or bracket left open is reported at the line where it opens, not where YAML gave up.

libyaml stops on a later line (or at the end of the file) and reports that line; the requester has
to edit the line where the quote or bracket starts. `loading/yaml_source.py` reports that one.
"""

from __future__ import annotations

import pytest

from ai_access.loading.yaml_source import YamlSourceError, load_yaml

REQUEST = """\
apiVersion: v1
kind: ConfigMap
metadata:
  name: team-x-access-request
data:
  team: "team-x"
  owner: "dana@contoso.com"
  costCenter: "CC-1234"
  tokensPerMinute: "5000"
"""


def error_of(text: str, first_line: int = 1) -> tuple[int, str]:
    with pytest.raises(YamlSourceError) as raised:
        load_yaml(text, first_line=first_line)
    return raised.value.line, raised.value.message


@pytest.mark.parametrize(
    ("old", "new", "line", "message"),
    [
        # The next quote closes the value two lines on: libyaml fails at line 8, the fix is on line 7.
        ('owner: "dana@contoso.com"', 'owner: "dana@contoso.com', 7,
         'invalid YAML: the quote " opened on this line is closed only on line 8, where YAML then stops (did not find expected key): close it on this line'),
        # No quote follows: libyaml reaches the end of the file.
        ('tokensPerMinute: "5000"', 'tokensPerMinute: "5000', 9, 'invalid YAML: the quote " opened on this line is never closed: close it on this line'),
        ("costCenter: \"CC-1234\"", "costCenter: 'CC-1234", 8, "invalid YAML: the quote ' opened on this line is never closed: close it on this line"),
        ("kind: ConfigMap", "kind: [ConfigMap", 2, "invalid YAML: the [ opened on this line is not closed where it should be (did not find expected ',' or ']')"),
        ("kind: ConfigMap", "kind: {a: ConfigMap", 2, "invalid YAML: the { opened on this line is not closed where it should be (did not find expected ',' or '}')"),
    ],
    ids=["closed-lines-later", "never-closed", "single-quote", "bracket", "brace"],
)
def test_an_open_quote_or_bracket_is_reported_where_it_opens(old: str, new: str, line: int, message: str) -> None:
    assert REQUEST.count(old) == 1
    assert error_of(REQUEST.replace(old, new)) == (line, message)


def test_inside_an_embedded_list_the_line_is_the_files() -> None:
    # A ConfigMap's models block starts on line 11 of its file: the line counts from there.
    assert error_of('- name: "gpt-4.1\n  type: foundry\n', first_line=11) == (11, 'invalid YAML: the quote " opened on this line is never closed: close it on this line')


def test_a_quoted_value_spanning_lines_is_not_blamed_for_an_error_further_on() -> None:
    # A multi-line quoted value is valid YAML; the mistake two lines below it is where it is.
    text = 'a: "line one\n  line two"\nb: ok\nc: d: e\n'
    assert error_of(text) == (4, "invalid YAML: mapping values are not allowed in this context")


def test_a_tab_is_still_named_as_such() -> None:
    assert error_of('a: 1\n\tb: "x\n') == (2, "invalid YAML: a tab character; YAML indents with spaces only: replace the tab with spaces")
