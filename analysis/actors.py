"""Actor registry (``actors.toml``) and actor mentions (the *mentions* table; README, "Data model").

The registry lists each actor with a canonical ``name``, a ``camp`` and the surface forms that
denote it in text (``aliases``, ``demonyms``, ``metonyms``, ``roles``).  :func:`find_mentions`
finds those forms in the content sentences:

* **Case.**  A word written with a capital letter in the registry must be capitalised in the text
  (so prose "kremlin" or "ukraine" does not match), while all-lowercase words match in any case
  ("Russian defence ministry" finds "Russian Defence Ministry").  Body sentences written almost
  entirely in capitals are skipped: shouting promos are not reporting.  A title or heading in
  capitals ("RUSSIA RETREATS FROM KHERSON") is read with the capitals undone, as the headline it
  is; "US" in capitals is then not read as the United States ("JOIN US"), nor another acronym
  that is a short English word ("IS" in "THE WAR IS NOT OVER").
* **Longest match.**  The scan is leftmost-longest and mentions never overlap:
  "Russian Defense Minister Sergei Shoigu" is one Shoigu mention, not Russia + Shoigu.
  A role directly followed by a name of the same actor merges into one mention
  ("Ukrainian President Volodymyr Zelenskyy"), and a person's name absorbs the capitalised titles
  and country adjective in front of it ("Russian General Sergey Suroivkin").
* **Boundaries.**  Forms match whole words only.  A possessive is not part of the mention
  ("Russia’s" → "Russia"); both ' and ’ work inside forms ("Kyiv’s forces").  A form glued
  to a lowercase prefix ("pro-Russian") is not a mention of the country.

* **Locative mentions.**  A country named as a place rather than as an actor ("fighting in
  eastern Ukraine", "the south of Russia", "the Ukrainian city of Kherson", "Russia's border")
  is kept in the mentions table with ``locative = True`` (see :func:`is_locative`);
  :mod:`analysis.framing` leaves such mentions out of stance aggregates by default.

Offsets in the mentions table are into the sentence text.

A registry file may start with ``extends = "default"`` (or a path to another registry file,
relative to it): its actors are then added to that registry, an actor with the same ``name``
replacing the inherited one.  A file without ``extends`` replaces the shipped registry, with a
:class:`RegistryWarning` (``extends = "none"`` says that is meant).  ``camp = ""`` is accepted
for actors not yet assigned to a camp (drafts from ``python -m analysis actors suggest``).
"""

from __future__ import annotations

import difflib
import functools
import json
import os
import re
import tomllib
import unicodedata
import warnings
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass, field, replace
from importlib import resources
from pathlib import Path

import pandas as pd

from .datewords import CALENDAR_WORDS, WEEKDAYS

__all__ = [
    "ACTOR_TYPES",
    "MENTION_COLUMNS",
    "PLACE_NOUNS",
    "Actor",
    "Mention",
    "Registry",
    "RegistryError",
    "RegistryWarning",
    "find_mentions",
    "is_locative",
    "locative_flags",
    "load_registry",
    "parse_registry",
    "scan_text",
]

DEFAULT_REGISTRY = "actors.toml"
ACTOR_KEYS = ("name", "camp", "type", "aliases", "demonyms", "metonyms", "roles", "regions",
              "gender")
#: ``gender`` values: a person a "he" (``"m"``) or a "she" (``"f"``) refers to.
GENDERS = ("m", "f")
FORM_FIELDS = ("aliases", "demonyms", "metonyms", "roles")
ACTOR_TYPES = frozenset(
    {"country", "person", "organisation", "organization", "group", "place-people"}
)
MENTION_COLUMNS = (
    "doc_id", "source", "sentence_id", "actor", "camp", "mention", "start", "end", "locative",
)
#: Top-level keys of a registry file besides the [[actor]] tables.
TOP_LEVEL_KEYS = ("extends",)
#: ``extends`` values: add to the shipped registry / replace it on purpose (no warning).
#: Last words of a geographic or built feature's name, never of a person's: "Dnieper River",
#: "Kherson Oblast", "Gaza Strip", "Khan Younis Camp" (actor discovery and speakers share it).
PLACE_NOUNS = frozenset("""
river sea oblast region province district peninsula bay lake lakes mountains mountain island
islands street square bridge airport station dam plant city town village valley strait coast
camp strip bank county gulf heights hills
""".split())
EXTENDS_DEFAULT = "default"
EXTENDS_NONE = "none"

# Titles a person's name may carry in front of it; kept capitalised-only because lowercase
# "general" or "president" in prose is usually not a title. The honorific "H.E." (His/Her
# Excellency), which state news agencies put before every leader's name, is one too: "The
# President of Somalia, H.E. Hassan Sheikh Mohamud," is one mention of the president, as it is
# without it (a newcomer's SONNA copy had counted its leaders twice). A brigadier's rank is one
# too, abbreviated or not: "IDF Spokesperson, Brig. Gen. Effie Defrin" had been two mentions of
# Defrin (the role and "Gen. Effie Defrin"), where "Maj. Gen." was one.
_TITLE = (
    r"(?:President|Prime\s+Minister|Foreign\s+Minister|Defen[cs]e\s+Minister|Minister|"
    r"General|Gen\.|Lieutenant|Lt\.|Colonel|Col\.|Major|Maj\.|Brigadier|Brig\.|Commander|"
    r"Admiral|Adm\.|"
    r"Marshal|Chief|Spokesman|Spokeswoman|Spokesperson|Adviser|Advisor|Secretary|Chancellor|"
    r"Deputy|Vice|Senator|Sen\.|Mr\.|Mrs\.|Ms\.|Dr\.|H\.[ \t]?E\.|(?:His|Her)\s+Excellency)"
)
_TITLES_BEFORE = re.compile(rf"(?<![\w-])(?:{_TITLE}\s+)+$")
_TITLE_WINDOW = 80
# A lowercase word glued by a hyphen ("pro-", "anti-") makes the form part of another word.
_LOWER_PREFIX = re.compile(r"(?<![\w-])[a-z]+-$")
_POSSESSIVE_GAP = re.compile(r"(?:['’]s)?\s+")
_APOSTROPHES = str.maketrans({"’": "'", "‘": "'", "ʼ": "'"})
_SHOUTING_MIN_LETTERS = 12
_SHOUTING_UPPER_SHARE = 0.8


class RegistryError(ValueError):
    """The actor registry file is malformed; the message names the file and line."""


class RegistryWarning(UserWarning):
    """A registry that loads but may not do what was meant (it replaces the shipped one,
    or some actors have no camp yet)."""


# --------------------------------------------------------------------------- records


@dataclass(frozen=True)
class Actor:
    """One registry entry.  ``line`` is the line of its ``[[actor]]`` header (0 = unknown)."""

    name: str
    camp: str
    type: str = ""
    aliases: tuple[str, ...] = ()
    demonyms: tuple[str, ...] = ()
    metonyms: tuple[str, ...] = ()
    roles: tuple[str, ...] = ()
    #: Places inside a country whose local officials speak for it ("Odesa": "the governor of
    #: the Odesa region", "Kharkiv Mayor Ihor Terekhov"); never mentions of the actor itself.
    regions: tuple[str, ...] = ()
    #: A person's sex as the researcher states it ("m", "f"; "" = read from the first name by
    #: the name data, which misreads some: "Nikol" Pashinyan is a woman's name to it, from the
    #: Czech and Slovak Nikol, so "he said" after him found the person quoted before).
    gender: str = ""
    line: int = field(default=0, compare=False)

    def forms(self) -> tuple[tuple[str, str], ...]:
        """All (surface form, field) pairs, the canonical name first (field ``"name"``)."""
        pairs = [(self.name, "name")]
        for field_name in FORM_FIELDS:
            pairs.extend((form, field_name) for form in getattr(self, field_name))
        return tuple(pairs)


@dataclass(frozen=True)
class Mention:
    """A match of an actor form in a text; ``field`` is the registry field that matched."""

    actor: Actor
    start: int
    end: int
    text: str
    field: str


@dataclass(frozen=True)
class Registry:
    """The actors plus a compiled matcher over all their surface forms."""

    actors: tuple[Actor, ...]
    path: str = ""
    _index: dict[str, tuple[Actor, str]] = field(
        init=False, repr=False, compare=False, default_factory=dict
    )
    _pattern: re.Pattern[str] | None = field(init=False, repr=False, compare=False, default=None)
    _regions: dict[str, Actor] = field(init=False, repr=False, compare=False,
                                       default_factory=dict)
    _region_pattern: re.Pattern[str] | None = field(init=False, repr=False, compare=False,
                                                    default=None)

    def __post_init__(self) -> None:
        index: dict[str, tuple[Actor, str]] = {}
        names: set[str] = set()
        for actor in self.actors:
            if actor.name in names:
                raise RegistryError(f"{self.path or '<registry>'}: duplicate actor {actor.name!r}")
            names.add(actor.name)
            for form, field_name in actor.forms():
                key = _form_key(form)
                owner = index.get(key)
                if owner is not None and owner[0].name != actor.name:
                    raise RegistryError(
                        f"{self.path or '<registry>'}: form {form!r} of actor {actor.name!r} "
                        f"already belongs to actor {owner[0].name!r}"
                    )
                index.setdefault(key, (actor, field_name))
        object.__setattr__(self, "_index", index)
        object.__setattr__(self, "_pattern", _compile_forms(self.actors))
        regions: dict[str, Actor] = {}
        for actor in self.actors:
            for region in actor.regions:
                owner = regions.setdefault(region, actor)
                if owner.name != actor.name:
                    where = f" (line {actor.line})" if actor.line else ""
                    owned = f" (line {owner.line})" if owner.line else ""
                    raise RegistryError(
                        f"{self.path or '<registry>'}: region {region!r} of actor {actor.name!r}"
                        f"{where} already belongs to actor {owner.name!r}{owned}")
        object.__setattr__(self, "_regions", regions)
        object.__setattr__(self, "_region_pattern", re.compile(
            r"(?<![\w'’\-])(?:" + "|".join(map(re.escape, sorted(regions, key=len, reverse=True)))
            + r")(?![\w\-])") if regions else None)

    def __iter__(self) -> Iterator[Actor]:
        return iter(self.actors)

    def __len__(self) -> int:
        return len(self.actors)

    def get(self, name: str) -> Actor:
        """The actor with canonical ``name`` (KeyError if absent)."""
        for actor in self.actors:
            if actor.name == name:
                return actor
        raise KeyError(name)

    def camp_of(self, name: str) -> str:
        """Camp of the actor with canonical ``name``; "" when it is not in the registry."""
        try:
            return self.get(name).camp
        except KeyError:
            return ""

    def lookup(self, surface: str) -> tuple[Actor, str] | None:
        """(actor, field) for an exact surface form (case-folded, ’ = '), else None."""
        return self._index.get(_form_key(surface))

    def region_actor(self, text: str) -> Actor | None:
        """The actor whose ``regions`` list holds the first region named in ``text``, matched
        as written (capitalised) and as a whole word; None when none is named."""
        found = self._region_pattern.search(text) if self._region_pattern else None
        return self._regions[found.group()] if found else None

    def is_region(self, name: str) -> bool:
        """True when ``name`` is, as written, one of the registry's ``regions``."""
        return name in self._regions

    def resolve(self, name_or_role: str) -> Actor | None:
        """The actor a name or role phrase denotes, or None.

        Lenient on purpose (an explicit query, not running text): case is ignored, a leading
        article and a trailing possessive are dropped ("the Ukrainian President's" →
        Zelenskyy), and a phrase that is exactly one mention after merging titles and names
        ("Russian Defense Minister Sergei Shoigu") resolves too.
        """
        phrase = _strip_phrase(name_or_role)
        if not phrase:
            return None
        hit = self.lookup(phrase)
        if hit is not None:
            return hit[0]
        mentions = scan_text(phrase, self)
        if len(mentions) == 1 and (mentions[0].start, mentions[0].end) == (0, len(phrase)):
            return mentions[0].actor
        return None


# --------------------------------------------------------------------------- loading


def load_registry(
    path: str | os.PathLike[str] | Registry | None = None, *, extends: str | None = None
) -> Registry:
    """Read and validate an actor registry; ``None`` reads the shipped ``actors.toml``.

    ``path`` may also be a :class:`Registry` already loaded, which is returned as is.  A file
    whose top-level ``extends`` is ``"default"`` (or a path to another registry file, relative
    to it) is added to that registry: its actors come after the inherited ones, and an actor
    with the name of an inherited one replaces it.  ``extends=`` given here overrides the
    file's own key.  A file that does not extend anything replaces the shipped registry; that
    is warned about (:class:`RegistryWarning`) unless the file says ``extends = "none"``.

    Raises :class:`RegistryError` (a ``ValueError``) naming the file and line for malformed
    TOML, unknown keys, missing ``name``/``camp``, empty forms and forms claimed by two actors
    (also across an extending file and the registry it extends).
    """
    if isinstance(path, Registry):
        return path
    if path is None:
        return _load_default()
    return _load_file(Path(path), extends, frozenset())


def _load_default() -> Registry:
    resource = resources.files(__package__ or "analysis").joinpath(DEFAULT_REGISTRY)
    registry, _ = _parse(resource.read_text(encoding="utf-8"), str(resource))
    return registry


def _load_file(file: Path, extends: str | None, seen: frozenset[Path]) -> Registry:
    """One registry file plus what it extends (``seen`` guards against extension cycles)."""
    try:
        # utf-8-sig: Windows editors (Notepad, PowerShell) save UTF-8 with a byte-order mark,
        # which TOML would report as an invalid statement on line 1.
        text = file.read_text(encoding="utf-8-sig")
    except UnicodeDecodeError as exc:
        raise RegistryError(f"{file}: not UTF-8 text ({exc})") from exc
    except IsADirectoryError as exc:
        raise RegistryError(f"{file}: is a folder; an actor registry is one .toml file") from exc
    except PermissionError as exc:
        raise RegistryError(f"{file}: cannot be read ({exc.strerror})") from exc
    own, declared = _parse(text, str(file))
    base_name = extends if extends is not None else declared
    if base_name is None:
        default = _load_default()
        warnings.warn(
            f"{file}: replaces the shipped actor registry ({len(default)} actors) with its own "
            f"{len(own)}; put extends = \"{EXTENDS_DEFAULT}\" at the top of the file to add to "
            f"the shipped actors instead, or extends = \"{EXTENDS_NONE}\" to replace them "
            "without this warning", RegistryWarning, stacklevel=3)
        return own
    if base_name.strip().lower() == EXTENDS_NONE:
        return own
    if base_name.strip().lower() == EXTENDS_DEFAULT:
        base = _load_default()
    else:
        base_file = (file.parent / base_name).resolve()
        if base_file in seen or base_file == file.resolve():
            raise RegistryError(f"{file}: extends {base_name!r}, which extends {file.name} again")
        if not base_file.is_file():
            raise RegistryError(
                f"{_where(str(file), _SourceLines(text).top_level_line('extends'))}: extends "
                f"{base_name!r}, but {base_file} is not a file (use \"{EXTENDS_DEFAULT}\" for "
                "the shipped registry)")
        base = _load_file(base_file, None, seen | {file.resolve()})
    return extend_registry(base, own)


def extend_registry(base: Registry, extra: Registry) -> Registry:
    """``base`` with the actors of ``extra`` added; one of the same name replaces the base one.
    An ``extra`` actor with a base actor's name and no forms or regions of its own re-camps it:
    the base actor keeps its forms and regions and takes the ``camp`` (and a ``type`` and a
    ``gender``, if given) of ``extra`` (``name = "Iran"`` / ``camp = "Axis"`` for a corpus on
    another war).

    Raises :class:`RegistryError` when a surface form of an ``extra`` actor already belongs to
    another ``base`` actor (the message names both files and lines).
    """
    inherited = {actor.name: actor for actor in base}
    for actor in extra:
        if actor.name not in inherited and not any(
                getattr(actor, f) for f in (*FORM_FIELDS, "regions")):
            close = difflib.get_close_matches(actor.name, list(inherited), n=1, cutoff=0.8)
            if close:  # "Irann": meant to re-camp "Iran", adds an actor found by its name only
                warnings.warn(
                    f"{_where(extra.path, actor.line)}: actor {actor.name!r} has no forms and is "
                    f"no actor of the registry it extends, so it re-camps nothing; did you mean "
                    f"{close[0]!r}?", RegistryWarning, stacklevel=3)
    extra = Registry(tuple(
        replace(inherited[actor.name], camp=actor.camp,
                type=actor.type or inherited[actor.name].type,
                gender=actor.gender or inherited[actor.name].gender, line=actor.line)
        if actor.name in inherited and not any(getattr(actor, f) for f in (*FORM_FIELDS,
                                                                            "regions"))
        else actor for actor in extra), extra.path)
    for actor in extra:
        if actor.gender and actor.type not in ("", "person"):  # "Iran" re-camped with a gender
            raise RegistryError(f"{_where(extra.path, actor.line)}: actor {actor.name!r} has a "
                                f"gender but type {actor.type!r}; only a person has one")
    replaced = {actor.name for actor in extra}
    kept = [actor for actor in base if actor.name not in replaced]
    owners = {_form_key(form): actor for actor in kept for form, _ in actor.forms()}
    for actor in extra:
        for form, field_name in actor.forms():
            owner = owners.get(_form_key(form))
            if owner is not None:
                raise RegistryError(
                    f"{_where(extra.path, actor.line)}: {form!r} ({field_name} of actor "
                    f"{actor.name!r}) is already a form of actor {owner.name!r} in the registry "
                    f"it extends ({_where(base.path, owner.line)}); drop the form, or replace "
                    f"that actor by naming yours {owner.name!r}"
                )
    by_name = {actor.name: actor for actor in extra}
    merged = [by_name.pop(actor.name, actor) for actor in base]
    merged.extend(actor for actor in extra if actor.name in by_name)
    return Registry(tuple(merged), extra.path)


def parse_registry(text: str, path: str = "<string>") -> Registry:
    """Validate registry TOML ``text`` (``path`` is only used in error messages).

    A top-level ``extends`` key is validated but not followed here (see :func:`load_registry`).
    """
    return _parse(text, path)[0]


def _parse(text: str, path: str) -> tuple[Registry, str | None]:
    """(the file's own actors, its ``extends`` value or None)."""
    try:
        data = tomllib.loads(text)
    except tomllib.TOMLDecodeError as exc:
        line = _toml_error_line(str(exc)) or _end_of_document_line(text, str(exc))
        raise RegistryError(f"{_where(path, line)}: invalid TOML: {exc}") from exc
    lines = _SourceLines(text)
    for key in data:
        if key != "actor" and key not in TOP_LEVEL_KEYS:
            raise RegistryError(
                f"{_where(path, lines.top_level_line(key))}: unknown top-level key {key!r} "
                "(expected [[actor]] tables and optionally extends = \"default\")"
            )
    extends = data.get("extends")
    if extends is not None and (not isinstance(extends, str) or not extends.strip()):
        raise RegistryError(
            f"{_where(path, lines.top_level_line('extends'))}: extends must be \"default\", "
            "\"none\" or the path of another registry file"
        )
    tables = data.get("actor")
    if not isinstance(tables, list) or not tables or not all(isinstance(t, dict) for t in tables):
        raise RegistryError(f"{path}: expected one or more [[actor]] tables")
    actors = tuple(_parse_actor(table, i, lines, path) for i, table in enumerate(tables))
    _check_unique(actors, lines, path)
    campless = [actor.name for actor in actors if not actor.camp]
    if campless:
        shown = ", ".join(campless[:5]) + (", ..." if len(campless) > 5 else "")
        warnings.warn(
            f"{path}: {len(campless)} actor(s) without a camp yet (camp = \"\"): {shown}; they "
            "are matched, but pooled under an empty camp in camp aggregates",
            RegistryWarning, stacklevel=4)
    return Registry(actors, path), extends


def _parse_actor(table: dict, index: int, lines: _SourceLines, path: str) -> Actor:
    """Build one :class:`Actor`, raising with the line of the offending key or value."""
    header = lines.header_line(index)
    label = repr(table["name"]) if isinstance(table.get("name"), str) else f"#{index + 1}"
    for key in table:
        if key not in ACTOR_KEYS:
            close = difflib.get_close_matches(key, ACTOR_KEYS, n=1)
            hint = (
                f"; did you mean {close[0]!r}?" if close
                else f" (allowed: {', '.join(ACTOR_KEYS)})"
            )
            raise RegistryError(
                f"{_where(path, lines.key_line(index, key) or header)}: actor {label} has "
                f"unknown key {key!r}{hint}"
            )
    values: dict[str, str] = {}
    for key in ("name", "camp", "type"):
        value = table.get(key, "")
        if not isinstance(value, str):
            raise RegistryError(
                f"{_where(path, lines.key_line(index, key) or header)}: actor {label}: "
                f"{key} must be a string"
            )
        values[key] = " ".join(value.split())
        # camp = "" written out is a draft's "not decided yet"; a missing camp is an error.
        if (key == "name" and not values[key]) or (key == "camp" and key not in table):
            line = lines.key_line(index, key) or header
            raise RegistryError(f"{_where(path, line)}: actor {label} has no {key}")
    if values["type"] and values["type"] not in ACTOR_TYPES:
        raise RegistryError(
            f"{_where(path, lines.key_line(index, 'type') or header)}: actor {label} has "
            f"type {values['type']!r}; expected one of {', '.join(sorted(ACTOR_TYPES))}"
        )
    values["gender"] = _parse_gender(table, values["type"], index, label, lines, path)
    forms = {key: _parse_forms(table, key, index, label, lines, path)
             for key in (*FORM_FIELDS, "regions")}
    return Actor(line=header, **values, **forms)


def _parse_gender(table: dict, kind: str, index: int, label: str, lines: _SourceLines,
                  path: str) -> str:
    """A person's ``gender`` ("m" or "f", any case; "" when not given)."""
    if "gender" not in table:
        return ""
    value = table["gender"]
    where = _where(path, lines.key_line(index, "gender") or lines.header_line(index))
    if not isinstance(value, str) or value.strip().lower() not in GENDERS:
        raise RegistryError(f"{where}: actor {label}: gender must be \"m\" (he) or \"f\" (she), "
                            f"not {value!r}")
    if kind not in ("", "person"):
        raise RegistryError(f"{where}: actor {label} has a gender but type {kind!r}; only a "
                            "person has one")
    return value.strip().lower()


def _parse_forms(
    table: dict, key: str, index: int, label: str, lines: _SourceLines, path: str
) -> tuple[str, ...]:
    """The list under ``key`` as whitespace-normalised strings; empty strings are errors."""
    raw = table.get(key, [])
    key_line = lines.key_line(index, key) or lines.header_line(index)
    if not isinstance(raw, list) or not all(isinstance(v, str) for v in raw):
        raise RegistryError(
            f"{_where(path, key_line)}: actor {label}: {key} must be a list of strings"
        )
    forms = []
    for value in raw:
        form = " ".join(value.split())
        if not form:
            line = lines.value_line(index, key, value) or key_line
            raise RegistryError(f"{_where(path, line)}: actor {label} has an empty string in {key}")
        forms.append(form)
    return tuple(forms)


def _check_unique(actors: Sequence[Actor], lines: _SourceLines, path: str) -> None:
    """Reject duplicate actor names and surface forms shared by two actors."""
    seen_names: dict[str, Actor] = {}
    owners: dict[str, Actor] = {}
    for index, actor in enumerate(actors):
        if actor.name in seen_names:
            raise RegistryError(
                f"{_where(path, actor.line)}: duplicate actor {actor.name!r} "
                f"(first defined on line {seen_names[actor.name].line})"
            )
        seen_names[actor.name] = actor
        for form, field_name in actor.forms():
            owner = owners.setdefault(_form_key(form), actor)
            if owner.name != actor.name:
                key = "name" if field_name == "name" else field_name
                line = lines.value_line(index, key, form) or actor.line
                raise RegistryError(
                    f"{_where(path, line)}: {form!r} ({key} of actor {actor.name!r}) is already "
                    f"a form of actor {owner.name!r} (line {owner.line})"
                )


class _SourceLines:
    """Finds the line numbers of actor tables, keys and values in the registry source.

    tomllib gives no positions for valid-but-wrong content, so errors are located by scanning
    the text: the n-th ``[[actor]]`` header starts the n-th actor's block.
    """

    _HEADER = re.compile(r"^\s*\[\[\s*actor\s*\]\]")

    def __init__(self, text: str) -> None:
        self.lines = text.splitlines()
        self.headers = [i for i, line in enumerate(self.lines) if self._HEADER.match(line)]

    def header_line(self, index: int) -> int:
        """1-based line of actor ``index``'s header (0 if not found)."""
        return self.headers[index] + 1 if index < len(self.headers) else 0

    def _block(self, index: int) -> range:
        if index >= len(self.headers):
            return range(0)
        end = self.headers[index + 1] if index + 1 < len(self.headers) else len(self.lines)
        return range(self.headers[index], end)

    def key_line(self, index: int, key: str) -> int:
        """1-based line where ``key = ...`` is set in actor ``index`` (0 if not found)."""
        name = re.escape(key)
        pattern = re.compile(rf"^\s*(?:{name}|\"{name}\"|'{name}')\s*=")
        for i in self._block(index):
            if pattern.match(self.lines[i]):
                return i + 1
        return 0

    def value_line(self, index: int, key: str, value: str) -> int:
        """1-based line of the string literal ``value`` under ``key`` in actor ``index``."""
        start = self.key_line(index, key)
        if not start:
            return 0
        literals = (json.dumps(value, ensure_ascii=False), f"'{value}'")
        for i in range(start - 1, self._block(index).stop):
            if i >= start and re.match(r"^\s*[\w\"'-]+\s*=", self.lines[i]):
                break  # the next key: the value was not written on its own line
            if any(literal in self.lines[i] for literal in literals):
                return i + 1
        return 0

    def top_level_line(self, key: str) -> int:
        """1-based line of a top-level ``key =`` or ``[key]`` (0 if not found)."""
        pattern = re.compile(rf"^\s*(?:\[+\s*{re.escape(key)}\b|{re.escape(key)}\s*=)")
        for i, line in enumerate(self.lines):
            if pattern.match(line):
                return i + 1
        return 0


def _toml_error_line(message: str) -> int:
    """Line number from a tomllib message such as '... (at line 3, column 7)'."""
    found = re.search(r"at line (\d+)", message)
    return int(found.group(1)) if found else 0


def _end_of_document_line(text: str, message: str) -> int:
    """A line for tomllib's errors found only at the end of the file, which name none
    ("Unclosed array (at end of document)"): the line where the array left open began, else
    the last line with text; 0 for other messages."""
    if "at end of document" not in message:
        return 0
    if message.startswith("Unclosed array"):
        depth, opened = 0, 0
        for number, line in enumerate(text.splitlines(), 1):
            # strings and comments cannot hold the brackets that count
            bare = re.sub(r'"(?:[^"\\]|\\.)*"|\'[^\']*\'|#.*', "", line)
            if depth == 0 and re.match(r"\s*\[", bare):
                continue  # a table header: [[actor]]
            for char in bare:
                if char == "[":
                    opened = number if depth == 0 else opened
                    depth += 1
                elif char == "]":
                    depth = max(0, depth - 1)
        if opened:
            return opened
    lines = [n for n, line in enumerate(text.splitlines(), 1) if line.strip()]
    return lines[-1] if lines else 0


def _where(path: str, line: int) -> str:
    """'path, line N' (or just the path when the line is unknown)."""
    return f"{path}, line {line}" if line else path


# --------------------------------------------------------------------------- matching


def _form_key(form: str) -> str:
    """Lookup key of a surface form: ’ → ', whitespace collapsed, case-folded."""
    return " ".join(form.translate(_APOSTROPHES).split()).casefold()


def _strip_phrase(phrase: str) -> str:
    """Drop surrounding punctuation, a leading article and a trailing possessive."""
    text = " ".join(phrase.split()).strip(" ,;:\"“”")
    text = re.sub(r"^(?:the|a|an)\s+", "", text, flags=re.IGNORECASE)
    return re.sub(r"['’]s?$", "", text)


# The common nouns of institutions' names, which wire and British copy write in lower case ("the
# Ukrainian foreign ministry", "Russia's general staff"): matched in any case inside a form.
# Not "Federal" or "President": "a federal security service", "the president's office" name
# no one in particular.
_INSTITUTION_WORDS = frozenset("""
    ministry defence defense foreign affairs intelligence general staff security service
    council office armed forces
""".split())


def _form_regex(form: str) -> str:
    """Regex for one form: capitalised pieces exact, lowercase pieces and institution words
    (:data:`_INSTITUTION_WORDS`) case-insensitive. A form ending "of <Name>" matches a
    possessive after it ("the Security Service of Ukraine's spokesman") only as written with
    capitals: in lower case, "the ministry of defence of Ukraine's neighbour Romania", the
    country owns the next noun and the institution is another's."""
    exact = _pieces_regex(form, loose=False)
    if _only_institution_words(form):
        return exact
    loose = _pieces_regex(form, loose=True)
    words = form.split()
    if loose == exact or not (len(words) >= 3 and "of" in (w.casefold() for w in words[-3:-1])):
        return loose
    return rf"(?:{exact}|{loose}(?!['’]s\b))"


# Words that join an institution's nouns ("Ministry of Defence") and name no one either.
_INSTITUTION_JOINERS = frozenset("the of and for".split())


def _only_institution_words(form: str) -> bool:
    """Whether a form is made of institution words (:data:`_INSTITUTION_WORDS`) alone, with
    no word of a name: a user's alias "Armed Forces" (Colombia's) written in any case would be
    every state's ("Venezuela's armed forces" had been Colombia), so it matches as written."""
    words = [w.casefold() for w in re.findall(r"[^\W\d_]+", form)]
    return any(w in _INSTITUTION_WORDS for w in words) and \
        all(w in _INSTITUTION_WORDS or w in _INSTITUTION_JOINERS for w in words)


# Whose an institution is, named right before it: a possessor ("Venezuela's", "the United
# States'", "President Nicolás Maduro's") or one capitalised word, a demonym ("Venezuelan").
_POSSESSOR_BEFORE = re.compile(r"(?<![\w'’-])((?:[A-Z][\w.-]*\s+){0,3}[A-Z][\w.-]*?)"
                               r"(?:['’]s|(?<=s)['’])\s+$")
_DEMONYM_RIGHT_BEFORE = re.compile(r"(?<![\w'’-])([A-Z][\w-]*)\s+$")


