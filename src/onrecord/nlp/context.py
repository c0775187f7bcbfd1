"""Where, to whom and when a statement was said, and what it is about.

For each candidate we read its *attributing region*: the sentence(s) holding its cue and
source (plus the sentence that introduces a block quote with a colon), minus every
statement's content, so that "we will open in 2027" inside a quote is never taken for
the date of speaking. Venue and recipient phrases come from `venues.py`, time phrases
from `when.py` resolved by `onrecord.dates`. A phrase in a sentence shared by several
statements goes to the statement whose cue is nearest.

Fields then carry over to statements that continue the same occasion ("Baker added",
"he also said", "In the same interview", an unattributed quote right after) when the
speaker is the same and the statement states no venue, recipient or date of its own.
Nothing else is inferred: a guess is worse than null.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Sequence
from dataclasses import dataclass, replace
from datetime import date

from spacy.tokens import Doc, Span

from ..dates import resolve_date
from ..model import Recipient, SaidOn, Venue
from .about import topics_of
from .candidates import Candidate, Range, quoted_speaker, ranges_outside
from .doccache import doc_text, token_starts
from .interpretation import InterpretationCandidate, find_interpretations
from .speakers import resolve_speakers
from .venues import (
    BARE_SHOW_NOUNS,
    PRIORITY,
    find_occasion_phrases,
    is_document_noun,
    outlet_of_a_writer,
)
from .when import attaches_to_speech, find_time_phrases

__all__ = ["InterpretationCandidate", "Placement", "find_interpretations", "place_statements"]

_PRONOUNS = frozenset(
    [
        "he",
        "she",
        "they",
        "it",
        "i",
        "we",
        "you",
        "him",
        "her",
        "them",
        "his",
        "hers",
        "their",
        "its",
    ]
)
_CONTINUATION_CUES = frozenset(
    ["add", "adds", "added", "adding", "continue", "continued", "continues", "went"]
)
_CONTINUATION = re.compile(
    r"\b(?:also|added|adds|adding|continued|continues|went on|goes on|further|elaborat\w+)\b",
    re.IGNORECASE,
)
# A statement said to come after the one before it (`later`, not `later in the interview`,
# which `_SAME_OCCASION` reads first).
_LATER = re.compile(r"\b(?:later|afterwards|afterward)\b", re.IGNORECASE)
# An occasion more than one person speaks at, which a second speaker can share.
_SHARED_OCCASION = re.compile(
    r"\b(?:at|during) (?:the|that) same (?:event|press conference|news conference|briefing|"
    r"hearing|meeting|rally|panel|screening|conference|ceremony|session|summit|forum)\b"
    r"|\b(?:told|on) (?:the|that) same (?P<show>programme|program|show|podcast|broadcast)\b")
_SAME_OCCASION = re.compile(
    r"\b(?:(?:in|during|on) (?:the|that) same (?:interview|conversation|chat|podcast|episode|"
    r"appearance|call|statement|post|speech|meeting|briefing|session|press conference|"
    r"news conference|hearing|filing|letter|panel)|(?:later|elsewhere|earlier) in (?:the|that) "
    r"(?:interview|conversation|chat|podcast|episode|call|speech|meeting|statement|hearing)|"
    r"in (?:that|the) (?:interview|conversation|podcast|episode|speech|statement))\b|"
    r"\b(?:in|during|on|at) (?:the|that) same \w+(?: \w+)?|"
    r"\btold (?:the|that) same (?:programme|program|show|podcast|broadcast)\b",
    re.IGNORECASE,
)


@dataclass(frozen=True, slots=True)
class Placement:
    venue: Venue | None = None
    recipient: Recipient | None = None
    said_on: SaidOn | None = None
    about: tuple[str, ...] = ()

    @property
    def placed(self) -> bool:
        return self.venue is not None or self.recipient is not None or self.said_on is not None


def place_statements(
    doc: Doc, candidates: Sequence[Candidate], published: date | None
) -> list[Placement]:
    """One Placement per candidate, in the same order."""
    if not candidates:
        return []
    order = sorted(range(len(candidates)), key=lambda k: _first_offset(candidates[k]))
    ordered = [candidates[k] for k in order]
    starts = token_starts(doc)
    cues = sorted(c.cue[0] for c in ordered if c.cue is not None)
    regions = [_region(doc, starts, c, cues) for c in ordered]
    nested = _nested(ordered)
    segments = _outside_segments(ordered, regions, nested)
    anchors = [_anchor(c) for c in ordered]
    stated = _stated(doc, ordered, regions, segments, anchors, nested, published)
    stated = [p if p.venue is not None else replace(p, venue=_source_document(doc, c))
              for c, p in zip(ordered, stated, strict=True)]
    stated = _shared_by_conjoined_cues(doc, ordered, stated, nested)
    stated = _scene_set_before(doc, starts, ordered, regions, stated, nested, cues, published)
    keys = _speaker_keys(doc, ordered)
    outside = [" ".join(doc_text(doc)[s:e] for s, e in segs) for segs in segments]
    stated = _venues_named_before(stated, keys, outside)
    carried = _carry_over(doc, ordered, segments, keys, stated, nested, published)
    carried = _days_after_the_last(doc, segments, carried, nested, published)
    carried = _remark_placed_after(doc, ordered, carried, nested, published)
    placements_in_order = [
        replace(p, about=topics_of(doc, c, segs, p))
        for c, segs, p in zip(ordered, segments, carried, strict=True)
    ]
    out: list[Placement] = [Placement()] * len(candidates)
    for position, original in enumerate(order):
        out[original] = placements_in_order[position]
    return out


# ---------------------------------------------------------------------------------------
# Regions and segments


def _first_offset(candidate: Candidate) -> tuple[int, int]:
    return candidate.content[0] if candidate.content else (0, 0)


def _anchor(candidate: Candidate) -> Range:
    return candidate.cue or candidate.source or _first_offset(candidate)


def _nested(ordered: Sequence[Candidate]) -> list[bool]:
    """Candidates whose cue lies inside another's content: speech reported within speech
    ("she was tired of being asked to explain her endings"). Their occasion is not the
    sentence's, so they take no phrases and no carry-over."""
    contents = [(r, k) for k, c in enumerate(ordered) for r in c.content]

    def inside(c: Candidate, r: Range) -> bool:
        return all(r[0] <= s and e <= r[1] for s, e in c.content)

    return [
        c.cue is not None
        and any(r[0] <= c.cue[0] < r[1] and inside(c, r) for r, k in contents if k != i)
        for i, c in enumerate(ordered)
    ]


