"""`platform.yaml` problems in the words of the request messages: the allowed keys, the fix, the value echoed.

Each case edits one line of the fixture platform file as a person would and expects every problem
line whole (`PATH:LINE: field: message`), so pydantic's own words ("Extra inputs are not
permitted", "Input should be a valid string") cannot come back.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from support.files import FIXTURE_PLATFORM, copy_fragments

from ai_access.loading.platform_file import PlatformConfigError, load_platform

GUID_SHAPE = "8-4-4-4-12 hexadecimal digits, like 3f2b8c1e-5a7d-4e9f-8b6a-1c2d3e4f5a6b"
TEXT = FIXTURE_PLATFORM.read_text(encoding="utf-8")


def problems_of(tmp_path: Path, old: str, new: str) -> list[str]:
    assert TEXT.count(old) == 1, old
    path = tmp_path / "platform.yaml"
    path.write_text(TEXT.replace(old, new), encoding="utf-8")
    copy_fragments(tmp_path)
    with pytest.raises(PlatformConfigError) as raised:
        load_platform(str(path))
    return [problem.format().removeprefix(f"{path}:") for problem in raised.value.problems]


def line_of(text: str) -> int:
    return next(number for number, line in enumerate(TEXT.splitlines(), 1) if text in line)


@pytest.mark.parametrize(
    ("old", "new", "field", "message"),
    [
        # YAML reads an unquoted version as a date and an unquoted 1.30 as a number: say to quote them.
        ('      version: "2025-12-11"', "      version: 2025-12-11", "foundry.models.gpt-5.2.version",
         'must be text, but YAML reads 2025-12-11 without quotes as a date: quote it ("2025-12-11")'),
        ('kubernetesVersion: "1.34"', "kubernetesVersion: 1.30", "aks.kubernetesVersion",
         "must be text, but YAML reads 1.3 without quotes as a number: write the value in quotes"),
        ("  apiId: ai-inference", "  apiId: true", "apim.apiId", "must be text, but YAML reads true without quotes as a boolean: write the value in quotes"),
        # An unknown key names the one meant, and the meant one is not said missing as well.
        ("  revision: main", "  revison: main", "gitops.revison", "unknown field; did you mean revision?"),
        ("  repoUrl: https", "  repoURL: https", "gitops.repoURL", "unknown field; did you mean repoUrl?"),
        # Without a close key, the allowed keys.
        ("  revision: main", "  branch: main", "gitops.branch",
         "unknown field; allowed: repoUrl, revision, teamsPath, argocdNamespace, destinationServer, commonLabels, commonAnnotations, onExpiry, keyOverlapDays, maxKeyAgeDays"),
        ("  subscriptionId: 00000000-0000-0000-0000-000000000000", "  subscriptionId: 1234", "azure.subscriptionId", f"must be a GUID: {GUID_SHAPE} (got 1234)"),
        ("  tenantId: 00000000-0000-0000-0000-000000000000", "  tenantId: contoso.onmicrosoft.com", "azure.tenantId",
         f"must be a GUID: {GUID_SHAPE} (got 'contoso.onmicrosoft.com')"),
        ("      capacityTpm: 100000", "      capacityTpm: lots", "foundry.models.gpt-5.2.capacityTpm", "must be a whole number, like 5000 (got 'lots')"),
        ("  keepProjectsOnDelete: true", '  keepProjectsOnDelete: "true"', "foundry.keepProjectsOnDelete",
         "must be true or false without quotes (got the string 'true')"),
        ("  skuName: StandardV2_1", "  skuName: Standard", "apim.skuName",
         "must be 'BasicV2_1', 'StandardV2_1', 'StandardV2_2', 'PremiumV2_1', 'Developer_1' or 'Premium_1' (got 'Standard')"),
        ("  publisherName: Contoso AI Platform", "  publisherName:", "apim.publisherName", "is empty: write its value after the colon"),
    ],
    ids=["unquoted-date", "unquoted-number", "unquoted-boolean", "typo", "capitals", "unknown", "guid-number", "guid-text",
         "whole-number", "quoted-boolean", "choice", "empty"],
)
def test_a_platform_mistake_is_said_as_a_request_mistake_is(tmp_path: Path, old: str, new: str, field: str, message: str) -> None:
    line = line_of(old.strip())
    assert problems_of(tmp_path, old, new) == [f"{line}: {field}: {message}"]


def test_a_misspelt_required_key_is_one_line_and_other_missing_keys_are_still_said(tmp_path: Path) -> None:
    # vmSize misspelt in the system pool (required there); maxCount removed from it.
    text = "  systemPool:                               # critical add-ons only (tainted CriticalAddonsOnly)\n    vmSize: Standard_D4ds_v5\n    minCount: 2\n    maxCount: 5\n"
    found = problems_of(tmp_path, text, text.replace("vmSize", "vmsize").replace("    maxCount: 5\n", ""))
    pool = line_of("  systemPool:")
    assert found == [f"{pool}: aks.systemPool.maxCount: required field is missing", f"{pool + 1}: aks.systemPool.vmsize: unknown field; did you mean vmSize?"]
