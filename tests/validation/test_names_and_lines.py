"""Names match whole strings, listing the requests folder never raises, and a problem line stays one short line.

The requests come from pull requests nobody has reviewed yet: a trailing line break in a name, a
60,000-character value, an ESC in a folder name or a symlink loop must each give one plain line.
"""

from __future__ import annotations

import io
import os
import re
from pathlib import Path

import pytest
import yaml
from support.files import FIXTURE_PLATFORM, FIXTURE_REQUESTS, copy_fragments
from pydantic import ValidationError

from ai_access.cli import main
from ai_access.loading.platform_file import PlatformConfigError, load_platform
from ai_access.models.platform import PlatformConfig
from ai_access.models.request import AccessRequest, ModelRequest
from ai_access.problems import MAX_LINE_CHARS, Problem

PLATFORM = str(FIXTURE_PLATFORM)
VALID = (FIXTURE_REQUESTS / "team-gamma" / "access.yaml").read_text()


def validate(requests: Path, *extra: str) -> tuple[int, str]:
    err = io.StringIO()
    code = main(
        ["validate", "--requests", str(requests), "--platform", PLATFORM, "--today", "2026-11-27", "--out", str(requests / ".none"), *extra],
        stdout=io.StringIO(),
        stderr=err,
    )
    return code, err.getvalue()


def write(root: Path, folder: str, text: str) -> Path:
    path = root / folder / "access.yaml"
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(text, encoding="utf-8")
    return path


# ---- whole-string patterns ------------------------------------------------------------------------


def _request(**change: object) -> dict:
    values = {"team": "team-x", "owner": "a@contoso.com", "costCenter": "CC-1", "models": [{"name": "gpt-4.1", "type": "foundry"}],
              "tokensPerMinute": 1, "dailyTokenQuota": 1}
    return {**values, **change}


@pytest.mark.parametrize(
    "change",
    [
        {"team": "team-x\n"},
        {"team": "team-x\r\n"},
        {"costCenter": "CC-1\n"},
        {"owner": "a@contoso.com\n"},
        {"models": [{"name": "phi-4", "type": "kaito", "instanceType": "Standard_NC24ads_A100_v4\n"}]},
    ],
    ids=["team", "team-crlf", "cost-centre", "owner", "instance-type"],
)
def test_a_trailing_line_break_fails_every_request_pattern(change: dict) -> None:
    with pytest.raises(ValidationError):
        AccessRequest.model_validate(_request(**change))


def test_a_team_name_with_a_trailing_line_break_is_refused_end_to_end(tmp_path: Path) -> None:
    # Before: `re.match` with `$` accepted "team-x\n", and synth made namespace "ai-team-x\n".
    text = VALID.replace("name: team-gamma", 'name: "team-x\\n"').replace("team: team-gamma", 'team: "team-x\\n"')
    write(tmp_path, "team-x\n", text)
    code, err = validate(tmp_path)
    assert code == 1
    assert "spec.team: 'team-x\\n' has other characters (U+000A); it must be a DNS-1123 label" in err and "(folder): the folder name 'team-x\\n' is not a valid team name" in err


@pytest.mark.parametrize(
    ("section", "key", "value"),
    [
        ("azure", "location", "swedencentral\n"),
        ("azure", "resourceGroup", "rg-aiplatform\n"),
        ("foundry", "customSubdomain", "aif-aiplatform-contoso\n"),
        ("aks", "kubernetesVersion", "1.34\n"),
        ("aks", "kubernetesVersion", "\u0661.\u0663\u0663"),  # Arabic-Indic digits: \d in a Rust regex
        ("aks", "ingressPrivateIp", "10.224.0.250\n"),
        ("apim", "apiPath", "openai\n"),
        ("gitops", "argocdNamespace", "argocd\n"),
    ],
)
def test_platform_patterns_match_the_whole_ascii_value(tmp_path: Path, section: str, key: str, value: str) -> None:
    data = yaml.safe_load(FIXTURE_PLATFORM.read_text())
    data[section][key] = value
    path = tmp_path / "platform.yaml"
    path.write_text(yaml.safe_dump(data, sort_keys=False))
    copy_fragments(tmp_path)
    with pytest.raises(PlatformConfigError) as raised:
        load_platform(str(path))
    assert any(p.field == f"{section}.{key}" for p in raised.value.problems), raised.value.problems