def _outside_segments(
    ordered: Sequence[Candidate], regions: list[Range], nested: list[bool]
) -> list[list[Range]]:
    """Per candidate: its region minus the content of every statement found there.

    A content range that swallows the cue or source of a statement whose own content lies
    outside it is a finder's mistake, not someone's words: it is not cut out, or it would
    hide "said in a statement".
    """
    by_region: dict[Range, list[int]] = {}
    for index, region in enumerate(regions):
        by_region.setdefault(region, []).append(index)
    contents = [r for c in ordered for r in list(c.content) + list(c.marked)]
    out: list[list[Range]] = [[] for _ in ordered]
    for region, members in by_region.items():
        owners = [ordered[m] for m in members if not nested[m]]

        def swallows(r: Range, owners: list[Candidate] = owners) -> bool:
            return any(
                a is not None
                and r[0] <= a[0]
                and a[1] <= r[1]
                and not any(r[0] <= s and e <= r[1] for s, e in c.content)
                for c in owners
                for a in (c.cue, c.source)
            )

        excluded = [
            r for r in contents if r[1] > region[0] and r[0] < region[1] and not swallows(r)
        ]
        segments = ranges_outside(region, _merge(excluded))
        for m in members:
            out[m] = segments
    return out


def _merge(ranges: list[Range]) -> list[Range]:
    merged: list[Range] = []
    for start, end in sorted(r for r in ranges if r[1] > r[0]):
        if merged and start <= merged[-1][1]:
            merged[-1] = (merged[-1][0], max(merged[-1][1], end))
        else:
            merged.append((start, end))
    return merged


def _sentence_at(doc: Doc, starts: list[int], offset: int) -> Span | None:
    """The sentence holding the token at (or just before) a character offset."""
    if not starts:
        return None
    position = max(0, bisect.bisect_right(starts, offset) - 1)
    return doc[position].sent


# A sentence that sets the scene for the quote after it: "Speaking on the podcast "Draft
# Two" with host Milo Brandt, she went further."
_SCENE = re.compile(
    r"\b(?:speaking|talking|appearing|writing|commentating|interview\w*|podcast|conversation|chat|"
    r"video|clip|livestream|AMA|post(?:ed)?|address(?:ed|ing)?|speech|remarks|(?:press|news) conference|"
    r"respond(?:ed|ing)|weigh(?:ed|ing) in|"
    r"took to|broke (?:his|her|their) silence|"
    r"in an? (?:statement|letter|message|memo|email))\b",
    re.IGNORECASE,
)


def _region(doc: Doc, starts: list[int], candidate: Candidate, cues: Sequence[int]) -> Range:
    """The character range of the sentences that attribute the candidate; `cues` are the
    start offsets of every candidate's cue, sorted."""
    points = [r[0] for r in (candidate.cue, candidate.source) if r is not None]
    if not points:
        points = [_first_offset(candidate)[0]]
    sentences = [s for s in (_sentence_at(doc, starts, p) for p in points) if s is not None]
    if not sentences:
        return _first_offset(candidate)
    start = min(s.start_char for s in sentences)
    end = max(s.end_char for s in sentences)
    # A quote introduced by a sentence ending in a colon ("Baker told IndieWire:"), or
    # by one in the same paragraph that sets the scene and quotes nobody itself: include
    # that sentence, which names the occasion.
    content_start = _first_offset(candidate)[0]
    if content_start <= start + 2 and start > 0:
        previous = _sentence_at(doc, starts, start - 1)
        if previous is not None and (
                previous.text.rstrip().endswith(":") or _sets_the_scene(doc, previous, start, cues)):
            start = previous.start_char
    return start, end


