"""Indirect (and mixed) speech from the dependency parse: "X said (that) ...",
"X told Y ...", "according to X, ...", "..., X added", "X vowed to ...".

One pass over the tokens; every span comes from a token's subtree edges, so the cost is
linear in the document. Direct quotes are attributed in `direct.py`, which reuses these
reports: a report whose content is a quotation becomes a direct statement there.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass

from spacy.tokens import Doc, Token

from .candidates import Range
from .doccache import doc_text
from .headline import in_dateline
from .lexicon import CueLexicon, read_wordlist
from .speakers import hyphened_pieces, is_first_name, is_org_noun, name_taken_for_an_adverb
from .venues import is_known_medium

# Punctuation trimmed from the edges of a content span (quotation marks are kept:
# `direct.py` decides what they mean).
_EDGE_PUNCT = frozenset(",.;:-–—()[]")
_QUOTE_CHARS = frozenset("\"“”‘’'`«»")
RECIPIENT_VERBS = read_wordlist("recipient_verbs")  # "told reporters": the hearer
_SUBJECT_DEPS = frozenset({"nsubj", "nsubjpass", "csubj", "expl"})
# Dependents that carry the reported clause, best first.
_CLAUSE_DEPS = ("ccomp",)
# A complement clause marked by these is a question ("did not say if …").
_QUESTION_MARKS = frozenset({"whether", "if"})
# A clause that begins with one of these is a question or a topic ("explained: why she
# left"). One that begins with "if" is a condition ("said if elected he would …").
QUESTION_WORDS = frozenset({"whether", "why", "how", "what", "who", "when", "where"})


@dataclass(slots=True)
class Report:
    """One reporting construction found in the parse."""

    cue: Range
    source: Range | None
    content: list[Range]  # without a leading "that"
    that: Range | None
    cue_token: int  # index of the cue's head token (for `direct.py`)
    confidence: float
    origin: str  # "speech" | "belief" | "intent" | "according"


def _span_range(doc: Doc, start: int, end: int) -> Range | None:
    """Character range of tokens [start, end) with edge punctuation trimmed; None if empty."""
    while start < end and (doc[start].is_space or doc[start].text in _EDGE_PUNCT):
        start += 1
    while end > start and (doc[end - 1].is_space or doc[end - 1].text in _EDGE_PUNCT):
        if doc[end - 1].text in _CLOSING_BRACKETS and _opens_inside(doc, start, end - 1):
            break  # `Gov. Mary Fallin (R-OK)` keeps the bracket it opened
        end -= 1
    if start >= end:
        return None
    return doc[start].idx, doc[end - 1].idx + len(doc[end - 1].text)


_CLOSING_BRACKETS = {")": "(", "]": "["}


def _opens_inside(doc: Doc, start: int, end: int) -> bool:
    """Whether tokens [start, end) leave the bracket closed at `end` open."""
    closing = doc[end].text
    opening = _CLOSING_BRACKETS[closing]
    depth = 0
    for token in doc[start:end]:
        depth += (token.text == opening) - (token.text == closing)
    return depth > 0


def _subtree_range(token: Token) -> Range | None:
    return _span_range(token.doc, token.left_edge.i, token.right_edge.i + 1)


def is_focus_adverb(token: Token) -> bool:
    """`even` before a subject (`Even Latino Republicans said`): PolNeAR's sources leave it
    out (13 times in 15 in train), where they keep `only`, `nearly` and `about`."""
    return token.dep_ == "advmod" and token.lower_ == "even"


def _apposition_taken_for_a_subject(subject: Token, later: list[Token],
                                    verb: Token) -> Token | None:
    """`The charity, Homes for Carlford, said`, parsed with two subjects: the second, set
    between commas right after the first and right before the verb, renames it."""
    doc = subject.doc
    after = subject.right_edge.i + (doc[subject.right_edge.i].text != ",")  # (the comma may
    if not later or after >= len(doc) or doc[after].text != ",":  # hang on the subject)
        return None
    other = later[0]
    end = other.right_edge.i + (doc[other.right_edge.i].text != ",")
    if other.left_edge.i != after + 1 or end >= len(doc) or doc[end].text != ",":
        return None
    if any(t.dep_ not in ("advmod", "aux", "neg") for t in doc[end + 1:verb.i]):
        return None
    return other


def _subject_range(subject: Token, verb: Token) -> Range | None:
    """The subject's subtree, cut before the verb when a misparse hangs later words
    on it (`Trump described the country …, some of them killers` with "some" an
    apposition of Trump would make the whole sentence the source)."""
    end = subject.right_edge.i
    if subject.i < verb.i <= end:
        end = max(t.i for t in subject.subtree if t.i < verb.i)
    doc = subject.doc
    end = end_before_a_participle(subject, end)
    start = subject.left_edge.i
    if start < subject.i and is_focus_adverb(doc[start]):
        start += 1
    while end + 1 < verb.i and name_taken_for_an_adverb(doc[end + 1]):
        end += 1  # `The fitness app Stridely said`
    return _span_range(doc, start, end + 1)


def end_before_a_participle(subject: Token, end: int) -> int:
    """The last token of `subject`'s phrase (up to `end`) before a participle set off by a
    comma that runs to its end: `Sanders, celebrating a win in Vermont, said`, `Lindholm,
    reached by email, said`, `says head baker Tomás Iglesias, 46, dusting flour from his
    forearms`: the participle says what the speaker was doing, not who they are
    (PolNeAR's sources leave a present participle out 14 times in 15 in train, and
    `speaking`, `asked`, `contacted` and `reached` 13 times in 13)."""
    doc = subject.doc
    for child in subject.children:
        if (child.dep_ in ("acl", "advcl") and child.i > subject.i
                and (child.tag_ == "VBG" or reached_for_comment(child))
                and child.left_edge.i > 0 and doc[child.left_edge.i - 1].text == ","
                and child.right_edge.i >= end - (doc[end].is_punct and end > child.i)):
            return child.left_edge.i - 2
    return end


def reached_for_comment(participle: Token) -> bool:
    """`reached by email`, `asked about …`: a past participle that says how the speaker
    came to speak (a document's `conducted in September` describes it, and stays)."""
    return participle.tag_ == "VBN" and participle.lemma_.lower() in _REACHING


_REACHING = frozenset({"reach", "contact", "ask", "interview", "question", "approach", "press",
                       "quiz"})


# What carries words rather than speaks them (`a statement defending X`).
_MEDIA = read_wordlist("media_nouns")


_DASHES = frozenset({"—", "–", "--"})


def _dateline(subject: Token) -> bool:
    """`DAYTON, Ohio — Sen. Margaret Ashworth told …`: the place a story was filed from,
    parsed as a second subject, speaks for no one."""
    return subject.is_upper and len(subject.text) > 1 and (any(
        child.dep_ == "punct" and child.text in _DASHES for child in subject.children)
        or in_dateline(doc_text(subject.doc), subject.idx))  # (its dash on the verb)


def _in_an_opening_phrase(subject: Token, later: Token) -> bool:
    """`Under cross-examination, Whitlow's lawyer …`, where the parse takes `examination`
    for a subject: a subject inside the prepositional phrase that opens the sentence, up to
    its comma, with the other subject after that comma."""
    doc = subject.doc
    opening = subject.sent.start
    before = doc[opening:subject.i]
    comma = next((t.i for t in doc[subject.i:later.i] if t.text == ","), None)
    return (doc[opening].pos_ == "ADP" and comma is not None
            and not any(t.text == "," for t in before))


def source_of(verb: Token) -> Range | None:
    """The subject mention of a reporting verb, borrowing it across `conj`/`advcl` chains."""
    if (quoting := _quoting_subject(verb)) is not None:
        return quoting
    current = verb
    if _second_claim(verb):
        # `Perdue said he doubted it, arguing that …`: the speaker of the clause the
        # participle ends, not that clause's own subject
        current = verb.head.head
    elif (noun_clause := _closing_participle_of_a_noun_clause(verb)) is not None:
        current = noun_clause
    elif (verb.dep_ == "advcl" and verb.tag_ == "VBG" and verb.head.dep_ == "advcl"
          and any(m.dep_ == "mark" and m.lower_ == "that" and m.i > verb.i
                  for m in verb.head.children)):
        # `reported, citing people familiar with the matter, that the firm had …`: the
        # participle before the clause's `that` is the reporter's, not the clause's subject's
        current = verb.head.head
    for _ in range(4):  # "X said ..., adding that ..." / "X laughed and said ..."
        for child in current.children:
            if child.dep_ in ("nsubj", "csubj") and _dateline(child):
                # `WASHINGTON -- President Obama, …, said`: the name the dateline heads
                # (`LAUSANNE, Switzerland — The Court of …`: the first that is no place)
                named = next((c for c in child.children if c.dep_ == "appos"
                              and c.ent_type_ not in ("DATE", "GPE")), None)
                if named is not None:
                    return _subtree_range(named)
            elif (child.dep_ == "ccomp" and child.i < current.i
                  and child.lemma_.lower() in _REACHING and child.tag_ in ("VBD", "VBN")
                  and "," in (child.doc[child.right_edge.i].text,
                              child.doc[min(child.right_edge.i + 1, current.i)].text)
                  and not any(c.dep_ == "nsubj" for c in current.children)
                  and (asked := next((c for c in child.children if c.dep_ == "nsubj"), None))):
                # `Finance Minister Paul Reyes, asked about the governor's remarks …, said`,
                # parsed as `Reyes asked …` said: the one asked speaks
                return _subject_range(asked, child)
            elif child.dep_ in ("nsubj", "csubj"):
                doc = child.doc
                set_off = (child.left_edge.i > 0 and doc[child.left_edge.i - 1].text == ","
                           and doc[child.right_edge.i + 1].text == ",")
                later = [other for other in current.children
                         if other.dep_ == "nsubj" and child.i < other.i < current.i]
                if later and (set_off or _in_an_opening_phrase(child, later[-1])):
                    # `host, Ada Murray, in March, the novelist said`, `Under cross-examination,
                    # Whitlow's lawyer … suggested`: of two subjects the parse gives, one set
                    # off by commas is an aside, one in an opening phrase is part of it; the
                    # later one speaks
                    continue
                found = _subject_range(child, current)
                run = child
                for other in later:  # `Ruiz's co-creator, Hana Kim,`: `co`, `-`, `creator`
                    if (other.left_edge.i != run.right_edge.i + 1
                            or run.doc[run.right_edge.i].whitespace_):
                        break  # (one word the tokenizer split at its hyphen, no more)
                    run = other
                if run is child and (apposed := _apposition_taken_for_a_subject(
                        child, later, current)) is not None:
                    run = apposed  # `The charity, Homes for Carlford, said`
                if run is not child and found is not None and (
                        whole := _subject_range(run, current)) is not None:
                    return (found[0], whole[1])
                return found
            if child.dep_ == "agent":  # "it was announced by X"
                for grandchild in child.children:
                    if grandchild.dep_ == "pobj":
                        return _subtree_range(grandchild)
        passive = next((child for child in current.children if child.dep_ == "nsubjpass"), None)
        if passive is not None:
            if current is verb:
                return None  # "X was told that ...": X is the hearer, not the speaker
            # "X was forced into damage control and said ...": the clause the cue hangs
            # off shares its subject, passive or not
            return _subtree_range(passive)
        # "X, noting the size of his following, said ...": the parse may hang the cue
        # off the participle (parataxis) that carries the subject.
        if current.dep_ in ("conj", "advcl", "xcomp", "parataxis") and current.head.i != current.i:
            current = current.head
            continue
        if current.dep_ == "pcomp" and current.head.dep_ == "prep":  # "before saying"
            current = current.head.head
            continue
        noun = current.head
        if (current.dep_ == "acl" and current.tag_ == "VBG" and noun.i < current.i
                and noun.pos_ in ("NOUN", "PROPN")):
            if noun.lemma_.lower() in _MEDIA:
                # `issued a statement defending Lewandowski`: who issued it speaks; not
                # who got it (`did not respond to messages seeking comment`)
                if noun.dep_ == "pobj":
                    return None
                current = noun.head if noun.head.i != noun.i else noun
                if current.pos_ in ("VERB", "AUX"):
                    continue
                return None
            # `a group backing Cruz`: the noun the participle describes speaks (65 of 84
            # such cues in train take it as the source)
            return _span_range(current.doc, noun.left_edge.i, current.left_edge.i)
        if (current.dep_ == "acl" and current.tag_ == "VBN" and noun.dep_ == "ROOT"
                and noun.pos_ == "PROPN" and noun.i < current.i
                and any(c.dep_ == "ccomp" for c in current.children)):
            # `Lena Markovic, the Serbian former world No. 2 …, announced on Friday that …`,
            # the verb read as a participle of the name: the sentence's verb, the name its
            # subject
            return _span_range(current.doc, noun.left_edge.i, current.left_edge.i)
        if current.dep_ == "ROOT":
            return _subject_of_an_opening_clause(current) or _adjacent_subject(current)
        return None
    return None


def _subject_of_an_opening_clause(verb: Token) -> Range | None:
    """`Bev, 71, who has gardened there since it opened and asked that her surname not be
    used, said …`, parsed with `asked` a clause of `said` and `Bev` its subject: a verb
    with no subject of its own, after a clause with no subordinator that opens the
    sentence with its subject, has the words from that subject to the comma before it."""
    doc = verb.doc
    clause = next((c for c in verb.lefts if c.dep_ == "advcl" and c.tag_ in ("VBD", "VBZ", "VBP")
                   and not any(m.dep_ == "mark" for m in c.children)), None)
    if clause is None or verb.i < 2 or doc[verb.i - 1].text != ",":
        return None
    subject = next((c for c in clause.children if c.dep_ == "nsubj"), None)
    if (subject is None or subject.left_edge.i != verb.sent.start
            or subject.pos_ not in ("PROPN", "NOUN")
            or not any(c.dep_ in ("relcl", "appos") for c in subject.children)):
        return None
    return _span_range(doc, subject.left_edge.i, verb.i - 1)


def _closing_participle_of_a_noun_clause(participle: Token) -> Token | None:
    """`He declined to discuss reports that Harbor City had offered Mensah a contract, saying
    only that …`, parsed with `saying` on `offered`: a participle set off by a comma at the
    end of its sentence, hung on the clause of a noun (`reports that …`), is said by whoever
    speaks of that noun (the verb the noun hangs on, here reached through `discuss`)."""
    clause = participle.head
    doc = participle.doc
    if (participle.dep_ != "advcl" or participle.tag_ != "VBG" or clause.i > participle.i
            or clause.dep_ not in ("acl", "relcl") or participle.left_edge.i == 0
            or doc[participle.left_edge.i - 1].text != ","
            or participle.right_edge.i + 1 < participle.sent.end - 2):
        return None
    governor = clause.head.head  # the verb the noun hangs on
    return governor if governor.pos_ in ("VERB", "AUX") and governor.i < clause.i else None


def _quoting_subject(verb: Token) -> Range | None:
    """`The state news agency of Morvania quoted Velikov as saying …`, where the parse lost
    `quoted` (an adjective on the name): the words before `quoted` in its sentence are who
    quoted him, and `candidates.quoted_speaker` finds whom."""
    doc = verb.doc
    if verb.lower_ != "saying" or verb.i < 3 or doc[verb.i - 1].lower_ != "as":
        return None
    quoted = next((t for t in doc[max(verb.sent.start, verb.i - 8):verb.i - 1]
                   if t.lower_ == "quoted"), None)
    if quoted is None or doc[verb.i - 1].head.i == quoted.i or quoted.i == verb.sent.start:
        return None  # a verb the parse read: the subject comes the usual way
    first = verb.sent.start
    while first < quoted.i and (doc[first].is_punct or doc[first].is_space):
        first += 1
    words = doc[first:quoted.i]
    if not any(t.pos_ in ("NOUN", "PROPN") for t in words) or any(t.text == "," for t in words):
        return None
    return _span_range(doc, first, quoted.i)


# Pronouns that can be a clause's subject.
_SUBJECT_PRONOUNS = frozenset({"i", "we", "you", "he", "she", "it", "they"})


def _adjacent_subject(verb: Token) -> Range | None:
    """A main verb the parse gave no subject, right after a name or a pronoun that is
    no other verb's subject (`… at his estate in Palm Beach - Lewandowski continued to
    assert`, parsed as `Palm Beach Lewandowski`): that name. In 400 train articles, where
    such a verb is a gold cue with a source, the name is the source 7 times in 7."""
    doc = verb.doc
    article = next((c for c in verb.lefts if c.dep_ == "det" and c.lower_ in ("the", "a", "an")),
                   None)
    if article is not None and all(t.head.i in (verb.i, *range(article.i, verb.i))
                                   for t in doc[article.i:verb.i]):
        # `"…," the 19-year-old said`, parsed as a noun `said` with its article: the words
        # from the article are the subject
        return _span_range(doc, article.i, verb.i)
    k = verb.i - 1
    while k >= 0 and (doc[k].pos_ in ("ADV", "AUX", "PART") or doc[k].dep_ in ("aux", "neg")):
        k -= 1
    if k < 0:
        return None
    name = doc[k]
    if name.ent_type_ in ("DATE", "TIME"):
        return None  # `on Monday upheld …`: a day is no one
    if name.dep_ in _SUBJECT_DEPS or not (
            name.pos_ == "PROPN" or name.lower_ in _SUBJECT_PRONOUNS):
        return None
    start = k
    if name.pos_ == "PROPN":  # the whole name: `Corey Lewandowski`
        while start > 0 and doc[start - 1].pos_ == "PROPN" and not doc[start - 1].is_space:
            start -= 1
    return _span_range(doc, start, k + 1)


# Who a lawyer argues for or a witness testifies for or against: a side in a case.
_PARTIES = frozenset({
    "town", "city", "county", "state", "government", "administration", "prosecution",
    "defense", "defence", "plaintiff", "defendant", "homeowner", "client", "family",
    "victim", "appellant", "respondent", "petitioner", "resident", "company", "crown"})


def _for_a_party(verb: Token) -> bool:
    """`Martin Greaves, arguing for the town of Pell Lake`, `Testifying for the
    prosecution`: the side a lawyer or witness is in court for, not what they said."""
    lemma = verb.lemma_.lower()
    if lemma not in ("argue", "testify") or any(
            child.dep_ in ("ccomp", "dobj") for child in verb.children):
        return False
    for child in verb.children:
        if child.dep_ != "prep" or child.lower_ not in ("for", "against", "on"):
            continue
        if child.lower_ == "on" and not any(c.lower_ == "behalf" for c in child.children):
            continue
        holders = [c for c in child.subtree if c.dep_ == "pobj"]
        party = holders[-1] if child.lower_ == "on" and holders else next(iter(holders), None)
        if party is not None and (party.lemma_.lower() in _PARTIES or party.pos_ == "PROPN"
                                  or party.ent_type_ in ("PERSON", "ORG", "GPE", "NORP")):
            return True
    return False


# What a writer writes for: a publication, not a cause.
_PUBLICATIONS = frozenset({
    "paper", "newspaper", "magazine", "weekly", "daily", "website", "site", "journal",
    "publication", "outlet", "blog", "newsletter", "tabloid", "column"})


def _writes_for_an_outlet(verb: Token) -> bool:
    """`Writing for the trade paper ScreenLine`, `who writes for Variety`: where a writer's
    words are published (the venue), not what they wrote."""
    if verb.lemma_.lower() != "write" or any(
            child.dep_ in ("ccomp", "dobj") for child in verb.children):
        return False
    for child in verb.children:
        if child.dep_ == "prep" and child.lower_ == "for":
            party = next((c for c in child.children if c.dep_ == "pobj"), None)
            if party is not None and (party.lemma_.lower() in _PUBLICATIONS or (
                    party.pos_ == "PROPN" and party.ent_type_ not in ("PERSON", "NORP"))):
                return True
    return False


def _a_thing_added(verb: Token, obj: Token) -> bool:
    """`she adds anchovies`: what `add` takes as its object, with no clause beside it and
    no quotation mark about it, is a thing, unless it names words (`added a caveat`)."""
    if obj.dep_ != "dobj" or verb.lemma_.lower() != "add" or obj.pos_ not in ("NOUN", "PROPN"):
        return False
    if obj.lemma_.lower() in _WORDS_ADDED or any(
            c.dep_ in _CLAUSE_DEPS and not _across_a_semicolon(c, verb) for c in verb.children):
        return False
    doc = verb.doc
    around = doc[max(0, obj.left_edge.i - 1):obj.right_edge.i + 2]
    return not any(token.text in ('"', "\u201c", "\u201d", "'", "\u2018", "\u2019", "``", "''")
                   for token in around)


def is_bare_auxiliary(token: Token) -> bool:
    """Whether `token` is an auxiliary serving another verb (`has` of `has filed`, `will`),
    which names no act of its own; not `felt` of `felt betrayed`, which the parse may also
    call one."""
    return token.dep_ in ("aux", "auxpass") and (
        token.tag_ == "MD" or token.lemma_.lower() in ("be", "have", "do"))


def is_blocked(verb: Token, lexicon: CueLexicon) -> bool:
    """Negated, declined or speculative speech: not a statement."""
    if verb.lemma_.lower() in lexicon.declined_verbs and any(
            child.dep_ == "xcomp" and _speaks(child, lexicon) for child in verb.children):
        # The learned cue `declined` of `declined to say whether …`. Declining to act
        # (`refused to cooperate`, `declined to step into the fray`) is a stance, which
        # PolNeAR marks and issue 2 does not call speech.
        return True
    for child in verb.children:
        if child.dep_ == "neg":
            return True
        if (child.dep_ == "dobj" and child.lower_ == "nothing"
                and verb.lemma_.lower() in ("say", "add", "tell", "comment", "reply")
                and not any(c.dep_ in ("prep", "amod", "acl", "relcl") and c.lower_ != "at"
                            for c in child.children)):
            # `he said nothing at all`: no words to record (but `found virtually nothing
            # about her actions …` is a finding)
            return True
        if child.dep_ == "advmod" and child.lower_ in lexicon.speculation:
            return True
        if (child.dep_ == "dobj" and verb.lemma_.lower() == "add"
                and any(c.dep_ == "prep" and c.lower_ == "to" for c in verb.children)):
            return True  # `could add two points to the margin`: a sum, not words
        if _a_thing_added(verb, child):
            return True  # `she adds anchovies`
        if (child.dep_ == "nsubj" and verb.lemma_.lower() == "explain"
                and child.lemma_.lower() in _EXPLAINED_THINGS):
            return True  # `'Glass Harbor' ending explained: …`, a headline's formula
        if (child.dep_ == "prt" and verb.lemma_.lower() == "call"
                and child.lower_ in ("back", "off", "up", "in")):
            return True  # `called him back the next day`: a call, or a cancellation
        if child.dep_ == "nsubj" and _speaks(verb, lexicon) and (child.lower_ in _NO_ONE or any(
                det.dep_ == "det" and det.lower_ in ("no", "neither") for det in child.children)):
            # `Neither campaign responded`, `nobody said`: no one spoke (`no one expected
            # …` is a belief the writer reports, which PolNeAR marks)
            return True
    if (asks_whether(verb) or _asked_about(verb, lexicon) or _for_a_party(verb)
            or _writes_for_an_outlet(verb)):
        return True
    if (verb.lower_ == "saying" and verb.dep_ == "acl" and verb.head.dep_ == "attr"
            and any(child.dep_ == "expl" for child in verb.head.head.children)):
        return True  # `There is an old newsroom saying that …`: a saying, nobody's words
    if (verb.lemma_.lower() in _TALK_VERBS and verb.dep_ in ("xcomp", "advcl")
            and any(token.lower_ in ("anonymity", "authorized", "authorised")
                    for token in verb.doc[max(verb.sent.start, verb.i - 6) : verb.i])):
        # `spoke on condition of anonymity to discuss the talks`, `was not authorized to
        # speak publicly`: why a source goes unnamed, not what anyone said
        return True
    head = verb.head
    if verb.dep_ in ("xcomp", "ccomp") and head.i != verb.i:
        if head.lemma_.lower() in lexicon.declined_verbs:
            return True
        if head.lemma_.lower() in lexicon.speculation and (
                verb.dep_ == "xcomp" or head.i < verb.i):
            # `X appeared to suggest`, `it seems that X was referring to`: the writer's
            # guess (no gold cue sits in such a clause in 400 train articles)
            return True
        if any(child.dep_ == "neg" for child in head.children) and verb.dep_ == "xcomp":
            return True
    return False


_QUESTION_CLOSE = "\"'”’» \n\t"  # what may follow a question mark


def _asked_about(verb: Token, lexicon: CueLexicon) -> bool:
    """`Reyes also asked whether she had been promised leniency`: a verb inside what someone
    asks (a clause opened by `whether`, `if` or a question word under a verb of asking) is
    in question, not said."""
    clause = verb
    for _ in range(3):
        head = clause.head
        if head.i == clause.i:
            return False
        if head.lemma_.lower() in lexicon.question_verbs and (any(
                child.dep_ == "mark" and child.lower_ in ("whether", "if")
                for child in clause.children) or (
                # `Asked what he thought his father would say`: a question word opens it
                clause.i > head.i and clause.left_edge.tag_ in _WH_TAGS
                and clause.left_edge.i > head.i)):
            return True
        clause = head
    return False


def asks_whether(verb: Token) -> bool:
    """`Did Mayor Ostrova promise the tramway would never raise fares?`: the verb heads a
    yes-no question, its auxiliary before its subject and a question mark ending the
    sentence. Nobody is reported as having said anything. (A question word before the
    auxiliary takes the speech as given: `Why has he asserted that …?`.)"""
    subject = next((child for child in verb.children if child.dep_ in _SUBJECT_DEPS), None)
    if subject is None:
        return False
    auxiliary = next((child for child in verb.children
                      if child.dep_ in ("aux", "auxpass") and child.i < subject.i), None)
    if auxiliary is None:
        return False  # the common case, settled before the sentence is looked up
    sentence = verb.sent
    return sentence.text.rstrip(_QUESTION_CLOSE).endswith("?") and not any(
        token.tag_ in _WH_TAGS for token in verb.doc[sentence.start : auxiliary.i])


_WH_TAGS = frozenset({"WRB", "WP", "WDT", "WP$"})
_NO_ONE = frozenset({"nobody", "none", "neither", "nothing"})


# Verbs of talking that the cue lexicon leaves out because they take no reported clause.
_TALK_VERBS = frozenset({"comment", "discuss", "elaborate", "talk", "speak", "share", "name",
                         "disclose", "divulge", "identify", "specify", "detail"})


def _speaks(verb: Token, lexicon: CueLexicon) -> bool:
    lemma = verb.lemma_.lower()
    return lemma in lexicon.speech_verbs or lemma in _TALK_VERBS


def says_what(verb: Token) -> bool:
    """`what Calloway says about the final scene`: the words stand in a "what" and are not
    given here; the about-phrase is a topic, as in a headline's kicker. (With no "about"
    the words may follow: `what Donald is saying is that …`, `what she called "…"`.)"""
    return any(child.dep_ == "dobj" and child.tag_ == "WP" and child.i < verb.i
               for child in verb.children) and any(
        child.dep_ == "prep" and child.lower_ == "about" for child in verb.children)


def is_goods_recall(verb: Token, lexicon: CueLexicon) -> bool:
    """`Toyota recalls 1.2 million cars`, `the berries were recalled`: a firm taking goods
    back, not anyone remembering aloud. "Recall" is a cue when a person recalls something
    (PolNeAR marks 50 such cues in train, every one a person's); with a firm as subject
    and an object but no reported clause it is the other sense."""
    if verb.lemma_.lower() != "recall" or any(
            child.dep_ in ("ccomp", "xcomp") for child in verb.children):
        return False
    subjects = [child for child in verb.children if child.dep_ in _SUBJECT_DEPS]
    if any(child.dep_ == "nsubjpass" for child in subjects):
        return True  # goods (or an envoy) are recalled; nobody is quoted
    objects = [child for child in verb.children if child.dep_ == "dobj"]
    if any(child.dep_ == "poss" and child.lower_ == "its" for obj in objects
           for child in obj.children):
        return True  # `recalled its own translator`, whatever the parse made the subject
    return bool(objects) and any(_names_a_firm(subject) for subject in subjects)


def _names_a_firm(subject: Token) -> bool:
    """`Toyota`, `the company`, `Halvorsen, the maker`. The small entity tagger takes some
    people for firms: `Ada Brisk` (a first name) and `Roffman, a securities analyst` (what
    the apposition calls him) are people."""
    described = [child for child in subject.children if child.dep_ == "appos"]
    if any(not is_org_noun(child.lemma_.lower()) for child in described):
        return False
    if described:
        return True  # `Halvorsen Home, the furniture retailer,`, whatever the tagger made of it
    if is_first_name(subject.left_edge.lower_):
        return False
    return subject.ent_type_ == "ORG" or is_org_noun(subject.lemma_.lower())


def cue_end_after_verb(verb: Token) -> int:
    """One past the verb, its particle (`pointed out`) and the adverbs right after it
    (`said repeatedly`, `chanted back`: in train 86 of 91 such adverbs are in the cue)."""
    doc = verb.doc
    end = verb.i + 1
    while end < len(doc) and doc[end].head.i == verb.i and (
            doc[end].dep_ == "prt" or (doc[end].dep_ == "advmod" and doc[end].pos_ == "ADV"
                                       and doc[end].lower_ not in _LINKING_ADVERBS)):
        end += 1
    return end


_LINKING_ADVERBS = read_wordlist("linking_adverbs")  # "however": not how it was said


def cue_range(verb: Token, lexicon: CueLexicon) -> Range:
    """The verb with its auxiliaries and adverb before it ("has repeatedly said"), its
    particle ("pointed out") and an adjacent "in a statement"."""
    doc = verb.doc
    end = cue_end_after_verb(verb)
    for child in verb.children:
        if child.dep_ == "prep" and child.lower_ == "in" and child.i <= end + 3:
            for pobj in child.children:
                # `said in a statement` is one cue (28 of 38 in train), `said in an
                # interview` mostly not (16 of 38): the interview is where it was said.
                is_cue = (pobj.dep_ == "pobj" and pobj.lemma_.lower() in lexicon.noun_cues
                          and pobj.lemma_.lower() != "interview")
                if is_cue and child.i == end:
                    end = max(end, pobj.i + 1)
    last = doc[end - 1]
    return doc[cue_first_token(verb)].idx, last.idx + len(last.text)


# PolNeAR's cues take the verb's auxiliaries, its negation and an adverb right before it
# (`has been seeking`, `is expected`, `also told`, `to explain`): in train, 899 of 925
# auxiliaries, 227 of 233 passive ones, 114 of 118 negations and 120 of 128 infinitive
# markers are inside the cue.
_CUE_LEFT_DEPS = frozenset({"aux", "auxpass", "neg", "advmod"})


# A cue that is the infinitive of one of these takes it in (`went on to say`).
_CUE_CARRIERS = read_wordlist("cue_carriers")


def cue_first_token(verb: Token) -> int:
    """The first token of the run of auxiliaries and adverbs just before the verb, or
    before the verb or adjective that carries it."""
    start = verb.i
    while start > 0:
        before = verb.doc[start - 1]
        if (before.head.i != verb.i or before.dep_ not in _CUE_LEFT_DEPS
                or name_taken_for_an_adverb(before)):
            break
        start -= 1
    carrier = verb.head
    # `went on to explain` parses as a clause of purpose hanging off "went on"
    goes_on = (verb.dep_ == "advcl" and carrier.lemma_.lower() == "go"
               and any(child.dep_ == "prt" and child.lower_ == "on" for child in carrier.children)
               and any(child.dep_ == "aux" and child.lower_ == "to" for child in verb.children))
    # (`should be used to describe`: what is used says nothing)
    used = carrier.lemma_.lower() == "use" and any(c.dep_ == "auxpass" for c in carrier.children)
    if (carrier.i < verb.i and (verb.dep_ == "xcomp" or goes_on) and not used
            and carrier.lemma_.lower() in _CUE_CARRIERS):
        if carrier.pos_ == "ADJ":
            # `was quick to deny`: the copula the adjective completes
            if carrier.dep_ == "acomp" and carrier.head.i < carrier.i:
                return cue_first_token(carrier.head)
            return carrier.i
        return cue_first_token(carrier)
    return start


def _past_the_occasions_participle(clause: Token) -> Token:
    """`said in a written statement read to the court that he had checked …`: the parse
    takes the participle of the occasion (`read`) for the clause said; the clause `that`
    opens under it is."""
    doc = clause.doc
    if clause.tag_ != "VBN" or clause.i == 0 or any(c.dep_ in _SUBJECT_DEPS for c in clause.children):
        return clause
    noun = doc[clause.i - 1]
    if noun.dep_ != "pobj" or noun.head.dep_ != "prep" or noun.head.head.i != clause.head.i:
        return clause
    return next((c for c in clause.children if c.dep_ == "ccomp" and c.i > clause.i and any(
        m.dep_ == "mark" and m.lower_ == "that" for m in c.children)), clause)


def _short_of_the_writers_clause(doc: Doc, start: int, end: int) -> int:
    """`writes that "a dish should taste the same …," and at her new restaurant she keeps
    that promise`: a content that opens on a quotation ends with it where a clause with a
    subject of its own is joined on after the closing mark (the writer's, not the
    speaker's, words); the end (exclusive token index)."""
    if start >= end or doc[start].text not in ('"', "\u201c"):
        return end
    close = next((i for i in range(start + 1, end) if doc[i].text in ('"', "\u201d")), None)
    if close is None or close + 1 >= end:
        return end
    after = doc[close + 1]
    if not (after.dep_ == "cc" or (after.text == "," and close + 2 < end
                                    and doc[close + 2].dep_ == "cc")):
        return end
    if any(token.text in ('"', "\u201c", "\u201d") for token in doc[close + 1:end]):
        return end  # `added that "…" and "…"`: the speaker's words go on in marks
    for token in doc[close + 1:end]:
        if (token.dep_ == "conj" and start <= token.head.i < close
                and any(c.dep_ in _SUBJECT_DEPS and c.i > close for c in token.children)):
            return close + 1
    return end


def _with_the_lists_tail(verb: Token, content: list[Range]) -> list[Range]:
    """`said that hackers had stolen the names, email addresses and workout histories of …`:
    a noun the parse joins to the reporting verb itself (a verb joins no noun), right
    after the content and a comma, is the rest of the content's list."""
    if not content:
        return content
    doc = verb.doc
    end = content[-1][1]
    for child in verb.children:
        if child.dep_ != "conj" or child.pos_ not in ("NOUN", "PROPN") or child.idx < end:
            continue
        gap = doc_text(doc)[end:doc[child.left_edge.i].idx]
        if gap.strip() != ",":
            continue
        last = doc[child.right_edge.i]
        while last.i > child.i and (last.is_punct or last.is_space):
            last = doc[last.i - 1]
        return [*content[:-1], (content[-1][0], last.idx + len(last.text))]
    return content


def _with_a_quantity_subject(verb: Token, clause: Token, content: list[Range],
                             that: Range | None) -> list[Range]:
    """`said up to a quarter of an inch of ice could accumulate`: a clause with no subject of
    its own, after a quantity the parse hung on the reporting verb (`up to …`, `about …`),
    has that quantity for its subject."""
    if that is not None or not content or clause.i < verb.i or any(
            c.dep_ in _SUBJECT_DEPS for c in clause.children):
        return content
    quantity = next((c for c in verb.children if c.dep_ in ("prep", "advmod")
                     and c.lower_ in ("up", "about", "around", "nearly", "almost")
                     and verb.i < c.i < clause.i and c.right_edge.i + 1 == clause.left_edge.i), None)
    if quantity is None or not any(t.like_num or t.lower_ in _QUANTITY_NOUNS
                                   for t in quantity.subtree):
        return content
    return [(quantity.idx, content[0][1]), *content[1:]]


def _with_the_objects_subject(verb: Token, clause: Token, content: list[Range],
                              that: Range | None) -> list[Range]:
    """`found average journey times on the routes fell by 11 percent`: a clause with no
    subject of its own, right after a noun the parse made the verb's object (and phrases
    hung on the verb between them), has that noun for its subject. (On 500 train articles,
    15 of 16 such gold contents open on the noun.) Not where the object is whom the words
    went to (`told reporters …`)."""
    if that is not None or not content or clause.i < verb.i or any(
            c.dep_ in _SUBJECT_DEPS for c in clause.children):
        return content
    noun = next((c for c in verb.children if c.dep_ == "dobj" and verb.i < c.i < clause.i
                 and c.pos_ in ("NOUN", "PROPN")), None)
    if noun is None or verb.lemma_.lower() in _TO_WHOM_VERBS:
        return content
    covered = {t.i for t in noun.subtree}
    for prep in (c for c in verb.children if c.dep_ == "prep" and noun.i < c.i < clause.i):
        covered |= {t.i for t in prep.subtree}
    if not set(range(noun.left_edge.i, clause.left_edge.i)) <= covered:
        return content
    return [(noun.doc[noun.left_edge.i].idx, content[0][1]), *content[1:]]


# Verbs whose object is whom the words went to, not what the clause is about.
_TO_WHOM_VERBS = frozenset({"tell", "inform", "assure", "remind", "warn", "advise", "promise",
                            "ask", "convince", "notify", "urge", "show", "teach", "persuade"})


_QUANTITY_NOUNS = frozenset({"quarter", "half", "third", "dozen", "dozens", "hundreds",
                             "thousands", "millions", "percent"})


def _clause_content(clause: Token) -> tuple[list[Range], Range | None] | None:
    """Content of a complement clause, with its leading "that" split off."""
    doc = clause.doc
    start, end = clause.left_edge.i, clause.right_edge.i + 1
    if clause.dep_ == "advcl":  # (`…, citing people familiar with the matter, that …`)
        start = next((m.i for m in clause.children if m.dep_ == "mark" and m.lower_ == "that"),
                     start)
    pieces = hyphened_pieces(clause)
    end = max([end, *(piece.right_edge.i + 1 for piece in pieces)])
    that: Range | None = None
    if pieces and doc[start].lower_ == "that" and doc[start].dep_ == "mark":
        # (`that it had "co-operated …"`: the mark hangs on the piece's auxiliary)
        that = (doc[start].idx, doc[start].idx + len(doc[start].text))
        start += 1
    for child in clause.children:
        misparsed = child.lower_ == "that" and (child.dep_ == "advmod" or (
            child.dep_ == "dobj" and (clause.dep_ == "relcl" or any(
                c.dep_ == "dobj" and c.i != child.i for c in clause.children))))
        if (child.dep_ == "mark" or misparsed) and child.i == start:
            if child.lower_ == "that":
                that = (child.idx, child.idx + len(child.text))
                start += 1
            elif child.lower_ in _QUESTION_MARKS:
                return None
            break
    if that is None and doc[start].lower_ in QUESTION_WORDS and doc[start].tag_ in (
            "WDT", "WP", "WRB", "IN"):
        return None  # after "that", `when …` opens a clause of time: `said that when …, …`
    # A clause whose words sit on both sides of its reporting verb (`which Brisk believes
    # will sink …`, the relative pronoun the subject of the clause) is its words, not
    # the span across the verb and its speaker.
    inside = {token.i for piece in (clause, *pieces) for token in piece.subtree}
    if (opening := _from_the_opening_mark(clause, start)) < start:
        inside |= set(range(opening, start))
        start = opening
    end = _short_of_the_writers_clause(doc, start, end)
    runs, run_start = [], start
    for i in range(start, end + 1):
        if i == end or (i not in inside and not doc[i].is_space):
            if run_start < i:
                runs.append((run_start, i))
            run_start = i + 1
    if runs:
        runs[-1] = (runs[-1][0], _to_the_closing_mark(doc, *runs[-1]))
    ranges = [rng for a, b in runs if (rng := _span_range(doc, a, b)) is not None]
    if not ranges:
        return None
    return ranges, that


def _from_the_opening_mark(clause: Token, start: int) -> int:
    """`said her latest, "Les Heures Bleues," began as …`, where the parse hangs `her
    latest` on the verb and the clause starts inside the title's marks: a clause whose
    first quotation mark closes one starts at its opening mark, and takes in a few words
    of a noun phrase set before it by a comma, back to the reporting verb."""
    doc = clause.doc
    first = next((t for t in doc[start:clause.right_edge.i + 1]
                  if t.tag_ in ("``", "''") and t.text != "'"), None)
    if first is None or first.tag_ != "''" or start == 0 or doc[start - 1].tag_ != "``":
        return start
    opening = start - 1
    verb = clause.head
    if opening > 0 and doc[opening - 1].text == "," and verb.i < opening - 1:
        words = doc[verb.i + 1:opening - 1]
        if 0 < len(words) <= 4 and all(t.pos_ in ("DET", "PRON", "ADJ", "NOUN", "PROPN", "ADV")
                                       for t in words):
            return verb.i + 1
    return opening


def _to_the_closing_mark(doc: Doc, start: int, end: int) -> int:
    """`wrote that Elsie "is mourning, whatever Tobias says," and …`, parsed as two
    clauses: a clause that opens a quotation runs on to where it closes, within its
    sentence."""
    opened = False
    for token in doc[start:end]:
        if token.tag_ == "``" and token.text != "'":
            opened = True
        elif token.tag_ == "''" and token.text != "'":
            opened = False
    if not opened:
        return end
    for i in range(end, min(doc[end - 1].sent.end, end + 60)):
        if doc[i].tag_ == "''" and doc[i].text != "'":
            return i + 1
    return end


def _second_claim(participle: Token) -> bool:
    """A participle set off by a comma at the end of a reported clause, with no subject of
    its own (`insisted that he has expanded the party, claiming that he raised turnout`):
    the same speaker's next claim, not part of the clause's words."""
    clause = participle.head
    # (`shared the news …, writing simply: "See you …"`, the narration parsed as a clause of
    # the quotation's verb after it: no claim before)
    if (participle.dep_ != "advcl" or participle.tag_ != "VBG" or clause.i > participle.i
            or clause.dep_ != "ccomp" or clause.head.pos_ not in ("VERB", "AUX")
            or clause.head.i > clause.i
            or any(c.dep_ in _SUBJECT_DEPS for c in participle.children)):
        return False
    comma = participle.left_edge.i - 1
    return comma > clause.i and participle.doc[comma].text == ","


def _before_a_second_claim(clause: Token, content: list[Range], lexicon: CueLexicon) -> list[Range]:
    """The reported clause's words stop before a second claim of speech or belief that
    ends it (`_second_claim`): that claim is a report of its own."""
    doc = clause.doc
    for verb in clause.subtree:
        mark = next((c for c in verb.children if c.dep_ == "mark"), None)
        if (verb.dep_ == "advcl" and mark is not None and mark.lower_ in ("while", "whereas")
                and mark.i == verb.left_edge.i and "," in doc[mark.i - 2:mark.i].text
                and verb.lemma_.lower() in lexicon.speech_verbs
                and any(c.dep_ in _SUBJECT_DEPS for c in verb.children)):
            # `the forecast looked "conservative," while Rupert Lang said …`: another
            # speaker's words set against these are a report of their own
            stop = mark.i - 1
            while stop > clause.left_edge.i and (doc[stop].is_punct or doc[stop].is_space):
                stop -= 1
            cut = doc[stop].idx + len(doc[stop].text)
            kept = [(start, min(end, cut)) for start, end in content if start < cut]
            return kept or content
    for participle in clause.rights:
        lemma = participle.lemma_.lower()
        if not _second_claim(participle) or (
                lemma not in lexicon.speech_verbs and lemma not in lexicon.belief_verbs):
            continue
        last = doc[participle.left_edge.i - 2]
        cut = last.idx + len(last.text)
        kept = [(start, min(end, cut)) for start, end in content if start < cut]
        return kept or content
    return content


def _with_a_second_clause(verb: Token, clause: Token, content: list[Range]) -> list[Range]:
    """`wrote that offline translation "has been promised before," but that the demo was
    convincing`, parsed with the second that-clause conjoined to the verb: both clauses
    are what was said, and PolNeAR's content runs on through the second (in train, 198
    contents hold such an `and that` or `but that`)."""
    doc = verb.doc
    for conj in verb.rights:
        opener = doc[conj.left_edge.i]
        that_clause = opener.lower_ == "that" and opener.dep_ == "mark" and opener.head.i == conj.i
        # `said it was disappointed … and would serve fresh notices`: a modal verb with no
        # subject of its own goes on with the clause's subject, in what was said
        modal = (opener.tag_ == "MD" and opener.dep_ == "aux" and opener.head.i == conj.i
                 and not any(c.dep_ in _SUBJECT_DEPS for c in conj.children))
        if (conj.dep_ == "conj" and conj.i > clause.i and (that_clause or modal) and content
                and (whole := _span_range(doc, conj.left_edge.i, conj.right_edge.i + 1))):
            return [*content[:-1], (content[-1][0], max(content[-1][1], whole[1]))]
    return content


def _without(outer: Token, inner: Token, *, skip_leading_cc: bool = False) -> list[Range]:
    """The subtree of `outer` minus the subtree of `inner`: up to two fragments; with
    `skip_leading_cc`, the first starts after a sentence's opening "But" or "And"."""
    doc = outer.doc
    start = outer.left_edge.i
    while skip_leading_cc and start < inner.left_edge.i and doc[start].pos_ == "CCONJ":
        start += 1
    pieces = [
        _span_range(doc, start, inner.left_edge.i),
        _span_range(doc, inner.right_edge.i + 1, outer.right_edge.i + 1),
    ]
    return [piece for piece in pieces if piece is not None]


def _as_aside(verb: Token) -> bool:
    """`As Politico reported, …`, `…, as Clyburn noted`: an adverbial clause opened by "as"
    whose verb names who speaks and says nothing of its own (no object, no clause), hanging
    off a clause."""
    if verb.dep_ != "advcl" or verb.head.pos_ not in ("VERB", "AUX"):
        return False
    opener = next((child for child in verb.children if child.dep_ == "mark"), None)
    deps = {child.dep_ for child in verb.children}
    return (opener is not None and opener.lower_ == "as" and opener.i < verb.i
            and bool(deps & {"nsubj", "agent"})  # `as predicted` names no one
            and not deps & {"dobj", "ccomp", "xcomp", "prep", "dative"})


def _interrupts(verb: Token) -> bool:
    """Whether the verb's clause is an aside set off by commas inside the clause it hangs
    off (`The plan, an aide said, is to wait`), with words of that clause before it."""
    if verb.dep_ != "parataxis" or verb.head.i < verb.i:
        return False
    doc, first, last = verb.doc, verb.left_edge.i, verb.right_edge.i
    while first < last and doc[first].is_punct:
        first += 1
    while last > first and doc[last].is_punct:
        last -= 1
    return (first > verb.head.left_edge.i + 1 and doc[first - 1].text == ","
            and last + 1 < len(doc) and doc[last + 1].text == ",")


_DESCRIPTION_DEPS = ("oprd", "acomp", "advcl", "xcomp", "ccomp")


# What follows the object and says what was said of it: `criticized Trump for embracing
# debt`, `described the probe as a review`, `accused him of lying`, `called her a fraud`,
# `urged him to quit`. In PolNeAR's train split the content takes these in 80% or more of
# the relations whose content holds the object (as 78:3, for 52:8, oprd 52:1, xcomp 56:2,
# of 20:0, to 23:5, about 6:0, against 3:0); a place, a time or a clause of manner (`in`,
# `on`, `at`, `saying`) it leaves out about as often as not, so those stay out.
_OBJECT_COMPLEMENT_DEPS = frozenset({"oprd", "xcomp"})
_OBJECT_COMPLEMENT_PREPS = frozenset({"as", "for", "of", "to", "about", "against", "with", "over",
                                      "within"})


def raised_subject(verb: Token) -> Range | None:
    """The passive subject of `X is expected to win`, `X was intended to deter`: what is
    expected is X's winning, so X is part of the content (in PolNeAR's train split, 39
    of 51 such relations with no one named as expecting)."""
    for child in verb.children:
        if child.dep_ == "nsubjpass" and child.i < verb.i and child.pos_ != "PRON":
            return _subject_range(child, verb)
    return None


_SEEMING_VERBS = read_wordlist("seeming_verbs")


def _seeming_subject(verb: Token) -> Token | None:
    if verb.lemma_.lower() not in _SEEMING_VERBS:
        return None
    return next((child for child in verb.children
                 if child.dep_ in ("nsubj", "expl") and child.i < verb.i), None)


def is_writers_impression(verb: Token) -> bool:
    """`X seemed to …`, `X appears uneasy`, `it appears that …` with the verb of seeming as
    the cue's verb: the writer's impression, so nobody is its source (in PolNeAR's train
    split, where seem or appear is the cue's last verb, the relation has no source 83 times
    in 88, the subject in the content 77 times; `X appeared to imply` is X's, imply being
    the cue's verb)."""
    return _seeming_subject(verb) is not None


def seeming_subject(verb: Token) -> Range | None:
    """The X of `X seemed to …`, part of what the writer says seemed so; None for `it`."""
    subject = _seeming_subject(verb)
    if subject is None or subject.dep_ == "expl" or subject.lower_ == "it":
        return None
    return _subject_range(subject, verb)


_RELATIVE_TAGS = frozenset({"WDT", "WP", "WP$"})
# `the case in which he says …`: a relative of place or time frames the statement
_FRAMING_PREPOSITIONS = frozenset({"in", "at", "on", "during", "under", "since"})


def relative_lead(verb: Token) -> Range | None:
    """What a cue in a relative clause says something of, when it is not the speaker:
    `which` of `a plan, which he believes will fail`, `with whom` of `Trump, with whom he
    clashed`, `an approach` of `an approach several candidates have embraced`. PolNeAR's
    contents start with it (in train, 75 of the 109 relations where this applies; 15
    have no such lead)."""
    if verb.dep_ != "relcl" or verb.head.i > verb.i:
        return None
    subject = next((child for child in verb.children if child.dep_ in ("nsubj", "nsubjpass")), None)
    if subject is None or subject.i > verb.i or any(
            token.tag_ in _RELATIVE_TAGS or token.lower_ == "that" for token in subject.subtree):
        return None  # `who said …`, `whose campaign said …`: the relative is the speaker
    doc, noun = verb.doc, verb.head
    between = doc[noun.i + 1 : subject.left_edge.i]
    if any(token.tag_ == "WRB" for token in between):
        return None  # `where he says …`
    # the clause's own relative: in `a law that they passed in 1998, which experts say
    # gives …`, `that` belongs to the clause before
    relative = next((token for token in between
                     if token.tag_ in _RELATIVE_TAGS and token.i >= verb.left_edge.i), None)
    if relative is not None:
        start = relative
        before = doc[relative.i - 1] if relative.i > 0 else None
        if before is not None and before.dep_ == "prep" and relative.dep_ == "pobj":
            if before.lower_ in _FRAMING_PREPOSITIONS:
                return None
            start = before
        return start.idx, relative.idx + len(relative.text)
    if any(not (token.is_punct or token.is_space) for token in between):
        return None
    if noun.pos_ not in ("NOUN", "PROPN") or any(
            child.dep_ in ("dobj", "ccomp") for child in verb.children):
        return None  # `the last time he encouraged a fast`: the noun is not what was said
    return doc[noun.left_edge.i].idx, noun.idx + len(noun.text)


def with_relative_lead(verb: Token, content: list[Range]) -> list[Range]:
    """`content` with the cue's `relative_lead` before it, where it is not already in."""
    lead = relative_lead(verb)
    if lead is None or not content or lead[1] > verb.idx or any(
            start < lead[1] and lead[0] < end for start, end in content):
        return content
    return [lead, *content]


def complement_end(verb: Token, obj: Token) -> int:
    """The last token of `obj` and of the verb's complements that follow it."""
    end = obj.right_edge.i
    for child in verb.children:
        if child.i <= obj.i:
            continue
        if (
            child.dep_ in _OBJECT_COMPLEMENT_DEPS
            or (child.dep_ == "prep" and child.lower_ in _OBJECT_COMPLEMENT_PREPS)
            # `pushed states to adopt …`: an infinitive parsed as a clause of purpose
            or (child.dep_ == "advcl" and child.doc[child.left_edge.i].lower_ == "to")
            # `recalled Tate sending him three chapters`: a gerund right on the object
            or (child.dep_ == "advcl" and child.tag_ == "VBG"
                and child.left_edge.i == child.i == obj.right_edge.i + 1)
            # `called that estimate "a worst-case number …"`: a second object the parse
            # gives is the first's complement
            or (child.dep_ == "dobj" and obj.dep_ == "dobj")
        ):
            end = max(end, child.right_edge.i)
    return _quoted_predicate_end(obj.doc, end)


def _quoted_predicate_end(doc: Doc, end: int) -> int:
    """`admits striker "wants to go"`: a quotation that opens on a verb right after the
    object is what the object was said to do, and the content runs to its close."""
    opening = end + 1
    if opening + 1 >= len(doc) or doc[opening].tag_ != "``" or doc[opening + 1].tag_ not in (
            "VBZ", "VBD", "VBP", "MD"):
        return end
    for i in range(opening + 2, min(len(doc), opening + 40)):
        if doc[i].is_space or doc[i].tag_ == "``" and doc[i].text in ("\u201c", "'"):
            break  # the line ends, or another quotation opens
        if doc[i].tag_ in ("''", "``"):
            return i
    return end


# `railed against the deal`, `called for a recount`, `spoke about the pier`, `agreed
# with Hale`: the preposition belongs to the cue and its object is what was said (in
# PolNeAR's train split the cue takes "about" 82 times in 90, "against" 23 in 24, "for"
# 115 in 127, "with" 47 in 60, "upon" 5 in 5).
_TOPIC_PREPOSITIONS = frozenset({"about", "against", "for", "upon", "with"})
# ... and "to" after these (`referred to the deal`: 32 of 42 "refer" in train are cues)
_TO_TOPIC_VERBS = read_wordlist("to_topic_verbs")


def _prepositional_object(verb: Token) -> tuple[Token, Range] | None:
    """The preposition right after the verb (or its particle) and its object's range."""
    doc = verb.doc
    after = verb.i + 1
    while after < len(doc) and doc[after].dep_ == "prt" and doc[after].head.i == verb.i:
        after += 1
    if after >= len(doc):
        return None
    preposition = doc[after]
    if preposition.dep_ != "prep" or preposition.head.i != verb.i:
        return None
    if preposition.lower_ not in _TOPIC_PREPOSITIONS and not (
            preposition.lower_ == "to" and verb.lemma_.lower() in _TO_TOPIC_VERBS
            and not any(child.dep_ == "auxpass" for child in verb.children)):
        return None  # `the case was referred to the FBI` hands it on, says nothing
    if verb.lemma_.lower() == "testify" and preposition.lower_ in ("for", "against"):
        return None  # `Testifying for the prosecution`: the side a witness is called by
    objects = [child for child in preposition.children if child.dep_ in ("pobj", "pcomp")]
    if not objects or objects[0].ent_type_ in ("DATE", "TIME"):
        return None  # (`had been saying for months`: how long, not what)
    rng = _subtree_range(objects[0])
    return (preposition, rng) if rng is not None else None


def _naming_content(verb: Token) -> list[Range] | None:
    """`called her "weak"` / `denounced the remarks as "hurtful"`: object + description."""
    objects = [child for child in verb.children if child.dep_ == "dobj" and child.i > verb.i]
    if not objects:
        return None
    obj = objects[0]
    end = obj.right_edge.i
    described = any(child.dep_ == "prep" and child.lower_ == "as" for child in obj.children)
    for child in verb.children:
        if child.i > obj.i and (
            child.dep_ in _DESCRIPTION_DEPS or (child.dep_ == "prep" and child.lower_ == "as")
        ):
            end = max(end, child.right_edge.i)
            described = True
    if not described:
        return None
    rng = _span_range(verb.doc, obj.left_edge.i, end + 1)
    return [rng] if rng else None


def closes_sentence(according: Token) -> bool:
    """`…, according to X.`: an "according to" phrase set off by a comma that ends its
    sentence."""
    doc = according.doc
    if according.i == 0 or doc[according.i - 1].text != ",":
        return False
    after = according.right_edge.i + 1
    while after < according.sent.end and doc[after].is_space:
        after += 1
    return after >= according.sent.end or doc[after].text in (".", "!", "?", ";")


# `, without elaborating`: how the words were given, never part of them (in train, both
# contents such a phrase follows leave it out).
_WITHOUT_SAYING_MORE = frozenset({"elaborating", "giving", "offering", "providing", "explaining",
                                  "naming", "specifying", "citing", "saying"})
# `…," the minutes said.`: a closing report of where the quotation stands.
_CLOSING_REPORT_VERBS = frozenset({"say", "add", "note", "write", "state", "show", "read"})


def _rest_of_sentence(token: Token) -> list[Token]:
    """The words after the token up to its sentence's closing punctuation."""
    rest = [t for t in token.doc[token.i + 1:token.sent.end] if not t.is_space]
    while rest and rest[-1].is_punct:
        rest.pop()
    return rest


def _closes_with_a_report(mark: Token) -> bool:
    """`"… to hiring," the minutes said.`: a closing quotation mark after a comma, and
    then only a short subject and a reporting verb to the end of the sentence."""
    doc = mark.doc
    if mark.tag_ != "''" or mark.i < 2 or doc[mark.i - 1].text != ",":
        return False
    rest = _rest_of_sentence(mark)
    return (2 <= len(rest) <= 6 and rest[-1].lemma_.lower() in _CLOSING_REPORT_VERBS
            and rest[-1].pos_ in ("VERB", "AUX")
            and all(t.pos_ in ("DET", "ADJ", "NOUN", "PROPN", "PRON") for t in rest[:-1]))


def _closes_without_saying_more(without: Token) -> bool:
    """`…," without elaborating.`: a closing `without` phrase set off by a comma."""
    doc = without.doc
    if without.lower_ != "without" or without.i + 1 >= len(doc):
        return False
    before = doc[max(0, without.i - 2):without.i].text
    rest = _rest_of_sentence(without)
    return ("," in before and doc[without.i + 1].lower_ in _WITHOUT_SAYING_MORE
            and len(rest) <= 6 and not any(t.text == "," for t in rest))


def without_closing_aside(doc: Doc, rng: Range) -> Range:
    """A content range that stops before a closing aside inside it: `, according to X`
    names who vouches for the sentence, `," the minutes said` where the quotation
    stands, `, without elaborating` how it was given; none is what was said."""
    span = doc.char_span(rng[0], rng[1], alignment_mode="expand")
    if span is None:
        return rng
    for token in span:
        if token.i - 1 <= span.start:
            continue
        if token.lower_ == "according" and closes_sentence(token):
            return _span_range(doc, span.start, token.i - 1) or rng
        if _closes_without_saying_more(token):
            stop = token.i - 1
            while stop > span.start and doc[stop].text == ",":
                stop -= 1
            return _span_range(doc, span.start, stop + 1) or rng
        if _closes_with_a_report(token):
            return _span_range(doc, span.start, token.i + 1) or rng
    return rng


def _the_grounds(verb: Token, pronoun: Token) -> Range | None:
    """`accused him of "counting the pennies …"`, `blamed them for the delay`: a pronoun
    object and the `of` or `for` phrase after it, which says what the speaker charged or
    praised (PolNeAR's content holds both)."""
    if pronoun.pos_ != "PRON" or verb.lemma_.lower() not in _GROUNDS_VERBS:
        return None
    phrase = next((c for c in [*verb.children, *pronoun.children] if c.dep_ == "prep"
                   and c.lower_ in ("of", "for") and c.i == pronoun.i + 1), None)
    if phrase is None:
        return None
    return _span_range(verb.doc, pronoun.i, phrase.right_edge.i + 1)


_GROUNDS_VERBS = frozenset({"accuse", "blame", "praise", "criticise", "criticize", "thank",
                            "commend", "fault", "credit", "condemn", "applaud"})


def _subject_parsed_as_a_clause(clauses: list[Token]) -> tuple[list[Range], Range | None] | None:
    """`insisted that goalkeeper Finn Roe, 19, will keep his place`, parsed as two clauses
    of the verb: a noun (`goalkeeper`) and, right after it, a verb with no subject of its
    own (`keep`). The noun is that verb's subject, and the two are one clause."""
    if len(clauses) != 2:
        return None
    noun, clause = sorted(clauses, key=lambda c: c.i)
    if (noun.pos_ not in ("NOUN", "PROPN") or clause.pos_ not in ("VERB", "AUX")
            or any(c.dep_ in ("nsubj", "nsubjpass", "csubj") for c in clause.children)
            or not 0 <= clause.left_edge.i - noun.right_edge.i <= 2):
        return None
    doc = noun.doc
    start, that = noun.left_edge.i, None
    if doc[start].lower_ == "that":
        that = (doc[start].idx, doc[start].idx + 4)
        start += 1
    content = _span_range(doc, start, clause.right_edge.i + 1)
    return ([content], that) if content is not None else None


def _short_of_the_sources_relative_clause(source_head: Token, content: list[Range]) -> list[Range]:
    """`according to results posted online on Wednesday that have not yet been reviewed`,
    the relative clause hung by the parse on the sentence: the clause right after the
    source describes it, and is none of the content."""
    doc = source_head.doc
    after = source_head.right_edge.i + 1
    if after >= len(doc):
        return content
    pronoun = doc[after]
    clause = pronoun.head
    if (pronoun.tag_ not in ("WDT", "WP") or clause.dep_ != "relcl"
            or clause.left_edge.i != pronoun.i or clause.i <= pronoun.i):
        return content
    last = clause.right_edge
    start, end = pronoun.idx, last.idx + len(last.text)
    kept = [piece for piece in ((a, min(b, start)) if a < start else (max(a, end), b)
                                for a, b in content) if piece[0] < piece[1]]
    return [(a, b) for a, b in kept if doc_text(doc)[a:b].strip(" ,.;")]


def _according_to(token: Token) -> Report | None:
    doc = token.doc
    nxt = doc[token.i + 1] if token.i + 1 < len(doc) else None
    if nxt is None or nxt.lower_ != "to":
        return None
    objects = [child for child in nxt.children if child.dep_ == "pobj"]
    if not objects:
        return None
    source = _subtree_range(objects[0])
    # `Trump said he was "happy", according to The Times.`: the parse may hang a closing
    # "according to" inside the reported clause; the source vouches for the sentence.
    head = token.sent.root if closes_sentence(token) else token.head
    if head.i == token.i:
        return None
    content = _without(head, token)
    content = _short_of_the_sources_relative_clause(objects[0], content)
    if not content:
        return None
    return Report(
        cue=(token.idx, nxt.idx + len(nxt.text)),
        source=source,
        content=content,
        that=None,
        cue_token=token.i,
        confidence=0.85,
        origin="according",
    )


def _per(token: Token) -> Report | None:
    """`…, per a spokesperson for the hospital.`, `Per Bloomberg, the deal is close.`: "per"
    as "according to", set off from its clause by a comma (not `$5 per gallon`), with a
    noun phrase that can speak after it."""
    doc = token.doc
    if token.dep_ != "prep" or token.head.pos_ not in ("VERB", "AUX"):
        return None
    objects = [child for child in token.children if child.dep_ == "pobj"]
    if not objects or objects[0].pos_ not in ("NOUN", "PROPN"):
        return None
    phrase_end = token.right_edge.i + 1
    opens = token.i == token.sent.start
    if opens:
        if phrase_end >= len(doc) or doc[phrase_end].text != ",":
            return None
    elif doc[token.i - 1].text != "," or not closes_sentence(token):
        return None
    content = _without(token.head if opens else token.sent.root, token)
    if opens:  # the comma after `Per Bloomberg` is not content
        content = [rng for rng in (_span_range(doc, phrase_end + 1, token.head.right_edge.i + 1),)
                   if rng is not None]
    if not content:
        return None
    return Report(
        cue=(token.idx, token.idx + len(token.text)),
        source=_subtree_range(objects[0]),
        content=content,
        that=None,
        cue_token=token.i,
        confidence=0.8,
        origin="according",
    )


# Verbs of finding out: wanting to know whether something is so puts a question.
_INQUIRY_VERBS = read_wordlist("inquiry_verbs")


def seeks_an_answer(wanted: Token, lexicon: CueLexicon) -> bool:
    """`to know whether the park would close`, `to find out why it failed`."""
    lemma = wanted.lemma_.lower()
    if lemma not in _INQUIRY_VERBS and lemma not in lexicon.question_verbs:
        return False
    for child in wanted.children:
        if child.dep_ in _CLAUSE_DEPS and child.i > wanted.i:
            first = child.doc[child.left_edge.i]
            return first.lower_ in QUESTION_WORDS or first.lower_ in _QUESTION_MARKS
    return lemma in lexicon.question_verbs  # "wanted to ask her" is a question too


_TEXT_SUBJECT_VERBS = read_wordlist("text_subject_verbs")


def _reads_a_text(verb: Token) -> bool:
    """`the banner read …`, `a shirt that read …`, `… reading "Thank you Georgia"`: a text
    is the subject (or the noun a relative subject stands for), or a quotation follows."""
    doc = verb.doc
    if any(token.text in _QUOTE_CHARS or token.text == "''" for token in doc[verb.i + 1 : verb.i + 3]):
        return True
    subject = next((child for child in verb.children if child.dep_ == "nsubj"), None)
    if subject is not None and subject.tag_ in _RELATIVE_TAGS and verb.dep_ == "relcl":
        subject = verb.head
    return subject is not None and subject.lemma_.lower() in _MEDIA


def _verb_report(verb: Token, lexicon: CueLexicon) -> Report | None:
    lemma = verb.lemma_.lower()
    if verb.pos_ not in ("VERB", "AUX") or lemma in lexicon.question_verbs:
        return None
    speech = lemma in lexicon.speech_verbs
    belief = lemma in lexicon.belief_verbs
    intent = lemma in lexicon.intent_verbs
    naming = lemma in lexicon.naming_verbs
    stance = lemma in lexicon.stance_verbs
    if not (speech or belief or intent or naming or stance):
        return None
    if is_blocked(verb, lexicon) or is_goods_recall(verb, lexicon):
        return None
    if lemma in _TEXT_SUBJECT_VERBS and not _reads_a_text(verb):
        return None
    content: list[Range] | None = None
    that: Range | None = None
    on_cue: int | None = None  # where a cue that takes its `on` ends
    origin = "speech" if speech else "belief" if belief else "intent"
    clauses = [child for child in verb.children
               if child.dep_ in _CLAUSE_DEPS and not _across_a_semicolon(child, verb)
               and not _inside_an_aside(child, verb)
               and not (_part_of_a_word(child) and not hyphened_pieces(child))
               and child.text != "-" and not _after_a_hyphen(child)]
    if len(clauses) > 1:
        # `In a letter … sent the day before, a coalition wrote that …`: the parse may take
        # a fronted participle for a clause; the one `that` opens after the verb is said
        # (and one after the verb before one before it: `Reyes, asked about …, said he …`).
        clauses.sort(key=lambda c: (not (c.i > verb.i and any(
            m.dep_ == "mark" and m.lower_ == "that" for m in c.children)), c.i < verb.i))
    if speech and not clauses and verb.i + 1 < len(verb.doc) and (
            (gerund := verb.doc[verb.i + 1]).dep_ == "xcomp" and gerund.tag_ == "VBG"
            and gerund.head.i == verb.i
            and any(c.dep_ == "ccomp" and c.i > gerund.i for c in gerund.children)):
        # `said securing Reyes had taken "two years …"`, parsed with the gerund as the
        # verb's complement and the rest its clause: the gerund opens what was said
        clauses = [gerund]
    if speech and not clauses:
        # `reported last week, citing people familiar with the matter, that the firm had …`,
        # parsed with the that-clause an adverbial clause of the verb
        clauses = [child for child in verb.rights if child.dep_ == "advcl"
                   and any(m.dep_ == "mark" and m.lower_ == "that" and m.i > verb.i
                           for m in child.children)
                   and any(c.dep_ in ("nsubj", "nsubjpass") for c in child.children)]
    clauses = [_past_the_occasions_participle(child) for child in clauses]
    if (speech or belief) and (joined := _subject_parsed_as_a_clause(clauses)) is not None:
        content, that = joined
        clauses = []
    if speech and not clauses and (misplaced := _clause_the_parse_misplaced(verb)) is not None:
        clause, holder = misplaced
        if holder is None:
            clauses = [clause]
        else:  # `responded to accusations that …`: the noun and its clause
            content = [rng] if (rng := _span_range(
                verb.doc, holder.left_edge.i, clause.right_edge.i + 1)) is not None else None
    for child in clauses:
        if speech or belief:
            found = _clause_content(child)
            if found is None:
                return None  # "said whether ...": a question, not a claim
            content, that = found
            content = _with_a_quantity_subject(verb, child, content, that)
            content = _with_the_objects_subject(verb, child, content, that)
            content = _with_a_second_clause(verb, child,
                                            _before_a_second_claim(child, content, lexicon))
            content = _with_the_lists_tail(verb, content)
            break
    if content is None and intent:
        for child in verb.children:
            if child.dep_ == "xcomp" and child.i > verb.i:
                if seeks_an_answer(child, lexicon):
                    return None  # "wanted to know whether ...": a question, not a claim
                rng = _subtree_range(child)
                obj = next((c for c in verb.children
                            if c.dep_ == "dobj" and verb.i < c.i < child.i), None)
                if rng is not None and obj is not None and lemma not in ("tell", "warn"):
                    # `urged the council to rebuild`: who is urged is part of what was
                    # said (54 of 73 such gold contents in train hold the object)
                    rng = _span_range(verb.doc, obj.left_edge.i, child.right_edge.i + 1) or rng
                called_on = _called_on(verb, child) if obj is None else None
                if rng is not None and called_on is not None:
                    # `called on the council to rebuild`: the cue takes the "on", the
                    # content who is called on (12 of 15 such relations in train)
                    on_cue, rng = called_on
                if rng is not None:
                    subject = raised_subject(verb)
                    content, origin = ([subject, rng] if subject else [rng]), "intent"
                break
    if content is None and speech and verb.dep_ == "parataxis" and verb.head.i < verb.i:
        # "The plan is dead, she said, ..." parsed with `said` hanging off the clause.
        content = _without(verb.head, verb) or None
    if content is None and (speech or belief) and _as_aside(verb):
        # "As Politico reported, the primary is close": the words are the clause the
        # aside hangs off (PolNeAR's content in train, the cue the verb alone)
        content = _without(verb.head, verb, skip_leading_cc=True) or None
    if content is None and (speech or belief) and _interrupts(verb):
        # "The plan, an aide said, is to wait": both sides of the aside (in train, where
        # such an aside interrupts a sentence, PolNeAR's content is the words on its two
        # sides in 60 of 81 relations)
        content = _without(verb.head, verb, skip_leading_cc=True) or None
    if content is None and (speech or naming or stance) and lemma not in RECIPIENT_VERBS:
        # "announced his candidacy", "denied any role": the object is what was said.
        for child in verb.children:
            if child.dep_ == "dobj" and child.i > verb.i and child.pos_ != "PRON":
                rng = _span_range(verb.doc, child.left_edge.i, complement_end(verb, child) + 1)
                if rng is not None:
                    content, origin = [rng], "object"
                break
            if child.dep_ == "dobj" and child.i > verb.i and (grounds := _the_grounds(verb, child)):
                # `accused him of "counting the pennies …"`: whom, and what of
                content, origin = [grounds], "object"
                break
    cue = cue_range(verb, lexicon)
    if on_cue is not None:
        cue = (cue[0], max(cue[1], on_cue))
    if content is None and naming:
        content = _naming_content(verb)
        origin = "naming"
    if content is None and (speech or stance or naming) and lemma not in RECIPIENT_VERBS and (
            not says_what(verb)):
        topic = _prepositional_object(verb)
        if topic is not None:
            preposition, rng = topic
            content, origin = [rng], "object"
            cue = (cue[0], max(cue[1], preposition.idx + len(preposition.text)))
    if not content:
        return None
    # `called the result "a milestone" in a press release`, `said the move "was a mistake,"
    # in an appearance on the Build Mode podcast`: the occasion is no part of the words
    content = [before_the_occasion(verb.doc, rng) for rng in content]
    content = with_relative_lead(verb, [without_closing_aside(verb.doc, rng) for rng in content])
    confidence = {"speech": 0.85, "belief": 0.6, "intent": 0.55, "naming": 0.6, "object": 0.5}[
        origin
    ]
    return Report(
        cue=cue,
        source=source_of(verb),
        content=content,
        that=that,
        cue_token=verb.i,
        confidence=confidence,
        origin=origin,
    )


# Where words are given (`in a press release`), which the parse may hang on a description.
_OCCASION_NOUNS = frozenset({"statement", "release", "interview", "post", "tweet", "letter",
                             "memo", "email", "speech", "video", "podcast", "briefing",
                             "conference", "appearance", "broadcast", "essay", "column"})


def before_the_occasion(doc: Doc, rng: Range) -> Range:
    """`called the result "a milestone" in a press release on Wednesday`: the occasion
    after a closing quotation mark is where the words were given, not what was said; so
    is a platform or outlet that ends the words (`posted the rest of the speech on
    Instagram`)."""
    span = doc.char_span(*rng, alignment_mode="expand")
    if span is None:
        return rng
    for token in span[1:]:
        before = doc[token.i - 1]
        if (token.lower_ == "according" and token.i + 1 < span.end
                and doc[token.i + 1].lower_ == "to" and token.i - 2 > span.start
                and not _inside_marks(doc, span.start, token.i)):
            # `warned … that waiting times had reached "unsafe levels," according to an
            # internal email`: the document the words are known from, not the words
            if before.text == ",":
                last = doc[token.i - 2]
                return rng[0], last.idx + len(last.text)
            if before.text in ('"', "\u201d", "''") and doc[token.i - 2].text == ",":
                return rng[0], before.idx + len(before.text)
        if (token.lower_ == "on" and token.dep_ == "prep" and token.right_edge.i == span.end - 1
                and (medium := doc[token.i + 1:span.end].text) and is_known_medium(medium)
                and not before.is_punct):
            return rng[0], before.idx + len(before.text)
        if (token.dep_ == "prep" and token.lower_ in ("in", "on", "during")
                and before.tag_ == "''" and any(
                    child.dep_ == "pobj" and child.lemma_.lower() in _OCCASION_NOUNS
                    for child in token.children)):
            return rng[0], before.idx + len(before.text)
        if (token.dep_ == "prep" and token.lower_ in ("in", "on", "during")
                and token.right_edge.i == span.end - 1 and not before.is_punct
                and (token.head.i < span.start or token.head.i >= span.end
                     or (token.head.i == before.i and before.dep_ == "dobj"))
                and any(child.dep_ == "pobj" and child.lemma_.lower() in _OCCASION_NOUNS
                        and any(d.lower_ in ("a", "an") or d.dep_ == "poss"
                                for d in child.lefts) for child in token.children)):
            # `thanked moviegoers in a post on X`: the object ends before the occasion
            return rng[0], before.idx + len(before.text)
    return rng


def _inside_marks(doc: Doc, start: int, end: int) -> bool:
    """Whether a quotation opened in doc[start:end] is still open at its end."""
    straight = sum(1 for t in doc[start:end] if t.text == '"')
    opened = sum(1 for t in doc[start:end] if t.text in ("\u201c", "``"))
    closed = sum(1 for t in doc[start:end] if t.text in ("\u201d", "''"))
    return straight % 2 == 1 or opened > closed


def _after_a_hyphen(token: Token) -> bool:
    """`operated` of `co-operated`, parsed as a clause beside `co`: a later piece of a word
    split at its hyphen, which `speakers.hyphened_pieces` reads with the first."""
    doc = token.doc
    if token.i < 2 or doc[token.i - 1].text != "-" or doc[token.i - 1].whitespace_:
        return False
    before = doc[token.i - 2]
    return not before.whitespace_ and before.head.i == token.head.i and before.dep_ == token.dep_


def _part_of_a_word(token: Token) -> bool:
    """`re` of `re-record`, which the parse may take for a clause of its own: a token a
    hyphen joins to the next one heads no clause."""
    doc = token.doc
    return (not token.whitespace_ and token.i + 1 < len(doc) and doc[token.i + 1].text == "-"
            and token.right_edge.i == token.i)


def _inside_an_aside(clause: Token, verb: Token) -> bool:
    """`wrote that Okonkwo's explanation — that the drug came from beef she ate at a training
    camp — was "plausible …"`, with `she ate …` parsed as what was written: a clause that
    ends where a pair of dashes after the verb closes lies inside the aside, and is not
    the verb's words."""
    doc = verb.doc
    if clause.i < verb.i:
        return False
    end = clause.right_edge.i
    closing = end if doc[end].text in _DASHES else end + 1
    if closing >= len(doc) or doc[closing].text not in _DASHES:
        return False
    return any(token.text in _DASHES for token in doc[verb.i + 1:clause.left_edge.i])


def _across_a_semicolon(clause: Token, verb: Token) -> bool:
    """`It seems that she meant her father; she has written about him`, `…, "with one small
    betrayal": she adds anchovies`: a clause the parse hangs off a later verb across a
    semicolon or a colon is a sentence of its own (none of the 3,140 contents before their
    cue in train is cut off from it by either)."""
    return clause.i < verb.i and any(
        token.text in (";", ":") for token in verb.doc[clause.right_edge.i + 1:verb.i])


_CLAUSE_NOUNS = read_wordlist("clause_nouns")


# What one adds that is words (`added a caveat`); any other object of `add` is a thing.
_WORDS_ADDED = frozenset({"caveat", "comment", "note", "warning", "qualification", "remark",
                          "word", "thought", "detail", "point", "question", "plea"})

# What the `… explained` of a headline is about, which explains nothing itself.
_EXPLAINED_THINGS = frozenset({"ending", "twist", "finale", "plot", "scene", "episode",
                               "season", "timeline", "meaning", "theory", "cliffhanger"})

_THINGS_TOLD = frozenset({"story", "tale", "joke", "lie", "truth", "version", "anecdote",
                          "account", "news", "secret"})


def _clause_the_parse_misplaced(verb: Token) -> tuple[Token, Token | None] | None:
    """`told analysts on a conference call that the plant would not be delayed`, parsed
    with the that-clause as a relative clause of `call`: a clause after the verb's object
    (or a preposition's) that opens with a complementiser "that" and has its own subject
    is what was said, not a description of the object (the clause, and None). After a noun
    that takes such a clause itself (`pointed to reports that …`: `clause_nouns.txt`) the
    noun is said too (the clause, and that noun)."""
    for child in verb.rights:
        if child.dep_ == "dobj" or (child.dep_ == "dative" and child.pos_ != "ADP"):
            holders = [child]
        elif child.dep_ in ("prep", "dative"):
            # (`confirmed under questioning that …`: the gerund parsed as the clause's head;
            # `wrote in a note to clients that …`: `to` parsed as the dative)
            holders = [c for c in child.children
                       if c.dep_ == "pobj" or (c.dep_ == "pcomp" and child.lower_ == "under")]
        else:
            continue
        # `says in a statement that …`: a noun that names the occasion does not take the
        # clause, whatever noun it is
        occasion = child.dep_ == "prep" and child.lower_ in ("in", "on", "at", "during")
        for holder in holders:
            for clause in holder.rights:
                opener = clause.doc[clause.left_edge.i]
                if opener.i > 0 and clause.doc[opener.i - 1].text in _DASHES:
                    continue  # `explanation — that the drug came from …`: an aside on the noun
                # `that` taken for the clause's object where it has an object already
                # (`told an investor conference that remote work had eroded the culture`)
                second_object = opener.dep_ == "dobj" and opener.head.i == clause.i and any(
                    c.dep_ == "dobj" and c.i != opener.i for c in clause.children)
                # `told the inquest that he had complained about …`: whom one tells takes
                # no relative `that` (a story told may: `told the story that he had heard`)
                second_object = second_object or (
                    opener.dep_ == "dobj" and opener.head.i == clause.i
                    and verb.lemma_.lower() == "tell" and child.dep_ in ("dobj", "dative")
                    and holder.lemma_.lower() not in _THINGS_TOLD)
                # `telling staff in a letter that she and the board no longer agreed`: a
                # teller with the hearer named already says the clause after the occasion
                second_object = second_object or (
                    opener.dep_ == "dobj" and opener.head.i == clause.i and occasion
                    and verb.lemma_.lower() == "tell"
                    and any(c.dep_ in ("dobj", "dative") and c.i < child.i for c in verb.children)
                    and not any(c.dep_ in ("ccomp", "xcomp") for c in verb.children))
                under = (child.lower_ == "under" and clause.dep_ == "ccomp"
                         and opener.dep_ == "mark" and opener.head.i == clause.i)
                if ((clause.dep_ in ("relcl", "acl") or under) and opener.lower_ == "that"
                        and (opener.dep_ in ("mark", "advmod") or second_object)  # misparses
                        and any(c.dep_ in ("nsubj", "nsubjpass") for c in clause.children)):
                    takes_it = not occasion and holder.lemma_.lower() in _CLAUSE_NOUNS
                    return clause, (holder if takes_it else None)
    return None


def _called_on(verb: Token, infinitive: Token) -> tuple[int, Range] | None:
    """For `called on X to …` (`on` or `upon` right after the verb, its object before the
    infinitive): where the cue's `on` ends, and the content from X to the infinitive's end."""
    doc = verb.doc
    after = verb.i + 1
    if after >= len(doc) or doc[after].dep_ != "prep" or doc[after].head.i != verb.i:
        return None
    preposition = doc[after]
    if preposition.lower_ not in ("on", "upon"):
        return None
    pobj = next((child for child in preposition.children if child.dep_ == "pobj"), None)
    if pobj is None or pobj.i > infinitive.i:
        return None
    content = _span_range(doc, pobj.left_edge.i, infinitive.right_edge.i + 1)
    if content is None:
        return None
    return preposition.idx + len(preposition.text), content


def find_reports(doc: Doc, lexicon: CueLexicon) -> Iterator[Report]:
    """Every reporting construction in the Doc, in token order."""
    for token in doc:
        if token.lower_ == "according":
            report = _according_to(token)
        elif token.lower_ == "per":
            report = _per(token)
        elif token.pos_ in ("VERB", "AUX"):
            report = _verb_report(token, lexicon)
        else:
            continue
        if report is not None:
            yield report
