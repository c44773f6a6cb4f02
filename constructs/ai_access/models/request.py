"""The typed access request: what one team asks for, independent of the file format it came in.

The seed's ConfigMap format (`loading/configmap.py`) is parsed into `AccessRequest`; checks that need
the platform catalog or several requests live in `validation/`, not here, so this model can be
built and tested alone.
"""

from __future__ import annotations

import re
from datetime import date
from typing import Annotated, Literal
from uuid import UUID

from pydantic import (
    BaseModel,
    ConfigDict,
    EmailStr,
    Field,
    StrictBool,
    StrictInt,
    StringConstraints,
    field_validator,
    model_validator,
)

DNS_LABEL = re.compile(r"^[a-z0-9]([-a-z0-9]*[a-z0-9])?$")

TeamName = Annotated[
    str,
    StringConstraints(min_length=2, max_length=63),
]
CostCenter = Annotated[str, StringConstraints(min_length=1, max_length=64, strip_whitespace=False)]


def _camel(name: str) -> str:
    head, *rest = name.split("_")
    return head + "".join(part.title() for part in rest)


class _RequestModel(BaseModel):
    model_config = ConfigDict(
        extra="forbid",
        populate_by_name=True,
        frozen=True,
        alias_generator=_camel,
        str_strip_whitespace=False,
        use_attribute_docstrings=True,  # field docstrings become JSON Schema descriptions for editors
    )


class ModelRequest(_RequestModel):
    """One model a team asks for: a shared Foundry deployment or a dedicated KAITO workspace."""

    name: Annotated[str, StringConstraints(min_length=1, max_length=64)]
    """Catalog name: a Foundry deployment (gpt-4.1, ...) or a KAITO preset (phi-4, ...)."""
    type: Literal["foundry", "kaito"]
    """foundry: shared, pay per token; kaito: a dedicated GPU workspace for the team."""
    enabled: StrictBool = True
    """false keeps the entry but produces nothing and the gateway refuses the model."""
    instance_type: Annotated[str, StringConstraints(pattern=r"^Standard_[A-Za-z0-9_]+$")] | None = None
    """GPU VM size of the KAITO workspace; required for KAITO models, not allowed for Foundry ones."""

    @model_validator(mode="after")
    def _instance_type_matches_type(self) -> "ModelRequest":
        if self.type == "kaito" and self.instance_type is None:
            raise ValueError("a kaito model needs instanceType (a GPU VM size allowed for its preset)")
        if self.type == "foundry" and self.instance_type is not None:
            raise ValueError("instanceType is only for kaito models; Foundry models are shared deployments")
        return self


class AccessRequest(_RequestModel):
    """A validated request of one team for model access, limits and features."""

    team: TeamName
    """Team name: a DNS-1123 label equal to the request's folder name."""
    owner: EmailStr
    """E-mail of the person accountable for the access."""
    cost_center: CostCenter
    """Cost centre token usage is charged to (a dimension of the gateway's token metric)."""
    models: list[ModelRequest] = Field(min_length=1)
    """Models to grant, each at most once."""
    tokens_per_minute: Annotated[StrictInt, Field(gt=0)]
    """Tokens per minute across all the team's models, enforced by the gateway."""
    daily_token_quota: Annotated[StrictInt, Field(gt=0)]
    """Tokens per day across all the team's models, enforced by the gateway."""
    playground_access: StrictBool = False
    """Give the Entra group Azure AI User on the team's Foundry project (portal and playground)."""
    tracing_enabled: StrictBool = False
    """Create an Application Insights component for the team's traces."""
    entra_group_id: UUID | None = None
    """Object id of the Entra group that gets RBAC on the team's Foundry project and key Secret."""
    expires_on: date | None = None
    """Last day of access; afterwards the key is suspended (nothing is deleted)."""

    @field_validator("team")
    @classmethod
    def _dns_label(cls, value: str) -> str:
        if not DNS_LABEL.match(value):
            raise ValueError(
                "must be a DNS-1123 label: lowercase letters, digits and '-', starting and ending with a letter or digit"
            )
        return value

    @field_validator("cost_center")
    @classmethod
    def _printable(cls, value: str) -> str:
        if not value.isprintable() or value.strip() != value:
            raise ValueError("must be printable text without leading or trailing spaces")
        # In an APIM policy a leading '@' makes a value a C# expression and '{{..}}' inserts a named
        # value: a cost centre must stay plain text in the gateway's metrics.
        if value.startswith("@") or "{" in value or "}" in value:
            raise ValueError("must not start with '@' or contain '{' or '}'")
        return value

    @property
    def enabled_models(self) -> list[ModelRequest]:
        """The models that produce resources; disabled ones produce nothing."""
        return [model for model in self.models if model.enabled]

    @property
    def foundry_models(self) -> list[ModelRequest]:
        """Enabled Foundry models."""
        return [model for model in self.enabled_models if model.type == "foundry"]

    @property
    def kaito_models(self) -> list[ModelRequest]:
        """Enabled KAITO models."""
        return [model for model in self.enabled_models if model.type == "kaito"]