def _sets_the_scene(doc: Doc, sentence: Span, next_start: int, cues: Sequence[int]) -> bool:
    between = doc_text(doc)[sentence.end_char:next_start]
    no_cue = bisect.bisect_left(cues, sentence.start_char) == bisect.bisect_left(cues, sentence.end_char)
    return (_within_or_just_after(between) and no_cue
            and _SCENE.search(sentence.text) is not None)


def _within_or_just_after(between: str) -> bool:
    """The same paragraph, or the next one where the scene ends its own (`But in a
    conversation with host Dana Oyelaran on the Midnight Reel podcast in December, he came
    close.` over a paragraph that opens with the quotation)."""
    return "\n" not in between or (between.strip() == "" and len(_PARAGRAPH_GAP.findall(between)) == 1)


_PARAGRAPH_GAP = re.compile(r"\n\s*")


def _scene_set_before(
    doc: Doc,
    starts: list[int],
    ordered: Sequence[Candidate],
    regions: list[Range],
    stated: list[Placement],
    nested: list[bool],
    cues: Sequence[int],
    published: date | None,
) -> list[Placement]:
    """`Speaking through an interpreter at a press conference in Toronto on Saturday,
    Moreau was more guarded. Asked whether …, she said only that …`: a statement whose own
    sentences place it nowhere takes the occasion of the sentence just before them in
    its paragraph, where that sentence sets the scene and quotes no one."""
    out = list(stated)
    for index, candidate in enumerate(ordered):
        placement = stated[index]
        if nested[index] or placement.said_on is not None:
            continue
        # (from the statement's first words: a quotation may open sentences before its cue's)
        start = min(regions[index][0], *(piece[0] for piece in candidate.content))
        if (own := _sentence_at(doc, starts, start)) is not None:
            start = min(start, own.start_char)
        previous = _sentence_at(doc, starts, start - 1) if start > 0 else None
        if previous is None or previous.end_char > start or not _sets_the_scene(
                doc, previous, start, cues):
            continue
        cue_tokens = _cue_tokens(doc, [candidate])
        # (the scene is the occasion: `… during a Reddit AMA on Tuesday.` dates it, whatever
        # the time hangs on)
        found = _phrases(doc, [(previous.start_char, previous.end_char)], cue_tokens, published,
                         any_time=True)
        scene = _choose([f for f in found if f.recipient is None], (start, start))
        if placement.venue is not None:
            # its own clause names the occasion: the scene dates it where it names the same
            if scene.venue is not None and scene.venue.name == placement.venue.name:
                out[index] = replace(placement, said_on=scene.said_on)
            continue
        out[index] = replace(placement, venue=scene.venue, said_on=scene.said_on)
    return out


def _distance(a: Range, b: Range) -> int:
    if a[1] <= b[0]:
        return b[0] - a[1]
    if b[1] <= a[0]:
        return a[0] - b[1]
    return 0


# ---------------------------------------------------------------------------------------
# What each statement's own clause states


@dataclass(frozen=True, slots=True)
class _Found:
    start: int
    end: int
    venue: Venue | None = None
    recipient: Recipient | None = None
    said_on: SaidOn | None = None


def _stated(
    doc: Doc,
    ordered: Sequence[Candidate],
    regions: list[Range],
    segments: list[list[Range]],
    anchors: list[Range],
    nested: list[bool],
    published: date | None,
) -> list[Placement]:
    # Phrases are found once per region, then shared out by nearest anchor.
    by_region: dict[Range, list[int]] = {}
    for index, region in enumerate(regions):
        if not nested[index]:
            by_region.setdefault(region, []).append(index)
    placements = [Placement()] * len(ordered)
    for region, members in by_region.items():
        own_cues = {m: _cue_tokens(doc, [ordered[m]]) for m in members}
        cue_tokens = frozenset().union(*own_cues.values())
        found = _phrases(doc, segments[members[0]], cue_tokens, published)
        mine: dict[int, list[_Found]] = {m: [] for m in members}
        for item in found:
            span = (item.start, item.end)
            if len(members) > 1:
                # `first reported the talks last month, citing …`, `called the ruling "…" in
                # a post on X, while Toomey wrote …`: the verb the time or the occasion hangs
                # on, where the parse says, before the nearest cue
                owner = _verb_owner(doc, span, own_cues)
                if owner is not None:
                    mine[owner].append(item)
                    if item.said_on is None:
                        # `posted the rest on Instagram, writing that …`: a participle goes
                        # on in its verb's occasion
                        for m in members:
                            if m != owner and _goes_on_from(doc, own_cues[m], own_cues[owner]):
                                mine[m].append(item)
                    continue
            best = min(_distance(span, anchors[m]) for m in members)
            for m in members:
                if _distance(span, anchors[m]) == best:
                    mine[m].append(item)
        for m in members:
            if not any(item.said_on is not None for item in mine[m]):
                # `hinted at the ending in March of last year, when she appeared on a
                # podcast`: the venue the clause names leaves the time the content took in
                mine[m] = mine[m] + _dates_inside(doc, ordered[m], published)
            placements[m] = _choose(mine[m], anchors[m])
            if placements[m].said_on is not None and _yet_to_be_said(doc, own_cues[m]):
                placements[m] = replace(placements[m], said_on=None)
    return placements


