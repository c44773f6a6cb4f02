"""What most platform teams want as configuration: common labels and annotations, and APIM policy fragments."""

from __future__ import annotations

from pathlib import Path

import pytest
import yaml
from support.files import FIXTURE_PLATFORM, copy_fragments, fixture_fragments
from support.upstream_crds import crds_dir
from support.crd_validation import StrictValidator
from lxml import etree

from ai_access.synth.charts import app_project_manifests, namespaced_kinds, team_manifests
from ai_access.loading.platform_file import PlatformConfigError, load_platform_source

LABELS = {"example.com/business-unit": "retail", "cost-tracking": "enabled"}
ANNOTATIONS = {"example.com/contact": "ai-platform@contoso.com"}


@pytest.fixture(scope="module")
def labelled(platform):
    gitops = platform.gitops.model_copy(update={"common_labels": LABELS, "common_annotations": ANNOTATIONS})
    return platform.model_copy(update={"gitops": gitops})


def test_common_labels_and_annotations_reach_every_team_object_and_app_project(fixture_report, labelled) -> None:
    validator = StrictValidator(crds_dir())
    for loaded in fixture_report.requests:
        objects = team_manifests(loaded.request, labelled)
        (project,) = app_project_manifests(labelled, {loaded.request.team: namespaced_kinds(objects)}, {loaded.request.team: loaded.request.owner})
        for obj in [*objects, project]:
            metadata = obj["metadata"]
            assert LABELS.items() <= metadata["labels"].items(), obj["kind"]
            assert ANNOTATIONS.items() <= metadata["annotations"].items(), obj["kind"]
            assert validator.errors(obj) == [], obj["kind"]
        # The tool's own labels and annotations are still there.
        namespace = next(o for o in objects if o["kind"] == "Namespace")
        assert namespace["metadata"]["labels"]["app.kubernetes.io/managed-by"] == "ai-model-access"
        assert namespace["metadata"]["annotations"]["argocd.argoproj.io/sync-wave"] == "-1"


@pytest.mark.parametrize(
    ("field", "key"),
    [
        ("commonLabels", "app.kubernetes.io/managed-by"),
        ("commonLabels", "ai.contoso.com/team"),
        ("commonAnnotations", "argocd.argoproj.io/sync-wave"),
        ("commonAnnotations", "serviceoperator.azure.com/reconcile-policy"),
        ("commonLabels", "kubernetes.io/metadata.name"),
    ],
)
def test_a_common_key_the_tool_owns_is_refused(tmp_path: Path, field: str, key: str) -> None:
    data = yaml.safe_load(FIXTURE_PLATFORM.read_text())
    data["gitops"][field] = {key: "x"}
    path = tmp_path / "platform.yaml"
    path.write_text(yaml.safe_dump(data, sort_keys=False))
    copy_fragments(tmp_path)
    with pytest.raises(PlatformConfigError) as raised:
        load_platform_source(str(path))
    (problem,) = raised.value.problems
    assert problem.field == f"gitops.{field}" and key in problem.message and "the tool sets" in problem.message


def test_every_product_policy_includes_every_fragment_after_the_allowlist_and_before_the_limit(fixture_dist: Path, platform) -> None:
    fragment_ids = list(platform.apim.policy_fragments)
    assert fragment_ids
    for policy_file in sorted(fixture_dist.glob("teams/*/productpolicy-*.yaml")):
        inbound = etree.fromstring(yaml.safe_load(policy_file.read_text())["spec"]["value"].encode()).find("inbound")
        tags = [element.tag for element in inbound]
        includes = [element.get("fragment-id") for element in inbound if element.tag == "include-fragment"]
        assert includes == fragment_ids
        first = tags.index("include-fragment")
        assert tags.index("base") < tags.index("choose") < first < tags.index("llm-token-limit")


def test_a_product_never_includes_a_fragment_the_platform_stack_does_not_create(fixture_dist: Path, platform_stack) -> None:
    created = {f["name"] for f in platform_stack.stack["resource"]["azurerm_api_management_policy_fragment"].values()}
    included = {
        element.get("fragment-id")
        for policy_file in fixture_dist.glob("teams/*/productpolicy-*.yaml")
        for element in etree.fromstring(yaml.safe_load(policy_file.read_text())["spec"]["value"].encode()).iter("include-fragment")
    }
    assert included and included <= created and created == set(fixture_fragments())


@pytest.mark.parametrize(
    ("content", "fragment"),
    [
        ("<fragment><set-header name='a'", "not well-formed XML"),
        ("<policies><inbound/></policies>", "the root element must be <fragment>"),
        ("<fragment><base/></fragment>", "may not hold <base>"),
        ("<fragment><include-fragment fragment-id='x'/></fragment>", "may not hold <include-fragment>"),
        ("<fragment>" + "<!-- padding -->" * 3000 + "</fragment>", "larger than 32 KB"),
        ('<!DOCTYPE f [<!ENTITY x SYSTEM "file:///etc/passwd">]><fragment>&x;</fragment>', "may not"),
    ],
)
def test_a_bad_fragment_file_is_refused_at_the_line_of_its_key(tmp_path: Path, content: str, fragment: str) -> None:
    data = yaml.safe_load(FIXTURE_PLATFORM.read_text())
    data["apim"]["policyFragments"] = {"bad": "bad.xml"}
    path = tmp_path / "platform.yaml"
    path.write_text(yaml.safe_dump(data, sort_keys=False))
    (tmp_path / "bad.xml").write_text(content)
    with pytest.raises(PlatformConfigError) as raised:
        load_platform_source(str(path))
    (problem,) = raised.value.problems
    line = next(number for number, text in enumerate(path.read_text().splitlines(), 1) if text.strip().startswith("bad:"))
    assert (problem.field, problem.line) == ("apim.policyFragments.bad", line)
    assert fragment in problem.message or (fragment == "may not" and "etc/passwd" not in problem.message)
