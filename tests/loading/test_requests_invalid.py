"""Invalid requests: each is refused with exit 1 and a `PATH:LINE: field: message` naming where and what.

Every case starts from `VALID` (a valid request of team `team-x`, line numbers in the comment beside
it) and changes one thing; the expected line is the line of that file a requester has to edit.
"""

from __future__ import annotations

import io
import os
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

import pytest

from ai_access.cli import main

ROOT = Path(__file__).resolve().parents[2]
PLATFORM = ROOT / "tests" / "fixtures" / "platform.yaml"
TODAY = "2025-01-01"
TEAM = "team-x"

VALID = """\
apiVersion: v1
kind: ConfigMap
metadata:
  name: team-x-access-request
  labels:
    app.kubernetes.io/managed-by: gitops
data:
  team: "team-x"
  owner: "alice@contoso.com"
  costCenter: "CC-1234"
  entraGroupId: "3f2b8c1e-5a7d-4e9f-8b6a-1c2d3e4f5a6b"
  expiresOn: "2099-06-30"
  models: |
    - name: gpt-4.1
      type: foundry
      enabled: true
    - name: phi-4
      type: kaito
      enabled: true
      instanceType: Standard_NC24ads_A100_v4
  tokensPerMinute: "5000"
  dailyTokenQuota: "1000000"
  playgroundAccess: "true"
  tracingEnabled: "true"
"""
# Lines of VALID: 1 apiVersion, 2 kind, 4 metadata.name, 7 data, 8 team, 9 owner, 10 costCenter,
# 11 entraGroupId, 12 expiresOn, 13 models, 14-16 models[0], 17-20 models[1] (20 instanceType),
# 21 tokensPerMinute, 22 dailyTokenQuota, 23 playgroundAccess, 24 tracingEnabled; 25 is the next new line.
LAST_LINE = 24

Content = str | bytes
Setup = Callable[[Path, Path], None]
"""setup(requests_dir, outside_dir): builds the requests folder itself (for file-system cases)."""


def sub(old: str, new: str) -> Callable[[str], str]:
    """Replace `old`, which must occur exactly once in the text."""

    def mutate(text: str) -> str:
        assert text.count(old) == 1, f"{old!r} is not unique in the base request"
        return text.replace(old, new)

    return mutate


def after(anchor: str, *lines: str) -> Callable[[str], str]:
    """Insert `lines` after the (unique) line that equals `anchor`."""
    return sub(anchor + "\n", anchor + "\n" + "".join(line + "\n" for line in lines))


def append(*lines: str) -> Callable[[str], str]:
    return lambda text: text + "".join(line + "\n" for line in lines)


def chain(*mutations: Callable[[str], str]) -> Callable[[str], str]:
    def mutate(text: str) -> str:
        for mutation in mutations:
            text = mutation(text)
        return text

    return mutate


def as_bytes(old: str, new: bytes) -> Callable[[str], bytes]:
    """Replace `old` by raw bytes (for encodings and NUL bytes)."""

    def mutate(text: str) -> bytes:
        data = text.encode("utf-8")
        assert data.count(old.encode()) == 1
        return data.replace(old.encode(), new)

    return mutate


def _symlink_outside(requests: Path, outside: Path) -> None:
    target = outside / "access.yaml"
    target.write_text(VALID, encoding="utf-8")
    (requests / TEAM).mkdir()
    os.symlink(target, requests / TEAM / "access.yaml")


def _directory_named_access_yaml(requests: Path, outside: Path) -> None:
    (requests / TEAM / "access.yaml").mkdir(parents=True)


def _folder_without_request(requests: Path, outside: Path) -> None:
    (requests / TEAM).mkdir()
    (requests / TEAM / "request.yaml").write_text(VALID, encoding="utf-8")


LONG_TEAM = "t" + "-x" * 30  # 61 characters: a DNS label, but ai-<team> is 64, over the 63 of a namespace
LONG_BACKEND_TEAM = "t" * 55  # namespace fits; <team>-qwen2-5-coder-7b-instruct is 81, over APIM's 80


@dataclass(frozen=True)
class Case:
    """One invalid request and the problem it must produce."""

    mutate: Callable[[str], Content] | None
    line: int
    field: str
    fragment: str
    folder: str = TEAM
    setup: Setup | None = None


def case(id: str, mutate, line: int, field: str, fragment: str, *, folder: str = TEAM, setup=None):
    return pytest.param(Case(mutate, line, field, fragment, folder, setup), id=id)


