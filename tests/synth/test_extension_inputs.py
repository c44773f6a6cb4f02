"""Extensions are inputs like any other: every file their code comes from is in the synth key, and what they receive is read-only."""

from __future__ import annotations

from pathlib import Path

import yaml
from support.extension_repo import platform_with, run, synth

from ai_access import exit_codes
from ai_access.synth.extension_sources import extension_files

LIMITS = '''
from cdk8s_plus_28 import k8s

from helpers import MEMORY


def add(team):
    k8s.KubeLimitRange(
        team,
        "Limits",
        metadata={"name": "default-limits", "namespace": team.namespace},
        spec=k8s.LimitRangeSpec(limits=[k8s.LimitRangeItem(type="Container", default={"memory": k8s.Quantity.from_string(MEMORY)})]),
    )
'''


def _memory(out: Path) -> str:
    limits = yaml.safe_load((out / "teams" / "team-alpha" / "limitrange-default-limits.yaml").read_text())
    return limits["spec"]["limits"][0]["default"]["memory"]


def test_a_helper_module_an_extension_imports_is_an_input_of_every_team(tmp_path: Path) -> None:
    platform = platform_with(tmp_path, {"limits": LIMITS, "helpers": "MEMORY = '512Mi'\n"}, ["limits:add"])
    out = tmp_path / "dist"
    assert synth(platform, out) == (0, "")
    (platform.parent / "helpers.py").write_text("MEMORY = '1Gi'\n")
    code, stdout, err = run("synth", platform, "--out", str(out))
    assert code == 0, err
    assert ": 3 built, 0 unchanged" in stdout
    assert _memory(out) == "1Gi"  # and this process imported the helper afresh


def test_the_files_of_an_extension_are_found_without_running_it(tmp_path: Path) -> None:
    folder = tmp_path / "repo"
    (folder / "pkg").mkdir(parents=True)
    (folder / "pkg" / "__init__.py").write_text("")
    (folder / "pkg" / "ext.py").write_text("from . import values\nfrom .sub.deep import X\n\ndef f(team):\n    import lazy\n")
    (folder / "pkg" / "values.py").write_text("raise SystemExit('never run')\n")
    (folder / "pkg" / "sub").mkdir()
    (folder / "pkg" / "sub" / "deep.py").write_text("from shared import Y\n")
    (folder / "shared.py").write_text("import json\nY = 1\n")
    (folder / "lazy.py").write_text("")
    (folder / "unrelated.py").write_text("")
    (folder / "single.py").write_text("import lazy\n")
    found = {str(p.relative_to(folder)) for p in extension_files(["pkg.ext:f"], str(folder))}
    # The whole package (its data files too), and the modules of the folder its files import.
    assert found == {"pkg/__init__.py", "pkg/ext.py", "pkg/values.py", "pkg/sub/deep.py", "shared.py", "lazy.py"}
    assert {str(p.relative_to(folder)) for p in extension_files(["single:f"], str(folder))} == {"single.py", "lazy.py"}


def test_a_module_imported_behind_synths_back_stops_synth(tmp_path: Path) -> None:
    source = "import importlib\n\n\ndef add(team):\n    importlib.import_module('hel' + 'pers')\n"
    platform = platform_with(tmp_path, {"sneaky": source, "helpers": "MEMORY = '512Mi'\n"}, ["sneaky:add"])
    code, err = synth(platform, tmp_path / "dist")
    assert code == exit_codes.INVALID
    assert err.startswith("synth: extension sneaky:add: module helpers (helpers.py) was imported in a way synth cannot see before it runs")
    assert len(err.splitlines()) == 1 and not (tmp_path / "dist").exists()


def test_a_module_from_a_folder_an_extension_put_on_the_path_stops_synth(tmp_path: Path) -> None:
    elsewhere = tmp_path / "elsewhere"
    elsewhere.mkdir()
    (elsewhere / "far_helpers.py").write_text("MEMORY = '512Mi'\n")
    source = f"import sys\n\nsys.path.append({str(elsewhere)!r})\n\nimport far_helpers  # noqa: E402\n\n\ndef add(team):\n    pass\n"
    platform = platform_with(tmp_path, {"reaching": source}, ["reaching:add"])
    code, err = synth(platform, tmp_path / "dist")
    assert code == exit_codes.INVALID
    assert err.startswith("synth: extension reaching:add: module far_helpers (far_helpers.py) was imported in a way synth cannot see")


READ_ONLY = '''
from ai_access.gitops.refs import ApimServiceRef

ATTEMPTS = {
    "common labels": lambda t: t.platform.gitops.common_labels.__setitem__("leaked", t.names.team),
    "common annotations": lambda t: t.platform.gitops.common_annotations.update({"leaked": "yes"}),
    "the extension list": lambda t: t.platform.extensions.append("other:function"),
    "a preset's GPU sizes": lambda t: t.platform.kaito_presets["phi-4"].instance_types.append("Standard_ND96"),
    "the catalog": lambda t: t.platform.foundry.models.pop("gpt-4.1"),
    "GPU quotas": lambda t: t.platform.gpu_quotas.__setitem__("Standard_NC24ads_A100_v4", 10**6),
    "policy fragments": lambda t: t.platform.apim.policy_fragments.clear(),
    "admin groups": lambda t: t.platform.aks.admin_group_object_ids.append("someone"),
    "team limits": lambda t: setattr(t.platform.team_limits, "max_tokens_per_minute", 10**9),
    "the request's models": lambda t: t.request.models.append(t.request.models[0]),
    "the request's limit": lambda t: setattr(t.request, "tokens_per_minute", 1),
    "a model of the request": lambda t: setattr(t.request.models[0], "enabled", False),
    "the names": lambda t: setattr(t.names, "team", "team-other"),
    "a reference": lambda t: setattr(ApimServiceRef.from_platform(t.platform), "arm_id", "/elsewhere"),
}


def attempt(team):
    changed = []
    for what, change in ATTEMPTS.items():
        try:
            change(team)
        except (TypeError, AttributeError, ValueError):  # pydantic's frozen error is a ValueError
            continue
        changed.append(what)
    if changed:
        raise RuntimeError("changed " + ", ".join(changed))
'''


def test_what_an_extension_receives_is_read_only(tmp_path: Path) -> None:
    platform = platform_with(tmp_path, {"tamper": READ_ONLY}, ["tamper:attempt"])
    code, err = synth(platform, tmp_path / "dist")
    assert (code, err) == (0, "")
    project = yaml.safe_load((tmp_path / "dist" / "argocd" / "appproject-ai-team-gamma.yaml").read_text())
    assert "leaked" not in project["metadata"]["labels"]


def test_a_platform_changed_behind_the_models_back_stops_synth(tmp_path: Path) -> None:
    source = "def sneak(team):\n    object.__setattr__(team.platform.gitops, 'common_labels', {'leaked': team.names.team})\n"
    platform = platform_with(tmp_path, {"sneak": source}, ["sneak:sneak"])
    code, err = synth(platform, tmp_path / "dist")
    assert (code, err) == (
        exit_codes.INVALID,
        "synth: extension sneak:sneak changed the platform configuration while it ran for team team-alpha; it is read-only\n",
    )
