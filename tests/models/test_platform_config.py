"""platform.yaml: the shipped catalog holds what the platform promises, and bad configs are refused."""

from __future__ import annotations

from pathlib import Path

import pytest
import yaml
from support.files import FIXTURE_PLATFORM, copy_fragments

from ai_access.loading.platform_file import PlatformConfigError, load_platform
from ai_access.models.platform import PlatformConfig


def _write(tmp_path: Path, change) -> str:
    data = yaml.safe_load((FIXTURE_PLATFORM).read_text())
    change(data)
    path = tmp_path / "platform.yaml"
    path.write_text(yaml.safe_dump(data, sort_keys=False))
    copy_fragments(tmp_path)
    return str(path)


@pytest.mark.parametrize(
    ("change", "fragment"),
    [
        (lambda d: d["kaitoPresets"]["phi-4"]["instanceTypes"].append("Standard_D8s_v5"), "not a GPU VM size"),
        (lambda d: d["kaitoPresets"]["phi-4"]["instanceTypes"].append("Standard_NC96ads_A100_v4"), "has no entry in gpuQuotas"),
        (lambda d: d["foundry"]["models"]["gpt-4.1"].update(capacityTpm=150500), "multiple of 1000"),
        (lambda d: d["foundry"]["models"].update({"phi-4": dict(d["foundry"]["models"]["gpt-4.1"])}), "is both a Foundry model and a KAITO preset"),
        (lambda d: d["azure"].update(subscriptionId="not-a-guid"), "azure.subscriptionId"),
        (lambda d: d["aks"]["systemPool"].update(minCount=9), "minCount must not exceed maxCount"),
        (lambda d: d["aks"].pop("userPool"), "aks.userPool"),
        (lambda d: d["aks"].update(apiServerAuthorizedIpRanges=[]), "aks.apiServerAuthorizedIpRanges"),
        (lambda d: d["aks"].update(apiServerAuthorizedIpRanges=["203.0.113.7/24"]), "aks.apiServerAuthorizedIpRanges[0]"),
        (lambda d: d.update(colour="blue"), "colour"),
        (lambda d: d["gitops"].update(teamsPath="deploy/apps"), "followed by /teams"),
        (lambda d: d["aks"].update(ingressPrivateIp="8.8.8.8"), "not in a private range"),
        (lambda d: d["kaitoPresets"]["phi-4"].update(gated="yes"), "kaitoPresets.phi-4.gated"),
    ],
)
def test_invalid_platform_configuration_is_refused_with_its_line(tmp_path: Path, change, fragment: str) -> None:
    path = _write(tmp_path, change)
    with pytest.raises(PlatformConfigError) as raised:
        load_platform(path)
    text = "\n".join(problem.format() for problem in raised.value.problems)
    assert fragment in text and text.startswith(f"{path}:")


def test_arm_ids_the_gitops_layer_uses_come_from_the_config(platform: PlatformConfig) -> None:
    sub = platform.azure.subscription_id
    assert platform.apim_service_id == f"/subscriptions/{sub}/resourceGroups/rg-aiplatform/providers/Microsoft.ApiManagement/service/apim-aiplatform-contoso"
    assert platform.foundry_account_id.endswith("/providers/Microsoft.CognitiveServices/accounts/aif-aiplatform")
    assert platform.team_resource_group_id == f"/subscriptions/{sub}/resourceGroups/rg-aiplatform-teams"


def _line_of(path: str, text: str) -> int:
    """1-based line of the first line of the file at `path` that contains `text`."""
    lines = Path(path).read_text().splitlines()
    return next(number for number, line in enumerate(lines, 1) if text in line)


def _rename_preset(old: str, new: str):
    def change(data: dict) -> None:
        presets = data["kaitoPresets"]
        data["kaitoPresets"] = {(new if name == old else name): preset for name, preset in presets.items()}

    return change


