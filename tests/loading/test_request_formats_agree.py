"""The same mistake in either request format is the same problem: the same line, the same message, the field as written.

Every case starts from one request written in both formats with the same lines (`BASE`), makes one
mistake in its values, and expects the whole list of problems `validate` prints for the file. The
field is named as the requester wrote it in that file (`data.tokensPerMinute` in a ConfigMap,
`spec.tokensPerMinute` in a ModelAccessRequest); everything else must be equal. Mistakes only one
format can make (an unquoted ConfigMap value, a quoted number in the typed format) are in
`test_requests_invalid.py` and `test_every_problem_at_once.py`.
"""

from __future__ import annotations

import io
import json
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest
import yaml
from support.files import FIXTURE_PLATFORM

from ai_access.cli import main
from ai_access.models.request import AccessRequest, ModelRequest, TEAM_NAME_RULE

TODAY = "2026-11-27"
GUID_SHAPE = "8-4-4-4-12 hexadecimal digits, like 3f2b8c1e-5a7d-4e9f-8b6a-1c2d3e4f5a6b"
FOUNDRY = {"name": "gpt-4.1", "type": "foundry"}
KAITO = {"name": "phi-4", "type": "kaito", "instanceType": "Standard_NC24ads_A100_v4"}
# The values of a valid request of team-x, in the order written: `models` last, so that a list
# written on one line in one format and in a block in the other shifts no other field's line.
BASE: dict[str, Any] = {
    "team": "team-x",
    "owner": "dana@contoso.com",
    "costCenter": "CC-1234",
    "entraGroupId": "3f2b8c1e-5a7d-4e9f-8b6a-1c2d3e4f5a6b",
    "expiresOn": "2099-06-30",
    "tokensPerMinute": 5000,
    "dailyTokenQuota": 1000000,
    "playgroundAccess": True,
    "tracingEnabled": False,
    "models": [FOUNDRY, KAITO],
}
# Lines: 5 data/spec, 6 team, 7 owner, 8 costCenter, 9 entraGroupId, 10 expiresOn, 11 tokensPerMinute,
# 12 dailyTokenQuota, 13 playgroundAccess, 14 tracingEnabled, 15 models, 16 models[0], 18 models[1], 20 its instanceType.
LINE = {key: 6 + index for index, key in enumerate(BASE)}
SECTION_LINE = 5


@dataclass(frozen=True)
class Unquoted:
    """A value the typed format writes as it is, unquoted, whatever YAML then reads it as (a ConfigMap quotes it)."""

    text: str


def with_values(**values: Any) -> Callable[[dict[str, Any]], dict[str, Any]]:
    """`fields` with `values` set; a new key goes before `models`, which stays last."""

    def edit(fields: dict[str, Any]) -> dict[str, Any]:
        changed = {**fields, **values}
        return {**{k: v for k, v in changed.items() if k != "models"}, **({"models": changed["models"]} if "models" in changed else {})}

    return edit


def without(key: str) -> Callable[[dict[str, Any]], dict[str, Any]]:
    return lambda fields: {k: v for k, v in fields.items() if k != key}


def renamed(key: str, new: str) -> Callable[[dict[str, Any]], dict[str, Any]]:
    return lambda fields: {(new if k == key else k): v for k, v in fields.items()}


def with_model(index: int, **changes: Any) -> Callable[[dict[str, Any]], dict[str, Any]]:
    """Model entry `index` with `changes` (a value of None removes the key; a key `old>new` renames it)."""

    def edit(fields: dict[str, Any]) -> dict[str, Any]:
        models = [dict(model) for model in fields["models"]]
        entry = {}
        for key, value in models[index].items():
            renames = {old: new for old, new in (k.split(">") for k in changes if ">" in k)}
            entry[renames.get(key, key)] = value
        for key, value in changes.items():
            if ">" in key:
                continue
            if value is None:
                entry.pop(key, None)
            else:
                entry[key] = value
        models[index] = entry
        return {**fields, "models": models}

    return edit


