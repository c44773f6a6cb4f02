"""The requesters' catalog says what the playground lets a member call outside the gateway (issue 27, point 9).

Azure AI User on the project carries the data actions of inference on the account's deployments
(MicrosoftDocs/azure-ai-docs articles/foundry/concepts/rbac-foundry.md; review/playground.py): a
playground user reaches every Foundry model of the catalog, whatever the request names.
"""

from __future__ import annotations

from ai_access.models.platform import PlatformConfig
from ai_access.reference.catalog import catalog_markdown


def test_the_catalog_names_every_foundry_model_a_playground_user_can_call_and_that_the_gateway_does_not_limit_it(platform: PlatformConfig) -> None:
    text = " ".join(catalog_markdown(platform).split())
    (sentence,) = [line for line in catalog_markdown(platform).splitlines() if line.startswith("With `playgroundAccess`")]
    assert all(f"`{name}`" in sentence for name in platform.foundry.models)
    assert f"every one of these {len(platform.foundry.models)} models" in sentence
    assert "do not go through the gateway, so its model allowlist and your token limits do not apply" in text
