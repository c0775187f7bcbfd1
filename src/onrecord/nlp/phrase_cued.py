"""Statements that a phrase, not a verb of saying, gives to their speaker.

* `In her words, the new place is "a kitchen …"`, `In the words of Ada Reyes, …`: the rest
  of the sentence is hers (the phrase is the cue, its owner the source);
* `To quote Aubert, who has worked beside her since 2012, "She didn't leave …"`: the
  quotation is Aubert's;
* `As she put it at the time: "I was cooking for inspectors …"`: the quotation is hers;
* `What Hughes did say, at a council meeting on August 26, was that …`: the rest is hers.

Each phrase must open its sentence; what follows the first two kinds must be a quotation.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from spacy.tokens import Doc

from .candidates import Candidate, Range
from .doccache import doc_text
from .quotes import Quote

_NAME = r"[A-Z][\w'’.-]*(?: [A-Z][\w'’.-]*){0,3}"
_OWNER = rf"(?:(?P<pronoun>his|her|their)|(?P<name>{_NAME})(?:'s|’s))"
_IN_WORDS = re.compile(
    rf"(?P<cue>In {_OWNER} (?:own )?words|In the (?:immortal |own )?words of (?P<of>{_NAME})),\s+")
_TO_QUOTE = re.compile(
    rf"(?P<cue>To quote) (?P<name>{_NAME})(?:,[^\"“”\n]{{0,120}}?)?,\s*(?=[\"“‘])")
_PUT_IT = re.compile(
    rf"As (?P<name>he|she|they|{_NAME}) (?:\w+ly )?(?P<cue>put it)(?: [^:,\"“\n]{{0,40}}?)?"
    r"[:,]\s*(?=[\"“‘])")
# `What Hughes did say, at a council meeting on August 26, was that …`
_WHAT_SAID = re.compile(
    rf"What (?P<name>he|she|they|{_NAME}) (?P<cue>(?:did |actually |really )?(?:said|say|wrote)"
    r"|told [\w ]{1,30}?)(?:,[^,\"“\n]{1,80},)? (?:was|is) ")
# A word each kind needs, so that an article with none of them costs one scan each.
_NEEDED = ("words", "To quote ", "put it", "What ")


def find_phrase_cued(doc: Doc, quotes: Sequence[Quote]) -> list[Candidate]:
    """Candidates for the statements of `doc` that a phrase attributes (see above)."""
    text = doc_text(doc)
    if not any(word in text for word in _NEEDED):
        return []  # the common case: no such phrase anywhere
    opening_at = {q.marked[0][0]: q for q in quotes if q.depth == 0}
    out: list[Candidate] = []
    for pattern in (_IN_WORDS, _TO_QUOTE, _PUT_IT, _WHAT_SAID):
        for found in pattern.finditer(text):
            if not _opens_sentence(text, found.start()):
                continue
            who = next(found.span(g) for g in ("pronoun", "name", "of")
                       if g in pattern.groupindex and found.group(g))
            if pattern in (_IN_WORDS, _WHAT_SAID):
                candidate = _rest_of_sentence(doc, text, found.end(), opening_at)
            else:
                candidate = _quotation(opening_at.get(found.end()))
            if candidate is not None:
                candidate.cue, candidate.source = found.span("cue"), who
                out.append(candidate)
    return out


def _opens_sentence(text: str, position: int) -> bool:
    before = text[:position].rstrip(" \t")
    return not before or before[-1] in "\n.!?\"”’"


def _quotation(quote: Quote | None) -> Candidate | None:
    if quote is None:
        return None
    return Candidate(kind="direct", content=list(quote.fragments), cue=None, source=None,
                     confidence=0.75, origin="phrase", marked=list(quote.marked))


def _rest_of_sentence(doc: Doc, text: str, start: int,
                      opening_at: dict[int, Quote]) -> Candidate | None:
    """The words from `start` to the end of their sentence (its full stop aside, unless a
    quotation closes after it): mixed where a quotation lies inside them."""
    span = doc.char_span(start, start + 1, alignment_mode="expand")
    if span is None:
        return None
    end = span[0].sent.end_char
    while end > start and text[end - 1].isspace():
        end -= 1
    if end > start and text[end - 1] in ".!?":
        end -= 1
    if end <= start:
        return None
    quoted: list[Range] = [q.marked[0] for at, q in opening_at.items() if start <= at < end]
    if quoted:
        last = max(q[1] for q in quoted)
        end = max(end, last)
        return Candidate(kind="mixed", content=[(start, end)], cue=None, source=None,
                         confidence=0.7, origin="phrase", marked=[(start, end)])
    return Candidate(kind="indirect", content=[(start, end)], cue=None, source=None,
                     confidence=0.7, origin="phrase")