CASES = [
    # --- the file itself -------------------------------------------------------------------------
    case("empty-file", lambda _: "", 1, "(document)", "the file is empty"),
    case("only-a-comment", lambda _: "# nothing yet\n", 1, "(document)", "the file is empty"),
    case("over-64-KiB", append(*["# " + "x" * 98] * 700), 1, "(file)", "larger than 64 KiB"),
    case("nul-byte", as_bytes("alice@", b"al\x00ice@"), 9, "(file)", "binary content (NUL byte)"),
    case("not-utf-8", as_bytes("alice@", b"al\xe9ice@"), 9, "(file)", "not UTF-8 text"),
    case("symlink-leaving-folder", None, 1, "(file)", "symlink leaving the requests folder", setup=_symlink_outside),
    case("access-yaml-is-a-directory", None, 1, "(file)", "must be a regular file", setup=_directory_named_access_yaml),
    case("team-folder-without-access-yaml", None, 1, "(file)", "team folder has no access.yaml", setup=_folder_without_request),
    # --- YAML -------------------------------------------------------------------------------------
    case("malformed-yaml", sub('  owner: "alice@contoso.com"', "  owner: alice: contoso"), 9, "(document)", "invalid YAML: mapping values are not allowed"),
    case("unclosed-flow-list", sub("kind: ConfigMap", "kind: [ConfigMap"), 2, "(document)", "invalid YAML: the [ opened on this line is not closed"),
    case("tab-indentation", sub('  owner: "alice@contoso.com"', '\towner: "alice@contoso.com"'), 9, "(document)", "a tab character; YAML indents with spaces only"),
    case("tab-in-models", sub("      type: kaito\n", "\t  type: kaito\n"), 18, "(document)", "invalid YAML: a tab character; YAML indents with spaces only"),
    case("duplicate-top-level-key", append("kind: ConfigMap"), 25, "(document)", "duplicate key 'kind' (first on line 2)"),
    case("duplicate-data-key", append('  team: "team-x"'), 25, "(document)", "duplicate key 'team' (first on line 8)"),
    case("duplicate-key-in-model", after("      type: foundry", "      type: kaito"),
         16, "data.models", "embedded list: duplicate key 'type' (first on line 15)"),
    case("anchor", sub('  owner: "alice@contoso.com"', '  owner: &o "alice@contoso.com"'), 9, "(document)", "anchors and aliases are not allowed"),
    case("alias", chain(sub('  costCenter: "CC-1234"', '  costCenter: &cc "CC-1234"'), append("  extra: *cc")), 10, "(document)", "anchors and aliases are not allowed"),
    case("alias-in-models", sub("    - name: phi-4\n", "    - &p\n      name: phi-4\n"), 17, "data.models", "embedded list: YAML anchors and aliases"),
    case("several-documents", append("---", "apiVersion: v1"), 25, "(document)", "more than one YAML document"),
    case("deep-nesting", append("  deep: " + "[" * 20 + "1" + "]" * 20), 25, "(document)", "nesting deeper than 16 levels"),
    case("deep-nesting-in-models", sub("      enabled: true\n    - name: phi-4", "      enabled: " + "[" * 20 + "]" * 20 + "\n    - name: phi-4"), 16, "data.models", "nesting deeper than 16 levels"),
    case("not-a-mapping", lambda _: "- apiVersion: v1\n- kind: ConfigMap\n", 1, "(document)", "a request must be a YAML mapping"),
    case("unsupported-tag", sub('  owner: "alice@contoso.com"', "  owner: !email alice@contoso.com"), 9, "(document)", "unsupported YAML tag !email"),
    case("unsupported-tag-in-models", sub("      type: kaito\n", "      type: !preset kaito\n"), 18, "data.models", "unsupported YAML tag !preset"),
    case("impossible-date", sub('  expiresOn: "2099-06-30"', "  expiresOn: 2027-13-45"), 12, "(document)", "month must be in 1..12"),
    case("impossible-date-in-models", sub("      type: kaito\n      enabled: true\n", "      type: kaito\n      enabled: 2027-13-45\n"), 19, "data.models", "month must be in 1..12"),
    case("models-as-quoted-string", sub(VALID[VALID.index("  models: |"):VALID.index("  tokensPerMinute")],
                                        '  models: "- name: gpt-4.1\\n  type: foundry\\n- name: gpt-9\\n  type: foundry\\n"\n'),
         13, "data.models[1].name", "'gpt-9' is not a Foundry model"),
    # --- ConfigMap envelope -----------------------------------------------------------------------
    case("wrong-kind", sub("kind: ConfigMap", "kind: Secret"), 2, "kind", "must be ConfigMap (the seed format) or ModelAccessRequest, not 'Secret'"),
    case("wrong-apiVersion", sub("apiVersion: v1", "apiVersion: v2"), 1, "apiVersion", "must be v1, not 'v2'"),
    case("missing-kind", sub("kind: ConfigMap\n", ""), 1, "kind", "or ModelAccessRequest, not None"),
    case("unknown-top-level-key", append("spec: {}"), 25, "spec", "unknown field; allowed: apiVersion, kind, metadata, data"),
    case("unknown-metadata-key", after("  name: team-x-access-request", "  namespace: default"), 5, "metadata.namespace", "unknown field; allowed: name, labels, annotations"),
    case("label-not-a-string", sub("    app.kubernetes.io/managed-by: gitops", "    app.kubernetes.io/managed-by: 5"), 5, "metadata.labels", "must map names to string values"),
    case("metadata-name-wrong", sub("  name: team-x-access-request", "  name: team-x"), 4, "metadata.name", "must be 'team-x-access-request' (the folder name and -access-request)"),
    case("metadata-name-of-another-team", sub("  name: team-x-access-request", "  name: team-y-access-request"), 4, "metadata.name", "must be 'team-x-access-request'"),
    case("metadata-name-missing", sub("  name: team-x-access-request\n", ""), 3, "metadata.name", "required: a string, <team>-access-request"),
    case("data-not-a-mapping", lambda text: text[: text.index("\ndata:")] + '\ndata: "team-x"\n', 7, "data", "required: a mapping"),
    # --- data values ------------------------------------------------------------------------------
    case("unknown-data-key", after('  costCenter: "CC-1234"', '  tokensPerHour: "100"'), 11, "data.tokensPerHour", "unknown field; allowed: team, owner"),
    case("missing-required-field", sub('  costCenter: "CC-1234"\n', ""), 7, "data.costCenter", "required field is missing"),
    case("missing-models", sub(VALID[VALID.index("  models: |"):VALID.index("  tokensPerMinute")], ""), 7, "data.models", "required field is missing"),
    case("unquoted-number", sub('  tokensPerMinute: "5000"', "  tokensPerMinute: 5000"), 21, "data.tokensPerMinute", 'must be strings: quote it ("5000")'),
    case("unquoted-bool", sub('  tracingEnabled: "true"', "  tracingEnabled: true"), 24, "data.tracingEnabled", 'must be strings: quote it ("true")'),
    case("non-numeric-tpm", sub('"5000"', '"lots"'), 21, "data.tokensPerMinute", "must be a whole number, like 5000 (got 'lots')"),
    case("tpm-with-separator", sub('"5000"', '"5,000"'), 21, "data.tokensPerMinute", "must be a whole number"),
    case("zero-tpm", sub('"5000"', '"0"'), 21, "data.tokensPerMinute", "greater than 0 (got 0)"),
    case("negative-tpm", sub('"5000"', '"-5"'), 21, "data.tokensPerMinute", "must be greater than 0 (got -5)"),
    case("tpm-above-maximum", sub('"5000"', '"20001"'), 21, "data.tokensPerMinute", "20001 exceeds the platform's per-team maximum of 20000"),
    case("zero-daily-quota", sub('"1000000"', '"0"'), 22, "data.dailyTokenQuota", "greater than 0"),
    case("daily-quota-above-maximum", sub('"1000000"', '"20000001"'), 22, "data.dailyTokenQuota", "20000001 exceeds the platform's per-team maximum of 20000000"),
    case("invalid-bool", sub('  playgroundAccess: "true"', '  playgroundAccess: "yes"'), 23, "data.playgroundAccess", "must be true or false (got 'yes')"),
    case("invalid-email", sub("alice@contoso.com", "alice-at-contoso.com"), 9, "data.owner", "not a valid email address"),
    case("cost-center-trailing-space", sub('"CC-1234"', '"CC-1234 "'), 10, "data.costCenter", "not ending with a space"),
    case("cost-center-look-alike-letters", sub('"CC-1234"', '"\u0421\u0421-1234"'), 10, "data.costCenter", "must be ASCII letters, digits"),  # Cyrillic ES
    case("cost-center-control-character", sub('"CC-1234"', '"CC-\\e[31m1234"'), 10, "data.costCenter", "must be ASCII letters"),
    case("owner-look-alike-letters", sub("alice@contoso.com", "\u0430lice@contoso.com"), 9, "data.owner", "plain ASCII"),  # Cyrillic a
    case("invalid-entraGroupId", sub("3f2b8c1e-5a7d-4e9f-8b6a-1c2d3e4f5a6b", "team-x-developers"), 11, "data.entraGroupId", "must be a GUID: 8-4-4-4-12 hexadecimal digits, like 3f2b8c1e-5a7d-4e9f-8b6a-1c2d3e4f5a6b (got 'team-x-developers')"),
    case("invalid-expiresOn", sub('"2099-06-30"', '"30.06.2099"'), 12, "data.expiresOn", "must be a date written YYYY-MM-DD, like 2030-06-30 (got '30.06.2099')"),
    case("expiresOn-with-time", sub('"2099-06-30"', '"2099-06-30T12:00:00"'), 12, "data.expiresOn", "must be a date written YYYY-MM-DD"),
    case("new-request-already-expired", sub('"2099-06-30"', '"2024-12-31"'), 12, "data.expiresOn",
         "2024-12-31 is already past (today is 2025-01-01) and this request is new: a new request must expire today or later"),
    # --- the team name ----------------------------------------------------------------------------
    case("team-not-dns-label", chain(sub('  team: "team-x"', '  team: "Team_X"')), 8, "data.team", "must be a DNS-1123 label"),
    case("team-not-folder-name", chain(sub('  team: "team-x"', '  team: "team-y"'), sub("name: team-x-access", "name: team-y-access")), 8, "data.team",
         "'team-y' differs from the folder name 'team-x', which is the team name: write team: team-x (or rename the folder)"),
    case("copied-folder-metadata-name", lambda text: text, 4, "metadata.name", "must be 'team-z-access-request' (the folder name and -access-request)", folder="team-z"),
    case("copied-folder-team", lambda text: text, 8, "data.team", "'team-x' differs from the folder name 'team-z'", folder="team-z"),
    case("folder-not-a-team-name", lambda text: text, 8, "(folder)",
         "the folder name 'Team_X' is not a valid team name (lowercase letters a-z, digits and '-', starting and ending with a letter or digit, at least 2 characters, at most 54 characters); rename the folder",
         folder="Team_X"),
    case("team-ends-with-a-line-break", chain(sub('  team: "team-x"', '  team: "team-x\\n"'), sub("name: team-x-access-request", 'name: "team-x\\n-access-request"')),
         8, "data.team", "must be a DNS-1123 label"),
    case("folder-ends-with-a-line-break", chain(sub('  team: "team-x"', '  team: "team-x\\n"'), sub("name: team-x-access-request", 'name: "team-x\\n-access-request"')),
         8, "(folder)", "is not a valid team name", folder="team-x\n"),
    case("team-too-long-for-namespace", chain(sub('"team-x"', f'"{LONG_TEAM}"'), sub("name: team-x-access", f"name: {LONG_TEAM}-access")), 8, "data.team",
         f"too long: the namespace 'ai-{LONG_TEAM}' would exceed 63 characters", folder=LONG_TEAM),
    case("team-too-long-for-backend-id", chain(sub('"team-x"', f'"{LONG_BACKEND_TEAM}"'), sub("name: team-x-access", f"name: {LONG_BACKEND_TEAM}-access")), 8, "data.team",
         "too long: the APIM backend id", folder=LONG_BACKEND_TEAM),
    # --- models -----------------------------------------------------------------------------------
    case("models-not-a-list", sub(VALID[VALID.index("  models: |"):VALID.index("  tokensPerMinute")], '  models: "gpt-4.1"\n'), 13, "data.models", "valid list"),
    case("models-empty-list", sub(VALID[VALID.index("  models: |"):VALID.index("  tokensPerMinute")], '  models: "[]"\n'), 13, "data.models", "at least 1 item"),
    case("model-not-a-mapping", sub("    - name: gpt-4.1\n      type: foundry\n      enabled: true\n", "    - gpt-4.1\n"), 14, "data.models[0]", "valid dictionary"),
    case("malformed-models-yaml", sub("      type: kaito\n", "      type: [kaito\n"), 18, "data.models", "embedded list: invalid YAML: the [ opened on this line is not closed"),
    case("unknown-key-in-model", after("      type: foundry", "      region: swedencentral"), 16, "data.models[0].region", "unknown field; allowed: name, type, enabled, instanceType"),
    case("model-missing-name", sub("    - name: gpt-4.1\n      type: foundry\n", "    - type: foundry\n"), 14, "data.models[0].name", "required field is missing"),
    case("model-wrong-type-value", sub("      type: foundry", "      type: openai"), 15, "data.models[0].type", "'foundry' or 'kaito'"),
    case("model-enabled-quoted", sub("      type: foundry\n      enabled: true", '      type: foundry\n      enabled: "true"'), 16, "data.models[0].enabled",
         "must be true or false without quotes (got the string 'true'); inside the models list booleans are plain YAML, unlike the quoted data values"),
    case("models-as-a-yaml-list", sub("  models: |\n", "  models:\n"), 13, "data.models", "add `|` after models: (models: |)"),
    case("unknown-foundry-model", sub("    - name: gpt-4.1", "    - name: gpt-9"), 14, "data.models[0].name", "'gpt-9' is not a Foundry model of this platform; available: gpt-4.1"),
    case("unknown-kaito-preset", sub("    - name: phi-4", "    - name: phi-5"), 17, "data.models[1].name", "'phi-5' is not a KAITO preset of this platform; available: phi-4"),
    case("kaito-preset-as-foundry", sub("      type: kaito\n      enabled: true\n      instanceType: Standard_NC24ads_A100_v4\n", "      type: foundry\n      enabled: true\n"),
         18, "data.models[1].type", "'phi-4' is a KAITO preset, not a Foundry model: use type: kaito (with an instanceType)"),
    case("kaito-preset-as-foundry-with-size", sub("      type: kaito\n", "      type: foundry\n"),
         17, "data.models[1]", "'phi-4' is a KAITO preset, not a Foundry model: use type: kaito"),
    case("foundry-model-as-kaito", sub("      type: foundry\n      enabled: true\n", "      type: kaito\n      enabled: true\n      instanceType: Standard_NC24ads_A100_v4\n"),
         15, "data.models[0].type", "'gpt-4.1' is a Foundry model, not a KAITO preset: use type: foundry (without instanceType)"),
    case("foundry-model-as-kaito-without-size", sub("      type: foundry\n", "      type: kaito\n"),
         14, "data.models[0]", "'gpt-4.1' is a Foundry model, not a KAITO preset: use type: foundry"),
    case("instance-type-not-allowed", sub("Standard_NC24ads_A100_v4", "Standard_NV36ads_A10_v5"), 20, "data.models[1].instanceType",
         "Standard_NV36ads_A10_v5 is not allowed for phi-4; allowed: Standard_NC24ads_A100_v4, Standard_NC48ads_A100_v4"),
    case("gpu-less-instance-type", sub("Standard_NC24ads_A100_v4", "Standard_D4ds_v5"), 20, "data.models[1].instanceType", "Standard_D4ds_v5 is not allowed for phi-4"),
    case("instance-type-bad-format", sub("Standard_NC24ads_A100_v4", "nc24-a100"), 20, "data.models[1].instanceType", "should match pattern"),
    case("kaito-without-instance-type", sub("      instanceType: Standard_NC24ads_A100_v4\n", ""), 17, "data.models[1]",
         "a kaito model needs instanceType: one of Standard_NC24ads_A100_v4, Standard_NC48ads_A100_v4 (the sizes allowed for phi-4)"),
    case("foundry-with-instance-type", after("      type: foundry", "      instanceType: Standard_NC24ads_A100_v4"), 14, "data.models[0]", "instanceType is only for kaito models"),
    case("same-model-twice", after("      instanceType: Standard_NC24ads_A100_v4", "    - name: gpt-4.1", "      type: foundry"), 21, "data.models[2].name", "model 'gpt-4.1' is listed twice"),
    case("too-many-kaito-models", after("      instanceType: Standard_NC24ads_A100_v4",
                                        "    - name: mistral-7b-instruct", "      type: kaito", "      instanceType: Standard_NV36ads_A10_v5",
                                        "    - name: phi-4-mini-instruct", "      type: kaito", "      instanceType: Standard_NV36ads_A10_v5"),
         14, "data.models", "3 enabled KAITO models; a team may run at most 2"),  # the list's first line
]


