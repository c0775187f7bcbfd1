"""The learned models' spans, shaped by the parse as the rules shape theirs.

A tagger reads tokens, not phrases: its spans often stop inside a phrase (`saw the`, `a dire
portrait of a lawless`), start inside one (`officials` of `current and former officials`),
end a cue on a function word (`had`, `continued to`) or name a passive's subject as the
speaker. Each step here mends one such habit from the parse, in PolNeAR's conventions (the
train counts behind each are in docs/model.md, "Tenth session" and "Eleventh session"),
and leaves a span the parse cannot judge as the model read it.
"""

from __future__ import annotations

import re
from bisect import bisect_left

from spacy.tokens import Doc, Span, Token

from .candidates import DOUBTFUL_CUE, Candidate, Range
from .doccache import doc_text
from .lexicon import cue_lexicon, read_wordlist
from .quotes import holds_double_quotation
from .reported import (
    RECIPIENT_VERBS,
    before_the_occasion,
    complement_end,
    cue_end_after_verb,
    cue_first_token,
    cue_range,
    is_bare_auxiliary,
    is_focus_adverb,
    is_writers_impression,
    raised_subject,
    reached_for_comment,
    seeming_subject,
    source_of,
    with_relative_lead,
)
from .speakers import name_taken_for_an_adverb


def shape_learned_candidate(doc: Doc, starts: list[int], candidate: Candidate) -> None:
    """Every step below, in order, on one model candidate (changed in place); `starts` are
    the Doc's token offsets (`doccache.token_starts`)."""
    _keep_to_the_cues_paragraph(doc_text(doc), candidate)
    _complete_cue(doc, starts, candidate)
    _cue_on_to_its_verb(doc, starts, candidate)
    _the_means_is_no_source(doc, starts, candidate)
    _extend_cue_start(doc, starts, candidate)
    _doubtful_cue_as_the_rules_cut_it(doc, starts, candidate)
    _drop_passive_source(doc, starts, candidate)
    _participle_speaker(doc, starts, candidate)
    _source_inside_subject(doc, starts, candidate)
    _source_past_a_comma(doc, starts, candidate)
    _source_short_of_a_preposition(doc, starts, candidate)
    _source_short_of_a_participle(doc, starts, candidate)
    _source_not_whom_it_was_said_to(doc, starts, candidate)
    _source_named_before_the_cue(doc, starts, candidate)
    _complete_source_start(doc, starts, candidate)
    _complete_source_end(doc, starts, candidate)
    _source_not_a_participles_agent(doc, starts, candidate)  # (on the whole name)
    _source_not_in_a_phrase_of_the_cue(doc, starts, candidate)
    _source_through_its_clause(doc, starts, candidate)
    _source_through_a_name_read_as_an_adverb(doc, starts, candidate)
    _shape_by_parse(doc, starts, candidate)
    _take_seeming_subject(doc, starts, candidate)
    _stop_before_the_cues_next_predicate(doc, starts, candidate)
    _no_dangling_conjunction(doc, starts, candidate)
    _short_of_the_occasion(doc, candidate)
    _no_verb_for_a_source(doc, starts, candidate)
    _no_content_inside_the_source(candidate)
    _no_antecedent_for_content(doc_text(doc), candidate)
    _roles_apart(doc, starts, candidate)


def _outside_the_cues_paragraph(text: str, candidate: Candidate, piece: Range) -> bool:
    """`The council approved it in 2008.` + a heading, `GROWING UP`: a piece of content in
    another paragraph than its cue's, with no quotation mark in or right around it, and
    not the words a colon ending the cue's paragraph introduces (`The governor added:`).
    Of the 19,832 train contents, one crosses a line break outside quotation marks."""
    if candidate.cue is None:
        return False
    start, end = piece
    cue_start, cue_end = candidate.cue
    between = text[min(end, cue_start):max(start, cue_end)]
    if "\n" not in between or holds_double_quotation(text, max(0, start - 2), end + 2):
        return False
    introduced = text[cue_start:cue_end].rstrip().endswith(":") or between.strip() == ":"
    return not (start >= cue_end and introduced)


def wholly_outside_the_cues_paragraph(text: str, candidate: Candidate) -> bool:
    """`The room applauded.` + the next paragraph's `The developer`: every piece of the
    content lies in another paragraph than its cue, unquoted and not introduced by a
    colon (`_outside_the_cues_paragraph`)."""
    return bool(candidate.content) and all(
        _outside_the_cues_paragraph(text, candidate, piece) for piece in candidate.content)


def _keep_to_the_cues_paragraph(text: str, candidate: Candidate) -> None:
    """The model's content pieces outside the cue's paragraph are not its content; where
    no piece is left, the relation is left as the model gave it (`combine` may still pair
    its cue with a rule relation's)."""
    kept = [piece for piece in candidate.content
            if not _outside_the_cues_paragraph(text, candidate, piece)]
    if candidate.cue is not None and (source := candidate.source) is not None:
        # `…, "with one small betrayal": she adds anchovies`: words before a colon or a
        # semicolon that ends them are no content of a cue after it (none of the 3,140
        # contents before their cue in train is cut off from it so)
        closed = [piece for piece in kept if piece[1] <= source[0] < candidate.cue[0]
                  and any(mark in text[piece[1]:source[0]] for mark in (":", ";"))]
        kept = [piece for piece in kept if piece not in closed] if closed else kept
    if kept:
        candidate.content[:] = kept


def _roles_apart(doc: Doc, starts: list[int], candidate: Candidate) -> None:
    """No word is two roles at once: the model tags each role on its own, and gives
    `expressed admiration` as the cue of `admiration for Mr. Clinton's skills`, or `few
    express enthusiasm` as the source of `express enthusiasm about`. PolNeAR never lets a
    relation's cue share a word with its content or source. The content gives way to the
    cue; a source running into the cue gives way to it, unless the cue's words past the
    source hold its verb (`North Carolina legislation` + `legislation restricting`: the
    cue is `restricting`)."""
    cue = candidate.cue
    if cue is None:
        return
    text = doc_text(doc)  # doc.text rebuilds the article: once per candidate was quadratic
    content_clear_of_cue(text, candidate)
    source = candidate.source
    if source is None or not source[0] < cue[0] < source[1]:
        return
    past_source = [doc[i] for i in range(bisect_left(starts, source[1]), bisect_left(starts, cue[1]))]
    if any(t.pos_ in ("VERB", "AUX") for t in past_source):
        candidate.cue = (past_source[0].idx, cue[1])
    elif text[source[0]:cue[0]].strip():
        candidate.source = (source[0], source[0] + len(text[source[0]:cue[0]].rstrip()))