Problem = tuple[int, str, str]
"""(line, field without its section, message)."""


def case(id: str, edit: Callable[[dict[str, Any]], dict[str, Any]], *problems: Problem):
    return pytest.param(edit, list(problems), id=id)


def dns_label(value: str, faults: str) -> str:
    return f"{value} {faults}; it must be a DNS-1123 label: {TEAM_NAME_RULE}"


CASES = [
    # --- team --------------------------------------------------------------------------------------
    case("team-typographic-quotes-and-capitals", with_values(team="Team\u2018alpha\u2019"),
         (LINE["team"], "team", dns_label("'Team\u2018alpha\u2019'", "has capital letters and typographic quotes (U+2018, U+2019)"))),
    case("team-underscore", with_values(team="team_x"), (LINE["team"], "team", dns_label("'team_x'", "has underscores"))),
    case("team-not-the-folder", with_values(team="team-y"),
         (LINE["team"], "team", "'team-y' differs from the folder name 'team-x', which is the team name: write team: team-x (or rename the folder)")),
    case("team-missing", without("team"), (SECTION_LINE, "team", "required field is missing")),
    case("team-typo", renamed("team", "teams"), (LINE["team"], "teams", "unknown field; did you mean team?")),
    # --- owner -------------------------------------------------------------------------------------
    case("owner-not-an-address", with_values(owner="dana-at-contoso.com"),
         (LINE["owner"], "owner", "value is not a valid email address: An email address must have an @-sign.")),
    case("owner-missing", without("owner"), (SECTION_LINE, "owner", "required field is missing")),
    # --- costCenter --------------------------------------------------------------------------------
    case("cost-center-expression", with_values(costCenter="@CC"),
         (LINE["costCenter"], "costCenter", "must be ASCII letters, digits, spaces and punctuation other than '{' and '}', not starting with '@' or a space, not ending with a space")),
    case("cost-center-typo", renamed("costCenter", "costCentre"), (LINE["costCenter"], "costCentre", "unknown field; did you mean costCenter?")),
    # --- entraGroupId ------------------------------------------------------------------------------
    case("group-not-a-guid", with_values(entraGroupId="team-x-developers"),
         (LINE["entraGroupId"], "entraGroupId", f"must be a GUID: {GUID_SHAPE} (got 'team-x-developers')")),
    case("group-a-digit-short", with_values(entraGroupId="3f2b8c1e-5a7d-4e9f-8b6a-1c2d3e4f5a6"),
         (LINE["entraGroupId"], "entraGroupId", f"must be a GUID: {GUID_SHAPE} (got '3f2b8c1e-5a7d-4e9f-8b6a-1c2d3e4f5a6')")),
    case("group-missing", without("entraGroupId"),
         (LINE["team"], "team", "warning: no entraGroupId: nobody gets the Foundry project role or can read the key Secret; add the team's Entra group object id")),
    # --- expiresOn ---------------------------------------------------------------------------------
    case("expires-not-iso", with_values(expiresOn="30.06.2099"),
         (LINE["expiresOn"], "expiresOn", "must be a date written YYYY-MM-DD, like 2030-06-30 (got '30.06.2099')")),
    case("expires-with-a-time", with_values(expiresOn=Unquoted("2099-06-30T12:00:00")),
         (LINE["expiresOn"], "expiresOn", "must be a date written YYYY-MM-DD, like 2030-06-30 (got '2099-06-30T12:00:00')")),
    case("expires-past-for-a-new-request", with_values(expiresOn=Unquoted("2026-11-26")),
         (LINE["expiresOn"], "expiresOn", "2026-11-26 is already past (today is 2026-11-27) and this request is new: a new request must expire today or later; set a later date or remove expiresOn")),
    # --- keyRotatedOn, previousKeyRotatedOn (a new key goes where models was, which moves down) -------
    case("rotated-not-iso", with_values(keyRotatedOn="01.11.2026"),
         (LINE["models"], "keyRotatedOn", "must be a date written YYYY-MM-DD, like 2030-06-30 (got '01.11.2026')")),
    case("rotated-after-tomorrow", with_values(keyRotatedOn=Unquoted("2026-12-31")),
         (LINE["models"], "keyRotatedOn", "2026-12-31 is after tomorrow (today is 2026-11-27): a rotation takes effect when it merges; write today's date (main.py rotate-key does)")),
    case("previous-without-a-rotation", with_values(previousKeyRotatedOn=Unquoted("2026-11-01")),
         (LINE["models"], "previousKeyRotatedOn", "2026-11-01 must be before keyRotatedOn (not set): it is the rotation before the last one (main.py rotate-key writes both)")),
    case("rotations-within-the-overlap", with_values(keyRotatedOn=Unquoted("2026-11-27"), previousKeyRotatedOn=Unquoted("2026-11-22")),
         (LINE["models"], "keyRotatedOn", "2026-11-27 is within 7 days of the rotation before it (2026-11-22), whose previous key may still work: "
          "rotate again on 2026-11-30 or later (gitops.keyOverlapDays is 7)")),
    # --- tokensPerMinute ---------------------------------------------------------------------------
    case("tpm-words", with_values(tokensPerMinute="lots"), (LINE["tokensPerMinute"], "tokensPerMinute", "must be a whole number, like 5000 (got 'lots')")),
    case("tpm-separator", with_values(tokensPerMinute="5,000"), (LINE["tokensPerMinute"], "tokensPerMinute", "must be a whole number, like 5000 (got '5,000')")),
    case("tpm-zero", with_values(tokensPerMinute=0), (LINE["tokensPerMinute"], "tokensPerMinute", "must be greater than 0 (got 0)")),
    case("tpm-negative", with_values(tokensPerMinute=-5), (LINE["tokensPerMinute"], "tokensPerMinute", "must be greater than 0 (got -5)")),
    case("tpm-over-the-limit", with_values(tokensPerMinute=20001),
         (LINE["tokensPerMinute"], "tokensPerMinute", "20001 exceeds the platform's per-team maximum of 20000")),
    case("tpm-typo", renamed("tokensPerMinute", "tokenPerMinute"), (LINE["tokensPerMinute"], "tokenPerMinute", "unknown field; did you mean tokensPerMinute?")),
    case("tpm-capitalised", renamed("tokensPerMinute", "TokensPerMinute"), (LINE["tokensPerMinute"], "TokensPerMinute", "unknown field; did you mean tokensPerMinute?")),
    case("tpm-missing", without("tokensPerMinute"), (SECTION_LINE, "tokensPerMinute", "required field is missing")),
    # --- dailyTokenQuota ---------------------------------------------------------------------------
    case("quota-zero", with_values(dailyTokenQuota=0), (LINE["dailyTokenQuota"], "dailyTokenQuota", "must be greater than 0 (got 0)")),
    case("quota-over-the-limit", with_values(dailyTokenQuota=20000001),
         (LINE["dailyTokenQuota"], "dailyTokenQuota", "20000001 exceeds the platform's per-team maximum of 20000000")),
    case("quota-typo", renamed("dailyTokenQuota", "dailyTokensQuota"), (LINE["dailyTokenQuota"], "dailyTokensQuota", "unknown field; did you mean dailyTokenQuota?")),
    # --- monthlyBudgetUsd (not in BASE: written before models, on its line) ---------------------------
    case("budget-words", with_values(monthlyBudgetUsd="lots"), (LINE["models"], "monthlyBudgetUsd", "must be a whole number, like 5000 (got 'lots')")),
    case("budget-cents", with_values(monthlyBudgetUsd="12.50"), (LINE["models"], "monthlyBudgetUsd", "must be a whole number, like 5000 (got '12.50')")),
    case("budget-zero", with_values(monthlyBudgetUsd=0), (LINE["models"], "monthlyBudgetUsd", "must be greater than 0 (got 0)")),
    case("budget-over-the-maximum", with_values(monthlyBudgetUsd=50001),
         (LINE["models"], "monthlyBudgetUsd", "50,001 exceeds the platform's per-team maximum of 50,000 USD a month")),
    case("budget-below-the-nodes", with_values(monthlyBudgetUsd=2730),
         (LINE["models"], "monthlyBudgetUsd", "2,730 USD is below the fixed monthly cost of the team's KAITO nodes, 2,730.48 USD "
          "(phi-4 on Standard_NC24ads_A100_v4, 744 hours each): raise the budget to at least 2,730.48 or run fewer or smaller nodes")),
    # --- playgroundAccess, tracingEnabled ----------------------------------------------------------
    case("playground-maybe", with_values(playgroundAccess="maybe"), (LINE["playgroundAccess"], "playgroundAccess", "must be true or false (got 'maybe')")),
    case("tracing-maybe", with_values(tracingEnabled="maybe"), (LINE["tracingEnabled"], "tracingEnabled", "must be true or false (got 'maybe')")),
    case("tracing-typo", renamed("tracingEnabled", "tracingEnable"), (LINE["tracingEnabled"], "tracingEnable", "unknown field; did you mean tracingEnabled?")),
    # --- an unknown field that resembles one already given -----------------------------------------
    case("unknown-beside-its-look-alike", with_values(tokensPerHour=100),
         (LINE["models"], "tokensPerHour", "unknown field; allowed: team, owner, costCenter, models, tokensPerMinute, dailyTokenQuota, monthlyBudgetUsd, playgroundAccess, tracingEnabled, entraGroupId, expiresOn, keyRotatedOn, previousKeyRotatedOn")),
    # --- models ------------------------------------------------------------------------------------
    case("models-missing", without("models"), (SECTION_LINE, "models", "required field is missing")),
    case("models-empty", with_values(models=[]), (LINE["models"], "models", "List should have at least 1 item after validation, not 0")),
    case("model-type-typo", with_model(0, **{"type>typ": None}), (17, "models[0].typ", "unknown field; did you mean type?")),
    case("model-enabled-typo", with_model(0, enabld=False), (18, "models[0].enabld", "unknown field; did you mean enabled?")),
    case("model-enabled-maybe", with_model(0, enabled="maybe"), (18, "models[0].enabled", "must be true or false (got 'maybe')")),
    case("model-name-missing", with_model(0, name=None), (16, "models[0].name", "required field is missing")),
    case("model-not-in-the-catalog", with_model(0, name="gpt-9"),
         (16, "models[0].name", "'gpt-9' is not a Foundry model of this platform; available: gpt-4.1, gpt-5.2, gpt-4.1-mini")),
    case("model-type-unknown", with_model(0, type="openai"), (17, "models[0].type", "must be 'foundry' or 'kaito' (got 'openai')")),
    case("model-preset-as-foundry", with_model(1, type="foundry", instanceType=None),
         (19, "models[1].type", "'phi-4' is a KAITO preset, not a Foundry model: use type: kaito (with an instanceType)")),
    case("model-size-not-allowed", with_model(1, instanceType="Standard_NV36ads_A10_v5"),
         (20, "models[1].instanceType", "Standard_NV36ads_A10_v5 is not allowed for phi-4; allowed: Standard_NC24ads_A100_v4, Standard_NC48ads_A100_v4")),
    case("model-size-typo", with_model(1, **{"instanceType>instancetype": None}), (20, "models[1].instancetype", "unknown field; did you mean instanceType?")),
]


