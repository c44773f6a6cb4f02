"""Generated input for the loader: whatever a request file holds, the tool answers with problems, never a crash.

`load_yaml` may only raise `YamlSourceError`; parsing a loaded document and `validate_requests` over
a folder never raise. Every problem points at a line that exists in the file and prints as one line.
"""

from __future__ import annotations

import math
import re
import tempfile
from datetime import date
from pathlib import Path

import pytest
import yaml
from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st

from ai_access.loading.configmap import parse_configmap_request
from ai_access.loading.platform_file import load_platform
from ai_access.loading.request_document import parse_request
from ai_access.problems import Problem
from ai_access.loading.yaml_source import YamlDocument, YamlSourceError, load_yaml
from ai_access.validation.requests import validate_requests

ROOT = Path(__file__).resolve().parents[2]
PLATFORM = load_platform(str(ROOT / "tests" / "fixtures" / "platform.yaml"))
TODAY = date(2025, 1, 1)
TEAM = "team-p"
SETTINGS = settings(max_examples=200, deadline=None, suppress_health_check=[HealthCheck.too_slow])

HEAD = """\
apiVersion: v1
kind: ConfigMap
metadata:
  name: team-p-access-request
data:
  team: "team-p"
  owner: "pat@contoso.com"
  costCenter: "CC-1"
  entraGroupId: "3f2b8c1e-5a7d-4e9f-8b6a-1c2d3e4f5a6b"
  tokensPerMinute: "100"
  dailyTokenQuota: "1000"
  models: |
"""
MODELS_FIRST_LINE = HEAD.count("\n") + 1
"""Line of the first line of the embedded models text."""
VALID_MODELS = "- name: gpt-4.1\n  type: foundry\n"

# Line breaks as YAML (and so libyaml's marks) count them.
_LINE_BREAK = re.compile(r"\r\n|[\r\n\x85\u2028\u2029]")

scalars = (
    st.none()
    | st.booleans()
    | st.integers()
    | st.floats(allow_nan=False)
    | st.text(max_size=20)
    | st.sampled_from(["gpt-4.1", "phi-4", "foundry", "kaito", "true", "5000", "Standard_NC24ads_A100_v4", ""])
)
yaml_values = st.recursive(
    scalars,
    lambda children: st.lists(children, max_size=4)
    | st.dictionaries(st.sampled_from(["name", "type", "enabled", "instanceType"]) | st.text(max_size=8), children, max_size=4),
    max_leaves=25,
)


def dump(value) -> str:
    """YAML text of `value`; ASCII only, because PyYAML writes U+0085 and U+2028 raw, and YAML reads
    them back as line breaks (arbitrary Unicode is covered by `test_arbitrary_text`)."""
    return yaml.safe_dump(value, allow_unicode=False)


def lines_in(text: str) -> int:
    """Lines a problem may point at: every line, and the end of a file without a final line break
    (libyaml puts the end of the stream there, e.g. for an unclosed `[`)."""
    return len(_LINE_BREAK.findall(text)) + 1 + (not text.endswith(("\n", "\r")))


def configmap_with_models(models_text: str) -> str:
    """A valid request whose `data.models` block holds `models_text`."""
    body = "".join(f"    {line}\n" if line else "\n" for line in models_text.split("\n"))
    return HEAD + body


def check_document(text: str) -> YamlDocument | None:
    """Load and parse `text` as the tool does; only `YamlSourceError` may come out of the loader."""
    try:
        document = load_yaml(text)
    except YamlSourceError as err:
        assert 1 <= err.line <= lines_in(text), (err.line, err.message)
        assert err.message
        return None
    for parse in (parse_configmap_request, parse_request):
        parsed = parse(document)
        assert (parsed.request is None) == bool(parsed.issues) or parsed.request is None
        for issue in parsed.issues:
            assert 1 <= issue.line <= lines_in(text), issue
            assert issue.field and issue.message
    return document


