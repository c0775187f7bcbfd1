"""Orchestrates the finders over one Doc: quotes, reported speech, labelled lines
(`Baker: "..."`), then merging.

Direct quotes win over the report that shares their cue; a report whose content holds
a quotation as well as the writer's own words is "mixed"; the rest is "indirect".
"""

from __future__ import annotations

import re
from bisect import bisect_left
from collections.abc import Iterator
from dataclasses import replace
from typing import Any, Generic, Protocol, TypeVar, cast

from spacy.tokens import Doc, Token

from ..dates import WEEKDAYS
from .candidates import DOUBTFUL_CUE, Candidate, Range, ranges_outside
from .direct import DirectQuote, attribute_quotes, borrowed_source, looks_like_title, names_a_work
from .doccache import doc_text, token_starts
from .headline import DATELINE, first_line
from .interpretation import find_interpretations
from .interview import find_interview
from .labelled import find_labelled
from .learned_spans import (
    content_clear_of_cue,
    shape_learned_candidate,
    source_clear_of_content,
    wholly_outside_the_cues_paragraph,
)
from .lexicon import RELATIVE_PRONOUNS, CueLexicon, cue_lexicon, read_wordlist
from .phrase_cued import find_phrase_cued
from .quotes import Quote, holds_double_quotation, markup_spans, scan_quotes
from .reported import (
    QUESTION_WORDS,
    Report,
    find_reports,
    is_bare_auxiliary,
    is_blocked,
    is_goods_recall,
    says_what,
    seeks_an_answer,
    source_of,
)
from .speakers import speak_for
from .statement_filter import ROLE_PROBABILITIES, StatementFilter

T = TypeVar("T")


def _direct_candidate(statement: DirectQuote) -> Candidate:
    return Candidate(
        kind="direct",
        content=list(statement.fragments),
        cue=statement.cue,
        source=statement.source,
        confidence=statement.confidence,
        # A quotation after a colon that only a name introduces does not lead a model
        # relation over the same words: `Clinton has since apologized for what happened:`
        # is the model's cue to read, where the rules know no verb.
        origin="named-colon" if statement.how == "named" else "quotes",
        marked=list(statement.marked),
    )


_QUOTE_MARKS = "\"“”‘’'«»"
_SENTENCE_END = re.compile(r"[.!?]\s+")
# Openers of a clause of time or manner: the writer's setting of the scene.
_SCENE_OPENERS = frozenset({"while", "when", "after", "before", "as", "since", "during", "at", "in", "on"})


def _with_lead_ins(doc: Doc, text: str, directs: list[Candidate]) -> list[Candidate]:
    """A quotation that follows a cue set off by commas mid-sentence (`An economic
    downturn, he said, "could be good for us."`) continues the words before the cue:
    those are the speaker's too, reported, and the statement is mixed."""
    starts = token_starts(doc)
    out = []
    for candidate in directs:
        lead = _lead_in(doc, text, starts, candidate)
        if lead is not None:
            # As in any mixed statement, the quotation keeps its marks.
            candidate = replace(candidate, kind="mixed", content=[lead, *candidate.marked],
                                marked=[lead, *candidate.marked])
        out.append(candidate)
    return out


def _lead_in(doc: Doc, text: str, starts: list[int], candidate: Candidate) -> Range | None:
    if candidate.cue is None or candidate.source is None or not candidate.marked:
        return None
    clause_start = min(candidate.cue[0], candidate.source[0])
    clause_end = max(candidate.cue[1], candidate.source[1])
    opening = candidate.marked[0][0]
    if clause_end > opening or text[clause_end:opening].strip() != ",":
        return None
    if text[min(candidate.cue[1], candidate.source[1]):max(candidate.cue[0], candidate.source[0])].strip():
        return None  # `said Doyle, whose home state …,`: not a bare `he said`
    comma = len(text[:clause_start].rstrip()) - 1
    if comma <= 0 or text[comma] != ",":
        return None
    before = bisect_left(starts, comma) - 1  # the last token of the words before the cue
    if before < 0:
        return None
    lead_start = doc[before].sent.start_char
    # The parse may run two sentences together: the last full stop decides.
    for stop in _SENTENCE_END.finditer(text, lead_start, comma):
        lead_start = stop.end()
    lead = text[lead_start:comma]
    # A lead with a comma of its own is likely a longer sentence of the writer's that the
    # speaker's words only finish (`…, in keeping with protocol and also, he said, "…"`).
    if (not any(ch.isalnum() for ch in lead) or "\n" in lead or "," in lead
            or any(mark in lead for mark in _QUOTE_MARKS)):
        return None
    first = doc[bisect_left(starts, lead_start)]
    if first.lower_ in _SCENE_OPENERS or first.tag_ in ("VBG", "VBN"):
        return None  # `While he was speaking in Miami, he said, "…"`: the scene, not speech
    return lead_start, comma


class _QuotedRanges:
    """The marked ranges of top-level quotes, for overlap look-ups by bisection."""

    def __init__(self, quotes: list[Quote]) -> None:
        self.quotes = sorted(quotes, key=lambda q: q.marked[0])
        self.ranges = [(q.marked[0][0], q.marked[-1][1]) for q in self.quotes]
        self.starts = [start for start, _ in self.ranges]
        self.by_range = dict(zip(self.ranges, self.quotes))

    def first_from(self, position: int) -> Range | None:
        """The first quote range that starts at or after `position`."""
        k = bisect_left(self.starts, position)
        return self.ranges[k] if k < len(self.ranges) else None

    def within(self, start: int, end: int) -> list[Range]:
        """Quote ranges that overlap [start, end)."""
        out = []
        k = max(0, bisect_left(self.starts, start) - 1)
        while k < len(self.ranges) and self.ranges[k][0] < end:
            if self.ranges[k][1] > start:
                out.append(self.ranges[k])
            k += 1
        return out


def _continue_quotation(
    candidate: Candidate, quoted: _QuotedRanges, claimed: set[Range], text: str
) -> None:
    """A mixed statement that ends with a quotation goes on into the next quotation when
    nothing but its own cue and source stands between them (`The pier "will reopen,"
    Brisk said. "We are sure of it."`), as a direct quotation does (`direct.py`); also
    when the statement ends its paragraph and a quotation no one else claims fills the
    next (`said the idea arrived "uninvited …"` + `"I had finished …"`: PolNeAR marks
    both as one content)."""
    if candidate.cue is None:
        return
    end = candidate.content[-1][1]
    nxt = quoted.first_from(end)
    if nxt is None or nxt[0] < candidate.cue[1] or nxt in claimed:
        return
    if not any(start < end <= stop + 1 for start, stop in quoted.within(end - 2, end)):
        return  # the content does not end with a quotation
    between = text[end:nxt[0]]
    for start, stop in [rng for rng in (candidate.cue, candidate.source) if rng is not None]:
        if end <= start and stop <= nxt[0]:
            between = between.replace(text[start:stop], " ", 1)
    if any(ch.isalnum() for ch in between):
        return
    quote = quoted.by_range[nxt]
    if "\n" in between and (between.count("\n") > 2 or not _fills_paragraph(text, quote)):
        return
    candidate.content.extend(quote.marked)
    candidate.marked.extend(quote.marked)


def _fills_paragraph(text: str, quote: Quote) -> bool:
    """Nothing follows the quotation in its (last) paragraph: no `he asks` of its own."""
    end = quote.marked[-1][1]
    line_end = text.find("\n", end)
    return not text[end : line_end if line_end != -1 else len(text)].strip()


def _crosses_quote(report: Report, quoted: _QuotedRanges) -> bool:
    """A cue inside a quote whose content runs out of that quote: a misparse."""
    around = quoted.within(report.cue[0], report.cue[1])
    if not around:
        return False
    q_start, q_end = around[0]
    return report.content[0][0] < q_start or report.content[-1][1] > q_end