@pytest.mark.parametrize("case", CASES)
def test_invalid_request_is_refused_with_file_line_and_field(tmp_path, case: Case):
    # GIVEN one team folder holding the broken request
    requests, outside = tmp_path / "requests", tmp_path / "outside"
    requests.mkdir()
    outside.mkdir()
    if case.setup:
        case.setup(requests, outside)
    else:
        write(requests / case.folder / "access.yaml", case.mutate(VALID))
    # WHEN it is validated
    code, out, err = run_validate(requests)
    # THEN the run fails and one error line names the file, the line, the field and what is wrong
    assert code == 1, err
    assert "Traceback" not in err + out
    path = os.path.join(str(requests), case.folder, "access.yaml")
    assert os.sep + case.folder + os.sep in path
    prefix = f"{path}:{case.line}: {case.field}: ".replace("\n", "\\n")  # a line break in a path is printed escaped
    matching = [line for line in err.splitlines() if line.startswith(prefix)]
    assert matching, f"no line starts with {prefix!r}; got:\n{err}"
    assert any(case.fragment in line and ": warning: " not in line for line in matching), err


def test_base_request_is_valid(tmp_path):
    write(tmp_path / TEAM / "access.yaml", VALID)
    code, out, err = run_validate(tmp_path)
    assert (code, err, out.strip()) == (0, "", "1 request(s) valid")
    assert len(VALID.splitlines()) == LAST_LINE


