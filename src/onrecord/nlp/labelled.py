"""Statements set out under a speaker's label and a colon, with no verb of saying.

* a headline or line that opens with its speaker: `Baker: Ending 'was always open'`,
  `SANDERS: We need a political revolution` (a transcript's turn);
* a quotation after its speaker's name alone: `- Ann Shaw: "Most years, the favourite
  wins."`, as round-ups of experts' views set them out.

The colon is the cue (PolNeAR marks it so). The label must be a name the article knows
as a person or organisation: a place (`Iowa: Cruz 28 percent`) or a kicker
(`Analysis:`, `Watch:`) is not a speaker.
"""

from __future__ import annotations

from collections.abc import Sequence

from spacy.tokens import Doc, Span, Token

from .candidates import Candidate, Range
from .doccache import doc_text
from .quotes import QUOTATION_LABELS, Quote
from .speakers import capitals_name_a_person, names_person

_SPEAKER_ENTITIES = frozenset({"PERSON", "ORG"})
_DASHES = frozenset({"-", "--", "–", "—", "―"})
_TRAILING = _DASHES | {";", ","}
_MAX_LABEL_WORDS = 5
_MAX_LABEL_TOKENS = 12  # words, spaces and the odd "." of "Gov." or "'s"
# Labels that head a line but are a section, a format or a desk, not a speaker.
_KICKERS = frozenset(
    [
        "analysis", "breaking", "correction", "editorial", "exclusive", "explainer",
        "explained", "factbox", "fact-check", "interview", "listen", "live", "note",
        "opinion", "photos", "photo", "podcast", "poll", "q", "a", "quiz", "read", "recap",
        "related", "report", "review", "source", "sources", "timeline", "transcript",
        "update", "updated", "video", "watch",
        "editor's note", "editor’s note", "editors' note", "editors’ note",
    ]
) | QUOTATION_LABELS  # fmt: skip
# A headline's claim needs a few words and a verb to be one (`Jeb Bush: Student loans`
# is a heading).
_MIN_CLAIM_WORDS = 3


def find_labelled(doc: Doc, quotes: Sequence[Quote]) -> list[Candidate]:
    """Candidates for the labelled statements of `doc` (see the module's docstring)."""
    if ":" not in doc_text(doc):
        return []
    names = _known_names(doc)
    colons = [token for token in doc if token.text == ":"]
    labels = {colon.i: _line_label(doc, colon.i) for colon in colons}
    for label in labels.values():
        # A transcript names its people in capitals once (`JAKE TAPPER:`), by surname after.
        words = [t.text for t in label or () if not t.is_space]
        if capitals_name_a_person(words):
            names.update((" ".join(words).lower(), words[-1].lower()))
    opening = {q.marked[0][0]: q for q in quotes if q.depth == 0}
    # Where each token's line ends (one pass, so many colons on a line stay linear).
    line_end = [len(doc)] * len(doc)
    end = len(doc)
    for token in reversed(doc):
        if "\n" in token.text:
            end = token.i
        line_end[token.i] = end
    found = []
    # Backwards, so that a claim ends where the next label on its line begins (`- Ann
    # Lee: A - Tom Roe: B`) and contents never overlap.
    stop = len(doc)
    for token in reversed(colons):
        labelled = _labelled(doc, token, labels[token.i], names, opening,
                             min(line_end[token.i], stop), stop)
        if labelled is not None:
            candidate, label_start = labelled
            found.append(candidate)
            stop = label_start
    found.reverse()
    return found


def _known_names(doc: Doc) -> set[str]:
    """Lower-cased names of the article's people and organisations, and people's surnames
    (a headline says `Trump:` where the parse sees no entity), a person's also where the
    tagger labelled the name an organisation (`speakers.names_person`)."""
    names = set()
    for entity in doc.ents:
        if entity.label_ in _SPEAKER_ENTITIES:
            names.add(entity.text.lower())
        if names_person(entity) and len(entity) > 1:
            names.add(entity.text.lower())
            names.add(entity[-1].text.lower())
    return names


