"""Where the tests get CRDs, and `make crds`: every upstream URL and version in one place.

The schema tests and `make imports` need the CRDs of the ASO, KAITO, ArgoCD and AKS metrics add-on releases this
project states as its versions (docs/requirements.md). They are never copied into the project. Lookup
order, first folder that holds them all: `$AI_ACCESS_CRDS_DIR`, then `../shared/crds` beside the
repository, then `build/upstream-crds/`, which `make crds` fills from the upstream release locations.

`make crds` keeps each CRD's one version this project uses and drops field descriptions, the same
trimming the CRDs in `../shared/crds` have, so `make imports` generates the same bindings from either.

    .venv/bin/python tests/support/upstream_crds.py download build/upstream-crds
    .venv/bin/python tests/support/upstream_crds.py where
"""

from __future__ import annotations

import os
import sys
import urllib.request
from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import yaml

REPO = Path(__file__).resolve().parents[2]
ENV_VAR = "AI_ACCESS_CRDS_DIR"
USAGE = "usage: upstream_crds.py download DIR | where"
DOWNLOAD_DIR = REPO / "build" / "upstream-crds"

# ASO v2.21.0: the first release serving RoleAssignment as v20220401 (v2.20.0 has only v1api20220401).
ASO_VERSION = "v2.21.0"
KAITO_VERSION = "v0.12.0"
ARGOCD_VERSION = "v3.3.14"
APP_ROUTING_VERSION = "v0.2.25"
"""Azure/aks-app-routing-operator, whose CRD declares the NginxIngressController of dist/bootstrap/."""
# The AKS metrics add-on (Azure Managed Prometheus, ama-metrics) ships its PodMonitor CRD in its chart;
# the repository has no release tags for it, so a commit of main: 39583fd5, tagged
# v7.1.1-main-07-21-2026-39583fd5, whose target allocator is built on prometheus-operator v0.92.0.
METRICS_ADDON_COMMIT = "39583fd50b2f828f83cc18fc0cece9e3074f56db"

_ASO_BUNDLE = (
    f"https://github.com/Azure/azure-service-operator/releases/download/{ASO_VERSION}/"
    f"azureserviceoperator_customresourcedefinitions_{ASO_VERSION}.yaml"
)
_KAITO_RAW = f"https://raw.githubusercontent.com/kaito-project/kaito/{KAITO_VERSION}/config/crd/bases"
_ARGOCD_RAW = f"https://raw.githubusercontent.com/argoproj/argo-cd/{ARGOCD_VERSION}/manifests/crds"
_METRICS_ADDON_RAW = (
    f"https://raw.githubusercontent.com/Azure/prometheus-collector/{METRICS_ADDON_COMMIT}/"
    "otelcollector/deploy/addon-chart/azure-monitor-metrics-addon/templates"
)


@dataclass(frozen=True)
class Crd:
    """One CRD the project needs: the file it is kept in, where it comes from, the version kept."""

    file: str
    """Path below the CRD folder, as in `../shared/crds`."""
    url: str
    """Upstream location: a single CRD, or ASO's release bundle of all its CRDs."""
    name: str
    """`metadata.name` of the CRD (picks it out of a bundle)."""
    version: str
    """The one API version the project uses; the others are dropped."""


def _aso(group: str, plural: str, version: str) -> Crd:
    return Crd(f"aso/{group}_{plural}.yaml", _ASO_BUNDLE, f"{plural}.{group}", version)


CRDS: tuple[Crd, ...] = (
    *(_aso("apimanagement.azure.com", plural, "v20240501") for plural in ("products", "productpolicies", "productapis", "subscriptions", "backends")),
    _aso("cognitiveservices.azure.com", "projects", "v20250601"),
    _aso("authorization.azure.com", "roleassignments", "v20220401"),
    _aso("insights.azure.com", "components", "v1api20200202"),
    Crd("kaito/kaito.sh_workspaces.yaml", f"{_KAITO_RAW}/kaito.sh_workspaces.yaml", "workspaces.kaito.sh", "v1beta1"),
    *(
        Crd(f"argocd/argoproj.io_{plural}.yaml", f"{_ARGOCD_RAW}/{source}", f"{plural}.argoproj.io", "v1alpha1")
        for plural, source in (
            ("appprojects", "appproject-crd.yaml"),
            ("applications", "application-crd.yaml"),
            ("applicationsets", "applicationset-crd.yaml"),
        )
    ),
    Crd(
        "prometheus/azmonitoring.coreos.com_podmonitors.yaml",
        f"{_METRICS_ADDON_RAW}/ama-metrics-podmonitor-crd.yaml",
        "podmonitors.azmonitoring.coreos.com",
        "v1",
    ),
)