def _yet_to_be_said(doc: Doc, cue_tokens: frozenset[int]) -> bool:
    """`Marlowe will report full-year results in March`: a cue in the future tense was not
    said yet, so no time it names is when it was said."""
    return any(child.dep_ == "aux" and child.lower_ in ("will", "shall", "'ll", "wo")
               for i in cue_tokens for child in doc[i].children)


def _goes_on_from(doc: Doc, cue: frozenset[int], head_cue: frozenset[int]) -> bool:
    """A cue whose verb hangs on the other cue's verb with no subject of its own (`writing`
    of `posted …, writing that …`), not a clause with its own speaker (`while Toomey
    wrote …`)."""
    return any(doc[i].head.i in head_cue and doc[i].dep_ in ("advcl", "conj", "xcomp")
               and not any(c.dep_ in ("nsubj", "nsubjpass") for c in doc[i].children)
               for i in cue)


def _verb_owner(doc: Doc, span: Range, own_cues: dict[int, frozenset[int]]) -> int | None:
    """The statement whose cue is the first verb above the phrase in the parse."""
    phrase = doc.char_span(*span, alignment_mode="expand")
    if phrase is None or len(phrase) == 0:
        return None
    within = [m for m, cue in own_cues.items() if any(t.i in cue for t in phrase)]
    if within:  # `told a packed meeting`: the phrase holds its own statement's cue
        return within[0] if len(within) == 1 else None
    token = phrase.root.head
    for _ in range(4):
        owners = [m for m, cue in own_cues.items() if token.i in cue]
        if owners:
            return owners[0] if len(owners) == 1 else None
        if token.pos_ in ("VERB", "AUX") or token.head.i == token.i:
            return None
        token = token.head
    return None


def _dates_inside(doc: Doc, candidate: Candidate, published: date | None) -> list[_Found]:
    """A time phrase the content's span took in but that hangs on the cue itself
    (`urged Congress on Wednesday to ease …`): when the words were said, for a statement
    whose own clause states nothing else."""
    own = _cue_tokens(doc, [candidate])
    found: list[_Found] = []
    if candidate.kind == "direct":
        return found  # (`"… and thought, not today," Okonjo told reporters`: the speaker's day)
    for time in find_time_phrases(doc_text(doc), candidate.content):
        span = doc.char_span(time.start, time.end, alignment_mode="expand")
        if span is None or len(span) == 0:
            continue
        head = span.root.head
        if head.dep_ == "prep" and head.i not in own:
            head = head.head  # `on Wednesday`: the preposition hangs on the verb
        if head.i not in own:
            continue
        value = resolve_date(time.text, published)
        if value is not None and (published is None or value <= published.isoformat()):
            found.append(_Found(time.start, time.end, said_on=SaidOn(value, time.text)))
    return found


def _source_document(doc: Doc, candidate: Candidate) -> Venue | None:
    """A source that is a document ("according to a report by the city auditor", "a
    statement from the ministry said") is where the words were given: the document's
    noun, with the words that qualify it ("annual report"). A source that quotes someone
    (`the state news agency quoted the minister as saying …`) is where the minister's
    words appeared."""
    if candidate.source is None:
        return None
    span = doc.char_span(*candidate.source, alignment_mode="expand")
    if span is None:
        return None
    if quoted_speaker(doc_text(doc), candidate) is not None:
        first = span.start + (span[0].lower_ in ("the", "a", "an"))
        return Venue(doc[first : span.end].text, "outlet") if first < span.end else None
    if (outlet := outlet_of_a_writer(doc, span.start, span.end)) is not None:
        return outlet  # `Variety's Owen Hartley called the film …`
    root = span.root
    if root.pos_ != "NOUN":
        return None
    first = root.i
    while (first > span.start and doc[first - 1].dep_ in ("compound", "amod")
           and doc[first - 1].head.i == root.i):
        first -= 1
    name = doc[first : root.i + 1].text
    # `court documents`: a document as a whole phrase, though `documents` alone is not
    if not (is_document_noun(root.lemma_) or is_document_noun(name.lower())):
        return None
    return Venue(name, "document")


