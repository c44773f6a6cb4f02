"""Every `platform.yaml` field is documented: `docs/platform-reference.md` is generated from the models and kept current.

A field without a docstring fails here, the generated tables list exactly the models' fields
under their key paths, and the committed page is what `catalog --update` (run by `make synth`)
writes, so the page cannot fall behind the model.
"""

from __future__ import annotations

import io
import re
import typing
from pathlib import Path

from support.files import FIXTURE_PLATFORM, REPO
from pydantic import BaseModel, ConfigDict

from ai_access.reference.catalog import CatalogMarkersError, update_catalog
from ai_access.cli import main
from ai_access.models.platform import PlatformConfig
from ai_access.reference.platform_fields import BEGIN, END, field_paths_without_docstring, platform_reference_markdown

PAGE = REPO / "docs" / "platform-reference.md"


def test_every_field_of_platform_yaml_has_a_docstring() -> None:
    assert field_paths_without_docstring() == []


def test_a_field_without_a_docstring_is_found() -> None:
    class Settings(BaseModel):
        model_config = ConfigDict(use_attribute_docstrings=True)

        documented: int = 1
        """Has one."""
        bare: str = ""

    class Top(BaseModel):
        model_config = ConfigDict(use_attribute_docstrings=True)

        settings: dict[str, Settings] = {}
        """Settings by name."""

    assert field_paths_without_docstring(Top) == ["settings.<name>.bare"]


def test_the_tables_hold_every_field_under_its_key_path() -> None:
    # GIVEN the generated page, split into its sections (### `path`) and their rows
    sections: dict[str, dict[str, str]] = {}
    current = ""
    for line in platform_reference_markdown().splitlines():
        if line.startswith("### "):
            current = line.removeprefix("### ").strip("`") if "`" in line else ""
            sections[current] = {}
        elif line.startswith("| `"):
            key = line.split("`")[1]
            sections[current][key] = line
    # THEN each model's fields are the rows of its section, each with its docstring
    expected = _sections(PlatformConfig, "")
    assert {path: set(rows) for path, rows in sections.items()} == {path: set(fields) for path, fields in expected.items()}
    for path, fields in expected.items():
        for key, description in fields.items():
            assert " ".join(description.split()) in sections[path][key], (path, key)
    # the fields the issue found documented nowhere
    assert "`OpenAI`" in sections["foundry.models.<name>"]["format"]
    assert "`GlobalStandard`" in sections["foundry.models.<name>"]["skuName"]
    assert "`S0`" in sections["foundry"]["skuName"]
    assert "`https://kubernetes.default.svc`" in sections["gitops"]["destinationServer"]


def _sections(model: type[BaseModel], path: str) -> dict[str, dict[str, str]]:
    found = {path: {info.alias or name: info.description or "" for name, info in model.model_fields.items()}}
    below = {
        "azure": "azure", "foundry": "foundry", "apim": "apim", "aks": "aks", "teamLimits": "teamLimits", "budgets": "budgets", "gitops": "gitops",
        "systemPool": "aks.systemPool", "userPool": "aks.userPool", "models": "foundry.models.<name>",
        "kaitoPresets": "kaitoPresets.<name>", "retiredTeams": "retiredTeams[]", "observability": "observability",
        "kaitoAlerts": "observability.kaitoAlerts", "argocd": "observability.argocd", "platformChannel": "observability.argocd.platformChannel", "onExpiry": "gitops.onExpiry",
    }
    for name, info in model.model_fields.items():
        key = info.alias or name
        target = _model_of(info.annotation)
        if target is not None:
            found |= _sections(target, below[key])
    return found


def _model_of(annotation) -> type[BaseModel] | None:
    # Read independently of reference/platform_fields.py: the model itself, or the model a list's or map's values are.
    if isinstance(annotation, type) and issubclass(annotation, BaseModel):
        return annotation
    return next((found for arg in typing.get_args(annotation) if (found := _model_of(arg)) is not None), None)


def test_the_committed_page_is_current(platform: PlatformConfig) -> None:
    text = PAGE.read_text(encoding="utf-8")
    assert update_catalog(text, platform) == text, (
        "docs/platform-reference.md is stale: run `make synth` "
        "(or `.venv/bin/python main.py catalog --update docs/platform-reference.md`) and commit it"
    )


def test_catalog_update_rewrites_a_stale_page(tmp_path: Path) -> None:
    page = tmp_path / "platform-reference.md"
    head, _, rest = PAGE.read_text(encoding="utf-8").partition(BEGIN)
    page.write_text(f"{head}{BEGIN}\n| `oldKey` | text | required | gone |\n{END}{rest.partition(END)[2]}", encoding="utf-8")
    code = main(["catalog", "--platform", str(FIXTURE_PLATFORM), "--update", str(page)], stdout=io.StringIO(), stderr=io.StringIO())
    assert code == 0
    assert page.read_text(encoding="utf-8") == PAGE.read_text(encoding="utf-8")


def test_a_file_with_a_broken_pair_of_reference_markers_is_refused(platform: PlatformConfig) -> None:
    for text in (f"{END}\n{BEGIN}\n", f"{BEGIN}\n{BEGIN}\n{END}\n", "no markers\n"):
        try:
            update_catalog(text, platform)
        except CatalogMarkersError:
            continue
        raise AssertionError(f"accepted {text!r}")


def test_make_synth_updates_the_page() -> None:
    recipe = re.search(r"^synth:.*?\n((?:\t.*\n)+)", (REPO / "Makefile").read_text(), re.MULTILINE)
    assert recipe and "main.py catalog --update docs/platform-reference.md" in recipe.group(1)