def _straddles_title(candidate: Candidate, quoted: _QuotedRanges, text: str) -> bool:
    """A content that takes the closing quotation mark of a title and not the opening one
    (`The Salt Orchard" in` of `shot "The Salt Orchard" in eleven weeks`): a misreading.
    (For any quote, this cost 0.2 point of end-to-end F1 on held-out train articles:
    PolNeAR's contents do sometimes run out of a quote that way.)"""
    for start, end in candidate.content:
        for q_start, q_end in quoted.within(start, end):
            if q_start < start < q_end < end and looks_like_title(text, quoted.by_range[(q_start, q_end)]):
                return True
    return False


# Unquoted words that close a sentence right before a quotation opens.
_SENTENCE_CLOSED = re.compile(r"[.!?]\s+\Z")


def _classify(report: Report, quoted: _QuotedRanges, text: str) -> Candidate | None:
    """The report as an indirect or mixed candidate (None when it only restates a quote)."""
    start, end = report.content[0][0], report.content[-1][1]
    inside = quoted.within(start, end)
    content = list(report.content)
    if (inside and start < inside[0][0] < report.cue[0] and content[0][1] > inside[0][0]
            and _SENTENCE_CLOSED.search(text, start, inside[0][0])):
        # `… thanked fans in a video posted to X. "You showed up …," Lyle said`, parsed as
        # one sentence: the words before the quotation are the sentence before it
        start = inside[0][0]
        content[0] = (start, content[0][1])
        inside = quoted.within(start, end)
    # `said her latest, "Les Heures Bleues," began as …`: a title set beside the noun for a
    # work is no quotation (a nickname or slogan in marks, `called her "Miss Piggy"`, is)
    if not inside or all(names_a_work(text, quoted.by_range[rng]) for rng in inside):
        kind = "indirect"
        marked: list[Range] = []
    else:
        outside_words = 0
        position = start
        for q_start, q_end in inside:
            outside_words += sum(ch.isalnum() for ch in text[position : max(position, q_start)])
            position = max(position, q_end)
        outside_words += sum(ch.isalnum() for ch in text[position:end])
        cue_inside = any(q_s <= report.cue[0] < q_e for q_s, q_e in inside)
        if outside_words == 0 and cue_inside:
            return None  # speech reported inside a quote, about the quote itself: a misparse
        if outside_words == 0:
            # The report's content is the quotation itself (`He says "it is late."`,
            # `said that "..."`), which no cue beside the quote claimed: a direct quote.
            quotes = [quoted.by_range[rng] for rng in inside]
            if len(quotes) == 1 and not report.that and looks_like_title(text, quotes[0]):
                return None  # `defends "The Salt Orchard"`: a title is not speech
            inner = [fragment for quote in quotes for fragment in quote.fragments]
            marked = [fragment for quote in quotes for fragment in quote.marked]
            if report.that:
                marked[0] = (report.that[0], marked[0][1])
            return Candidate(
                kind="direct",
                content=inner,
                cue=report.cue,
                source=report.source,
                confidence=report.confidence,
                origin="reported",
                marked=marked,
                that=report.that,
            )
        kind = "mixed"
        # A closing mark just past the content belongs to it (PolNeAR keeps the marks).
        last_start, last_end = content[-1]
        for q_start, q_end in inside:
            if last_start < q_end <= last_end + 2:
                last_end = max(last_end, q_end)
            elif last_start <= q_start < last_end < q_end and report.cue[1] <= q_start:
                # `called Sorel "the most generous author a director could hope to work
                # with."`, parsed to stop at `author`: a quotation the words open is theirs
                # to its close
                last_end = q_end
        content[-1] = (last_start, last_end)
        first = report.that[0] if report.that else content[0][0]
        marked = [(first, content[0][1])] + content[1:]
    return Candidate(
        kind=kind,
        content=content,
        cue=report.cue,
        source=report.source,
        confidence=report.confidence,
        origin="reported",
        marked=marked,
        that=report.that,
    )


def find_candidates(doc: Doc, *, learned: LearnedFinder | None = None) -> list[Candidate]:
    """Every attributed statement candidate in the Doc (unordered).

    With a `learned` model, its candidates are added wherever no rule candidate already
    covers the same words: the rules are more precise on quotations, the model finds
    the reported speech, beliefs and rare cues the rules miss.
    """
    lexicon = cue_lexicon()
    text = doc_text(doc)  # a join over all tokens: computed once per Doc
    scan = scan_quotes(text)
    doc._.onrecord_problems = tuple(scan.problems)
    reports = list(find_reports(doc, lexicon))
    directs = attribute_quotes(doc, scan.quotes, reports, lexicon)
    out = _with_lead_ins(doc, text, [_direct_candidate(statement) for statement in directs])
    direct_cues = {statement.cue_token for statement in directs}
    quoted = _QuotedRanges([q for q in scan.quotes if q.depth == 0])
    claimed = {(scan.quotes[n].marked[0][0], scan.quotes[n].marked[-1][1])
               for statement in directs for n in statement.quotes}
    for report in reports:
        if report.cue_token in direct_cues or _crosses_quote(report, quoted):
            continue
        candidate = _classify(report, quoted, text)
        if candidate is not None:
            if candidate.source is None:
                candidate.source = borrowed_source(doc[report.cue_token])
            if candidate.kind == "mixed":
                _continue_quotation(candidate, quoted, claimed, text)
            out.append(candidate)
    out += _labelled_over_nested(find_labelled(doc, scan.quotes), out)
    out += _not_covered(find_phrase_cued(doc, scan.quotes), out)
    interview = find_interview(doc)
    out = [c for c in out if not interview.misreads(c)]
    _conjuncts_to_their_speaker(doc, out)
    found = _outside_markup(_drop_sourceless_nested(out, doc), text)
    readings = find_interpretations(doc, found)
    interpreted = [item.span for item in readings]
    found = _no_guessed_intent(doc, found, interpreted, lexicon)
    # `Anand's own words suggest …`: the writer's reading, an interpretation, not a statement
    found = [c for c in found if c.cue is None or not any(
        item.cue is not None and item.cue[0] <= c.cue[0] and c.cue[1] <= item.cue[1]
        for item in readings)]
    for candidate in found:
        _unquote_so_called(text, candidate, quoted)
    if learned is not None:
        predicted = (cast(Any, learned).predict(doc, found)
                     if getattr(learned, "reads_rules", False) else learned.predict(doc))
        starts = token_starts(doc)
        for candidate in predicted:
            if candidate.source is None and candidate.kind != "indirect":
                candidate.source = _parsed_source(doc, candidate)
            shape_learned_candidate(doc, starts, candidate)
            _unquote_so_called(text, candidate, quoted)  # before a sourceless one is judged
        extra = [c for c in predicted
                 if _is_statement(doc, c, lexicon, text) and not interview.misreads(c)
                 and not _straddles_title(c, quoted, text)]
        extra = _outside_interpretations(_doubtful_beside_rules(extra, found), interpreted)
        # A headline is the writer's summary ("Lindqvist defends "The Salt Orchard" at
        # Berlin festival"), not the speaker's words: the models' relations there are
        # dropped; the rules still find a quoted or labelled headline (`Clinton: "…"`).
        headline = _headline_end(text)
        extra = [c for c in extra if c.cue is None or c.cue[0] >= headline]
        found = combine(found, extra, getattr(learned, "combine", "rules_first"), text)
        # what is left of a model relation whose words all lie in another paragraph, once
        # rule relations have borrowed its cue, says nothing of its own
        found = [c for c in found if not wholly_outside_the_cues_paragraph(text, c)]
        for candidate in found:
            _source_out_of_content(doc, text, candidate)
            source_clear_of_content(text, candidate)
        # A last look at each relation as a whole, where the model brings a filter fitted
        # on its own held-out predictions (`statement_filter.py`) and read this Doc (one
        # without vectors it can read leaves no probabilities, and the rules stand alone).
        statement_filter: StatementFilter | None = getattr(learned, "statement_filter", None)
        probabilities = doc.user_data.pop(ROLE_PROBABILITIES, None)
        if statement_filter is not None and probabilities is not None:
            kept_ids = {id(c) for c in statement_filter.kept(doc, text, found, lexicon,
                                                             probabilities)}
            # (a phrase that cues a statement, `In her words,`, is one the model never saw
            # as a cue: its own chance says nothing)
            kept = [c for c in found if id(c) in kept_ids or c.origin == "phrase"]
            _quotation_back_to_its_clause(text, [c for c in found if c.kind == "direct"], kept)
            found = kept
        found = _no_second_cue_for_quoted_words(found)
    # An interview's answers are their subject's statements; what the finders found
    # inside them (`I think …`, `My staff cautioned me …`) stands beside them, nested.
    # Their "I" is the interviewee's, also inside a quotation in an answer.
    interview.speaks_for(text, found)
    _speaks_for_quoted(text, found)
    _sources_clear_of_cues(doc, text, found, lexicon)
    starts = token_starts(doc)
    second_acts: dict[int, tuple[Range, Range]] = {}
    for candidate in found:
        _content_past_dateline(text, candidate)
        _content_past_time(text, candidate)
        _content_through_its_word(text, candidate)
        _source_before_a_conjunction(text, candidate)
        _source_past_dateline(text, candidate)
        _source_past_an_opening_word(doc, starts, candidate)
        _source_past_a_day(doc, starts, candidate)
        if (act := _content_before_a_second_act(doc, starts, candidate, lexicon)) is not None:
            second_acts[act[0]] = act[1], act[2]
    for candidate in found:
        # the second act's own statement, whose source the parse took from inside the
        # clause (`packaging costs`): the pronoun speaks it
        if candidate.cue is not None and candidate.kind != "direct":
            second = second_acts.get(bisect_left(starts, candidate.cue[0]))
            if second is not None and (candidate.source is None or (
                    second[0][0] <= candidate.source[0] < second[0][1])):
                candidate.source = second[1]
    found = [c for c in found if not _this_publication(text, c)]
    return found + interview.answers