def _cue_tokens(doc: Doc, candidates: Sequence[Candidate]) -> frozenset[int]:
    indices: set[int] = set()
    for candidate in candidates:
        if candidate.cue is None:
            continue
        span = doc.char_span(*candidate.cue, alignment_mode="expand")
        if span is not None:
            indices.update(range(span.start, span.end))
    return frozenset(indices)


def _phrases(
    doc: Doc, segments: list[Range], cue_tokens: frozenset[int], published: date | None,
    *, any_time: bool = False,
) -> list[_Found]:
    found: list[_Found] = []
    for phrase in find_occasion_phrases(doc, segments):
        found.append(_Found(phrase.start, phrase.end, phrase.venue, phrase.recipient))
    for time in find_time_phrases(doc_text(doc), segments):
        value = resolve_date(time.text, published)
        if value is None or (published is not None and value > published.isoformat()):
            continue  # nothing fixed, or after publication: not when the words were said
        if not any_time and not attaches_to_speech(doc, time.start, time.end, cue_tokens):
            continue
        found.append(_Found(time.start, time.end, said_on=SaidOn(value, time.text)))
    return found


def _choose(found: list[_Found], anchor: Range) -> Placement:
    venues = [f for f in found if f.venue is not None]
    recipients = [f for f in found if f.recipient is not None]
    dates = [f for f in found if f.said_on is not None]

    def near(f: _Found) -> int:
        return _distance((f.start, f.end), anchor)

    venue = None
    if venues:
        best = min(venues, key=lambda f: (-PRIORITY.get(f.venue.type, 0), near(f)))  # type: ignore[union-attr]
        venue = best.venue
    recipient = min(recipients, key=near).recipient if recipients else None
    said_on = min(dates, key=near).said_on if dates else None
    return Placement(venue=venue, recipient=recipient, said_on=said_on)


# ---------------------------------------------------------------------------------------
# Carry-over


def _speaker_keys(doc: Doc, ordered: Sequence[Candidate]) -> list[str | None]:
    """A surname-like key per candidate; pronouns and unattributed quotes take the last."""
    resolved = resolve_speakers(doc, ordered)
    keys: list[str | None] = []
    previous: str | None = None
    for candidate, speaker in zip(ordered, resolved, strict=True):
        key = None
        name = speaker.speaker.name if speaker.speaker is not None else None
        if name and name.strip().lower() not in _PRONOUNS:
            key = _key_of(name)
        elif candidate.source is not None:
            source = doc_text(doc)[candidate.source[0] : candidate.source[1]]
            if source.strip().lower() in ("i", "we"):
                key = "(the writer)"  # `I say: let us celebrate`: not whoever spoke before
            elif source.strip().lower() not in _PRONOUNS:
                key = _key_of(source)
        if key is None:
            key = previous
        keys.append(key)
        previous = key
    return keys


def _key_of(name: str) -> str | None:
    words = re.findall(r"[\w'\u2019-]+", name)
    capitalised = [w for w in words if w[:1].isupper()]
    chosen = (capitalised or words)[-1:] if words else []
    return chosen[0].lower().removesuffix("'s").removesuffix("\u2019s") if chosen else None


class _Paragraphs:
    """Paragraph numbers: any run of line breaks (blank lines or not) starts a new one."""

    def __init__(self, text: str) -> None:
        self.starts = [0] + [m.end() for m in re.finditer(r"\n[\s]*", text)]

    def of(self, offset: int) -> int:
        return bisect.bisect_right(self.starts, offset) - 1


def _venues_named_before(stated: list[Placement], keys: list[str | None],
                         outside: list[str]) -> list[Placement]:
    """`she said on the call`, after `told analysts on a conference call`: a venue named
    by its bare noun is the one named in full before. A document named with `a` is that
    one only when the same speaker wrote it (`said in a statement` after another body's
    `emailed statement` is a statement of its own; `wrote in the post` is the post)."""
    out = list(stated)
    named: list[Venue] = []
    writers: list[str | None] = []
    for index, placement in enumerate(stated):
        venue = placement.venue
        if venue is None:
            continue
        if venue.name in BARE_SHOW_NOUNS:
            # `said on the show`: the podcast or outlet named last, else no venue at all
            # (`on the podcast` is the podcast named last, not a magazine named since)
            kinds = ("podcast",) if venue.name == "podcast" else ("podcast", "outlet")
            shown = next((v for v in reversed(named) if v.type in kinds), None)
            out[index] = replace(placement, venue=shown)
            continue
        if " " not in venue.name:
            fuller = next((v for v, writer in zip(reversed(named), reversed(writers))
                           if v.type == venue.type
                           and v.name.lower().endswith(" " + venue.name.lower())
                           and (v.type != "document"
                                or (writer is not None and writer == keys[index])
                                or not _named_anew(outside[index], venue.name))),
                          None)
            if fuller is not None:
                out[index] = replace(placement, venue=fuller)
                continue
        named.append(venue)
        writers.append(keys[index])
    return out