OPTIONAL_CRDS: tuple[Crd, ...] = (
    Crd(
        "approuting/approuting.kubernetes.azure.com_nginxingresscontrollers.yaml",
        f"https://raw.githubusercontent.com/Azure/aks-app-routing-operator/{APP_ROUTING_VERSION}/config/crd/bases/"
        "approuting.kubernetes.azure.com_nginxingresscontrollers.yaml",
        "nginxingresscontrollers.approuting.kubernetes.azure.com",
        "v1alpha1",
    ),
)
"""CRDs `make crds` fetches that a CRD folder need not hold (`../shared/crds` has none of them): when one
is found, objects of its kind are checked against it; otherwise against the hand-checked schema of
`support.hand_schemas`, which a test compares with it whenever it is there."""


class CrdsNotFound(Exception):
    """No candidate folder holds every CRD the tests need."""


def candidates(env: Mapping[str, str] = os.environ) -> list[Path]:
    """The folders looked in, in order."""
    found = [Path(env[ENV_VAR])] if env.get(ENV_VAR) else []
    return [*found, REPO.parent / "shared" / "crds", DOWNLOAD_DIR]


def holds_crds(folder: Path) -> bool:
    """True when `folder` has every CRD file the project needs."""
    return all((folder / crd.file).is_file() for crd in CRDS)


def crds_dir(env: Mapping[str, str] = os.environ) -> Path:
    """The first candidate folder holding every CRD; `CrdsNotFound` with a one-line message otherwise."""
    folders = candidates(env)
    for folder in folders:
        if holds_crds(folder):
            return folder
    shown = ", ".join(str(folder) for folder in folders)
    raise CrdsNotFound(f"no CRDs for the schema tests in {shown}: run `make crds` (or set {ENV_VAR})")


def optional_crd_files(env: Mapping[str, str] = os.environ) -> list[Path]:
    """The optional CRDs found in any candidate folder (the first copy of each)."""
    found = []
    for crd in OPTIONAL_CRDS:
        found += [path for path in (folder / crd.file for folder in candidates(env)) if path.is_file()][:1]
    return found


def trim(crd: dict[str, Any], version: str) -> dict[str, Any]:
    """`crd` with only `version` and without field descriptions or a conversion webhook."""
    spec = crd["spec"]
    versions = [v for v in spec["versions"] if v["name"] == version]
    if not versions:
        raise ValueError(f"{crd['metadata']['name']} has no version {version}")
    spec["versions"] = [_without_descriptions(v) for v in versions]
    spec.pop("conversion", None)
    return crd


def _without_descriptions(node: Any) -> Any:
    if isinstance(node, dict):
        # A property may itself be called "description": only the schema keyword (a string) goes.
        return {k: _without_descriptions(v) for k, v in node.items() if not (k == "description" and isinstance(v, str))}
    if isinstance(node, list):
        return [_without_descriptions(v) for v in node]
    return node


def select(documents: list[Any], crd: Crd) -> dict[str, Any]:
    """The trimmed CRD named `crd.name` among `documents`."""
    for document in documents:
        if isinstance(document, dict) and document.get("metadata", {}).get("name") == crd.name:
            return trim(document, crd.version)
    raise ValueError(f"{crd.name} not found at {crd.url}")


def download(into: Path, fetch: Any = None) -> list[Path]:
    """Fetch every CRD into `into` (each URL once); returns the files written."""
    fetch = fetch or _fetch
    cache: dict[str, list[Any]] = {}
    written = []
    for crd in (*CRDS, *OPTIONAL_CRDS):
        if crd.url not in cache:
            cache[crd.url] = list(yaml.load_all(fetch(crd.url), Loader=yaml.CSafeLoader))
        path = into / crd.file
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(yaml.safe_dump(select(cache[crd.url], crd), sort_keys=False), encoding="utf-8")
        written.append(path)
    return written


def _fetch(url: str) -> str:
    with urllib.request.urlopen(url, timeout=60) as response:  # noqa: S310 - fixed https URLs above
        return response.read().decode("utf-8")


def main(argv: list[str]) -> int:
    """`download DIR` or `where`; exit 1 with one line when that fails."""
    try:
        if argv[:1] == ["where"]:
            print(crds_dir())
            return 0
        if argv[:1] == ["download"] and len(argv) == 2:
            for path in download(Path(argv[1])):
                print(f"wrote {path}")
            return 0
    except CrdsNotFound as error:
        print(error, file=sys.stderr)
        return 1
    except OSError as error:  # no route to GitHub, a proxy refusing, a full disk
        print(f"crds: download failed: {error}", file=sys.stderr)
        return 1
    print(USAGE, file=sys.stderr)
    return 2


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