def source_clear_of_content(text: str, candidate: Candidate) -> None:
    """A source that runs into its content stops where the content starts (`According to
    producer Tomas Reyes, the studio wanted …`, the model's source given the rules' longer
    content when the two are combined): in PolNeAR's train split no source shares a word
    with its content."""
    source = candidate.source
    if source is None:
        return
    for start, end in candidate.content:
        if source[0] < start < source[1] < end:  # a content inside the source is left alone
            kept = text[source[0]:start].rstrip(" \t\n,;:")
            candidate.source = (source[0], source[0] + len(kept)) if kept.strip() else None
            return


_THAT = re.compile(r"that\s+", re.IGNORECASE)


def content_clear_of_cue(text: str, candidate: Candidate) -> None:
    """The content gives way where it shares words with the cue (`did express concern` +
    `concern that donors …`: the content starts at `that`); of such pairs in held-out
    train articles, PolNeAR's cue kept the shared words in three of four."""
    cue = candidate.cue
    if cue is None or not candidate.content:
        return
    start, end = candidate.content[0]
    if cue[0] <= start < cue[1] < end:
        start = _skip_space(text, cue[1], end)
        that = _THAT.match(text, start, end)
        if that is not None and candidate.that is None:
            # The complementiser stands apart from the content, as everywhere else.
            candidate.that = (start, start + 4)
            start = that.end()
        candidate.content[0] = (start, end)
    start, end = candidate.content[-1]
    if start < cue[0] < end <= cue[1]:
        candidate.content[-1] = (start, start + len(text[start:cue[0]].rstrip()))


def _skip_space(text: str, position: int, end: int) -> int:
    while position < end and text[position].isspace():
        position += 1
    return position


def _take_seeming_subject(doc: Doc, starts: list[int], candidate: Candidate) -> None:
    """`Trump seemed to appreciate …`, `seemed` the cue's last verb, is the writer's
    impression (`reported.is_writers_impression`): no one is its source, and Trump joins
    the content before the cue if the model left him out. Last, so that no step fills
    the gap the cue leaves."""
    if candidate.cue is None or not candidate.content or candidate.kind == "direct":
        return
    verb = _cue_verb(doc, starts, candidate.cue)
    if verb is None or not is_writers_impression(verb):
        return
    candidate.source = None
    subject = seeming_subject(verb)
    if subject is not None and candidate.content[0][0] >= candidate.cue[1]:
        candidate.content.insert(0, subject)


def _doubtful_cue_as_the_rules_cut_it(doc: Doc, starts: list[int], candidate: Candidate) -> None:
    """A cue the model is less sure of holds a speech or belief verb
    (`candidates.DOUBTFUL_CUE`): it is cut as the rules cut that verb's cue
    (`reported.cue_range`, with a preposition its content follows, `responded to`), not
    run on as the model ran it (`responded Friday to reports`, `noted in`)."""
    if candidate.origin != DOUBTFUL_CUE or candidate.cue is None:
        return
    lexicon = cue_lexicon()
    verbs = [doc[i] for i in range(bisect_left(starts, candidate.cue[0]),
                                   bisect_left(starts, candidate.cue[1]))
             if doc[i].pos_ == "VERB" and lexicon.is_cue_verb(doc[i].lemma_.lower())]
    if not verbs:
        return
    verb = verbs[-1]
    cue = cue_range(verb, lexicon)
    after = bisect_left(starts, cue[1])
    while after < len(doc) and doc[after].is_space:
        after += 1
    if (after + 1 < len(doc) and doc[after].dep_ == "prep" and doc[after].head.i == verb.i
            and candidate.content and candidate.content[0][0] == doc[after + 1].idx):
        cue = (cue[0], doc[after].idx + len(doc[after].text))
    candidate.cue = cue


def _shape_by_parse(doc: Doc, starts: list[int], candidate: Candidate) -> None:
    """A model content shaped as the rules shape theirs around a verb cue: one that stops
    at the verb's object runs on over what the verb says of it (`criticized Trump` →
    `criticized Trump for embracing debt`, `reported.complement_end`), and a sourceless
    `to win` of `X is expected to win` takes X (`reported.raised_subject`)."""
    if candidate.cue is None or not candidate.content or candidate.kind == "direct":
        return
    _fill_small_gaps(doc, starts, candidate)
    _take_infinitive_marker(doc, starts, candidate)
    _complete_last_phrase(doc, starts, candidate)
    _stop_at_the_noun_clause(doc, starts, candidate)
    _stop_at_the_sentence_end(doc, starts, candidate)
    verb = _cue_verb(doc, starts, candidate.cue)
    if verb is None:
        return
    _take_raised_subject(verb, candidate)
    _take_object_complements(verb, candidate)
    _stop_before_adverbial_clause(verb, candidate)
    _take_relative_lead(doc, starts, verb, candidate)


def _stop_before_the_cues_next_predicate(doc: Doc, starts: list[int], candidate: Candidate) -> None:
    """A model content that runs on over `and` into a second predicate of the cue's own
    subject (`says she wants to establish a safe zone … and has expressed support for …`,
    `accepted the emails as classified and redacted details …`) stops before it: that
    predicate is the subject's next act or statement, not what the cue says (a second
    `that` clause, `and that …`, stays: `_with_a_second_clause`)."""
    if candidate.cue is None or not candidate.content:
        return
    verb = _cue_verb(doc, starts, candidate.cue)
    if verb is None:
        return
    start, end = candidate.content[-1]
    for conj in verb.rights:
        if conj.dep_ != "conj" or conj.pos_ not in ("VERB", "AUX") or not start < conj.idx < end:
            continue
        cc = next((c for c in verb.children if c.dep_ == "cc" and c.i < conj.i), None)
        opener = doc[conj.left_edge.i]
        if cc is None or cc.idx <= start or opener.lower_ == "that":
            continue
        if any(t.tag_ in ("WDT", "WP", "WP$") for t in doc[bisect_left(starts, start):cc.i]):
            return  # `the crime bill, which put …, but also led to …`: may be the relative
            # clause's second predicate, whatever the parse hangs it on
        stop = _back_over_punctuation(doc, starts, cc.i - 1, start)
        if starts[stop] > start:
            candidate.content[-1] = (start, doc[stop].idx + len(doc[stop].text))
        return


