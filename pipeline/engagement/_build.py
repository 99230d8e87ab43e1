"""Building trusted pydantic objects without validation (the hot path of the layer)."""

from __future__ import annotations

from typing import TypeVar

_M = TypeVar("_M")


def fast(cls: type[_M], values: dict) -> _M:
    """``cls(**values)`` for trusted values, without pydantic's validation or
    ``model_construct``'s per-field work (the layer makes ~10 objects per engagement; like
    :func:`pipeline.schemas.new_mention`, every field must be given)."""
    obj = object.__new__(cls)
    object.__setattr__(obj, "__dict__", values)
    object.__setattr__(obj, "__pydantic_fields_set__", set(values))
    object.__setattr__(obj, "__pydantic_extra__", None)
    object.__setattr__(obj, "__pydantic_private__", None)
    return obj