def check_folder(content: str | bytes) -> None:
    """Write `content` as a team's access.yaml and validate the folder: problems, never an exception."""
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / TEAM / "access.yaml"
        path.parent.mkdir()
        if isinstance(content, bytes):
            path.write_bytes(content)
        else:
            path.write_text(content, encoding="utf-8", newline="")
        report = validate_requests(folder, PLATFORM, today=TODAY)
        text = content if isinstance(content, str) else content.decode("utf-8", "replace")
        assert report.ok == (not any(p.severity == "error" for p in report.problems))
        assert report.ok or report.requests == []
        for problem in report.problems:
            assert problem.path == str(path)
            assert 1 <= problem.line <= lines_in(text), problem
            assert problem.field and problem.message


@SETTINGS
@given(st.text())
@example("")
@example("a: [")
@example("a: &x 1\nb: *x\n")
@example("- " * 40 + "x")
@example("kind: ConfigMap\n---\nkind: ConfigMap\n")
@example("? [a]\n: b\n")
@example("a: !!python/object:os.system x\n")
@example("a: 1" + "0" * 5000 + "\n")
@example("data: 2027-13-45\n")
def test_arbitrary_text(text):
    check_document(text)
    check_folder(text)


@SETTINGS
@given(st.binary(max_size=300) | st.text().map(lambda t: t.encode("utf-8")))
@example(b"\xef\xbb\xbfapiVersion: v1\n")
@example(b"a: \xff\n")
@example(b"a: \x00\n")
def test_arbitrary_bytes(raw):
    # Decoded as request_files does it: no NUL byte, UTF-8 with an optional BOM.
    if b"\x00" not in raw:
        try:
            text = raw.decode("utf-8-sig")
        except UnicodeDecodeError:
            pass
        else:
            check_document(text)
    check_folder(raw)


@SETTINGS
@given(yaml_values)
def test_arbitrary_yaml_document(value):
    text = dump(value)
    document = check_document(text)
    if document is not None:  # the loader builds values itself: they must be what PyYAML wrote
        assert same(document.value, value)
    check_folder(text)


@SETTINGS
@given(yaml_values)
@example([{"name": "gpt-4.1", "type": "foundry"}])
@example([{"name": "gpt-4.1", "type": "foundry", "instanceType": "Standard_NC24ads_A100_v4"}])
@example([{"name": "phi-4", "type": "kaito"}])
@example({"name": "gpt-4.1"})
@example([[{"name": "gpt-4.1"}]])
def test_arbitrary_yaml_as_embedded_models(value):
    models_text = dump(value)
    text = configmap_with_models(models_text)
    document = check_document(text)
    assert document is not None, "the envelope is valid YAML whatever the block scalar holds"
    assert document.value["data"]["models"].rstrip("\n") == models_text.rstrip("\n")
    parsed = parse_configmap_request(document)
    last_models_line = MODELS_FIRST_LINE + lines_in(models_text) - 1
    for issue in parsed.issues:  # problems inside the list point inside the block
        if issue.field.startswith("data.models"):
            assert MODELS_FIRST_LINE - 1 <= issue.line <= last_models_line, issue
    check_folder(text)


def test_embedded_models_baseline_is_valid():
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / TEAM / "access.yaml"
        path.parent.mkdir()
        path.write_text(configmap_with_models(VALID_MODELS), encoding="utf-8")
        report = validate_requests(folder, PLATFORM, today=TODAY)
    assert report.ok, report.problems
    assert [loaded.request.team for loaded in report.requests] == [TEAM]


def same(loaded, written) -> bool:
    """Equal as YAML values (floats compared exactly, -0.0 == 0.0)."""
    if isinstance(written, dict):
        return isinstance(loaded, dict) and loaded.keys() == written.keys() and all(same(loaded[k], written[k]) for k in written)
    if isinstance(written, list):
        return isinstance(loaded, list) and len(loaded) == len(written) and all(map(same, loaded, written))
    if isinstance(written, float) and math.isinf(written):
        return loaded == written
    return type(loaded) is type(written) and loaded == written


@pytest.mark.parametrize("key", [
    "a\nb",
    "a\rb",
    "a\tb",
])
def test_every_problem_prints_as_one_line(key):
    text = f'apiVersion: v1\nkind: ConfigMap\n"{key.encode("unicode_escape").decode()}": 1\n'
    document = load_yaml(text)
    issues = parse_configmap_request(document).issues
    assert issues
    for issue in issues:
        printed = Problem("f.yaml", issue.line, issue.field, issue.message).format()
        assert "\n" not in printed and "\r" not in printed, printed
