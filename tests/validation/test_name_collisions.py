"""Names that cannot collide: no team derives a name the platform uses; catalog names carry no markup.

A team object named like a platform resource is that resource to ASO (it adopts an Azure resource
of the same name, ASO FAQ) and to ArgoCD. The platform's names come from the naming modules, and
two tests keep them complete: every name the platform stack gives (its synthesized Terraform) and
every Azure name a team object carries is one of theirs.
"""

from __future__ import annotations

import re
from pathlib import Path

import pytest
import yaml
from support.files import FIXTURE_PLATFORM, copy_fragments
from hypothesis import given, settings
from hypothesis import strategies as st
from markdown_it import MarkdownIt
from support.validation_files import TYPED, platform_with, request, validate, write  # noqa: F401

from ai_access.reference.catalog import catalog_markdown
from ai_access.loading.platform_file import PlatformConfigError, load_platform
from ai_access.models.platform import PlatformConfig
from ai_access.names.team import TeamNames
from ai_access.validation.names import platform_collisions
from ai_access.names import platform as platform_naming

PARSER = MarkdownIt("commonmark").enable(["table"])


def _load(tmp_path: Path, change) -> PlatformConfig:
    data = yaml.safe_load(FIXTURE_PLATFORM.read_text())
    change(data)
    path = tmp_path / "platform.yaml"
    path.write_text(yaml.safe_dump(data, sort_keys=False))
    copy_fragments(tmp_path)
    return load_platform(str(path))


# --- teamResourceGroup ----------------------------------------------------------------------------


@pytest.mark.parametrize("team_group", ["rg-aiplatform", "RG-AIPlatform"])
def test_the_team_resource_group_must_not_be_the_platforms(tmp_path: Path, team_group: str) -> None:
    with pytest.raises(PlatformConfigError) as raised:
        _load(tmp_path, lambda d: d["azure"].update(teamResourceGroup=team_group))
    (problem,) = raised.value.problems
    assert problem.field == "azure.teamResourceGroup"
    assert problem.message.startswith("must differ from resourceGroup (rg-aiplatform)")


# --- team names against the platform's ------------------------------------------------------------


def test_a_team_named_like_the_platform_is_refused_before_it_gets_the_platforms_application_insights(tmp_path: Path) -> None:
    # GIVEN the fixture platform `aiplatform`, whose Application Insights is appi-aiplatform
    path = write(tmp_path / "requests", "aiplatform", request(TYPED, "aiplatform"))
    code, lines = validate(tmp_path / "requests")
    # THEN a team `aiplatform`, whose tracing component would be appi-aiplatform too, is refused
    assert code == 1
    assert lines == [
        f"{path}:6: spec.team: 'aiplatform' would name its Application Insights component 'appi-aiplatform', "
        "the name of the platform's Application Insights; choose another name"
    ]


def _inverted(forms: list[str], name: str, *, fold: bool) -> set[str]:
    """Team names for which one of `forms` (a derived name with `{}` for the team) gives `name`."""
    found = set()
    for form in forms:
        before, _, after = form.partition("{}")
        text, head, tail = (name.lower(), before.lower(), after.lower()) if fold else (name, before, after)
        if text.startswith(head) and text.endswith(tail) and len(text) > len(head) + len(tail):
            found.add(text[len(head) : len(text) - len(tail)])
    return {team for team in found if re.fullmatch(r"[a-z0-9]([-a-z0-9]*[a-z0-9])?", team) and len(team) >= 2}