def _anothers_institution(text: str, match: re.Match[str], actor: Actor,
                          registry: Registry) -> bool:
    """Whether ``match``, a form made of institution words alone (a Colombia newcomer's alias
    "Armed Forces" for the state's army, :func:`_only_institution_words`), is another's
    institution by what stands right before it: a possessor that is no form of the actor or of
    its camp ("Padrino said Venezuela's Armed Forces had reinforced the border" had been
    Colombia; a possessor the registry lacks is another's too), or another camp's registry
    demonym ("the Venezuelan Armed Forces"). The actor's own possessive or demonym, or a form of
    its camp's ("Colombia's Armed Forces", "President Petro's Armed Forces"), keeps it; so does
    a word that names no one ("the National Armed Forces", "the country's Armed Forces")."""
    if not _only_institution_words(match.group()):
        return False
    window = text[max(0, match.start() - 60):match.start()]
    owner = _POSSESSOR_BEFORE.search(window)
    if owner:
        words = owner.group(1).split()
        known = next((registry._index[_form_key(" ".join(words[i:]))]
                      for i in range(len(words))
                      if _form_key(" ".join(words[i:])) in registry._index), None)
        if known is None:
            return _reads_as_a_state(words)
        return not _same_side(known[0], actor)
    if _anothers_of_after(text, match, actor, registry):
        return True
    word = _DEMONYM_RIGHT_BEFORE.search(window)
    known = registry._index.get(_form_key(word.group(1))) if word else None
    if known is None and word:
        return _DEMONYM_ENDING.search(word.group(1)) is not None
    return known is not None and known[1] == "demonyms" and not _same_side(known[0], actor)


# A possessor that names a time, not a state: "Tuesday's Armed Forces statement", "At Sunday's
# Armed Forces ceremony" (a breaker's: the user's "Armed Forces" had been lost).
_TIME_POSSESSORS = CALENDAR_WORDS | frozenset("today yesterday tomorrow tonight".split())


def _reads_as_a_state(words: list[str]) -> bool:
    """Whether a possessor the registry lacks reads as a state or place, so another's
    institution follows ("Ecuador's Armed Forces"): one name, neither a time
    (:data:`_TIME_POSSESSORS`: "Tuesday's") nor a person, by a title or a given name the name
    data knows ("General Helder Giraldo's Armed Forces", the state's own commander). A sentence's
    capitalised opener before it is no part of it ("At Sunday's")."""
    if words[-1].casefold() in _TIME_POSSESSORS:
        return False
    if any(re.fullmatch(_TITLE, w) for w in words):
        return False
    return not (len(words) >= 2 and _a_known_given_name(words[-2]))


# "the Armed Forces of Venezuela": whose an institution is, named right after it.
_OF_OWNER_AFTER = re.compile(r"\s+of\s+(?:the\s+)?((?:[A-Z][\w.-]*\s+){0,3}[A-Z][\w.-]*)")
# A demonym the registry lacks: "the Ecuadorian Armed Forces" ("National" is no demonym).
_DEMONYM_ENDING = re.compile(r"(?:ian|ean|ese|ish|[^a]an)$")


def _anothers_of_after(text: str, match: re.Match[str], actor: Actor,
                       registry: Registry) -> bool:
    """Whether another actor of the registry, not of the actor's side, is named in an "of"
    right after the form: "The Armed Forces of Venezuela closed the bridge" (a breaker's, had
    been the user's Colombia); "the Armed Forces of Colombia" keeps it."""
    after = _OF_OWNER_AFTER.match(text, match.end())
    if not after:
        return False
    words = after.group(1).split()
    known = next((registry._index[_form_key(" ".join(words[:i]))]
                  for i in range(len(words), 0, -1)
                  if _form_key(" ".join(words[:i])) in registry._index), None)
    return known is not None and not _same_side(known[0], actor)


def _same_side(other: Actor, actor: Actor) -> bool:
    """Whether ``other`` is ``actor`` or an actor of its (non-empty) camp."""
    return other.name == actor.name or bool(actor.camp) and other.camp == actor.camp


def _pieces_regex(form: str, *, loose: bool) -> str:
    """:func:`_form_regex` without the possessive rule; ``loose``: institution words in any
    case."""
    tokens = []
    for token in form.split():
        pieces = []
        for piece in re.findall(r"[^\W\d_]+|\d+|.", token):
            if piece in "'’":
                pieces.append("['’]")
            elif piece.isalpha() and (piece.islower()
                                      or (loose and piece.casefold() in _INSTITUTION_WORDS)):
                pieces.append(f"(?i:{re.escape(piece)})")
            else:
                pieces.append(re.escape(piece))
        tokens.append("".join(pieces))
    return r"\s+".join(tokens)


def _compile_forms(actors: Sequence[Actor]) -> re.Pattern[str] | None:
    """One alternation over all forms, longest first so that the regex is leftmost-longest."""
    forms = {form for actor in actors for form, _ in actor.forms()}
    if not forms:
        return None
    ordered = sorted(forms, key=lambda f: (-len(f), f))
    return re.compile(r"(?<!\w)(?:" + "|".join(_form_regex(f) for f in ordered) + r")(?!\w)")


_TIME_ZONE = re.compile(r"\s+time\b(?!\s+(?:to|for|of)\b)")


_NO_PERSON_ROLES: dict[int, tuple[Registry, re.Pattern[str] | None]] = {}


def _candidate_matches(text: str, registry: Registry) -> Iterator[re.Match[str]]:
    """The registry's leftmost-longest form matches in ``text``; a person's role form after
    words that make it someone other than the holder (:data:`_NOT_THE_HOLDER_BEFORE`) gives
    the other forms inside it instead ("A Kremlin spokesman said": Russia, not Peskov)."""
    for match in registry._pattern.finditer(text):
        actor, field_name = registry._index[_form_key(match.group())]
        if field_name == "roles" and actor.type == "person" and \
                _NOT_THE_HOLDER_BEFORE.search(text, max(0, match.start() - 30), match.start()):
            if _APPOSED_FORMER.search(text, max(0, match.start() - 60), match.start()):
                continue  # "Sergei Shoigu, the former Russian defence minister": his title
            kept = _NO_PERSON_ROLES.get(id(registry))
            if kept is None or kept[0] is not registry:
                kept = (registry, _compile_forms([
                    replace(a, roles=()) if a.type == "person" else a for a in registry.actors]))
                if len(_NO_PERSON_ROLES) > 8:
                    _NO_PERSON_ROLES.clear()
                _NO_PERSON_ROLES[id(registry)] = kept
            if kept[1] is not None:
                yield from kept[1].finditer(text, match.start(), match.end())
            continue
        yield match


def scan_text(text: str, registry: Registry, *,
              namesakes: set[str] | None = None) -> list[Mention]:
    """All non-overlapping actor mentions in ``text``, in text order (offsets into ``text``).

    A middle initial between a name's words is read past ("Secretary of Defense Lloyd J.
    Austin III" is the registry's "Lloyd Austin"). ``namesakes``, when given, gains the key
    (:func:`_form_key`) of each registry person's bare surname the text gives to another person
    ("Hunter Biden"), so that a caller reading a whole article can tell a later bare "Biden"
    apart (:func:`find_mentions`)."""
    read = _MIDDLE_INITIAL.sub(lambda m: m.group() if _initials_of_a_name(m, registry)
                               else m.group(1) + " " * len(m.group(2)), text)
    found = _scan(read, registry, namesakes)
    return found if read == text else [replace(m, text=text[m.start:m.end]) for m in found]


# A middle initial between two capitalised words of a name ("Lloyd J. Austin": the Pentagon's
# and CENTCOM's own style, a newcomer's US defence secretary had been no registry mention and
# his quotes of no camp).
# Two or more are read past too ("Karim A.A. Khan KC", "Karim A. A. Khan": the ICC prosecutor
# had been no mention), but for initials that stand for a name themselves (_initials_of_a_name).
_MIDDLE_INITIAL = re.compile(r"(\b[A-Z][a-z][\w'’-]*)([ \t]+[A-Z]\.(?:[ \t]?[A-Z]\.)*)"
                             r"(?=[ \t]+[A-Z][a-z])")


def _initials_of_a_name(match: re.Match[str], registry: Registry) -> bool:
    """Whether two or more initials after a word are no person's middle ones: a registry form
    ("The U.N. Security Council", "Senior U.S. officials"), or after a word that is no given name
    ("Washington D.C. Police", a registry form; "The", a sentence's opener)."""
    initials = "".join(match.group(2).split())
    return len(initials) > 2 and (
        _form_key(initials) in registry._index or _form_key(match.group(1)) in registry._index
        or match.group(1).lower() in _NOT_GIVEN_NAMES)


# A person's name glued by a hyphen to a capitalised word, the compound before another
# capitalised word: part of a longer name, not the registry's person ("Jean-Robert
# Saint-Fleur", a newcomer's: the alias "Jean" of Fritz Alphonse Jean had taken his words;
# "The Kellogg-Briand Pact of 1928" had been Keith Kellogg). Not a pairing of two registry
# actors ("the Trump-Putin Summit"), nor a prefix ("Pro-Trump Republicans"), nor the meeting
# or government of the pair named after them ("the Trump-Kim Summit", "the Biden-Harris
# Administration"); a title-case headline is left as it is.
# (an en dash too: "The Kellogg–Briand Pact", Wikipedia's spelling, a breaker's)
_HYPHEN_WORD_BEFORE = re.compile(r"(?<![\w'’.–-])([A-Z][\w'’]*)[-–]$")
_HYPHEN_WORD_AFTER = re.compile(r"[-–]([A-Z][\w'’]*)(?![\w'’–-])")
# ... the name going on in capitals. Not a pact's or treaty's noun in lower case: a historic
# pact by its name is capitalised ("the Kellogg-Briand Pact"), while two leaders' pact in lower
# case is their act ("The Putin-Kim pact signed in Pyongyang", "The Putin-Kim treaty", a
# breaker's, had lost Putin), and the name data cannot tell a registry's partner ("Kim") from a
# historic signer ("Briand")
_NAME_GOES_ON = re.compile(r"[ \t]+([A-Z][\w'’]*)")
_HYPHEN_PREFIXES = frozenset("pro anti ex non post pre neo ultra pan never then".split())
_PAIRS_ACTS = frozenset("""summit summits meeting meetings talks call calls deal deals plan
administration administrations government era years doctrine presidency campaign ticket
team axis relationship""".split())


def _inside_a_hyphenated_name(text: str, match: re.Match[str], actor: Actor, field_name: str,
                              registry: Registry) -> bool:
    """Whether a person's name ``match`` is one part of a hyphenated longer name (see
    :data:`_HYPHEN_WORD_BEFORE`)."""
    if actor.type != "person" or field_name not in ("name", "aliases") or _title_case(text):
        return False
    before = _HYPHEN_WORD_BEFORE.search(text, max(0, match.start() - 30), match.start())
    after = _HYPHEN_WORD_AFTER.match(text, match.end())
    glued = before or after
    if glued is None or glued.group(1).casefold() in _HYPHEN_PREFIXES or \
            _form_key(glued.group(1)) in registry._index:
        return False
    going_on = _NAME_GOES_ON.match(text, after.end() if after else match.end())
    if going_on is None or going_on.group(1).casefold() in _PAIRS_ACTS:
        return False
    return not _a_pairs_act_at_a_place(text, before.start(1) if before else match.start(),
                                       going_on, registry)


# ... nor, after a determiner, the pair's act named with its place or seat in between ("the
# Trump-Kim Singapore summit", "the Merkel-Putin Minsk agreement", "the Putin-Assad Kremlin
# meeting", "The Obama-Biden White House", a breaker's: the pair's leaders had been lost): a
# registry form right after the compound, or a lower-case act after a few capitalised words.
# Without the determiner a name runs on ("Jean-Robert Saint-Fleur calls for …").
_PAIR_DETERMINER_BEFORE = re.compile(r"(?<![\w'’-])(?:the|a|an|this|that)\s+$",
                                     re.IGNORECASE)
_NAME_RUN_THEN_WORD = re.compile(r"(?:[ \t]+[A-Z][\w'’-]*){1,3}[ \t]+([a-z]+)\b")
_PAIRS_PLACED_ACTS = _PAIRS_ACTS | frozenset("""agreement agreements accord accords format
process framework initiative negotiations""".split())


def _a_pairs_act_at_a_place(text: str, start: int, going_on: re.Match[str],
                            registry: Registry) -> bool:
    """Whether the hyphenated compound at ``start``, followed by the capitalised ``going_on``,
    names the pair's act at a place (see :data:`_PAIR_DETERMINER_BEFORE`)."""
    if not _PAIR_DETERMINER_BEFORE.search(text, max(0, start - 8), start):
        return False
    if registry._pattern is not None and registry._pattern.match(text, going_on.start(1)):
        return True
    act = _NAME_RUN_THEN_WORD.match(text, going_on.start())
    return act is not None and act.group(1) in _PAIRS_PLACED_ACTS


def _region_spans(text: str, registry: Registry) -> list[tuple[int, int]]:
    """The spans of the registry's ``regions`` named in ``text`` (as written, whole words)."""
    pattern = registry._region_pattern
    return [found.span() for found in pattern.finditer(text)] if pattern else []


def _inside_a_regions_name(match: re.Match[str], regions: Sequence[tuple[int, int]]) -> bool:
    """Whether a candidate lies inside a longer region's name: a region is a place, never a
    mention, so the words inside its name mention no one either (a Philippines newcomer listed
    the municipality "Datu Saudi Ampatuan" in the Philippines' ``regions``, and "in Datu Saudi
    Ampatuan town" had still been a mention of Saudi Arabia)."""
    return any(start <= match.start() and match.end() <= end
               and (start, end) != match.span() for start, end in regions)


def _scan(text: str, registry: Registry, namesakes: set[str] | None) -> list[Mention]:
    """:func:`scan_text` on a text whose middle initials are blanked."""
    if registry._pattern is None:
        return []
    raw = []
    regions = _region_spans(text, registry)
    for match in _candidate_matches(text, registry):
        if _LOWER_PREFIX.search(text, max(0, match.start() - 20), match.start()):
            continue
        if _inside_a_regions_name(match, regions):
            continue  # "Datu Saudi Ampatuan", a user's region: a town, not Saudi Arabia
        if _TIME_ZONE.match(text, match.end()):
            continue  # "05:00 Moscow time", "Kyiv time": a clock, not the actor
        actor, field_name = registry._index[_form_key(match.group())]
        if _inside_a_hyphenated_name(text, match, actor, field_name, registry):
            continue  # "Jean-Robert Saint-Fleur", "the Kellogg-Briand Pact": another name
        if _anothers_institution(text, match, actor, registry):
            continue  # a user's "Armed Forces" in "Venezuela's Armed Forces": another's
        if field_name == "metonyms" and _NAME_TAIL.match(text, match.end()):
            continue  # "the Kyiv Independent", "The Moscow Times": a newspaper, not the actor
        if field_name == "metonyms" and _bar_tail(text, match) and _THE_BEFORE.search(
                text, max(0, match.start() - 6), match.start()) and \
                not _a_bar_as_venue(text, match.start(), match.end()):
            continue  # "a lawyer at the Moscow bar": the city's bar association
        if field_name == "metonyms" and (_EVENT_TAIL.match(text, match.end()) or _NAME_HEAD.search(
                text, max(0, match.start() - 20), match.start())) and \
                not _parties_capitals(_hyphened_chain(text, match.start(), match.end()), registry):
            continue  # "the Abu Dhabi talks", "the Budapest Memorandum": an event or a text
            # named after a venue; "King's College London": an institution
        if field_name == "metonyms" and (
                _COORDINATED_EVENTS.match(text, match.end()) or _EVENTS_TAIL.match(
                    text, match.end())) and (_THE_BEFORE.search(
                        text, max(0, match.start() - 6), match.start())
                    or _COORDINATED_BEFORE.search(text, max(0, match.start() - 60),
                                                  match.start())):
            continue  # "For the Washington and Doha processes to deliver": venues' tracks
        if field_name == "metonyms" and _COORDINATED_EVENT.match(text, match.end()) and \
                not _a_seat_of_power(match.group()) and \
                not _parties_framework(text, match.start(), match.end(), registry) and (
                _THE_BEFORE.search(text, max(0, match.start() - 6), match.start())
                or _COORDINATED_BEFORE.search(text, max(0, match.start() - 60), match.start())):
            continue  # "For the Washington and Doha process to deliver": one venues' track
        if field_name == "metonyms" and _PEACE_FRAMEWORK.match(text, match.end()) and \
                _COORDINATED_BEFORE.search(text, max(0, match.start() - 60), match.start()) and \
                not _parties_capitals(_coordinated_cities(text, match.start(), match.end()),
                                      registry):
            continue  # "the Washington and Doha peace framework": the last venue
        if field_name == "metonyms" and _HYPHENED_VENUES_TRACK.match(text, match.end()) and \
                not _a_seat_of_power(match.group()) and \
                _THE_BEFORE.search(text, max(0, match.start() - 6), match.start()) and \
                not _parties_capitals(_hyphened_chain(text, match.start(), match.end()),
                                      registry):
            continue  # "welcomed the Washington-Doha process": venues' track
        if field_name == "demonyms" and _names_a_language(text, match):
            continue  # "Russian-speaking residents", "she spoke Russian": a language
        if field_name == "demonyms" and (_ORIGIN_AFTER.match(text, match.end())
                                         or _a_spaced_diasporas_origin(text, match)):
            continue  # "a Russian-born analyst", "a Ukrainian-American writer": an origin
        if field_name == "demonyms" and _a_diasporas_community(text, match, registry):
            continue  # "Ukrainian-American community leaders": the diaspora, not the state
        if field_name in ("name", "aliases", "metonyms") and actor.type == "country" and (
                _OF_COUNTRY_HEAD.search(text, max(0, match.start() - 30), match.start())
                or _COUNTRY_INSTITUTE_TAIL.match(text, match.end())
                or match.group() == "America" and _AMERICA_NAME_HEAD.search(
                    text, max(0, match.start() - 14), match.start())):
            continue  # "told the Times of India", "the United States Institute of Peace"
        if _BASED_AFTER.match(text, match.end()) and \
                not _BASED_ARMED_AFTER.match(text, match.end()):
            continue  # "the Kyiv-based GMK Center", "a US-based charity": a seat, not the actor
        if _names_a_road(text, match.start(), match.end()):
            continue  # "along the Zhytomyr-Kyiv road": a road named after its ends, no actor
        if actor.type == "person" and field_name in ("name", "aliases") and \
                _NAMED_THING_TAIL.match(text, match.end()) and not (
                    _title_case(text) and not re.search(r"(?<![\w'’-])[a-z]{4,}\b", text)):
            continue  # "the Trump Route for International Peace": a thing named after him
        if field_name != "demonyms" and _WATERS_OF.search(
                text, max(0, match.start() - 16), match.start()) or \
                actor.type == "country" and (_LANDFORM_AFTER.match(text, match.end())
                                             and not (field_name == "demonyms" and
                                                      _DEMONYM_STRAIT.match(text, match.end()))
                                             or field_name not in ("demonyms", "roles") and
                                             (_after_river(text, match) or
                                              _RIVER_AFTER.match(text, match.end()))):
            # "the Gulf of Aden", "the Niger River", "the River Niger", "Lake Chad": waters or
            # land named after a place (not "A Sea of Ukrainian Flags", a breaker's headline)
            continue
        if field_name == "demonyms" and _in_an_idiom(text, match):
            continue  # "worked like a Swiss watch", "Russian roulette": an idiom, no state
        if field_name == "demonyms" and match.group().lower() in _COMPASS_WORDS and \
                _names_a_region(text, match.end(), registry):
            continue  # "Western Ukraine has been spared": a region, not the West
        if actor.type == "country" and _COMPASS_STATE_BEFORE.search(
                text, max(0, match.start() - 8), match.start()):
            continue  # "South Sudan", "South Sudanese officials", "East Timor": another state
        if match.group().lower().split()[-1] in ("west", "western") and (
                _COMPASS_NAME_TAIL.match(text, match.end()) and not (
                    _title_case(text) and not re.search(r"(?<![\w'’-])[a-z]{4,}\b", text))
                or _COMPASS_SEA_TAIL.match(text, match.end())
                or _COMPASS_PLACE_TAIL.match(text, match.end())
                or _COMPASS_EDGE_TAIL.match(text, match.end()) and not (
                    match.group().lower().split()[-1] == "west"
                    and _COMPASS_EDGE_VERB.match(text, match.end()))):
            continue  # "the West Bank", "the Western Military District", "the West Philippine
            # Sea", "Western Sahara": a proper name
        if field_name == "demonyms" and _CURRENCY_AFTER.match(text, match.end()):
            continue  # "the Congolese franc", "the Russian rouble": a currency, not the state
        if actor.type == "country" and (
                field_name in ("demonyms", "name", "aliases")
                and _SHIPS_FLAG_AFTER.match(text, match.end())
                or field_name == "demonyms" and _MERCHANT_SHIP_AFTER.match(text, match.end())):
            continue  # "the Greek-owned tanker", "Greek owners": a ship's flag, not the state
        if field_name in ("demonyms", "metonyms") and _NGO_TAIL.match(text, match.end()):
            continue  # "the Norwegian Refugee Council", "Moscow Helsinki Group": not the state
        if field_name == "demonyms" and _INSTITUTION_TAIL.match(text, match.end()) and \
                not _title_case(text):  # "Russian Strike Hits Ukrainian Hospital": a headline
            continue  # "a surgeon at the Saudi Hospital": an institution's name, not the state
        if match.group() == "Helsinki" and _HELSINKI_NAME.match(text, match.end()):
            continue  # "the Ukrainian Helsinki Human Rights Union": not Finland
        host, named = _HOST_STATES.get(match.group().lower(), ("", "")) \
            if field_name == "metonyms" else ("", "")
        if host and actor.type != "country" and _form_key(host) in registry._index and \
                re.search(named, text):
            # "Belgium … broke off relations with Brussels": the host state's capital, where the
            # sentence names the state, not the body seated there
            actor = registry._index[_form_key(host)][0]
        if _a_persons_surname(text, match, actor, registry):
            # "Thérèse Kayikwamba Wagner", "Ms Wagner": a person, not the group; the registry's
            # one person of that surname, if any ("Kayikwamba Wagner")
            person = _only_person_named(registry, match.group())
            if person is not None:
                raw.append(Mention(person, match.start(), match.end(), match.group(), "name"))
            continue
        if _other_given_name(text, match, actor, registry) or \
                _other_given_name_after(text, match, actor) or \
                _another_generation(text, match, actor):
            if namesakes is not None:
                namesakes.add(_form_key(match.group()))
            continue  # "Hunter Biden", "Wladimir Klitschko", "Wang Wenbin": another person
        if field_name == "roles" and _qualified_epithet(text, match, actor, registry):
            continue  # "Israeli occupiers", "the Nazi occupiers": not Russia's "occupiers"
        if field_name == "name" and _RADIO_FREE.search(text, max(0, match.start() - 12),
                                                       match.start()):
            continue  # "Radio Free Europe": a broadcaster
        if field_name in ("name", "aliases", "metonyms") and actor.type == "country" and (
                _BROADCASTER_HEAD.search(text, max(0, match.start() - 16), match.start())
                or _is_channel(text, match)
                or _BROADCASTER_TAIL.match(text, match.end()) and not _title_case(text)):
            continue  # "France 24", "Radio France Internationale", "Russia Today": a broadcaster
        if actor.name in _CONTINENTS and field_name == "name" and _institution_before(
                text, match.start(), registry):
            continue  # "a senior fellow at Carnegie Europe": an institution's name
        if _names_a_titled_person(text, match, actor, registry):
            continue  # "Defence Minister Israel Katz": a person's first name, not the state
        raw.append(Mention(actor, match.start(), match.end(), match.group(), field_name))
    raw = _with_combining_forms(text, raw, registry)
    raw = [m for m, before, after in zip(raw, [None] + raw[:-1], raw[1:] + [None])
           if not _titles_a_named_person(text, m, before, after)]
    raw = _without_others_in_nicknames(text, raw)
    raw = _without_anothers_possessed_roles(text, raw)
    mentions = _merge_adjacent(text, raw)
    return _merge_adjacent(text, _absorb_titles(text, mentions))


# A state's short form that only opens a hyphened compound with another registry state's form:
# "Pak-Afghan forces", "the Pak-Afghan Joint Chamber of Commerce" (a Pakistan newcomer's Dawn
# story had Afghanistan alone in them). Read only there, as the state's adjective, never alone:
# "Pak Pong-ju", a Korean name, and "Pak-Tech Industries", no state after the hyphen, are no
# mention of Pakistan.
_COMBINING_FORMS = {"Pak": "Pakistan"}
_COMBINING_FORM = re.compile(r"(?<![\w'’.\-–])(" + "|".join(_COMBINING_FORMS) +
                             r")[-–](?=([A-Z][\w'’]*))")


def _with_combining_forms(text: str, raw: list[Mention], registry: Registry) -> list[Mention]:
    """``raw`` with a mention of each state's short form opening a compound with another state
    (:data:`_COMBINING_FORMS`), where the registry has the state, in text order."""
    added = []
    for match in _COMBINING_FORM.finditer(text):
        state = registry.lookup(_COMBINING_FORMS[match.group(1)])
        partner = registry.lookup(match.group(2))
        if state is None or state[0].type != "country" or partner is None or \
                partner[0].type != "country" or partner[0] is state[0] or \
                any(m.start < match.end(1) and match.start(1) < m.end for m in raw):
            continue
        added.append(Mention(state[0], match.start(1), match.end(1), match.group(1), "demonyms"))
    return sorted(raw + added, key=lambda m: m.start) if added else raw


# Words before a person's role form that make it someone other than the registry's holder: an
# indefinite article ("an RSF commander in Nyala told", a newcomer's: the field commander's words
# had been Hemedti's) or another time ("a former Ukrainian president", "the late", "then-").
_NOT_THE_HOLDER_BEFORE = re.compile(
    r"(?<![\w'’-])(?i:a|an|another|one|former|ex|then|late|previous|past|future|next|new)"
    r"(?:\s+|-)$")
# ... in apposition to a name before it: the named person's former title, no mention at all.
_APPOSED_FORMER = re.compile(r"[A-Z][\w'’.-]*\s*,\s+(?:(?:(?i:the|a|an)\s+)?"
                             r"(?i:former|ex|then|late|previous)(?:\s+|-)|(?i:a|an)\s+)$")


# A run of ranks or titles before a name.
# (an honorific without its full stop too, as British copy writes it: "the President of the
# Interim Government, Dr Samuel Ikome Sako", a Cameroon newcomer's, was two mentions of Sako;
# only here, so that "Mr Putin" elsewhere keeps its mention's span)
_BARE_HONORIFIC = r"(?:Mr|Mrs|Ms|Dr|Prof)"
# (a service before the rank too: "The Russian Defence Minister, Army General Sergei Shoigu,",
# a breaker's: two mentions of Shoigu)
# (and a rank named with its service after it, the Russian "General of the Army Sergei Shoigu",
# a breaker's; "Admiral of the Fleet", "Marshal of the Russian Federation")
_RANK_RUN = (rf"(?:(?:Army|Air\s+Force|Air|Navy|Naval|Police|Fleet|Field|Rear|Brigadier)\s+)?"
             rf"(?:(?:{_TITLE}|{_BARE_HONORIFIC})\s+"
             rf"(?:of\s+the\s+(?:Army|Fleet|Air\s+Force|Russian\s+Federation)\s+)?)+")
# A capitalised name right after a role ("…, Taras Hordiienko"), and the comma (and "the") of an
# apposition before one ("Kaja Kallas, the EU's foreign policy chief").
# (after a rank or an honorific: "Russia's defence minister, H.E. Andrei Belousov"; a rank with
# its service too, without a comma: "RDF spokesperson Brigadier General Ronald Rwivanga", a
# Mozambique newcomer's wire copy, had been two mentions of him)
_NAME_AFTER_ROLE = re.compile(rf"\s*,?\s*(?:{_RANK_RUN})?(?P<first>[A-Z][\w'’-]+)\s+[A-Z][\w'’-]")
_APPOSITION_BEFORE_ROLE = re.compile(r"\s*,\s*(?:the\s+)?")
# ... and the comma and rank or title between a role and the name in apposition to it.
_APPOSED_RANK = re.compile(rf"\s*,\s*{_RANK_RUN}")
_APPOSITION_CLOSED = re.compile(r"\s*(?:[,;:.)–—]|$)")
# ... a closing comma that goes on with "and" and a name: the apposed name is a list's item
# ("the Russian defence minister, General Valery Gerasimov, and Sergei Lavrov", a breaker's)
# (its own name: the locative rules' _LIST_GOES_ON below, defined later, had shadowed it, so
# every other person's ranked name read as a list's item: "Russia's defence minister, General
# Andrei Belousov," kept the role Shoigu's)
_APPOSED_LIST_GOES_ON = re.compile(r"\s*,\s*(?:and|or)\s+[A-Z]")


def _titles_a_named_person(text: str, m: Mention, before: Mention | None,
                           after: Mention | None) -> bool:
    """Whether the registry role mention ``m`` is the title or apposition of a person named
    beside it, so that it mentions nobody else ("Ukraine's foreign minister (,) Andrii Sybiha"
    is not Kuleba, the role's holder in the registry; "Kaja Kallas, the EU's foreign policy
    chief" not Borrell; "Hungary's prime minister, Viktor Orbán" is one mention of Orbán). The
    person is a registry person, or a name whose first word the name data saw for at least
    NAME_PEOPLE_MIN people ("Ukraine's defence minister, Taras Hordiienko")."""
    if m.field != "roles" or m.actor.type != "person":
        return False
    if after is not None and after.actor.type == "person" and text[m.end:after.start].strip() in (
            "", ","):
        return after.actor is not m.actor or text[m.end:after.start].strip() == ","
    if after is not None and after.actor.type == "person" and \
            _APPOSED_RANK.fullmatch(text, m.end, after.start) and \
            _APPOSITION_CLOSED.match(text, after.end) and (
                after.actor is m.actor or not _APPOSED_LIST_GOES_ON.match(text, after.end)):
        # a rank before the apposed name: "The Chief of Army Staff, General Syed Asim Munir,"
        # (an India-Pakistan newcomer's: two mentions of Munir), "The Russian Defence Minister,
        # General Sergei Shoigu,"; without the comma the two are one mention already; not a
        # list's next item ("the defence minister, President Putin and Lavrov met"), nor another
        # person's name in a list of three ("the defence minister, General Valery Gerasimov,
        # and Sergei Lavrov"; the role's own holder there is its title still)
        return True
    if before is not None and before.actor.type == "person" and \
            _APPOSITION_BEFORE_ROLE.fullmatch(text, before.end, m.start):
        return True
    name = _NAME_AFTER_ROLE.match(text, m.end)
    if name is None:
        return False
    if after is not None and after.start < name.end():
        # the name after the ranks is a registry person's, with no comma between: the role is
        # their title ("Ukrainian Commander-in-Chief Colonel General Oleksandr Syrskyi"), the
        # person's mention holding the last ranks or not ("RDF spokesperson Brigadier General
        # Ronald Rwivanga": "General Ronald Rwivanga")
        return after.actor.type == "person" and m.end < after.start <= name.start("first") \
            and "," not in text[m.end:after.start]
    from .speakers import NAME_PEOPLE_MIN, NameDataError, first_name_people

    try:
        return first_name_people(name.group("first")) >= NAME_PEOPLE_MIN
    except NameDataError:
        return False


