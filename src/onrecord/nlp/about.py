"""What a statement is about: quoted titles, named entities and a few noun-phrase topics.

Read from the statement's content and its attributing clause ("said of the ending",
'the director of "Anora"'). Kept modest: at most MAX_ITEMS strings, deduplicated
case-insensitively, titles and names first, then topics. The speaker's own name and the
venue/recipient names are left out: a statement is not "about" where it was said.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from typing import TYPE_CHECKING

from spacy.tokens import Doc, Span

from .candidates import Candidate, Range
from .doccache import doc_text, ents_in, noun_chunks_in

if TYPE_CHECKING:
    from .context import Placement

MAX_ITEMS = 6
MAX_TOPICS = 2
_ENTITY_LABELS = frozenset(
    ("PERSON", "ORG", "WORK_OF_ART", "GPE", "EVENT", "PRODUCT", "LAW", "FAC", "LOC")
)
_TITLE = re.compile(
    r"[\"\u201c\u2018']([A-Z0-9][^\"\u201c\u201d\u2018\u2019\n]{0,80}?)[\"\u201d\u2019']"
    r"(?![A-Za-z])"
)
# Nouns too general to be a topic on their own.
_GENERIC = frozenset(
    [
        "thing",
        "things",
        "way",
        "ways",
        "lot",
        "lots",
        "people",
        "time",
        "times",
        "something",
        "anything",
        "everything",
        "nothing",
        "kind",
        "part",
        "fact",
        "point",
        "bit",
        "one",
        "ones",
        "year",
        "years",
        "day",
        "days",
        "moment",
        "moments",
        "sense",
        "idea",
        "question",
        "questions",
        "answer",
        "place",
        "stuff",
        "reason",
        "reasons",
        "case",
        "side",
        "end",
        "matter",
        "number",
        "everyone",
        "someone",
        "anyone",
        "person",
        "guy",
        "guys",
        "man",
        "woman",
        "others",
        "other",
    ]
)
_POSSESSIVE = frozenset(["my", "our", "his", "her", "their", "your", "its"])
_SUBJECT_FIRST = {"nsubj": 0, "nsubjpass": 0, "pobj": 1, "dobj": 2, "attr": 3}
_ABOUT_WORDS = frozenset(["about", "of", "regarding", "concerning"])
# Heads after which "about"/"of" names a topic: "said of the ending", "asked about it".
_ABOUT_HEADS = frozenset(
    ["say", "speak", "talk", "ask", "write", "tell", "comment", "reflect", "joke"]
)


def topics_of(
    doc: Doc, candidate: Candidate, outside: list[Range], placement: Placement
) -> tuple[str, ...]:
    """Titles, entities and topics a statement is about."""
    text = doc_text(doc)
    skip = _names_to_skip(text, candidate, placement)
    items: list[str] = []
    items.extend(_titles(text, outside))
    items.extend(_attribution_topics(doc, outside))
    for start, end in candidate.content:
        span = doc.char_span(start, end, alignment_mode="contract")
        if span is None:
            continue
        items.extend(_titles(text, [(start, end)], inner_only=True))
        items.extend(_entities(span))
    topics: list[str] = []
    for start, end in candidate.content:
        span = doc.char_span(start, end, alignment_mode="contract")
        if span is not None:
            topics.extend(_noun_topics(span))
    items.extend(topics[:MAX_TOPICS])
    return _dedupe(items, skip)


def _names_to_skip(text: str, candidate: Candidate, placement: Placement) -> set[str]:
    skip: set[str] = set()
    if candidate.source is not None:
        source = text[candidate.source[0] : candidate.source[1]].lower()
        skip.add(source)
        skip.update(w for w in re.findall(r"[\w'-]+", source) if len(w) > 2)
    if placement.venue is not None:
        skip.add(placement.venue.name.lower())
    if placement.recipient is not None:
        skip.add(placement.recipient.name.lower())
    return skip


def _titles(text: str, ranges: Iterable[Range], *, inner_only: bool = False) -> list[str]:
    out = []
    for start, end in ranges:
        piece = text[start:end]
        for match in _TITLE.finditer(piece):
            title = match.group(1).strip().rstrip(",.")
            words = title.split()
            if not words or len(words) > 8:
                continue
            if inner_only and match.start() == 0 and match.end() == len(piece):
                continue
            # A title is mostly capitalised words ("The Brutalist", "Anora").
            capitals = sum(1 for w in words if w[:1].isupper() or w[:1].isdigit())
            if capitals * 2 >= len(words):
                out.append(title)
    return out


def _entities(span: Span) -> list[str]:
    return [
        ent.text.strip()
        for ent in ents_in(span)
        if ent.label_ in _ENTITY_LABELS and any(t.is_alpha for t in ent)
    ]


def _noun_topics(span: Span) -> list[str]:
    """Noun chunks headed by a common noun, subjects first: "the ending", "the budget"."""
    chunks = []
    for chunk in noun_chunks_in(span):
        root = chunk.root
        if root.pos_ != "NOUN" or root.lemma_.lower() in _GENERIC or len(chunk) > 4:
            continue
        tokens = list(chunk)
        # Drop "a", "some", "this"; a possessive ("my film") becomes "the film".
        while (
            tokens
            and tokens[0].pos_ in ("DET", "PRON")
            and tokens[0].lower_ != "the"
            and (tokens[0].lower_ not in _POSSESSIVE)
        ):
            tokens = tokens[1:]
        if not tokens or any(t.ent_type_ in ("DATE", "TIME") for t in tokens):
            continue
        words = [t.text for t in tokens]
        if tokens[0].lower_ in _POSSESSIVE or tokens[0].lower_ == "the":
            words[0] = "the"
        chunks.append((_SUBJECT_FIRST.get(root.dep_, 9), chunk.start, " ".join(words)))
    chunks.sort()
    return [c[2] for c in chunks]


def _attribution_topics(doc: Doc, outside: list[Range]) -> list[str]:
    """ "said of the ending", "speaking about the film's ending", "asked about the cut"."""
    out = []
    for start, end in outside:
        span = doc.char_span(start, end, alignment_mode="contract")
        if span is None:
            continue
        for token in span:
            if token.lower_ not in _ABOUT_WORDS or token.dep_ not in ("prep", "ROOT", "advcl"):
                continue
            if token.head.lemma_.lower() not in _ABOUT_HEADS:
                continue
            objects = [c for c in token.children if c.dep_ in ("pobj", "dobj")]
            for obj in objects:
                if obj.pos_ == "PRON" or obj.i >= span.end or obj.ent_type_ in ("DATE", "TIME"):
                    continue
                left = obj.left_edge.i
                phrase = doc[left : obj.i + 1].text
                if doc[left].lower_ in _POSSESSIVE:
                    phrase = "the " + doc[left + 1 : obj.i + 1].text
                out.append(phrase)
    return out


def _dedupe(items: Iterable[str], skip: set[str]) -> tuple[str, ...]:
    seen: set[str] = set()
    out: list[str] = []
    for item in items:
        cleaned = re.sub(r"\s+", " ", item).strip(" ,.;:'\"\u201c\u201d\u2018\u2019")
        key = cleaned.lower()
        if not cleaned or key in seen or key in skip or len(cleaned) > 80:
            continue
        seen.add(key)
        out.append(cleaned)
        if len(out) >= MAX_ITEMS:
            break
    return tuple(out)