def _named_anew(text: str, name: str) -> bool:
    """`in a statement`: a document named with an indefinite article, not one named before."""
    return re.search(rf"\b(?:a|an|another)\s+(?:[\w-]+\s+)?{re.escape(name)}\b", text,
                     re.IGNORECASE) is not None


def _shared_by_conjoined_cues(
    doc: Doc, ordered: Sequence[Candidate], stated: list[Placement], nested: list[bool]
) -> list[Placement]:
    """`called the result "a milestone" in a press release on Wednesday and said …`: two
    cues joined as one subject's verbs speak on one occasion, whichever of them the phrase
    hangs near; each takes what only the other states."""
    verbs: dict[int, int] = {}
    for index, candidate in enumerate(ordered):
        if candidate.cue is not None and not nested[index]:
            cue = doc.char_span(*candidate.cue, alignment_mode="expand")
            if cue is not None and len(cue) > 0:
                verbs.setdefault(cue.root.i, index)
    out = list(stated)
    for verb, index in verbs.items():
        token = doc[verb]
        first = verbs.get(token.head.i) if token.dep_ == "conj" else None
        if first is None or first == index or any(
                child.dep_ in ("nsubj", "nsubjpass") for child in token.children):
            continue  # (`the trust has called …, and its chair told …`: two speakers)
        a, b = out[first], out[index]
        out[first] = replace(a, venue=a.venue or b.venue, said_on=a.said_on or b.said_on,
                             recipient=a.recipient or b.recipient)
        out[index] = replace(b, venue=b.venue or a.venue, said_on=b.said_on or a.said_on,
                             recipient=b.recipient or a.recipient)
    return out


def _carry_over(
    doc: Doc,
    ordered: Sequence[Candidate],
    segments: list[list[Range]],
    keys: list[str | None],
    stated: list[Placement],
    nested: list[bool],
    published: date | None = None,
) -> list[Placement]:
    paragraphs = _Paragraphs(doc_text(doc))
    out = list(stated)
    # The chain of top-level statements; nested ones keep their (empty) placement.
    chain = [k for k in range(len(ordered)) if not nested[k]]
    chain_candidates = [ordered[k] for k in chain]
    chain_segments = [segments[k] for k in chain]
    chain_keys = [keys[k] for k in chain]
    done: list[Placement] = []
    for position, index in enumerate(chain):
        own = stated[index]
        previous = _continued(
            doc, chain_candidates, chain_segments, chain_keys, done, paragraphs, position
        ) or _same_listener(own, chain_keys, done, position)
        if previous is None or not (_compatible(own, previous) or _participle_after(
                doc, chain_candidates[position - 1], chain_candidates[position])
                or _says_it_shared(doc, chain_segments[position], own)) or (
                _now_after_years(doc, chain_candidates[position], previous, published)):
            done.append(own)
            continue
        # Same occasion: what this clause states wins, the rest comes from before.
        done.append(
            replace(
                own,
                venue=own.venue or previous.venue,
                recipient=_fuller(own.recipient, previous.recipient),
                said_on=own.said_on or previous.said_on,
            )
        )
    for index, placement in zip(chain, done, strict=True):
        out[index] = placement
    return out


# `replied the next day`, `two days later`: a time counted from the last dated statement.
_DAYS_LATER = re.compile(
    r"\b(?:the (?:next|following) day|a day later|(?P<count>\d{1,2}|two|three|four|five|six) "
    r"days later)\b", re.IGNORECASE)
_SMALL_NUMBERS = {"two": 2, "three": 3, "four": 4, "five": 5, "six": 6}


def _days_after_the_last(
    doc: Doc, segments: list[list[Range]], placements: list[Placement], nested: list[bool],
    published: date | None,
) -> list[Placement]:
    """`In an Aug. 17 email …, an inspector wrote … The director replied the next day that
    …`: an undated statement whose clause counts days from the last statement dated to the
    day is dated that many days after it."""
    out = list(placements)
    last: date | None = None
    text = doc_text(doc)
    for index, placement in enumerate(placements):
        if nested[index]:
            continue
        if placement.said_on is not None:
            value = placement.said_on.value
            last = date.fromisoformat(value) if len(value) == 10 else None
            continue
        outside = " ".join(text[s:e] for s, e in segments[index])
        match = _DAYS_LATER.search(outside)
        if match is None or last is None:
            continue
        count = match["count"]
        days = 1 if count is None else int(count) if count.isdigit() else _SMALL_NUMBERS[count]
        last = date.fromordinal(last.toordinal() + days)
        if published is not None and last > published:
            last = None  # not after the article came out
            continue
        out[index] = replace(placement, said_on=SaidOn(last.isoformat(), match.group(0)))
    return out


