"""Speakers across articles: the keys that decide when two names are the same entity.

Within one article the NLP layer already resolved "Okafor" and "she" to "Ada Okafor". Across
articles we only have names, so the rules are deliberately cautious:

- a person's key is the normalised full name (case, accents, punctuation and honorifics
  ignored), so "Dr. Ada Okafor" and "ada okafor" are one speaker;
- a middle name or initial may be dropped ("Ada N. Okafor" ~ "Ada Okafor") through an alias,
  used only when it points to exactly one known person;
- a bare surname never joins a full-name speaker: two people called Okafor stay apart;
- organisations are keyed separately from people ("Okafor" the firm is not Okafor the person),
  and lose a leading "the" and a trailing legal form ("Acme Ltd" ~ "the Acme").
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass

_NON_WORD = re.compile(r"[^\w]+")
_POSSESSIVE = re.compile(r"['\u2019]s\b", re.IGNORECASE)
_HONORIFICS = frozenset(
    ["mr", "mrs", "ms", "miss", "mx", "dr", "prof", "professor", "sir", "dame", "lord", "lady", "rev", "reverend", "fr", "father", "sen", "senator", "rep", "gov", "governor", "mayor", "judge", "justice", "gen", "general", "col", "capt", "captain"]
)
_LEGAL_FORMS = frozenset(["inc", "incorporated", "ltd", "limited", "llc", "plc", "corp", "corporation", "co", "gmbh", "ag", "sa"])


def fold(text: str) -> str:
    """Case-, accent- and punctuation-insensitive form of a name: 'José  O'Neil' -> 'jose o neil'."""
    text = _POSSESSIVE.sub("", unicodedata.normalize("NFKC", text))
    decomposed = unicodedata.normalize("NFKD", text.casefold())
    stripped = "".join(ch for ch in decomposed if not unicodedata.combining(ch))
    return " ".join(_NON_WORD.sub(" ", stripped).replace("_", " ").split())


@dataclass(frozen=True, slots=True)
class SpeakerKey:
    """How a speaker is looked up: its type, its canonical key and the aliases it answers to."""

    type: str
    key: str
    aliases: tuple[str, ...]


def _person_tokens(name: str) -> list[str]:
    tokens = fold(name).split()
    while len(tokens) > 1 and tokens[0] in _HONORIFICS:
        tokens = tokens[1:]
    return tokens


def _organization_tokens(name: str) -> list[str]:
    tokens = fold(name).split()
    if len(tokens) > 1 and tokens[0] == "the":
        tokens = tokens[1:]
    while len(tokens) > 1 and tokens[-1] in _LEGAL_FORMS:
        tokens = tokens[:-1]
    return tokens


def speaker_key(name: str, speaker_type: str) -> SpeakerKey | None:
    """The lookup key for a speaker name, or None when the name has no letters or digits."""
    if speaker_type == "person":
        tokens = _person_tokens(name)
    elif speaker_type == "organization":
        tokens = _organization_tokens(name)
    else:
        tokens = fold(name).split()
    if not tokens:
        return None
    key = " ".join(tokens)
    aliases = {key, fold(name)}
    if speaker_type == "person" and len(tokens) > 2:
        aliases.add(f"{tokens[0]} {tokens[-1]}")  # middle names and initials dropped
    aliases.discard("")
    return SpeakerKey(speaker_type, key, tuple(sorted(aliases)))


def loose_alias(key: SpeakerKey) -> str | None:
    """The first-and-last-name alias of a person with a middle name, used to find a match."""
    tokens = key.key.split()
    if key.type == "person" and len(tokens) > 2:
        return f"{tokens[0]} {tokens[-1]}"
    return None


def query_tokens(name: str) -> list[str]:
    """Tokens of a user's speaker or venue filter ('Dr. Okafor' -> ['okafor'])."""
    return _person_tokens(name)
