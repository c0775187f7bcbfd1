"""When words were said: time phrases in an attributing clause, checked against the parse.

`find_time_phrases` locates expressions that `onrecord.dates.resolve_date` can resolve
("on Tuesday", "last month", "November of last year", "in 2019") inside given character
segments. `attaches_to_speech` then keeps only those that modify the act of speaking: in
"Baker, whose film premiered in May, told IndieWire in November", "in May" hangs off
"premiered" and is not when Baker spoke.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass

from spacy.tokens import Doc, Token

from ..dates import MONTHS, WEEKDAYS
from .candidates import Range
from .lexicon import read_wordlist
from .venues import is_document_noun, is_occasion_noun

_FULL_MONTHS = [m for m in MONTHS if len(m) > 4 or m in ("may", "june", "july")]
_ABBR_MONTHS = [m for m in MONTHS if m not in _FULL_MONTHS]
_FULL_DAYS = [d for d in WEEKDAYS if d.endswith("day")]
_ABBR_DAYS = [d for d in WEEKDAYS if not d.endswith("day")]


def _names(full: list[str], abbr: list[str]) -> str:
    # Full names, or abbreviations followed by a dot ("Jan.", "Tues.").
    full_alt = "|".join(sorted(full, key=len, reverse=True))
    abbr_alt = "|".join(sorted(abbr, key=len, reverse=True))
    return rf"(?:(?:{full_alt})|(?:{abbr_alt})\.)"


_M = _names(_FULL_MONTHS, _ABBR_MONTHS)
_W = _names(_FULL_DAYS, _ABBR_DAYS)
_D = r"\d{1,2}(?:st|nd|rd|th)?"
_Y = r"(?:1[89]\d\d|20\d\d)"
_PART = r"(?:\s+(?:morning|afternoon|evening|night))?"
_NUM = r"(?:\d{1,2}|one|two|three|four|five|six|seven|eight|nine|ten|a)"
_EDGE = r"(?:(?:early|late|mid|earlier|later)[\s-]+)?"
_SEASON = r"(?:spring|summer|autumn|fall|winter)"

_ALTERNATIVES = [
    r"\d{4}-\d{2}-\d{2}",
    rf"(?:{_W},?\s+)?(?:the\s+)?{_D}\s+(?:of\s+)?{_M}(?:,?\s+{_Y})?",
    rf"(?:{_W},?\s+)?{_M}\s+{_D}(?![\d:])(?:,?\s+{_Y})?",
    rf"(?:last\s+|this\s+(?:past\s+)?|past\s+)?{_EDGE}{_M}(?:,?\s+(?:of\s+)?(?:{_Y}|last\s+year|this\s+year))?",
    rf"(?:last\s+|this\s+(?:past\s+)?|past\s+)?{_W}(?:'s|\u2019s)?{_PART}",
    r"(?:the\s+day\s+before\s+)?yesterday(?:\s+(?:morning|afternoon|evening))?",
    r"today|tonight|last\s+night|this\s+(?:morning|afternoon|evening)",
    rf"{_NUM}\s+days?\s+ago",
    rf"{_EDGE}(?:this|last)\s+(?:week|weekend|month|year)",
    r"(?:the\s+)?previous\s+(?:week|month|year)|(?:over|at)\s+the\s+weekend|this\s+past\s+weekend",
    rf"(?:(?:in|during)\s+the\s+|last\s+|this\s+(?:past\s+)?){_SEASON}(?:\s+of\s+(?:{_Y}|last\s+year))?",
    rf"(?:in|during|since|back\s+in)\s+{_EDGE}{_Y}",
    # "a 2018 interview": a year written as the occasion's adjective.
    (
        rf"{_Y}(?=\s+(?:interview|speech|statement|letter|memoir|book|podcast|appearance|post|"
        r"essay|op-ed|profile|address|conversation|documentary|filing|report|testimony|episode)\b)"
    ),
]
_PATTERN = re.compile(r"(?<![\w-])(?:" + "|".join(_ALTERNATIVES) + r")(?![\w])", re.IGNORECASE)
_LEADING_PREPOSITION = re.compile(r"^(?:in|during|since|back\s+in|over|at)\s+", re.IGNORECASE)
_CALENDAR_WORDS = set(MONTHS) | set(WEEKDAYS)
# Prepositions that make a lone "May" the month rather than the verb.
_MAY_PREFIXES = (
    "in",
    "since",
    "during",
    "of",
    "until",
    "by",
    "early",
    "late",
    "mid",
    "last",
    "this",
)

SPEECH_LEMMAS = frozenset(
    [
        "say",
        "tell",
        "speak",
        "talk",
        "add",
        "explain",
        "write",
        "post",
        "tweet",
        "reveal",
        "note",
        "appear",
        "interview",
        "sit",
        "remark",
        "recall",
        "joke",
        "admit",
        "insist",
        "argue",
        "claim",
        "state",
        "announce",
        "confirm",
        "deny",
        "reply",
        "respond",
        "answer",
        "ask",
        "testify",
        "describe",
        "acknowledge",
        "suggest",
        "warn",
        "share",
        "reflect",
        "discuss",
        "comment",
        "declare",
        "continue",
        "go",
        "muse",
        "quip",
        "concede",
        "stress",
        "emphasise",
        "emphasize",
        "point",
        "address",
        "call",
        "promise",
        "predict",
        "vow",
        "pledge",
        "concede",
        "complain",
        "boast",
        "tout",
        "caution",
        "urge",
        "assert",
        "maintain",
        "contend",
        "allege",
        "report",
        "disclose",
        "divulge",
        "confess",
        "lament",
        "observe",
        "opine",
        "propose",
        "publish",
        "release",
        "issue",
        "reach",
        "contact",
        "broadcast",
        "air",
    ]
)


_NAME_LABELS = frozenset(("ORG", "WORK_OF_ART", "PERSON", "FAC", "PRODUCT", "EVENT", "GPE"))


@dataclass(frozen=True, slots=True)
class TimePhrase:
    start: int
    end: int  # the phrase without a leading "in"/"during"
    text: str


def find_time_phrases(text: str, segments: Iterable[Range]) -> list[TimePhrase]:
    """Time expressions lying wholly inside the character segments of `text`."""
    found: list[TimePhrase] = []
    for seg_start, seg_end in segments:
        for match in _PATTERN.finditer(text, seg_start, seg_end):
            phrase = match.group(0)
            if not _calendar_words_ok(phrase, text, match.start(), match.end()):
                continue
            lead = _LEADING_PREPOSITION.match(phrase)
            start = match.start() + (lead.end() if lead else 0)
            end = match.end()
            if phrase.endswith(("'s", "\u2019s")):
                end -= 2
            if _WHOSE_TITLE.match(text, end):
                continue  # `Last year's winner posted …`: who they are, not when
            found.append(TimePhrase(start, end, text[start:end]))
    return found


# People a time describes (`last year's winner`), where a time's possessive names them.
_WHOSE_TITLE = re.compile(
    r"['\u2019]s\s+(?:[\w-]+\s+)?(?:winners?|champions?|nominees?|laureates?|recipients?|"
    r"graduates?|class|holders?|finalists?)\b", re.IGNORECASE)


def _calendar_words_ok(phrase: str, text: str, start: int, end: int) -> bool:
    # Month and weekday names are written with a capital; a lone "May" must follow a
    # preposition, or it is the verb.
    for word in re.findall(r"[A-Za-z]+", phrase):
        if word.lower() in _CALENDAR_WORDS and not word[0].isupper():
            return False
    if phrase == "May":
        before = text[max(0, start - 8) : start].lower().split()
        if not before or before[-1] not in _MAY_PREFIXES:
            return False
    return True


# Occasions of speech a verb's object can be (`gave a speech`, `delivered remarks`, `gave
# an interview`).
_GIVEN_WORDS = read_wordlist("given_occasions") | {"interview"}
# Talks a time may date directly (`in an interview … last May`).
_TALKS = frozenset({"interview", "conversation", "podcast", "appearance", "episode", "chat"})


# A participle that says when the document it describes was made.
_DOCUMENT_DATING = frozenset({"date", "file", "publish", "release", "issue", "send", "submit"})


# Words before a time that make it a period's bound, never when words were said.
_PERIOD_BOUNDS = frozenset({"since", "until", "till", "through", "from"})


def attaches_to_speech(doc: Doc, start: int, end: int, cue_tokens: frozenset[int]) -> bool:
    """Does the phrase at text[start:end] modify a verb of speaking (or the cue)?"""
    span = doc.char_span(start, end, alignment_mode="expand")
    if span is None or len(span) == 0:
        return False
    # Part of a name ("BBC Radio 4's Today programme"), not a time.
    if any(t.ent_type_ in _NAME_LABELS for t in span) or span.root.dep_ == "compound":
        return False
    before = span.start - 1
    if before >= 0 and doc[before].lower_ in _PERIOD_BOUNDS:
        return False  # `for flights since June 1`: a period the words speak of
    if before > 0 and doc[before].lower_ == "on":
        before -= 1
    if before >= 0 and before in cue_tokens:
        return True  # `said on Monday it had agreed …`: whatever the parse hangs it on
    head: Token = span.root
    token = head.head
    if (head.dep_ == "npadvmod" and token.pos_ == "NOUN" and token.i not in cue_tokens
            and not is_document_noun(token.lemma_) and not is_occasion_noun(token.lemma_)
            and token.lemma_.lower() not in _TALKS):
        return False  # `sewage spills last year`: when the thing the noun names happened
    steps = 0
    while steps < 30:
        steps += 1
        if token.i in cue_tokens:
            return True
        if (steps <= 2 and token.pos_ == "NOUN" and token.lemma_.lower() in _TALKS
                and token.head.dep_ == "prep"):
            return True  # `in a conversation … in December`: when the talk was
        if token.pos_ in ("VERB", "AUX") and token.i not in range(span.start, span.end):
            if any(child.dep_ == "mark" and child.lower_ in ("while", "whereas")
                   for child in token.children):
                return False  # `…, while another posted a clip … in 2024`: another's act
            return (token.lemma_.lower() in SPEECH_LEMMAS
                    or token.lower_ in ("speaking", "talking")
                    # `gave her State of the City address on Thursday night`
                    or any(child.dep_ == "dobj" and any(word.lemma_.lower() in _GIVEN_WORDS
                                                         for word in child.subtree)
                           for child in token.children)
                    # `on Tuesday blocked the ban, finding that …`: the participle's
                    # words were given when the act was done
                    or any(child.dep_ == "advcl" and child.tag_ == "VBG" and child.i > token.i
                           and child.i in cue_tokens for child in token.children)
                    # `a letter to her sister dated March 1899`, `The complaint, filed
                    # Monday`: when the document was written
                    or (token.lemma_.lower() in _DOCUMENT_DATING and token.dep_ == "acl"
                        and is_document_noun(token.head.lemma_))
                    # `apologized in a statement on Monday`: words given in a document
                    or any(child.dep_ == "prep" and child.lower_ == "in"
                           and any(word.dep_ == "pobj" and is_document_noun(word.lemma_)
                                   for word in child.children)
                           for child in token.children))
        if token.head.i == token.i:  # reached the root without meeting a verb
            return token.pos_ not in ("VERB", "AUX") or token.lemma_.lower() in SPEECH_LEMMAS
        token = token.head
    return False