# A sentence that says where the words just quoted were said: `He made the remark on the
# Couch Talk podcast`, `The comments came in an interview with …`.
_REMARK_PLACED = re.compile(
    r"\s*(?:(?:He|She|They|[A-Z][\w'’-]+(?: [A-Z][\w'’-]+){0,2}) (?:had )?"
    r"(?:made|offered|delivered|gave|shared) (?:the|those|these|that|this|his|her|their) "
    r"|(?:The|Those|These|His|Her|Their) )(?:\w+ )?(?:remarks?|comments?|quip|admission)\b")


def _remark_placed_after(
    doc: Doc, ordered: Sequence[Candidate], placements: list[Placement], nested: list[bool],
    published: date | None,
) -> list[Placement]:
    """`… which Langford later called "the longest two weeks of my life." He made the remark
    on the Couch Talk podcast, hosted by comedian Rick Solano.`: a sentence that holds no
    statement and says where the words before it were said places the last statement of
    the sentence before it, where that statement names no venue of its own."""
    out = list(placements)
    cues = _cue_tokens(doc, ordered)
    text = doc_text(doc)
    last_in: dict[int, int] = {}  # sentence start -> the statement whose cue comes last in it
    for index, candidate in enumerate(ordered):
        if candidate.cue is None:
            continue  # (a statement nested in another's words counts: `reported that they
            # had split, which Langford later called "…"` is Langford's remark)
        end = max(e for _, e in _ranges_of(candidate))
        sentence = doc.char_span(end - 1, end, alignment_mode="expand")
        if sentence is None or len(sentence) == 0:
            continue
        start = sentence.sent.start
        if start not in last_in or ordered[last_in[start]].cue[0] < candidate.cue[0]:  # type: ignore[index]
            last_in[start] = index
    for start, index in last_in.items():
        sent = doc[start].sent
        if sent.end >= len(doc) or out[index].venue is not None:
            continue
        following = doc[sent.end].sent
        if any(token.i in cues for token in following) or not _REMARK_PLACED.match(
                text, following.start_char, following.end_char):
            continue
        segment = [(following.start_char, following.end_char)]
        found = [_Found(p.start, p.end, p.venue, p.recipient)
                 for p in find_occasion_phrases(doc, segment)]
        for time in find_time_phrases(text, segment):
            value = resolve_date(time.text, published)
            if value is not None and (published is None or value <= published.isoformat()):
                found.append(_Found(time.start, time.end, said_on=SaidOn(value, time.text)))
        placed = _choose(found, segment[0])
        own = out[index]
        out[index] = replace(own, venue=placed.venue, recipient=own.recipient or placed.recipient,
                             said_on=own.said_on or placed.said_on)
    return out


def _says_it_shared(doc: Doc, segments: list[Range], own: Placement) -> bool:
    """`told reporters at the same event`: the clause names the occasion it shares, and
    names no other venue or time of its own, whoever it was told to."""
    outside = " ".join(doc_text(doc)[s:e] for s, e in segments)
    return own.venue is None and own.said_on is None and bool(_SHARED_OCCASION.search(outside))


def _continued(
    doc: Doc,
    ordered: Sequence[Candidate],
    segments: list[list[Range]],
    keys: list[str | None],
    done: list[Placement],
    paragraphs: _Paragraphs,
    index: int,
) -> Placement | None:
    """The placement of the occasion this statement continues, if it continues one."""
    if index == 0:
        return None
    candidate = ordered[index]
    key = keys[index]
    outside = " ".join(doc_text(doc)[s:e] for s, e in segments[index])
    if _SAME_OCCASION.search(outside):
        # "In the same interview": the speaker's latest placed statement, even across others;
        # `told reporters at the same event`, said of an occasion someone else spoke at
        # (no words of the speaker's own placed before): the latest occasion anyone had.
        own = next(
            (done[j] for j in range(index - 1, -1, -1) if keys[j] == key and done[j].placed), None
        )
        if own is None and (shared := _SHARED_OCCASION.search(outside)) is not None:
            # `told the same programme`: the show someone else spoke on
            kinds = ("outlet", "podcast", "other") if shared["show"] else ("event",)
            own = next((done[j] for j in range(index - 1, -1, -1)
                        if getattr(done[j].venue, "type", None) in kinds), None)
        return own
    if key is None or keys[index - 1] != key:
        return None
    if candidate.origin == "labelled" and ordered[index - 1].origin != "labelled":
        return None  # `PRICE: …` after `you said in January` in a reporter's question
    if _LATER.search(outside):
        return None  # `Walsh later repeated the pledge in a series of posts`: another occasion
    here = paragraphs.of(_first_offset(candidate)[0])
    there = paragraphs.of(_first_offset(ordered[index - 1])[0])
    cue = doc_text(doc)[candidate.cue[0] : candidate.cue[1]].lower() if candidate.cue else ""
    continues = bool(_CONTINUATION.search(outside)) or any(
        word in _CONTINUATION_CUES for word in cue.split()
    )
    # The same speaker again in the same or the very next paragraph, or said to be
    # continuing ("added", "also"), stays on the same occasion.
    if (here - there <= 1 or continues) and not _another_occasion_between(
            doc, ordered[index - 1], candidate, done[index - 1]):
        return done[index - 1] if done[index - 1].placed else None
    return None


