"""Building trusted pydantic objects without validation (the hot path of the layer)."""

from __future__ import annotations

from typing import Iterable, TypeVar

from pydantic import BaseModel

_M = TypeVar("_M")

_new = object.__new__
# BaseModel's slot descriptors, which ``object.__setattr__`` would look up by name on every
# call (as :func:`pipeline.schemas.new_mention` does)
_set_dict = BaseModel.__dict__["__dict__"].__set__
_set_fields = BaseModel.__dict__["__pydantic_fields_set__"].__set__
_set_extra = BaseModel.__dict__["__pydantic_extra__"].__set__
_set_private = BaseModel.__dict__["__pydantic_private__"].__set__


def fast(cls: type[_M], values: dict, given: Iterable[str] | None = None) -> _M:
    """``cls(**values)`` for trusted values, without pydantic's validation or
    ``model_construct``'s per-field work (the layer makes ~10 objects per engagement; like
    :func:`pipeline.schemas.new_mention`, every field must be in ``values``).

    ``given``: the fields the equivalent constructor call names (``model_fields_set``), when
    not all of them (the others then hold their defaults in ``values``).
    """
    obj = _new(cls)
    _set_dict(obj, values)
    _set_fields(obj, set(values if given is None else given))
    _set_extra(obj, None)
    _set_private(obj, None)
    return obj
