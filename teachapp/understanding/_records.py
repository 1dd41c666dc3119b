"""Frozen dataclasses that are built several times per utterance, built for less.

A frozen dataclass's generated ``__init__`` stores each field through
``object.__setattr__`` (its own ``__setattr__`` refuses): about a microsecond per field
on this machine, a sizeable share of a resolve that builds a dozen such records.
:func:`quick_init` gives the class an ``__init__`` with the same signature and defaults
that writes the fields straight into the instance's ``__dict__`` instead (then calls
``__post_init__`` when the class has one). The class stays what it was: frozen after
construction, compared, hashed, printed and copied by ``dataclasses.replace`` as before.
"""

from __future__ import annotations

import dataclasses
from typing import TypeVar

__all__ = ["quick_init"]

T = TypeVar("T")


def quick_init(cls: type[T]) -> type[T]:
    """Class decorator, above ``@dataclass(frozen=True)``: the faster ``__init__``.

    Only for plain frozen dataclasses with an instance ``__dict__``: every field set
    by ``__init__``, positional or keyword, with at most a plain default (no
    ``default_factory``, ``InitVar``, ``kw_only`` or ``slots``); anything else raises
    TypeError when the class is defined, so a later change to the class cannot go
    unnoticed.
    """
    params = getattr(cls, "__dataclass_params__", None)
    if params is None or not params.frozen or "__slots__" in vars(cls):
        raise TypeError(f"quick_init: {cls.__name__} is not a frozen dataclass with a __dict__")
    names: list[str] = []
    defaults: dict[str, object] = {}
    signature: list[str] = []
    for f in dataclasses.fields(cls):  # type: ignore[arg-type]
        if (not f.init or f.kw_only is True or f.default_factory is not dataclasses.MISSING
                or not f.name.isidentifier() or f.name in ("self", "_d")):
            raise TypeError(f"quick_init: field {cls.__name__}.{f.name} needs the dataclass "
                            "__init__")
        names.append(f.name)
        if f.default is dataclasses.MISSING:
            signature.append(f.name)
        else:
            defaults[f"_default_{f.name}"] = f.default
            signature.append(f"{f.name}=_default_{f.name}")
    body = [f"    _d[{name!r}] = {name}" for name in names]
    if hasattr(cls, "__post_init__"):
        body.append("    self.__post_init__()")
    source = "\n".join([f"def __init__(self, {', '.join(signature)}):",
                        "    _d = self.__dict__", *body])
    namespace: dict[str, object] = {}
    exec(source, dict(defaults), namespace)  # noqa: S102 (source built from field names)
    init = namespace["__init__"]
    init.__qualname__ = f"{cls.__qualname__}.__init__"  # type: ignore[attr-defined]
    init.__doc__ = cls.__init__.__doc__
    setattr(cls, "__init__", init)  # noqa: B010 (a method set on the class, on purpose)
    return cls
