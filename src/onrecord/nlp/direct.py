"""Attribution of direct quotes: which cue and source a quotation belongs to.

Quotes come from `quotes.scan_quotes` (pure text); the parse supplies cue verbs and
their subjects. A quote is attributed by, in order:

1. a cue beside it in its own sentence: `"A," she said.` / `She said, "A."` /
   `"A," said Baker, "B."` (the second piece joins the first statement);
2. a preceding sentence that ends in a colon and holds a cue: `She said:` + quote,
   also when the quote is a block in the next paragraph;
3. continuation: a quote paragraph right after a colon-introduced quote paragraph
   continues the same speaker, and an unattributed quote right after an attributed
   one in the same paragraph (`"A," she said. "B."`) joins its statement.

Quotes with no cue (titles, nicknames, scare quotes) yield nothing here; when they sit
inside reported speech the report becomes a "mixed" statement (see `finder.py`).
"""

from __future__ import annotations

from bisect import bisect_left, bisect_right
from collections.abc import Sequence
from dataclasses import dataclass, field

from spacy.tokens import Doc, Token

from .candidates import Range
from .lexicon import CueLexicon
from .quotes import Quote
from .reported import Report, cue_range, is_blocked, source_of

# How far from a quote (in tokens) its attributing verb may stand.
_AFTER_WINDOW = 30  # long subjects: `"A," Fred Kagan, director of ..., said`
_BEFORE_WINDOW = 14
_SENTENCE_END = frozenset(".!?")
_NOMINAL = frozenset({"DET", "PROPN", "NOUN", "ADJ", "NUM", "PRON", "PART"})
_CLAUSE_PUNCT = frozenset(",.!?…;:-–—")


@dataclass(slots=True)
class DirectQuote:
    """A direct statement: one or more quotes attributed to one cue."""

    quotes: list[int]  # indices into the scan's quote list
    fragments: list[Range]
    marked: list[Range]
    cue: Range | None
    source: Range | None
    cue_token: int | None
    confidence: float
    how: str  # "beside" | "colon" | "continued"
    inner: list[int] = field(default_factory=list)


class _TokenIndex:
    """Character offset -> token index, by bisection over token starts."""

    def __init__(self, doc: Doc) -> None:
        self.doc = doc
        self.starts = [token.idx for token in doc]

    def first_at_or_after(self, char: int) -> int:
        return bisect_left(self.starts, char)

    def last_before(self, char: int) -> int:
        return bisect_left(self.starts, char) - 1

    def covering(self, start: int, end: int) -> tuple[int, int]:
        """Token indices [i, j) of the tokens that overlap [start, end)."""
        i = max(0, bisect_right(self.starts, start) - 1)
        if i < len(self.doc) and self.doc[i].idx + len(self.doc[i]) <= start:
            i += 1
        return i, bisect_left(self.starts, end)


def _is_cue_verb(token: Token, lexicon: CueLexicon) -> bool:
    return token.pos_ in ("VERB", "AUX") and token.lemma_.lower() in lexicon.speech_verbs


def _paragraph_break(token: Token) -> bool:
    return token.is_space and "\n" in token.text