def _short_of_the_occasion(doc: Doc, candidate: Candidate) -> None:
    """A model content ends before the occasion the words were given on, as the rules'
    do (`thanked moviegoers in a post on X`, `reported.before_the_occasion`)."""
    if candidate.content:
        candidate.content[-1] = before_the_occasion(doc, candidate.content[-1])


def _back_over_punctuation(doc: Doc, starts: list[int], i: int, start: int) -> int:
    """The last token at or before `i` that is a word, stepping back no further than the
    first token after `start`."""
    while i > 0 and (doc[i].is_punct or doc[i].is_space) and starts[i] > start:
        i -= 1
    return i


def _no_dangling_conjunction(doc: Doc, starts: list[int], candidate: Candidate) -> None:
    """A model content that ends on `and`, `or` or `but` (`that the slumping economy would
    soon rebound and`), or on the relative pronoun of a clause it leaves out (`a post on X
    mocking rival fans, which`), ends before it."""
    if not candidate.content:
        return
    start, end = candidate.content[-1]
    last_i = _back_over_punctuation(doc, starts, bisect_left(starts, end) - 1, start)
    if last_i <= 0 or starts[last_i] <= start or doc[last_i].lower_ not in (
            "and", "or", "but", "which", "who"):
        return
    stop = _back_over_punctuation(doc, starts, last_i - 1, start)
    if starts[stop] > start or stop == bisect_left(starts, start):
        candidate.content[-1] = (start, doc[stop].idx + len(doc[stop].text))


def _subject_of_the_cues_clause(token: Token, cue: Range | None) -> bool:
    """`she` of `his claim that she promised …`: the subject of the clause the cue
    governs, with that clause's verb still to come."""
    if cue is None or token.dep_ not in ("nsubj", "nsubjpass") or token.head.i <= token.i:
        return False
    clause = token.head
    return clause.dep_ in ("ccomp", "acl") and cue[0] <= clause.head.idx < cue[1]


def _stop_at_the_noun_clause(doc: Doc, starts: list[int], candidate: Candidate) -> None:
    """`his claim that she promised frozen fares is misleading`: the content of a noun cue
    that is its sentence's subject is the noun's clause; what the sentence goes on to say
    of the claim is the writer's."""
    assert candidate.cue is not None
    for i in range(bisect_left(starts, candidate.cue[0]), bisect_left(starts, candidate.cue[1])):
        noun = doc[i]
        if noun.pos_ != "NOUN" or noun.dep_ not in ("nsubj", "nsubjpass"):
            continue
        clause = next((c for c in noun.children if c.dep_ in ("acl", "ccomp") and c.i > i), None)
        if clause is None or noun.head.i <= clause.right_edge.i:
            continue
        last = clause.right_edge.i
        while last > clause.i and (doc[last].is_punct or doc[last].is_space):
            last -= 1
        clause_end = doc[last].idx + len(doc[last].text)
        start, end = candidate.content[-1]
        if start <= clause.idx < end and end > clause_end:
            candidate.content[-1] = (start, clause_end)
        return


def _stop_at_the_sentence_end(doc: Doc, starts: list[int], candidate: Candidate) -> None:
    """`Some writers wanted her to knock on the door. Whitlock did not.`: a content with no
    quotation mark that runs out of its cue's sentence into one with a subject of its own
    stops where the cue's sentence does."""
    assert candidate.cue is not None
    start, end = candidate.content[-1]
    text = doc_text(doc)
    if len(candidate.content) > 1 or holds_double_quotation(text, start, end):
        return
    sentence = doc[bisect_left(starts, candidate.cue[0])].sent
    if not (sentence.start_char <= start < sentence.end_char < end):
        return
    following = doc[sentence.end].sent if sentence.end < len(doc) else None
    if following is None or not any(child.dep_ in ("nsubj", "nsubjpass")
                                    for child in following.root.children):
        return
    if _ends_on_an_abbreviation(text, sentence):
        return  # `former U.S. Sen. Gordon Humphrey`: the parser's sentence ends on a title
    last = sentence.end - 1
    while last > sentence.start and (doc[last].is_punct or doc[last].is_space):
        last -= 1
    stop = doc[last].idx + len(doc[last].text)
    if stop > start:
        candidate.content[-1] = (start, stop)


# A title's or a state's abbreviation (`Sen.`, `Conn.`, `(D-Conn.`) ends no sentence,
# whatever the parser says.
_ABBREVIATION_END = re.compile(
    r"\(?(?:[A-Z]-)?(?:Sen|Rep|Gov|Gen|Lt|Col|Sgt|Capt|Maj|Adm|Dr|Mr|Mrs|Ms|Rev|Prof|St|"
    r"Ala|Ariz|Ark|Calif|Colo|Conn|Del|Fla|Ga|Ill|Ind|Kan|Ky|La|Md|Mass|Mich|Minn|Miss|Mo|"
    r"Mont|Neb|Nev|Okla|Ore|Pa|Tenn|Tex|Va|Vt|Wash|Wis|Wyo)\.")


def _ends_on_an_abbreviation(text: str, sentence: Span) -> bool:
    words = text[sentence.start_char:sentence.end_char].split()
    return bool(words) and _ABBREVIATION_END.fullmatch(words[-1]) is not None


def _sentence_end(token: Token) -> int:
    """One past the token's sentence, where a sentence the parser ends on a title's or a
    state's abbreviation (`former U.S. Sen.` before `Gordon Humphrey`) runs on."""
    doc = token.doc
    sentence = token.sent
    for _ in range(3):
        if sentence.end >= len(doc) or not _ends_on_an_abbreviation(doc_text(doc), sentence):
            break
        sentence = doc[sentence.end].sent
    return sentence.end


# Dependents that lean on a word after them: a content ending on one of these stops
# inside a phrase (`a dire portrait of a lawless`, `saw the`, `Arizona's`).
_LEANING_DEPS = frozenset({"det", "poss", "amod", "compound", "nummod", "case", "quantmod",
                           "nmod", "predet", "aux", "auxpass", "neg", "prep", "mark"})
# ... or that heads a word it needs after it (`for supporting` without its `him`).
_CORE_DEPS = frozenset({"dobj", "pobj", "pcomp", "xcomp", "ccomp", "attr", "acomp", "prt",
                        "oprd", "dative"})
_SET_OFF = frozenset({",", ";", ":", "—", "–", "-", "(", "["})


