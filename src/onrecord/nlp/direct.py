"""Attribution of direct quotes: which cue and source a quotation belongs to.

Quotes come from `quotes.scan_quotes` (pure text); the parse supplies cue verbs and
their subjects. A quote is attributed by, in order:

1. a cue beside it in its own sentence: `"A," she said.` / `She said, "A."` /
   `"A," said Baker, "B."` (the second piece joins the first statement);
2. a preceding sentence that ends in a colon and holds a cue: `She said:` + quote,
   also when the quote is a block in the next paragraph;
3. continuation: an unattributed quote right after an attributed one joins its
   statement, in the same paragraph (`"A," she said. "B."`) or opening the next one
   (`"A," she said.` + `"B."`, and paragraph after paragraph of a block quotation).

Quotes with no cue (titles, nicknames, scare quotes) yield nothing here; when they sit
inside reported speech the report becomes a "mixed" statement (see `finder.py`).
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from collections.abc import Sequence
from dataclasses import dataclass, field

from spacy.tokens import Doc, Token

from .candidates import Range
from .doccache import doc_text, token_starts
from .lexicon import CueLexicon
from .quotes import QUOTATION_LABELS, Quote
from .reported import Report, cue_range, end_before_a_participle, is_blocked, source_of
from .venues import is_document_noun, is_written_piece

# How far from a quote (in tokens) its attributing verb may stand.
_AFTER_WINDOW = 30  # long subjects: `"A," Fred Kagan, director of ..., said`
# How far the next quotation may open after the one its speaker was named beside: the
# attribution clause between may describe the speaker at length (`"A," said Gene
# Sperling, a former adviser to …, who has advised … . "B."`).
_CONTINUATION_WINDOW = 60
_BEFORE_WINDOW = 14
_SENTENCE_END = frozenset(".!?")
# `In English: "…"` after a quotation in another language: the same words, translated.
_TRANSLATION_LABEL = re.compile(r"\b(?:(?:roughly |loosely )?translated|in english|in translation)"
                                r"\s*:\s*\Z", re.IGNORECASE)
# Words a programme, book or film title follows (`said on "Meet the Press."`).
_TITLE_PREPOSITIONS = frozenset({"on", "in", "of", "to", "at", "from", "with", "about", "by", "for"})
_QUOTE_MARKS = frozenset({'"', "“", "”", "'", "‘", "’", "''", "``"})
_SHORT_QUOTE_WORDS = 4  # a name or title in marks, not a quotation of its own
_NOMINAL = frozenset({"DET", "PROPN", "NOUN", "ADJ", "NUM", "PRON", "PART"})
_CLAUSE_PUNCT = frozenset(",.!?…;:-–—")
# A signature line under a quote paragraph: "- Bernie Sanders." (a name of 1-5 words).
_SIGNATURE = re.compile(
    r"[^\S\n]*(?:\n\s*)?(?P<dash>--|[-–—―])[^\S\n]*"
    # (a role in lower case may stand before the name: `— Defence lawyer Owen Pryce`)
    r"(?P<name>[A-Z][\w.'’-]*(?:[^\S\n]+(?:[a-z][\w'’-]*[^\S\n]+){0,3}[A-Z][\w.'’-]*){0,5}?)"
    # An oral history's line also says who the speaker is: `— Rosa Delacroix, founding
    # vendor, Delacroix Farm` (a description of a few words, no quotation or sentence).
    r"(?P<description>,[^\S\n]+[^\W\d][^\n\"“”.!?;:]{0,100}?)?\.?[^\S\n]*(?:\n|\Z)"
)
# What may stand right before a quote that opens a clause of its own.
_OPENERS = frozenset(".!?…;:,-–—([\"“”'‘’")
# Dependencies of a verb that heads a clause of its own (not a relative clause in a name).
_CLAUSE_DEPS = frozenset({"ROOT", "conj", "advcl", "ccomp", "xcomp", "parataxis"})
# Words a title leaves in lower case ("Guardians of the Galaxy").
_TITLE_SMALL_WORDS = frozenset(
    [
        "a",
        "an",
        "and",
        "as",
        "at",
        "but",
        "by",
        "for",
        "from",
        "in",
        "into",
        "nor",
        "of",
        "on",
        "or",
        "the",
        "to",
        "with",
        "vs",
    ]
)
_EDGE_PUNCT = frozenset(",.;:-–—\"“”‘’'`")


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
    how: str  # "beside" | "colon" | "continued" | "signed" | "named" (a colon after a name)
    inner: list[int] = field(default_factory=list)


def looks_like_title(text: str, quote: Quote) -> bool:
    """A short, capitalised quote with no sentence punctuation that is not introduced
    by a colon or comma: a title or a name ("The Salt Orchard", "Dune"), not speech."""
    if len(quote.fragments) != 1:
        return False
    start, end = quote.fragments[0]
    inner = text[start:end].strip()
    preceding = text[max(0, quote.marked[0][0] - 12) : quote.marked[0][0]].split()
    if inner.endswith(".") and preceding and (
        preceding[-1].lower() in _TITLE_PREPOSITIONS or preceding[-1].endswith(("'s", "’s"))
    ):
        # `said on "Meet the Press."`, `on CNN's "State of the Union."`: the sentence's
        # full stop set inside the marks.
        inner = inner[:-1].rstrip()
    # `the new novel, "Winter Quarters," is …`: a title set beside the noun for a work
    apposed = (inner.endswith(",") and len(preceding) >= 1 and preceding[-1].endswith(",")
               and preceding[-1].rstrip(",").lower() in _WORK_NOUNS)
    # `"Glass Orchard," released last Friday, has …`: a title opening its sentence, which a
    # participle describes
    described = inner.endswith(",") and _PARTICIPLE_AFTER.match(text, quote.marked[-1][1]) is not None
    if apposed or described:
        inner = inner[:-1].rstrip()
    words = inner.split()
    if not words or len(words) > 8 or inner[-1] in _CLAUSE_PUNCT or inner[-1] in "?!":
        return False
    content_words = [w for w in words if w.lower() not in _TITLE_SMALL_WORDS]
    if not content_words or not words[0][:1].isupper():
        return False
    capitalised = sum(1 for w in content_words if w[:1].isupper() or w[:1].isdigit())
    if capitalised < len(content_words):
        return False
    before = text[max(0, quote.marked[0][0] - 3) : quote.marked[0][0]].rstrip()
    if described and not apposed:  # (`her memoir, "Second Takes," published …` is both)
        return not before or before.endswith((".", "!", "?", '"', "\u201d"))
    return apposed or not before.endswith((":", ","))


def names_a_work(text: str, quote: Quote) -> bool:
    """A title set beside the noun for a work (`her latest, "Les Heures Bleues," began`)."""
    preceding = text[max(0, quote.marked[0][0] - 20) : quote.marked[0][0]].split()
    return (bool(preceding) and preceding[-1].endswith(",")
            and preceding[-1].rstrip(",").lower() in _WORK_NOUNS and looks_like_title(text, quote))


_PARTICIPLE_AFTER = re.compile(r"[\"\u201d]?\s+(?!(?:said|asked|added|noted|replied|answered|"
                               r"explained|insisted|continued|argued|warned|tweeted|posted|"
                               r"wrote)\b)[a-z]+ed\b")


# Nouns that make the words before a colon a cue of their own (`made the following
# comment:`), which the finders read.
_SPEECH_NOUNS = frozenset({"message", "comment", "remark", "statement", "word", "question",
                           "answer", "response", "reply", "warning", "note", "tweet", "post",
                           "line", "slogan", "quote", "advice", "verdict", "argument", "pitch",
                           "promise", "plea", "vow", "point", "explanation", "view", "take"})
_WORK_NOUNS = frozenset({"novel", "book", "film", "movie", "album", "song", "single", "play",
                         "series", "show", "documentary", "memoir", "episode", "musical", "opera",
                         "poem", "collection", "sequel", "record", "exhibition", "painting",
                         # `her latest, "Les Heures Bleues," began as …`
                         "latest", "newest", "debut", "feature", "production", "track", "game",
                         "essay", "column", "programme", "program", "piece", "tour",
                         "cookbook", "biography", "autobiography", "anthology", "podcast",
                         "newsletter"})


def borrowed_source(verb: Token) -> Range | None:
    """The speaker of a cue that has no subject of its own, from the clause it hangs
    off: `X issued a statement saying ...` (the participle modifies the object of X's
    verb) and `X was prompted to say ...` (the passive subject of the verb above)."""
    head = verb.head
    if verb.dep_ == "acl" and head.i != verb.i and head.dep_ in ("dobj", "pobj", "attr"):
        if head.dep_ == "pobj" and head.head.lower_ in ("to", "for"):
            return None  # `did not respond to messages seeking comment`: someone else's
        governor = head.head if head.dep_ != "pobj" else head.head.head
        if governor.pos_ in ("VERB", "AUX"):
            return source_of(governor)
    if verb.dep_ == "xcomp" and head.i != verb.i:
        for child in head.children:
            if child.dep_ == "nsubjpass":
                return _span_of(child)
    return None


def _span_of(token: Token) -> Range | None:
    return _trimmed_range(token.doc, token.left_edge.i, token.right_edge.i + 1)


def _trimmed_range(doc: Doc, start: int, end: int) -> Range | None:
    """Characters of tokens [start, end) without edge punctuation and spaces."""
    while start < end and (doc[start].text in _EDGE_PUNCT or doc[start].is_space):
        start += 1
    while end > start and (doc[end - 1].text in _EDGE_PUNCT or doc[end - 1].is_space):
        end -= 1
    if start >= end:
        return None
    return doc[start].idx, doc[end - 1].idx + len(doc[end - 1].text)


class _TokenIndex:
    """Character offset -> token index, by bisection over token starts."""

    def __init__(self, doc: Doc) -> None:
        self.doc = doc
        self.starts = token_starts(doc)

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


def _possessed_answer(token: Token, lexicon: CueLexicon) -> bool:
    return (token.pos_ == "NOUN" and token.lemma_.lower() in lexicon.answer_nouns
            and any(child.dep_ == "poss" for child in token.children))


def _possessor(noun: Token) -> Range:
    """`Her` of `Her answer`, `Ines Calloway` of `Ines Calloway's answer`."""
    owner = next(child for child in noun.children if child.dep_ == "poss")
    first = noun.doc[owner.left_edge.i]  # the possessive `'s` hangs after the owner
    return first.idx, owner.idx + len(owner.text)


def _is_cue_verb(token: Token, lexicon: CueLexicon) -> bool:
    return token.pos_ in ("VERB", "AUX") and token.lemma_.lower() in lexicon.speech_verbs


# Occasions of speech a sentence before a colon may name (`in an interview with …:`).
_OCCASIONS = frozenset({"interview", "podcast", "conversation", "statement", "speech",
                        "post", "video", "episode", "appearance", "letter", "essay", "op-ed",
                        "memo", "email", "briefing", "conference", "hearing", "testimony"})


def _paragraph_break(token: Token) -> bool:
    return token.is_space and "\n" in token.text


class QuoteAttributor:
    """Attributes the quotes of one Doc; build once per Doc, then call `attribute()`."""

    def __init__(
        self, doc: Doc, quotes: Sequence[Quote], reports: Sequence[Report], lexicon: CueLexicon
    ) -> None:
        self.doc = doc
        self.text = doc_text(doc)
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
        # (`"He'd say, 'Never sell the land,'"`: the inner quotation's mark closes last)
        inner = self.text[start:end].rstrip().rstrip("'\u2019\"\u201d")
        if inner and inner[-1] in _CLAUSE_PUNCT:
            return True
        _, j = self.token_spans[number]
        return j < len(self.doc) and self.doc[j].text in _CLAUSE_PUNCT

    def _starts_sentence(self, number: int) -> bool:
        start, end = self.quotes[number].fragments[0]
        inner = self.text[start:end].lstrip()
        return bool(inner) and (inner[0].isupper() or inner[0] in "[.…")

    def _opens_clause(self, number: int) -> bool:
        """Does the quote start a sentence or clause of its own? One that follows a word
        of the writer's (`hailed it as "fantastic," telling ...`) is a borrowed phrase."""
        i, _ = self.token_spans[number]
        k = i - 1
        while k >= 0 and self.doc[k].is_space and "\n" not in self.doc[k].text:
            k -= 1
        if k < 0 or _paragraph_break(self.doc[k]):
            return True
        return (self.doc[k].text in _OPENERS or self.inside[k] != self.home[number]
                # `posted to X. "…"`: a full stop inside a token, and a sentence starts
                or (self.doc[k].text.endswith(".") and self.doc[i].is_sent_start is True))

    def _cue_after(self, number: int) -> int | None:
        """A cue verb right after the quote, before the sentence or paragraph ends."""
        if not self._ends_clause(number) or not self._opens_clause(number):
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
            if _paragraph_break(token):
                return None
            if self.inside[k] not in (self.home[number], number):
                if self._short_quote_beside(k, number):
                    continue  # `Eastland, wearing "Ted Cruz" pins, said`: a name in marks
                return None
            if (k > j and token.text in _SENTENCE_END) or token.text in (":", ";"):
                return None  # (`"with one small betrayal": she adds anchovies`)
            if _is_cue_verb(token, self.lexicon):
                return k
            if token.pos_ == "VERB" and token.dep_ in ("ROOT", "conj", "advcl"):
                if token.tag_ == "VBG" and token.dep_ == "advcl" and k > j + 1:
                    continue  # `Eastland, wearing a cowboy hat, said`: about the speaker
                return None  # another clause stands between: `"A," he thought, and said`
        return None

    def _short_quote_beside(self, k: int, number: int) -> bool:
        """Whether token k lies in a quote of a few words at the same level as quote
        `number` (a name or title in marks within the narration)."""
        other = self.inside[k]
        if other < 0 or other == number or self.home[other] != self.home[number]:
            return False
        words = sum(len(self.text[start:end].split()) for start, end in self.quotes[other].fragments)
        return words <= _SHORT_QUOTE_WORDS

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
                break
            if self.inside[m] != self.home[number]:
                return None
            if _is_cue_verb(token, self.lexicon) or token.lower_ == "according":
                return m
            if _possessed_answer(token, self.lexicon):
                return m
        return self._occasion_before_colon(doc[k], number)

    def _told_in_the_paragraph_before(self, number: int) -> int | None:
        """`Orlov explained her thinking at length in a conversation with critic Sam Reed at
        the Tribeca Festival in June of last year.` over a quotation set out as paragraphs
        of its own, whole: a paragraph that ends on such a sentence (a named subject, a verb
        of speech, an occasion, no quotation) introduces the words under it, as a colon
        would (the verb, None where there is no such paragraph)."""
        i, j = self.token_spans[number]
        doc = self.doc
        k = i - 1
        if k < 1 or not _paragraph_break(doc[k]):
            return None
        if j < len(doc) and not _paragraph_break(doc[j]):
            return None  # (the paragraph goes on after the quotation: `…," Hannity started.`)
        stop = doc[k - 1]
        if stop.text != ".":
            return None
        sentence = stop.sent
        root = sentence.root
        if (root.pos_ != "VERB" or not _is_cue_verb(root, self.lexicon)
                or not any(child.dep_ == "nsubj" and child.pos_ == "PROPN" for child in root.children)
                or not any(token.lemma_.lower() in _OCCASIONS for token in sentence)
                or any(self.inside[token.i] != self.home[number] for token in sentence)):
            return None
        return root.i

    def _occasion_before_colon(self, colon: Token, number: int) -> int | None:
        """`Varga pushed back on that reading in an interview with Frame magazine in
        November of last year:` over a quotation: a sentence whose subject is named and
        that names the occasion it spoke on introduces that subject's words, whatever its
        verb (the verb, None where the sentence is not such a one)."""
        root = colon.sent.root
        if (root.pos_ != "VERB" or self.inside[root.i] != self.home[number]
                or not any(child.dep_ == "nsubj" and child.pos_ in ("PROPN", "NOUN")
                           for child in root.children)
                or not any(token.lemma_.lower() in _OCCASIONS for token in colon.sent)):
            return None
        return root.i

    # -- building statements ------------------------------------------------------

    def _statement(self, numbers: list[int], verb: int, how: str) -> DirectQuote | None:
        token = self.doc[verb]
        report = self.reports_by_cue.get(verb)
        if token.lower_ == "according":
            if report is None:
                return None
            cue, source = report.cue, report.source
        elif _possessed_answer(token, self.lexicon):
            # `Her answer was simple: "…"`: the noun is the cue, its possessor the source.
            cue = (token.idx, token.idx + len(token.text))
            source = _possessor(token)
        else:
            if self._blocked(token):
                return None
            cue = report.cue if report else cue_range(token, self.lexicon)
            source = self._source(token, report, self.token_spans[numbers[-1]][1])
        fragments: list[Range] = []
        marked: list[Range] = []
        for number in numbers:
            fragments.extend(self.quotes[number].fragments)
            marked.extend(self.quotes[number].marked)
        confidence = {"beside": 0.95, "colon": 0.85, "continued": 0.7}[how]
        if source is None:
            confidence -= 0.2
        return DirectQuote(numbers, fragments, marked, cue, source, verb, confidence, how)

    def _named_inner_statement(self, number: int) -> DirectQuote | None:
        verb = self._cue_before(number)
        if verb is None:
            verb = self._cue_after(number)
        if verb is None:
            return None
        statement = self._statement([number], verb, "beside")
        if statement is None or statement.source is None:
            return None
        i, j = self.index.covering(*statement.source)
        if not any(t.pos_ in ("PROPN", "NOUN") for t in self.doc[i:j]):
            return None
        return statement

    def _source(self, verb: Token, report: Report | None, quote_end: int) -> Range | None:
        """The speaker mention: a subject in the narration, never words inside a quote
        (the parser often takes the quote's own subject for the verb's:
        `"The future we want ... is within reach," Mr. Obama added`)."""
        level = self.inside[verb.i]
        subjects = [child for child in verb.children
                    if child.dep_ in ("nsubj", "csubj") and self.inside[child.i] == level]
        if len(subjects) > 1:
            return self._subjects_run(subjects, level)
        for child in subjects:
            return self._narration_run(child, level)
        source = report.source if report and report.source else source_of(verb)
        if source is None:
            source = borrowed_source(verb)
        if source is not None and self._overlaps_quote(source, level):
            source = None
        if source is None and quote_end <= verb.i:
            source = self._name_after_quote(quote_end, verb.i)
        if source is None:
            source = self._inverted_subject(verb.i)
        return source

    def _subjects_run(self, subjects: list[Token], level: int) -> Range | None:
        """`Quanta co-founder Ravi Menon wrote`, parsed as three subjects (`co`, `-`,
        `Menon`): the name among them, with the subjects that run up to it unbroken."""
        chosen = next((s for s in reversed(subjects) if s.pos_ == "PROPN"), subjects[0])
        start = chosen.left_edge.i
        for other in reversed([s for s in subjects if s.i < chosen.i]):
            if other.right_edge.i + 1 != start:
                break
            start = other.left_edge.i
        found = self._narration_run(chosen, level)
        if found is None or start >= chosen.left_edge.i:
            return found
        return (self.doc[start].idx, found[1])

    def _name_after_quote(self, quote_end: int, verb: int) -> Range | None:
        """`"...," Texas delegate Bill Eastland, wearing a cowboy hat, said`: the name that
        opens the narration between the quote and its verb, where the parse hung it on a
        word inside the quote. It must hold a proper noun and end at a comma or the verb."""
        doc = self.doc
        start = quote_end
        while start < verb and (doc[start].is_punct or doc[start].is_space):
            start += 1
        end = self._nominal_run(start, verb)
        if end == start:
            return None
        if not any(doc[k].pos_ == "PROPN" for k in range(start, end)):
            # `the museum's director, Dr. Helen Ashby,`: the name set beside the role
            if end >= verb or doc[end].text != ",":
                return None
            name_end = self._nominal_run(end + 1, verb)
            if name_end == end + 1 or not any(doc[k].pos_ == "PROPN" for k in range(end + 1, name_end)):
                return None
            end = name_end
        if end < verb and doc[end].text != ",":
            return None
        return _trimmed_range(doc, start, end)

    def _nominal_run(self, start: int, verb: int) -> int:
        doc = self.doc
        end = start
        while end < verb and doc[end].pos_ in _NOMINAL and self.inside[end] == self.inside[verb]:
            end += 1
        return end

    def _narration_run(self, head: Token, level: int) -> Range | None:
        """The subtree of `head` cut to the unbroken run of narration tokens around it."""
        doc = self.doc
        start, end = head.i, head.i + 1
        while start > head.left_edge.i and self.inside[start - 1] == level:
            start -= 1
        while end <= head.right_edge.i and self.inside[end] == level:
            end += 1
        end = min(end, end_before_a_participle(head, end - 1) + 1)  # `…, 46, dusting flour`
        return _trimmed_range(doc, start, end)

    def _overlaps_quote(self, rng: Range, level: int) -> bool:
        i, j = self.index.covering(rng[0], rng[1])
        return any(self.inside[k] != level for k in range(i, j))

    def _blocked(self, verb: Token) -> bool:
        """Negated, declined or speculative speech, judged from the narration only: a
        `not` or `probably` inside the quote (`"Apparently not," he said`) is the
        speaker's word, not the writer's hedge on the verb."""
        if not is_blocked(verb, self.lexicon):
            return False
        level = self.inside[verb.i]
        words = [child for child in verb.children if self.inside[child.i] == level]
        if len(words) == sum(1 for _ in verb.children):
            return True
        # Judge again without the quoted dependents.
        for child in words:
            if child.dep_ == "neg":
                return True
            if child.dep_ == "advmod" and child.lower_ in self.lexicon.speculation:
                return True
        head = verb.head
        if verb.dep_ in ("xcomp", "ccomp") and head.i != verb.i and self.inside[head.i] == level:
            return is_blocked(verb, self.lexicon)
        return False

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

    def _adjoining(self, previous: int, number: int, cue_token: int | None) -> bool:
        """Is the quote `number` the next sentence after `previous` and its attribution
        clause, in the same paragraph (`"A," she said. "B."`)? A quote inside the
        writer's next clause (`..., she said, describing "tubular mixers."`) is not."""
        doc = self.doc
        _, j = self.token_spans[previous]
        i, _ = self.token_spans[number]
        if i - j > _CONTINUATION_WINDOW:
            return False
        between = [k for k in range(j, i) if not doc[k].is_space]
        if any(_paragraph_break(doc[k]) for k in range(j, i)):
            return False
        if not between:
            return True
        interrupted = doc[between[-1]].text == "," and cue_token in between  # "A," said X, "B."
        if interrupted:
            # `"A," she wrote, arguing that ..., "B."`: B is the participle's words.
            return self._only_attribution(between, cue_token, with_clauses=False)
        last = _last_word(doc, between)
        if last not in _SENTENCE_END and not (last.endswith(".") and doc[i].is_sent_start):
            return False  # (`she wrote on X. "…"`: the full stop inside the platform's token)
        return self._only_attribution(between, cue_token)

    def _only_attribution(
        self, tokens: list[int], cue_token: int | None, *, with_clauses: bool = True
    ) -> bool:
        """Do `tokens` hold no clause but the cue's own (`she said, noting that ...`;
        none at all without `with_clauses`), so that the writer has not moved on to a
        sentence of their own?"""
        doc = self.doc
        for k in tokens:
            if k == cue_token or doc[k].pos_ != "VERB" or doc[k].dep_ not in _CLAUSE_DEPS:
                continue
            if (cue_token is not None and doc[k].tag_ == "VBG" and doc[cue_token].head.i == k
                    and k > cue_token):
                continue  # `he says, shaking his head.`, parsed with `says` on the participle
            if not with_clauses or cue_token is None:
                return False
            if not any(a.i == cue_token for a in doc[k].ancestors):
                return False
        return True

    def _opens_paragraph(self, number: int) -> bool:
        i, _ = self.token_spans[number]
        k = i - 1
        while k >= 0 and self.doc[k].is_space and "\n" not in self.doc[k].text:
            k -= 1
        return k < 0 or _paragraph_break(self.doc[k])

    def _after_a_quotation_label(self, number: int) -> bool:
        """Whether the quote `number` follows only a fact check's label that opens its
        paragraph (`CLAIM: "…"`)."""
        i, _ = self.token_spans[number]
        start = self.text.rfind("\n", 0, self.doc[i].idx) + 1
        label = self.text[start:self.doc[i].idx].strip()
        return label.endswith(":") and label[:-1].strip().lower() in QUOTATION_LABELS

    def attribute(self) -> list[DirectQuote]:
        found: list[DirectQuote] = []
        last: DirectQuote | None = None  # the statement the previous top-level quote joined
        for number, quote in enumerate(self.quotes):
            if quote.depth != 0:
                # A quote inside a quote stays part of the outer statement; it is also
                # a statement of its own when the text names its speaker beside it
                # (`"My father said, 'Never sell the farm,'" Hale said`). PolNeAR never
                # annotates these (0 of 21 on a train sample), but a reader asking what
                # the father said should find it; a pronoun alone is not a name.
                inner = self._named_inner_statement(number)
                if inner is not None:
                    found.append(inner)
                continue
            if looks_like_title(self.text, quote):
                # `defends "The Salt Orchard"`: a title or name in quotes is not speech.
                # The statement before may still go on after it (`"A," he said on "Meet
                # the Press." "B."`): whether it does is the next quote's question.
                continue
            if self._after_a_quotation_label(number) and (labelled := self._signed(number)):
                # `CLAIM: "…" — Dan Reyes`: the label heads the quotation, the signature
                # names its speaker
                found.append(labelled)
                last = labelled
                continue
            # A cue right before the quote wins over one after it: in `He said, "A,"
            # adding that ...` and `X responds with, "A?" Y then writes` the verb
            # after the quote belongs to the next statement.
            verb = self._cue_before(number)
            how = "colon" if verb is not None and self._after_colon(number) else "beside"
            if verb is None:
                verb = self._cue_after(number)
            if verb is None:
                verb = self._cue_colon(number)
                how = "colon"
            if verb is None:
                verb = self._told_in_the_paragraph_before(number)
                how = "continued"
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
            if last is not None and last.quotes and (self._continues(last, number)
                                                     or self._translated(last, number)):
                last.quotes.append(number)
                last.fragments.extend(quote.fragments)
                last.marked.extend(quote.marked)
                continue
            signed = self._signed(number) or self._named_before_colon(number)
            if signed is not None:
                found.append(signed)
            last = None
        return found

    def _named_before_colon(self, number: int) -> DirectQuote | None:
        """`Another rider, Kwesi Mensah, was less patient: "I just need …"`, `… doesn't
        surprise pollster Daron Shaw: "…"`: a quotation that a colon introduces and that
        ends its paragraph, after a clause that names a person and no cue, is that
        person's; the colon is the cue, as PolNeAR marks it."""
        if not self._after_colon(number):
            return None
        doc = self.doc
        i, j = self.token_spans[number]
        if j < len(doc) and not (_paragraph_break(doc[j]) or doc[j].is_space
                                 or all(t.is_punct or t.is_space for t in doc[j: j + 2])):
            return None
        colon = i - 1
        while colon >= 0 and doc[colon].is_space:
            colon -= 1
        sentence = doc[colon].sent
        lead_in = doc[sentence.start : colon]
        if "\n" not in self.text[: doc[colon].idx] or any(
                t.lemma_.lower() in _SPEECH_NOUNS for t in lead_in):
            return None  # a headline's `X: "…"` is the labelled reader's; `the message:` a cue
        people = [ent for ent in sentence.ents if ent.label_ == "PERSON" and ent.end <= colon
                  and all(self.inside[t.i] == self.home[number] for t in ent)]
        if not people:
            return None
        person = people[-1].root
        if person.dep_ == "appos" and person.head.dep_ in ("nsubj", "nsubjpass"):
            person = person.head  # `Another rider, Kwesi Mensah,`
        if (person.dep_ == "poss" and person.head.dep_ in ("nsubj", "nsubjpass")
                and (is_document_noun(person.head.lemma_.lower())
                     or is_written_piece(person.head.lemma_.lower()))):
            # `Food critic Jonathan Reid's review … ran to a single sentence: "…"`: the
            # words are the document's, and so its writer's
            subject = person.head
            source = _trimmed_range(doc, subject.left_edge.i, subject.i + 1)
            quote = self.quotes[number]
            cue = (doc[colon].idx, doc[colon].idx + 1)
            return DirectQuote([number], list(quote.fragments), list(quote.marked), cue,
                               source, colon, 0.6, "named")
        # only `was less patient:`, `was blunt about what the ending means:`, `Here's X:`:
        # a verb of any other kind (`gave the Texan a back-handed compliment:`, `has since
        # apologized for what happened:`) is the models' to read as a cue
        if person.dep_ in ("nsubj", "nsubjpass"):
            if person.head.pos_ == "VERB":
                return None
            start = person.left_edge.i  # `Another rider, Kwesi Mensah,` whole
            end = max(t.i for t in person.subtree if t.i < colon) + 1
        else:
            if any(t.pos_ == "VERB" for t in lead_in):
                return None
            start = min(t.i for t in person.subtree if t.i <= person.i)
            end = person.i + 1
        # `RED STATES OUTNUMBER BLUE STATES … - Jeffrey M. Jones:`: a heading before a dash
        # is not part of the name
        dashes = [k for k in range(start, person.i) if doc[k].text in ("-", "\u2014", "\u2013", "--")]
        if dashes:
            start = dashes[-1] + 1
        source = _trimmed_range(doc, start, end)
        quote = self.quotes[number]
        cue = (doc[colon].idx, doc[colon].idx + 1)
        return DirectQuote([number], list(quote.fragments), list(quote.marked), cue, source,
                           colon, 0.7, "named")

    def _signed(self, number: int) -> DirectQuote | None:
        """A quote paragraph signed on the next line (`"A."` + `- Bernie Sanders.`, as
        fact-check columns set out the claims they examine), or on the same line
        (`"A." ― Ana Ruiz`), as readers' comments are collected."""
        quote = self.quotes[number]
        if not (self._opens_paragraph(number) or self._after_a_quotation_label(number)):
            return None
        match = _SIGNATURE.match(self.text, quote.marked[-1][1])
        if match is None:
            return None
        cue = match.span("dash")
        start, end = match.span("name")
        last_word = self.text[start:end].split()[-1]
        if last_word.endswith(".") and len(last_word) > 3 and "." not in last_word[:-1]:
            end -= 1  # the sentence's full stop: "- Ana Ruiz." (but "- Al Ruiz Jr.", "- J.R.")
        source = (start, end)
        return DirectQuote(
            [number], list(quote.fragments), list(quote.marked), cue, source, None, 0.8, "signed"
        )

    def _continues(self, last: DirectQuote, number: int) -> bool:
        previous = last.quotes[-1]
        if self._adjoining(previous, number, last.cue_token):
            return last.how == "beside"
        # A quote that opens the paragraph right after the attributed one goes on in
        # the same voice (`"A," she told reporters.` + `"B."`), as news writing sets
        # out a long quotation; a paragraph of the writer's own in between ends it.
        return self._opens_paragraph(number) and self._next_paragraph(
            previous, number, last.cue_token
        )

    def _translated(self, last: DirectQuote, number: int) -> bool:
        """`„Die Stille war immer da", she told Tagesblatt. In English: "The silence …"`:
        a quotation after a translation's label, with nothing else since the last one's
        attribution in the same paragraph, is the same speaker's words again."""
        doc = self.doc
        _, j = self.token_spans[last.quotes[-1]]
        i, _ = self.token_spans[number]
        if i - j > _CONTINUATION_WINDOW or any(_paragraph_break(doc[k]) for k in range(j, i)):
            return False
        label = _TRANSLATION_LABEL.search(self.text, doc[j].idx, doc[i].idx)
        if label is None:
            return False
        between = [k for k in range(j, i) if not doc[k].is_space and doc[k].idx < label.start()]
        if not between:
            return True
        return (_last_word(doc, between) in _SENTENCE_END
                and self._only_attribution(between, last.cue_token))

    def _next_paragraph(self, previous: int, number: int, cue_token: int | None) -> bool:
        """Does the quote `number` open the paragraph after the one in which `previous`
        ends, with nothing after `previous` there but its attribution clause?"""
        doc = self.doc
        _, j = self.token_spans[previous]
        i, _ = self.token_spans[number]
        if i - j > _AFTER_WINDOW:
            return False
        breaks = [k for k in range(j, i) if _paragraph_break(doc[k])]
        if len(breaks) != 1:
            return False
        clause = [k for k in range(j, breaks[0]) if not doc[k].is_space]
        if not clause:
            return True
        if doc[clause[-1]].text not in _SENTENCE_END and not doc[clause[-1]].text.endswith("."):
            return False
        return self._only_attribution(clause, cue_token)


def _last_word(doc: Doc, tokens: list[int]) -> str:
    """The last of `tokens` that is not a quotation mark: the full stop of `said on "Meet
    the Press."` ends the sentence inside the title's marks."""
    for k in reversed(tokens):
        if doc[k].text not in _QUOTE_MARKS:
            return doc[k].text
    return ""


def attribute_quotes(
    doc: Doc, quotes: Sequence[Quote], reports: Sequence[Report], lexicon: CueLexicon
) -> list[DirectQuote]:
    """Direct statements for the quotes of `doc` that have a cue and (usually) a source."""
    if not quotes or not len(doc):
        return []
    return QuoteAttributor(doc, quotes, reports, lexicon).attribute()