@pytest.mark.parametrize(("edit", "expected"), CASES)
def test_the_same_mistake_gives_the_same_problems_in_both_formats(tmp_path: Path, edit, expected: list[Problem]) -> None:
    # GIVEN one mistake, written in a ConfigMap and in a ModelAccessRequest
    fields = edit(dict(BASE))
    # WHEN each is validated
    found = {section: problems(tmp_path / section, write(fields, section)) for section in ("data", "spec")}
    # THEN both print exactly the expected problems, each at its field as written in that format
    for section, lines in found.items():
        assert lines == [(line, f"{section}.{field}", message) for line, field, message in expected], section


def test_the_base_request_is_valid_in_both_formats(tmp_path: Path) -> None:
    for section in ("data", "spec"):
        assert problems(tmp_path / section, write(dict(BASE), section)) == []


def test_every_field_of_the_request_and_of_a_model_entry_has_a_mistake_above() -> None:
    # A field added to the model needs a case here too: its messages are then held equal in both formats.
    fields = {field for param in CASES for _, field, _ in param.values[1]}
    request_fields = {info.alias or name for name, info in AccessRequest.model_fields.items()}
    model_fields = {info.alias or name for name, info in ModelRequest.model_fields.items()}
    assert request_fields - {field.split(".")[0].split("[")[0] for field in fields} == set()
    assert model_fields - {field.split(".")[-1] for field in fields if field.startswith("models[") and "." in field} == set()