def _phrase_end(token: Token) -> int:
    """The last token of `token`'s phrase, leaving out what a comma or dash sets off."""
    doc = token.doc
    end = token.i
    for child in token.rights:
        if child.left_edge.i > 0 and doc[child.left_edge.i - 1].text in _SET_OFF:
            break
        end = max(end, _phrase_end(child))
    return end


def _take_infinitive_marker(doc: Doc, starts: list[int], candidate: Candidate) -> None:
    """A model content that starts on an infinitive takes its "to", from the cue too
    (`promised to | rip up` → `promised | to rip up`): PolNeAR's contents start with it
    (361 times in train, against 19 with the "to" left before them)."""
    start, end = candidate.content[0]
    first = bisect_left(starts, start)
    if first == 0 or first >= len(doc):
        return
    marker = doc[first - 1]
    verb = marker.head
    if (marker.lower_ != "to" or marker.dep_ != "aux" or not start <= verb.idx < end
            or any(token.pos_ not in ("ADV", "PART") for token in doc[first:verb.i])):
        return  # only adverbs may stand between the "to" and its verb
    cue = candidate.cue
    if cue is not None and cue[0] <= marker.idx < cue[1]:
        if marker.idx <= cue[0] or first - 2 < 0:
            return  # the cue is nothing but the "to"
        before = doc[first - 2]
        if before.idx < cue[0]:
            return
        candidate.cue = (cue[0], before.idx + len(before.text))
    candidate.content[0] = (marker.idx, end)


_SMALL_GAP = 3  # tokens


def _fill_small_gaps(doc: Doc, starts: list[int], candidate: Candidate) -> None:
    """A model content with a hole of a few words that are neither its cue nor its
    source (`himself | a change agent`), within a paragraph, is one stretch of words."""
    others = [rng for rng in (candidate.cue, candidate.source) if rng is not None]
    merged = [candidate.content[0]]
    for start, end in candidate.content[1:]:
        gap_start, gap_end = merged[-1][1], start
        gap = doc[bisect_left(starts, gap_start):bisect_left(starts, gap_end)]
        words = [token for token in gap if not token.is_space]
        if (len(words) <= _SMALL_GAP
                and not any(a < gap_end and gap_start < b for a, b in others)
                and not any("\n" in token.text for token in gap)):
            merged[-1] = (merged[-1][0], end)
        else:
            merged.append((start, end))
    candidate.content[:] = merged


def _complete_last_phrase(doc: Doc, starts: list[int], candidate: Candidate) -> None:
    """A model content whose last word leans on a word after it (`saw the`), or lacks
    the object or complement it heads (`for supporting`), runs on to the end of that
    phrase (`saw the incident`, `for supporting him`), within its sentence and short of
    a cue after it."""
    start, end = candidate.content[-1]
    last_i = bisect_left(starts, end) - 1
    if last_i >= 0:
        last_i = _back_over_punctuation(doc, starts, last_i, start)
    if last_i < 0 or starts[last_i] < start:
        return
    last = doc[last_i]
    if last.dep_ == "case" and last.head.i < last_i:
        last = last.head  # `the Democrats'`: the possessor leans on what it possesses
    if last.dep_ in _LEANING_DEPS and last.head.i > last.i:
        head = last.head
        while (head.dep_ in ("compound", "amod", "nmod") and head.head.i > head.i
               and not any(t.text in _SET_OFF or t.is_quote or t.is_space
                           for t in doc[last.i + 1:head.head.i])):
            head = head.head  # `former` of `former U.S. Sen. Gordon Humphrey`: to the noun
        phrase_end = _phrase_end(head)
    elif _subject_of_the_cues_clause(last, candidate.cue):
        phrase_end = _phrase_end(last.head)  # `claim that she` → `… she promised frozen fares`
    elif any(child.dep_ in _CORE_DEPS and child.i > last_i for child in last.rights):
        phrase_end = _phrase_end(last)
    else:
        return  # a whole phrase: what follows is the model's to leave out
    limit = _sentence_end(last) - 1
    if candidate.cue is not None and candidate.cue[0] >= end:
        limit = min(limit, bisect_left(starts, candidate.cue[0]) - 1)
    phrase_end = min(phrase_end, limit)
    while phrase_end > last_i and (doc[phrase_end].is_punct or doc[phrase_end].is_space):
        phrase_end -= 1
    if phrase_end > last_i:
        tail = doc[phrase_end]
        candidate.content[-1] = (start, tail.idx + len(tail.text))


# Passives of feeling (`Republicans were incensed that …`): their subject is the source.
_FEELING_PASSIVES = read_wordlist("feeling_passives")


def _drop_passive_source(doc: Doc, starts: list[int], candidate: Candidate) -> None:
    """A passive cue with no agent named (`the deal was announced`, `Mr. Sanders is seen
    as …`) names no speaker, whatever mention the model linked to it: in train, such
    relations have no source 182 times in 215, and where the passive's subject is in a
    relation at all it is in the content 163 times and the source 28, nearly all of
    those passives of feeling (`is assured`, `was worried`), which keep their source.
    The relation is then sourceless."""
    if candidate.source is None or candidate.cue is None:
        return
    verb = _cue_verb(doc, starts, candidate.cue)
    if verb is None:
        return
    if (any(child.dep_ == "agent" and not _by_a_time(child) for child in verb.children)
            or verb.lemma_.lower() in _FEELING_PASSIVES):
        return
    if any(child.dep_ == "auxpass" for child in verb.children):
        candidate.source = None
        return
    subject = next((child for child in verb.children if child.dep_ == "nsubjpass"), None)
    if subject is None:
        return
    left, right = doc[subject.left_edge.i].idx, doc[subject.right_edge.i]
    start, end = candidate.source
    if start < right.idx + len(right.text) and left < end:
        candidate.source = None


def _by_a_time(agent: Token) -> bool:
    """`A decision is expected by June`: a `by` that names a time names no agent."""
    return any(child.dep_ == "pobj" and child.ent_type_ in ("DATE", "TIME")
               for child in agent.children)


