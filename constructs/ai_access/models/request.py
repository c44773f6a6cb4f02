"""The typed access request: what one team asks for, independent of the file format it came in.

The seed's ConfigMap format (`loading/configmap.py`) is parsed into `AccessRequest`; checks that need
the platform catalog or several requests live in `validation/`, not here, so this model can be
built and tested alone. Every field's rules sit in its type (`TeamName`, `CostCenter`, `Owner`), so
one field can be validated on its own and a request with one bad field still has its others checked.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import date
from typing import Annotated, Literal
from uuid import UUID

from pydantic import (
    AfterValidator,
    BaseModel,
    ConfigDict,
    EmailStr,
    Field,
    StrictBool,
    StrictInt,
    StringConstraints,
    ValidationInfo,
    field_validator,
    model_validator,
)

from ai_access.models.frozen import FrozenList
from ai_access.models.name_characters import label_faults
from ai_access.problems import shown

# Python's `$` also matches before a final line break, so every pattern here is used with fullmatch.
DNS_LABEL = re.compile(r"[a-z0-9]([-a-z0-9]*[a-z0-9])?")
TEAM_NAME_RULE = "lowercase letters a-z, digits and '-', starting and ending with a letter or digit, at least 2 characters"
# What the gateway's metrics, the cost report and a PR comment show unambiguously: printable ASCII.
# A Cyrillic 'С' in "СС-1234" looks like the Latin one and would split the cost report silently.
_COST_CENTRE = re.compile(r"[!-?A-z|~]([ -z|~]*[!-z|~])?")
COST_CENTRE_RULE = (
    "ASCII letters, digits, spaces and punctuation other than '{' and '}', "
    "not starting with '@' or a space, not ending with a space"
)
_OWNER = re.compile(r"[A-Za-z0-9._%+-]+@[A-Za-z0-9-]+(\.[A-Za-z0-9-]+)+")
OWNER_RULE = "an e-mail address in plain ASCII: letters, digits and . _ % + - before the @, letters, digits, - and . after it"


def _team_name(value: str) -> str:
    if not DNS_LABEL.fullmatch(value):
        # Echoed with what is wrong in it: a capital or a typographic quote is easy to miss in the value.
        faults = label_faults(value)
        raise ValueError(f"{shown(value)} {faults + '; it ' if faults else ''}must be a DNS-1123 label: {TEAM_NAME_RULE}")
    return value


def _cost_centre(value: str) -> str:
    # In an APIM policy a leading '@' makes a value a C# expression and '{{..}}' inserts a named
    # value: a cost centre must stay plain text in the gateway's metrics.
    if not _COST_CENTRE.fullmatch(value):
        raise ValueError(f"must be {COST_CENTRE_RULE}")
    return value


def _owner(value: str) -> str:
    if not _OWNER.fullmatch(value):
        raise ValueError(f"must be {OWNER_RULE} (look-alike letters of other scripts are refused)")
    return value


TeamName = Annotated[
    str,
    StringConstraints(min_length=2, max_length=63),
    AfterValidator(_team_name),
    Field(json_schema_extra={"pattern": f"^{DNS_LABEL.pattern}$"}),
]
CostCenter = Annotated[
    str,
    StringConstraints(min_length=1, max_length=64, strip_whitespace=False),
    AfterValidator(_cost_centre),
    Field(json_schema_extra={"pattern": f"^{_COST_CENTRE.pattern}$"}),
]
Owner = Annotated[EmailStr, AfterValidator(_owner), Field(json_schema_extra={"pattern": f"^{_OWNER.pattern}$"})]
InstanceType = Annotated[str, StringConstraints(pattern=r"^Standard_[A-Za-z0-9_]+$")]


@dataclass(frozen=True)
class RequestCatalog:
    """The platform's model names, passed as validation context so messages can say what to write.

    `AccessRequest.model_validate(data, context={"catalog": catalog})`; without it the messages are
    the same rules in general words.
    """

    foundry: tuple[str, ...] = ()
    """Foundry deployment names, in catalog order."""
    kaito: dict[str, tuple[str, ...]] = field(default_factory=dict)
    """KAITO preset -> the GPU sizes allowed for it."""

    def type_hint(self, name: str, type_: str) -> str | None:
        """'use type: kaito' when `name` is a model of the other type; None when it is not."""
        if type_ == "foundry" and name in self.kaito:
            return f"'{name}' is a KAITO preset, not a Foundry model: use type: kaito (with an instanceType)"
        if type_ == "kaito" and name in self.foundry:
            return f"'{name}' is a Foundry model, not a KAITO preset: use type: foundry (without instanceType)"
        return None


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
    instance_type: InstanceType | None = None
    """GPU VM size of the KAITO workspace; required for KAITO models, not allowed for Foundry ones."""

    @model_validator(mode="after")
    def _instance_type_matches_type(self, info: ValidationInfo) -> "ModelRequest":
        catalog = (info.context or {}).get("catalog") or RequestCatalog()
        if self.type == "kaito" and self.instance_type is None:
            hint = catalog.type_hint(self.name, self.type)
            if hint:
                raise ValueError(hint)
            sizes = catalog.kaito.get(self.name)
            if sizes:
                raise ValueError(f"a kaito model needs instanceType: one of {', '.join(sizes)} (the sizes allowed for {self.name})")
            raise ValueError("a kaito model needs instanceType (a GPU VM size allowed for its preset)")
        if self.type == "foundry" and self.instance_type is not None:
            raise ValueError(
                catalog.type_hint(self.name, self.type)
                or "instanceType is only for kaito models; Foundry models are shared deployments: remove it"
            )
        return self


class AccessRequest(_RequestModel):
    """A validated request of one team for model access, limits and features."""

    team: TeamName
    """Team name: a DNS-1123 label equal to the request's folder name."""
    owner: Owner
    """E-mail of the person accountable for the access (plain ASCII)."""
    cost_center: CostCenter
    """Cost centre token usage is charged to (a dimension of the gateway's token metric); printable ASCII."""
    models: FrozenList[ModelRequest] = Field(min_length=1)
    """Models to grant, each at most once."""
    tokens_per_minute: Annotated[StrictInt, Field(gt=0)]
    """Tokens per minute across all the team's models, enforced by the gateway."""
    daily_token_quota: Annotated[StrictInt, Field(gt=0)]
    """Tokens per day across all the team's models, enforced by the gateway."""
    monthly_budget_usd: Annotated[StrictInt, Field(gt=0)] | None = None
    """Budget in whole USD per calendar month (UTC) for the team's Foundry tokens and KAITO nodes, enforced by the gateway;
    without it the platform's default applies (budgets.defaultMonthlyUsd)."""
    playground_access: StrictBool = False
    """Give the Entra group Azure AI User on the team's Foundry project (portal and playground)."""
    tracing_enabled: StrictBool = False
    """Create an Application Insights component for the team's traces."""
    entra_group_id: UUID | None = None
    """Object id of the Entra group that gets RBAC on the team's Foundry project and key Secret."""
    expires_on: date | None = None
    """Last day of access (YYYY-MM-DD); afterwards the key is suspended and the Foundry role assignments and
    KAITO workspaces are removed (docs/lifecycle.md); namespace, key Secret and Foundry project stay for a renewal."""
    key_rotated_on: date | None = None
    """Day the key was last rotated (YYYY-MM-DD; `main.py rotate-key` sets it to today): a new key in Secret
    ai-gateway-key, the previous one in Secret ai-gateway-key-previous for the platform's overlap days."""
    previous_key_rotated_on: date | None = None
    """The keyRotatedOn before the last one (`main.py rotate-key` moves it here): names the previous key during the overlap."""

    @field_validator("previous_key_rotated_on")
    @classmethod
    def _before_the_last_rotation(cls, previous: date | None, info: ValidationInfo) -> date | None:
        # The previous key is named after the rotation that made it: a later one is no previous key.
        latest = info.data.get("key_rotated_on")
        if previous is not None and (latest is None or previous >= latest):
            raise ValueError(
                f"{previous} must be before keyRotatedOn ({latest or 'not set'}): it is the rotation before "
                "the last one (main.py rotate-key writes both)"
            )
        return previous

    def expired(self, today: date | None) -> bool:
        """True when the last day of access (`expiresOn`) is before `today`: access is revoked (None: not judged)."""
        return bool(self.expires_on and today and self.expires_on < today)

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