# ---- writing a request in either format --------------------------------------------------------


def write(fields: dict[str, Any], section: str) -> str:
    """The request of `fields` in the ConfigMap (`data`) or typed (`spec`) format, one line per field."""
    if section == "data":
        head = "apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: team-x-access-request\ndata:\n"
        return head + "".join(_configmap_line(key, value) for key, value in fields.items())
    head = "apiVersion: ai.contoso.com/v1alpha1\nkind: ModelAccessRequest\nmetadata:\n  name: team-x\nspec:\n"
    return head + "".join(_typed_line(key, value) for key, value in fields.items())


def _configmap_line(key: str, value: Any) -> str:
    if key == "models":
        if isinstance(value, list) and value:
            return "  models: |\n" + _model_lines(value)
        return f"  models: {json.dumps(yaml.safe_dump(value, default_flow_style=True).strip())}\n"
    text = value.text if isinstance(value, Unquoted) else ("true" if value is True else "false" if value is False else str(value))
    return f"  {key}: {json.dumps(text, ensure_ascii=False)}\n"


def _typed_line(key: str, value: Any) -> str:
    if key == "models":
        if isinstance(value, list) and value:
            return "  models:\n" + _model_lines(value)
        return f"  models: {yaml.safe_dump(value, default_flow_style=True).strip()}\n"
    return f"  {key}: {value.text if isinstance(value, Unquoted) else _plain(value)}\n"