# Names of non-governmental bodies and of places that begin with a demonym: the state is
# neither actor nor portrayed there ("the Norwegian Refugee Council said", "the German Marshall
# Fund", "the Ukrainian Red Cross", "the Indian Ocean").
# (and another state's province: "in British Columbia", a breaker's, had been the United Kingdom)
_NGO_TAIL = re.compile(r"\s+(?:Refugee\s+Council|Helsinki\s+(?:Committee|Group|Human\s+Rights)|"
                       r"Marshall\s+Fund|Red\s+Cross|Ocean|Columbia(?:ns?)?)\b")
# An institution named with a demonym: "the Saudi Hospital", "the American University of Beirut".
_INSTITUTION_TAIL = re.compile(
    # (and a news agency or broadcaster: "the Syrian Arab News Agency", "the Russian News Agency")
    r"\s+(?:(?:[A-Z][a-z]+\s+)?News\s+Agency|Broadcasting\s+(?:Corporation|Company|Service)|"
    r"Hospital|Clinic|University|Museum|School|College|Academy|Airlines|Airways|Cathedral|"
    r"Mosque|Synagogue|Philharmonic|Orchestra|Ballet|Theatre|Theater|Library)\b")
def _title_case(text: str) -> bool:
    """Whether most longer words of ``text`` are capitalised, as in a title-case headline."""
    words = [w for w in re.findall(r"[^\W\d_][\w'’-]*", text) if len(w) > 3]
    return len(words) >= 3 and sum(w[0].isupper() for w in words) >= 0.75 * len(words)


# "Radio Free Europe": a broadcaster's name, not the continent.
_RADIO_FREE = re.compile(r"\bRadio\s+Free\s+$")
# A broadcaster named with a country or its capital: "France 24", "Russia-1", "Moscow 24"
# (a channel's number), "Radio France Internationale", "Russia Today", "France Inter", "Channel
# One Russia" (a newcomer's pro-junta site's "Western media such as RFI and France 24 continue
# their campaign of disinformation" had been France, negative).
# The channels so named, by their place's name: not "a US 30-day ceasefire proposal", "the China
# 12-point plan", "Ukraine 2, Russia 0", "In Moscow 15 people were detained" (a breaker's).
_CHANNELS = {"france": {"2", "3", "5", "24"}, "russia": {"1", "24"}, "moscow": {"24"},
             "ukraine": {"24"}, "kyiv": {"24"}}
_CHANNEL_NUMBER = re.compile(r"(?:[ \t]+|-)(?P<number>\d{1,2})\b(?![-.,:]\d|-\w|\s*%|"
                             r"\s+(?:[a-z]+\s+)?(?:seconds?|minutes?|hours?|days?|people|years?)\b)")


def _is_channel(text: str, match: re.Match[str]) -> bool:
    """Whether the place's name ``match`` opens a channel's name ("France 24", "Russia-1")."""
    number = _CHANNEL_NUMBER.match(text, match.end())
    return number is not None and \
        number.group("number") in _CHANNELS.get(match.group().lower(), ())
_BROADCASTER_TAIL = re.compile(r"[ \t]+(?:Today|Inter|Info|Culture|T[ée]l[ée]visions|"
                               r"Internationale|"
                               # "China Central Television", "China Global Television
                               # Network", "China Radio International"; "Iran International"
                               # alone (not "Iran International Airport", "Ukraine
                               # International Airlines")
                               r"Central\s+Television|Global\s+Television|"
                               r"Radio\s+International|International(?![ \t]+[A-Z]))\b")
# (and RT's national channels: "RT France", "RT UK")
_BROADCASTER_HEAD = re.compile(r"\b(?:Radio|Channel\s+One|Channel\s+1|RT)\s+$")
# Idioms made of a demonym and a thing, each with the demonyms it takes: the state is not
# meant ("worked like a Swiss watch", "playing Russian roulette", "Russian dolls").
_IDIOMS = {"swiss": r"watch|cheese|army\s+knife|clockwork",
           "russian": r"roulette|dolls?|nesting\s+dolls?",
           "chinese": r"whispers|checkers|lanterns?",
           "french": r"fries|toast|kiss|leave|windows?|doors?",
           "dutch": r"courage|auction|uncle|treat",
           "turkish": r"delight|coffee|bath",
           "german": r"shepherds?"}
# A compass demonym before a registry name: "Western Ukraine", "Eastern Europe".
_COMPASS_WORDS = frozenset({"western", "eastern", "northern", "southern"})
_REGION_OF_AFTER = re.compile(r"\s+([A-Z][\w'’-]+)\b(?!['’]s)")


# A capitalised compass word right before a country's name or demonym: another state or a
# region named after it ("South Sudan's President Salva Kiir", "South Sudanese officials", a
# newcomer's; "North Macedonia", "East Timor", "Latin America"), not the country (registry names
# such as "South Korea" are matched whole first).
_COMPASS_STATE_BEFORE = re.compile(r"(?<![\w-])(?:South|North|East|West|Latin|Central)[ \t]+$")
# A proper name opened by "West" / "Western" that is neither the West nor portrayed with it: a
# territory, a region or a military command (a newcomer's "the regime's Western Command
# headquarters" was the outlet's only row about the West; "the West Bank" would be in every
# Middle East corpus; the Russian defence ministry's "Western group of forces").
_COMPASS_NAME_TAIL = re.compile(
    r"\s+(?:Bank|Command|Military\s+District|Group|(?i:group\s+of\s+(?:forces|troops))|Front|"
    r"Cape|Coast|Highlands|Isles|Province|Region|District|Fleet|Army|Corps|Theat(?:re|er)|"
    r"Union|Wall|"
    # a sea (a newcomer's Philippine outlets: "the coast guard spokesperson for the West
    # Philippine Sea" had been the West; Korean usage: "missiles fell into the West Sea")
    r"Sea)\b")
# ... a place's own name after it, whatever the case of the text around it: no common noun, so
# a title-case headline names the place too ("Can Autonomy End the Western Sahara Conflict?",
# "Security Council Extends Mandate of Mission in Western Sahara" had been the West in a
# newcomer's Western Sahara corpus; "Western Army Chiefs Meet" stays the West).
_COMPASS_PLACE_TAIL = re.compile(
    r"\s+(?:Sahara|Balkans|Hemisphere|Africa|Asia|Siberia|Galilee|Australia|Virginia|Darfur|"
    r"Kordofan|Equatoria|Bengal|Papua|Java|Azerbaijan|Kazakhstan|Pomerania|"
    # (the Philippines' island groups: "Western Mindanao", "Western Visayas", and the Western
    # Mindanao Command in every army release from the south, a Philippines newcomer's)
    r"Mindanao|Visayas)\b")
# ... a border or flank after it, whatever the case of the text around it: a direction, as
# "the western border" is (a Guyana newcomer's army release headline "GDF STRENGTHENS PRESENCE
# ALONG WESTERN BORDER" had the West; "THE WEST MUST ACT" stays the West).
# Only the adjective: after the name "The West", "borders" is the verb ("The West borders on
# hypocrisy, Lavrov said." stays the West; "The West frontier guard report" is a direction).
_COMPASS_EDGE_TAIL = re.compile(r"\s+(?i:borders?|frontiers?|flank|boundary|boundaries)\b")
_COMPASS_EDGE_VERB = re.compile(r"\s+(?i:borders)\b")
# ... a sea's name whatever the case of the text around it: a title-case headline ("Chinese
# Ships Swarm West Philippine Sea") names the sea too.
_COMPASS_SEA_TAIL = re.compile(r"\s+[A-Z][\w'’-]+\s+Sea\b")


def _names_a_region(text: str, end: int, registry: Registry) -> bool:
    """Whether a registry name follows a compass demonym ending at ``end`` ("Western Ukraine"),
    or one of the registry's ``regions`` (a Philippines newcomer's "Western Mindanao", Mindanao
    a region of the Philippines in the user's file, had been the West)."""
    after = _REGION_OF_AFTER.match(text, end)
    return after is not None and (_form_key(after.group(1)) in registry._index
                                  or registry.is_region(after.group(1)))
# A currency after a demonym: its exchange rate is no stance toward the state (a newcomer's
# "the Congolese franc" had been DR Congo's mention, scored negative).
_CURRENCY_AFTER = re.compile(
    r"\s+(?:(?:new\s+)?shekels?|tomans?|national\s+currency|francs?|roubles?|rubles?|hryvnias?|hryvnyas?|rupees?|yuan|renminbi|rials?|shekels?|"
    r"liras?|zloty|zlotys|forints?|pounds?|dollars?|yen|euros?|dinars?|pesos?|rands?|leu|lei|"
    r"levs?|lari|drams?|manats?|tenge|soms?|krona|kronor|krone|kroner|baht|naira|shillings?|"
    r"cedis?|kwacha|birr|riyals?|dirhams?|currency)\b"
    # written in lower case ("Lev Gudkov" is a name), not a state's foreign-currency debt
    r"(?!\s+(?:bonds?|debts?|loans?|notes?|eurobonds?|obligations)\b)")
# A merchant ship's flag or its owners' nationality is no stance toward the state: a state's
# name or demonym joined to "-owned", "-flagged", "-registered", "-operated" or "-managed"
# before a ship's noun ("the Greek-owned tanker", "the Liberian-flagged bulk carrier", "a
# Malta-flagged vessel"), and a demonym before a merchant ship's noun or its owners ("the Greek
# tanker", "Greek owners", "Greek shipowners"). A Red Sea newcomer's corpus had 5 Greece
# mentions (camp West) of one seized tanker. A navy's ship ("the Greek frigate", "Russian
# vessels" blockading a harbour) and "the Greek government" stay the state's.
_MERCHANT_SHIP = (r"(?:(?:crude|oil|product|chemical|LNG|LPG|gas|grain)\s+)?(?:tankers?|bulk\s+carriers?|"
                  r"bulkers?|freighters?|cargo\s+(?:ships?|vessels?)|container\s+(?:ships?|vessels?)|"
                  r"merchant\s+(?:ships?|vessels?)|"
                  # a bare "carrier(s)" is a navy's ("Chinese carriers conducted drills", "A
                  # Chinese-flagged carrier group"), but companies named after it are firms
                  # ("Russian carriers such as Aeroflot")
                  r"carriers?(?=\s+(?:such\s+as|like|including)\b))")
# The flag word sits right before the ship's noun, or before another flag or a name between
# ("Greek-owned, Liberian-flagged tanker"), never reaching a verb's object ("Iranian-owned
# drones struck two ships"); "-operated" is the state's own operation ("Iranian-operated drone
# ships attacked the port", "Israeli-operated surveillance ships"), the state's mention.
_SHIPS_FLAG_AFTER = re.compile(
    r"-(?:owned|flagged|registered|managed)(?:\s*,?\s+(?:and\s+)?"
    r"(?:[\w-]+-(?:owned|flagged|registered|operated|managed)|owned|flagged|registered|operated|"
    r"managed|crude|oil|products?|chemical|gas|grain|commercial|(?-i:[A-Z][\w-]*))){0,3}?\s+"
    rf"(?:{_MERCHANT_SHIP}|ships?|vessels?)\b", re.IGNORECASE)
_MERCHANT_SHIP_AFTER = re.compile(
    rf"\s+(?:{_MERCHANT_SHIP}|(?:ship-?)?owners|shipping\s+(?:compan(?:y|ies)|firms?|lines?))\b",
    re.IGNORECASE)
_ARTICLE_BEFORE = re.compile(r"\b(?:an?|like)\s+$", re.IGNORECASE)
_TAKE_BEFORE = re.compile(r"\b(?:take|takes|took|taking|taken)\s+$", re.IGNORECASE)
_IDIOM_TAIL = re.compile(r"\s+(?:" + "|".join(
    rf"(?P<{d}>(?:{words}))" for d, words in _IDIOMS.items()) + r")\b", re.IGNORECASE)


def _in_an_idiom(text: str, match: re.Match[str]) -> bool:
    """Whether the demonym ``match`` opens one of its idioms (:data:`_IDIOMS`)."""
    tail = _IDIOM_TAIL.match(text, match.end())
    if tail is None or tail.lastgroup != match.group().lower():
        return False
    thing = tail.group().strip().lower()
    before = text[max(0, match.start() - 12):match.start()]
    if thing.startswith(("watch", "cheese")):
        # "ran like a Swiss watch", "full of holes like Swiss cheese": the idiom has its article
        # or "like"; "Swiss watch exports", "Swiss cheese imports" are watches and cheese
        return bool(_ARTICLE_BEFORE.search(before))
    if thing == "leave":
        return bool(_TAKE_BEFORE.search(before))  # "took French leave", not "the French leave"
    return True


# The human-rights bodies named after the Helsinki Final Act, and the Act itself.
_HELSINKI_NAME = re.compile(r"\s+(?:Committee|Group|Human\s+Rights|Final\s+Act|Accords?|"
                            r"Commission|Foundation)\b")


# A road or railway named after the places at its ends, joined by a hyphen or a dash: "along
# the Zhytomyr-Kyiv road", "the Kyiv–Chop highway", "the Baku-Tbilisi-Kars railway" (a newcomer's
# "delivered … to Khankendi along the Aghdam-Khankendi road" had two mentions of the authorities
# seated there). Not a plan ("the Kyiv-Moscow road map"), nor a name alone before the noun ("the
# Kyiv road"): a road toward it.
_ROAD_NOUN = (r"\s+(?:road|roads|highway|highways|motorway|railway|railroad|rail\s+line|"
              r"route|corridor)\b(?!\s+maps?\b)")
_ROAD_ENDS_AFTER = re.compile(r"(?:[-–][A-Z][\w'’]*)+" + _ROAD_NOUN)
_ROAD_END_BEFORE = re.compile(r"(?<![\w'’-])(?:[A-Z][\w'’]*[-–])+$")
_ROAD_TAIL = re.compile(r"(?:[-–][A-Z][\w'’]*)*" + _ROAD_NOUN)


def _names_a_road(text: str, start: int, end: int) -> bool:
    """Whether the form from ``start`` to ``end`` is one end of a road's or railway's name,
    joined to another by a hyphen (:data:`_ROAD_ENDS_AFTER`)."""
    return bool(_ROAD_ENDS_AFTER.match(text, end) or (
        _ROAD_END_BEFORE.search(text, max(0, start - 40), start) and _ROAD_TAIL.match(text, end)))


# A way, building or place named after a person, its capitalised noun right after the name:
# "the Trump Route for International Peace and Prosperity" (a newcomer's corridor had been a
# mention of Trump, as "the Washington deal" would be of the United States), "the Kennedy
# Center". Not the person's own bodies or policies ("the Biden administration", "the Trump
# Doctrine"), nor a title-case headline ("Trump Road Trip Ends").
_NAMED_THING_TAIL = re.compile(r"[ \t]+(?:Route|Corridor|Bridge|Road|Highway|Avenue|Street|"
                               r"Boulevard|Square|Tower|Towers|Airport|Stadium|Library|Center|"
                               r"Centre)\b")


# An event or a text named after the city that hosted it: "the Abu Dhabi talks", "the Budapest
# Memorandum", "the Minsk agreements" (not "Moscow talks with Beijing", a verb); "to keep the
# Pretoria framework alive", "the Pretoria peace agreement" (a newcomer's had been South Africa).
_EVENT_TAIL = re.compile(
    r"\s+(?:talks(?!\s+(?:with|to|about|up|down|tough|of|peace|big|business|sense|"
    r"turkey|shop|back)\b)|summit|memorandum|format|communiqu[eé]|peace\s+talks|"
    # ("framework" right after the city: "Kyiv ceasefire framework rejected by Moscow" is
    # Kyiv's proposal, a breaker's)
    r"framework|"
    r"(?:(?:peace|ceasefire)\s+)?(?:agreements?|accords?|process|declaration|"
    r"protocols?|conference|deal(?!\s+(?:with|a|an|the|blows?)\b)))\b",
    re.IGNORECASE)
# ... and events named after two or more venues, coordinated before a plural noun: "For the
# Washington and Doha processes to deliver, Kigali must withdraw its troops", "return to the
# Luanda and Nairobi processes" (a newcomer's had been the United States, Qatar and Angola). Only
# the plural: a plural verb after two cities ("Moscow and Kyiv process the lists") is no event.
_EVENTS_TAIL = re.compile(
    r"\s+(?:(?i:peace|ceasefire)\s+)?(?i:processes|agreements|accords|formats|frameworks)\b")
# the venues after the city: "Luanda| and Nairobi processes", "Astana|, Geneva and Sochi formats"
_COORDINATED_EVENTS = re.compile(
    r"(?:\s*,\s*[A-Z][\w'’-]*(?:[ \t]+[A-Z][\w'’-]*)?)*,?\s+(?i:and|or|&)\s+"
    r"[A-Z][\w'’-]*(?:[ \t]+[A-Z][\w'’-]*)?" + _EVENTS_TAIL.pattern)
# ... and one event named after them all, after "the": "For the Washington and Doha process to
# deliver" (a breaker's: the plural had been no state, the singular the United States); without
# "the" a verb after two cities stays ("Moscow and Kyiv process the lists").
# Not one agreement, accord or deal: named after two capitals, it is the two parties' ("The
# Moscow and Kyiv agreement on prisoner exchanges", a breaker's), as a process or format is
# not; and not seats of power (:func:`_a_seat_of_power`: "the Kremlin and White House talks").
_COORDINATED_EVENT = re.compile(
    r"(?:\s*,\s*[A-Z][\w'’-]*(?:[ \t]+[A-Z][\w'’-]*)?)*,?\s+(?i:and|or|&)\s+"
    r"[A-Z][\w'’-]*(?:[ \t]+[A-Z][\w'’-]*)?"
    r"(?!(?i:\s+(?:(?:peace|ceasefire)\s+)?(?:agreement|accord|deal|declaration|protocol)\b))"
    # (a framework of peace too: "the Washington, Doha and Luanda peace framework", a
    # breaker's; after one city it may be that state's proposal, "the Kyiv ceasefire framework")
    r"(?i:" + _EVENT_TAIL.pattern + r"|\s+(?:peace|ceasefire)\s+framework\b)")
_PEACE_FRAMEWORK = re.compile(r"\s+(?i:peace|ceasefire)\s+(?i:framework)\b")
# ... and joined by a hyphen before a track's noun: "the Washington-Doha process", "the
# Astana-Geneva format" (a breaker's: the first venue had been the United States, the second,
# before the noun, was no mention already); not talks or an agreement, which two capitals
# joined so name as the parties ("the Moscow-Kyiv talks")
_HYPHENED_VENUES_TRACK = re.compile(
    r"(?:[-–][A-Z][\w'’]*)+\s+(?i:(?:peace\s+|ceasefire\s+)?"
    r"(?:process|processes|format|formats|framework|frameworks|track))\b")
# ... but the parties' capitals, not venues, where every city so joined is a registry state's
# and none of a neutral camp ("The Kyiv-Moscow peace process collapsed", "the Washington-Moscow
# track", "the London and Paris ceasefire framework": a breaker's had lost both states; a
# mediator's city, "the Washington-Doha process", or one the registry lacks, "the
# Astana-Geneva format", keeps them venues): see :func:`_parties_capitals`.
_HYPHENED_CHAIN_BEFORE = re.compile(r"(?:[A-Z][\w'’]*[-–])+$")
_HYPHENED_CHAIN_AFTER = re.compile(r"(?:[-–][A-Z][\w'’]*)+")
_NEUTRAL_CAMPS = ("", "other")


def _hyphened_chain(text: str, start: int, end: int) -> list[str]:
    """The cities a hyphen joins to the form at ``start:end`` ("Kyiv-Moscow"), the form's
    own among them; just the form where no hyphen joins it."""
    before = _HYPHENED_CHAIN_BEFORE.search(text, max(0, start - 60), start)
    after = _HYPHENED_CHAIN_AFTER.match(text, end)
    chain = text[before.start() if before else start:after.end() if after else end]
    return [part for part in re.split(r"[-–]", chain) if part]


def _coordinated_cities(text: str, start: int, end: int) -> list[str]:
    """The cities coordinated before the form at ``start:end`` ("the London and |Paris"), and
    the form's own."""
    before = _COORDINATED_BEFORE.search(text, max(0, start - 60), start)
    if before is None:
        return [text[start:end]]
    listed = re.sub(r"^(?i:the)\s+", "", before.group())
    return [part.strip() for part in re.split(r"\s*,\s*|\s+(?i:and|or|&)\s+", listed)
            if part.strip()] + [text[start:end]]


def _parties_framework(text: str, start: int, end: int, registry: Registry) -> bool:
    """Whether the form at ``start:end`` opens or goes on a list of the parties' capitals
    before a peace or ceasefire framework ("the London and Paris ceasefire framework")."""
    event = _COORDINATED_EVENT.match(text, end)
    tail = _PEACE_FRAMEWORK.search(text, end, event.end()) if event else None
    if tail is None or tail.end() != event.end():
        return False
    after = [part.strip() for part in re.split(r"\s*,\s*|\s+(?i:and|or|&)\s+",
                                                  text[end:tail.start()]) if part.strip()]
    return _parties_capitals(_coordinated_cities(text, start, end) + after, registry)


def _parties_capitals(cities: list[str], registry: Registry) -> bool:
    """Whether two or more cities naming a track are the states', not venues: each the
    registry's form of a country of a camp that is not neutral ("Other"), two states at least."""
    if len(cities) < 2:
        return False
    states = set()
    for city in cities:
        entry = registry._index.get(_form_key(city))
        if entry is None or entry[0].type != "country" or \
                entry[0].camp.strip().casefold() in _NEUTRAL_CAMPS:
            return False
        states.add(entry[0].name)
    return len(states) >= 2


# ... and before it: "the Luanda and |Nairobi processes"
# (after "the": "Beijing and Moscow frameworks for Africa compete" are the states', a
# breaker's)
_COORDINATED_BEFORE = re.compile(r"(?<![\w'’-])(?i:the)\s+(?:[A-Z][\w'’-]*(?:[ \t]+[A-Z][\w'’-]*)?"
                                 r"(?:\s*,|,?\s+(?i:and|or|&))\s+)+$")
# An institution's name ending in a city: "King's College London", "University College London".
_NAME_HEAD = re.compile(r"\b(?:College|University|School|Institute|Museum)\s+$")
# The next word of a newspaper's or an institution's name after a city ("Kyiv Independent",
# "Washington Post", "Kyiv School of Economics"): the city is no metonym of its state there.
_NAME_TAIL = re.compile(
    r"\s+(?:Independent|Post|Times|Herald|Journal|Tribune|Telegraph|Gazette|Dispatch|Courier|"
    r"Chronicle|Observer|Review|Monitor|Insider|Mirror|Express|Standard|School|University|"
    r"Institute|Academy|Conservatory|Polytechnic|Zoo|Lavra|Dynamo|Spartak|"
    # the city's bar association by its name, as "the Moscow bar association" in lower case
    # (a breaker's "The Moscow Bar Association suspended the lawyer's licence" had been Russia)
    r"Bar[ \t]+(?:Association|Council|Chamber))\b(?![ \t]+[A-Z])")

# ... and a city's bar association in lower case, after "the": "A lawyer at the Moscow bar said",
# "a lawyer at the Kinshasa bar, told ACP" (a newcomer's had been Russia and DR Congo); not a verb
# ("Moscow barred entry") nor a bar in a city ("in a Moscow bar", a place).
# (not a ban: "The White House bar on Associated Press reporters", a breaker's; but a bar on a
# day or a street is a bar: "at a popular Moscow bar on Friday night", "a Moscow bar on
# Tverskaya Street", a breaker's)
_BAR_ON_A_STREET = (r"[ \t]+on[ \t]+(?:the[ \t]+)?(?:[A-Z][\w'’.-]*[ \t]+){1,3}"
                    r"(?:Street|Avenue|Square|Boulevard|Prospekt|Road|Lane|Embankment)\b")
_BAR_ON_A_DAY_OR_STREET = (
    r"[ \t]+on[ \t]+(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b|"
    + _BAR_ON_A_STREET)
_BAR_TAIL = re.compile(r"(?:[-/][A-Z][\w'’]*)?[ \t]+bar\b(?![-–])"
                       rf"(?!(?!{_BAR_ON_A_DAY_OR_STREET})[ \t]+(?:on|against|to)\b)")
# ... a seat of power's "bar on" a day is its ban still ("The Kremlin bar on Monday forced three
# Western outlets to close", a breaker's, had lost Russia): seats hold no drinking places
_SEATS_BAR_TAIL = re.compile(r"(?:[-/][A-Z][\w'’]*)?[ \t]+bar\b(?![-–])"
                             r"(?![ \t]+(?:on|against|to)\b)")


def _bar_tail(text: str, match: re.Match[str]) -> bool:
    """Whether a city's form is followed by its bar (:data:`_BAR_TAIL`); a seat of power's
    only where no ban's "on" follows (:data:`_SEATS_BAR_TAIL`)."""
    if _a_seat_of_power(match.group()):
        return bool(_SEATS_BAR_TAIL.match(text, match.end()))
    return bool(_BAR_TAIL.match(text, match.end()))


_THE_BEFORE = re.compile(r"(?<![\w'’-])(?i:the)\s+$")
# ... but a bar where something happens is a drinking place in the city, a place: "the Moscow bar
# where the concert was held" (a breaker's: the city had been lost as the bar association's),
# as "a Moscow bar" is; not beside a lawyer ("a lawyer at the Moscow bar, where he has
# practised since 2001, said").
# (and one that hosted or served something, a breaker's "Police raided the Moscow bar that
# hosted the anti-war concert")
_BAR_VENUE_AFTER = re.compile(r"[ \t]+bar(?:,?[ \t]+(?:where|(?:in|at|outside|inside)[ \t]+which|"
                              r"(?:that|which)[ \t]+(?:hosted|hosts|served|serves|sold|sells|"
                              r"stayed|stays|opened|opens|stood|stands))\b|" + _BAR_ON_A_STREET + ")")
# ... one of many, an adjective or two after its article too ("at a popular Moscow bar", a
# breaker's)
_A_BEFORE = re.compile(r"(?<![\w'’-])(?i:a)\s+(?:[a-z][\w-]*\s+){0,2}$")
_LEGAL_WORD = re.compile(r"\b(?i:lawyers?|attorneys?|advocates?|barristers?|jurists?|legal|"
                         r"counsel|bâtonnier|disbarred|bar\s+(?:association|council))\b")
# the bar's own clause, its subject the bar: "bar, which opened …", "bar that stood by …"; a
# legal body's act there (_LEGAL_WORD, or discipline and licences)
_BAR_OWN_CLAUSE = re.compile(r"[ \t]+bar,?[ \t]+(?:that|which)[ \t]+[^,.;:!?]*")
_BAR_BODYS_ACT = re.compile(_LEGAL_WORD.pattern + r"|\b(?i:disciplinary|licen[cs]es?)\b")


def _a_bar_as_venue(text: str, start: int, end: int) -> bool:
    """Whether the city's form from ``start`` to ``end`` names a bar in the city, a drinking
    place: one where something happens ("the Moscow bar where the concert was held") or one of
    many ("a shooting in a Moscow bar"), in a sentence naming no lawyer nor the bar's bodies.
    What happens there may hold a lawyer ("raided the Moscow bar where a human rights lawyer
    was celebrating", a breaker's), not the words before the bar ("a lawyer at the Kyiv bar,
    where she has practised") nor the bar's own body ("the Moscow bar association, where …")."""
    if not _BAR_TAIL.match(text, end) or _LEGAL_WORD.search(text, 0, start) or \
            _LEGAL_WORD.match(text, end + 1):
        return False
    if _a_seat_of_power(text[start:end]):
        return False  # "the Kremlin bar on Monday": a ban, no drinking place
    venue = _BAR_VENUE_AFTER.match(text, end)
    if venue:
        # the bar's own act may not be a legal body's ("The Kyiv bar, which opened disciplinary
        # proceedings against the lawyer", "The Moscow bar that stood by Navalny's lawyers", a
        # breaker's, had been the city as a place); what happens "where" it stands may hold one
        own_act = _BAR_OWN_CLAUSE.match(text, end)
        return own_act is None or not _BAR_BODYS_ACT.search(own_act.group())
    return not _LEGAL_WORD.search(text) and bool(
        _A_BEFORE.search(text, max(0, start - 30), start))

# A capitalised head of an outlet's or institution's name before "of" and a country: the
# country is no actor there (a newcomer's "told the Global New Light of Myanmar", "the
# Democratic Voice of Burma"; "the Times of India", "the Orthodox Church of Ukraine"). A
# central bank ("Bank of Russia") is the state's and stays.
_OF_COUNTRY_HEAD = re.compile(
    # after "the" or another word of the name: not a sentence's "News of Russia's withdrawal"
    r"(?:\b(?i:the)\s+|[A-Z][\w'’-]*\s+)"
    r"(?:Times|Voice|Light|Institute|University|Academy|Museum|Radio|Television|Gazette|Herald|"
    r"Post|Star|Tribune|Mirror|News|Review|Journal|Observer|School|College|Church|Orchestra|"
    r"Library)\s+of\s+(?:the\s+)?$")
# A sea, a strait or a cape named after a place: "sailed into the Gulf of Finland", "a tanker in
# the Gulf of Aden" (a newcomer's Aden-seated government had six rows from the sea), "the Gulf
# of America".
_WATERS_OF = re.compile(r"\b(?:Gulf|Sea|Bay|Strait|Straits|Isthmus|Cape|Horn)\s+of\s+(?:the\s+)?$")
# ... or a river, delta or valley named like a state: "Fishermen along the Niger River" (a
# newcomer's Sahel registry had the state), "the Jordan Valley", "the Congo River".
# (and in lower case after a name, British style: "along the Niger river", "the Taiwan
# strait"; not "Ukrainian river patrols")
# ... or a strait named like a state, as "the Strait of Hormuz" is after it: "35 aircraft
# crossed the median line of the Taiwan Strait" (a newcomer's had been Taiwan acting, in five
# of eight articles), "through the Turkish Straits"
_LANDFORM_AFTER = re.compile(r"\s+(?:River|Delta|Valley|Basin|Reservoir|[Ss]traits?)\b")
# ... after a demonym, a strait's plural or lower case only: "the Turkish Straits", not the
# name of an exercise ("Chinese Strait Thunder drills ended", a breaker's)
_DEMONYM_STRAIT = re.compile(r"\s+Strait\b")
_RIVER_AFTER = re.compile(r"\s+river\b")
# ... or before it: "the River Niger" (capitalised only: "Across the river Russian forces
# shelled Kherson" is the state's, a breaker's), and a lake named like a state: "Fishermen work
# on the islands of Lake Chad", "the Lake Chad region" (a newcomer's Nigeria corpus had five of
# Chad's rows from the lake; "near Lake Fitri, Chad said" keeps the state).
_WATER_BEFORE = re.compile(r"(?<![\w-])(?:River|Lake)[ \t]+$")