# `An earlier version of this article misstated …`: the publication speaking of itself.
_THIS_PUBLICATION = re.compile(
    r"\s*(?:(?:an?|the) )?(?:(?:earlier|previous|original|prior) )?(?:versions? of )?"
    r"this (?:article|story|piece)\s*\Z", re.IGNORECASE)


def _this_publication(text: str, candidate: Candidate) -> bool:
    """A relation whose source is the article itself (a correction, an editor's note) is
    the writer's, no one's statement (`the people interviewed for this article` speak)."""
    return candidate.source is not None and _THIS_PUBLICATION.match(
        text, candidate.source[0], candidate.source[1]) is not None


def _content_before_a_second_act(doc: Doc, starts: list[int], candidate: Candidate,
                                 lexicon: CueLexicon) -> tuple[int, Range, Range] | None:
    """`said he makes $41,000 a year and questioned how …`: a verb of speech joined by
    `and`, with no subject of its own, inside a reported clause whose subject is a
    pronoun, is the speaker's next act, which the parse hangs on the clause; the content
    stops before it (in train, 29 gold contents stop right before such an `and <verb>`,
    2 run over it). Returns that verb, the content as it was and the pronoun, who speaks
    the second act."""
    if candidate.kind == "direct" or not candidate.content or candidate.cue is None:
        return None
    start, end = candidate.content[-1]
    text = doc_text(doc)
    if holds_double_quotation(text, start, end):
        return None
    first, last = bisect_left(starts, start), bisect_left(starts, end)
    for token in doc[first:last]:
        lemma = token.lemma_.lower()
        if (token.dep_ != "conj" or token.pos_ != "VERB" or token.tag_ not in ("VBD", "VBZ")
                or not (lemma in lexicon.speech_verbs or lemma in lexicon.stance_verbs)
                or any(c.dep_ in ("nsubj", "nsubjpass") for c in token.children)
                or token.head.i < first or doc[token.i - 1].lower_ != "and"):
            continue
        # the finite verb the second act is joined to in truth: a past tense is not the
        # fellow of an infinitive (`expected costs to ease … and cautioned`)
        top, cue = token.head, range(bisect_left(starts, candidate.cue[0]),
                                     bisect_left(starts, candidate.cue[1]))
        for _ in range(8):
            if _finite(top) or top.head.i == top.i or not (
                    first <= top.head.i < last or top.head.i in cue):
                break
            top = top.head
        subject = next((c for c in top.children if c.dep_ in ("nsubj", "nsubjpass")), None)
        if subject is None or subject.tag_ != "PRP":
            # `Sanders co-sponsored bans and opposed …`: a subject the clause names does
            # the second act too
            continue
        stop = token.i - 2
        while stop > first and (doc[stop].is_punct or doc[stop].is_space):
            stop -= 1
        if stop <= first:
            return None
        candidate.content[-1] = (start, doc[stop].idx + len(doc[stop].text))
        return token.i, (start, end), (subject.idx, subject.idx + len(subject.text))
    return None


def _finite(verb: Token) -> bool:
    """A verb with a tense of its own, or an auxiliary that gives it one (`would order`)."""
    return verb.tag_ in ("VBD", "VBZ", "VBP") or any(
        c.dep_ in ("aux", "auxpass") and c.tag_ in ("MD", "VBD", "VBZ", "VBP") for c in verb.children)


# `manager Gareth Penhaligon all but confirmed`: the parse may set the idiom beside the name.
_TRAILING_CONJUNCTION = re.compile(r",?(?:\s+all)?\s+(?:and|but|or)\Z", re.IGNORECASE)


def _source_before_a_conjunction(text: str, candidate: Candidate) -> None:
    """A source never ends on a conjunction (nor on `all but` before its verb)."""
    if candidate.source is None:
        return
    start, end = candidate.source
    found = _TRAILING_CONJUNCTION.search(text, start, end)
    if found is not None and found.start() > start:
        candidate.source = (start, found.start())


# `said on Monday it had agreed …`: the parse hangs the time on the reported clause, but
# it dates the saying (in train, 58 of 59 contents after `said <time>` leave it out).
_LEADING_TIME = re.compile(
    r"(?:on )?(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|yesterday|today|"
    r"last (?:week|month|year|night)|earlier (?:this|that) (?:week|month)|this week)"
    r"(?: (?:morning|afternoon|evening|night))?,? (?!'|\u2019)")


_JOINED_TAIL = re.compile(r"[-\u2013/]\w+(?:[-\u2013/]\w+)*")


def _content_through_its_word(text: str, candidate: Candidate) -> None:
    """`to beat Rangers 2-1 on Sunday`, where the parse hung `1` elsewhere: a content that
    ends inside a word joined by a hyphen, dash or slash ends after the whole of it."""
    if not candidate.content:
        return
    start, end = candidate.content[-1]
    if 0 < end < len(text) and text[end - 1].isalnum():
        joined = _JOINED_TAIL.match(text, end)
        if joined is not None:
            candidate.content[-1] = (start, joined.end())


def _content_past_time(text: str, candidate: Candidate) -> None:
    if not candidate.content or candidate.cue is None or candidate.that is not None:
        return
    start, end = candidate.content[0]
    if text[candidate.cue[1]:start].strip():
        return  # only a time right after the cue
    found = _LEADING_TIME.match(text, start, end)
    if found is None or found.end() >= end:
        return
    rest = found.end()
    if text.startswith("that ", rest):  # `said Monday that …`: PolNeAR's content keeps it
        candidate.that = (rest, rest + 4)
        rest += 5
    candidate.content[0] = (rest, end)


