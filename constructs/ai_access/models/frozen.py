"""Read-only containers for the validated models, so no reader can change them for the next one.

The models are frozen (pydantic `frozen=True`), but a frozen model's dict or list fields are still
mutable: an extension that changed `team.platform.gitops.common_labels` for one team would change
them for every team built after it in that process. Lists are tuples and maps are `FrozenMap`s.
"""

from __future__ import annotations

from collections.abc import Iterator, Mapping
from types import MappingProxyType
from typing import Annotated, Any, TypeVar

from pydantic import AfterValidator, WrapSerializer

K = TypeVar("K")
V = TypeVar("V")


class FrozenMap(Mapping[K, V]):
    """A mapping that cannot be changed after it is made; pickles (worker processes receive the models)."""

    __slots__ = ("_items",)

    def __init__(self, items: Mapping[K, V] | None = None) -> None:
        """A read-only copy of `items`."""
        object.__setattr__(self, "_items", MappingProxyType(dict(items or {})))

    def __getitem__(self, key: K) -> V:
        return self._items[key]

    def __iter__(self) -> Iterator[K]:
        return iter(self._items)

    def __len__(self) -> int:
        return len(self._items)

    def __repr__(self) -> str:
        return repr(dict(self._items))

    def __setattr__(self, name: str, value: Any) -> None:
        raise AttributeError(f"{type(self).__name__} is read-only")

    def __reduce__(self) -> tuple[Any, ...]:
        return (FrozenMap, (dict(self._items),))


def _dump_map(value: Mapping[Any, Any], handler: Any) -> Any:
    return handler(dict(value))


def _dump_list(value: tuple[Any, ...], handler: Any) -> Any:
    return handler(list(value))


FrozenDict = Annotated[Mapping[K, V], AfterValidator(FrozenMap), WrapSerializer(_dump_map)]
"""A model field holding a map: validated as a dict, kept as a `FrozenMap`, dumped as a dict."""
FrozenList = Annotated[list[V], AfterValidator(tuple), WrapSerializer(_dump_list)]
"""A model field holding a list: validated (and explained in messages) as a list, kept as a tuple."""
