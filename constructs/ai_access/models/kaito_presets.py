"""The KAITO release the platform runs, and the preset names it serves.

The platform runs KAITO as the AKS AI toolchain operator add-on (`ai_toolchain_operator_enabled`),
which installs the KAITO its AKS version ships (`aks_versions.py`): v0.6.0 on AKS 1.34. That is the
oldest KAITO this project supports, `KAITO_MIN_VERSION`, and it serves everything the output needs:
Workspace `kaito.sh/v1beta1` with `inference.config` (from v0.4.5) and
`inference.preset.presetOptions.modelAccessSecret` (from v0.4.6); `scripts/bootstrap` refuses a
cluster whose Workspace CRD lacks them.

A `kaitoPresets` entry KAITO does not know is refused when `platform.yaml` is read: KAITO's
admission webhook would otherwise refuse every team's Workspace for it at sync time, long after
the pull request was merged.

Source: kaito-project/kaito, `presets/workspace/models/supported_models.yaml` at tag v0.6.0
(commit 461f75cd536b9ede07667b44bcc3e31ff7d6f13a): every preset there but `base` (the runtime image
without model weights) and `phi-2`, which v0.11.0 marks `deprecated: true` and whose Workspaces
KAITO's webhook then refuses ("Model <name> is deprecated and no longer supported",
`api/v1beta1/workspace_validation.go`, `validateCreateWithInference`). The presets of later
releases (`gpt-oss-*` from v0.7.0, `gemma-3-*`, `ministral-3-*`, `mistral-large-3-*` from
v0.11.0) are not served by v0.6.0, so they are refused too. Every preset listed here is still
served, not deprecated, at v0.12.0 (the release whose CRD the tests use). Update this list with
`KAITO_MIN_VERSION` and `aks_versions.py`.
"""

from __future__ import annotations

KAITO_MIN_VERSION = "v0.6.0"
"""The oldest KAITO this project supports: the add-on's on AKS 1.34 (`aks_versions.py`)."""

SUPPORTED_PRESETS = frozenset(
    {
        "deepseek-r1-0528",
        "deepseek-r1-distill-llama-8b",
        "deepseek-r1-distill-qwen-14b",
        "deepseek-v3-0324",
        "falcon-7b",
        "falcon-7b-instruct",
        "falcon-40b",
        "falcon-40b-instruct",
        "llama-3.1-8b-instruct",
        "llama-3.3-70b-instruct",
        "mistral-7b",
        "mistral-7b-instruct",
        "phi-3-mini-4k-instruct",
        "phi-3-mini-128k-instruct",
        "phi-3-medium-4k-instruct",
        "phi-3-medium-128k-instruct",
        "phi-3.5-mini-instruct",
        "phi-4",
        "phi-4-mini-instruct",
        "qwen2.5-coder-7b-instruct",
        "qwen2.5-coder-32b-instruct",
    }
)
"""Preset names KAITO v0.6.0 serves (`supported_models.yaml`, without `base` and `phi-2`)."""

DEPRECATED_PRESETS = frozenset({"phi-2"})
"""Served by v0.6.0, `deprecated: true` from v0.11.0: KAITO refuses a Workspace for them there."""


def preset_problem(name: str) -> str | None:
    """Why KAITO would refuse a Workspace of preset `name`, or None when it serves it."""
    if name in SUPPORTED_PRESETS:
        return None
    if name in DEPRECATED_PRESETS:
        return f"'{name}' is deprecated from KAITO v0.11.0 and no longer supported there; choose another preset"
    return (
        f"'{name}' is not a preset KAITO {KAITO_MIN_VERSION} serves (its supported_models.yaml; the AKS add-on's KAITO); "
        "the key must be KAITO's preset name, e.g. phi-4 or mistral-7b-instruct"
    )