def _source_past_a_day(doc: Doc, starts: list[int], candidate: Candidate) -> None:
    """`On Sunday Moss posted …`, parsed with `Sunday Moss` as one name: the day after `on`
    is when, not who."""
    if candidate.source is None:
        return
    first = doc[bisect_left(starts, candidate.source[0])]
    after = first.i + 1
    if (first.lower_ in WEEKDAYS and first.i > 0 and doc[first.i - 1].lower_ == "on"
            and after < len(doc) and doc[after].idx < candidate.source[1]
            and doc[after].is_title):
        candidate.source = (doc[after].idx, candidate.source[1])


# Words that open a phrase of where or when (`Outside court,`).
_PLACE_WORDS = frozenset({"outside", "inside", "after", "before", "later", "earlier", "at",
                          "in", "on", "from", "behind", "afterwards"})


def _source_past_an_opening_word(doc: Doc, starts: list[int], candidate: Candidate) -> None:
    """`Backstage, best supporting actor winner Luis Paredes told reporters`, `Outside
    court, Detective Sergeant Amy Doyle … said`: a word or two that open the sentence before
    a comma, in no entity, which the parse makes the subject with the speaker's name set
    beside it, are where the words were said; the source is the name after the comma."""
    if candidate.source is None:
        return
    first = doc[bisect_left(starts, candidate.source[0])]
    if first.i != first.sent.start or not first.is_title:
        return
    after = next((t.i for t in doc[first.i + 1:first.i + 3] if t.text == ","), len(doc))
    head = doc[after - 1]
    if after - first.i == 2 and first.lower_ not in _PLACE_WORDS:
        return  # (`Another critic, Laurence H. Tribe,` is the source whole)
    if (after >= len(doc) or any(t.ent_type_ for t in doc[first.i:after])
            or any(t.head.i != head.i for t in doc[first.i:after - 1])
            or not any(c.dep_ == "appos" and (c.ent_type_ == "PERSON" or c.pos_ == "PROPN")
                       for c in head.children)):
        return
    following = doc[after + 1] if after + 1 < len(doc) else None
    if following is not None and following.idx < candidate.source[1]:
        candidate.source = (following.idx, candidate.source[1])


def _source_past_dateline(text: str, candidate: Candidate) -> None:
    """`MERIDIAN — State health officials confirmed …`: a source that opens its paragraph
    with the dateline starts after it."""
    if candidate.source is not None:
        candidate.source = _past_dateline(text, candidate.source)


def _content_past_dateline(text: str, candidate: Candidate) -> None:
    """A content that opens its paragraph with the dateline starts after it: the place
    the story was filed from is nobody's words."""
    if candidate.content:
        candidate.content[0] = _past_dateline(text, candidate.content[0])


def _past_dateline(text: str, rng: Range) -> Range:
    start, end = rng
    opening = text.rfind("\n", 0, start) + 1
    if opening < start and not _CAPITALS.fullmatch(text, opening, start):
        return rng  # (a range that starts inside the dateline, `CALDER —` of `PORT CALDER
        # —`, starts after it too)
    found = DATELINE.match(text, opening, end)
    return (found.end(), end) if found is not None and start < found.end() < end else rng


_CAPITALS = re.compile(r"[A-ZÀ-ÖØ-Þ][A-ZÀ-ÖØ-Þ.'\- ]*")


_CLAUSE_OPENING = re.compile(r",|\b(?:who|whom|whose|which)\b")
# `His speech, in which he joked …`: the preposition opens the clause with its pronoun.
_PREPOSITION_AT_END = re.compile(r"\b(?:in|of|for|to|with|by|about|on|at|from|during)\s*\Z",
                                 re.IGNORECASE)


def _sources_clear_of_cues(
    doc: Doc, text: str, found: list[Candidate], lexicon: CueLexicon
) -> None:
    """A speaker's mention ends before a clause that reports another statement:
    `Humphrey, who calls Trump a "sociopath," said …` is said by Humphrey, and the clause
    is a statement of its own. (PolNeAR: none of the 18,360 sources in train holds
    another relation's cue; 53 relative clauses that hold one are left out of the
    source.) Only a clause that itself says, believes or names, with the relative pronoun
    (or nobody) as its speaker, counts: `a member who supports Trump` and `Murphy, who
    voted against the bill because he thought …` describe the speaker, and PolNeAR keeps
    the clause. The mention is cut where that clause opens (its relative pronoun, or the
    last comma before the cue); without either it stands."""
    said = [c.cue for c in found if c.cue is not None and _says(doc, c.cue, lexicon)
            and (c.source is None or text[c.source[0]:c.source[1]].lower() in RELATIVE_PRONOUNS)]
    for candidate in found:
        if candidate.source is None:
            continue
        start, end = candidate.source
        inside = [cue[0] for cue in said
                  if start <= cue[0] and cue[1] <= end and cue != candidate.cue]
        if not inside:
            continue
        cuts = [m.start() for m in _CLAUSE_OPENING.finditer(text, start, min(inside))]
        if cuts and cuts[-1] > start:
            kept = _PREPOSITION_AT_END.sub("", text[start:cuts[-1]]).rstrip(" \t\n,")
            if kept:
                candidate.source = (start, start + len(kept))


def _says(doc: Doc, cue: Range, lexicon: CueLexicon) -> bool:
    """Whether a cue holds a verb of saying, believing or naming."""
    span = doc.char_span(*cue, alignment_mode="expand")
    lemmas = [t.lemma_.lower() for t in span or ()]
    return any(lexicon.is_cue_verb(lemma) or lemma in lexicon.naming_verbs for lemma in lemmas)


def _speaks_for_quoted(text: str, found: list[Candidate]) -> None:
    """A first-person source inside a quotation (`"I think the ferry will stop," Brisk
    said`) or inside a labelled line (`FALLIN: I think he can.`) is the person quoted or
    labelled: marks each such candidate with that statement's source."""
    speak_for(text, found, [(rng, c.source) for c in found if c.source is not None
                            for rng in (c.content if _labels(text, c) else c.marked)])


def _source_out_of_content(doc: Doc, text: str, candidate: Candidate) -> None:
    """No PolNeAR source shares a word with its content. A source and cue inside the
    content (`which she plans to do …`) split it around them: `which` | `to do …`. A
    source alone inside a content after the cue (the model's `it` of `unveiled a
    translator that it says works …`) gives way to the subject the parse gives the cue."""
    source, cue = candidate.source, candidate.cue
    if source is None or cue is None:
        return
    for n, (start, end) in enumerate(candidate.content):
        if not (start <= source[0] and source[1] <= end) or (start, end) == source:
            continue  # a fragment that is the source itself is the model's to keep
        if start <= cue[0] and cue[1] <= end and source[1] <= cue[0]:
            before = text[start:source[0]].rstrip()
            after = len(text[cue[1]:end]) - len(text[cue[1]:end].lstrip())
            pieces = [(start, start + len(before))] if before else []
            if cue[1] + after < end:
                pieces.append((cue[1] + after, end))
            candidate.content[n:n + 1] = pieces
        elif start >= cue[1]:
            candidate.source = _parsed_source(doc, candidate)
        return