@pytest.mark.parametrize(
    ("change", "located_at", "field", "fragment"),
    [
        (lambda d: d["kaitoPresets"]["phi-4"]["instanceTypes"].append("Standard_D8s_v5"), "- Standard_D8s_v5",
         "kaitoPresets.phi-4.instanceTypes[2]", "Standard_D8s_v5 is not a GPU VM size"),
        (lambda d: d["kaitoPresets"]["phi-4"]["instanceTypes"].append("Standard_NC96ads_A100_v4"), "- Standard_NC96ads_A100_v4",
         "kaitoPresets.phi-4.instanceTypes[2]", "Standard_NC96ads_A100_v4 has no entry in gpuQuotas"),
        (lambda d: d["aks"]["systemPool"].update(minCount=9), "minCount: 9", "aks.systemPool.minCount", "minCount must not exceed maxCount"),
        (lambda d: d["foundry"]["models"].update({"phi-4": dict(d["foundry"]["models"]["gpt-4.1"])}), "  phi-4:",
         "foundry.models.phi-4", "'phi-4' is both a Foundry model and a KAITO preset"),
        (_rename_preset("phi-4", "phi-5"), "phi-5:", "kaitoPresets.phi-5",
         "'phi-5' is not a preset KAITO v0.6.0 serves (its supported_models.yaml"),
        (_rename_preset("phi-4", "phi-2"), "phi-2:", "kaitoPresets.phi-2", "'phi-2' is deprecated from KAITO v0.11.0 and no longer supported"),
        (_rename_preset("phi-4", "base"), "base:", "kaitoPresets.base", "'base' is not a preset KAITO v0.6.0 serves"),
        # Served from KAITO v0.7.0 / v0.11.0, not by the AKS add-on's v0.6.0 (models/kaito_presets.py).
        (_rename_preset("phi-4", "gpt-oss-20b"), "gpt-oss-20b:", "kaitoPresets.gpt-oss-20b", "'gpt-oss-20b' is not a preset KAITO v0.6.0 serves"),
        (_rename_preset("phi-4", "gemma-3-4b-instruct"), "gemma-3-4b-instruct:", "kaitoPresets.gemma-3-4b-instruct",
         "'gemma-3-4b-instruct' is not a preset KAITO v0.6.0 serves"),
        # AKS 1.33: LTS only (Premium tier) and the add-on's KAITO 0.4.5; 1.35: no add-on version documented.
        (lambda d: d["aks"].update(kubernetesVersion="1.33"), "kubernetesVersion:", "aks.kubernetesVersion",
         "AKS 1.33 is available only under long-term support, which needs the Premium tier (this stack runs Standard); "
         'its AI toolchain operator add-on runs KAITO 0.4.5, older than v0.6.0; use "1.34"'),
        (lambda d: d["aks"].update(kubernetesVersion="1.35.2"), "kubernetesVersion:", "aks.kubernetesVersion",
         "Microsoft documents no AI toolchain operator (KAITO) version for AKS 1.35"),
        (lambda d: d.update(gpuPricePerNodeHourUsd={"Standard_NC24ads_A100_v4": 3.0, "Standard_ND96asr_v4": 27.2}),
         "Standard_ND96asr_v4:", "gpuPricePerNodeHourUsd.Standard_ND96asr_v4", "Standard_ND96asr_v4 is not a size of gpuQuotas"),
    ],
    ids=["cpu-size", "size-without-quota", "min-over-max", "foundry-and-kaito", "unknown-preset", "deprecated-preset", "base-image",
         "preset-of-v0.7", "preset-of-v0.11", "aks-1.33", "aks-1.35", "price-of-an-unknown-size"],
)
def test_platform_problems_point_at_the_line_of_the_offending_key(tmp_path: Path, change, located_at: str, field: str, fragment: str) -> None:
    path = _write(tmp_path, change)
    with pytest.raises(PlatformConfigError) as raised:
        load_platform(path)
    lines = [problem.format() for problem in raised.value.problems]
    assert lines == [f"{path}:{_line_of(path, located_at)}: {field}: {lines[0].split(': ', 2)[2]}"], lines
    assert fragment in lines[0]


def test_every_catalog_problem_is_reported_at_once(tmp_path: Path) -> None:
    def change(data: dict) -> None:
        data["kaitoPresets"]["phi-4"]["instanceTypes"] = ["Standard_D8s_v5", "Standard_NC96ads_A100_v4"]

    with pytest.raises(PlatformConfigError) as raised:
        load_platform(_write(tmp_path, change))
    assert [p.field for p in raised.value.problems] == ["kaitoPresets.phi-4.instanceTypes[0]", "kaitoPresets.phi-4.instanceTypes[1]"]

