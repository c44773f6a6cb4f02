"""The preset names KAITO itself serves, at the oldest KAITO release this project supports.

A `kaitoPresets` entry KAITO does not know is refused when `platform.yaml` is read: KAITO's
admission webhook would otherwise refuse every team's Workspace for it at sync time, long after
the pull request was merged.

Source: kaito-project/kaito, `presets/workspace/models/supported_models.yaml` at tag v0.11.0
(commit 7545aa214f72475081330dd4c4b5c0a30f494870). `base` is left out: it is the runtime image
without model weights, not a model. KAITO's webhook refuses a preset marked `deprecated: true`
("Model <name> is deprecated and no longer supported", `api/v1beta1/workspace_validation.go`,
`validateCreateWithInference`, same tag). Update both lists together with `KAITO_MIN_VERSION`.
"""

from __future__ import annotations

KAITO_MIN_VERSION = "v0.11.0"
"""The oldest KAITO this project supports: from v0.11.0 KAITO serves `mistral-7b-instruct` under
the name `mistral-7b-instruct-v0.3`, which the gateway's model rewrite relies on."""

SUPPORTED_PRESETS = frozenset(
    {
        "llama-3.1-8b-instruct",
        "llama-3.3-70b-instruct",
        "deepseek-r1-0528",
        "deepseek-v3-0324",
        "falcon-7b",
        "falcon-7b-instruct",
        "falcon-40b",
        "falcon-40b-instruct",
        "mistral-7b",
        "mistral-7b-instruct",
        "ministral-3-3b-instruct",
        "ministral-3-8b-instruct",
        "ministral-3-14b-instruct",
        "mistral-large-3-675b-instruct",
        "phi-3-mini-4k-instruct",
        "phi-3-mini-128k-instruct",
        "phi-3-medium-4k-instruct",
        "phi-3-medium-128k-instruct",
        "phi-3.5-mini-instruct",
        "phi-4-mini-instruct",
        "phi-4",
        "qwen2.5-coder-7b-instruct",
        "qwen2.5-coder-32b-instruct",
        "deepseek-r1-distill-qwen-14b",
        "deepseek-r1-distill-llama-8b",
        "gemma-3-4b-instruct",
        "gemma-3-27b-instruct",
        "gpt-oss-20b",
        "gpt-oss-120b",
    }
)
"""Preset names KAITO serves (`supported_models.yaml`, without `base` and the deprecated ones)."""

DEPRECATED_PRESETS = frozenset({"phi-2"})
"""Listed in `supported_models.yaml` with `deprecated: true`: KAITO refuses a Workspace for them."""


def preset_problem(name: str) -> str | None:
    """Why KAITO would refuse a Workspace of preset `name`, or None when it serves it."""
    if name in SUPPORTED_PRESETS:
        return None
    if name in DEPRECATED_PRESETS:
        return f"'{name}' is deprecated in KAITO {KAITO_MIN_VERSION} and no longer supported; choose another preset"
    return (
        f"'{name}' is not a preset KAITO {KAITO_MIN_VERSION} serves (its supported_models.yaml); "
        "the key must be KAITO's preset name, e.g. phi-4 or mistral-7b-instruct"
    )