def _model_lines(models: list[dict[str, Any]]) -> str:
    lines = []
    for entry in models:
        for index, (key, value) in enumerate(entry.items()):
            lines.append(f"    {'- ' if index == 0 else '  '}{key}: {_plain(value)}\n")
    return "".join(lines)


def _plain(value: Any) -> str:
    """`value` as YAML writes it by hand: unquoted when YAML reads it back as the same value."""
    if isinstance(value, bool):
        return "true" if value else "false"
    text = str(value)
    try:
        same = yaml.safe_load(text) == value
    except yaml.YAMLError:  # '@CC': no plain scalar may start with '@'
        same = False
    return text if same else json.dumps(text, ensure_ascii=False)


def problems(root: Path, text: str) -> list[tuple[int, str, str]]:
    """(line, field, message) of each problem `validate` prints for `text` as team-x's request (a new team)."""
    path = root / "team-x" / "access.yaml"
    path.parent.mkdir(parents=True)
    path.write_text(text, encoding="utf-8")
    out, err = io.StringIO(), io.StringIO()
    main(["validate", "--requests", str(root), "--platform", str(FIXTURE_PLATFORM), "--today", TODAY, "--out", str(root / ".none")], stdout=out, stderr=err)
    found = []
    for line in err.getvalue().splitlines():
        assert line.startswith(f"{path}:"), line
        number, field, message = line[len(f"{path}:"):].split(": ", 2)
        found.append((int(number), field, message))
    return found