def _parsed_source(doc: Doc, candidate: Candidate) -> Range | None:
    """For a model relation the model named no source for, the subject the parse gives
    its cue's verb (`said matter-of-factly` after `Texas delegate Bill Eastland,`), as
    the rules find it; never a mention inside the content."""
    if candidate.cue is None:
        return None
    cue = doc.char_span(*candidate.cue, alignment_mode="expand")
    verbs = [t for t in cue or () if t.pos_ in ("VERB", "AUX")]
    if not verbs:
        return None
    verb = verbs[-1]
    source = source_of(verb) or borrowed_source(verb)
    if source is None or any(start < source[1] and source[0] < end
                             for start, end in [*candidate.content, candidate.cue]):
        return None
    return source


def _labels(text: str, candidate: Candidate) -> bool:
    """Whether the candidate is a labelled line: found as one, or a model relation whose
    cue is the label's colon alone."""
    return candidate.origin == "labelled" or (
        candidate.cue is not None and text[candidate.cue[0]:candidate.cue[1]].strip() == ":")


def _labelled_over_nested(labelled: list[Candidate], found: list[Candidate]) -> list[Candidate]:
    """The labelled statements whose words no other candidate claims, except candidates
    whose cue lies inside them: a transcript's turn (`TAPPER: Donald Trump released a
    video …`) is the labelled speaker's, and what is reported inside it stands beside
    it, nested, as inside an interview's answer."""
    if not labelled:
        return []
    taken = _RangeIndex([(rng, other) for other in found for rng in other.content])
    return [c for c in labelled
            if c.content and all(_cue_inside(other, c)
                                 for rng in c.content for other in taken.overlapping(rng))]


def _cue_inside(candidate: Candidate, outer: Candidate) -> bool:
    return candidate.cue is not None and any(
        start <= candidate.cue[0] < end for start, end in outer.content)


def _doubtful_beside_rules(learned: list[Candidate], rules: list[Candidate]) -> list[Candidate]:
    """The model's candidates less those whose doubtful cue (`candidates.DOUBTFUL_CUE`)
    overlaps a rule's cue: there the rules' reading stands (on two sets of held-out train
    articles, letting them replace it cost exact cues and gained nothing end to end)."""
    rule_cues = [c.cue for c in rules if c.cue is not None]
    return [c for c in learned
            if c.origin != DOUBTFUL_CUE or c.cue is None
            or not any(c.cue[0] < end and start < c.cue[1] for start, end in rule_cues)]


def _no_guessed_intent(doc: Doc, found: list[Candidate], interpreted: list[Range],
                      lexicon: CueLexicon) -> list[Candidate]:
    """`the phrase seems to be a signal that she intends to push the plan again`: what a
    speaker intends or believes, inside the writer's speculation, is the writer's guess,
    recorded as an interpretation and not as the speaker's statement."""
    if not interpreted:
        return found
    out = []
    for candidate in found:
        cue = candidate.cue
        if cue is not None and any(start <= cue[0] < end for start, end in interpreted):
            verbs = [t for t in doc.char_span(*cue, alignment_mode="expand") or ()
                     if t.pos_ in ("VERB", "AUX")]
            lemma = verbs[-1].lemma_.lower() if verbs else ""
            if lemma in lexicon.intent_verbs or lemma in lexicon.belief_verbs:
                continue
        out.append(candidate)
    return out


def _outside_interpretations(learned: list[Candidate], spans: list[Range]) -> list[Candidate]:
    """The model's candidates whose cue is not in a sentence of the writer's speculation
    ("It seems that Baker was referring to …" is the writer's reading, recorded as an
    interpretation, never as Baker's statement). The rules' contents, the speakers' own
    words, shield a sentence as they do for the interpretation finder."""
    if not spans:
        return learned
    return [c for c in learned
            if c.cue is None or not any(start <= c.cue[0] < end for start, end in spans)]


COMBINATIONS = ("rules_first", "model_first", "direct_rules_first", "rule_content")


# (`, on the last day of shooting:` may stand between)
_COLON_BEFORE_A_QUOTATION = re.compile(r"(?:,[^\"\u201c\u201d\n:]{1,80})?\s*:\s*[\"\u201c']?\s*")


def _quotation_back_to_its_clause(text: str, quotations: list[Candidate],
                                  kept: list[Candidate]) -> None:
    """`Hartley writes that Edmund told a friend in 2009: "I would give anything …"`, `The
    director also recalled telling her lead actress, …: "Don't play it sad."`: a quotation
    whose own cue lies inside a kept relation's content that a colon joins to it is that
    relation's words too (as PolNeAR marks them). The quoted words stay on record where the
    filter dropped the quotation itself."""
    for quotation in quotations:
        if not quotation.content or quotation.cue is None:
            continue
        start = quotation.content[0][0]
        for relation in kept:
            if (relation is not quotation and relation.content
                    and relation.content[0][0] <= quotation.cue[0]
                    and quotation.cue[1] <= relation.content[-1][1]
                    and _COLON_BEFORE_A_QUOTATION.fullmatch(text, relation.content[-1][1], start)):
                # one run through the colon to the closing mark, as the rules read it
                pieces = [_with_marks(quotation, piece) for piece in quotation.content]
                relation.content[-1] = (relation.content[-1][0], pieces[0][1])
                relation.content.extend(pieces[1:])
                if relation.kind == "indirect":
                    relation.kind = "mixed"
                break


def _no_second_cue_for_quoted_words(found: list[Candidate]) -> list[Candidate]:
    """A model relation whose words all lie inside another relation's content, with its cue
    after that content (`thousands` `drew` for the `"don't really want to win,"` of `he
    said employees … "don't really want to win," drew thousands of angry replies`), gives
    the words a second speaker: a nested relation has its cue inside the words too. (A cue
    before the other content is left alone: that content may be the wrong one.)"""
    def inside(rng: Range, ranges: list[Range]) -> bool:
        return any(a <= rng[0] and rng[1] <= b for a, b in ranges)

    return [c for c in found if not (
        c.origin.startswith("learned") and c.cue is not None and c.content
        and any(other is not c and other.content != c.content
                and inside((c.content[0][0], c.content[-1][1]), other.content)
                and c.cue[0] >= other.content[-1][1] for other in found))]


def combine(
    rules: list[Candidate], learned: list[Candidate], how: str, text: str = ""
) -> list[Candidate]:
    """Rule and model candidates together, the leading side keeping the words both found.

    "rules_first": every rule candidate, plus model candidates on words no rule covered;
    "model_first": the reverse; "direct_rules_first": the rules' direct quotations, then
    the model, then the remaining rule candidates, each on words not yet covered;
    "rule_content": as "direct_rules_first", but a model relation whose cue a rule
    relation shares takes that rule's content (the parse gives better content
    boundaries, the model better cues and sources). With the article's `text`, a model
    source that is only a pronoun gives way to the rule's (see `_RuleCues`).
    """
    if how == "model_first":
        return learned + _not_covered(rules, learned)
    if how not in ("direct_rules_first", "rule_content"):
        return rules + _not_covered(learned, rules)
    # A labelled line (a transcript's turn) leads as a quotation does; as inside a
    # quotation, what either side finds inside it is part of it.
    leading: list[Candidate] = []
    others: list[Candidate] = []
    for c in rules:
        leads = (c.kind == "direct" and c.origin != "named-colon") or _labels(text, c)
        (leading if leads else others).append(c)
    leading, others = _reported_within(leading, others)
    leading = _speakers_from_model(leading, learned)
    if how == "rule_content":
        twins = _RuleCues(others, text)
        quoted = _RangeIndex([(rng, None) for c in leading for rng in c.content])
        learned = [_clear_of(quoted, c, twins.content_for(c)) for c in learned]
    out = leading + _not_covered(learned, leading) + _short_of_quotations(learned, leading, text)
    kept = _not_covered(others, out)
    kept += _around_nested(others, kept, out)
    kept += _nested_within(others, kept, out, text)
    return out + kept + _vouching(text, [c for c in others if c not in kept], out)


