"""The typed records newsparse returns: frozen dataclasses that round-trip through JSON."""

from __future__ import annotations

import datetime as _dt
import json
from collections.abc import Mapping
from dataclasses import dataclass, field, fields
from types import MappingProxyType
from typing import Any

Roles = Mapping[str, tuple[str, ...]]


def _frozen_roles(roles: Mapping[str, Any]) -> Roles:
    return MappingProxyType({str(k): tuple(v) for k, v in roles.items()})


@dataclass(frozen=True, slots=True)
class Update:
    """An update or correction label read off the headline (``UPDATE 2-``, ``CORRECTED-``)."""

    flag: bool
    label: str | None = None
    number: int | None = None

    def to_dict(self) -> dict[str, Any]:
        return {"flag": self.flag, "label": self.label, "number": self.number}

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> Update:
        return cls(bool(data["flag"]), data.get("label"), data.get("number"))


NO_UPDATE = Update(False)


@dataclass(frozen=True, slots=True)
class Dateline:
    """The place/date/agency lead-in of a story: ``WASHINGTON, Dec 30 (Reuters) -``."""

    raw: str
    city: str | None = None
    region: str | None = None
    agency: str | None = None
    date: _dt.date | None = None
    weekday: str | None = None

    def to_dict(self) -> dict[str, Any]:
        return {
            "raw": self.raw,
            "city": self.city,
            "region": self.region,
            "agency": self.agency,
            "date": _iso(self.date),
            "weekday": self.weekday,
        }

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> Dateline:
        date = _from_iso(data.get("date"))
        return cls(
            raw=data["raw"],
            city=data.get("city"),
            region=data.get("region"),
            agency=data.get("agency"),
            date=date,
            weekday=data.get("weekday"),
        )


@dataclass(frozen=True, slots=True)
class Credit:
    """The contributor line: ``(Reporting by A; Editing by B)``; ``roles`` maps role to names.

    Role names are snake_case: ``reporting``, ``additional_reporting`` (also "X contributed
    to this report"), ``writing``, ``editing``, ``compiling``, ``research``, ``graphics``,
    ``translation``, ``fact_checking``, ``production``, and ``agency`` for a bare ``Reuter``
    sign-off.
    """

    raw: str
    roles: Roles = field(default_factory=lambda: MappingProxyType({}))

    def __post_init__(self) -> None:
        if not isinstance(self.roles, MappingProxyType):
            object.__setattr__(self, "roles", _frozen_roles(self.roles))

    def to_dict(self) -> dict[str, Any]:
        return {"raw": self.raw, "roles": {k: list(v) for k, v in self.roles.items()}}

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> Credit:
        return cls(data["raw"], _frozen_roles(data.get("roles") or {}))


@dataclass(frozen=True, slots=True)
class Article:
    """Everything newsparse found on one page; ``None`` (or empty) where the page did not say.

    ``sources`` names where each filled field came from (``"json-ld"``, ``"h1"``,
    ``"dateline"``, ``"text"``...), for debugging and audit. ``warnings`` records
    inconsistencies that did not stop the parse (a weekday that disagrees with the date).
    """

    headline: str | None = None
    update: Update = NO_UPDATE
    slug: str | None = None
    dateline: Dateline | None = None
    paragraphs: tuple[str, ...] = ()
    credit: Credit | None = None
    title: str | None = None
    authors: tuple[str, ...] = ()
    published: _dt.date | None = None
    modified: _dt.date | None = None
    language: str | None = None
    site_name: str | None = None
    url: str | None = None
    description: str | None = None
    kind: str = "text"
    chrome_removed: tuple[str, ...] = ()
    warnings: tuple[str, ...] = ()
    sources: Mapping[str, str] = field(default_factory=lambda: MappingProxyType({}))

    def __post_init__(self) -> None:
        if not isinstance(self.sources, MappingProxyType):
            object.__setattr__(self, "sources", MappingProxyType(dict(self.sources)))

    @property
    def body(self) -> str:
        """The paragraphs joined by blank lines."""
        return "\n\n".join(self.paragraphs)

    def to_dict(self) -> dict[str, Any]:
        out: dict[str, Any] = {}
        for f in fields(self):
            out[f.name] = _plain(getattr(self, f.name))
        return out

    def to_json(self, **kwargs: Any) -> str:
        kwargs.setdefault("ensure_ascii", False)
        return json.dumps(self.to_dict(), **kwargs)

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> Article:
        known = {f.name for f in fields(cls)}
        kw: dict[str, Any] = {k: v for k, v in data.items() if k in known}
        kw["update"] = Update.from_dict(data["update"]) if data.get("update") else NO_UPDATE
        kw["dateline"] = Dateline.from_dict(data["dateline"]) if data.get("dateline") else None
        kw["credit"] = Credit.from_dict(data["credit"]) if data.get("credit") else None
        for name in ("paragraphs", "authors", "chrome_removed", "warnings"):
            kw[name] = tuple(data.get(name) or ())
        for name in ("published", "modified"):
            kw[name] = _from_iso(data.get(name))
        kw["sources"] = dict(data.get("sources") or {})
        return cls(**kw)

    @classmethod
    def from_json(cls, text: str) -> Article:
        return cls.from_dict(json.loads(text))


def _plain(value: Any) -> Any:
    if hasattr(value, "to_dict"):
        return value.to_dict()
    if isinstance(value, _dt.date):
        return _iso(value)
    if isinstance(value, tuple):
        return list(value)
    if isinstance(value, Mapping):
        return dict(value)
    return value


def _iso(value: _dt.date | None) -> str | None:
    return None if value is None else value.isoformat()


def _from_iso(value: str | None) -> _dt.date | None:
    """Dates stay dates and datetimes stay datetimes: the string's length tells which."""
    if not value:
        return None
    if len(value) <= 10:
        return _dt.date.fromisoformat(value)
    return _dt.datetime.fromisoformat(value)
