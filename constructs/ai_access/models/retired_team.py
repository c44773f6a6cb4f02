"""A `retiredTeams` entry: a removed team whose Foundry project is kept, and who may bring its name back."""

from __future__ import annotations

from typing import Annotated
from uuid import UUID

from pydantic import BaseModel, ConfigDict, StringConstraints, model_validator
from pydantic.alias_generators import to_camel

from ai_access.models.request import Owner

_DNS_LABEL = r"^[a-z0-9]([-a-z0-9]{0,61}[a-z0-9])?$"


class RetiredTeam(BaseModel):
    """A removed team whose Foundry project is kept: its name, and who may bring it back.

    `platform.yaml` lists it either as a plain name (`- team-old`: the name never comes back) or
    as a mapping with the owner and Entra group it had (`- {team: team-old, owner: ..., entraGroupId:
    ...}`): a request may then use the name again only with that owner and that group, the people
    whose project it is. Anyone else needs the platform team to remove the entry first.
    """

    model_config = ConfigDict(extra="forbid", populate_by_name=True, frozen=True, alias_generator=to_camel, use_attribute_docstrings=True)

    team: Annotated[str, StringConstraints(pattern=_DNS_LABEL)]
    """The removed team's name (a plain list entry is this name alone)."""
    owner: Owner | None = None
    """The owner the team had: with `entraGroupId`, the only owner whose request may use the name again."""
    entra_group_id: UUID | None = None
    """The Entra group the team had: with `owner`, the only group whose request may use the name again."""

    @model_validator(mode="before")
    @classmethod
    def _plain_name(cls, value: object) -> object:
        if isinstance(value, str):
            return {"team": value}
        if not isinstance(value, dict):
            raise ValueError("must be a team name, or a mapping of team, owner and entraGroupId")
        return value

    @model_validator(mode="after")
    def _both_or_neither(self) -> "RetiredTeam":
        if (self.owner is None) != (self.entra_group_id is None):
            raise ValueError("give both owner and entraGroupId (the team may come back only as itself), or neither (it never comes back)")
        return self

    def admits(self, owner: str | None, entra_group_id: UUID | None) -> bool:
        """True when a request with this owner and group is the retired team itself coming back."""
        # An e-mail address's domain has no case, and nobody tells two owners apart by case alone.
        return self.owner is not None and owner is not None and owner.lower() == self.owner.lower() and entra_group_id == self.entra_group_id