def _around_nested(others: list[Candidate], kept: list[Candidate],
                   out: list[Candidate]) -> list[Candidate]:
    """A rule relation whose words hold, whole, every model relation they overlap, cue
    and all (`telling host Naledi Brandt that the ferry scene was the first thing he
    wrote`, where the model read only `the first thing he wrote`): the model found a
    relation nested inside, and the outer one stands beside it."""
    found: list[Candidate] = []
    for candidate in others:
        if (candidate in kept or candidate.cue is None or candidate.origin != "reported"
                or candidate.content[0][0] < candidate.cue[1]):
            continue  # (only words that follow their cue: a fronted clause is the model's)
        start, end = candidate.content[0][0], candidate.content[-1][1]
        inner = [c for c in out if any(s < end and start < e for s, e in c.content)]
        if inner and all(
                c.cue is not None and start <= c.cue[0] and c.cue[1] <= end
                and all(start <= s and e <= end for s, e in c.content) for c in inner):
            found.append(candidate)
    return found


def _nested_within(others: list[Candidate], kept: list[Candidate], out: list[Candidate],
                   text: str) -> list[Candidate]:
    """A rule quotation that lies, source, cue and words, inside the words of every model
    relation it overlaps (`reported that they had split, which Langford later called "the
    longest two weeks of my life"`, where the model read only the outer report): someone
    else's statement nested in the report, which stands beside it."""
    found: list[Candidate] = []
    for candidate in others:
        if (candidate in kept or candidate.cue is None or candidate.source is None
                or candidate.origin != "reported" or candidate.kind != "direct"
                or text[candidate.cue[0]:candidate.cue[1]].startswith("to ")):
            continue  # (the parse's other clauses inside a model's words are mostly parts
            # of them: unquoted, 40 such relations were added on dev and 1 was right)
        mine = [*candidate.content, candidate.cue, candidate.source]
        start = min(s for s, _ in mine)
        end = max(e for _, e in mine)
        outer = [c for c in out if any(s < end and start < e for s, e in c.content)
                 or (c.cue is not None and c.cue[0] < end and start < c.cue[1])]
        if outer and all(any(s <= start and end <= e for s, e in c.content) for c in outer):
            found.append(candidate)
    return found


def _reported_within(
    leading: list[Candidate], others: list[Candidate]
) -> tuple[list[Candidate], list[Candidate]]:
    """A quotation whose cue and words both lie inside a reported clause (`said it had
    reviewed the recipes and found "no evidence …"`) is part of that clause's statement:
    it does not lead, or the model's relation over the whole clause would be cut at it."""
    contents = _RangeIndex([(rng, rng) for c in others for rng in c.content])

    def within(rng: Range) -> bool:
        return any(s <= rng[0] and rng[1] <= e for s, e in contents.overlapping(rng))

    # Only the reported-speech reading's quotations: one the quotation finder attributes
    # (`…, the mother of three replied: "…"`) stands on its own even inside a rule's
    # content that ran on too far.
    inner = [c for c in leading if c.origin == "reported" and c.cue is not None
             and within(c.cue) and all(within(rng) for rng in c.content)]
    if not inner:
        return leading, others
    return [c for c in leading if c not in inner], others + inner


def _speakers_from_model(leading: list[Candidate], learned: list[Candidate]) -> list[Candidate]:
    """A leading quotation the rules found no speaker for takes the speaker of the model's
    relation over the same words and cue: in `Clinton, exasperated, famously responded:
    "What difference …"` the parse hangs `responded` off `exasperated` and the rules see
    no subject, where the model read `Clinton`."""
    if not any(c.source is None for c in leading):
        return leading
    index = _RangeIndex([(rng, c) for c in learned if c.source is not None and c.cue is not None
                         for rng in c.content])
    out = []
    for candidate in leading:
        if candidate.source is None and candidate.cue is not None:
            cue = candidate.cue
            source = next((m.source for rng in candidate.content for m in index.overlapping(rng)
                           if m.cue is not None and m.cue[0] < cue[1] and cue[0] < m.cue[1]),
                          None)
            if source is not None and not any(start < source[1] and source[0] < end
                                              for start, end in candidate.content):
                candidate = replace(candidate, source=source)
        out.append(candidate)
    return out


# A model content's words left beside a quotation it ran into, fewer than this, are a
# remnant of the quotation's own relation rather than a statement of their own.
_MIN_WORDS_BESIDE_QUOTE = 4
_WORD = re.compile(r"\w+")


def _short_of_quotations(
    learned: list[Candidate], leading: list[Candidate], text: str
) -> list[Candidate]:
    """Model relations whose content runs into a leading quotation, with the words beside
    it: `…, noting that he had trailed Clinton by 50 points. "We're going to work …," he
    said` keeps its reported clause, which the overlap would otherwise drop whole. Only
    where the model's cue is its own (not the quotation's, nor inside it), and at least
    four words remain."""
    if not text or not leading:
        return []
    quoted = _RangeIndex([(_with_marks(c, rng), None) for c in leading for rng in c.content])
    leading_cues = _RangeIndex([(c.cue, None) for c in leading if c.cue])
    out = []
    for candidate in learned:
        if not candidate.content or not any(quoted.overlaps(r) for r in candidate.content):
            continue
        if candidate.cue is None or quoted.overlaps(candidate.cue) or leading_cues.overlaps(
                candidate.cue):
            continue
        pieces = [piece for rng in candidate.content for piece in _outside(rng, quoted, text)]
        pieces = [p for p in pieces if len(_WORD.findall(text[p[0]:p[1]])) >= _MIN_WORDS_BESIDE_QUOTE]
        if not pieces:
            continue
        marks = any(ch in text[p[0]:p[1]] for p in pieces for ch in "\"“”")
        # A leading "that" stays only in front of the words it introduced.
        that = candidate.that if pieces[0][0] == candidate.content[0][0] else None
        out.append(replace(candidate, content=pieces, marked=[], that=that,
                           kind=candidate.kind if marks else "indirect"))
    return out


def _with_marks(candidate: Candidate, rng: Range) -> Range:
    """A quotation's content range widened to the marks around it, where it has them."""
    for mark in candidate.marked:
        if mark[0] <= rng[0] and rng[1] <= mark[1]:
            return mark
    return rng


def _outside(rng: Range, taken: _RangeIndex[None], text: str) -> list[Range]:
    """The parts of `rng` that no range in `taken` covers, trimmed of spaces and
    punctuation at their ends."""
    out = []
    for a, b in ranges_outside(rng, taken.ranges):
        while a < b and not text[a].isalnum():
            a += 1
        while b > a and not (text[b - 1].isalnum() or text[b - 1] in ")%"):
            b -= 1
        if a < b:
            out.append((a, b))
    return out


def _clear_of(
    quoted: _RangeIndex[None], own: Candidate, with_rule_content: Candidate
) -> Candidate:
    """The model relation with its twin rule's content, unless that content runs into a
    quotation that leads while the model's own stops short of it: `Carson said he saw no
    need to change anything, telling Stephanopoulos that "we tell the truth"` is two
    relations, and the rule's one content across both would lose the first to the quote."""
    if with_rule_content is own or not any(quoted.overlaps(r) for r in with_rule_content.content):
        return with_rule_content
    if any(quoted.overlaps(r) for r in own.content):
        return with_rule_content
    return replace(own, source=with_rule_content.source)


def _vouching(text: str, dropped: list[Candidate], found: list[Candidate]) -> list[Candidate]:
    """Rule relations of `according to X` whose content holds another's statement
    (`"…," Sanders said, according to CNN.`): X vouches for the whole of it, a relation
    of its own around the nested one, which the overlap with it must not drop."""
    if not text:
        return []
    contents = _RangeIndex([(rng, None) for c in found for rng in c.content])
    cues = _RangeIndex([(c.cue, None) for c in found if c.cue])
    return [c for c in dropped
            if c.cue is not None and text[c.cue[0]:c.cue[1]].lower().startswith("according")
            and not contents.overlaps(c.cue) and not cues.overlaps(c.cue)]


