"""The shipped example requests and the seed's own example validate, and parse to the expected values."""

from __future__ import annotations

import io
import os
import re
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from ai_access.cli import main
from ai_access.loading.configmap import parse_configmap_request
from ai_access.loading.yaml_source import load_yaml
from ai_access.models.request import AccessRequest

ROOT = Path(__file__).resolve().parents[2]
PLATFORM = ROOT / "tests" / "fixtures" / "platform.yaml"
REQUESTS = ROOT / "tests" / "fixtures" / "requests"
SEED = ROOT.parent / "shared" / "seed" / "gitops-ai-model-self-service.md"
TODAY = "2025-01-01"  # fixed, so expiry warnings do not depend on the day the tests run
SEED_VALUES = {"{team-name}": "team-seed", "{owner-email}": "seed.owner@contoso.com", "{cost-center}": "CC-0042"}


def run_validate(requests: Path | str, *extra: str) -> tuple[int, str, str]:
    """Run `main.py validate` in-process; (exit code, stdout, stderr)."""
    out, err = io.StringIO(), io.StringIO()
    code = main(
        ["validate", "--requests", str(requests), "--platform", str(PLATFORM), "--today", TODAY, *extra],
        stdout=out,
        stderr=err,
    )
    return code, out.getvalue(), err.getvalue()


def write_request(root: Path, team: str, text: str) -> Path:
    """Write `text` as `root/<team>/access.yaml`."""
    path = root / team / "access.yaml"
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(text, encoding="utf-8")
    return path


def seed_example() -> str:
    """The YAML block under "Developer Request Schema" in the seed, with its placeholders filled."""
    if not SEED.is_file():
        pytest.skip(f"seed document not found at {SEED}")
    markdown = SEED.read_text(encoding="utf-8")
    match = re.search(r"^## Developer Request Schema\s*\n+```yaml\n(.*?)^```", markdown, re.S | re.M)
    assert match, "no ```yaml block under '## Developer Request Schema' in the seed"
    text = match.group(1)
    for placeholder, value in SEED_VALUES.items():
        assert placeholder in text, f"the seed example no longer has {placeholder}"
        text = text.replace(placeholder, value)
    assert "{" not in text.split("\n", 1)[1], "a placeholder other than the three known ones is left"
    return text


# --- the shipped examples -------------------------------------------------------------------------


FIXTURE_TEAMS = sorted(entry.name for entry in REQUESTS.iterdir() if (entry / "access.yaml").is_file())


@pytest.mark.parametrize("team", FIXTURE_TEAMS)
def test_each_fixture_request_validates_alone(tmp_path, team):
    shutil.copy(REQUESTS / team / "access.yaml", write_request(tmp_path, team, ""))
    code, out, err = run_validate(tmp_path)
    assert (code, err, out.strip()) == (0, "", "1 request(s) valid")


def test_team_alpha_parses_to_typed_values():
    request = parse_file(REQUESTS / "team-alpha" / "access.yaml")
    assert request.team == "team-alpha"
    assert request.owner == "alice@contoso.com"
    assert str(request.entra_group_id) == "3f2b8c1e-5a7d-4e9f-8b6a-1c2d3e4f5a6b"
    assert request.expires_on.isoformat() == "2030-06-30"
    assert [(m.name, m.type, m.enabled, m.instance_type) for m in request.models] == [
        ("gpt-4.1", "foundry", True, None),
        ("phi-4", "kaito", True, "Standard_NC24ads_A100_v4"),
    ]


def test_team_beta_disabled_model_is_parsed_but_not_enabled():
    request = parse_file(REQUESTS / "team-beta" / "access.yaml")
    assert [m.name for m in request.models] == ["mistral-7b-instruct", "qwen2.5-coder-7b-instruct"]
    assert [m.name for m in request.enabled_models] == ["mistral-7b-instruct"]
    assert request.foundry_models == []
    assert (request.playground_access, request.tracing_enabled) == (False, False)


def test_validate_as_a_process_exits_zero():
    env = dict(os.environ)
    result = subprocess.run(
        [sys.executable, "main.py", "validate", "--requests", str(REQUESTS), "--platform", str(PLATFORM), "--today", TODAY],
        cwd=ROOT, capture_output=True, text=True, timeout=60, env=env,
    )
    assert result.returncode == 0, result.stderr
    assert result.stderr == ""
    assert "request(s) valid" in result.stdout


def test_validate_never_imports_jsii():
    # A fresh interpreter: in this pytest process another test may already have imported jsii.
    script = (
        "import io, sys\n"
        "sys.path[:0] = ['constructs', '.']\n"
        "from ai_access.cli import main\n"
        f"code = main(['validate', '--requests', {str(REQUESTS)!r}, '--platform', {str(PLATFORM)!r}, '--today', '2025-01-01'], stdout=io.StringIO(), stderr=io.StringIO())\n"
        "print(code, 'jsii' in sys.modules, any(m.startswith(('cdk8s', 'cdktf')) for m in sys.modules))\n"
    )
    result = subprocess.run(
        [sys.executable, "-c", script], cwd=ROOT, capture_output=True, text=True, timeout=60
    )
    assert result.returncode == 0, result.stderr
    assert result.stdout.split() == ["0", "False", "False"]


# --- the seed's own example -------------------------------------------------------------------------


def test_seed_example_validates(tmp_path):
    # GIVEN the seed's example, unchanged but for its three placeholders
    path = write_request(tmp_path, SEED_VALUES["{team-name}"], seed_example())
    # WHEN it is validated
    code, out, err = run_validate(tmp_path)
    # THEN it is valid; the only thing said is the warning that it names no Entra group
    assert code == 0, err
    assert out.strip() == "1 request(s) valid"
    lines = err.splitlines()
    assert all(f"{path}:" in line and ": warning: " in line for line in lines), err
    assert all("entraGroupId" in line for line in lines), err


def test_seed_example_parses_to_typed_values():
    request = parse_text(seed_example())
    assert request.team == "team-seed"
    assert request.owner == "seed.owner@contoso.com"
    assert request.cost_center == "CC-0042"
    assert [(m.name, m.type, m.enabled, m.instance_type) for m in request.models] == [
        ("gpt-4.1", "foundry", True, None),
        ("phi-4", "kaito", True, "Standard_NC24ads_A100_v4"),
    ]
    assert request.tokens_per_minute == 5000 and type(request.tokens_per_minute) is int
    assert request.daily_token_quota == 1_000_000 and type(request.daily_token_quota) is int
    assert request.playground_access is True
    assert request.tracing_enabled is True
    assert request.entra_group_id is None and request.expires_on is None


def parse_file(path: Path) -> AccessRequest:
    return parse_text(path.read_text(encoding="utf-8"))


def parse_text(text: str) -> AccessRequest:
    parsed = parse_configmap_request(load_yaml(text))
    assert parsed.issues == [], parsed.issues
    assert parsed.request is not None
    return parsed.request