def _cue_on_to_its_verb(doc: Doc, starts: list[int], candidate: Candidate) -> None:
    """A model cue that is only an auxiliary (`has` of `has lobbed misleading criticisms`)
    runs on to the verb it serves, which says what was done (PolNeAR's cue: `has
    lobbed`)."""
    if candidate.cue is None:
        return
    tokens = [t for t in doc[bisect_left(starts, candidate.cue[0]):
                             bisect_left(starts, candidate.cue[1])] if not t.is_space]
    if not tokens or not all(is_bare_auxiliary(t) for t in tokens):
        return
    verb = tokens[-1].head
    if verb.pos_ not in ("VERB", "AUX") or not 0 < verb.i - tokens[-1].i <= 3:
        return
    end = verb.idx + len(verb.text)
    candidate.cue = (candidate.cue[0], end)
    # a content that opened on the verb (`lobbed misleading criticisms …`) starts after it
    text = doc_text(doc)
    pieces = [(_skip_space(text, end, stop), stop) if start < end < stop else (start, stop)
              for start, stop in candidate.content if not candidate.cue[0] <= start < stop <= end]
    kept = [(start, stop) for start, stop in pieces if start < stop]
    if kept:
        candidate.content = kept


def _no_content_inside_the_source(candidate: Candidate) -> None:
    """A content piece lying inside the source (`The opposition's health spokesperson` of
    `The opposition's health spokesperson, Fiona Grant, accused him of …`, where the model
    also took the subject for content) is the speaker, not the words; the other pieces
    stay (no PolNeAR source shares a word with its content)."""
    source = candidate.source
    if source is None or len(candidate.content) < 2:
        return
    kept = [(a, b) for a, b in candidate.content if not (source[0] <= a and b <= source[1])]
    if kept:
        candidate.content = kept


def _no_antecedent_for_content(text: str, candidate: Candidate) -> None:
    """`older adults … the journal that published it`: with a relative pronoun for its
    source, a content piece before that pronoun is the noun phrase the clause hangs on,
    not the words (1 of 568 such train relations has one)."""
    source = candidate.source
    if (source is None or len(candidate.content) < 2
            or text[source[0]:source[1]].strip().lower() not in ("that", "which", "who")):
        return
    kept = [(a, b) for a, b in candidate.content if b > source[0]]
    if kept:
        candidate.content = kept


def _no_verb_for_a_source(doc: Doc, starts: list[int], candidate: Candidate) -> None:
    """A model source that is only a verb in lower case (`drew` of `drew shouts of
    "Skandale!" from a handful of seats`) names no one: none of 4,410 sources in a quarter
    of train is one (the five all-verb ones are names the tagger misread: `Gillibrand`)."""
    if candidate.source is None:
        return
    words = [t for t in doc[bisect_left(starts, candidate.source[0]):
                            bisect_left(starts, candidate.source[1])]
             if not (t.is_punct or t.is_space)]
    if words and all(t.tag_.startswith("VB") and t.text.islower() for t in words):
        candidate.source = None


def _participle_speaker(doc: Doc, starts: list[int], candidate: Candidate) -> None:
    """A cue that is a participle clause of the sentence's verb (`Trump toured the plant,
    saying …`, `… mocking the paper's endorsement`) is spoken by that verb's subject, not
    by the mention the model found nearest (`the plant`): in train, where such a cue has
    no subject of its own and the parse's is a noun phrase, it holds the gold source 256
    times in 302. A pronoun subject is left to the model, which often names the person
    it stands for."""
    if candidate.cue is None or candidate.source is None:
        return  # a relation the model gave no speaker is left without one
    verb = _cue_verb(doc, starts, candidate.cue)
    if (verb is None or verb.tag_ != "VBG" or verb.dep_ != "advcl" or verb.head.dep_ != "ROOT"
            or any(child.dep_ in ("nsubj", "nsubjpass") for child in verb.children)):
        return
    subject = source_of(verb)
    if subject is None:
        return
    if candidate.source[0] < subject[1] and subject[0] < candidate.source[1]:
        return
    words = [token for token in doc[bisect_left(starts, subject[0]):bisect_left(starts, subject[1])]
             if not (token.is_punct or token.is_space)]
    if words and not all(token.pos_ == "PRON" for token in words):
        candidate.source = subject


def _source_inside_subject(doc: Doc, starts: list[int], candidate: Candidate) -> None:
    """A model source inside the cue's subject but without its head word (`of Flint,
    Mich.,` of `Cory James, 22, of Flint, Mich., said`; `City Hall,` of `Ross, who spent
    the morning near City Hall, described`) is a word near the cue, not the speaker: the
    subject the parse gives takes its place."""
    if candidate.source is None or candidate.cue is None:
        return
    verb = _cue_verb(doc, starts, candidate.cue)
    subject = source_of(verb) if verb is not None else None
    if subject is None or candidate.source == subject:
        return
    words = [token for token in doc[bisect_left(starts, candidate.source[0]):
                                    bisect_left(starts, candidate.source[1])]
             if not (token.is_punct or token.is_space)]
    first, last = bisect_left(starts, subject[0]), bisect_left(starts, subject[1])
    if not words:  # only a bracket or comma of the subject
        if subject[0] <= candidate.source[0] < subject[1]:
            candidate.source = subject
        return
    heads = [token for token in doc[first:last] if not first <= token.head.i < last]
    # The subject's words run on past the source the parse gives, over the participle
    # it leaves out (`Dr. Helena Voss, responding to a question from … Cathy Ruiz,`).
    reach = max([last, *(token.right_edge.i + 1 for token in heads)])
    if not (first <= words[0].i and words[-1].i < reach):
        return
    if heads and not any(words[0].i <= token.i <= words[-1].i for token in heads):
        candidate.source = subject


def _source_past_a_comma(doc: Doc, starts: list[int], candidate: Candidate) -> None:
    """A model source that ends on the cue's subject but starts before a comma ahead of
    it (`producer Tomas Reyes, the studio` of `According to producer Tomas Reyes, the
    studio wanted …`) takes in words of another phrase: the subject alone is the source."""
    if candidate.source is None or candidate.cue is None:
        return
    verb = _cue_verb(doc, starts, candidate.cue)
    subject = source_of(verb) if verb is not None else None
    if subject is None or not candidate.source[0] < subject[0] < subject[1] == candidate.source[1]:
        return
    if doc_text(doc)[candidate.source[0]:subject[0]].rstrip().endswith(","):
        candidate.source = subject


