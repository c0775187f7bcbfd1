"""The writer's own reading of a speaker's words, kept apart from what the speaker said.

"It seems that Baker was referring to the studio", "Baker appeared to suggest that ...",
"Perhaps he meant ...", "One could read this as a dig at ...": a sentence (or, for "in
what seemed to be a nod to ...", a clause) where a speculative marker meets a word of
meaning (refer, suggest, hint, mean, read as ...). Sentences inside a statement's content
are the speaker's words, not the writer's, and are skipped.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass

from spacy.tokens import Doc, Span

from .candidates import Candidate, Range
from .doccache import doc_text, ents_in

_MEANING = (
    r"(?:mean|meant|means|meaning|refer\w*|allud\w*|allusion|hint\w*|suggest\w*|impl\w*|nod\w*|"
    r"reference\w*|dig|swipe|jab|getting at|talking about|thinking (?:of|about)|point\w* (?:to|at)|"
    r"signal\w*|read|interpret\w*|aimed(?: \w+){0,3} at|directed at|intend\w*|acknowledg\w*|"
    r"conced\w*|admit\w*|speaking to|address\w*|"
    r"tak\w+ aim|criticis\w*|criticiz\w*|dismiss\w*|tease\w*|confirm\w*|walk\w* back|"
    r"(?:answer|response|reply|riposte|rebuttal) to|rebuke|retort)"
)
# Markers that interpret on their own ("appeared to suggest", "could be read as").
_STRONG = [
    rf"\b(?:seems|seemed|appears|appeared|seem|appear) to (?:be )?{_MEANING}\b",
    # `the phrase seems to be a signal that …`, `appeared to be a clear reference to …`
    rf"(?<!what )\b(?:seems|seemed|appears|appeared|seem|appear) to be (?:a|an) (?:\w+ )?{_MEANING}\b",
    r"\bone (?:could|might|can|may|would) (?:read|interpret|take|see|understand)\b",
    (
        r"\b(?:could|can|might|may|should) (?:also )?(?:be|have been) (?:read|interpreted|seen|taken|"
        r"understood) as\b"
    ),
    r"\breading between the lines\b",
    rf"\b(?:may|might|must|could|would) (?:well )?have (?:been )?{_MEANING}\b",
    rf"\bseemingly {_MEANING}\b",
    rf"\b(?:was|is) (?:probably|likely|presumably|possibly|perhaps|apparently) {_MEANING}\b",
    # `Anand's own words suggest the twin theory …`: the writer reading what was said
    (
        r"\b(?:\w+(?:'s|’s)|his|her|their) (?:own )?(?:words|remarks|comments|answers?|"
        r"statements?|response|silence|phrasing|choice of words) (?:seem to |appear to )?"
        r"(?:suggests?|impl(?:y|ies)|indicates?|hints? at)\b"
    ),
]
# Markers that interpret only with a word of meaning in the same sentence.
_WEAK = [
    (
        r"\bit (?:seems|seemed|appears|appeared|is likely|was likely|is possible|would seem|"
        r"would appear|is unclear whether|may be that|could be that)(?: that| as if| as though| like)?\b"
    ),
    r"\b(?:perhaps|maybe|presumably|possibly|probably|arguably|apparently)\b",
    r"\bin what (?:seemed|appeared|looked) (?:to be|like)\b",
]
_STRONG_RE = re.compile("|".join(_STRONG), re.IGNORECASE)
_WEAK_RE = re.compile("|".join(_WEAK), re.IGNORECASE)
_MEANING_RE = re.compile(rf"\b{_MEANING}\b", re.IGNORECASE)
_CLAUSE_MARKER = re.compile(r"\bin what (?:seemed|appeared|looked)\b", re.IGNORECASE)
_PRONOUNS = frozenset(["he", "she", "they", "him", "her", "them"])


@dataclass(frozen=True, slots=True)
class InterpretationCandidate:
    span: Range  # the writer's sentence (or clause) that interprets a speaker
    source: Range | None  # the mention of the speaker being interpreted ("Baker")
    cue: Range | None  # "it seems that", "appeared to suggest"


def find_interpretations(
    doc: Doc, candidates: Sequence[Candidate]
) -> list[InterpretationCandidate]:
    """Sentences where the writer speculates about what a speaker meant."""
    contents = sorted(r for c in candidates for r in c.content)
    sources = sorted(c.source for c in candidates if c.source is not None)
    out: list[InterpretationCandidate] = []
    if not _STRONG_RE.search(doc_text(doc)) and not _WEAK_RE.search(doc_text(doc)):
        return out  # the common case: no marker anywhere, no sentence to look at
    for sentence in doc.sents:
        found = _interpretation_in(doc, sentence, contents, sources)
        if found is not None:
            out.append(found)
    return out


def _inside(position: int, ranges: Sequence[Range]) -> bool:
    return any(start <= position < end for start, end in ranges)


def _interpretation_in(
    doc: Doc, sentence: Span, contents: Sequence[Range], sources: Sequence[Range]
) -> InterpretationCandidate | None:
    text = sentence.text
    base = sentence.start_char
    marker = _STRONG_RE.search(text)
    if marker is None:
        marker = _WEAK_RE.search(text)
        if marker is None or not _MEANING_RE.search(text, marker.end()):
            return None
    cue = (base + marker.start(), base + marker.end())
    if _inside(cue[0], contents):
        return None  # the speaker's own words ("I may have meant ...")
    meaning = _MEANING_RE.search(text, marker.start())
    stop = text.find(";", meaning.end() if meaning is not None else marker.end())
    # `It seems she meant her father; she has written about him`: past the semicolon the
    # writer states a fact again
    span = _trimmed(doc, base, base + stop if stop != -1 else sentence.end_char)
    clause = _CLAUSE_MARKER.search(text)
    if clause is not None:
        end = text.find(",", clause.end())
        stop = base + (end if end != -1 else len(text.rstrip(" .\n")))
        span = (base + clause.start(), stop)
    source = _mention(sentence, cue) or _previous_source(sources, cue[0])
    return InterpretationCandidate(span=span, source=source, cue=cue)


def _trimmed(doc: Doc, start: int, end: int) -> Range:
    text = doc_text(doc)
    # Sentence splitting can leave a closing quotation mark of the paragraph before.
    while start < end and not (text[start].isalnum() or text[start] in "\"\u201c'\u2018("):
        start += 1
    while (
        start < end
        and text[start] in '"\u201d\u201c'
        and start + 1 < end
        and text[start + 1].isspace()
    ):
        start += 1
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    return start, end


def _mention(sentence: Span, cue: Range) -> Range | None:
    """The speaker interpreted: people named in the plural as the marker's subject
    (`Critics appeared to suggest …` reads the critics, not the last person quoted), else
    a person's name or a pronoun, the one nearest the cue first."""
    for token in sentence:
        if cue[0] <= token.idx < cue[1] and token.pos_ in ("VERB", "AUX"):
            for child in token.children:
                if child.dep_ == "nsubj" and child.tag_ == "NNS":
                    return child.left_edge.idx, child.idx + len(child.text)
    people: list[Range] = []
    for ent in ents_in(sentence):
        if ent.label_ in ("PERSON", "ORG"):
            people.append((ent.start_char, ent.end_char))
    named: set[str] | None = None
    for token in sentence:
        if token.lower_ in _PRONOUNS and token.dep_ in ("nsubj", "nsubjpass", "poss"):
            people.append((token.idx, token.idx + len(token.text)))
            continue
        if not (token.dep_ in ("nsubj", "nsubjpass") and token.is_title
                and token.ent_type_ not in ("PERSON", "ORG")):
            continue
        if token.pos_ != "PROPN":
            # `Price seemed to acknowledge …`, the surname tagged a common noun: a word of
            # a person's name elsewhere in the article
            if named is None:
                named = {word.lower_ for ent in token.doc.ents if ent.label_ == "PERSON"
                         for word in ent}
            if token.lower_ not in named:
                continue
        # `It seems Hartmann was thinking of …`, the surname tagged a place: the subject
        # the writer reads, before the pronoun after it
        people.append((token.left_edge.idx, token.idx + len(token.text)))
    if not people:
        return None
    before = [p for p in people if p[0] < cue[1]]
    if before:
        return max(before)
    return min(people)


def _previous_source(sources: Sequence[Range], position: int) -> Range | None:
    earlier = [s for s in sources if s[1] <= position]
    return earlier[-1] if earlier else None