def _labelled(
    doc: Doc,
    colon: Token,
    label: Span | None,
    names: set[str],
    opening: dict[int, Quote],
    claim_end: int,
    next_label: int,
) -> tuple[Candidate, int] | None:
    """The statement labelled at this colon, and the token where its label starts. A
    claim without quotation marks ends with its line (`claim_end`); a quotation may run
    on over paragraphs, but not into the next label on its line. `label`: the words
    before the colon that may name a speaker (`_line_label`)."""
    after = _next_word(doc, colon.i + 1)
    if after is None:
        return None
    quote = opening.get(after.idx)
    if label is None or not _names_speaker(label, names, quote is not None):
        return None
    source = (label.start_char, label.end_char)
    cue = (colon.idx, colon.idx + 1)
    if quote is not None:
        if next_label < len(doc) and quote.marked[-1][1] > doc[next_label].idx:
            return None  # the quote runs past the next label: not one speaker's words
        direct = Candidate(
            kind="direct",
            content=list(quote.fragments),
            cue=cue,
            source=source,
            confidence=0.75,
            origin="labelled",
            marked=list(quote.marked),
        )
        return direct, label.start
    end = claim_end
    while end > after.i and (doc[end - 1].is_space or doc[end - 1].text in _TRAILING):
        end -= 1
    if end <= after.i:
        return None
    words = [t for t in doc[after.i : end] if not t.is_punct and not t.is_space]
    if len(words) < _MIN_CLAIM_WORDS or not any(t.pos_ in ("VERB", "AUX") for t in words):
        return None  # `Breitbart News Daily: A World at War`: a show's episode, no claim
    content: Range = (after.idx, doc[end - 1].idx + len(doc[end - 1].text))
    inside = any(doc[k].idx in opening for k in range(after.i, end))
    claim = Candidate(
        kind="mixed" if inside else "indirect",
        content=[content],
        cue=cue,
        source=source,
        confidence=0.65,
        origin="labelled",
        marked=[content] if inside else [],
    )
    return claim, label.start


def _next_word(doc: Doc, i: int) -> Token | None:
    """The first token after position i on the same line, if any."""
    while i < len(doc) and doc[i].is_space:
        if "\n" in doc[i].text:
            return None
        i += 1
    return doc[i] if i < len(doc) else None


def _line_label(doc: Doc, colon: int) -> Span | None:
    """The words from the start of the line, or from a dash that sets them apart, to the
    colon, when they may be a name: `Sean Baker:`, `- Ann Shaw:`, `POLLS SHIFT - Ann
    Shaw:`. A name inside a sentence (`praises Ann Shaw: "..."`) is not a label: the
    quote may be the praise."""
    start = colon
    while start > 0 and "\n" not in doc[start - 1].text and doc[start - 1].text not in _DASHES:
        start -= 1
        if colon - start > _MAX_LABEL_TOKENS:
            return None
    while start < colon and (doc[start].is_space or doc[start].text in "•*"):
        start += 1
    end = colon
    while end > start and doc[end - 1].is_space:
        end -= 1
    label = doc[start:end]
    words = [t for t in label if not t.is_space]
    if not words or len(words) > _MAX_LABEL_WORDS:
        return None
    if not (words[0].text[:1].isupper() and words[-1].text[:1].isupper()):
        return None  # `Republican pollster Ann Shaw:` yes, `the schedule for Monday:` no
    if words[0].lower_ in _KICKERS or label.text.lower() in _KICKERS:
        return None
    if any((t.pos_ in ("VERB", "AUX") and not t.ent_type_) or (t.pos_ == "ADP" and t.lower_ != "of")
           for t in words):
        # `Follow Ann Shaw on Twitter: @handle`: an instruction, not a name (but `Rivera:`,
        # a name the tagger also read as a verb, is one)
        return None
    return label


def _names_speaker(label: Span, names: set[str], quoted: bool) -> bool:
    """Is the label a speaker: a person or organisation the parse or the article knows,
    or, before a quotation, a name the parse missed (`Economist Ana Ruiz:`)?"""
    last = label[-1]
    if last.ent_type_ in _SPEAKER_ENTITIES or label.text.lower() in names:
        return True
    return (
        quoted
        and len(label) >= 2
        and label[-2].pos_ == "PROPN"
        and last.pos_ == "PROPN"
        and not last.ent_type_  # `New Hampshire:` is a place
    )
