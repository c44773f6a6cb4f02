"""Platform extensions: code beside a platform file, named only in it, adds to every team; what it may not add is refused."""

from __future__ import annotations

import io
from pathlib import Path

import pytest
import yaml
from support.files import FIXTURE_REQUESTS, FIXTURE_TODAY, read_tree
from support.extension_repo import platform_with as _platform_with
from support.extension_repo import synth as _synth

from ai_access import exit_codes
from ai_access.cli import main as cli_main

LIMIT_RANGE = '''
from cdk8s_plus_28 import k8s


def add_limit_range(team):
    k8s.KubeLimitRange(
        team,
        "LimitRange",
        metadata={"name": "default-limits", "namespace": team.namespace},
        spec=k8s.LimitRangeSpec(limits=[k8s.LimitRangeItem(type="Container", default={"memory": k8s.Quantity.from_string("512Mi")})]),
    )
'''

CLUSTER_ROLE = '''
from cdk8s_plus_28 import k8s


def add_cluster_role(team):
    k8s.KubeClusterRole(team, "Everything", metadata={"name": f"{team.namespace}-admin"}, rules=[])
'''

OTHER_NAMESPACE = '''
from cdk8s_plus_28 import k8s


def add_elsewhere(team):
    k8s.KubeConfigMap(team, "Elsewhere", metadata={"name": "x", "namespace": "kube-system"}, data={})
'''

RAISES = '''
def broken(team):
    raise RuntimeError("the platform's lookup table is missing " + team.names.team)
'''


def test_an_extension_beside_the_platform_file_adds_a_namespaced_object_to_every_team(tmp_path: Path, fixture_dist: Path) -> None:
    platform = _platform_with(tmp_path, {"limits": LIMIT_RANGE}, ["limits:add_limit_range"])
    code, err = _synth(platform, tmp_path / "dist")
    assert code == 0, err
    teams = sorted(p.name for p in (fixture_dist / "teams").iterdir())
    for team in teams:
        limit_range = yaml.safe_load((tmp_path / "dist" / "teams" / team / "limitrange-default-limits.yaml").read_text())
        assert limit_range["metadata"]["namespace"] == f"ai-{team}"
        # The team's AppProject follows the kinds its folder holds.
        project = yaml.safe_load((tmp_path / "dist" / "argocd" / f"appproject-ai-{team}.yaml").read_text())
        assert {"group": "", "kind": "LimitRange"} in project["spec"]["namespaceResourceWhitelist"]
    # Everything else is what synth writes without the extension.
    with_extension = {p: t for p, t in read_tree(tmp_path / "dist").items() if "limitrange" not in p and not p.startswith("argocd/appproject") and p != "synth-index.txt"}
    without = {p: t for p, t in read_tree(fixture_dist).items() if not p.startswith("argocd/appproject") and p != "synth-index.txt"}
    assert with_extension == without


@pytest.mark.parametrize(
    ("module", "path", "fragment"),
    [
        (
            CLUSTER_ROLE,
            "roles:add_cluster_role",
            "extension roles:add_cluster_role left team team-alpha's output breaking a rule: ClusterRole/ai-team-alpha-admin: cluster-scoped",
        ),
        (
            OTHER_NAMESPACE,
            "roles:add_elsewhere",
            "extension roles:add_elsewhere left team team-alpha's output breaking a rule: ConfigMap/x: namespace 'kube-system' is not ai-team-alpha",
        ),
        (RAISES, "roles:broken", "extension roles:broken failed for team team-alpha: RuntimeError: the platform's lookup table is missing team-alpha"),
    ],
)
def test_a_refused_extension_stops_synth_naming_it_and_keeps_the_old_output(tmp_path: Path, module: str, path: str, fragment: str) -> None:
    out = tmp_path / "dist"
    good = _platform_with(tmp_path, {"roles": module}, [])
    assert _synth(good, out)[0] == 0
    before = read_tree(out)
    data = yaml.safe_load(good.read_text())
    data["extensions"] = [path]
    good.write_text(yaml.safe_dump(data, sort_keys=False))
    code, err = _synth(good, out)
    assert code == exit_codes.INVALID
    assert err.startswith(f"synth: {fragment}") and "Traceback" not in err
    assert read_tree(out) == before


def test_the_traceback_of_a_failing_extension_only_when_asked(tmp_path: Path) -> None:
    platform = _platform_with(tmp_path, {"roles": RAISES}, ["roles:broken"])
    code, err = _synth(platform, tmp_path / "dist", "--traceback")
    assert code == exit_codes.INVALID and "Traceback (most recent call last)" in err and "roles.py" in err


def test_an_extension_that_cannot_be_imported_is_named(tmp_path: Path) -> None:
    platform = _platform_with(tmp_path, {}, ["nowhere:function"])
    code, err = _synth(platform, tmp_path / "dist")
    assert code == exit_codes.INVALID and err.startswith("synth: extension nowhere:function: cannot load it: ModuleNotFoundError")


def test_extension_code_is_an_input_of_every_team(tmp_path: Path) -> None:
    platform = _platform_with(tmp_path, {"limits": LIMIT_RANGE}, ["limits:add_limit_range"])
    out = tmp_path / "dist"
    assert _synth(platform, out)[0] == 0
    module = platform.parent / "limits.py"
    module.write_text(module.read_text().replace("512Mi", "1Gi"))
    stdout = io.StringIO()
    args = ["synth", "--requests", str(FIXTURE_REQUESTS), "--platform", str(platform), "--out", str(out), "--today", FIXTURE_TODAY]
    assert cli_main(args, stdout=stdout, stderr=io.StringIO()) == 0
    assert ": 3 built, 0 unchanged" in stdout.getvalue()
    assert "1Gi" in (out / "teams" / "team-alpha" / "limitrange-default-limits.yaml").read_text()