class _RangeIndex(Generic[T]):
    """Items keyed by a character range, sorted by start, so that those overlapping a
    range are found by bisection even when some ranges are long."""

    def __init__(self, keyed: list[tuple[Range, T]]) -> None:
        keyed = sorted(keyed, key=lambda pair: pair[0])
        self.ranges = [rng for rng, _ in keyed]
        self.items = [item for _, item in keyed]
        self.starts = [start for start, _ in self.ranges]
        # reach[k]: the furthest end among the first k ranges, so a range overlaps one of
        # them iff those starting before its end reach past its start.
        self.reach = [0]
        for _, end in self.ranges:
            self.reach.append(max(self.reach[-1], end))

    def overlaps(self, rng: Range) -> bool:
        return self.reach[bisect_left(self.starts, rng[1])] > rng[0]

    def first_overlapping(self, rng: Range) -> T | None:
        """The item with the earliest-starting range that overlaps `rng`."""
        return next(self.overlapping(rng), None)

    def overlapping(self, rng: Range) -> Iterator[T]:
        """The items whose ranges overlap `rng`, earliest-starting first."""
        before_end = bisect_left(self.starts, rng[1])
        if self.reach[before_end] <= rng[0]:
            return
        first = bisect_left(self.reach, rng[0] + 1) - 1  # the first to reach past its start
        for k in range(first, before_end):
            if self.ranges[k][1] > rng[0]:
                yield self.items[k]


# A model source made only of one of these words (or of punctuation) is often the
# nearest source-like run rather than the cue's subject: `Humphrey, who calls Trump a
# "sociopath," said` gave "who", `Carson said he …, telling` gave "he".
_PRONOUN_SOURCES = frozenset({
    "i", "me", "my", "we", "us", "our", "he", "him", "his", "she", "her", "they", "them",
    "their", "it", "its", "who", "whom", "whose", "which", "that", "this",
})


_AUXILIARIES = frozenset({"would", "will", "could", "can", "should", "may", "might", "must",
                          "had", "has", "have", "was", "were", "is", "are"})


class _RuleCues:
    """The rule candidates by cue, to find the one whose cue overlaps a model cue."""

    def __init__(self, rules: list[Candidate], text: str = "") -> None:
        self.index = _RangeIndex([(c.cue, c) for c in rules if c.cue])
        self.text = text

    def content_for(self, candidate: Candidate) -> Candidate:
        """The candidate with the content of the first rule sharing its cue, if any, and
        that rule's source where the model named none, only a pronoun, or words of the
        rule's content after the cue: the parse links a conjoined `X was forced into …
        and said …` to X, and the subject of `X, who …, said` to X, where the model's
        nearest source run stops short or picks "who" (of 10 such changes on held-out
        train articles, 7 named the annotated source, 1 undid a right one, 2 were on
        relations PolNeAR does not mark)."""
        rule = self.index.first_overlapping(candidate.cue) if candidate.cue else None
        if rule is None or self._lost_its_subject(rule, candidate):
            return candidate
        source = candidate.source
        if source is None or (rule.source is not None and self._bare_pronoun(source)
                              and not self._participle_noun(rule)):
            source = rule.source
        elif candidate.cue is not None and any(
                start < source[1] and source[0] < end and start >= candidate.cue[1]
                for start, end in rule.content):
            # the model's `discussions` of `said Lumen was in discussions` (a content
            # before the cue is the rule's to be wrong about: `…, disclosures filed on
            # Sunday night revealed`)
            source = rule.source if rule.source is None or not (
                rule.source[0] < candidate.cue[1] and candidate.cue[0] < rule.source[1]) else None
        merged = replace(candidate, kind=rule.kind, content=list(rule.content),
                         marked=rule.marked, that=rule.that, source=source)
        # The rule's content may start inside the model's wider cue (`expressed` against
        # `did express concern`): the cue keeps those words.
        if self.text:
            content_clear_of_cue(self.text, merged)
        return merged

    def _lost_its_subject(self, rule: Candidate, candidate: Candidate) -> bool:
        """The rule's content opens on an auxiliary whose subject the model's content has
        just before it (`said later start times would make …`, where the parse took
        `later start` for a verb): the model's content stands."""
        if not self.text or not rule.content or not candidate.content or candidate.cue is None:
            return False
        start, end = candidate.content[0]
        rule_start = rule.content[0][0]
        if not candidate.cue[1] <= start < rule_start < end:
            return False
        first = _WORD.match(self.text, rule_start)
        before = self.text[start:rule_start].split()
        return first is not None and first.group().lower() in _AUXILIARIES and 1 <= len(before) <= 4

    def _participle_noun(self, rule: Candidate) -> bool:
        """Whether the rule's source is the noun its participle cue describes (`a group
        backing Cruz`): a reading of the parse alone, which does not overrule a model
        that named someone else, even by a pronoun."""
        if not self.text or rule.source is None or rule.cue is None:
            return False
        between = self.text[rule.source[1]:rule.cue[0]]
        words = self.text[rule.cue[0]:rule.cue[1]].split()
        return (rule.source[1] <= rule.cue[0] and not between.strip() and bool(words)
                and words[0].lower().endswith("ing"))

    def _bare_pronoun(self, source: Range) -> bool:
        if not self.text:
            return False
        words = self.text[source[0]:source[1]].strip().lower()
        return words in _PRONOUN_SOURCES or not any(ch.isalnum() for ch in words)


# Only "whether" always opens a question: "if", "how", "what" … also open conditions
# and statements ("If we lose, we rebuild", "explained how the vote works"). The other
# question words (the rules' list) open a topic when no one is named as saying it.
_QUESTION_OPENER = re.compile(r"whether\b")
_TOPIC_OPENER = re.compile(rf"(?:{'|'.join(sorted(QUESTION_WORDS - {'whether'}))})\b")
_NOT_CUE_POS = frozenset({"PRON", "DET"})
_CLOSING_MARKS = "\"'”’»“ \n\t"


_GIVEN_OCCASIONS = read_wordlist("given_occasions")


