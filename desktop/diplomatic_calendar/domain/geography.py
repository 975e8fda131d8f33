"""Countries (ISO 3166-1 alpha-2 through pycountry, plus the EU) and the blocs they belong to."""

from __future__ import annotations

import importlib.util
import json
from dataclasses import dataclass
from functools import cache
from pathlib import Path
from typing import Any

from diplomatic_calendar.domain.errors import ValidationError
from diplomatic_calendar.paths import resource_path

EU = "EU"


@dataclass(frozen=True, slots=True)
class Country:
    """A country, or the EU, which acts as one in trade."""

    code: str
    name: str
    official_name: str
    region: str


@dataclass(frozen=True, slots=True)
class Bloc:
    """A grouping of countries: ASEAN, EU, G7, …"""

    key: str
    name: str
    members: tuple[str, ...]

    @property
    def label(self) -> str:
        """'ASEAN — Association of Southeast Asian Nations'; 'BRICS' once where both are one."""
        return (
            self.key if self.name.casefold() == self.key.casefold() else f"{self.key} — {self.name}"
        )


@cache
def _regions() -> dict[str, str]:
    path = resource_path("data", "regions.json")
    data: dict[str, str] = json.loads(path.read_text(encoding="utf-8")) if path.exists() else {}
    return data


@cache
def _everyday_names() -> dict[str, str]:
    raw = json.loads(resource_path("data", "country_names.json").read_text(encoding="utf-8"))
    return {code: name for code, name in raw.items() if not code.startswith("_")}


def _iso_3166_entries() -> list[dict[str, Any]]:
    """pycountry's ISO 3166-1 entries as plain dicts.

    Its data file is read directly when it is where pycountry keeps it: importing the package
    also loads its own version metadata, which costs more than the table itself, and every
    start of the window needs this table. Anywhere else, pycountry is asked.
    """
    spec = importlib.util.find_spec("pycountry")
    if spec is not None and spec.origin is not None:
        data_file = Path(spec.origin).parent / "databases" / "iso3166-1.json"
        try:
            entries: list[dict[str, Any]] = json.loads(data_file.read_text(encoding="utf-8"))[
                "3166-1"
            ]
        except (OSError, ValueError, KeyError):
            pass
        else:
            return entries
    import pycountry

    return [
        {
            "alpha_2": entry.alpha_2,
            "name": entry.name,
            "official_name": getattr(entry, "official_name", entry.name),
            "common_name": getattr(entry, "common_name", None),
        }
        for entry in pycountry.countries
    ]


@cache
def countries() -> dict[str, Country]:
    """Every country by code: the 249 of ISO 3166-1 and the EU."""
    regions = _regions()
    everyday = _everyday_names()
    table: dict[str, Country] = {}
    for entry in _iso_3166_entries():
        code, iso_name = entry["alpha_2"], entry["name"]
        name = everyday.get(code) or entry.get("common_name") or iso_name
        table[code] = Country(
            code, name, entry.get("official_name", iso_name), regions.get(code, "")
        )
    table[EU] = Country(EU, "European Union", "European Union", "Europe")
    return table


@cache
def _aliases() -> dict[str, str]:
    # The same table the extraction engine reads text with: one list of other names to keep.
    table = json.loads(resource_path("data", "geography.json").read_text(encoding="utf-8"))
    raw: dict[str, str] = table["aliases"]
    return {name.casefold(): code for name, code in raw.items() if code in countries()}


def check_country(code: str) -> str:
    """An upper-case ISO code that exists, or a clear error."""
    key = code.strip().upper()
    if key not in countries():
        raise ValidationError(f"'{code}' is not a country code (use ISO codes such as MY, US, EU)")
    return key


def country_name(code: str) -> str:
    """A country's everyday name; the code itself when unknown."""
    country = countries().get(code.upper())
    return country.name if country else code


def find_country(text: str) -> str | None:
    """The code of a country named, coded or officially named by ``text``; None when none fits."""
    key = text.strip()
    if not key:
        return None
    if key.upper() in countries():
        return key.upper()
    folded = key.casefold()
    if folded in _aliases():
        return _aliases()[folded]
    for country in countries().values():
        if folded in (country.name.casefold(), country.official_name.casefold()):
            return country.code
    import pycountry  # its fuzzier lookup, for names none of the tables above knows

    try:
        return str(pycountry.countries.lookup(key).alpha_2)
    except LookupError:
        return None


@cache
def blocs() -> dict[str, Bloc]:
    """Every bloc by key, read from the shipped data table."""
    raw = json.loads(resource_path("data", "blocs.json").read_text(encoding="utf-8"))
    return {key: Bloc(key, entry["name"], tuple(entry["members"])) for key, entry in raw.items()}


def trading_as(code: str) -> tuple[str, ...]:
    """The parties whose tariffs bite on ``code``: itself, and the EU for its members (the EU
    sets their tariffs, and others' tariffs on 'the EU' hit them)."""
    eu = blocs().get(EU)
    return (code, EU) if eu is not None and code in eu.members else (code,)


def blocs_of(code: str) -> list[Bloc]:
    """The blocs a country belongs to, in table order."""
    return [bloc for bloc in blocs().values() if code in bloc.members]


def find_bloc(key: str) -> Bloc:
    """A bloc found by key or name, case-insensitively, or a clear error."""
    folded = key.strip().casefold()
    for bloc in blocs().values():
        if folded in (bloc.key.casefold(), bloc.name.casefold()):
            return bloc
    raise ValidationError(f"'{key}' is not a known bloc (known: {', '.join(blocs())})")


def bloc_members(key: str) -> tuple[str, ...]:
    """The member codes of a bloc, found by key or name, case-insensitively."""
    return find_bloc(key).members