def test_no_team_name_reaches_any_name_of_the_platform(tmp_path: Path) -> None:
    # GIVEN a platform whose namespaces are themselves `ai-` names a team could produce
    platform = _load(tmp_path, lambda d: (d["gitops"].update(argocdNamespace="ai-argocd"), d["aks"].update(ingressNamespace="ai-ingress")))
    azure, kubernetes = platform_naming.azure_names(platform), platform_naming.kubernetes_names(platform)
    # WHEN each of TeamNames' forms is inverted for each name the platform uses
    azure_forms = list(TeamNames("{}").azure_names(list(platform.kaito_presets)).values())
    kubernetes_forms = list(TeamNames("{}").kubernetes_names().values())
    teams = {team for name in azure for team in _inverted(azure_forms, name, fold=True)}
    teams |= {team for name in kubernetes for team in _inverted(kubernetes_forms, name, fold=False)}
    # THEN every team name that would derive one of them is refused, naming what it would collide with
    assert {"aiplatform", "argocd", "ingress", "foundry", "appinsights", "aso"} <= teams
    for team in sorted(teams):
        collisions = platform_collisions(team, platform)
        assert collisions, team
        assert all(name.lower() in azure or name in kubernetes for _, name, _ in collisions)


def test_a_team_whose_namespace_would_be_argocds_is_refused(tmp_path: Path) -> None:
    platform_file, _ = platform_with(tmp_path, lambda d: d["gitops"].update(argocdNamespace="ai-argocd"))
    path = write(tmp_path / "requests", "argocd", request(TYPED, "argocd"))
    code, lines = validate(tmp_path / "requests", platform=platform_file)
    assert code == 1
    assert f"{path}:6: spec.team: 'argocd' would name its namespace 'ai-argocd', the name of the platform's ArgoCD namespace; choose another name" in lines


def test_the_fixture_teams_collide_with_nothing(platform: PlatformConfig, fixture_dist: Path) -> None:
    assert {team.name: platform_collisions(team.name, platform) for team in (fixture_dist / "teams").iterdir()} == {
        team.name: [] for team in (fixture_dist / "teams").iterdir()
    }


def test_every_azure_name_a_team_object_carries_is_one_teamnames_lists(platform: PlatformConfig, fixture_dist: Path) -> None:
    for folder in sorted((fixture_dist / "teams").iterdir()):
        listed = set(TeamNames(folder.name).azure_names(list(platform.kaito_presets)).values())
        for path in folder.glob("*.yaml"):
            obj = yaml.safe_load(path.read_text())
            azure_name = (obj.get("spec") or {}).get("azureName")
            # A role assignment's name is a GUID of scope, group and role; a ProductApi names the
            # platform's API it links the product to.
            if azure_name is None or obj["kind"] in ("RoleAssignment", "ProductApi"):
                continue
            assert azure_name in listed, f"{folder.name}/{path.name}: {azure_name}"


# Names in the stack that live inside another resource, where no team name lands: the AKS node
# pools, the NSGs' rules, and the template deployment carrying the API's diagnostic setting.
_INSIDE_OTHERS = {"azurerm_kubernetes_cluster_node_pool", "azurerm_network_security_rule", "azurerm_resource_group_template_deployment"}


def test_every_name_the_platform_stack_gives_is_one_the_naming_modules_list(platform_stack, platform: PlatformConfig) -> None:
    listed = platform_naming.azure_names(platform)
    resources = platform_stack.stack["resource"]
    given = {
        (kind, attributes["name"])
        for kind, items in resources.items()
        if kind not in _INSIDE_OTHERS
        for attributes in items.values()
        if isinstance(attributes.get("name"), str)
    }
    given |= {("default node pool", c["default_node_pool"]["name"]) for c in resources["azurerm_kubernetes_cluster"].values()} - {("default node pool", "system")}
    missing = sorted((kind, name) for kind, name in given if name.lower() not in listed)
    assert missing == []


# --- catalog names --------------------------------------------------------------------------------

BAD_NAMES = ["gpt-{{secret}}", "gpt}}", "a|b", "gpt`4", "<img src=x>", "@octocat", "gpt 4", "gpt/4", "a,b", "gpt-4\n", "gpt-4.1\u0430", '"x"', "-gpt", ".gpt", "g" * 65]


