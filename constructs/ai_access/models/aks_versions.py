"""Which AKS minor the platform stack may pin: standard support on the Standard tier, and a known KAITO.

The stack runs AKS on the Standard tier (`platform/aks_cluster.py`) with the AI toolchain operator
add-on, whose KAITO is fixed by the AKS minor. Sources (MicrosoftDocs/azure-aks-docs, commit
fb060abe6a8fef960d4c487b543bf7b1e97808fe):

* `articles/aks/supported-kubernetes-versions.md`, "AKS components breaking changes by version":
  the Kubernetes 1.34 row lists `ai-toolchain-operator 0.6.0`, the 1.33 row `ai-toolchain-operator
  0.4.5`; the 1.32, 1.35 and 1.36 rows list none. `articles/aks/ai-toolchain-operator.md`: "The AI
  toolchain operator add-on currently supports KAITO version 0.6.0".
* Azure/AKS `CHANGELOG.md`, release 2026-07-17: "Kubernetes version 1.33 is now available only under
  long-term support (LTS)"; `articles/aks/long-term-support.md`: "Enabling LTS requires moving your
  cluster to the Premium tier". The same table gives 1.34 standard support until November 2026.

KAITO 0.4.5 also lacks `presetOptions.modelAccessSecret` (added in v0.4.6), which gated presets
need. So 1.34 is the one minor this stack pins; add a minor here once Microsoft documents the
add-on's KAITO for it (and `KAITO_MIN_VERSION` still holds).
"""

from __future__ import annotations

from ai_access.models.kaito_presets import KAITO_MIN_VERSION

ADDON_KAITO = {"1.33": "0.4.5", "1.34": "0.6.0"}
"""KAITO version of the AI toolchain operator add-on, by AKS minor (supported-kubernetes-versions.md)."""
LTS_ONLY = frozenset({"1.33"})
"""Minors AKS offers only under long-term support, which needs the Premium tier."""
SUPPORTED_MINORS = ("1.34",)
"""The minors `aks.kubernetesVersion` may name: standard support, and the add-on runs KAITO >= `KAITO_MIN_VERSION`."""


def version_problem(version: str) -> str | None:
    """Why the stack cannot run AKS `version` ("1.34" or "1.34.9"), or None when it can."""
    minor = ".".join(version.split(".")[:2])
    if minor in SUPPORTED_MINORS:
        return None
    use = f'use "{SUPPORTED_MINORS[-1]}"'
    why = []
    if minor in LTS_ONLY:
        why.append(f"AKS {minor} is available only under long-term support, which needs the Premium tier (this stack runs Standard)")
    if minor in ADDON_KAITO:
        why.append(f"its AI toolchain operator add-on runs KAITO {ADDON_KAITO[minor]}, older than {KAITO_MIN_VERSION}")
    else:
        why.append(f"Microsoft documents no AI toolchain operator (KAITO) version for AKS {minor}, so the KAITO it would run is unknown")
    return "; ".join(why) + f"; {use} (models/aks_versions.py)"
