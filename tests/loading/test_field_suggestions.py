"""An unknown key names the field it was probably meant to be, and the intended field is not also said missing.

Field by field, both formats are held equal in `test_request_formats_agree.py`; here: the rule itself,
the envelope of each format, and that an unknown key with no close field still lists the allowed ones.
"""

from __future__ import annotations

import io
from pathlib import Path

import pytest
from support.files import FIXTURE_PLATFORM

from ai_access.cli import main
from ai_access.loading.field_suggestions import suggestion, typo_targets, unknown_field_message

REQUEST_KEYS = ("team", "owner", "costCenter", "models", "tokensPerMinute", "dailyTokenQuota", "playgroundAccess")


@pytest.mark.parametrize(
    ("key", "given", "meant"),
    [
        ("tokenPerMinute", (), "tokensPerMinute"),
        ("tokensperminute", (), "tokensPerMinute"),  # case is ignored
        ("TEAM", (), "team"),
        ("tokenPerMinute", ("tokensPerMinute",), None),  # already there: no fix
        ("region", (), None),
        ("", (), None),
        (5, (), None),  # a YAML key is a string, but a hostile document may hold anything
    ],
)
def test_the_suggestion_is_the_closest_allowed_key_not_already_given(key, given, meant) -> None:
    assert suggestion(key, REQUEST_KEYS, given) == meant


def test_without_a_suggestion_the_message_lists_what_is_allowed() -> None:
    assert unknown_field_message("tokenPerMinute", REQUEST_KEYS, ()) == "unknown field; did you mean tokensPerMinute?"
    assert unknown_field_message("region", REQUEST_KEYS, ()) == f"unknown field; allowed: {', '.join(REQUEST_KEYS)}"
    assert unknown_field_message("x", (), ()) == "unknown field"


def test_only_fields_an_unknown_key_is_suggested_as_are_left_unsaid() -> None:
    mapping = {"tokenPerMinute": 5, "team": "x", "region": "eu"}
    assert typo_targets(mapping, REQUEST_KEYS) == {"tokensPerMinute"}


CONFIGMAP = """\
apiVersion: v1
kind: ConfigMap
metadata:
  name: team-x-access-request
data:
  team: "team-x"
  owner: "dana@contoso.com"
  costCenter: "CC-1234"
  entraGroupId: "3f2b8c1e-5a7d-4e9f-8b6a-1c2d3e4f5a6b"
  tokenPerMinute: "5000"
  models: |
    - name: gpt-4.1
      type: foundry
"""


def validate(root: Path, text: str) -> list[str]:
    path = root / "team-x" / "access.yaml"
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(text, encoding="utf-8")
    err = io.StringIO()
    main(["validate", "--requests", str(root), "--platform", str(FIXTURE_PLATFORM), "--out", str(root / ".none")], stdout=io.StringIO(), stderr=err)
    return [line.removeprefix(f"{path}:") for line in err.getvalue().splitlines()]


def test_a_typo_is_one_line_and_the_other_missing_fields_are_still_said(tmp_path: Path) -> None:
    # GIVEN tokensPerMinute misspelt, and dailyTokenQuota left out
    lines = validate(tmp_path, CONFIGMAP)
    # THEN the typo names the field; only the field nobody tried to write is missing
    assert lines == ["5: data.dailyTokenQuota: required field is missing", "10: data.tokenPerMinute: unknown field; did you mean tokensPerMinute?"]


@pytest.mark.parametrize(
    ("old", "new", "expected"),
    [
        ("\ndata:", "\ndat:", "5: dat: unknown field; did you mean data?"),
        ("metadata:\n  name:", "metadat:\n  name:", "3: metadat: unknown field; did you mean metadata?"),
        ("metadata:\n  name:", "metadata:\n  nam:", "4: metadata.nam: unknown field; did you mean name?"),
    ],
    ids=["data", "metadata", "metadata-name"],
)
def test_the_configmap_envelope_suggests_too(tmp_path: Path, old: str, new: str, expected: str) -> None:
    text = CONFIGMAP.replace('  tokenPerMinute: "5000"', '  tokensPerMinute: "5000"\n  dailyTokenQuota: "100"').replace(old, new, 1)
    assert validate(tmp_path, text) == [expected]


def test_the_typed_envelope_suggests_and_does_not_say_the_meant_key_missing(tmp_path: Path) -> None:
    text = "apiVersion: ai.contoso.com/v1alpha1\nkind: ModelAccessRequest\nmetadata:\n  name: team-x\nspc:\n  team: team-x\n"
    # (and, as a ConfigMap without data, nothing of a spec that is not there is checked or warned of)
    assert validate(tmp_path, text) == ["5: spc: unknown field; did you mean spec?"]