def test_a_gpu_size_with_a_trailing_line_break_is_not_a_gpu_size(tmp_path: Path) -> None:
    data = yaml.safe_load(FIXTURE_PLATFORM.read_text())
    data["kaitoPresets"]["phi-4"]["instanceTypes"] = ["Standard_NC24ads_A100_v4\n"]
    data["gpuQuotas"]["Standard_NC24ads_A100_v4\n"] = 1
    path = tmp_path / "platform.yaml"
    path.write_text(yaml.safe_dump(data, sort_keys=False))
    copy_fragments(tmp_path)
    with pytest.raises(PlatformConfigError, match="is not a GPU VM size"):
        load_platform(str(path))


# ---- what reaches Azure, the PR comment and the cost report ---------------------------------------


@pytest.mark.parametrize(
    "value",
    ["\u0421\u0421-1234", "CC-1234\u00a0", "CC\u200b-1234", "CC-\u202e4321", "Soci\u00e9t\u00e9", "CC-\x1b[2J", "{{secret}}", "@(1+1)"],
    ids=["cyrillic", "nbsp", "zero-width", "bidi-override", "accents", "esc", "braces", "at"],
)
def test_cost_centre_outside_printable_ascii_is_refused_with_the_rule(value: str) -> None:
    with pytest.raises(ValidationError, match="ASCII letters, digits, spaces and punctuation"):
        AccessRequest.model_validate(_request(costCenter=value))


@pytest.mark.parametrize("value", ["CC-1234", "R&D-4711", "Team [EU] / 42 (ops)", "a`b*c_d"])
def test_cost_centre_in_printable_ascii_is_accepted(value: str) -> None:
    assert AccessRequest.model_validate(_request(costCenter=value)).cost_center == value


@pytest.mark.parametrize("value", ["\u0430lice@contoso.com", "alice@c\u043entoso.com", "al\u00efce@contoso.com", "alice@b\u00fccher.de"])
def test_owner_with_letters_of_other_scripts_is_refused(value: str) -> None:
    with pytest.raises(ValidationError, match="plain ASCII"):
        AccessRequest.model_validate(_request(owner=value))


# ---- listing the requests folder ------------------------------------------------------------------


def _one_line_for(err: str, path: Path) -> str:
    lines = [line for line in err.splitlines() if line.startswith(f"{path}:")]
    assert len(lines) == 1, err
    return lines[0]


def test_a_symlink_loop_is_one_problem_line(tmp_path: Path) -> None:
    write(tmp_path, "team-gamma", VALID)
    os.symlink("team-loop", tmp_path / "team-loop")
    code, err = validate(tmp_path)
    assert code == 1
    assert "(folder): cannot read the team folder: Too many levels of symbolic links" in _one_line_for(err, tmp_path / "team-loop")


def test_a_link_through_a_file_is_one_problem_line(tmp_path: Path) -> None:
    (tmp_path / "README.md").write_text("docs")
    (tmp_path / "team-x").mkdir()
    os.symlink("../README.md/access.yaml", tmp_path / "team-x" / "access.yaml")
    code, err = validate(tmp_path)
    assert code == 1
    assert "(file): access.yaml must be a regular file" in _one_line_for(err, tmp_path / "team-x" / "access.yaml")