def test_cases_are_distinct():
    ids = [param.id for param in CASES]
    assert len(ids) == len(set(ids)) >= 30


def test_one_run_reports_every_problem_of_every_file(tmp_path):
    # GIVEN a file with five independent mistakes, another with a catalog mistake, and a valid one
    broken = chain(
        sub("kind: ConfigMap", "kind: Secret"),
        sub("alice@contoso.com", "alice"),
        sub('"5000"', '"lots"'),
        sub('  playgroundAccess: "true"', '  playgroundAccess: "yes"'),
        after('  costCenter: "CC-1234"', '  budget: "100"'),
    )(VALID)
    write(tmp_path / TEAM / "access.yaml", broken)
    other = VALID.replace("team-x", "team-y").replace("name: phi-4", "name: phi-5")
    write(tmp_path / "team-y" / "access.yaml", other)
    write(tmp_path / "team-z" / "access.yaml", VALID.replace("team-x", "team-z"))
    # WHEN validated once
    code, out, err = run_validate(tmp_path)
    # THEN every mistake is listed, in file and line order, and nothing else
    first, second = (os.path.join(str(tmp_path), team, "access.yaml") for team in (TEAM, "team-y"))
    assert code == 1
    located = [line.split(": ", 2)[:2] for line in err.splitlines()]
    assert located == [
        [f"{first}:2", "kind"],
        [f"{first}:9", "data.owner"],
        [f"{first}:11", "data.budget"],
        [f"{first}:22", "data.tokensPerMinute"],
        [f"{first}:24", "data.playgroundAccess"],
        [f"{second}:17", "data.models[1].name"],
    ], err