class QuoteAttributor:
    """Attributes the quotes of one Doc; build once per Doc, then call `attribute()`."""

    def __init__(
        self, doc: Doc, quotes: Sequence[Quote], reports: Sequence[Report], lexicon: CueLexicon
    ) -> None:
        self.doc = doc
        self.text = doc.text
        self.quotes = quotes
        self.lexicon = lexicon
        self.index = _TokenIndex(doc)
        self.reports_by_cue = {report.cue_token: report for report in reports}
        # Token span [i, j) of each quote including its marks (first to last fragment).
        self.token_spans = [
            self.index.covering(quote.marked[0][0], quote.marked[-1][1]) for quote in quotes
        ]
        # The innermost quote around each token (-1: narration). Outer quotes are
        # written first, so inner ones overwrite them; each token is touched once per level.
        self.inside = [-1] * len(doc)
        for number in sorted(range(len(quotes)), key=lambda n: quotes[n].depth):
            for start, end in quotes[number].marked:
                i, j = self.index.covering(start, end)
                for k in range(i, j):
                    self.inside[k] = number
        # Where a quote's attribution must be found: the text around it at its own level.
        self.home = [-1 if q.parent is None else q.parent for q in quotes]

    # -- finding a cue near one quote ---------------------------------------------

    def _ends_clause(self, number: int) -> bool:
        """Does the quote end a clause (`"A,"` / `"A."` / `"A" -`)? A quote in mid-clause
        is a phrase the writer borrows, not the statement of the verb after it."""
        quote = self.quotes[number]
        start, end = quote.fragments[-1]
        inner = self.text[start:end].rstrip()
        if inner and inner[-1] in _CLAUSE_PUNCT:
            return True
        _, j = self.token_spans[number]
        return j < len(self.doc) and self.doc[j].text in _CLAUSE_PUNCT

    def _starts_sentence(self, number: int) -> bool:
        start, end = self.quotes[number].fragments[0]
        inner = self.text[start:end].lstrip()
        return bool(inner) and (inner[0].isupper() or inner[0] in "[.…")

    def _cue_after(self, number: int) -> int | None:
        """A cue verb right after the quote, before the sentence or paragraph ends."""
        if not self._ends_clause(number):
            return None
        _, j = self.token_spans[number]
        doc = self.doc
        start, end = self.quotes[number].fragments[-1]
        if self.text[start:end].rstrip().endswith("."):
            # `"Go home." Later he said ...`: a full stop and a new sentence end the quote.
            nxt = j
            while nxt < len(doc) and doc[nxt].is_space:
                nxt += 1
            if nxt < len(doc) and doc[nxt].is_sent_start and doc[nxt].text[:1].isupper():
                return None
        for k in range(j, min(len(doc), j + _AFTER_WINDOW)):
            token = doc[k]
            if self.inside[k] not in (self.home[number], number) or _paragraph_break(token):
                return None
            if k > j and token.text in _SENTENCE_END:
                return None
            if _is_cue_verb(token, self.lexicon):
                return k
            if token.pos_ == "VERB" and token.dep_ in ("ROOT", "conj", "advcl"):
                return None  # another clause stands between: `"A," he thought, and said`
        return None

    def _cue_before(self, number: int) -> int | None:
        """A cue verb in the clause right before the quote (`She said, "..."`)."""
        i, _ = self.token_spans[number]
        doc = self.doc
        k = i - 1
        while k >= 0 and doc[k].is_space and "\n" not in doc[k].text:
            k -= 1
        if k < 0 or _paragraph_break(doc[k]):
            return None
        if doc[k].text not in (",", ":") and not _is_cue_verb(doc[k], self.lexicon):
            return None
        # `He added, "actually ..."`: a lower-case start is fine right after the cue.
        right_after_cue = k >= 1 and doc[k].text == "," and _is_cue_verb(doc[k - 1], self.lexicon)
        if doc[k].text != ":" and not self._starts_sentence(number) and not right_after_cue:
            return None
        for m in range(k, max(-1, k - _BEFORE_WINDOW), -1):
            token = doc[m]
            if self.inside[m] != self.home[number] or _paragraph_break(token):
                return None
            if m < k and token.text in _SENTENCE_END:
                return None
            if _is_cue_verb(token, self.lexicon):
                return m
        return None

    def _after_colon(self, number: int) -> bool:
        i, _ = self.token_spans[number]
        k = i - 1
        while k >= 0 and self.doc[k].is_space:
            k -= 1
        return k >= 0 and self.doc[k].text == ":"

    def _cue_colon(self, number: int) -> int | None:
        """A cue in the sentence that ends with a colon right before the quote."""
        i, _ = self.token_spans[number]
        doc = self.doc
        k = i - 1
        while k >= 0 and doc[k].is_space:
            k -= 1
        if k < 0 or doc[k].text != ":":
            return None
        for m in range(k - 1, max(-1, k - 30), -1):
            token = doc[m]
            if token.text in _SENTENCE_END or _paragraph_break(token):
                return None
            if self.inside[m] != self.home[number]:
                return None
            if _is_cue_verb(token, self.lexicon) or token.lower_ == "according":
                return m
        return None

    # -- building statements ------------------------------------------------------

    def _statement(self, numbers: list[int], verb: int, how: str) -> DirectQuote | None:
        token = self.doc[verb]
        report = self.reports_by_cue.get(verb)
        if token.lower_ == "according":
            if report is None:
                return None
            cue, source = report.cue, report.source
        else:
            if is_blocked(token, self.lexicon):
                return None
            cue = report.cue if report else cue_range(token, self.lexicon)
            source = report.source if report and report.source else source_of(token)
            if source is None:
                source = self._inverted_subject(verb)
        fragments: list[Range] = []
        marked: list[Range] = []
        for number in numbers:
            fragments.extend(self.quotes[number].fragments)
            marked.extend(self.quotes[number].marked)
        confidence = {"beside": 0.95, "colon": 0.85, "continued": 0.7}[how]
        if source is None:
            confidence -= 0.2
        return DirectQuote(numbers, fragments, marked, cue, source, verb, confidence, how)

    def _inverted_subject(self, verb: int) -> Range | None:
        """`"...," said Robin Maynard, half joking`: the name right after the verb."""
        doc = self.doc
        k = verb + 1
        while k < len(doc) and doc[k].pos_ in ("ADV",):
            k += 1
        start = k
        while k < len(doc) and doc[k].pos_ in _NOMINAL and self.inside[k] == -1:
            k += 1
        if k == start or not any(doc[m].pos_ in ("PROPN", "NOUN", "PRON") for m in range(start, k)):
            return None
        return doc[start].idx, doc[k - 1].idx + len(doc[k - 1].text)

    def _adjoining(self, previous: int, number: int) -> bool:
        """Is the quote `number` the next thing after `previous` and its attribution
        clause, in the same paragraph (`"A," she said. "B."`)?"""
        _, j = self.token_spans[previous]
        i, _ = self.token_spans[number]
        if i - j > _AFTER_WINDOW:
            return False
        return not any(_paragraph_break(self.doc[k]) for k in range(j, i))

    def _opens_paragraph(self, number: int) -> bool:
        i, _ = self.token_spans[number]
        k = i - 1
        while k >= 0 and self.doc[k].is_space and "\n" not in self.doc[k].text:
            k -= 1
        return k < 0 or _paragraph_break(self.doc[k])

    def attribute(self) -> list[DirectQuote]:
        found: list[DirectQuote] = []
        last: DirectQuote | None = None  # the statement the previous top-level quote joined
        for number, quote in enumerate(self.quotes):
            if quote.depth != 0:
                nested = self._nested(number)
                if nested is not None:
                    found.append(nested)
                continue
            verb = self._cue_after(number)
            how = "beside"
            if verb is None:
                verb = self._cue_before(number)
                if verb is not None and self._after_colon(number):
                    how = "colon"
            if verb is None:
                verb = self._cue_colon(number)
                how = "colon"
            if verb is not None:
                statement = self._statement([number], verb, how)
                if statement is not None:
                    # `"A," said Baker, "B."`: the second quote shares the first one's cue.
                    if last is not None and last.cue_token == verb:
                        last.quotes.append(number)
                        last.fragments.extend(statement.fragments)
                        last.marked.extend(statement.marked)
                        continue
                    found.append(statement)
                    last = statement
                else:
                    last = None
                continue
            if last is not None and last.quotes and self._continues(last, number):
                last.quotes.append(number)
                last.fragments.extend(quote.fragments)
                last.marked.extend(quote.marked)
                continue
            last = None
        return found

    def _nested(self, number: int) -> DirectQuote | None:
        """A quote inside a quote is its own statement only when its speaker is named
        beside it (`"My father said, 'Never sell,' and I didn't," she said`)."""
        verb = self._cue_after(number)
        if verb is None:
            verb = self._cue_before(number)
        if verb is None:
            return None
        statement = self._statement([number], verb, "beside")
        if statement is None or statement.source is None:
            return None
        statement.confidence -= 0.1
        return statement

    def _continues(self, last: DirectQuote, number: int) -> bool:
        previous = last.quotes[-1]
        if self._adjoining(previous, number):
            return last.how == "beside"
        # A whole quote paragraph after a colon-introduced quote paragraph.
        return last.how in ("colon", "continued") and self._opens_paragraph(number)


def attribute_quotes(
    doc: Doc, quotes: Sequence[Quote], reports: Sequence[Report], lexicon: CueLexicon
) -> list[DirectQuote]:
    """Direct statements for the quotes of `doc` that have a cue and (usually) a source."""
    if not quotes or not len(doc):
        return []
    return QuoteAttributor(doc, quotes, reports, lexicon).attribute()