def _source_short_of_a_participle(doc: Doc, starts: list[int], candidate: Candidate) -> None:
    """A model source that stops inside the participle a comma sets off after the name
    (`Lindholm, reached` of `Lindholm, reached by email, said`) ends at the comma: the
    participle says how the speaker came to speak, which PolNeAR's sources leave out (the
    rules' `_subject_range` does the same for a present participle)."""
    if candidate.source is None or candidate.cue is None:
        return
    first = bisect_left(starts, candidate.source[0])
    last = bisect_left(starts, candidate.source[1]) - 1
    for token in doc[first + 1:last + 1]:
        if ((token.tag_ == "VBG" or reached_for_comment(token)) and token.dep_ == "acl"
                and doc[token.i - 1].text == "," and first <= token.head.i < token.i - 1
                and token.right_edge.i > last):
            before = doc[token.i - 2]
            candidate.source = (candidate.source[0], before.idx + len(before.text))
            return


def _source_short_of_a_preposition(doc: Doc, starts: list[int], candidate: Candidate) -> None:
    """A model source that runs over a comma into a phrase `to` opens (`Owen Brandt, to
    his staff` of `a memo sent by … Owen Brandt, to his staff last month,`: whom the words
    went to) ends at the comma. Other prepositions stay: `Critics …, like Senators …` and
    `Cory James, 22, of Flint` are PolNeAR sources whole."""
    if candidate.source is None:
        return
    first = bisect_left(starts, candidate.source[0])
    last = bisect_left(starts, candidate.source[1])
    for token in doc[first + 1:last - 1]:
        after = doc[token.i + 1]
        if token.text == "," and after.pos_ == "ADP" and after.lower_ == "to" and (
                not doc[token.i - 1].is_punct):
            before = doc[token.i - 1]
            candidate.source = (candidate.source[0], before.idx + len(before.text))
            return


def _source_head_and_cue_verb(doc: Doc, starts: list[int],
                              candidate: Candidate) -> tuple[Token, Token, Range] | None:
    """The one word the model source's other words hang on, the cue's verb and the source;
    None where either is missing or the source has several heads."""
    source = candidate.source
    if source is None or candidate.cue is None:
        return None
    verb = _cue_verb(doc, starts, candidate.cue)
    if verb is None:
        return None
    words = [t for t in doc[bisect_left(starts, source[0]):bisect_left(starts, source[1])]
             if not t.is_punct]
    heads = [t for t in words if t.head not in words]
    return (heads[0], verb, source) if len(heads) == 1 else None


def _source_not_whom_it_was_said_to(doc: Doc, starts: list[int], candidate: Candidate) -> None:
    """A model source that is whom the cue's words went to (`his staff` of `a memo sent …
    to his staff last month, described …`) is not who spoke: the cue's subject is."""
    found = _source_head_and_cue_verb(doc, starts, candidate)
    if found is None:
        return
    head, verb, _ = found
    while head.dep_ == "compound" and head.head.i != head.i:  # `Leon` of `Leon Marsh`, so far
        head = head.head
    told = (head.dep_ in ("dobj", "dative") and head.head.i == verb.i
            and verb.lemma_.lower() in RECIPIENT_VERBS)  # `telling host Leon Marsh that …`
    if ((told or (head.dep_ == "pobj" and head.head.lower_ == "to" and head.head.head.i == verb.i))
            and (subject := source_of(verb)) is not None):
        candidate.source = subject


def _source_not_a_participles_agent(doc: Doc, starts: list[int], candidate: Candidate) -> None:
    """A model source that is the agent or object of a participle a comma sets beside the
    speaker (`Jess Aldana` of `Lars Bengtsson, speaking to the podcast Frame by Frame,
    hosted by Jess Aldana, said`; `the official broadcast` of `Lena Ostrova, commentating
    on the official broadcast, called`) is what the words were only near: the cue's
    subject spoke them."""
    found = _source_head_and_cue_verb(doc, starts, candidate)
    if found is None:
        return
    head, verb, source = found
    if head.dep_ != "pobj" or head.head.dep_ not in ("agent", "prep"):
        return
    participle = head.head.head
    # (not where the cue hangs on the participle: `putting pressure on the nominee to
    # convince …`, whose object is who is to convince)
    if (participle.i != verb.i and participle.tag_ in ("VBN", "VBG")
            and participle.dep_ in ("acl", "advcl") and participle.right_edge.i < verb.i
            and doc[participle.i - 1].text == ","
            and (subject := source_of(verb)) is not None
            and not subject[0] <= source[0] < subject[1]):
        candidate.source = subject


def _source_not_in_a_phrase_of_the_cue(doc: Doc, starts: list[int], candidate: Candidate) -> None:
    """A model source inside a prepositional phrase hung on the cue verb (`Mr. Trump` of
    `when Mrs. Clinton, in response to Mr. Trump's use of …, accused him of …`) is someone
    the phrase mentions; the verb's own subject spoke. (Not `by`, `according to` or `as`,
    which name the speaker: `Hawaii, as one of Mr. Obama's advisers pointed out, …`.)"""
    found = _source_head_and_cue_verb(doc, starts, candidate)
    if found is None:
        return
    token, verb, _ = found
    while token.head.i != token.i and token.head.i != verb.i:
        token = token.head
    if (token.head.i != verb.i or token.dep_ != "prep" or token.i > verb.i
            or token.lower_ in ("by", "according", "from", "for", "like", "including", "as")):
        return
    subject = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    if subject is None or subject.pos_ not in ("PROPN", "NOUN"):
        return
    left, right = doc[subject.left_edge.i], doc[subject.right_edge.i]
    if left.i <= token.right_edge.i and token.left_edge.i <= right.i:
        return  # (the phrase inside the subject: `Cory James, 22, of Flint`)
    candidate.source = (left.idx, right.idx + len(right.text))


def _source_named_before_the_cue(doc: Doc, starts: list[int], candidate: Candidate) -> None:
    """A model source that misses the name right before the cue, the cue verb's own
    subject (`several outlets` for `which Langford later called "…"`), takes that name."""
    if candidate.source is None or candidate.cue is None:
        return
    verb = _cue_verb(doc, starts, candidate.cue)
    if verb is None:
        return
    subject = next((c for c in verb.lefts if c.dep_ == "nsubj"), None)
    if subject is None or subject.pos_ != "PROPN":
        return
    first = bisect_left(starts, candidate.cue[0])
    between = doc[subject.right_edge.i + 1:first]
    if subject.right_edge.i >= first or any(t.dep_ != "advmod" for t in between):
        return
    left = doc[subject.left_edge.i]
    right = doc[subject.right_edge.i]
    if candidate.source[0] < right.idx + len(right.text) and left.idx < candidate.source[1]:
        return
    candidate.source = (left.idx, right.idx + len(right.text))