def _is_statement(doc: Doc, candidate: Candidate, lexicon: CueLexicon, text: str) -> bool:
    """The learned model follows PolNeAR, which also marks questions and negated or
    speculative speech; onrecord does not count those as statements."""
    if candidate.cue is None:
        return False
    content = text[candidate.content[0][0] : candidate.content[-1][1]].lstrip().lower()
    if _QUESTION_OPENER.match(content) or content.rstrip(_CLOSING_MARKS).endswith("?"):
        return False
    if candidate.source is None and candidate.kind == "indirect":
        # "it is assumed that …", "has reportedly been chatting …": reported speech with
        # no one named as its speaker is the writer's report (PolNeAR marks it; on held-out
        # train articles 27% of these relations were right, and dropping them gained 0.5
        # points end to end in both learned modes)
        return False
    cue = doc.char_span(*candidate.cue, alignment_mode="expand")
    if cue is not None and all(token.pos_ in _NOT_CUE_POS for token in cue):
        return False  # "It" of "It seems that …": a pronoun alone says nothing
    if cue is not None and all(is_bare_auxiliary(token) for token in cue):
        return False  # `has` of `has filed for divorce`: an auxiliary alone says nothing
    last_word = content.rstrip(" .,").rsplit(maxsplit=1)[-1:]
    if (cue is not None and len(cue) == 1 and cue.root.lemma_.lower() in ("give", "deliver")
            and last_word and last_word[0] in _GIVEN_OCCASIONS):
        return False  # `gave her State of the City address`: the occasion, not its words
    after_cue = next((text[start:end].lstrip().lower() for start, end in candidate.content
                      if start >= candidate.cue[1]), content)
    if (_TOPIC_OPENER.match(content) and candidate.source is None) or (
        _TOPIC_OPENER.match(after_cue) and _colon_after(text, candidate.cue)
    ):
        # "why she left the door open" with no speaker, or after a colon ("… ending
        # explained: why she left …", a headline's kicker): a topic, not a statement
        return False
    for token in cue or ():
        if token.pos_ in ("VERB", "AUX") and (
            token.lemma_.lower() in lexicon.question_verbs or is_blocked(token, lexicon)
            or is_goods_recall(token, lexicon)
            or (says_what(token) and candidate.kind == "indirect")  # `what she said: "…"` is hers
        ):
            return False
        if any(child.dep_ == "xcomp" and seeks_an_answer(child, lexicon) for child in token.children):
            return False  # "wanted to know whether ...", as the rules judge it
        if token.tag_ == "VBN" and token.dep_ in ("acl", "advcl") and any(
                child.dep_ == "agent" and child.idx <= candidate.content[0][0]
                and candidate.content[-1][1] <= child.right_edge.idx + len(child.right_edge.text)
                for child in token.children):
            # `a plan, pushed by the company's largest investor`: who did it (not `is
            # intrigued by the opportunity`, whose agent is what was said)
            return False
    return True


_SO_CALLED = re.compile(r"\bso[- ]called\s*$", re.IGNORECASE)


def _unquote_so_called(text: str, candidate: Candidate, quoted: _QuotedRanges) -> None:
    """A mixed report whose every quotation is a so-called one (`to describe the so-called
    "summer of sales"`) quotes nobody: the marks distance the writer from a phrase. It is
    indirect (and so, with no source, the writer's report)."""
    if candidate.kind != "mixed" or not candidate.content:
        return
    inside = quoted.within(candidate.content[0][0], candidate.content[-1][1])
    if inside and all(_SO_CALLED.search(text[max(0, start - 20):start]) for start, _ in inside):
        candidate.kind = "indirect"
        candidate.marked = []


def _headline_end(text: str) -> int:
    """Where the article's headline ends: its first line (after a ` date` header) when that
    line is a title, without a sentence's closing punctuation; 0 when there is none."""
    start, end = first_line(text)
    line = text[start:end].rstrip().rstrip("\"'”’»")
    if not line or line.endswith((".", "!", "?")):
        return 0
    return end


def _colon_after(text: str, cue: Range) -> bool:
    """The cue ends with a colon, or a colon follows it."""
    if text[cue[0]:cue[1]].rstrip().endswith(":"):
        return True
    return text[cue[1]:cue[1] + 3].lstrip().startswith(":")


class LearnedFinder(Protocol):
    # A model whose `reads_rules` is true is called as predict(doc, rule_candidates).
    def predict(self, doc: Doc) -> list[Candidate]: ...


def _not_covered(extra: list[Candidate], found: list[Candidate]) -> list[Candidate]:
    """The candidates of `extra` whose content overlaps no content in `found`."""
    taken = _RangeIndex([(rng, None) for candidate in found for rng in candidate.content])
    return [c for c in extra if c.content and not any(taken.overlaps(rng) for rng in c.content)]


def _drop_sourceless_nested(candidates: list[Candidate], doc: Doc) -> list[Candidate]:
    """A cue inside another statement's content with no speaker of its own
    (`tired of being asked to explain her endings`) is part of that statement; so is a
    quotation whose cue there is a verb of evidence (`Diaz said the result showed that
    "this city voted for hope"`: the words are Diaz's, not the result's)."""
    spans = sorted((c.content[0][0], c.content[-1][1]) for c in candidates)
    starts = [start for start, _ in spans]

    def nested(candidate: Candidate) -> bool:
        if candidate.cue is None:
            return False
        source = candidate.source
        if source is not None and not (
                candidate.kind == "direct" and _evidence_cue(doc, candidate.cue)):
            return False
        cue_start = candidate.cue[0]
        k = bisect_left(starts, cue_start + 1) - 1
        while k >= 0:
            start, end = spans[k]
            if start <= cue_start < end and (start, end) != (
                candidate.content[0][0],
                candidate.content[-1][1],
            ) and (source is None or start <= source[0] < end):
                return True
            if end < cue_start and start < cue_start - 2000:
                break
            k -= 1
        return False

    return [c for c in candidates if not nested(c)]


# (`According to their attorneys, Scott's relatives watched … and said …`: the words are
# the sentence itself, whose subject the joined verb shares)
_ACCORDING = re.compile(r"according\b", re.IGNORECASE)


def _conjuncts_to_their_speaker(doc: Doc, candidates: list[Candidate]) -> None:
    """`Theresa May said this week that the country would … and suggested that it would
    withdraw …`, parsed with `suggested` joined to `declare` inside her words: a reported
    cue with no subject of its own, borrowing one from inside another statement's words
    that hold it, is that statement's speaker's next act; her words end before its `and`
    (PolNeAR's reading, and the speaker's). Changed in place."""
    text = doc_text(doc)
    for candidate in candidates:
        if candidate.origin != "reported" or candidate.cue is None or candidate.source is None:
            continue
        span = doc.char_span(*candidate.cue, alignment_mode="expand")
        verbs = [t for t in span or () if t.pos_ in ("VERB", "AUX")]
        if not verbs or verbs[0].dep_ != "conj" or any(
                c.dep_ in ("nsubj", "nsubjpass", "expl") for c in verbs[0].children):
            continue
        conjunction = next((c for c in verbs[0].head.children
                            if c.dep_ == "cc" and c.i < verbs[0].i), None)
        for outer in candidates:
            if (outer is candidate or outer.source is None or not outer.content
                    or outer.cue is None or _ACCORDING.match(text, outer.cue[0])
                    or not outer.content[0][0] <= candidate.source[0] < outer.content[-1][1]
                    or not outer.content[0][0] <= candidate.cue[0] < outer.content[-1][1]):
                continue
            candidate.source = outer.source
            if conjunction is not None:
                cut = conjunction.idx
                kept = [(a, min(b, cut)) for a, b in outer.content if a < cut]
                if kept:
                    a, b = kept[-1]
                    while b > a and text[b - 1] in " ,;":
                        b -= 1
                    kept[-1] = (a, b)
                    outer.content = [(a, b) for a, b in kept if b > a] or outer.content
            break


_EVIDENCE_VERBS = frozenset({"show", "suggest", "indicate", "reveal", "prove", "demonstrate"})


def _evidence_cue(doc: Doc, cue: Range) -> bool:
    span = doc.char_span(*cue, alignment_mode="expand")
    return span is not None and any(t.pos_ == "VERB" and t.lemma_.lower() in _EVIDENCE_VERBS
                                    for t in span)


def _outside_markup(candidates: list[Candidate], text: str) -> list[Candidate]:
    """Drop candidates that reach into a markup tag (`<tweet author="...">`): the parse
    reads tag names as verbs ("tweet") and attributes as words, none of it speech."""
    tags = markup_spans(text) if "<" in text else []
    if not tags:
        return candidates
    starts = [start for start, _ in tags]

    def touches_tag(rng: Range) -> bool:
        k = bisect_left(starts, rng[1]) - 1  # the last tag starting before rng ends
        return k >= 0 and tags[k][1] > rng[0]

    kept = []
    for candidate in candidates:
        ranges = list(candidate.content)
        ranges += [rng for rng in (candidate.cue, candidate.source) if rng is not None]
        if not any(touches_tag(rng) for rng in ranges):
            kept.append(candidate)
    return kept