def _after_river(text: str, match: re.Match[str]) -> bool:
    """Whether the state's name ``match`` follows "River" or "Lake" as its water's name ("the
    River Niger", "Lake Chad")."""
    return _WATER_BEFORE.search(text, max(0, match.start() - 8), match.start()) is not None
# A company's, a broadcaster's or a character's name with "America" ("Bank of America", "Voice
# of America's website", "Captain America").
_AMERICA_NAME_HEAD = re.compile(r"\b(?:(?:Bank|Voice)\s+of|Captain)\s+$")
# ... or after the country's name: "the United States Institute of Peace", "the China Institute
# of International Studies".
_COUNTRY_INSTITUTE_TAIL = re.compile(r"\s+(?:Institute|University|Academy|College|Museum)\b")


# A demonym naming a language, not its state: "Russian-speaking", "the Russian language",
# "Ukrainian speakers", and after a verb of speaking or a preposition of translation when the
# phrase ends there ("spoke Russian.", "switched from Russian to Ukrainian", "in Russian,").
_LANGUAGE_AFTER = re.compile(r"(?i:-(?:speaking|speakers?|language|languages|lingual)\b|"
                             r"\s+(?:language|languages|speakers?|speaking|-language)\b|"
                             # "demoted French as an official language" (a fifth newcomer's)
                             r"\s+(?:as|to)\s+(?:an?|the|its|their)\s+(?:[a-z]+\s+){0,2}"
                             r"languages?\b)")
_LANGUAGE_VERB_BEFORE = re.compile(
    r"\b(?:speak|speaks|spoke|speaking|spoken|learn|learns|learning|learned|learnt|teach|"
    r"teaches|teaching|taught|study|studies|studied|studying|understand|understands|"
    r"understood|translate|translated|translating|write|writes|wrote|written|read|reads|"
    r"switch(?:ed|es|ing)?\s+(?:from|to)|in|into|from|"
    r"(?:from|in)\s+[A-Z][\w'’-]*\s+(?:to|into|and|or)|"
    r"in\s+(?:[A-Z][\w'’-]*,\s+){1,5}(?:[A-Z][\w'’-]*,?\s+(?:and|or)\s+)?)\s*$",
    re.IGNORECASE)
_LANGUAGE_ENDS = re.compile(r"(?:\s*(?:[.,;:!?)]|$)|\s+(?:and|or|to|into|at|as|with|but|instead|"
                            r"too|rather|only|again|fluently|well|than|is|was|in|that|by)\b)")


# A text's translating, writing or recording in a language, before the demonym, and a second
# participle of the same subject after it: "has been translated from French and edited for
# length", "was conducted in Ukrainian and condensed" (an editor's note, a newcomer's: France had
# been the corpus's only West mention); not "in Russian and occupied areas", no such verb.
_LANGUAGE_ACT_BEFORE = re.compile(
    r"\b(?:translated|written|conducted|recorded|transcribed|dubbed|subtitled|published)"
    r"\s+(?:from|in|into)\s*$", re.IGNORECASE)
# (after an auxiliary too: "was conducted in Russian and has been edited for clarity", a
# breaker's)
_SECOND_PARTICIPLE_AFTER = re.compile(r"\s+and\s+(?:(?:has|have|had)\s+been\s+|"
                                      r"(?:was|were|is|are)\s+)?"
                                      r"(?:lightly\s+|slightly\s+)?[a-z]+ed\b")
# A translation from the language with its article, the translator's idiom ("Translated from
# the Russian by our staff", a breaker's): the language, where the phrase ends there.
_TRANSLATED_FROM_THE = re.compile(r"\btranslated\s+from\s+the\s+$", re.IGNORECASE)


# Nouns of two states' dealings: after "Russian-American" the compound names both states
# ("Russian-American relations hit a new low", a breaker's: Russia had been lost as an origin).
_BILATERAL_NOUNS = ("relations", "ties", "talks", "summit", "summits", "dialogue", "contacts",
                    "negotiations", "cooperation", "rapprochement", "rivalry", "tensions",
                    "agreement", "agreements", "treaty", "treaties", "deal", "partnership",
                    "alliance", "détente", "detente", "confrontation", "standoff", "trade",
                    "consultations", "meeting", "meetings")


# A demonym telling where a person comes from, not the state acting or portrayed: "a
# Russian-born analyst", "a Ukrainian-American congresswoman" (diaspora compounds; "the
# Russian-Ukrainian talks" names both states and stays).
_BASED_AFTER = re.compile(r"[-‐–]based\b")
# ... but where armed or criminal groups are based is the state that harbours them, named as
# their place ("Pakistan-based terrorists", "Russia-based hackers": an India-Pakistan newcomer's
# central accusation had no mention of Pakistan), a locative mention as "terrorists based in
# Pakistan" is (:func:`is_locative`).
# The group noun is the head: the free words before it modify it, no preposition or participle
# ("a Moscow-based expert on jihadists", "London-based analysts tracking militants", a
# breaker's), and no person's noun follows it ("a London-based rebel spokesman").
# (a group's name may be among them: "Belarus-based Wagner fighters", a breaker's, had been no
# mention of Belarus)
_BASED_ARMED_AFTER = re.compile(
    r"[-‐–]based\s+(?:(?!(?:of|on|in|for|about|with|against|into|from|at|by|to|and|or)\b)"
    r"(?![a-z]+ing\b)[A-Za-z][\w'’-]*\s+){0,2}?(?:"
    r"(?:terrorists?|militants?|jihadists?|jihadis|insurgents?|extremists?|hackers?|"
    r"mercenar(?:y|ies)|gangs?|separatists?|rebels?|proxies|(?:cyber-?)?criminals?|"
    # (and fighters, a breaker's "Russia-based fighters of the Africa Corps"; the holy
    # warriors a jihadist group's name ends in, "Pakistan-based Hizbul Mujahideen")
    r"fighters|gunmen|militias?|paramilitar(?:y|ies)|guerrillas?|[Mm]ujahideen|[Mm]ujahidin)\b"
    r"|(?:terror|terrorist|militant|jihadi|jihadist|insurgent|extremist|hacker|hacking|rebel|"
    r"separatist|criminal|armed)\s+(?:groups?|outfits?|networks?|organi[sz]ations?|cells?|"
    r"camps?)\b)(?!-|['’]|\s+(?:spokes(?:man|men|woman|women|person|people)|experts?|analysts?|"
    r"researchers?|monitors?|watchers?|specialists?|scholars?|lawyers?|negotiators?|envoys?|"
    r"sources?)\b)"
    # ... or a jihadist group's name joined by its Persian or Urdu particle ("Pakistan-based
    # Lashkar-e-Taiba", "Jaish-e-Mohammed", "Hizb-ul-Mujahideen", a breaker's: the state had
    # been no mention at all)
    r"|[-‐–]based\s+(?:the\s+)?[A-Z][\w'’]*-(?:e|i|ul|ud)-[A-Z]")
_ORIGIN_AFTER = re.compile(r"-(?:born|raised|educated|American|Americans|Canadian|Canadians|"
                           r"Australian|Australians)\b(?![ \t]+(?:" + "|".join(
                               _BILATERAL_NOUNS) + r")\b)")


# ... and the state of residence in such a compound before a community's noun: "Haitian-American
# community leaders in New York", "Polish-American voters" (a newcomer's diaspora outlet: the
# community's appeal had been the United States', of positive stance). A person in office
# stays the state's ("A Ukrainian-American congresswoman"), as "American voters" does.
_DIASPORA_BEFORE = re.compile(r"(?<![\w'’-])[A-Z][\w'’]*-$")
_COMMUNITY_AFTER = re.compile(r"[ \t]+(?:community|communities|diaspora|diasporas|voters|"
                              r"families|immigrants|émigrés|emigres|groups(?!\s+of\b)|"
                              r"organi[sz]ations|"
                              r"activists|population|populations|neighbou?rhoods?)\b")
# ("groups of negotiators" after "Russian-American" are the two states' joint delegations, a
# breaker's, no community)


# ... written without the hyphen, AP style since 2019 ("Ukrainian American community leaders
# in Chicago", a breaker's): a registry state's demonym before the state of residence (not
# "Many American voters", "Christian American groups"). Not any people's ending: "Jewish
# Americans overwhelmingly disapproved", a religion's or a party's adjective, is the state's
# people (a breaker's regression had lost the United States).
_DIASPORA_WORD_BEFORE = re.compile(r"(?<![\w'’-])([A-Z][a-z][\w'’]*)[ \t]+$")
_RESIDENCE_AFTER = re.compile(r"[ \t]+(?:American|Canadian|Australian)s?\b")


def _a_peoples_adjective(word: str, registry: Registry) -> bool:
    """Whether ``word`` is a people's adjective before a diaspora's state of residence (see
    :data:`_DIASPORA_WORD_BEFORE`): a registry state's demonym, or the nation's of a divided
    one (:func:`_a_divided_nations_adjective`)."""
    known = registry._index.get(_form_key(word))
    if known is not None:
        return known[1] == "demonyms" and known[0].type == "country"
    return _a_divided_nations_adjective(word, registry)


# Compass words that name one state of a divided nation ("South Korean", "North Korean"), and
# the continents' adjectives, which name no nation without them ("South African").
_DIVIDING_COMPASS_WORDS = frozenset("north south east west".split())
_CONTINENTS_ADJECTIVES = frozenset("african american european asian australian".split())


def _a_divided_nations_adjective(word: str, registry: Registry) -> bool:
    """Whether ``word`` is a registry state's demonym without the compass word that opens it,
    the whole nation's people: "Korean" of "South Korean" ("Korean Americans in Los Angeles
    rallied", a breaker's, had been the United States), not a continent's ("African" of "South
    African": "African Americans" stay the state's people, as "Jewish Americans" do)."""
    key = _form_key(word)
    if word.lower() in _CONTINENTS_ADJECTIVES:
        return False
    return any(len(form.split()) == 2 and form.split()[0].lower() in _DIVIDING_COMPASS_WORDS
               and _form_key(form.split()[1]) == key
               for actor in registry if actor.type == "country"
               for form, field_name in actor.forms() if field_name == "demonyms")


def _a_diasporas_community(text: str, match: re.Match[str], registry: Registry) -> bool:
    """Whether the demonym ``match`` closes a diaspora compound (see :data:`_ORIGIN_AFTER`)
    before a community's noun (:data:`_COMMUNITY_AFTER`), or names its people in the plural
    ("Haitian-Americans in Miami rallied", a breaker's: no noun after, the people themselves)."""
    if _ORIGIN_AFTER.fullmatch("-" + match.group()) is None:
        return False
    before = _DIASPORA_BEFORE.search(text, max(0, match.start() - 30), match.start())
    if before is None:
        word = _DIASPORA_WORD_BEFORE.search(text, max(0, match.start() - 30), match.start())
        if word is None or not _a_peoples_adjective(word.group(1), registry):
            return False
    return match.group().endswith("s") or _COMMUNITY_AFTER.match(text, match.end()) is not None


def _a_spaced_diasporas_origin(text: str, match: re.Match[str]) -> bool:
    """Whether the demonym ``match`` opens a diaspora compound written without the hyphen
    before a community's noun ("Ukrainian American community leaders"): an origin."""
    residence = _RESIDENCE_AFTER.match(text, match.end())
    return residence is not None and (residence.group().endswith("s") or
                                      _COMMUNITY_AFTER.match(text, residence.end()) is not None)


def _names_a_language(text: str, match: re.Match[str]) -> bool:
    """Whether the demonym ``match`` names a language (see :data:`_LANGUAGE_AFTER`)."""
    if _LANGUAGE_AFTER.match(text, match.end()):
        return True
    before = text[max(0, match.start() - 70):match.start()]  # "in English, Arabic and French"
    if _TRANSLATED_FROM_THE.search(before) and _LANGUAGE_ENDS.match(text, match.end()):
        return True
    if not _LANGUAGE_VERB_BEFORE.search(before) or not _LANGUAGE_ENDS.match(text, match.end()):
        return False
    # "In Pokrovsk, Ukrainian, Polish and Georgian volunteers fought": a list that ends in a
    # noun is of modifiers, the states'
    if re.match(r"(?:,\s*[A-Z][\w'’-]*)*,?\s+(?:and|or)\s+[A-Z][\w'’-]*\s+[a-z]",
                text[match.end():]):
        return False
    if _LANGUAGE_ACT_BEFORE.search(before) and _SECOND_PARTICIPLE_AFTER.match(text, match.end()):
        return True  # "translated from French and edited for length": a second participle
    # "in Russian and Ukrainian media", "from Russian to Ukrainian control": a noun after the
    # second demonym makes both modifiers of it, so the states', not the languages
    # (a capitalised second word: "spoke in Ukrainian to the people of Donbas" is a language)
    coordinated = re.match(r"\s+(?:(?:and|or)\s+[\w'’-]+|(?:to|into)\s+[A-Z][\w'’-]*)"
                           r"\s+([a-z][\w'’-]*)",
                           text[match.end():])
    # ("translated from Russian to Ukrainian by volunteers", "as the language of instruction")
    return coordinated is None or coordinated.group(1) in ("to", "at", "and", "or", "with",
                                                           "by", "as")


# A capitalised word right before a bare surname: a given name, unless it is one of these
# (sentence openers, calendar words, capitalised roles besides _TITLE's, participles).
# (the blanks of a middle initial read past too: "Hunter R. Biden", scan_text)
_WORD_BEFORE = re.compile(r"(?<![\w.'’-])([A-Z][a-z]{2,})[ \t]+$")
_NOT_GIVEN_NAMES = frozenset("""
    a an the and but or nor so yet for if when while as after before since until once then
    than that this these those there here where why how what who whom whose which with
    without within about above against among around at by during from in into of off on
    onto over through to toward towards under upon via also only even both either neither
    not no now still just later earlier meanwhile today tonight yesterday tomorrow however
    although though because unless whether like unlike despite instead asked says said
    besides including beside alongside per except excluding plus behind beyond near outside
    inside amid between whereas dear thanks congratulations ask tell call meet
    ayatollah hojatoleslam hojjatoleslam imam mullah mufti grand emir crown bishop archbishop
    cardinal metropolitan rabbi reverend father brother sister saint
    mayor governor king queen pope patriarch premier speaker ambassador envoy leader former
    acting late sir lord lady tsar sheikh prince princess judge justice prosecutor
    representative rep gov sgt sergeant captain capt corporal officer chairman chairwoman
    director coach professor prof mister madame comrade citizen candidate nominee incumbent
    vice emperor mr mrs ms dr comedian actor singer businessman businesswoman oligarch tycoon billionaire
    activist journalist blogger analyst lawyer veteran colleague rival ally opponent critic
    hardliner strongman dictator autocrat
    pour selon
""".split()) | CALENDAR_WORDS
# (The last line: French prepositions opening a sentence, "Pour Zelensky, « … »" and "Selon
# Zelensky, « … »", had no mention of Zelenskyy, "Pour" read as another given name.)


# A post's title and its complement's "of", "for" or "to" before the word ahead of a surname:
# "Head of Mission Karabalis", "Secretary of State Rubio", "Minister of Foreign Affairs Lavrov"
# (a Georgia newcomer's EUMM release: "Mission" had been read as another given name, so the
# head of the mission had no mention); the complement's last word is no given name.
_POST_COMPLEMENT_BEFORE = re.compile(
    rf"(?<![\w-])(?:{_TITLE}|Head|Director|Chair(?:man|woman|person)?|Ambassador|Envoy|"
    r"Representative|Commissioner)\s+(?:of|for|to)\s+(?:the\s+)?(?:[A-Z][\w'’-]*\s+){0,2}$")


def _a_posts_complement(text: str, word_start: int, word: str) -> bool:
    """Whether the capitalised ``word`` at ``word_start``, right before a surname, ends a
    post's complement (:data:`_POST_COMPLEMENT_BEFORE`) and is no known given name."""
    return bool(_POST_COMPLEMENT_BEFORE.search(text, max(0, word_start - 80), word_start)) and \
        not _a_known_given_name(word)


# Given names that open a compound with the next one ("Abdul Hadi", "Abdel Fattah", "Abu Bakr"),
# part of the name whatever the name data says of them.
COMPOUND_NAME_HEADS = frozenset("abd abdul abdel abdal abdol abdoul abdil abu abou".split())
# ... and the head of one written as one word ("Abdullah", "Abdelfattah", "Abdulhamid").
_COMPOUND_HEAD = re.compile(r"(?i)(?:abd(?:[aeiou]l)?|ab[uo]u?)-?")


def _given_key(word: str) -> str:
    """Three letters that survive transliteration: Sergei / Sergey, Vitali / Vitaliy,
    Volodymyr / Wolodymyr, Dmytro / Dmitry (the project's war news wrote "her Ukrainian
    counterpart Dmitry Lubinets", whom the registry knows as Dmytro)."""
    word = word.lower()
    word = word[0] + word[1:].replace("y", "i")
    return ("v" + word[1:] if word.startswith("w") else word)[:3]


# Words a title-case headline leaves in lower case.
_TITLE_CASE_SMALL = frozenset("and but for nor the with from into onto over than via amid "
                              "upon off out per".split())


def _other_given_name(text: str, match: re.Match[str], actor: Actor, registry: Registry) -> bool:
    """Whether a bare surname match is preceded by a given name that none of the actor's
    full-name forms has: "Hunter Biden" is not Biden (forms "Joe Biden", "Joseph Biden").
    Only persons whose forms give a first name before that surname are checked, and not in
    title-case text (a headline's "Defiant Putin Vows …" capitalises every word)."""
    surname = match.group()
    if actor.type != "person" or " " in surname:
        return False
    before = _WORD_BEFORE.search(text, max(0, match.start() - 40), match.start())
    if before is None:
        return False
    word = before.group(1)
    # (a plural title too: "Prime Ministers Modi and Sharif", "Presidents Putin and Xi", and
    # another post's plural, "US Envoys Witkoff and Kellogg", "Leaders Putin and Xi toasted",
    # a breaker's)
    if (word.lower() in _NOT_GIVEN_NAMES or re.fullmatch(rf"{_TITLE}s?", word)
            or word.endswith("s") and word[:-1].lower() in _NOT_GIVEN_NAMES
            or word.endswith(("ing", "ed")) and not _a_known_given_name(word)  # "Meeting Shoigu"
            or _form_key(word) in registry._index
            or _a_plural_noun_before_names(text, word, match, before.start(1))
            or _a_posts_complement(text, before.start(1), word)):
        return False
    # (a compound given name whole: "Abdul Hamid" of "Abdul Hamid Dbeibah"; a generational
    # suffix after the surname read off: "Ferdinand" of "Ferdinand Marcos Jr.")
    names = [_without_generational_suffix(form.split()) for form, _ in actor.forms()]
    given = ["".join(words[:2]) if len(words) > 2
             and words[0].lower() in COMPOUND_NAME_HEADS else words[0]
             for words in names
             if len(words) > 1 and words[-1].lower() == surname.lower()]
    if not given:
        return False
    words = _WORD.findall(text)
    if sum(w[0].isupper() for w in words) * 2 >= len(words) and not any(
            w[0].islower() and len(w) > 2 and w.lower() not in _TITLE_CASE_SMALL for w in words):
        # title case: every word capitalised but the small ones, names undecidable (not
        # "Hemedti met Abdel Rahim Dagalo in Nyala.", a sentence of names and one verb)
        return False
    return not any(_same_given_name(word, own) for own in given)


# A generational suffix after a surname: "Jr.", "Sr.", "II", "III", "IV".
_GENERATIONAL_SUFFIX = re.compile(r"(?:[JS]r|[JS]R)\.?|II|III|IV")


def _without_generational_suffix(words: list[str]) -> list[str]:
    """A full name's words without a generational suffix at its end, so that the word before
    it is read as the surname: "Ferdinand Marcos Jr." gives "Ferdinand" before "Marcos" (a
    Philippines newcomer's actor file with aliases "Ferdinand Marcos Jr." and "Bongbong Marcos"
    had only "Bongbong" as Marcos's given name, and "Ferdinand Marcos said" was another person)."""
    if len(words) > 2 and re.fullmatch(_GENERATIONAL_SUFFIX, words[-1].rstrip(",")):
        return words[:-1]
    return words


# A generational suffix written after a name in running text: "Marcos Sr.", "Brawner II,"; not
# a title before another name ("Marcos, Sr Teodoro", "Sr. Maria": a sister).
_SUFFIX_AFTER = re.compile(r",?\s+((?:[JS]r|[JS]R)\.?|II|III|IV)(?![\w])(?!\.?\s+[A-Z][a-z])")


def _another_generation(text: str, match: re.Match[str], actor: Actor) -> bool:
    """Whether a person's name is followed by a generational suffix that none of the person's
    forms ending in that surname carries, where some do carry one: with the alias "Ferdinand
    Marcos Jr.", "Ferdinand Marcos Sr." is the father, another person (a breaker's: once the
    suffix was read off for the given name, the father had become the president). A person
    whose forms carry no suffix is left as before: "Teodoro Jr." may be how an article writes
    a registry's plain "Gilberto Teodoro"."""
    if actor.type != "person":
        return False
    after = _SUFFIX_AFTER.match(text, match.end())
    if after is None:
        return False
    surname = match.group().split()[-1].lower()
    own = {words[-1].rstrip(".,").lower() for words in (form.split() for form, _ in actor.forms())
           if len(words) > 2 and words[-2].lower() == surname
           and re.fullmatch(_GENERATIONAL_SUFFIX, words[-1].rstrip(","))}
    return bool(own) and after.group(1).rstrip(".").lower() not in own


# The rest of a list of names after the first one: "Orbán and Fico", "Orbán, Fico and Vučić".
_NAMES_LIST_GOES_ON = re.compile(r"(?:\s*,\s*[A-Z][\w'’-]*)*,?\s+(?:and|&)\s+[A-Z]")


# Where a sentence opens: the text's start, or after a sentence's end (and an opening quote).
_SENTENCE_OPENS_BEFORE = re.compile(r"(?:^|[.!?:;]\s+)[\"“‘'(]?$")


def _a_plural_noun_before_names(text: str, word: str, match: re.Match[str],
                                word_start: int) -> bool:
    """Whether ``word``, before the surname ``match`` that opens a list of names, is a plural
    noun naming them all, no given name: "Allies Orbán and Fico opposed the sanctions" (a
    breaker's: "Allies" had been read as another Orbán's given name), as "Leaders Putin and Xi"
    is. A given name ending in s that the name data knows stays one ("James Biden and …").
    Before one name, a plural noun capitalised only because it opens the sentence, at
    ``word_start``, is one too where the name data never saw it as a given name: "Sanctions
    Biden imposed in 2022 remain" (a breaker's had lost Biden); a rare one it saw stays a given
    name there ("Gitanas …"), and so does any capitalised word mid-sentence."""
    if not word.endswith("s"):
        return False
    listed = _NAMES_LIST_GOES_ON.match(text, match.end()) is not None
    if not listed and not _SENTENCE_OPENS_BEFORE.search(text[max(0, word_start - 4):word_start]):
        return False
    from .speakers import NAME_PEOPLE_MIN, NameDataError, first_name_people

    try:
        return first_name_people(word) < (NAME_PEOPLE_MIN if listed else 1)
    except NameDataError:
        return False


def _a_known_given_name(word: str) -> bool:
    """Whether ``word``, which ends like a participle, is a given name the name data gives a
    sex and saw for at least NAME_PEOPLE_MIN people: "Ahmed", "Mohamed", "Khaled", "Saeed"
    (a newcomer's Libya news: "said Ahmed Lavrov, a trader" had been Lavrov's words), not
    "Meeting" nor "Armed"."""
    from .speakers import NAME_PEOPLE_MIN, NameDataError, first_name_gender, first_name_people

    try:
        return first_name_people(word) >= NAME_PEOPLE_MIN and first_name_gender(word) in ("f", "m")
    except NameDataError:
        return False


def _name_skeleton(word: str) -> str:
    """A given name's consonants as transliterations keep them: no vowels (y among them), no h
    (Serhiy / Sergei, Antony / Anthony), w and v as f (Wolodymyr, Stephen / Steven), c and q as
    k, x as ks, doubled letters once (Mohammed / Mohamed)."""
    word = unicodedata.normalize("NFKD", word.lower())
    word = "".join(c for c in word if c.isalpha() and not unicodedata.combining(c))
    word = word.replace("ph", "f").replace("x", "ks")
    word = word.translate(str.maketrans("wvcq", "ffkk", "aeiouyh"))
    return re.sub(r"(.)\1+", r"\1", word)


def _same_given_name(word: str, own: str) -> bool:
    """Whether the given name ``word`` before a surname is ``own``, the registry form's, as
    written another way: the same three first letters (:func:`_given_key`) and consonants
    (:func:`_name_skeleton`) of which one name's are the other's or begin them (a short form:
    "Vlad", "Alex"). "Khaled" is not "Khalifa" (a newcomer's "Khaled Haftar, commander of the
    army staff" had been Khalifa Haftar), though both begin "Kha"; an Arabic compound's second
    part decides ("Abdullah", "Abdulhamid")."""
    if _given_key(word) != _given_key(own):
        return False
    heads = _COMPOUND_HEAD.match(word), _COMPOUND_HEAD.match(own)
    if all(heads):
        # compounds of "Abd" and "Abu" are told apart by their second part: "Abdullah" is not
        # "Abdul Hamid" (a newcomer's Libya news had the prime minister's cousin his words)
        word, own = word[heads[0].end():], own[heads[1].end():]
    mine, theirs = _name_skeleton(word), _name_skeleton(own)
    return mine.startswith(theirs) or theirs.startswith(mine)


def _other_given_name_after(text: str, match: re.Match[str], actor: Actor) -> bool:
    """Whether a surname written first, as Chinese names are ("Wang" of "Wang Yi"), is followed
    by another given name: "Wang Wenbin" is not Wang Yi."""
    surname = match.group()
    words = actor.name.split()
    if actor.type != "person" or " " in surname or len(words) < 2 or \
            words[0].lower() != surname.lower():
        return False
    given = re.match(r"\s+([A-Z][a-z'’-]+)\b", text[match.end():])
    return given is not None and given.group(1).lower() != words[1].lower() and \
        given.group(1).lower() not in _NOT_GIVEN_NAMES


# Another occupation named in the sentence: the Second World War's, or Israel's of Palestinian
# land (a breaker's "In September 1941 the occupiers shot … at Babyn Yar", "Israeli forces
# raided Jenin … the occupiers bulldozed three streets").
_OTHER_OCCUPATION = re.compile(
    r"\b(?:19[0-4]\d|Nazis?|Wehrmacht|Germans?|Holocaust|Jews|Israel|Israelis?|Palestin\w*|"
    r"Gaza|West\s+Bank|Jenin|Nablus|Hebron|Ramallah|[Oo]ccupation\s+forces)\b")
_CAPITALISED_BEFORE = re.compile(r"(?<![\w'’-])([A-Z][\w'’-]*)\s+$")
# Capitalised words before an epithet or a power noun that qualify nothing: determiners opening
# a sentence, days ("On Monday occupiers shelled …", "The leadership in Moscow …").
_PLAIN_OPENERS = frozenset("""the a an these those this that their its our his her overnight
    yesterday today""".split()) | frozenset(WEEKDAYS)


def _epithet_form(actor: Actor, surface: str) -> str:
    """The actor's role form ``surface`` matches where that role is an epithet, written all in
    lower case in the registry (common words that name a side by what it does: "occupiers",
    "orcs", "occupation authorities"); "" otherwise."""
    return next((f for f, field in actor.forms() if field == "roles" and f == f.lower()
                 and _form_key(f) == _form_key(surface)), "")


def _is_epithet(mention: Mention) -> bool:
    """Whether a mention is found by an epithet role (:func:`_epithet_form`)."""
    return mention.field == "roles" and bool(_epithet_form(mention.actor, mention.text))


@functools.lru_cache(maxsize=1)
def _shipped_epithets() -> frozenset[tuple[str, str]]:
    """(actor name, form key) of each epithet of the shipped registry (:func:`_epithet_form`:
    Russia's "occupiers" and "orcs", the Russian-installed authorities' "occupation
    authorities")."""
    return frozenset((actor.name, _form_key(form)) for actor in _load_default()
                     for form, field_name in actor.forms()
                     if field_name == "roles" and form == form.lower())


def _a_shipped_epithet(actor: Actor, form: str) -> bool:
    """Whether ``form`` of ``actor`` is an epithet of the shipped registry's, which only an
    article naming a side of its war licenses (:func:`find_mentions`). A user's own roles in
    lower case are not: the user wrote them for their own corpus (a newcomer's Cameroon file's
    "terroristes" of the separatists and "l'armée" had been lost in a state daily's article
    that names neither side otherwise)."""
    return (actor.name, _form_key(form)) in _shipped_epithets()


def _of_its_side(epithet: Actor, other: Actor) -> bool:
    """Whether ``other`` is the side an epithet of the actor ``epithet`` names: the actor
    itself, a person or body of its camp ("Putin", "the FSB" for Russia's "occupiers"), or the
    state its camp is named after ("Russia" for the "occupation authorities" of camp Russia).
    Another state of the camp is not ("Iran", of camp Russia in the shipped registry, whose
    media write of Israel's "occupiers")."""
    return other.name == epithet.name or bool(epithet.camp) and other.camp == epithet.camp \
        and (other.type != "country" or other.name == epithet.camp)


def _war_sides(registry: Registry) -> list[Actor]:
    """The sides of the war the shipped registry's epithets are written for: the actors of
    ``registry`` that are, in the shipped one, actors with an epithet (:func:`_epithet_form`:
    Russia's "occupiers") or with a one-word plural role built from none of their names, the
    other side's word for them (Russian media's "Banderites", "Ukronazis" for Ukraine). An
    article naming any of them is about that war, so an epithet there is the registry's side
    whichever side the article names: a Ukrainian outlet's "The occupiers shelled Kherson
    overnight. Regional governor … said …" names only Ukraine. A user's actor with roles in
    lower case is none (a Cameroon file's "the army": "The occupiers burned Kumbo" beside
    "Cameroonian officials" is no article on Russia's war)."""
    return [actor for actor in registry if actor.name in _shipped_war_sides()]


@functools.lru_cache(maxsize=1)
def _shipped_war_sides() -> frozenset[str]:
    """The names of the shipped registry's war sides (:func:`_war_sides`)."""
    return frozenset(actor.name for actor in _sides_with_epithets(_load_default()))