def _complete_source_start(doc: Doc, starts: list[int], candidate: Candidate) -> None:
    """A model source that starts inside its noun phrase (`senior editor Josh Barro` of
    `Business Insider senior editor Josh Barro`, `economists` of `a wide array of
    economists`) starts where the phrase does."""
    if candidate.source is None:
        return
    start, end = candidate.source
    first = bisect_left(starts, start)
    last = bisect_left(starts, end) - 1
    while first < last and (doc[first].is_punct or doc[first].is_space or doc[first].tag_ == "CC"):
        first += 1  # `- Donald Trump` after a dateline, `and showrunner Dana Whitlock`
    if first >= len(doc) or last < first:
        return
    candidate.source = (doc[first].idx, end)
    head = doc[first]
    while head.head.i != head.i and first <= head.head.i <= last:
        head = head.head
    if head.pos_ not in ("NOUN", "PROPN"):
        return
    phrase = head
    # `a wide array of economists`: a quantity's noun heads the phrase
    if (phrase.dep_ == "pobj" and phrase.head.lower_ == "of" and phrase.head.i == phrase.left_edge.i - 1
            and phrase.head.head.pos_ == "NOUN" and phrase.head.head.i == phrase.head.i - 1):
        phrase = phrase.head.head
    new_first = phrase.left_edge.i
    if new_first == first and _a_name_after_of(doc, first):
        # `The state news agency of Morvania quoted …`, parsed with `quoted` as an adjective
        new_first = first - 2
        while new_first > 0 and doc[new_first - 1].pos_ in ("DET", "ADJ", "NOUN", "PROPN", "NUM"):
            new_first -= 1
    while new_first < first and (doc[new_first].dep_ == "cc" or is_focus_adverb(doc[new_first])):
        new_first += 1  # `even critics`: PolNeAR's sources start after the "even"
    if new_first >= first:
        return
    if any(token.text in _SET_OFF or token.is_space for token in doc[new_first:first]):
        return
    candidate.source = (doc[new_first].idx, end)


def _a_name_after_of(doc: Doc, first: int) -> bool:
    """The model's source is a name right after `of` and a common noun."""
    return (first >= 2 and doc[first].pos_ == "PROPN" and doc[first - 1].lower_ == "of"
            and doc[first - 2].pos_ == "NOUN")


def _complete_source_end(doc: Doc, starts: list[int], candidate: Candidate) -> None:
    """A model source whose last word leans on a word after it (`Hillary` of `Hillary
    Clinton`, `his` of `his own brain trust`, `U.S.` of `U.S. District Judge …`) runs on
    to the end of that noun, short of what a comma sets off and of the cue."""
    if candidate.source is None:
        return
    start, end = candidate.source
    last_i = bisect_left(starts, end) - 1
    if last_i < 0 or last_i + 1 >= len(doc) or starts[last_i] < start:
        return
    last = doc[last_i]
    if last.dep_ == "case" and last.head.i < last_i:
        last = last.head
    if last.dep_ not in ("compound", "poss", "det", "amod", "nummod", "nmod", "predet") or (
            last.head.i <= last_i):
        return
    if last.dep_ == "poss" and last.pos_ == "PROPN":
        return  # `Mr. Trump's campaign`: PolNeAR names the person, as the model did
    noun = last.head
    stop = noun.i
    if candidate.cue is not None and candidate.cue[0] >= end:
        stop = min(stop, bisect_left(starts, candidate.cue[0]) - 1)
    if any(token.text in _SET_OFF or token.is_space for token in doc[last_i + 1:stop + 1]):
        return
    if stop > last_i:
        tail = doc[stop]
        candidate.source = (start, tail.idx + len(tail.text))


def _source_through_a_name_read_as_an_adverb(doc: Doc, starts: list[int],
                                             candidate: Candidate) -> None:
    """`The fitness app` + `Stridely said`: the name the tagger read as an adverb ends the
    source, not opens the cue."""
    if candidate.source is None or candidate.cue is None:
        return
    start, end = candidate.source
    nxt = bisect_left(starts, end)
    while nxt < len(doc) and doc[nxt].is_space:
        nxt += 1
    if nxt >= len(doc) or not name_taken_for_an_adverb(doc[nxt]):
        return
    name = doc[nxt]
    name_end = name.idx + len(name.text)
    cue_start, cue_end = candidate.cue
    if cue_start == name.idx and name.i + 1 < len(doc) and doc[name.i + 1].idx < cue_end:
        candidate.cue = (doc[name.i + 1].idx, cue_end)  # `Stridely said`: `said`
    elif cue_start < name_end:
        return
    candidate.source = (start, name_end)


def _source_through_its_clause(doc: Doc, starts: list[int], candidate: Candidate) -> None:
    """A model source that stops inside the clause a comma sets off after its name
    (`Director Mei Okada, who spent nine years getting`) runs on to the clause's closing
    comma, when the cue comes next: PolNeAR's sources keep such a clause whole, comma and
    all."""
    if candidate.source is None or candidate.cue is None:
        return
    start, end = candidate.source
    if candidate.cue[0] < end:
        return
    first, last = bisect_left(starts, start), bisect_left(starts, end) - 1
    cue_first = bisect_left(starts, candidate.cue[0])
    inside = list(doc[first:last + 1])
    # the clause's own verb may lie past the source's end (`Susan Park, who` of `…, who
    # spoke last,`)
    for token in [*inside, *(t.head for t in inside if t.head.i > last)]:
        if token.dep_ not in ("relcl", "appos") or not first <= token.head.i <= last:
            continue
        edge = token.right_edge.i
        if (edge > last and edge + 2 == cue_first and doc[edge + 1].text == ","
                and doc[token.left_edge.i - 1].text == ","
                and not any(t.is_space for t in doc[last:edge + 1])):
            candidate.source = (start, doc[edge + 1].idx + 1)
        return


def _carried_cue_start(doc: Doc, starts: list[int], cue: Range) -> tuple[Token, int] | None:
    """A model cue's verb and the token the rules' cue would start on before it (its
    auxiliaries, negation and adverb, and the verb that carries its infinitive), where that
    lies before the model's start; None where it does not."""
    first = bisect_left(starts, cue[0])
    if first >= len(doc):
        return None
    verb = doc[first]
    if verb.dep_ == "aux" and verb.lower_ == "to" and verb.head.i > first:
        verb = verb.head  # `to call on` of `used his sermon to call on`
    if verb.pos_ not in ("VERB", "AUX", "ADJ"):
        return None
    new_first = cue_first_token(verb)
    return (verb, new_first) if new_first < first else None


