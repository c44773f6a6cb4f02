"""platform.yaml: the shipped catalog holds what the platform promises, and bad configs are refused."""

from __future__ import annotations

from pathlib import Path

import pytest
import yaml
from conftest import FIXTURE_PLATFORM, REPO

from ai_access.loading.platform_file import PlatformConfigError, load_platform
from ai_access.models.platform import PlatformConfig


def _write(tmp_path: Path, change) -> str:
    data = yaml.safe_load((FIXTURE_PLATFORM).read_text())
    change(data)
    path = tmp_path / "platform.yaml"
    path.write_text(yaml.safe_dump(data, sort_keys=False))
    return str(path)


@pytest.mark.parametrize(
    ("change", "fragment"),
    [
        (lambda d: d["kaitoPresets"]["phi-4"]["instanceTypes"].append("Standard_D8s_v5"), "not a GPU VM size"),
        (lambda d: d["kaitoPresets"]["phi-4"]["instanceTypes"].append("Standard_NC96ads_A100_v4"), "has no entry in gpuQuotas"),
        (lambda d: d["foundry"]["models"]["gpt-4.1"].update(capacityTpm=150500), "multiple of 1000"),
        (lambda d: d["foundry"]["models"].update({"phi-4": dict(d["foundry"]["models"]["gpt-4.1"])}), "used by both Foundry and KAITO"),
        (lambda d: d["azure"].update(subscriptionId="not-a-guid"), "azure.subscriptionId"),
        (lambda d: d["aks"]["systemPool"].update(minCount=9), "minCount must not exceed maxCount"),
        (lambda d: d["aks"].pop("userPool"), "aks.userPool"),
        (lambda d: d["aks"].update(apiServerAuthorizedIpRanges=[]), "aks.apiServerAuthorizedIpRanges"),
        (lambda d: d["aks"].update(apiServerAuthorizedIpRanges=["203.0.113.7/24"]), "aks.apiServerAuthorizedIpRanges.0"),
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