def _sides_with_epithets(registry: Registry) -> list[Actor]:
    """The actors of ``registry`` with an epithet or a one-word plural role built from none of
    their names (see :func:`_war_sides`)."""
    sides = []
    for actor in registry:
        names = [w.lower() for f, field in actor.forms() if field != "roles"
                 for w in f.split() if len(w) > 3]
        if any(field == "roles" and (f == f.lower() or " " not in f and f.endswith("s")
                                     and not any(w in f.lower() for w in names))
               for f, field in actor.forms()):
            sides.append(actor)
    return sides


def _names_its_side_in_any_case(epithet: Actor, texts: Sequence[str],
                                registry: Registry) -> bool:
    """Whether ``texts`` name a form of the epithet's side (:func:`_of_its_side`) in any case:
    Ukrainian outlets write "russia", "russian" and "putin" in lower case on purpose ("General
    Staff: russia lost another 1,120 occupiers"), which no capitalised form matches. An acronym
    counts only in capitals (:func:`_case_blind_form`)."""
    forms = [form for actor in registry if _of_its_side(epithet, actor)
             for form, _ in actor.forms() if form != form.lower()]
    if not forms:
        return False
    pattern = re.compile(r"(?<![\w'’-])(?:" + "|".join(
        (r"(?i:{})" if _case_blind_form(form) else "{}").format(
            r"\s+".join(map(re.escape, form.split())))
        for form in sorted(forms, key=len, reverse=True)) + r")(?![\w-])")
    return any(pattern.search(text) for text in texts)


def _case_blind_form(form: str) -> bool:
    """Whether a side's form may be read in any case: a name ("Russia", "Putin"), not an
    acronym, all its letters capitals, which in lower case is often a word of its own (a
    Mozambique newcomer's alias "IS" of the Islamic State found its side in "The situation is
    calm.", and kept "the terrorists" in a state agency's article that never names the group;
    "US", "ISM")."""
    letters = [c for c in form if c.isalpha()]
    return not (len(letters) >= 2 and all(c.isupper() for c in letters))


# Words before an epithet naming the Second World War's occupiers: a Ukrainian outlet's
# remembrance of "the Nazi occupiers" of 1943 says nothing of whom its other "occupiers" are.
_PAST_OCCUPIERS = frozenset("""nazi nazis german germans wehrmacht fascist fascists hitlerite
    hitlerites""".split())
_POSSESSIVE_END = re.compile(r"['’]s?$")


# What ends the text before a word that opens its sentence: a sentence's end, a colon or
# semicolon, a dash (a wire dateline's "BAMENDA, Oct 14 (AFP) - "), an opening quote or bracket.
_SENTENCE_BREAK_ENDS = tuple('.!?…:;-–—"“«‘([')


def _opens_sentence(text: str, start: int) -> bool:
    """Whether the word at ``start`` opens its sentence (the row's first word, or the first
    after :data:`_SENTENCE_BREAK_ENDS`), where any word is capitalised."""
    before = text[:start].rstrip()
    return not before or before.endswith(_SENTENCE_BREAK_ENDS)


# An article opening an epithet form ("the army", "l'armée" of a user's roles): the noun phrase
# begins there, so no word before it qualifies the noun.
_ARTICLE_OPENING = re.compile(r"(?:the|an?|le|la|les|el|los|las|il|der|die|das)\s+|[lL]['’]",
                              re.IGNORECASE)


def _qualifying_word(text: str, match: re.Match[str],
                     registry: Registry) -> tuple[str, tuple[Actor, str] | None] | None:
    """The capitalised word right before an epithet's ``match`` that may qualify it, its
    possessive dropped, with the registry's entry for it (None: no actor's form); None where
    no word may: there is none; the epithet opens with its article, so the word is the
    clause's ("In October the army retook Ndop."; a newcomer's Colombia corpus had lost "the
    army" and "the government" of its roles after "Does" and "Then"); or the word opens the
    sentence and is no actor's form: a capital every first word has is no other party's
    adjective ("Armed separatists burned a bus.", "Eleven civilians were killed.", a
    newcomer's Cameroon corpus, whose every epithet an article's one such opener had
    silenced), where a form of another actor is, wherever it stands ("Israeli occupiers
    raided Jenin.")."""
    if _ARTICLE_OPENING.match(match.group()):
        return None
    before = _CAPITALISED_BEFORE.search(text, max(0, match.start() - 40), match.start())
    if before is None:
        return None
    word = _POSSESSIVE_END.sub("", before.group(1))
    owner = registry._index.get(_form_key(word))
    if owner is None and _opens_sentence(text, before.start(1)):
        return None
    return word, owner


def _epithets_pattern(registry: Registry) -> re.Pattern[str] | None:
    """The shipped registry's epithets (:func:`_a_shipped_epithet`) that ``registry`` holds,
    as written, in lower case: a side's, not a person's lower-case title, whose qualifier tells
    nothing of whose the epithets are (a user's "Cameroonian civilians" says nothing of whose
    "occupiers" are; a Colombia newcomer's "Government peace commissioner Otty Patiño" had made
    the article's "the government" and "the guerrilla group" another party's, and dropped them)."""
    forms = {f for actor in registry if actor.type != "person" for f, field in actor.forms()
             if field == "roles" and f == f.lower() and _a_shipped_epithet(actor, f)}
    if not forms:
        return None
    return re.compile(r"(?<![\w'’-])(?:" + "|".join(
        r"\s+".join(map(re.escape, f.split())) for f in sorted(forms, key=len, reverse=True))
        + r")(?![\w-])")


def _epithet_qualifiers(texts: Sequence[str], epithet: Actor, registry: Registry,
                        pattern: re.Pattern[str]) -> tuple[bool, bool]:
    """Whether ``texts`` write a registry epithet after another party's capitalised word ("the
    Moroccan occupation authorities", "Israeli occupiers"), and whether after a form of the
    side of ``epithet`` (:func:`_of_its_side`: "Russian occupiers"): (another's, its own).
    Openers, function words, the Second World War's occupiers and a sentence's capitalised
    first word that is no actor's form (:func:`_qualifying_word`) qualify nothing here."""
    other = own = False
    for text in texts:
        for match in pattern.finditer(text):
            qualifier = _qualifying_word(text, match, registry)
            if qualifier is None:
                continue
            word, owner = qualifier
            if word.lower() in _PLAIN_OPENERS or word.lower() in _NOT_GIVEN_NAMES or \
                    word.lower() in _PAST_OCCUPIERS:
                continue
            if owner is not None and _of_its_side(epithet, owner[0]):
                own = True
            else:
                other = True
    return other, own


def _qualified_epithet(text: str, match: re.Match[str], actor: Actor,
                       registry: Registry) -> bool:
    """Whether a role written in lower case in the registry, an epithet standing alone for a
    side ("occupiers", "orcs"), follows a capitalised word that is none of the actor's forms:
    "Israeli occupiers", "the Nazi occupiers" name someone else ("Russian occupiers" is
    Russia's, merged as one mention). A sentence's capitalised first word that is no actor's
    form qualifies nothing (:func:`_qualifying_word`: "Retreating occupiers blew up the
    bridge")."""
    form = _epithet_form(actor, match.group())
    if not form:
        return False
    if form == "occupiers" and _OTHER_OCCUPATION.search(text):
        return True  # "In September 1941 the occupiers shot …", "Israeli forces … the occupiers"
    qualifier = _qualifying_word(text, match, registry)
    if qualifier is None or qualifier[0].lower() in _PLAIN_OPENERS:
        return False
    owner = qualifier[1]
    return owner is None or owner[0] is not actor


# A possessive pronoun right before an epithet role ("its troops", "their own soldiers"): the
# troops are the possessor's, whom the pronoun points back to.
_POSSESSIVE_PRONOUN_BEFORE = re.compile(r"(?<![\w'’-])(?i:its|their)\s+(?:own\s+)?$")


def _without_anothers_possessed_roles(text: str, mentions: list[Mention]) -> list[Mention]:
    """``mentions`` less each epithet role (a role written all in lower case: a user's
    "troops" for the Nigerian Army) after "its" or "their" whose nearest mention before it is
    another state, of another camp: "Niger announced that it was withdrawing its troops from
    the MNJTF", "N'Djamena has since kept its troops in place" (a newcomer's Nigeria corpus
    gave Niger's and Chad's troops to the Nigerian Army). The pronoun's antecedent is read as
    that nearest state only, the narrowest safe reading: a state of the role's own camp
    ("Nigeria said its troops …"), a group or person ("Boko Haram overran the base and its
    troops", which may be the army's) or no mention before leave the role its actor's; an
    anaphoric "the troops" in a later sentence stays the user's reading too."""
    kept: list[Mention] = []
    for m in mentions:
        before = kept[-1] if kept else None
        if before is not None and _is_epithet(m) and before.actor.type == "country" and \
                before.actor is not m.actor and not (m.actor.camp and
                                                     before.actor.camp == m.actor.camp) and \
                _POSSESSIVE_PRONOUN_BEFORE.search(text, max(0, m.start - 12), m.start):
            continue
        kept.append(m)
    return kept


# A title right before a word ("Defence Minister Israel", "the defence minister Israel"),
# capitalised as _TITLE or in lower case as British copy writes it.
_TITLE_RIGHT_BEFORE = re.compile(
    rf"(?<![\w-])(?:{_TITLE}|(?:prime |foreign |defen[cs]e |finance |deputy )?minister|"
    r"president|ambassador|envoy|spokes(?:man|woman|person)|general|commander) $")
_SURNAME_AFTER = re.compile(r" (?!(?:Defen[cs]e|Forces|Army|Air|Navy|Police|Government|"
                            r"Ministry|State)\b)([A-Z][a-z]+(?:['’\-][A-Za-z]+)?)\b"
                            r"(?![ \t]*[-‐–])")


def _names_a_titled_person(text: str, match: re.Match[str], actor: Actor,
                           registry: Registry) -> bool:
    """Whether a state's name is a titled person's first name ("Defence Minister Israel Katz",
    "the defence minister Israel Katz said"): a title right before it, a capitalised word the
    registry does not know right after it, and a first name the name data saw for at least
    NAME_PEOPLE_MIN people (Israel, Jordan, Georgia; not Ukraine). Without the title the name
    stays the state's ("Israel Katz said" is undecidable from the sentence alone)."""
    if actor.type != "country" or " " in match.group():
        return False
    if not _TITLE_RIGHT_BEFORE.search(text, max(0, match.start() - 40), match.start()):
        return False
    from .segment import is_title_case

    if is_title_case(text, share=1.0):
        return False  # title case ("Netanyahu Tells Army Chief Israel Will Keep Fighting")
    surname = _SURNAME_AFTER.match(text, match.end())
    if surname is None or _form_key(surname.group(1)) in registry._index:
        return False
    from .speakers import NAME_PEOPLE_MIN, NameDataError, first_name_people

    try:
        return first_name_people(match.group()) >= NAME_PEOPLE_MIN
    except NameDataError:
        return False


# An honorific, or a run of capitalised words, right before a word.
_HONORIFIC_BEFORE = re.compile(r"(?<![\w'’-])(?:Mr|Ms|Mrs|Miss|Dr|Madame|Mme|Mx)\.?\s+$")
_NAME_RUN_BEFORE = re.compile(r"(?<![\w'’-])((?:[A-Z][\w'’-]*\s+){1,3})$")
# ... whose first word opens a question (the line's start, or after a sentence's end, a colon
# or an opening quotation mark) as its auxiliary: no given name.
_QUESTION_OPENING = re.compile(r"(?:^|[.!?:]\s+|\n\s*|[“\"«‘]\s*)\S$")
_QUESTION_AUXILIARIES = frozenset("will would can could shall should may might must do does did "
                                  "is are was were has have had".split())


# A body's seat that is also a state's capital, with the state's form that marks the reading.
_HOST_STATES = {"brussels": ("Belgium", r"\bBelgi(?:um|ans?)\b")}


# A capitalised word right before a continent's name that makes one institution's name with it
# ("Carnegie Europe", "Bruegel Europe"): not a sentence's first word, no registry form, no
# compass or time word ("Eastern Europe", "Old Europe" stay places or the actor).
_WORD_RIGHT_BEFORE = re.compile(r"(?<=[a-z,;:] )([A-Z][a-z][\w'’-]*) $")
_CONTINENT_QUALIFIERS = frozenset("""eastern western northern southern central old new greater
wider whole united free fortress modern post-war""".split())


def _institution_before(text: str, start: int, registry: Registry) -> bool:
    word = _WORD_RIGHT_BEFORE.search(text, max(0, start - 40), start)
    if word is None:
        return False
    low = word.group(1).lower()
    return low not in _CONTINENT_QUALIFIERS and low not in _NOT_GIVEN_NAMES and \
        _form_key(word.group(1)) not in registry._index


def _only_person_named(registry: Registry, surname: str) -> Actor | None:
    """The registry's one person whose full name ends with ``surname``, or None."""
    people = [a for a in registry if a.type == "person" and len(a.name.split()) > 1
              and a.name.split()[-1] == surname]
    return people[0] if len(people) == 1 else None


def _a_persons_surname(text: str, match: re.Match[str], actor: Actor,
                       registry: Registry) -> bool:
    """Whether a group's or organisation's one-word name is a person's surname: after an
    honorific ("Ms Wagner") or after given names, one of which the name data gives a sex and
    saw for at least NAME_PEOPLE_MIN people ("Foreign Minister Thérèse Kayikwamba Wagner", DR
    Congo's foreign minister, had been the Wagner Group and her words Russia's), none of them a
    registry form, a title or a word that opens sentences. Not in title case (a headline's
    "Mali Junta Hires Wagner"); a bare surname stays the body's."""
    if actor.type not in ("organisation", "group") or " " in match.group():
        return False  # a state after a body's name is another matter ("Caritas Ukraine")
    low = max(0, match.start() - 60)
    if _HONORIFIC_BEFORE.search(text, low, match.start()):
        return True
    run = _NAME_RUN_BEFORE.search(text, low, match.start())
    if run is None:
        return False
    words = run.group(1).split()
    if _QUESTION_OPENING.search(text, max(0, run.start() - 3), run.start() + 1) and \
            words[0].lower() in _QUESTION_AUXILIARIES and \
            re.match(r"[^.!\n]*\?", text[match.end():]):
        # a question's opening auxiliary: "Will ExxonMobil's operations be affected?" (a Guyana
        # newcomer's briefing had lost ExxonMobil to "Will" read as a given name); "Will Smith
        # said …" stays a name
        words = words[1:]
        if not words:
            return False
    if words[-1].lower() in _NOT_GIVEN_NAMES or any(
            _form_key(w) in registry._index or w.endswith(("'s", "’s")) for w in words):
        return False  # "In Moscow Wagner …", "Prigozhin's Wagner"
    words = [w for w in words if w.lower() not in _NOT_GIVEN_NAMES]
    from .segment import is_title_case
    from .speakers import (NAME_PEOPLE_MIN, TITLE_WORDS, NameDataError, first_name_gender,
                           first_name_people)

    if is_title_case(text, share=1.0):
        return False
    if _the_groups_own_word_after_names(text, match):
        return False
    if _titled_name_run(text, run, TITLE_WORDS):
        return True
    try:
        # a given name the name data gives a sex, not a title or a word that opens sentences
        # ("Many NATO members", "Chief IAEA inspector", "Other Wagner commanders")
        return any(first_name_people(w) >= NAME_PEOPLE_MIN and first_name_gender(w) in ("f", "m")
                   and w.lower() not in TITLE_WORDS and w.lower() not in _NOT_GIVEN_WORDS
                   for w in words)
    except NameDataError:
        return False


# The group's name after a person's name used as the group's (a breaker's: "Malian Colonel
# Assimi Goïta Wagner ties deepened", "Under President Touadéra Wagner expanded its operations"
# had lost the Wagner Group to the surname rule): a noun of its men or links right after it, or
# a verb after it where a post opened a phrase of time ("Under/During President X"), whose
# clause needs the group as its subject. "Under Foreign Minister Kayikwamba Wagner, the
# ministry …" and "Foreign Minister Kayikwamba Wagner flew …" stay the person.
_GROUPS_NOUN_AFTER = re.compile(r"[ \t]+(?:ties|links|fighters|units|mercenaries|troops|forces|"
                                r"operatives|contractors|presence|deployment|personnel|"
                                r"instructors|bases|base|men)\b")
_UNDER_A_POST_BEFORE = re.compile(r"(?<![\w'’-])(?i:under|during)[ \t]+(?:the[ \t]+)?"
                                  r"(?:[A-Z][\w'’.-]*[ \t]+){2,4}$")
_VERB_AFTER = re.compile(r"[ \t]+(?!(?:the|a|an|and|or|of|in|on|to|at|for)\b)[a-z]+\b")


def _the_groups_own_word_after_names(text: str, match: re.Match[str]) -> bool:
    """Whether a group's name after a run of names is still the group's (see
    :data:`_GROUPS_NOUN_AFTER`)."""
    if _GROUPS_NOUN_AFTER.match(text, match.end()):
        return True
    return bool(_UNDER_A_POST_BEFORE.search(text, max(0, match.start() - 60), match.start())
                and _VERB_AFTER.match(text, match.end()))


# A capitalised word ending in a hyphened participle is a modifier, no name: "the Islamic
# State-linked DI", "the Kremlin-backed Wagner", "the Iran-aligned Houthis" (a Philippines
# newcomer's "the emir of the Islamic State-linked DI" had read "State-linked DI" as the
# emir's name, and the group had no mention).
_HYPHENED_PARTICIPLE = re.compile(r"-[a-z]+ed$")


def _titled_name_run(text: str, run: re.Match[str], title_words: frozenset[str]) -> bool:
    """Whether the capitalised run before a group's name ends in names right after a title:
    "Foreign Minister Kayikwamba Wagner met her counterpart" is the minister, whose given names
    the name data need not know (a breaker's: with "Thérèse" dropped she had been the Wagner
    Group). Each name word has lower case after its capital and is no title, function word or
    qualifier; the title is a post (_POST_RIGHT_BEFORE), not an adjective such as "Security"
    or "National". A bare surname after a title ("Commander Wagner") is not this rule's."""
    for word in re.finditer(r"\S+", run.group(1)):
        rest = run.group(1)[word.start():].split()
        if all(w[:1].isupper() and any(c.islower() for c in w[1:])
               and not _HYPHENED_PARTICIPLE.search(w)
               and w.lower() not in title_words and w.lower() not in _NOT_GIVEN_NAMES
               and w.lower() not in _NOT_GIVEN_WORDS and w.lower() not in _PORTFOLIO_WORDS
               for w in rest) and \
                _POST_RIGHT_BEFORE.search(text, max(0, run.start(1) + word.start() - 60),
                                          run.start(1) + word.start()):
            return True
    return False


# A person's post right before a name, in either case ("Foreign Minister", "the ambassador"),
# or set off by a comma ("Congo's foreign minister, Kayikwamba Wagner, said", a breaker's).
# The post may name its portfolio after "of" or "for", in capitals ("DRC Minister of Foreign
# Affairs Kayikwamba Wagner addressed the Council", the UN's and communiqués' style, a
# breaker's: the minister had been the Wagner Group).
_POST_RIGHT_BEFORE = re.compile(
    r"(?<![\w-])(?i:minister|president|premier|chancellor|secretary|ambassador|envoy|"
    r"commissioner|rapporteur|governor|mayor|senator|spokes(?:man|woman|person)|adviser|advisor|"
    r"director|chair(?:man|woman|person)?|general|colonel|commander|admiral|marshal|"
    r"lieutenant|captain|judge|prosecutor|king|queen|prince|princess|emir|sheikh|diplomat)"
    r"(?:[ \t]+(?i:of|for)[ \t]+(?:(?i:the)[ \t]+)?"
    r"(?:[A-Z][\w'’-]*[ \t]+(?:(?:and|&)[ \t]+)?){0,3}[A-Z][\w'’-]*)?,?"
    r"[ \t]+$")
# ... whose nouns are no name words ("Minister of Foreign Affairs Wagner" is a bare surname
# after a title, not this rule's, as "Commander Wagner" is not)
_PORTFOLIO_WORDS = frozenset("""affairs relations cooperation development integration trade
commerce industry agriculture transport communications information planning labour labor
works mines environment tourism sports youth women veterans reconstruction rights
""".split())


# Capitalised words that open sentences or qualify a group, which the name data also lists as
# given names ("Many", "Other", "Young", "Big").
_NOT_GIVEN_WORDS = frozenset("""many other others every each all some several most few more
big young old new notorious former top senior elite major main key leading rival loyal
pro-russian pro-kremlin russian-backed rogue private ex remaining surviving""".split())


def _merge_adjacent(text: str, mentions: list[Mention]) -> list[Mention]:
    """Join mentions of the same actor separated only by whitespace (role + name), and a name
    with the short form glossed in brackets after it: "the Security Service of Ukraine (SBU)"
    is one mention, not two."""
    merged: list[Mention] = []
    for i, mention in enumerate(mentions):
        prev = merged[-1] if merged else None
        between = text[prev.end : mention.start] if prev else ""
        end = mention.end
        close = _GLOSS_CLOSE.match(text, end)
        if prev and prev.actor == mention.actor and _GLOSS_OPEN.fullmatch(between) and close:
            following = mentions[i + 1] if i + 1 < len(mentions) else None
            if following is None or following.start >= close.end():
                end = close.end()  # the gloss's closing bracket
            # else another actor's short form shares the bracket and stays its own mention:
            # "The Alliance Fleuve Congo (AFC/M23) said" is AFC once and M23 once
        elif prev and prev.actor == mention.actor and _nickname_start(text, prev, mention) \
                is not None:
            start = _nickname_start(text, prev, mention)
            merged[-1] = Mention(prev.actor, start, end, text[start:end], "name")
            continue
        elif not (prev and prev.actor == mention.actor and between.isspace()):
            merged.append(mention)
            continue
        merged_field = prev.field if prev.field == mention.field else "name"
        merged[-1] = Mention(prev.actor, prev.start, end, text[prev.start : end], merged_field)
    return merged


# A person's nickname in quotes between the given name and the surname: 'Jimmy “Barbecue”
# Chérizier', 'Yevgeny “Wagner chief” Prigozhin' (a newcomer's gang leaders, written this way
# almost always, had been two mentions each, the nickname and the surname).
_NICKNAME_OPEN = re.compile(r"(?<![\w'’-])([A-Z][\w'’-]*)[ \t]+[“\"‘]$")
_NICKNAME_CLOSE = re.compile(r"[”\"’][ \t]+")


def _nickname_start(text: str, nickname: Mention, name: Mention) -> int | None:
    """Where one mention of a person begins that ``nickname`` (a registry form in quotes) and
    ``name`` right after it are parts of: at the given name before the quotes, where that word
    opens one of the person's registry names ("Jimmy" of "Jimmy Chérizier"); else None."""
    if nickname.actor.type != "person" or not _NICKNAME_CLOSE.fullmatch(
            text, nickname.end, name.start):
        return None
    given = _NICKNAME_OPEN.search(text, max(0, nickname.start - 40), nickname.start)
    if given is None:
        return None
    first_words = {form.split()[0].casefold() for form, field_name in nickname.actor.forms()
                   if field_name in ("name", "aliases") and len(form.split()) > 1}
    return given.start(1) if given.group(1).casefold() in first_words else None


# A nickname in quotes between a given name and a registry person's surname, as a span: another
# actor's form inside it is part of the nickname, no mention ('Yevgeny “Putin’s chef”
# Prigozhin', 'Dmitry “Wagner” Utkin', a breaker's: Putin and the Wagner Group had been
# mentioned). Double quotes, or single ones around words holding no apostrophe.
_NICKNAME_SPAN = re.compile(r"(?<![\w'’-])(?P<given>[A-Z][\w'’-]*)[ \t]+"
                            r"(?P<nick>“[^“”\n]{1,40}”|\"[^\"\n]{1,40}\"|‘[^‘’\n]{1,40}’)[ \t]+")


def _without_others_in_nicknames(text: str, mentions: list[Mention]) -> list[Mention]:
    """``mentions`` without another actor's inside a person's nickname (see
    :data:`_NICKNAME_SPAN`); the person's own forms there stay, for :func:`_nickname_start`."""
    if not any(q in text for q in "“\"‘"):
        return mentions
    drop: set[int] = set()
    for span in _NICKNAME_SPAN.finditer(text):
        person = next((m for m in mentions if m.start == span.end()), None)
        if person is None or person.actor.type != "person" or \
                not _a_given_name_of(span["given"], person.actor):
            continue
        drop.update(i for i, m in enumerate(mentions)
                    if span.start("nick") < m.start and m.end < span.end("nick")
                    and m.actor is not person.actor)
    return [m for i, m in enumerate(mentions) if i not in drop]


def _a_given_name_of(word: str, person: Actor) -> bool:
    """Whether ``word`` opens one of ``person``'s registry names ("Yevgeny" of "Yevgeny
    Prigozhin"), or is a given name the name data saw for at least NAME_PEOPLE_MIN people."""
    if word.lower() in _NOT_GIVEN_NAMES:
        return False
    if any(len(form.split()) > 1 and form.split()[0].casefold() == word.casefold()
           for form, field_name in person.forms() if field_name in ("name", "aliases")):
        return True
    from .speakers import NAME_PEOPLE_MIN, NameDataError, first_name_people

    try:
        return first_name_people(word) >= NAME_PEOPLE_MIN
    except NameDataError:
        return False


# The opening of a bracketed short form after a name ("… of Ukraine (SBU)"), and after its
# possessive ("The Security Service of Ukraine's (SBU) operation", "The Chinese Communist
# Party's (CCP) military exercise": a newcomer's had been two mentions).
# The short form may follow others of no actor's joined by a slash: "The North Atlantic Treaty
# Organization (OTAN/NATO) said" (a breaker's: the French form first had made NATO two
# mentions, where "(NATO/OTAN)" was one).
# (with a foreign article elided too: "(l'OTAN/NATO)", a breaker's; or whole, "(la OTAN/NATO)",
# and in another alphabet, "the Security Service of Ukraine (СБУ/SBU)", a breaker's: two
# mentions each)
_GLOSS_CAPITAL = "A-ZÀ-ÖØ-ÞА-ЯЁЄІЇЎҐΑ-Ω"
_GLOSS_OPEN = re.compile(r"(?:['’]s?)?\s*\((?:[ \t]*(?:[ldLD]['’]|(?i:la|le|les|el|los|las|il|"
                         r"die|der|das)[ \t]+)?"
                         rf"[{_GLOSS_CAPITAL}][\w.&'’-]{{0,11}}[ \t]*/)*[ \t]*")
# The rest of a gloss after the short form: its closing bracket, after other short forms joined
# by a slash ("The North Atlantic Treaty Organization (NATO/OTAN) said it was ready", a
# newcomer's: NATO had been counted twice; "The Alliance Fleuve Congo (AFC/M23) informs", the
# AFC/M23's own communiqués, AFC twice).
_GLOSS_CLOSE = re.compile(r"(?:[ \t]*/[ \t]*[^\s()/][^()/\n]*?)*\)")


def _absorb_titles(text: str, mentions: list[Mention]) -> list[Mention]:
    """Extend person mentions over titles before them, and over a country adjective before those.

    "Russian General Sergey Suroivkin" is one Surovikin mention: the adjective qualifies the
    general, it does not make the sentence about Russia.
    """
    out: list[Mention] = []
    for mention in mentions:
        if mention.actor.type == "person":
            floor = out[-1].end if out else 0
            window = max(floor, mention.start - _TITLE_WINDOW)
            titles = _TITLES_BEFORE.search(text, window, mention.start)
            if titles:
                start = titles.start()
                prev = out[-1] if out else None
                if (
                    prev is not None
                    and prev.actor.type == "country"
                    and _POSSESSIVE_GAP.fullmatch(text, prev.end, start)
                ):
                    start = prev.start
                    out.pop()
                mention = Mention(
                    mention.actor, start, mention.end, text[start : mention.end], mention.field
                )
        out.append(mention)
    return out


# --------------------------------------------------------------------------- locative mentions

# Nouns for a part of a country's territory: "the south of Ukraine", "Ukrainian territory",
# "Russia's border".  Not "side" ("the Russian side" is a party) nor "land" ("land mines"),
# but its side of a border or front line ("fled to Mandera on the Kenyan side of the border",
# a Somalia newcomer's, had been Kenya, a stance row); and its landforms ("in the Carpathian
# mountains of Ukraine", the same newcomer's "in the Cal Miskaad mountains of Puntland").
_PLACE_NOUN = (
    r"(?:north|south|east|west|north-?east|north-?west|south-?east|south-?west|centre|center|"
    r"part|parts|region|regions|city|cities|town|towns|village|villages|territory|territories|"
    r"border|borders|frontier|capital|outskirts|map|coast|coastline|area|areas|province|"
    r"provinces|oblast|oblasts|rest|soil|airspace|skies|waters|countryside|interior|heartland|"
    r"port|ports|regional\s+capital|border\s+regions?|border\s+areas?|"
    r"side\s+of\s+the\s+(?:border|frontier|boundary|front\s*line|front|line\s+of\s+contact|"
    r"berm|sand\s+wall)"  # (Western Sahara's: "Mines litter the Moroccan side of the berm")
    # (not a party's side of a quarrel over it: "the Kenyan side of the border dispute", a
    # breaker's, is Kenya's case)
    r"(?!\s+(?:disputes?|talks|negotiations?|questions?|issues?|commissions?|agreements?|"
    r"deals?|rows?|conflicts?|quarrels?|claims?|demarcation)\b)|"
    r"mountains|hills|foothills|highlands|forests|steppes?|plains|valleys?|deserts?)"
)
_COMPASS = r"(?:north|south|east|west|central|north-?east|north-?west|south-?east|south-?west)\w*"
# People taken somewhere: detainees and civilians, not troops or goods sent to a state.
# Forces or people withdrawn from a place, with up to four words before the noun ("all its
# remaining fighters", "of Russian troops"): not what is withdrawn from a state as its object,
# support, recognition or funding.
_WITHDRAWN_PEOPLE = (r"(?:[^\s,.;:“”\"]+\s+){0,4}?(?:troops|forces|fighters|soldiers|militants|"
                     r"guerrillas|militias?|units|personnel|contingents?|garrisons?|"
                     r"peacekeepers|mercenaries|diplomats|staff|citizens|nationals)")
_TAKEN_PEOPLE = (r"(?:detainees|prisoners|captives|hostages|men|women|children|civilians|people|"
                 r"residents|refugees|families|orphans|minors|boys|girls|wounded)")