def _the_means_is_no_source(doc: Doc, starts: list[int], candidate: Candidate) -> None:
    """`The archbishop used his sermon to call on …`: a model source that is the means the
    cue carries (the object of `used`, which PolNeAR's cue holds) gives way to the carrier's
    subject."""
    if candidate.source is None or candidate.cue is None:
        return
    carried = _carried_cue_start(doc, starts, candidate.cue)
    if carried is None:
        return
    verb, new_first = carried
    carrier = verb.head
    if not (doc[new_first].idx <= candidate.source[0] and candidate.source[1] <= candidate.cue[0]):
        return
    if not any(c.dep_ == "dobj" and c.left_edge.idx <= candidate.source[0] <= c.right_edge.idx
               for c in carrier.children):
        return
    subject = source_of(carrier)
    if subject is not None and subject[1] <= carrier.idx:
        candidate.source = subject


def _extend_cue_start(doc: Doc, starts: list[int], candidate: Candidate) -> None:
    """A model cue starts as the rules' cues do: with the auxiliaries, negation and
    adverb before its verb and the verb that carries its infinitive (`are apparently so
    worried`, `broadly agreed on`, `went on to slam`), short of its source and content."""
    if candidate.cue is None:
        return
    start, end = candidate.cue
    carried = _carried_cue_start(doc, starts, candidate.cue)
    if carried is None:
        return
    new_start = doc[carried[1]].idx
    taken = [*candidate.content, *([candidate.source] if candidate.source else [])]
    if any(a < start and new_start < b for a, b in taken):
        return
    candidate.cue = (new_start, end)


def _complete_cue(doc: Doc, starts: list[int], candidate: Candidate) -> None:
    """A model cue that ends on an auxiliary or an infinitive's "to" (`continued to`,
    `had`) runs on to the verb it belongs to, when only adverbs stand between and the
    verb is not part of the content; one that ends on a determiner (`has to remind
    the`) drops it."""
    if candidate.cue is None:
        return
    start, end = candidate.cue
    last_i = bisect_left(starts, end) - 1
    if last_i < 0 or starts[last_i] < start:
        return
    last = doc[last_i]
    if last.dep_ in ("det", "poss", "predet") and last.head.i > last_i and starts[last_i] > start:
        before = doc[last_i - 1]
        candidate.cue = (start, before.idx + len(before.text))
        return
    if last.pos_ == "VERB":
        # `said repeatedly`, `chanted back`, as the rules' cues end
        after = cue_end_after_verb(last) - 1
        if after > last_i and not any(
                c_start < doc[after].idx + len(doc[after].text) and doc[last_i + 1].idx < c_end
                for c_start, c_end in candidate.content):
            candidate.cue = (start, doc[after].idx + len(doc[after].text))
        return
    alone = starts[last_i] == start
    if (last.dep_ not in ("aux", "auxpass", "neg") and not (last.dep_ == "advmod" and alone)) or (
            last.head.i <= last_i):
        return  # (an adverb alone, `later` of `later called`, is the verb's as well)
    verb = last.head
    between = doc[last_i + 1 : verb.i]
    if any(token.dep_ not in ("advmod", "neg", "aux", "auxpass") or token.head.i != verb.i
           for token in between):
        return
    if any(c_start < verb.idx + len(verb.text) and verb.idx < c_end
           for c_start, c_end in candidate.content):
        return
    candidate.cue = (start, verb.idx + len(verb.text))


def _cue_verb(doc: Doc, starts: list[int], cue: Range) -> Token | None:
    """The last verb of a cue (`has been criticizing` → criticizing), if it has one."""
    verbs = [doc[i] for i in range(bisect_left(starts, cue[0]), bisect_left(starts, cue[1]))
             if doc[i].pos_ == "VERB"]
    return verbs[-1] if verbs else None


def _take_object_complements(verb: Token, candidate: Candidate) -> None:
    obj = next((c for c in verb.children if c.dep_ == "dobj" and c.i > verb.i), None)
    if obj is None:
        return
    doc = verb.doc
    start, end = candidate.content[-1]
    last = doc[obj.right_edge.i]
    if end != last.idx + len(last.text) or start > obj.idx:
        return
    further = complement_end(verb, obj)
    if further > obj.right_edge.i:
        tail = doc[further]
        candidate.content[-1] = (start, tail.idx + len(tail.text))


def _take_relative_lead(doc: Doc, starts: list[int], verb: Token, candidate: Candidate) -> None:
    """`which` of `which he believes will fail` (`reported.relative_lead`), for a cue whose
    verb, or the verb carrying it (`had urged`, `always hoped to`), heads a relative
    clause, and a content that starts after the cue."""
    cue = candidate.cue
    if cue is None:
        return
    while verb.dep_ == "xcomp" and cue[0] <= verb.head.idx < cue[1]:
        verb = verb.head
    if candidate.content[0][0] >= cue[1]:
        candidate.content[:] = with_relative_lead(verb, candidate.content)


def _stop_before_adverbial_clause(verb: Token, candidate: Candidate) -> None:
    """A model content that runs on into an adverbial clause of its cue's verb set off by a
    comma (`defended the timetable, saying nothing of the pier`) stops before the comma:
    in train, such a clause after the content's start is outside the content 174 times
    in 194."""
    doc = verb.doc
    start, end = candidate.content[-1]
    for child in verb.children:
        if child.dep_ != "advcl":
            continue
        comma = child.left_edge.i - 1
        if comma < 0 or doc[comma].text != "," or not start < doc[comma].idx < end:
            continue
        last = comma - 1
        while last > 0 and (doc[last].is_space or doc[last].is_punct) and doc[last].idx > start:
            last -= 1
        if doc[last].idx >= start:
            end = doc[last].idx + len(doc[last].text)
    if end != candidate.content[-1][1]:
        candidate.content[-1] = (start, end)


def _take_raised_subject(verb: Token, candidate: Candidate) -> None:
    if candidate.source is not None:
        return
    xcomp = next((c for c in verb.children if c.dep_ == "xcomp" and c.i > verb.i), None)
    if xcomp is None or candidate.content[0][0] != verb.doc[xcomp.left_edge.i].idx:
        return
    subject = raised_subject(verb)
    if subject is not None:
        candidate.content.insert(0, subject)
