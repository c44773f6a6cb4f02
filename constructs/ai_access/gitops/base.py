"""What every GitOps L2 exposes: its main API object, its name and its metadata, as cdk8s-plus does.

cdk8s-plus's `Resource` (src/base.ts) keeps one `apiObject` and exposes `name` and `metadata` from
it, so callers never need to know which L1 sits below. Here the same handles, in Python's spelling:
`api_object`, `name`, `metadata`. An extension adds a label with `team.product.metadata.add_label(...)`.
"""

from __future__ import annotations

from cdk8s import ApiObject, ApiObjectMetadataDefinition
from constructs import Construct


class TeamResource(Construct):
    """Base of every GitOps L2: one main API object (the child `Resource`), its name and metadata."""

    api_object: ApiObject
    """The L1 object this construct is about (Product, Workspace, ConfigMap, ...)."""
    name: str
    """Its `metadata.name`: the Kubernetes name other objects refer to."""

    def _resource(self, api_object: ApiObject, name: str) -> ApiObject:
        """Record the main API object; `name` is the `metadata.name` it was given."""
        self.api_object = api_object
        self.name = name
        return api_object

    @property
    def metadata(self) -> ApiObjectMetadataDefinition:
        """The main object's metadata: add labels, annotations or finalizers through it."""
        return self.api_object.metadata