# "in (the) (war-torn / eastern / Russian-occupied) Ukraine", but not "interest in Ukraine".
_LOCATIVE_BEFORE = re.compile(
    # moving to or from a place: "had fled to Armenia", "evacuated from Kharkiv", "joins me
    # from Yerevan" (a newcomer's exodus sentences had the host state's stance rows)
    r"(?<![\w-])(?:fled|flee|flees|fleeing|escaped|evacuated|airlifted|relocated|resettled|"
    r"deported|joins\s+(?:me|us)|joined\s+(?:me|us)|joining\s+(?:me|us)|"
    r"speak(?:s|ing)?\s+to\s+(?:me|us)|"
    # travelling there: "Zelensky flew to Washington", "Orbán heads to Moscow" (a newcomer's)
    r"flew|flies|fly|flying|travell?ed|travels|travell?ing|heads|headed|heading|"
    # people moving there: "migration flows to Europe" (a Libya newcomer's), as "flow into"
    r"(?:migration|migrant|migratory|refugee)\s+(?:flows?|routes?|crossings?|departures?)|"
    # not a passive's recipient: "if the assets were returned to Russia"
    r"(?<!was\s)(?<!were\s)(?<!been\s)(?<!be\s)(?:returned|returns|returning)|"
    # a journey's noun: "relief flights to Naypyidaw", "the road to Kherson" (a newcomer's)
    r"flights?|trips?|journeys?|voyages?|routes?|roads?|highways?|railway|trains?)"
    # (and out of it: "diplomats flew out of Niamey")
    r"\s+(?:\w+ly\s+)?(?:back\s+)?(?:to|from|out\s+of)\s+(?:the\s+)?$|"
    # ... or coming there: "Ms. Tetteh must come to Tripoli" (a Libya newcomer's, the city the
    # government's metonym); not a topic's "when it comes to Ukraine", nor a source's "the
    # threat comes from Russia"
    r"(?<![\w-])(?<!it\s)(?:come|comes|came|coming)\s+(?:\w+ly\s+)?(?:back\s+)?to\s+"
    r"(?:the\s+)?$|"
    # ... or a broadcast's guest joining from it in the passive: "I'm joined from Maputo by the
    # researcher …" (a Mozambique newcomer's DW transcript had the capital an actor); a list's
    # next guest, "…, and from Maputo by …", is a place after such a phrase (_JOINED_FROM)
    r"(?:\b(?:am|is|are|was|were|been|being)|['’](?:m|re|s))\s+(?:\w+ly\s+|now\s+|also\s+)?"
    r"joined\s+from\s+(?:the\s+)?$|(?P<and_from>(?<![\w-])and\s+from)\s+(?:the\s+)?$|"
    # named in apposition to the place it is: "in the capital, Kyiv, and in Lviv" (a
    # newcomer's "launchers in the capital, Sanaa," had been the Houthis); where a strike came
    # from: "the missile was launched from Moscow", "rockets fired from Belgorod"
    r"(?<![\w-])(?P<apposed>(?:in|near|outside|inside|around|across|to|from)\s+the\s+"
    r"(?:[a-z]+\s+)?(?:capital|city|town|port|village))\s*,\s*$|"
    r"(?<![\w-])(?P<launched>launched|fired)\s+from\s+(?:the\s+)?$|"
    # a base acted from, as "based in": "armed groups operate from Venezuela" (a Colombia
    # newcomer's had been a stance row toward the state), "hackers operating out of Russia"
    r"(?<![\w-])operat(?:e|es|ed|ing)\s+(?:\w+ly\s+)?(?:from|out\s+of)\s+(?:the\s+)?$|"
    # forces withdrawn or pulled out of it, as people flee it: "withdrawing all its remaining
    # fighters from Turkey", "pulling fighters out of Turkey", "Russia withdrew from Kherson"
    # (an Iraqi Kurdistan newcomer's AP lede on the PKK's withdrawal had Turkey a stance row);
    # only forces or people between, so "withdrew its support from Ukraine" keeps its object
    rf"(?<![\w-])(?P<withdrawn>(?:withdr(?:aw|aws|awn|awing|ew|awals?)|"
    rf"pull(?:s|ed|ing)?(?:\s+back|\s+out)?|pull-?backs?|pull-?outs?|retreat(?:s|ed|ing)?)\s+"
    rf"(?:{_WITHDRAWN_PEOPLE}\s+)?(?:from|out\s+of)\s+(?:the\s+)?)$|"
    # ... or wanted, driven or kept out of it: "wanted the PKK out of Sinjar and out of Iraq",
    # "drive Russian forces out of Ukraine", "moving money out of Russia"; not "a word that
    # comes out of Budapest", what the capital says
    r"(?<![\w-])(?:wants?|wanted|wanting|drive|drives|drove|driven|driving|push(?:es|ed|ing)?|"
    r"kick(?:s|ed|ing)?|keep(?:s|ing)?|kept|mov(?:e|es|ed|ing)|expel(?:s|led|ling)?)\s+"
    r"(?P<withdrawn_object>(?:[^\s,.;:“”\"]+\s+){1,4}?[“\"‘]?out\s+of\s+"
    r"(?:(?:the\s+)?[^\s,.;:“”\"]+\s+and\s+out\s+of\s+)?(?:the\s+)?)$|"
    # where a cargo is carried from: "the boats carried drugs from Venezuela" (the newcomer's),
    # "ships carried grain from Ukraine"; a cargo's noun only, so "a plane carrying a message
    # from Moscow" keeps its sender
    r"(?<![\w-])(?:carr(?:y|ies|ied|ying)|ferr(?:y|ies|ied|ying)|transport(?:s|ed|ing)?)\s+"
    r"(?:[^\s,.;:“”\"]+\s+){0,2}?(?:drugs|cocaine|narcotics|weapons|arms|ammunition|fuel|oil|"
    r"grain|cargo|goods|contraband|migrants|passengers)\s+from\s+(?:the\s+)?$|"
    # sent to serve there: "Wagner deployed to Mali in 2021" (a fifth newcomer's), "deployed
    # nuclear weapons to Belarus"
    r"(?<![\w-])(?:re)?deploy(?:ed|s|ing)?\s+(?:[^\s,.;:“”\"]+\s+){0,4}?to\s+(?:the\s+)?$|"
    # sending or leading visitors there, as visiting it: "Washington has also sent congressional
    # delegations to Kyiv", "Pelosi, who led a congressional delegation to Kyiv" (a newcomer's);
    # not what is sent to a state, its recipient ("send tanks to Ukraine", as "aid convoys to
    # Ukraine"), nor troops, aimed at the state as "troops crossed into Ukraine" is
    # (a mission only led there: "send a reassurance mission to Ukraine" is troops, a breaker's)
    r"(?<![\w-])(?:sen[dt]s?|sending|led|leads?|leading)\s+(?:[^\s,.;:“”\"]+\s+){0,4}?"
    r"(?:delegations?|delegates|lawmakers|senators|congressmen|congresswomen|envoys?|"
    r"emissar(?:y|ies)|diplomats|monitors|observers|inspectors)\s+to\s+(?:the\s+)?$|"
    r"(?<![\w-])(?:led|leads?|leading)\s+(?:[^\s,.;:“”\"]+\s+){0,4}?missions?\s+to\s+"
    r"(?:the\s+)?$|"
    # taking people out of it: "Germany evacuated its citizens from Kyiv" (a newcomer's
    # "evacuation of 577 people … from Niamey" had been the junta, not a place)
    # (not "depends on guarantees from Russia", "after a warning from Moscow", a breaker's)
    # (and by air, or out of it: "France airlifted its citizens out of Niger")
    # (any form of deporting: "stop deporting Haitians from the United States", a newcomer's)
    r"(?<![\w-])(?:evacuat(?:ed?|es|ing|ion)|airlift(?:ed|s|ing)?|relocated|"
    r"deport(?:ed|s|ing|ations?)?|rescued)\s+"
    # (nor a reaction's source: "deportation of Afghans drew condemnation from Washington",
    # "deporting migrants over objections from Brussels", a breaker's)
    r"(?:(?!(?:after|with|on|by|for|under|upon|despite|following|before|amid|needs?|depends?|"
    r"requires?|approval|help|guarantees?|permission|support|warnings?|orders?|pressure|"
    r"condemnations?|criticisms?|objections?|protests?|rebukes?|outcry|complaints?|"
    r"concerns?|appeals?|calls?|demands?|opposition|drew|draws|drawing)\b)"
    r"[^\s,.;:“”\"]+\s+){1,5}?(?:from|out\s+of)\s+(?:the\s+)?$|"
    # visiting it: "Putin visited Minsk in November", "on a visit to Moscow" (a newcomer's
    # junta leader's visit to Bamako had been scored as stance toward Mali)
    # (not "During the visit Ukraine signed", "the prisoner visits Russia had promised", a
    # breaker's: the noun only before "to", the verb in -s after a name)
    # (the visitor named between: "a visit by his Mozambican counterpart to Kigali", a
    # Mozambique newcomer's, as "a visit to Kigali by Chapo" is)
    r"(?<![\w-])(?:visited|(?P<visiting>visiting)|toured|touring|visits?\s+to|"
    r"visits?\s+by\s+(?:[^\s,.;:“”\"]+\s+){1,6}?to|"
    r"(?:to|will|would|could|can|may|might|must|should|not|never|and|or)\s+visit|"
    r"(?-i:[A-Z])[\w'’-]*\s+(?:visits|tours))\s+(?:the\s+)?$|"
    # leaving it, or moving into it: "have fled Ukraine", "weapons flow into Russia" (not
    # "troops crossed / poured into Ukraine": an invasion's target, as "invaded Ukraine")
    r"(?<![\w-])(?:fled|flee|flees|fleeing|escaped)\s+(?:the\s+)?$|"
    # ... for another: "have fled Nagorno-Karabakh for Armenia", "fled their homes for Poland"
    # (a newcomer's Reuters lede on the exodus was a stance row toward Armenia)
    r"(?<![\w-])(?:fled|flee|flees|fleeing|escaped)\s+(?:[^\s,.;:“”\"]+\s+){0,4}?for\s+"
    r"(?:the\s+)?$|"
    r"(?<![\w-])(?:flow|flows|flowed|flowing|fled|escaped)\s+(?:back\s+)?"
    r"into\s+(?:the\s+)?$|(?<![\w-])back\s+into\s+(?:the\s+)?$|"
    # where violence spreads or spills over to, as where it flows: "The violence has spread to
    # neighbouring Niger, Chad and Cameroon", "the conflict spilled over into Chad" (a Nigeria
    # newcomer's three neighbours had been stance rows); not a passive's "was spread to"
    r"(?<![\w-])(?<!was\s)(?<!were\s)(?<!been\s)(?<!be\s)"
    r"(?:spread|spreads|spreading|spilled|spilt|spills|spilling)\s+(?:over\s+)?(?:to|into)\s+"
    r"(?:the\s+)?(?:neighbou?ring\s+|nearby\s+)?$|"
    # over it: "Russian drones flew over Kyiv for six hours" (a newcomer's)
    r"(?<![\w-])(?:flew|flies|fly|flying|circled|circling|hovered|hovering)\s+over\s+"
    r"(?:the\s+)?$|"
    # a French meeting's or briefing's place after "à", which is "to" as well as "in", so only
    # after such a noun (a word list): "lors d'un point de presse à Yaoundé", "la conférence de
    # presse à Paris", "un sommet à Moscou" (a Cameroon newcomer's Yaoundé had been the state)
    r"(?<![\w-])(?:point\s+de\s+presse|conférence(?:\s+de\s+presse)?|réunion|sommet|"
    r"rencontre|cérémonie|forum|séminaire|colloque)\s+(?:tenue?s?\s+)?à\s+$|"
    r"(?<![\w-])(?P<prep>in|inside|across|throughout|within|around|near|outside)\s+"
    r"(?:(?:the|all\s+of|much\s+of|most\s+of|parts?\s+of|occupied|war-torn|neighbou?ring|"
    rf"{_COMPASS}(?:\s+and\s+{_COMPASS})?|[A-Z][\w]*-(?:occupied|controlled|held)|"
    # (a state's possessive before its region: "in Georgia's occupied Abkhazia region")
    r"(?-i:[A-Z])[\w-]*['’]s)\s+)*$"
    r"|(?<![\w-])(?:the\s+)?(?:\w+\s+)?" + _PLACE_NOUN + r"\s+of\s+(?:the\s+)?$"
    r"|(?<![\w-])borders?\s+(?:with|between)\s+(?:\S+\s+and\s+)?$"
    # a line on the ground is a border too: "detained along the occupation line with the
    # Tskhinvali region", "the Administrative Boundary Lines with Abkhazia and South Ossetia",
    # "the line of contact with Russia" (a Georgia newcomer's; not a policy's "a hard line with");
    # a border's line is one too ("The border line with Belarus was mined", a breaker's)
    r"|(?<![\w-])(?:(?:occupation|boundary|contact|demarcation|dividing|separation|ceasefire|"
    r"front|control|border|frontier)\s+lines?|"
    r"lines?\s+of\s+(?:contact|control|separation|demarcation))\s+"
    r"(?:with|between)\s+(?:\S+\s+and\s+)?(?:the\s+)?$"
    # people taken there, as "deported to Russia": "took them to Tskhinvali", "children taken
    # to Russia" (a Georgia newcomer's detentions; not what is sent to a state, its recipient:
    # "weapons were transferred to Ukraine")
    r"|(?<![\w-])(?:(?:took|take|takes|taking|carried|brought|transported)\s+"
    rf"(?:them|him|her|us|me|(?:\S+\s+){{0,3}}?{_TAKEN_PEOPLE})|"
    rf"(?:{_TAKEN_PEOPLE}|were|was|been|being)\s+(?:\w+ly\s+)?(?:taken|carried))"
    r"\s+(?:back\s+)?(?:from\s+(?:\S+\s+){1,3}?)?to\s+(?:the\s+)?$"
    # a distance from a city or a state: "Russian troops were eighty kilometres from Tbilisi",
    # "within about 200 kilometres of Moscow" (a Georgia newcomer's), as "40 km west of Ryazan"
    r"|(?<![\w-])(?:kilomet(?:re|er)s|km|miles)\s+(?:away\s+)?(?:from|of|short\s+of|outside)\s+"
    r"(?:the\s+)?$"
    # the way between two places, as a journey's noun to one: "has closed roads between Bahir
    # Dar and Addis Ababa", "roads between Kharkiv and Kyiv" (a newcomer's had been the state)
    r"|(?<![\w-])(?:flights?|routes?|roads?|highways?|railway|rail\s+links?|trains?)\s+between\s+"
    r"(?:(?:the\s+)?(?-i:[A-Z])[\w'’.-]*(?:\s+(?-i:[A-Z])[\w'’.-]*){0,2}\s+and\s+)?(?:the\s+)?$",
    re.IGNORECASE,
)
# A guest joining a broadcast from a place, earlier in the sentence than a list's next guest
# ("I'm joined from Pemba by our correspondent …, and from Maputo by the researcher …").
_JOINED_FROM = re.compile(r"(?:\b(?:am|is|are|was|were|been|being)|['’](?:m|re|s))\s+"
                          r"(?:\w+ly\s+|now\s+|also\s+)?joined\s+from\b|"
                          r"(?<![\w-])(?:joins?|joined|joining)\s+(?:me|us)\s+from\b",
                          re.IGNORECASE)


# ... or a guest joining in the passive with no place given ("I'm joined by Poland's foreign
# minister, and from Kyiv by our correspondent", a breaker's): the next guest's "from Kyiv" is
# a place only where "by" and that guest follow it (_GUEST_BY_AFTER), so "Zelensky was joined
# by Macron, and from Moscow came a warning" keeps the state.
_JOINED_BY = re.compile(r"(?:\b(?:am|is|are|was|were|been|being)|['’](?:m|re|s))\s+"
                        r"(?:\w+ly\s+|now\s+|also\s+)?joined\s+by\b", re.IGNORECASE)
_GUEST_BY_AFTER = re.compile(r"\s+by\s+\w", re.IGNORECASE)


def _guest_joining_from(text: str, start: int, end: int) -> bool:
    """Whether the sentence before ``start`` (an "and from" before a place that ends at
    ``end``) has a guest join from a place (:data:`_JOINED_FROM`), so that the place after it
    is a guest's too; or has a guest join in the passive (:data:`_JOINED_BY`) and the place
    is followed by its own guest ("…, and from Kyiv by our correspondent")."""
    opening = max(text.rfind(stop, 0, start) for stop in (". ", "? ", "! ", "\n"))
    window = max(opening, start - 250, 0)
    if _JOINED_FROM.search(text, window, start) is not None:
        return True
    return _JOINED_BY.search(text, window, start) is not None and \
        _GUEST_BY_AFTER.match(text, end) is not None


# People who visit, after "visiting" and their state: "Two visiting US senators" (a breaker's).
_VISITORS_AFTER = re.compile(r"\s+(?:senators?|lawmakers?|officials?|delegations?|delegates?|"
                             r"leaders?|ministers?|president|premier|troops|team|dignitaries|"
                             r"diplomats?|envoys?|congressmen|congresswomen|reporters|"
                             r"journalists|students|scholars)\b")
# Words before "in" that make the country the object of an attitude, not a place.
_NOT_LOCATIVE_BEFORE_IN = frozenset(
    "interest interests confidence faith trust belief believe invest invested investing "
    "investment investments stake stakes".split()
)
# A power seated there is the state: "the regime in Kiev", "the neo-Nazis in Kiev", "the new
# leadership in Moscow" (a newcomer's state-media smear had been read as a place), "the foreign
# ministry in Berlin", "the juntas in Bamako and Ouagadougou", "the colonels in Bamako" (a fifth
# newcomer's), "the separatist administration in Hargeisa" (a Somalia newcomer's state agency,
# Somaliland's had been left out as a place); not another body's seat ("the Hamas leadership in Doha", "the Polish government
# in London") nor a "regime" of rules ("the curfew regime in Kyiv").
_SEATED_POWERS = frozenset(
    "regime regimes government authorities leadership rulers junta juntas ministry ministries "
    "administration administrations "
    "nazis neo-nazis nationalists puppets puppet clique elite elites masters hawks warmongers "
    "bureaucrats bureaucracy technocrats eurocrats dictator dictators mullahs ayatollahs tyrant "
    "tyrants autocrat autocrats despot despots strongman colonels generals".split())
# Seated powers that are people: without a determiner they are people in a city ("hundreds of
# nationalists in Kyiv marched"), while "timid leadership in Berlin" is still the state's.
_SEATED_PEOPLE = frozenset(
    "nazis neo-nazis nationalists puppets elite elites masters hawks warmongers dictators "
    "mullahs ayatollahs tyrants autocrats despots colonels generals".split())
_DETERMINER_BEFORE = re.compile(r"\b(?i:the|this|that|its|their|whose)\s+$")
# Words of contempt or time between the determiner and "regime" that leave it the power seated
# there: "the so-called regime in Kiev", "the criminal regime in Kyiv", "the new regime in
# Damascus" (not a noun of rules: "the curfew regime in Kyiv").
_POWER_EPITHETS = re.compile(
    r"(?<![\w-])(?:(?i:so-called|self-proclaimed|self-styled|illegitimate|illegal|criminal|"
    r"puppet|terrorist|fascist|neo-nazi|nazi|bloody|separatist|current|new|present|former|"
    r"ruling|de\s+facto)\s+){1,2}$")
# After the mention: a gerund makes the country the subject of an action ("in Ukraine joining
# NATO"); a possessive must lead to a place noun ("Ukraine's south", "Russia's Belgorod region").
_GERUND_AFTER = re.compile(
    # prepositions ending in -ing are no gerund: "died in Kyiv during the attack" (a newcomer's
    # quake in Bangkok had made Thailand an actor)
    r"\s+(?!(?i:during|following|including|according|regarding|concerning|excluding|pending|"
    r"notwithstanding|barring|morning|evening|spring|"
    r"king|ring|wing|thing)\b)\w+ing\b")
# A body named after a place noun is the state's, no place: "the Russian Interior Ministry",
# "Russian border guards", "Russia's border service" (a newcomer's arrests and crackdowns had
# dropped out of every stance aggregate, flagged as places).
_BODY_AFTER_PLACE_NOUN = (r"(?!(?:(?<=border)|(?<=borders)|(?<=interior)|(?<=coast))\s+(?:"
                          r"ministry|ministries|minister|ministers|guards?|service|services|"
                          r"troops|police|agency|force|forces|officials?|patrols?|units?|"
                          r"authorities|committee|department)\b)")
# Words that end a possessive's noun phrase, so no place noun after them is the possessor's:
# "Russia's alliance with North Korea", "Georgia's aggression against South Ossetia" (a
# Georgia newcomer's TASS sentence calling Georgia the aggressor had been a place, left out of
# every stance aggregate).
_PHRASE_ENDS = (r"(?:with|against|to|toward|towards|on|upon|of|for|from|in|into|at|by|over|"
                r"under|between|among|amid|about|after|before|via|and|or|but|nor|than|the|a|an|"
                r"its|their|his|her|our|is|are|was|were|has|have|had|will|would|can|could|"
                r"that|which|who)")
# A compass word before a capitalised word may begin another state's name ("Russia's North
# Korean allies") rather than name the possessor's own land ("Ukraine's south"); which, the
# registry tells (:func:`_possessive_place`).
_COMPASS_NAME_AFTER = (r"(?!(?:(?<=north)|(?<=south)|(?<=east)|(?<=west))\s+(?-i:[A-Z]))")


def _possessive_place_after(name_after_compass: bool) -> re.Pattern[str]:
    """The place noun a possessive leads to ("Russia's Belgorod region", "Ukraine's south"),
    through up to two modifiers, names or adjectives, none a function word
    (:data:`_PHRASE_ENDS`); with ``name_after_compass`` False a compass word before a
    capitalised word is no place noun (:data:`_COMPASS_NAME_AFTER`)."""
    compass_end = "" if name_after_compass else _COMPASS_NAME_AFTER
    return re.compile(
        rf"['’]s?\s+(?:(?!{_PHRASE_ENDS}\b)(?:[A-Z][\w-]+|{_COMPASS}|southern|northern|eastern|"
        rf"western|occupied|main|international|old|historic|residential)\s+){{0,2}}"
        # a city's own places too: "near Kyiv's main airport", "Kyiv's southern districts" (a
        # newcomer's "near Port Sudan's southern port" had been a stance row toward the army)
        rf"(?:{_PLACE_NOUN}|airports?|(?<!military\s)districts?|suburbs?|streets?|"
        rf"neighbou?rhoods?|harbou?rs?|seaport|railway\s+station|train\s+station|metro)\b"
        rf"{compass_end}{_BODY_AFTER_PLACE_NOUN}",
        re.IGNORECASE,  # (so the modifier slot takes adjectives: "Finland's sealed border")
    )


_POSSESSIVE_PLACE_AFTER = _possessive_place_after(name_after_compass=False)
# In a title-case headline every word is capitalised: "Ukraine's East Is Burning" is the east.
_POSSESSIVE_PLACE_AFTER_TITLE = _possessive_place_after(name_after_compass=True)


def _possessive_place(text: str, end: int, others: Sequence[Mention] = ()) -> bool:
    """Whether the possessive after a mention ending at ``end`` leads to a place noun.

    A compass word before a capitalised word is the possessor's own land ("Drones struck
    Russia's North Ossetia republic", "Russia's North Caucasus", "Russia's West Siberian oil
    fields") unless another mention of the sentence, ``others``, starts inside the phrase: then
    the compass word opens another actor's name ("Russia's North Korean allies")."""
    if _title_case(text):
        return bool(_POSSESSIVE_PLACE_AFTER_TITLE.match(text, end))
    if _POSSESSIVE_PLACE_AFTER.match(text, end):
        return True
    phrase = _POSSESSIVE_PLACE_AFTER_TITLE.match(text, end)
    return bool(phrase) and not any(end < o.start < phrase.end() for o in others)
_POSSESSIVE_AFTER = re.compile(r"['’]s?(?!\w)")
# A continent is a place before a superlative ("Europe's largest …"), never the actor's.
_CONTINENTS = frozenset({"Europe"})
_SUPERLATIVE_AFTER = re.compile(
    r"['’]s?\s+(?:(?:second|third|fourth|fifth|\d+(?:st|nd|rd|th))[- ])?"
    r"(?:largest|biggest|deadliest|worst|longest|oldest|busiest|richest|poorest|"
    r"greatest|highest|tallest|heaviest|bloodiest|most\s+populous)\b")
# A continent's countries as places: "refugees in European countries", "across European
# countries", "to other European countries" (not "European leaders met", "aid from European
# countries").
_ROLE_PLACE_BEFORE = re.compile(
    r"(?<![\w-])(?:(?:in|across|throughout|around)(?:\s+(?:other|several|many|some|most|all))?|"
    r"(?:to|in)\s+other)\s+$", re.IGNORECASE)
# (not capitals, which stand for governments: "a war psychosis in European capitals")
_PLACE_ROLE = re.compile(r"\b(?:countries|nations)\b")
# A continent's part is a region, a place: "Eastern Europe", "Central and Eastern Europe".
_CONTINENT_PART_BEFORE = re.compile(
    r"\b(?:Eastern|Western|Central|Northern|Southern|South-?[Ee]astern|North-?[Ee]astern|"
    r"Southeast|Northeast)\s+$")
# A country adjective before a place noun: "the Ukrainian city of Kherson", "Russian territory",
# "the only key Ukrainian regional capital"; "fished in Moroccan waters", "Russian territorial
# waters" and "the Moroccan-controlled area", "Russian-held territory" as "Russian territory" (a
# newcomer's Western Sahara corpus had them as Morocco, no place).
_DEMONYM_PLACE_AFTER = re.compile(
    # (a zone or sector held by it too, a place by the compound alone: a breaker's "fired on the
    # Moroccan-held zone near Guerguerat"; "the Russian zone" of talks stays a party's)
    rf"(?:[-–](?:controlled|held|occupied|administered)\s+(?:zones?|sectors?)\b|"
    rf"(?:[-–](?:controlled|held|occupied|administered))?"
    rf"\s+(?:(?:{_COMPASS}|southern|northern|eastern|western|major|key|frontline|front-line|"
    rf"border|port|coastal|industrial|territorial)\s+)?{_PLACE_NOUN}\b){_BODY_AFTER_PLACE_NOUN}",
    re.IGNORECASE,
)
# A demonym before a region's name after a locative preposition: the state's part of it, a place
# ("the main city in Indian Kashmir", an India-Pakistan newcomer's: India was no place, while
# "in Russian-occupied Ukraine" gives Ukraine one; "across Iraqi Kurdistan"). The name ends as a
# list's item does, and is no institution ("served in Russian Army"), title ("in Russian
# President Putin's speech") nor script or language ("written in Russian Cyrillic").
# The state may hold the region, as after its name ("in Indian-administered Kashmir", the wires'
# phrase, a breaker's, as "in Pakistan-occupied Kashmir" is a place).
_DEMONYM_REGION_AFTER = re.compile(
    r"(?:\s+|[-–](?:administered|controlled|occupied|held)\s+)"
    r"(?P<region>[A-Z][a-z][\w'’-]*(?:\s+[A-Z][a-z][\w'’-]*)?)")
# ... after "into" too, the region entered ("terrorists had crossed into Indian Kashmir", a
# breaker's; a state's own name after "into" stays the target of an invasion)
_INTO_BEFORE = re.compile(r"(?<![\w-])(?i:into)\s+(?:(?i:the)\s+)?$")
_NOT_REGION_WORDS = frozenset("""
army navy air force forces armed military guard guards police parliament government duma rada
senate congress church orthodox federation embassy ministry cyrillic latin language television
radio railways airlines media press army's president prime minister general
sejm knesset bundestag bundesrat storting riksdag folketing majlis assembly legislature chamber
cabinet council court courts supreme constitutional legion corps marines foreign office service
services intelligence academy university institute league cup team consulate
""".split())  # (bodies after "in the": "in the Polish Sejm", "in the French Foreign Legion", a
# breaker's, had made the state a place)


def _demonyms_region(text: str, mention: Mention) -> bool:
    """Whether a demonym ``mention`` names the state's part of a region after a locative
    preposition (:data:`_DEMONYM_REGION_AFTER`): "in Indian Kashmir"."""
    region = _DEMONYM_REGION_AFTER.match(text, mention.end)
    if region is None or not _ITEM_END.match(text, region.end()) or \
            {w.lower() for w in region["region"].split()} & _NOT_REGION_WORDS or \
            re.match(_TITLE, region["region"]):
        return False
    before = _LOCATIVE_BEFORE.search(text, max(0, mention.start - _LOCATIVE_WINDOW), mention.start)
    if before is not None and before.group("prep"):
        return _after_locative_preposition(text, mention)
    if not _a_regions_name(region, mention.actor):
        return False  # "recruited into Russian Spetsnaz", "shares in Reliance and Indian Oil"
    if _INTO_BEFORE.search(text, max(0, mention.start - 12), mention.start):
        return True
    # a list's next item after a place ("Sirens in Pakistani Punjab and Indian Punjab", a
    # breaker's: the list rule leaves demonyms as they are, and this one read only "in")
    listed = _PLACES_LISTED_BEFORE.search(text, max(0, mention.start - 120), mention.start)
    return listed is not None and not _attitude_or_power_before(text, listed.start())


# Regions a state's demonym divides or holds, as the news names them ("Indian Kashmir",
# "Pakistani Punjab", "Iraqi Kurdistan", "the Russian Far East"): after "into" or as a list's
# item the word after the demonym must be one of these, the state's own registry places, or
# held ("Indian-administered"): any capitalised word had been a region, so "recruited into
# Russian Spetsnaz", "flowing into Russian Kalashnikov", "into Russian Telegram" and "shares in
# Reliance and Indian Oil" made the state a place (a breaker's regressions). After "in" the
# older reading of any name stands.
_DIVIDED_REGIONS = frozenset("""
kashmir jammu ladakh punjab bengal sindh balochistan baluchistan kurdistan golan sinai cyprus
karabakh donbas donbass crimea abkhazia ossetia transnistria karelia galicia silesia
pomerania prussia bessarabia bukovina tyrol macedonia azerbaijan borneo papua guiana guinea
sahara arctic antarctic siberia caucasus kurils sakhalin kaliningrad lapland flanders
wallonia catalonia basque far-east steppe
""".split())
DIVIDED_REGIONS = _DIVIDED_REGIONS  # a label's home region, no outlet (quotes)


def _a_regions_name(region: re.Match[str], actor: Actor) -> bool:
    """Whether the words after a demonym (:data:`_DEMONYM_REGION_AFTER`) name a region: a
    held one, one of :data:`_DIVIDED_REGIONS`, a compass part ("Far East"), or one of the
    actor's own registry places."""
    if not region.group().lstrip().startswith(region["region"]):
        return True  # "into Indian-administered Kashmir": held
    words = region["region"].casefold().split()
    own = {form.casefold() for form in (*actor.regions, *actor.metonyms)}
    return region["region"].casefold() in own or words[0] in own or \
        "-".join(words) in _DIVIDED_REGIONS or words[-1] in _DIVIDED_REGIONS or \
        words[0] in ("far", "north", "south", "east", "west", "northern", "southern",
                     "eastern", "western", "central", "upper", "lower")