def test_one_team_cannot_be_requested_twice_through_the_file_system(tmp_path):
    # GIVEN team-x requested in its folder, again in a second folder, and in a folder linked to the first
    write(tmp_path / TEAM / "access.yaml", VALID)
    write(tmp_path / "team-x2" / "access.yaml", VALID)
    (tmp_path / "team-x3").symlink_to(tmp_path / TEAM, target_is_directory=True)
    code, out, err = run_validate(tmp_path)
    # THEN only the folder named after the team is valid: every other one is refused by its folder's name
    assert code == 1
    refused = sorted(line.split(os.sep)[-2] for line in err.splitlines() if "differs from the folder name" in line)
    assert refused == ["team-x2", "team-x3"], err


def run_validate(requests: Path, *extra: str) -> tuple[int, str, str]:
    """Validate `requests` with no synthesized output yet (every team is new), unless `extra` says otherwise."""
    out, err = io.StringIO(), io.StringIO()
    no_output = os.path.join(str(requests), ".no-output")  # never created; dot folders are not teams
    code = main(
        ["validate", "--requests", str(requests), "--platform", str(PLATFORM), "--today", TODAY, "--out", no_output, *extra],
        stdout=out,
        stderr=err,
    )
    return code, out.getvalue(), err.getvalue()


def write(path: Path, content: Content) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    if isinstance(content, bytes):
        path.write_bytes(content)
    else:
        path.write_text(content, encoding="utf-8")