def test_an_unreadable_team_folder_is_one_problem_line(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    # chmod does not stop root, who runs CI containers; the file system's refusal is injected instead.
    write(tmp_path, "team-gamma", VALID)
    (tmp_path / "team-locked").mkdir()
    real_listdir = os.listdir

    def listdir(path: str | os.PathLike[str] = ".") -> list[str]:
        if str(path).endswith("team-locked"):
            raise PermissionError(13, "Permission denied", str(path))
        return real_listdir(path)

    monkeypatch.setattr(os, "listdir", listdir)
    code, err = validate(tmp_path)
    assert code == 1
    assert _one_line_for(err, tmp_path / "team-locked").endswith("(folder): cannot read the team folder: Permission denied")


def test_an_unlistable_requests_folder_is_one_problem_line(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    real_scandir = os.scandir

    def scandir(path: str | os.PathLike[str] = ".") -> object:
        if str(path) == str(tmp_path):
            raise PermissionError(13, "Permission denied", str(path))
        return real_scandir(path)

    monkeypatch.setattr(os, "scandir", scandir)
    code, err = validate(tmp_path)
    assert (code, err) == (1, f"{tmp_path}:1: (folder): cannot list the requests folder: Permission denied\n")


# ---- short lines ----------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "where",
    ["tokensPerMinute", "costCenter", "unknown key", "kind", "model name", "tag", "duplicate key"],
)
def test_a_huge_value_is_cut_and_its_length_said(tmp_path: Path, where: str) -> None:
    size = 30_000 if where == "duplicate key" else 60_000  # two of them must fit the 64 KiB a file may have
    huge = "x" * size
    text = {
        "tokensPerMinute": VALID.replace("tokensPerMinute: 8000", f"tokensPerMinute: '{huge}'"),
        "costCenter": VALID.replace("costCenter: CC-2001", f"costCenter: {huge}"),
        "unknown key": VALID.replace("  tokensPerMinute:", f"  ? {huge}\n  : 1\n  tokensPerMinute:"),  # libyaml: a simple key has at most 1,024
        "kind": VALID.replace("apiVersion: ai.contoso.com/v1alpha1\nkind: ModelAccessRequest", f"apiVersion: v1\nkind: {huge}"),
        "model name": VALID.replace("name: gpt-5.2", f"name: {huge}"),
        "tag": VALID.replace("costCenter: CC-2001", f"costCenter: !{huge} CC-2001"),
        "duplicate key": VALID.replace("  tokensPerMinute:", f"  ? {huge}\n  : 1\n  ? {huge}\n  : 2\n  tokensPerMinute:"),
    }[where]
    write(tmp_path, "team-gamma", text)
    code, err = validate(tmp_path)
    assert code == 1
    lines = err.splitlines()
    assert lines and all(len(line) < 600 for line in lines), [len(line) for line in lines]
    assert any(re.search(rf"\({size // 1000},00[01] characters\)", line) for line in lines), err


def test_no_problem_line_is_longer_than_the_cap() -> None:
    long_path = "requests/" + "d" * 5000 + "/access.yaml"
    assert len(Problem(long_path, 1, "(file)", "x").format()) <= MAX_LINE_CHARS + 60
    assert len(Problem("a.yaml", 1, "f", "m" * 10_000).github_annotation()) <= MAX_LINE_CHARS + 100


# ---- --format github ------------------------------------------------------------------------------


@pytest.mark.parametrize("char", ["\x1b", "\x07", "\x00", "\x7f", "\x85", "\u2028", "\u202e", "\x0b", "\x0c"])
def test_github_annotations_carry_no_control_character(char: str) -> None:
    problem = Problem(f"requests/team{char}x/access.yaml", 3, f"spec.x{char}", f"bad {char}[31m value")
    line = problem.github_annotation()
    assert line.startswith("::error file=requests/team")
    assert not re.search(r"[\x00-\x1f\x7f-\x9f\u2028\u2029\u202a-\u202e\u2066-\u2069]", line), repr(line)
    assert char.encode("unicode_escape").decode() in line  # written out, so the reader still sees it


def test_github_format_of_a_request_with_esc_in_its_folder_name(tmp_path: Path) -> None:
    write(tmp_path, "team-\x1b[31mred", VALID)
    code, err = validate(tmp_path, "--format", "github")
    assert code == 1
    assert "\x1b" not in err and "\\x1b[31m" in err


def test_models_are_validated_as_whole_strings_too() -> None:
    with pytest.raises(ValidationError):
        ModelRequest.model_validate({"name": "phi-4", "type": "kaito", "instanceType": "Standard_NC24ads_A100_v4\n"})


def test_the_platform_request_catalog_matches_the_platform(platform: PlatformConfig) -> None:
    catalog = platform.request_catalog
    assert catalog.foundry == tuple(platform.foundry.models)
    assert catalog.kaito == {name: tuple(p.instance_types) for name, p in platform.kaito_presets.items()}