def _attitude_or_power_before(text: str, start: int) -> bool:
    """Whether the word before a locative preposition at ``start`` makes what follows it no
    place: an attitude ("interest in", :data:`_NOT_LOCATIVE_BEFORE_IN`) or a power seated there
    ("the regime in", :func:`_seated_power`)."""
    previous = text[:start].split()[-1:]
    previous = previous[0].lower().strip(",;:") if previous else ""
    return previous in _NOT_LOCATIVE_BEFORE_IN or (
        previous in _SEATED_POWERS and _seated_power(text, start))


# "on the part of Russia" means "by Russia".
_ON_THE_PART_OF = re.compile(r"\bon\s+(?:the|its|their|his|her)\s+part\s+of\s+(?:the\s+)?$",
                             re.IGNORECASE)
_LOCATIVE_WINDOW = 60
# A locative preposition and a list of places the registry does not know, up to the mention
# that ends it ("in Mandalay, Sagaing and Nay Pyi Taw", a newcomer's: the junta had been an
# actor of quake damage).
_PLACE_ITEM = r"[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*){0,2}"
# (and people moved out of them: "families deported from Texas and the United Kingdom", a
# breaker's, as "deported from the United Kingdom" is a place)
_PLACES_LISTED_BEFORE = re.compile(
    rf"(?<![\w-])(?i:in|across|throughout|near|around|outside|(?:flights?|trips?|journeys?|"
    rf"routes?|roads?)\s+to|(?:deported|evacuated|expelled|airlifted|fled|escaped)\s+"
    rf"(?:from|out\s+of))\s+(?:the\s+)?"
    rf"(?:{_PLACE_ITEM}\s*,\s*){{0,6}}{_PLACE_ITEM}\s*,?\s+(?:and|or)\s+(?P<the>the\s+)?$")
# The people of a city standing for its power, as they are of any place: "The people of
# Tripoli, of Misrata, of Zawiya stood together", "the elders and notables of Misrata, Zawiya
# and Tripoli" (a Libya newcomer's, the city the government's metonym: UNSMIL's praise of its
# elders went to the government), maybe after a list of places; only a metonym, so "the people
# of Ukraine" stay the state's, and not a seat after "and the" ("the people of Moscow and the
# Kremlin disagree": the state).
_RESIDENTS_OF_BEFORE = re.compile(
    rf"(?<![\w-])(?i:people|residents|inhabitants|citizens|population|civilians|elders|notables|"
    rf"families|youth|tribes|clans)\s+of\s+(?:{_PLACE_ITEM}"
    rf"\s*(?:,\s*(?:(?i:and|or|of)\s+)?|\s+(?i:and|or)\s+))*$")
# A place name after a locative preposition and a comma: the country follows ("in Odesa, ").
# (or a direction from it: "80 kilometres southeast of Bosaso, Puntland," in a Somalia
# newcomer's military release)
_PLACE_COMMA_BEFORE = re.compile(r"(?<![\w-])(?:in|near|outside|from|"
                                 r"(?i:north|south|east|west)(?:-?(?i:east|west))?\s+of)\s+"
                                 r"[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+)?,\s+$")


def is_locative(text: str, mention: Mention, others: Sequence[Mention] = ()) -> bool:
    """True when a country mention names a place, not the actor ("fighting in Ukraine").

    Mentions of ``type = "country"`` actors can be locative, and never through a role
    ("Ukrainian troops"), but for a continent's countries ("refugees in European countries");
    of other actors only a metonym after a locative preposition, a seat named as a place ("a
    strike in Port Sudan", "NATO said in Brussels").  A country's name, alias or metonym is
    locative after a locative
    preposition ("in eastern Ukraine", "across Russia"), after a part-of-territory noun with
    "of" ("the south of Ukraine", "regions of Russia"), after "border with/between", or as the
    possessor of such a noun ("Russia's border", "Ukraine's south").  A demonym is locative in
    front of such a noun ("the Ukrainian city of Kherson", "Russian territory") or of a
    region's name after a locative preposition ("in Indian Kashmir").  Not locative:
    the target of an action ("invaded Ukraine", "the invasion of Ukraine"), "interest in
    Ukraine", "in Ukraine joining NATO".  ``others``, the sentence's mentions, tell another
    actor's name after a possessive ("Russia's North Korean allies") from the possessor's own
    land ("Russia's North Caucasus").
    """
    if mention.actor.type != "country":
        # a body's seat named as a place: "a drone strike in Port Sudan" (a corpus's metonym of
        # the army), "NATO said in Brussels"; never the body's own name or roles
        if mention.field != "metonyms":
            return False
        if _POSSESSIVE_AFTER.match(text, mention.end):  # "near Port Sudan's southern port"
            return _possessive_place(text, mention.end, others)
        # "Port Sudan airport", "a Port Sudan hospital": a building in the seat
        return _city_place_after(text, mention.start, mention.end) or \
            _end_of_a_route(text, mention) or _linked_by_a_way(text, mention) or \
            _after_locative_preposition(text, mention) or _residents_of(text, mention)
    if mention.field == "roles":
        # "protests in European capitals", "fled to other European countries": places
        return mention.actor.name in _CONTINENTS and bool(_ROLE_PLACE_BEFORE.search(
            text, max(0, mention.start - 30), mention.start)) and bool(
            _PLACE_ROLE.search(text, mention.start, mention.end))
    if mention.field != "roles" and _BASED_ARMED_AFTER.match(text, mention.end):
        return True  # "Pakistan-based terrorists": where they are based, as "based in Pakistan"
    if mention.field != "roles" and (_HYPHEN_BORDER_AFTER.match(text, mention.end) or (
            text[mention.start - 1:mention.start] in ("-", "–") and
            _BORDER_AFTER.match(text, mention.end))):
        return True  # "along the Russia-Ukraine border", "the China-Myanmar border": a place
    if mention.field in ("name", "aliases", "demonyms") and \
            _TERRITORY_NAME_AFTER.match(text, mention.end):
        return True  # "the United States Virgin Islands": the state's territory by its name
    if mention.field == "demonyms":
        return bool(_DEMONYM_PLACE_AFTER.match(text, mention.end)) or \
            _demonyms_region(text, mention)
    if mention.actor.name in _CONTINENTS and (
            _SUPERLATIVE_AFTER.match(text, mention.end)
            or _CONTINENT_PART_BEFORE.search(text, max(0, mention.start - 30), mention.start)):
        return True  # "Europe's largest nuclear power plant", "troops to Eastern Europe"
    if mention.field == "metonyms" and (_city_place_after(text, mention.start, mention.end)
                                        or _a_bar_as_venue(text, mention.start, mention.end)):
        return True  # "a Baku prison", "a Kyiv hospital", "a Moscow bar": a building in the city
    if _COMPASS_BEFORE.search(text, max(0, mention.start - 20), mention.start) or \
            _COMPASS_HYPHENED_AFTER.match(text, mention.end) or \
            _COMPASS_HYPHENED_BEFORE.search(text, max(0, mention.start - 6), mention.start) or \
            _FRENCH_COMPASS_OF_BEFORE.search(text, max(0, mention.start - 30), mention.start):
        return True  # "pushed deeper into eastern Congo", "Eastern DRC braces for …": a region
    if mention.field == "metonyms" and _at_venue(text, mention):
        return True  # "signed a declaration at the White House": the building as a venue
    if mention.field == "metonyms" and _at_palace_named_after(text, mention):
        return True  # "received the envoy at Baabda Palace": the palace as a venue
    if mention.field == "metonyms" and _residents_of(text, mention):
        return True  # "the people of Kyiv": the city's people
    if _POSSESSIVE_AFTER.match(text, mention.end):
        return _possessive_place(text, mention.end, others)
    return _end_of_a_route(text, mention) or _linked_by_a_way(text, mention) or \
        _after_locative_preposition(text, mention)


def _residents_of(text: str, mention: Mention) -> bool:
    """Whether a metonym ``mention`` names the city whose people are meant
    (:data:`_RESIDENTS_OF_BEFORE`)."""
    return bool(_RESIDENTS_OF_BEFORE.search(text, max(0, mention.start - 120), mention.start))


# Where a journey along a named way begins or ends: "to" or "from" before the place, the way
# after it ("delivered 40 tons of flour to Kyiv along the Zhytomyr-Kyiv road", "trucks left
# from Moscow via the M4 motorway", "by road"): a place, as "the road to Kherson" is (a
# newcomer's aid delivered "to Khankendi along the Aghdam-Khankendi road" was a stance row for
# the authorities seated there). Without the way, what is sent to a state is its recipient.
_ROUTE_END_BEFORE = re.compile(r"(?<![\w-])(?i:to|from|into|towards?)\s+(?:the\s+)?$")
_ROUTE_AFTER = re.compile(
    r"\s+(?i:along|via|through|by|over|up|down)\s+(?:(?i:the|a|an)\s+)?"
    r"(?:[^\s,.;:“”\"]+\s+){0,3}?"
    r"(?i:road|roads|highway|motorway|railway|railroad|rail|rail\s+line|route|corridor)\b"
    r"(?!\s+maps?\b)")


# A place a way links to another: "the bridge linking Crimea to Russia", "the route connects
# mainland Azerbaijan with its Nakhchivan exclave and, through it, with Turkey" (a newcomer's
# had two stance rows from a sentence of geography), "the bridge that links it to Russia".
_LINKED_BY_A_WAY = re.compile(
    r"(?<![\w-])(?i:routes?|roads?|bridges?|railways?|railroads?|corridors?|highways?|"
    r"crossings?|pipelines?|tunnels?|(?:rail|road|land)\s+links?)\s+"
    r"(?:(?i:that|which|would|will|could|to|now|also|directly)\s+)*"
    r"(?i:connects?|connected|connecting|links?|linked|linking|joins?|joined|joining)\s+"
    r"(?:[^.;:!?“”\"]{0,80}?\s+(?i:with|to|and)\s+)?(?:(?i:the)\s+)?"
    r"(?:(?i:mainland)\s+)?$")
_LINKED_WINDOW = 160


def _linked_by_a_way(text: str, mention: Mention) -> bool:
    """Whether a way links ``mention`` to another place (:data:`_LINKED_BY_A_WAY`)."""
    return bool(_LINKED_BY_A_WAY.search(text, max(0, mention.start - _LINKED_WINDOW),
                                        mention.start))


def _end_of_a_route(text: str, mention: Mention) -> bool:
    """Whether ``mention`` begins or ends a journey along a named way (:data:`_ROUTE_AFTER`)."""
    return bool(_ROUTE_AFTER.match(text, mention.end) and _ROUTE_END_BEFORE.search(
        text, max(0, mention.start - 12), mention.start))


# An object right after the place: the verb before gives it to the place ("returned to Ukraine
# the bodies", "returned to Moscow 90 prisoners").
_OBJECT_AFTER = re.compile(
    r"(?!\s+(?:the\s+(?:next|following|same|previous|day|week)|a\s+(?:day|week|month|year)|"
    r"\d+\s+(?:days?|weeks?|months?|years?|hours?)|\d{4}\b))"  # when, not what
    r"\s+(?:(?:the|a|an|some|all|its|their|his|her|dozens|hundreds|thousands)\b|\d)")
# Two states' names joined by a hyphen before "border" (a newcomer's "along the China-Myanmar
# border"), as "Russia's border with Ukraine" is a place.
# (in any case: a title-case headline's "… on the Colombia-Venezuela Border", a Colombia
# newcomer's, had been two stance rows, where the body's "… border" was a place)
_BORDER_AFTER = re.compile(r"\s+(?i:border|borders|frontier|boundary|border\s+areas?)\b"
                           r"(?!\s+(?i:talks|negotiations|dispute|deal|agreement|treaty|"
                           r"commission))")  # "the Ukraine-Russia border talks": the states
_HYPHEN_BORDER_AFTER = re.compile(r"[-–][A-Z][\w'’]+(?:\s+[A-Z][\w'’]+)?\s+"
                                  r"(?i:border|borders|frontier|boundary)\b(?!\s+(?i:talks|"
                                  r"negotiations|dispute|deal|agreement|treaty|commission))")
# "at" before a seat of power: the building as a venue ("met Trump at the White House", "a
# ceremony at the Kremlin"), unless the words before aim at it ("a swipe at the Kremlin",
# "criticism directed at the White House", "fired back at the Pentagon").
_AT_BEFORE = re.compile(r"(?<![\w-])(?:(?P<word>[\w'’-]+)\s+)?(?P<prep>at|on)\s+(?:the\s+)?$",
                        re.IGNORECASE)
# the word before "at" ("hit back at", "lashed out at": "back", "out")
_AIMED_AT = frozenset(
    "aim aims aimed aiming direct directs directed fire fires fired firing lash lashes lashed "
    "hit hits strike strikes struck swipe swipes swiped jab jabs jabbed dig digs poke pokes "
    "poked point points pointed look looks looked glared laugh laughs laughed shot shots "
    "mock mocks mocked sneered scoffed jeered back out angry anger fury furious criticism "
    "outrage frustration finger blame alarm alarmed bristled bristle bristles balked balk balks "
    "fun concern dismay unease surprise surprised protest protested railed rail rails grumbled "
    "shouted rage jab aim pressure".split())
# people who work there: the state's own ("sceptics at the Pentagon predicted", "officials at
# the White House"), no venue
_MEMBERS_AT = frozenset(
    "official officials aide aides staff staffer staffers adviser advisers advisor advisors "
    "insider insiders source sources sceptic sceptics skeptic skeptics hawk hawks dove doves "
    "planner planners analyst analysts officer officers general generals diplomat diplomats "
    "spokesman spokeswoman spokesperson secretary lawyer lawyers people many some those "
    "critics allies voices figures mood thinking view views feeling consensus assessment "
    "worry hope hopes".split())
# A noun after the seat that it modifies: the state's act, no venue ("balked at the White House
# request", "the White House plan").
_SEAT_ACT_AFTER = re.compile(r"\s+(?:proposal|proposals|request|requests|plan|plans|demand|"
                             r"demands|decision|offer|statement|position|policy|line|deal|"
                             r"initiative|order|orders|budget|ultimatum)\b")
# ("Capitol Hill" is no venue: "lawmakers on Capitol Hill", "support on Capitol Hill" are
# Congress.)
_VENUE_METONYMS = frozenset(("white house", "kremlin", "pentagon", "state department",
                             "downing street", "whitehall", "elysee", "élysée",
                             "quai d'orsay", "bundestag"))


def _a_seat_of_power(form: str) -> bool:
    """Whether a metonym is a seat of power (:data:`_VENUE_METONYMS`), the government in it,
    where a city may be a venue ("the Kremlin and White House talks" are the two states')."""
    return form.lower().replace("’", "'") in _VENUE_METONYMS


# A palace named after its town after a preposition of place: "President Joseph Aoun received
# the envoy at Baabda Palace today" (a Lebanon newcomer's metonym "Baabda" had made the state
# the host), as "at the White House" is a venue; "Baabda Palace said" stays the presidency.
# An adjective of the palace between ("received the envoy at the Baabda presidential palace",
# the same newcomer's).
_PALACE_AFTER = re.compile(r"[ \t]+(?:(?:[Pp]residential|[Rr]oyal)[ \t]+)?[Pp]alace\b")
_VENUE_PREPOSITION_BEFORE = re.compile(r"(?<![\w-])(?:at|in|inside|outside|to|from|into)\s+"
                                       r"(?:the\s+)?$")
# ... and French names the palace before its town: "a reçu l'émissaire au palais de Baabda"
# (the same newcomer's French copy), after a preposition of place only, so "Le palais de
# Baabda a indiqué" and "un communiqué du palais de Baabda" stay the presidency.
_FRENCH_PALACE_BEFORE = re.compile(
    r"(?<![\w-])(?i:au|dans\s+le|devant\s+le|vers\s+le|(?:à\s+l['’]intérieur|près|autour)\s+du)"
    r"\s+(?i:palais)\s+(?:(?i:présidentiel|presidentiel|royal)\s+)?(?:de\s+|d['’])$")


def _at_palace_named_after(text: str, mention: Mention) -> bool:
    """Whether a metonym names the palace after it, which a preposition of place before it
    makes a venue (:data:`_PALACE_AFTER`)."""
    return _PALACE_AFTER.match(text, mention.end) is not None and \
        _VENUE_PREPOSITION_BEFORE.search(text, max(0, mention.start - 20),
                                         mention.start) is not None or \
        _FRENCH_PALACE_BEFORE.search(text, max(0, mention.start - 50),
                                     mention.start) is not None


def _at_venue(text: str, mention: Mention) -> bool:
    """Whether a seat-of-power metonym follows "at" as a venue (:data:`_AT_BEFORE`): "at the
    White House", "at the Kremlin"; not after words that aim at it (:data:`_AIMED_AT`) nor
    people or views there (:data:`_MEMBERS_AT`: "officials at the Pentagon", "the view at the
    Pentagon"), nor as a possessor ("at the Kremlin's invitation") or a modifier of the state's
    act ("at the White House request")."""
    name = mention.text.lower().replace("’", "'")
    if name not in _VENUE_METONYMS or _POSSESSIVE_AFTER.match(text, mention.end) or \
            _SEAT_ACT_AFTER.match(text, mention.end):
        return False
    at = _AT_BEFORE.search(text, max(0, mention.start - 40), mention.start)
    if at is None or at.group("prep").lower() == "on":
        return False  # "fell on the Kremlin" is where a strike lands
    return (at.group("word") or "").lower() not in _AIMED_AT | _MEMBERS_AT


# A territory named with its state's name or demonym: the state's land, a place wherever the
# name stands ("in Boston and the United States Virgin Islands raised funds", a breaker's, had
# been the United States acting; "the British Virgin Islands", "the Australian Capital
# Territory").
# Only the territory's own proper name, the state's name directly forming it: the few words
# such names hold ("Virgin", "Indian Ocean", "Capital", "Antarctic", "Minor Outlying",
# "Overseas"), not a body's ("Russian Navy Islands patrol"), another state's islands ("The US
# Marshall Islands compact"), a region's ("Russian Far East Territory officials"; a breaker's
# read as land), nor the territory's name before a post or a policy's noun ("UK Overseas
# Territories Minister", "… Territories minister"), which names the state's government.
_TERRITORY_NAME_AFTER = re.compile(
    r"[ \t]+(?:Virgin|Indian[ \t]+Ocean|Capital|Antarctic|Minor[ \t]+Outlying|Overseas)"
    r"[ \t]+(?:Islands|Territory|Territories)\b"
    r"(?![ \t]+(?:[A-Z]|(?:minister|ministers|secretary|envoy|office|department|strategy|policy|"
    r"officials?|compact)\b))")


# A building or quarter named after its city: the city is a place there.
_CITY_PLACE_AFTER = re.compile(r"\s+(?:prison|prisons|jail|jails|hospital|hospitals|suburb|"
                               r"suburbs|street|streets|apartment|apartments|neighbou?rhood|"
                               r"district|courtroom|hotel|metro|railway\s+station|station|"
                               r"airport|basement|shelter|cemetery|morgue|"
                               # a visit there: "Modi's Moscow visit", "Orbán's Moscow trip"
                               r"visit|trip|"
                               # the market's people based there: "according to two London
                               # brokers" (a Red Sea newcomer's insurance story had the UK a
                               # stance row); "London officials" stay the state's
                               r"brokers|shipbrokers|underwriters|insurers|reinsurers|traders|"
                               r"bankers|dealers|"
                               # its name as written: "struck the Kyiv International Airport"
                               # (a newcomer's Sanaa airport was the Houthis), with the
                               # airport's own name: "Kyiv Boryspil International Airport",
                               # "Moscow Sheremetyevo airport"
                               # (not a headline's verb: "Kyiv Says Airport Will Reopen")
                               r"(?:[A-Z][a-z][\w'’-]*(?<!s)(?<!ed)\s+)?(?:International\s+)?"
                               r"[Aa]irport|"
                               r"Central\s+Station)\b")
# "brokers" is also the verb of a state's diplomacy ("Beijing brokers Saudi-Iran deal",
# "Kremlin brokers a prisoner swap"): the market's people only after a number, a determiner or
# "according to" ("according to two London brokers") or before a verb of saying ("London
# brokers said").
_BROKERS_DETERMINER_BEFORE = re.compile(
    r"(?:\b(?:according\s+to|the|some|several|many|few|most|other|two|three|four|five|six|"
    r"seven|eight|nine|ten|dozens?\s+of)|\d)\s+$", re.IGNORECASE)
_BROKERS_SAYING_AFTER = re.compile(
    r"\s+(?:said|say|says|told|estimated?|estimates|reported|reports|expect|expected|noted|"
    r"warned|added)\b|\s*[.,;:)]")


def _city_place_after(text: str, start: int, end: int) -> bool:
    """Whether the city named at ``start``-``end`` has a building or its market's people after."""
    after = _CITY_PLACE_AFTER.match(text, end)
    if after is None:
        return False
    if after.group().strip().lower() != "brokers":
        return True
    return bool(_BROKERS_DETERMINER_BEFORE.search(text[max(0, start - 30):start])
                or _BROKERS_SAYING_AFTER.match(text, after.end()))


# A compass adjective right before a country's name: a region of it, not the actor; the
# compounds too, without "-ern" ("north-west Syria") and with "central" ("south-central Somalia",
# "north-central Nigeria", as Horn of Africa and Sahel copy writes them: a newcomer's "the
# strongest armed actor in south-central Somalia" had been the state).
_COMPASS_BEFORE = re.compile(r"(?<![\w-])(?:(?i:eastern|western|northern|southern|central|"
                             r"(?:north|south)-?(?:east|west)(?:ern)?|"
                             r"(?:north|south|east|west)-central)|"
                             # the bare word in lower case too: "Israel pounds south Lebanon"
                             # (a Lebanon newcomer's headline had Lebanon the target); the
                             # capitalised "South Sudan", "North Korea" name states
                             r"(?-i:north|south|east|west))\s+$")
# ... or after it, hyphened, as French writes a region: "au Liban-Sud", "le Kivu-Nord";
# ... or before it ("au Sud-Liban", "dans le Sud-Liban": a Lebanon newcomer's French strikes
# there had been the state), or a French compass noun with "de" as English "the south of":
# "au sud du Liban", "dans le nord de la Syrie", "à l'est de l'Ukraine" (an article or a
# preposition before it, so the verb "est" in "… est de l'Ukraine" is no east).
_COMPASS_HYPHENED_AFTER = re.compile(r"-(?:Sud|Nord|Est|Ouest)\b")
_COMPASS_HYPHENED_BEFORE = re.compile(r"(?<![\w-])(?:Sud|Nord|Est|Ouest)-$")
_FRENCH_COMPASS_OF_BEFORE = re.compile(
    r"(?<![\w-])(?i:au|le|du|dans\s+le|vers\s+le|(?:à|a|dans|de|vers)\s+l['’])\s*"
    r"(?i:sud|nord|est|ouest|centre|sud-est|sud-ouest|nord-est|nord-ouest)\s+"
    r"(?i:du|de\s+la|de\s+l['’]|de|d['’])\s*$")


# A pact or a named thing after a place's name: "withdraw from the Ottawa Convention", "pulled
# out of the Minsk agreements", "out of the Kyiv-brokered deal" leave no place behind.
_A_PACT_AFTER = re.compile(
    r"(?:\s+(?-i:[A-Z])|-\w|\s+(?:conventions?|treat(?:y|ies)|agreements?|accords?|deals?|"
    r"protocols?|process|format|framework|talks|initiative|memorandum|declaration)\b)",
    re.IGNORECASE)


def _after_locative_preposition(text: str, mention: Mention) -> bool:
    """Whether ``mention`` follows a locative preposition or a part-of-territory noun with
    "of" (:data:`_LOCATIVE_BEFORE`) that makes it a place (:func:`is_locative`)."""
    window = max(0, mention.start - _LOCATIVE_WINDOW)
    before = _LOCATIVE_BEFORE.search(text, window, mention.start)
    if before is None or _ON_THE_PART_OF.search(text, window, mention.start):
        return False
    if before.group("and_from"):
        return _guest_joining_from(text, before.start(), mention.end)
    if before.group("apposed") and not re.match(r"\s*[,)]", text[mention.end:]):
        return False  # "Fighting raged in the city, Kyiv said": the speaker, no apposition
    if before.group("launched") and re.match(r"-\w", text[mention.end:]):
        return False  # "fired from US-supplied launchers": the supplier, no launch site
    if before.group("visiting") and _VISITORS_AFTER.match(text, mention.end):
        return False  # "Two visiting US senators": the visitors' state
    if "return" in before.group().lower() and _OBJECT_AFTER.match(text, mention.end):
        return False  # "Russia returned to Ukraine the bodies of 757 soldiers": the receiver
    if (before.group("withdrawn") or before.group("withdrawn_object")) and \
            _A_PACT_AFTER.match(text, mention.end):
        return False  # "voted to withdraw from the Ottawa Convention": a pact named after it
    if before.group("prep"):
        previous = text[: before.start()].split()[-1:]
        if previous and previous[0].lower().strip(",;:") in _NOT_LOCATIVE_BEFORE_IN:
            return False
        if previous and previous[0].lower().strip(",;:") in _SEATED_POWERS and \
                _seated_power(text, before.start(), mention.field == "metonyms"):
            return False
        if _GERUND_AFTER.match(text, mention.end):
            return False
    return True


# Words of a city's or a region's own government before "administration": an office there.
_LOCAL_OFFICE_WORDS = frozenset(
    "local city municipal regional district oblast provincial county town village military "
    "civil-military".split())


# Who recognises or backs a government, glued before its noun: "the UN-recognised government
# in Tripoli", "the Turkish-backed authorities in Tripoli" are the power seated there, as "the
# government in Tripoli" is (a Libya newcomer's had the city, the government's metonym, a
# place in exactly the sentences framing its legitimacy), not another body's ("the Polish
# government"). Only before a capital standing for its power (:func:`_seated_power`): "the
# Russian-backed authorities in Donetsk" are no power of the state whose region it is.
_BACKER_EPITHET = re.compile(
    r"(?<![\w'’-])[A-Z][\w.]*-(?:recogni[sz]ed|backed|supported|installed|appointed|led|"
    r"allied|aligned|sponsored)\s+$")


def _seated_power(text: str, preposition: int, capital: bool = False) -> bool:
    """Whether the power noun ending right before ``preposition`` is the state's own: "the
    regime", "the new authorities", "timid leadership", "the neo-Nazis" (people need a
    determiner, :data:`_SEATED_PEOPLE`), not another body's ("the Hamas leadership", "the
    Polish government"), rules ("the curfew regime") nor people without a determiner
    ("hundreds of nationalists"); before a ``capital`` standing for the power, a backer's or
    recogniser's epithet (:data:`_BACKER_EPITHET`) leaves it the power seated there."""
    head = text[:preposition].rstrip()
    noun_start = len(head) - len(head.split()[-1])
    before = head[:noun_start]
    backer = _BACKER_EPITHET.search(before) if capital else None
    if backer:
        before = before[:backer.start()]  # "the UN-recognised government": "the" government
    words = before.split()
    # with a determiner only: "Hundreds of nationalists in Kyiv marched" are people in a city
    # (a breaker's), "the nationalists in Kyiv" the state
    determiner = _DETERMINER_BEFORE.search(before)
    if head[noun_start:].lower().startswith("regime"):
        # "the regime in Kiev", not "the curfew regime in Kyiv"; an epithet between ("the
        # so-called regime in Khankendi", a newcomer's Azerbaijani state media) is still the
        # power's
        epithets = _POWER_EPITHETS.search(before)
        return bool(determiner or epithets and _DETERMINER_BEFORE.search(
            before, 0, epithets.start()))
    if head[noun_start:].lower().startswith("minist"):
        # "the foreign ministry in Berlin", not "works at a ministry in Kyiv" nor the building
        # struck or stood by ("struck the infrastructure ministry in Kyiv", "rallied outside the
        # defence ministry in Kyiv", a breaker's)
        return re.search(r"\b(?i:the|its|their)\s+(?:[a-z]+\s+){0,2}$", before) is not None \
            and re.search(r"\b(?i:struck|hit|hits|hitting|strikes?|striking|near|outside|at|into|"
                          r"inside|targeted|targeting)\s+(?i:the|its|their)\s+(?:[a-z]+\s+){0,2}$",
                          before) is None
    if head[noun_start:].lower().startswith("administration"):
        # "the separatist administration in Hargeisa", "the new administration in Washington";
        # not a local one, an office in the city ("works for a local administration in Kyiv",
        # "the city military administration in Kharkiv")
        return re.search(r"\b(?i:the|its|their)\s+(?:[a-z-]+\s+){0,2}$", before) is not None \
            and not {w.lower() for w in words[-2:]} & _LOCAL_OFFICE_WORDS
    if head[noun_start:].lower().rstrip(",;:") in _SEATED_PEOPLE and determiner is None and \
            not re.search(r"\b(?i:the|this|that|its|their|whose)\s+\S+\s+$", before):
        return False  # "Hundreds of nationalists in Kyiv": people there ("the new nationalists")
    return not words or not words[-1][:1].isupper() or words[-1].lower() in _PLAIN_OPENERS


# What joins the places of a list: "in Ankara, Beijing and Brasilia", "a visit to China and
# the UAE" (a name the registry writes without its article).
_LIST_JOIN = re.compile(r"\s*,\s*(?:(?:and|or)\s+(?:the\s+)?)?|\s+(?:and|or)\s+(?:the\s+)?")
# ... an item after "and the" only where the list ends or goes on: not "Zelensky flew to
# Washington and the Kremlin on Friday denounced the visit" (a breaker's)
_ARTICLE_JOIN = re.compile(r"\bthe\s+$")
_LIST_GOES_ON = re.compile(r"\s*(?:[,.;:)]|$)|\s+(?:and|or)\b|"
                           # ... or ends after a short time or place ("… and the UAE in May.")
                           # (or "over the weekend", "since 2022", a breaker's)
                           r"\s+(?:in|on|at|next|this|last|during|for|over|since|until)"
                           r"(?:\s+[^\s,.;:]+){1,3}"
                           r"\s*(?:[,.;:)]|$)")


