"""What every GitOps L2 exposes: its main API object, its name and its metadata, as cdk8s-plus does.

cdk8s-plus's `Resource` (src/base.ts) keeps one `apiObject` and exposes `name` and `metadata` from
it, so callers never need to know which L1 sits below. Here the same handles, in Python's spelling:
`api_object`, `name`, `metadata`. An extension adds a label with `team.product.metadata.add_label(...)`.
"""

from __future__ import annotations

from functools import cached_property

from cdk8s import ApiObject, ApiObjectMetadataDefinition
from constructs import Construct


class Resource(Construct):
    """Base of every GitOps L2: one main API object (the child `Resource`), and its name and metadata from it."""

    api_object: ApiObject
    """The L1 object this construct is about (Product, Workspace, ConfigMap, ...)."""

    def _resource(self, api_object: ApiObject) -> ApiObject:
        """Record the main API object; its `metadata.name` is the construct's `name`."""
        self.api_object = api_object
        return api_object

    @cached_property
    def name(self) -> str:
        """The main object's `metadata.name`: the Kubernetes name other objects refer to."""
        return self.api_object.name

    @property
    def metadata(self) -> ApiObjectMetadataDefinition:
        """The main object's metadata: add labels, annotations or finalizers through it."""
        return self.api_object.metadata