@pytest.mark.parametrize("name", BAD_NAMES)
def test_a_foundry_catalog_key_that_a_policy_or_the_catalog_table_would_read_otherwise_is_refused(tmp_path: Path, name: str) -> None:
    def change(data: dict) -> None:
        models = data["foundry"]["models"]
        data["foundry"]["models"] = {name: models.pop("gpt-4.1"), **models}

    with pytest.raises(PlatformConfigError) as raised:
        _load(tmp_path, change)
    (problem,) = raised.value.problems
    assert problem.field.startswith("foundry.models.")
    assert "is not allowed: use ASCII letters, digits, '.', '_' and '-', starting with a letter or digit, at most 64 characters" in problem.message


@pytest.mark.parametrize("field", ["modelName", "version"])
@pytest.mark.parametrize("value", ["x | y", "*bold*", "{{named}}", "v`1"])
def test_a_model_name_or_version_the_catalog_table_would_read_otherwise_is_refused(tmp_path: Path, field: str, value: str) -> None:
    with pytest.raises(PlatformConfigError) as raised:
        _load(tmp_path, lambda d: d["foundry"]["models"]["gpt-4.1"].update({field: value}))
    (problem,) = raised.value.problems
    assert problem.field == f"foundry.models.gpt-4.1.{field}"


def test_a_kaito_preset_key_is_held_to_the_same_rule(platform: PlatformConfig) -> None:
    from ai_access.models.catalog_names import catalog_name_problem
    from ai_access.models.kaito_presets import SUPPORTED_PRESETS

    assert [name for name in sorted(SUPPORTED_PRESETS) if catalog_name_problem(name)] == []
    assert catalog_name_problem("phi-4}}") is not None


def _catalog_rows(markdown: str) -> list[list[list[str]]]:
    """Each table body row, as the (type, content) of each cell's inline tokens."""
    rows, row, cell = [], None, None
    for token in PARSER.parse(markdown):
        if token.type == "tr_open":
            row = []
        elif token.type in ("td_open", "th_open"):
            cell = []
        elif token.type == "inline" and cell is not None:
            cell += [[child.type, child.content] for child in token.children or [] if child.content]
        elif token.type in ("td_close", "th_close"):
            row.append(cell)
            cell = None
        elif token.type == "tr_close":
            rows.append(row)
    return rows


def _check_catalog_table(platform: PlatformConfig) -> None:
    rows = _catalog_rows(catalog_markdown(platform))
    foundry = [row for row in rows if len(row) == 4 and row[0] and row[0][0][0] == "code_inline" and row[0][0][1] in platform.foundry.models]
    assert len(foundry) == len(platform.foundry.models)
    for row in foundry:
        model = platform.foundry.models[row[0][0][1]]
        price = [["text", f"{model.price_per_million_tokens_usd:g}"]]
        assert row == [[["code_inline", row[0][0][1]]], [["code_inline", model.model_name]], [["code_inline", model.version]], price]


def test_the_catalog_table_shows_every_catalog_value_whole_in_one_code_span(platform: PlatformConfig) -> None:
    _check_catalog_table(platform)


_ALLOWED = st.from_regex(r"\A[A-Za-z0-9][A-Za-z0-9._-]{0,20}\Z")


@settings(max_examples=60, deadline=None)
@given(names=st.lists(st.tuples(_ALLOWED, _ALLOWED, _ALLOWED), min_size=1, max_size=4, unique_by=lambda t: t[0].lower()))
def test_any_allowed_catalog_value_reaches_the_catalog_table_as_it_is(platform: PlatformConfig, names) -> None:
    template = next(iter(platform.foundry.models.values()))
    models = {key: template.model_copy(update={"model_name": model, "version": version}) for key, model, version in names if key not in platform.kaito_presets}
    if not models:
        return
    changed = platform.model_copy(update={"foundry": platform.foundry.model_copy(update={"models": models})})
    _check_catalog_table(changed)