def locative_flags(text: str, mentions: Sequence[Mention]) -> list[bool]:
    """:func:`is_locative` of each of ``mentions`` (in text order), with a country listed right
    after a locative one taking its reading: "audiences in Ankara, Beijing and Brasilia" names
    three places, not one place and two states."""
    flags = [is_locative(text, m, mentions) for m in mentions]
    for i, m in enumerate(mentions):
        place = _PLACE_COMMA_BEFORE.search(text, max(0, m.start - _LOCATIVE_WINDOW), m.start)
        if place and m.actor.type == "country" and m.field not in ("roles", "demonyms") and \
                _ITEM_CLOSED.match(text, m.end) and \
                not any(place.start() <= o.end <= m.start for o in mentions[:i]):
            flags[i] = True  # "in Odesa, Ukraine,": the country of a place the registry lacks
    for i, m in enumerate(mentions):
        if flags[i] or m.field in ("roles", "demonyms") or \
                (m.actor.type != "country" and m.field != "metonyms"):
            continue
        listed = _PLACES_LISTED_BEFORE.search(text, max(0, m.start - 120), m.start)
        inside = [k for k, o in enumerate(mentions[:i]) if listed and listed.start() <= o.start]
        if listed and inside and not text[:listed.start()].strip():
            continue  # "In Istanbul, Russia and Ukraine on Friday signed": the opening setting
            # and the sentence's subjects, not one list (a breaker's)
        if listed and listed.group("the") and not (
                m.actor.type == "country" and m.field in ("name", "aliases")
                and _LIST_GOES_ON.match(text, m.end)):
            continue  # a country's name after "and the" only where the list ends or goes on
            # ("in Florida and the United Kingdom.", a newcomer's), as _listed reads one: not
            # "in Ohio and the United States on Friday denounced", nor a seat ("and the
            # White House")
        previous = text[: listed.start()].split()[-1:] if listed else []
        previous = previous[0].lower().strip(",;:") if previous else ""
        if listed and _ends_as_a_place(text, m) and not _VERB_AFTER_LIST.match(text, m.end) \
                and all(mentions[k].field not in ("roles", "demonyms") for k in inside) and \
                previous not in _NOT_LOCATIVE_BEFORE_IN and not (
                    previous in _SEATED_POWERS and _seated_power(text, listed.start())):
            # not "timid leadership in Berlin and Paris" (the states), "interest in …"
            # "damaged in Kharkiv, Sumy and Kyiv", "talks in Geneva, Paris and Washington": the
            # last of a list of places, and the registry's places inside it
            for k in [*inside, i]:
                flags[k] = True
    i = 0
    while i < len(mentions):
        j = i  # the list that mention i opens: mentions i..j joined by commas / "and" / "or"
        while j + 1 < len(mentions) and _listed(text, mentions[j], mentions[j + 1]):
            j += 1
        # a list followed by a verb is a subject ("in Seoul, South Korea and Poland agreed"),
        # as is one whose next item does not end as a place ("…, and U.S. officials said")
        cut_short = j + 1 < len(mentions) and _joined(text, mentions[j], mentions[j + 1])
        if flags[i] and j > i and not cut_short and \
                not _VERB_AFTER_LIST.match(text, mentions[j].end):
            for k in range(i + 1, j + 1):
                flags[k] = flags[k] or mentions[k].field != "demonyms"
        i = j + 1
    return flags


def _joined(text: str, prev: Mention, cur: Mention) -> bool:
    """Whether country ``cur`` follows country ``prev`` as a list does ("A, B and C")."""
    return cur.actor.type == "country" and prev.actor.type == "country" and \
        "roles" not in (prev.field, cur.field) and \
        _LIST_JOIN.fullmatch(text, prev.end, cur.start) is not None


def _listed(text: str, prev: Mention, cur: Mention) -> bool:
    """Whether ``cur`` is the next item of a list of places after ``prev``: joined, and ending
    as a place does (not "Russia's economy", "U.S. officials")."""
    if not _joined(text, prev, cur):
        return False
    if _ARTICLE_JOIN.search(text, prev.end, cur.start):
        return _LIST_GOES_ON.match(text, cur.end) is not None
    return _ends_as_a_place(text, cur)


# A state before "-occupied", "-administered", "-controlled" or "-held" and a region's name: the
# region's name goes on after the mention, as a place's ("in Pakistan and Pakistan-occupied
# Jammu and Kashmir", an India-Pakistan newcomer's: the second Pakistan was no place, while "in
# Pakistan-occupied Kashmir" alone is one).
# (the name is no armed group's: "fighters in Syria and Iran-controlled Hezbollah units", a
# breaker's, had made Iran a place; a group's noun after the name says whose name it is)
_HELD_PLACE_AFTER = re.compile(
    r"[-–](?:occupied|administered|controlled|held)\s+(?:the\s+)?[A-Z]"
    r"(?![\w'’-]*(?:[ \t]+[A-Z][\w'’-]*){0,2}[ \t]+(?:units?|fighters|militias?|forces|"
    r"troops|rebels|groups?|proxies|militants|brigades?|battalions?|cells?|factions?|"
    r"operatives|commanders|gunmen)\b)")


def _ends_as_a_place(text: str, mention: Mention) -> bool:
    """Whether a list's item ``mention`` ends as a place does (:data:`_ITEM_END`), or goes on
    as a held region's name (:data:`_HELD_PLACE_AFTER`)."""
    return _ITEM_END.match(text, mention.end) is not None or \
        _HELD_PLACE_AFTER.match(text, mention.end) is not None


# A time after a list's last item: "rallies in Washington, London and Brussels this weekend"
# (a newcomer's: the list had ended at London, Brussels staying the EU; with "Paris" last
# neither London nor Paris was a place).
_TIME_AFTER_ITEM = (r"(?:(?:this|next|last)\s+(?:weekend|week|month|year|morning|afternoon|evening|"
                    r"spring|summer|autumn|fall|winter|Monday|Tuesday|Wednesday|Thursday|Friday|"
                    r"Saturday|Sunday)\b|overnight|today|tonight|yesterday|tomorrow)\b")
# What may follow a list item: punctuation, the next "and", or a preposition or article.
# (a quotation may close right after the item: the EUMM "has no mandate on the territory of
# Abkhazia and South Ossetia" and …, a Georgia newcomer's, had South Ossetia the actor)
_CLOSING_QUOTE = r"(?:[”\"’»](?![\w'’]))?"
_ITEM_CLOSED = re.compile(_CLOSING_QUOTE + r"\s*(?:[,.;:)]|$)")
_ITEM_END = re.compile(_CLOSING_QUOTE + r"(?:\s*(?:[,.;:)]|$)|\s+(?:and|or|on|in|at|to|for|as|alike|a|an|the|"
                       rf"with|from|over|while|but|during|after|before|by|since|until|"
                       rf"{_TIME_AFTER_ITEM})\b)")


# A verb right after a list of places: the list is the clause's subject, not places (also
# after a time: "In Kyiv, Russia and Belarus this week agreed").
_VERB_AFTER_LIST = re.compile(
    rf"\s+(?:{_TIME_AFTER_ITEM}\s+)?"
    r"(?:[a-z]+ed|said|says|say|have|has|had|were|was|are|is|will|would|must|can|could|"
    r"should|agree|signed|told|sent|spoke|met|warned|urged)\b")


def _is_shouting(text: str) -> bool:
    """True for text written (almost) entirely in capitals, e.g. 'JOIN US ON WHATSAPP'."""
    letters = [c for c in text if c.isalpha()]
    if len(letters) < _SHOUTING_MIN_LETTERS:
        return False
    return sum(c.isupper() for c in letters) / len(letters) >= _SHOUTING_UPPER_SHARE


#: All-caps words that are also common English words: in "JOIN US ON WHATSAPP" "US" is a pronoun.
#: So is any short function word a registry may hold as an acronym: a Mozambique user's "IS"
#: (Islamic State) was a mention in "THE WAR IS NOT OVER IN CABO DELGADO" (a capitals heading);
#: in a line in capitals the acronym and the word look alike, so neither is read ("ISIS" is).
_AMBIGUOUS_IN_CAPITALS = frozenset("""
us is it as at an am be by do go he if in me my no of on or so to up we
all and are can for has its may not now our out was who
""".split())
_WORD = re.compile(r"[^\W\d_]+")
#: Of those, the prepositions, conjunctions and articles open a capitals headline as themselves
#: ("IN PEMBA, …", "AS FIGHTING RAGES"), so no position makes them the acronym; "US" keeps its
#: blanket rule ("US TROOPS" and "JOIN US" look alike too often).
_FUNCTION_WORDS_ONLY = frozenset("""
us as at an by of on or so to up in if and for out
""".split())
#: After the acronym, a word that makes it the verb or pronoun: "IS IT OVER", "WHO IS BEHIND".
_NOT_AFTER_ACRONYM = _AMBIGUOUS_IN_CAPITALS | frozenset("""
the a this that these those there they you she his her their i will would could should
""".split())
#: A participle hyphened to the acronym makes it a name ("IS-LINKED FIGHTERS", "WHO-LED"),
#: a word list, since "SO-CALLED" or "IN-BUILT" are words: the affiliation participles.
_ACRONYM_HYPHEN_WORD = re.compile(
    r"-(?:linked|led|backed|aligned|affiliated|inspired|allied|run|held|controlled|claimed|"
    r"funded|supported|sponsored|style|branded)\b", re.IGNORECASE)
#: Where a capitals headline's subject stands: its start, or after a slug's colon, dash or bar.
_HEADLINE_START = re.compile(r"(?:^|[:|–—]\s*|\s-\s+)$")
#: After another actor's mention, a list's comma or "and" ("UN, WHO APPEAL FOR AID").
_CAPS_LIST_JOIN = re.compile(r"\s*(?:,|&|\band\b)\s*$", re.IGNORECASE)


def _acronym_in_capitals(text: str, m: Mention, others: list[Mention]) -> bool:
    """Whether an all-caps form that is also a short English word (:data:`_AMBIGUOUS_IN_CAPITALS`)
    stands where a headline puts a name, not the word: hyphened to an affiliation participle
    ("IS-LINKED FIGHTERS RAID MACOMIA"); or opening the headline, or following another actor and
    a list's comma or "and" ("UN, WHO APPEAL"), before no word that makes it the verb or pronoun
    and in no question ("IS CLAIMS PALMA AMBUSH", "WHO CHIEF VISITS PEMBA CAMPS" against "IS IT
    OVER?", "WHO IS BEHIND …"). After a noun it is the word: "THE WAR IS NOT OVER", "PEMBA IS
    CALM", "THE FAMILIES WHO FLED MACOMIA" (a Mozambique user's "IS" and "WHO")."""
    word = m.text.lower()
    if word in _FUNCTION_WORDS_ONLY:
        return False
    if _ACRONYM_HYPHEN_WORD.match(text, m.end):
        return True
    before = text[:m.start]
    opens = _HEADLINE_START.search(before) is not None or any(
        o.end <= m.start and _CAPS_LIST_JOIN.fullmatch(text[o.end:m.start]) for o in others)
    if not opens or text.rstrip().endswith("?"):
        return False
    following = _WORD.match(text, m.end + 1) if text[m.end:m.end + 1] == " " else None
    return following is not None and following.group().lower() not in _NOT_AFTER_ACRONYM


def _scan_shouting(text: str, registry: Registry) -> tuple[list[Mention], str]:
    """Mentions in an all-caps headline, and the text they were read in.

    Each word is read with only its first letter capitalised ("RUSSIA" → "Russia", so the
    registry's case rule applies as in any headline); forms written in capitals in the registry
    ("NATO", "IAEA") are also matched as written, except :data:`_AMBIGUOUS_IN_CAPITALS` where
    they stand as the word (:func:`_acronym_in_capitals`).
    Overlaps keep the leftmost, then the longest. Offsets are into ``text`` (same length).
    """
    recased = _WORD.sub(lambda m: m.group().capitalize()
                        if len(m.group().capitalize()) == len(m.group()) else m.group(), text)
    written = scan_text(text, registry)
    plain = scan_text(recased, registry) + [
        m for m in written if m.text.lower() not in _AMBIGUOUS_IN_CAPITALS]
    candidates = plain + [m for m in written if m.text.lower() in _AMBIGUOUS_IN_CAPITALS
                          and _acronym_in_capitals(text, m, plain)]
    chosen: list[Mention] = []
    for m in sorted(candidates, key=lambda m: (m.start, -(m.end - m.start))):
        if not chosen or m.start >= chosen[-1].end:
            chosen.append(m)
    # a name and its glossed short form read in the two readings are one mention, as in any
    # sentence: "ALLIANCE FLEUVE CONGO (AFC)" (a newcomer's communiqué heading, AFC twice)
    return _merge_adjacent(recased, chosen), recased


# --------------------------------------------------------------------------- mentions table


def _outlet_pattern(source: str) -> re.Pattern[str] | None:
    """Where an outlet's name of two or more words stands in a text ("the Kyiv Ledger" of the
    source "Kyiv Ledger" or "The Kyiv Ledger"), as written, any case; None for a shorter name."""
    name = re.sub(r"^(?i:the)\s+", "", " ".join(source.split()))
    if len(name.split()) < 2:
        return None
    return re.compile(r"(?<![\w'’-])" + r"\s+".join(map(re.escape, name.split())) + r"(?![\w-])",
                      re.IGNORECASE)


def without_outlet_names(sentences: pd.DataFrame, mentions: pd.DataFrame) -> pd.DataFrame:
    """``mentions`` without those inside the name of the row's own outlet (its ``source``, two
    words or more, in any case: "he told the Kyiv Ledger by phone" mentions no Ukraine in the
    Kyiv Ledger's articles). Article by article, as every annotation is; run after the cached
    annotations, since the cache keys an article by its text alone."""
    if mentions.empty:
        return mentions
    texts = dict(zip(zip(sentences["doc_id"].astype(str), sentences["sentence_id"].astype(int)),
                     sentences["text"].astype(str)))
    patterns = {source: _outlet_pattern(str(source)) for source in set(mentions["source"])}
    keep = []
    for doc_id, source, sentence_id, start, end in zip(
            mentions["doc_id"].astype(str), mentions["source"], mentions["sentence_id"],
            mentions["start"], mentions["end"]):
        pattern = patterns.get(source)
        text = texts.get((doc_id, int(sentence_id)), "")
        keep.append(pattern is None or not any(
            o.start() <= start and end <= o.end() and o.end() - o.start() > end - start
            for o in pattern.finditer(text)))
    return mentions.loc[keep].reset_index(drop=True)


def _a_namesakes_surname(text: str, mention: Mention, namesakes: frozenset[str],
                         named_in_full: bool) -> bool:
    """Whether a registry person's bare surname is the namesake's the article gave it to so
    far ("Hunter Biden, the president's son, … “…,” Biden said.": Hunter's, not Joe Biden's; a
    newcomer's "Mohammed Ali al-Houthi … al-Houthi said" had been the Houthi leader's), when
    the article never names the registry person in full, and no title, office or apposition
    marks the surname as theirs ("President Biden", "US president Biden", "Burkina Faso's
    Traoré", "Biden, the US president,", "The Biden administration" stay theirs)."""
    before = text[max(0, mention.start - 40):mention.start]
    return mention.actor.type == "person" and " " not in mention.text and \
        _form_key(mention.text) in namesakes and not named_in_full and \
        re.search(rf"\b{_TITLE}\.?\s+$", before) is None and \
        _NAMED_AS_HOLDER_BEFORE.search(before) is None and \
        _NAMED_AS_HOLDER_AFTER.match(text, mention.end) is None


# Words that make a bare surname the registry's office holder though a namesake was named: a
# lower-case title or a country's possessive before it ("US president Biden", "Burkina Faso's
# Traoré"), an apposition or an office after it ("Biden, the US president,", "The Biden
# administration"): a breaker's.
_NAMED_AS_HOLDER_BEFORE = re.compile(
    r"(?:['’]s|\b(?:president|minister|leader|chancellor|premier|secretary|envoy|spokesman|"
    r"spokeswoman|captain|general|colonel|king|prince|chief))\s+$")
_NAMED_AS_HOLDER_AFTER = re.compile(
    r",\s+(?:the|a|an)\s|\s+(?:administration|government|team|campaign|presidency|era|"
    r"doctrine|cabinet|junta|regime)\b")


# Words of a person's name that make its last word no surname of its own: a patronymic's or a
# noble particle ("Mohammed bin Salman", "Ursula von der Leyen").
_NAME_PARTICLES = frozenset("bin ibn bint ben von van der den de del della di da do dos du la le "
                            "al el abu".split())


def _derived_surname(actor: Actor) -> str:
    """The surname of a registry person whose forms give none alone: the last word of its
    full ``name`` ("Karayılan" of "Murat Karayılan"), or "" when a one-word form already names
    the person ("Xi" of "Xi Jinping", "Wang" of "Wang Yi": a surname written first) or a
    particle makes the name's last word no surname of its own."""
    words = actor.name.split()
    if actor.type != "person" or len(words) < 2 or \
            any(" " not in form and "-" not in form for form, _ in actor.forms()[1:]) or \
            any(w.lower().split("-")[0] in _NAME_PARTICLES for w in words[:-1]) or \
            not words[-1][:1].isupper():
        return ""
    return words[-1]


_PLACE_PREPOSITIONS = frozenset("in to from near at outside across into via".split())


def _surnames_named_in_full(scanned: list) -> dict[str, dict[str, tuple[Actor, int]]]:
    """{doc_id: {surname: (person, first sentence_id)}}: the registry persons an article names
    in full (by a form of two words or more) whose surname alone is no form of theirs
    (:func:`_derived_surname`), from the row that first names them; a surname two such persons
    share, or one the article gives another person ("Boris Johnson … Mike Johnson"), names
    neither."""
    out: dict[str, dict[str, tuple[Actor, int]]] = {}
    clash: set[tuple[str, str]] = set()
    texts: dict[str, list[str]] = {}
    for doc_id, _, sentence_id, text, _, found, _ in scanned:
        texts.setdefault(doc_id, []).append(text)
        for m, _ in found:
            surname = _derived_surname(m.actor) if " " in m.text.strip() else ""
            if not surname:
                continue
            known = out.setdefault(doc_id, {}).setdefault(surname, (m.actor, sentence_id))
            if known[0].name != m.actor.name:
                clash.add((doc_id, surname))
    for doc_id, found_surnames in out.items():
        article = "\n".join(texts[doc_id])
        for surname, (actor, _) in found_surnames.items():
            own = {_form_key(w) for form, _ in actor.forms() for w in form.split()}
            for other in re.finditer(rf"(?<![\w'’-])((?-i:[A-Z])[\w'’-]*)[ \t]+"
                                     rf"{re.escape(surname)}(?![\w-])", article):
                if _form_key(other.group(1)) not in own and \
                        other.group(1).lower() not in _HONORIFICS and \
                        _TITLES_BEFORE.search(article, 0, other.end(1) + 1) is None:
                    clash.add((doc_id, surname))
    for doc_id, surname in clash:
        del out[doc_id][surname]
    return out


def _bare_surnames(text: str, found: list[Mention], surnames: dict[str, tuple[Actor, int]],
                   sentence_id: int) -> list[Mention]:
    """The bare surnames in ``text`` of the persons its article named in full in an earlier
    row or earlier in this one (README: a person is found by a surname alone as well as by full
    names; a user's file that names "Murat Karayılan" had no mention in "Karayılan said the UN
    must act."): the surname as written, on word bounds, outside the row's mentions; not after
    another capitalised word but a title ("Mike Johnson" is another person; "Prime Minister
    Johnson" is the one), nor opening the sentence before a comma ("Ok, let's start")."""
    out = []
    for surname, (actor, first_row) in surnames.items():
        if first_row > sentence_id:
            continue
        for hit in re.finditer(rf"(?<![\w'’-]){re.escape(surname)}(?![\w-])", text):
            start, end = hit.span()
            if any(m.start < end and start < m.end for m in found):
                continue
            if first_row == sentence_id and not any(
                    m.actor.name == actor.name and m.end <= start for m in found):
                continue
            word_before = re.search(r"([\w'’.-]+)(\s+)$", text[max(0, start - 40):start])
            before = word_before.group(1) if word_before else ""
            title = _TITLES_BEFORE.search(text, max(0, start - _TITLE_WINDOW), start)
            if before[:1].isupper() and not (before.endswith(".") and "\n" not in before
                                              and len(before) > 4) and \
                    not _a_title_of_theirs(before, title, actor):
                continue  # "Mike Johnson": another given name ("Sunday. Johnson" ends one);
                # "President Johnson": a title this person never held, another man
            if before.lower() in _PLACE_PREPOSITIONS:
                continue  # "spoke in Austin": the city of that name
            if not text[:start].strip(_OPENING_MARKS) and text[end:end + 1] == ",":
                continue  # "Ok, let's start", "“Ok, we start now,” a guard said."
            if _a_longer_names_word(text, start, end, surname):
                continue  # "Johnson Controls", "Austin Tice", "Johnson & Johnson"
            out.append(Mention(actor, start, end, surname, "name"))
    return out


# What may open a sentence before its first word: a quotation's or a bracket's opening mark.
_OPENING_MARKS = " \t\n“”\"'‘’«»„‚("
# Honorifics any person may bear, with the sex they fit ("" either): "Mr Johnson told
# reporters" is the Boris Johnson the article named, whatever his entry's roles.
_HONORIFICS = {"mr": "m", "mister": "m", "sir": "m", "mrs": "f", "ms": "f", "miss": "f",
               "madam": "f", "dame": "f", "dr": ""}


def _a_title_of_theirs(before: str, title: re.Match[str] | None, actor: Actor) -> bool:
    """Whether the capitalised word ``before`` a bare surname is a title this person bears: an
    honorific of their sex (:data:`_HONORIFICS`), or a :data:`_TITLE` whose words one of their
    roles or aliases has ("Spokesperson" of "AFP spokesperson"). A title their entry does not
    give is another holder's: "President Johnson escalated the war in Vietnam" is not Boris
    Johnson (a breaker's), nor "Secretary Austin" the one whose entry names no post."""
    sex = _HONORIFICS.get(before.rstrip(".").lower())
    if sex is not None:
        return not sex or not actor.gender or actor.gender == sex
    if title is None:
        return False
    own = {w.lower() for form in actor.roles + actor.aliases for w in re.findall(r"\w+", form)}
    words = [w.lower() for w in re.findall(r"\w+", title.group())]
    return bool(words) and all(w in own for w in words)


def _a_longer_names_word(text: str, start: int, end: int, surname: str) -> bool:
    """Whether a bare surname at ``start:end`` is a word of a longer name: followed by another
    capitalised word ("Johnson Controls", "Austin Energy", "Sullivan County", "Austin Tice", a
    firm's, a utility's, a county's or another man's name; not in a title-case headline,
    "Sullivan Warns Moscow"), or a firm's pair by "&" or "and" ("Johnson & Johnson", "Johnson
    and Johnson")."""
    if re.match(r"[ \t]*&", text[end:]) or re.search(r"&[ \t]*$", text[:start]):
        return True
    same = re.escape(surname)
    if re.match(rf"\s+and\s+{same}(?![\w-])", text[end:]) or \
            re.search(rf"(?<![\w-]){same}\s+and\s+$", text[:start]):
        return True
    return bool(re.match(r"[ \t]+[A-Z]", text[end:])) and not _title_case(text)


def find_mentions(sentences: pd.DataFrame, registry: Registry | None = None) -> pd.DataFrame:
    """The mentions table: one row per actor mention in each scored row (``kind`` in
    :data:`analysis.segment.SCORED_KINDS`: body sentences, headings and the title).

    Mentions inside a sentence's ``dateline`` (when the table has that column) are skipped,
    and so are those inside a title-case label naming the row's own ``speaker`` (when the
    table has that column: "Maria Zakharova: …" in her turn; :func:`analysis.segment.own_label_end`)
    (and inside the row's own outlet's name, once :func:`without_outlet_names` has run).
    An epithet of the shipped registry (a role written all in lower case: "the occupiers")
    counts only in an article whose rows name its side otherwise (:func:`_of_its_side`), in any
    case, or another side of the war the registry's epithets are written for
    (:func:`_war_sides`), and that never writes the epithets after another party's word alone
    (:func:`_epithet_qualifiers`) unless it names the side's enemy in that war ("Ukrainian
    officials"); a user's own (:func:`_a_shipped_epithet`) counts in every
    article.

    Columns: doc_id, source, sentence_id, actor, camp, mention, start, end (offsets into the
    sentence text), locative (the country is named as a place: :func:`is_locative`), sorted by
    (doc_id, sentence_id, start).  ``registry`` defaults to the shipped one.
    """
    missing = [c for c in ("doc_id", "source", "sentence_id", "kind", "text") if c not in sentences]
    if missing:
        raise ValueError(f"sentences table lacks column(s): {', '.join(missing)}")
    registry = registry if registry is not None else load_registry()
    rows = []
    from .segment import HEADLINE_KINDS, SCORED_KINDS, SPEAKER_LABEL, own_label_end

    content = sentences.loc[sentences["kind"].isin(SCORED_KINDS)]
    datelines = content["dateline"] if "dateline" in content else [""] * len(content)
    speakers = content["speaker"] if "speaker" in content else [""] * len(content)
    # (doc_id, source, sentence_id, text, skip, [(mention, locative)], namesakes so far)
    scanned = []
    namesakes: dict[str, set[str]] = {}  # doc_id -> surnames given to another person so far
    for doc_id, source, sentence_id, kind, text, dateline, speaker in zip(
        content["doc_id"], content["source"], content["sentence_id"], content["kind"],
        content["text"], datelines, speakers
    ):
        text = "" if pd.isna(text) else str(text)
        # a transcript's label is capitals by convention, not shouting ("DUBOIS: And NATO?"
        # had lost its mention, a newcomer's interview)
        label = SPEAKER_LABEL.match(text)
        if _is_shouting(text[label.end():] if label else text):
            if kind not in HEADLINE_KINDS:
                continue
            # An all-caps headline (tabloids, wire slugs, Telegram) is still the story's
            # headline: read it with the capitals undone.
            found, read_as = _scan_shouting(text, registry)
        else:
            found = scan_text(text, registry, namesakes=namesakes.setdefault(str(doc_id), set()))
            read_as = text
        # "KYIV, Ukraine (AP) —" says where the story was filed, not what it is about.
        skip = len(dateline) if isinstance(dateline, str) and text.startswith(dateline) else 0
        # "Maria Zakharova: Kyiv has …" in her own turn says who speaks, as "LAVROV:" does (a
        # newcomer's "Lin Jian:" was a Lin Jian mention in each of her turns). Words compared:
        # the registry's "Zakharova" speaks under "Maria Zakharova:", its "Zelenskyy" under
        # "Zelensky:", a form of that actor's found in the label.
        # (a turn's, not a headline's: "Putin: The West wants to destroy Russia" as a title
        # keeps Putin, a breaker's)
        if kind == "sentence":
            skip = max(skip, own_label_end(text, speaker, tuple(
                text[m.start:m.end] for m in found if m.actor.name == speaker)))
        scanned.append((str(doc_id), str(source), int(sentence_id), text, skip,
                        list(zip(found, locative_flags(read_as, found))),
                        frozenset(namesakes.get(str(doc_id), ()))))
    in_full = {(doc_id, m.actor.name) for doc_id, *_, found, _ in scanned for m, _ in found
               if m.actor.type == "person" and " " in m.text}
    # An epithet is a war's word for a side ("the occupiers", "occupation authorities" of the
    # shipped registry are Ukrainian media's for Russia's forces and appointees): in an article
    # that names no one of that side otherwise it is another conflict's (a newcomer's Western
    # Sahara corpus, whose Polisario agency writes "the occupiers" for Morocco, had a stance
    # toward Russia and a camp Russia in it).
    named: dict[str, set[Actor]] = {}
    texts: dict[str, list[str]] = {}
    for doc_id, _, _, text, _, found, _ in scanned:
        named.setdefault(doc_id, set()).update(m.actor for m, _ in found if not _is_epithet(m))
        texts.setdefault(doc_id, []).append(text)
    sides: dict[tuple[str, str], bool] = {}  # (doc_id, actor) -> the article names its side

    war_sides: list[Actor] = []

    def names_its_side(doc_id: str, actor: Actor) -> bool:
        # (its own side, or any side of the war the registry's epithets are written for)
        if not war_sides:
            war_sides.extend(_war_sides(registry))
        if (doc_id, actor.name) not in sides:
            sides[doc_id, actor.name] = any(
                _of_its_side(side, other) for side in [actor, *war_sides]
                for other in named[doc_id]) or any(
                _names_its_side_in_any_case(side, texts[doc_id], registry)
                for side in [actor, *war_sides])
        return sides[doc_id, actor.name]

    others: dict[tuple[str, str], bool] = {}  # (doc_id, actor) -> another party's epithets
    epithets: list[re.Pattern[str] | None] = []

    def another_partys_epithets(doc_id: str, actor: Actor) -> bool:
        # An article that writes the epithets after another party's adjective, and never after
        # a form of the actor's side, says whose they are: its bare ones are that party's too
        # (a Western Sahara agency's "the occupiers" beside "the Moroccan occupation
        # authorities" had been Russia's wherever the article once named "Russian diplomats").
        if not epithets:
            epithets.append(_epithets_pattern(registry))
        if (doc_id, actor.name) not in others:
            other, own = (False, False) if epithets[0] is None else _epithet_qualifiers(
                texts[doc_id], actor, registry, epithets[0])
            others[doc_id, actor.name] = other and not own and \
                not names_its_enemy(doc_id, actor)
        return others[doc_id, actor.name]

    def names_its_enemy(doc_id: str, actor: Actor) -> bool:
        # An article naming the side's enemy in the registry's war ("Ukrainian officials said
        # the occupiers shelled Kherson.") is about that war too, a roundup of two: another
        # party's "Israeli occupiers" in it says nothing of whose its bare ones are (a
        # breaker's).  The Western Sahara article names Russia alone, in passing.
        if not war_sides:
            war_sides.extend(_war_sides(registry))
        enemies = [side for side in war_sides if not _of_its_side(actor, side)]
        return any(_of_its_side(enemy, other) for enemy in enemies
                   for other in named[doc_id]) or any(
            _names_its_side_in_any_case(enemy, texts[doc_id], registry) for enemy in enemies)

    surnames = _surnames_named_in_full(scanned)
    for doc_id, source, sentence_id, text, skip, found, seen in scanned:
        found = found + [(m, False) for m in _bare_surnames(
            text, [m for m, _ in found], surnames.get(doc_id, {}), sentence_id)]
        for m, locative in found:
            if m.start < skip or _a_namesakes_surname(text, m, seen, (doc_id, m.actor.name)
                                                      in in_full):
                continue
            # (a lone sentence has no article to tell another conflict's epithet from the
            # war the registry was written for: the registry's reading stands; a user's own
            # epithets are the user's reading of their corpus, in every article)
            if _is_epithet(m) and _a_shipped_epithet(m.actor, _epithet_form(m.actor, m.text)) \
                    and len(texts[doc_id]) > 1 and (
                    not names_its_side(doc_id, m.actor)
                    or another_partys_epithets(doc_id, m.actor)):
                continue
            rows.append((doc_id, source, sentence_id, m.actor.name,
                         m.actor.camp, text[m.start:m.end], m.start, m.end, locative))
    table = pd.DataFrame(rows, columns=list(MENTION_COLUMNS))
    table = table.astype({
        **{c: str for c in ("doc_id", "source", "actor", "camp", "mention")},
        "sentence_id": "int64", "start": "int64", "end": "int64", "locative": bool,
    })
    table = table.sort_values(["doc_id", "sentence_id", "start"], kind="mergesort")
    return table.reset_index(drop=True)