def _same_listener(
    own: Placement, keys: list[str | None], done: list[Placement], index: int
) -> Placement | None:
    """`"…," Vale told Quell`, paragraphs after the singer spoke on the podcast Dara Quell
    hosts: the speaker's latest occasion that names a listener, however far back, when
    that listener is this one."""
    if own.recipient is None or keys[index] is None:
        return None
    mine = _key_of(own.recipient.name)
    for j in range(index - 1, -1, -1):
        listener = done[j].recipient
        if keys[j] == keys[index] and listener is not None:
            return done[j] if _key_of(listener.name) == mine else None
    return None


# A sentence that opens on a question put to the speaker (`Asked whether …, she said`).
_ASKED = re.compile(r"(?:\A|[.!?][\"”’']?\s+|\n\s*)Asked\b")


def _another_occasion_between(
    doc: Doc, before: Candidate, candidate: Candidate, previous: Placement
) -> bool:
    """`She told The Ledger … She first hinted at it when she appeared on the Draft Nine
    podcast. Asked by its host …, she said …`: a venue named between two statements that
    is not the earlier one's starts another occasion."""
    if previous.venue is None:
        return False
    gap_start = max(end for _, end in _ranges_of(before))
    gap_end = min(start for start, _ in _ranges_of(candidate))
    if gap_end <= gap_start:
        return False
    if previous.venue.type == "document" and _ASKED.search(doc_text(doc), gap_start, gap_end):
        return True  # `Asked what her grandmother would think, …`: no letter is asked things
    last = doc.char_span(gap_start - 1, gap_start, alignment_mode="expand")
    if last is not None and len(last) > 0:
        # `thanked moviegoers in a post on X on Sunday.`: the rest of the earlier statement's
        # sentence names its own occasion, not another one
        gap_start = max(gap_start, min(last.sent.end_char, gap_end))
    return any(
        phrase.venue is not None and phrase.venue.name.lower() != previous.venue.name.lower()
        for phrase in find_occasion_phrases(doc, [(gap_start, gap_end)]))


def _ranges_of(candidate: Candidate) -> list[Range]:
    return [*candidate.content, *(r for r in (candidate.cue, candidate.source) if r is not None)]


def _now_after_years(
    doc: Doc, candidate: Candidate, previous: Placement, published: date | None
) -> bool:
    """`Speaking to The Literary Review in 2019, she called them … Tate rejects that
    reading.`: a cue in the present tense speaks now, not on an occasion years before."""
    if published is None or previous.said_on is None or candidate.cue is None:
        return False
    cue = doc.char_span(*candidate.cue, alignment_mode="expand")
    if cue is None or not any(t.tag_ in ("VBZ", "VBP") for t in cue):
        return False
    return int(previous.said_on.value[:4]) < published.year - 1


def _participle_after(doc: Doc, before: Candidate, candidate: Candidate) -> bool:
    """`Ortega said on Friday that …, telling Sky Sports that …`: a participle's words
    were said when the sentence's main verb says, whatever else it names."""
    if before.cue is None or candidate.cue is None:
        return False
    first = doc.char_span(*before.cue, alignment_mode="expand")
    second = doc.char_span(*candidate.cue, alignment_mode="expand")
    return (first is not None and second is not None and len(second) > 0
            and second[0].tag_ == "VBG" and first.sent.start == second.sent.start)


def _fuller(own: Recipient | None, previous: Recipient | None) -> Recipient | None:
    # "she told Nair" continuing "with host Priya Nair": keep the full name.
    if own is None or (previous is not None and len(previous.name) > len(own.name)):
        return previous
    return own


def _compatible(own: Placement, previous: Placement) -> bool:
    """Does what this clause states agree with the earlier occasion ("she told Nair")?"""
    if own.venue is not None and (
        previous.venue is None or own.venue.name.lower() != previous.venue.name.lower()
    ):
        return False
    if own.said_on is not None and (
        previous.said_on is None or own.said_on.value != previous.said_on.value
    ):
        return False
    if own.recipient is not None:
        if previous.recipient is None:
            # "Speaking to the BBC, … He told the presenter, Nick Harlow, …": a person named
            # as the one spoken to on an occasion that named only its outlet.
            return (
                own.venue is None
                and previous.venue is not None
                and own.recipient.name[:1].isupper()
            )
        mine = _key_of(own.recipient.name)
        theirs = _key_of(previous.recipient.name)
        if mine is None or mine != theirs:
            return False
    return True
