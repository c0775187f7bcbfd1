"""Answers in a question-and-answer interview, attributed to the person interviewed.

    Director Sean Baker spoke to us about the film's last scene.

    Q: Did you always know how it would end?
    A: Not at all. We shot three endings.

A transcript names its speaker once, in the introduction, and marks each turn with
`Q:`/`A:` (or `Q.`/`A.`, `Question:`/`Answer:`). Each answer is a statement of the
person the introduction is about: its words are verbatim, so the kind is `direct`; the
`A:` label is the cue and the source is that person's fullest mention in the
introduction. The questions are not statements: a relation found in one counts only
with a source of its own (`You have said that …`), never with the turn label as cue or
source. Relations inside an answer (`I think …`, `My staff cautioned me …`) stand beside
the answer, nested in it. An answer runs over the paragraphs
after it up to the next question; the last answer is its own paragraph only, as the
writer's own closing lines (`This interview has been edited for length.`) follow it.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from spacy.tokens import Doc, Span, Token

from .candidates import Candidate, Range, in_ranges
from .doccache import doc_text
from .headline import after_byline
from .speakers import speak_for

# A turn label at the start of a line: `Q:`, `A.`, `Question:`, `Answer -`.
_TURN = re.compile(
    r"^[ \t]*(?:\*\*)?(?P<label>Q|A|Question|Answer)(?:\*\*)?[ \t]*(?::|\.(?=\s)|[-–—](?=\s))"
    r"(?:\*\*)?[ \t]*",
    re.MULTILINE,
)
# A transcript has at least this many questions and answers; one `A.` line alone is more
# likely a list item or an initial.
_MIN_TURNS = 2
# Entity types that are not people: a proper noun the parse placed among them is no name.
_PLACED = frozenset({"GPE", "LOC", "NORP", "FAC", "EVENT", "WORK_OF_ART", "LAW", "LANGUAGE",
                     "DATE", "TIME", "PRODUCT"})
_SENTENCE = re.compile(r"[^.?!\n]+[.?!]*[\"'”’)]*")


@dataclass
class Interview:
    """An article's interview turns: the answers as Candidates, the questions as ranges."""

    answers: list[Candidate] = field(default_factory=list)
    questions: list[Range] = field(default_factory=list)
    labels: list[Range] = field(default_factory=list)  # every turn's `Q:` / `A:`
    asked: list[Range] = field(default_factory=list)  # the questions' sentences ending "?"

    def speaks_for(self, text: str, candidates: list[Candidate]) -> None:
        """A first-person source inside an answer (`I think …`) is the person interviewed:
        marks each such candidate with the interviewee's mention."""
        speak_for(text, candidates, [((a.content[0][0], a.content[-1][1]), a.source)
                                     for a in self.answers if a.source is not None])

    def misreads(self, candidate: Candidate) -> bool:
        """Whether another finder's candidate misreads the transcript: a turn label as its
        cue or source, a question put as a statement (`Did you know how it would end?`),
        or a question's words with no source."""
        if not self.labels and not self.questions:
            return False
        for rng in (candidate.cue, candidate.source):
            if rng is not None and in_ranges(self.labels, rng[0]):
                return True
        if candidate.cue is None:
            return False
        return in_ranges(self.asked, candidate.cue[0]) or (
            candidate.source is None and in_ranges(self.questions, candidate.cue[0]))


def find_interview(doc: Doc) -> Interview:
    """The interview in `doc`, if it holds one (else an empty Interview)."""
    text = doc_text(doc)
    if "Q" not in text:
        return _unlabelled_interview(doc)
    turns = [(m.group("label")[0].upper(), m) for m in _TURN.finditer(text)]
    questions = sum(1 for kind, _ in turns if kind == "Q")
    answers = sum(1 for kind, _ in turns if kind == "A")
    if questions < _MIN_TURNS or answers < _MIN_TURNS or turns[0][0] != "Q":
        return _unlabelled_interview(doc)
    # With nobody named before the first question the answers stay unattributed; the
    # turns are still known, so that no label is read as a speaker.
    interviewee = _interviewee(doc, turns[0][1].start())
    source = (interviewee.start_char, interviewee.end_char) if interviewee else None
    found = Interview()
    for number, (kind, match) in enumerate(turns):
        label_end = match.end() - (len(match.group(0)) - len(match.group(0).rstrip()))
        found.labels.append((match.start("label"), label_end))
        last = number + 1 == len(turns)
        end = _paragraph_end(text, match.end()) if last else turns[number + 1][1].start()
        if kind == "Q":
            found.questions.append((match.start(), end))
            found.asked += _asked(text, match.start(), end)
            continue
        content = _paragraphs(text, match.end(), end)
        if not content or source is None:
            continue
        found.answers.append(Candidate(
            kind="direct",
            content=content,
            cue=(match.start("label"), label_end),
            source=source,
            confidence=0.7,
            origin="interview",
        ))
    return found


# The writer's note that what follows is a transcript: `The interview has been edited for
# length.`, `This conversation has been condensed and lightly edited.`
_EDITED_NOTE = re.compile(
    r"\b(?:this|the) (?:interview|conversation|exchange|transcript) (?:has been|was|have been)"
    r"(?: lightly)? (?:edited|condensed)", re.IGNORECASE)
# A turn label: `Q:`, `Ito:`, `SARAH KING:` opening a paragraph.
_LABEL = re.compile(r"[ \t]*(?:Q|A|[A-Z][\w.'’-]*(?: [A-Z][\w.'’-]*){0,3})[ \t]*:")
# A question set as a statement (`Builders say they can't find bricklayers.`) is short.
_PROMPT_WORDS = 15


def _unlabelled_interview(doc: Doc) -> Interview:
    """A transcript with no turn labels, after the writer's note that it was edited: each
    paragraph after the note's is a question (it ends with `?`, or is a short prompt after
    an answer) or an answer to it, the interviewee's words. There must be two questions
    and two answers, one question at least ending with `?`, and the first paragraph after
    the note must be a question."""
    text = doc_text(doc)
    note = _EDITED_NOTE.search(text)
    if note is None:
        return Interview()
    paragraphs = _paragraphs(text, _paragraph_end(text, note.end()), len(text))
    if any(_LABEL.match(text, start) for start, _ in paragraphs):
        return Interview()  # `Q:` … `Ito:`: labelled turns, which the labelled finder reads
    interviewee = _interviewee(doc, paragraphs[0][0]) if paragraphs else None
    if interviewee is not None:
        # the writer's closing lines name the interviewee (`Ito's producer … said`); an
        # answer does not: the transcript ends before the first paragraph that does
        named = re.compile(rf"\b{re.escape(interviewee[-1].text)}\b")
        last = next((k for k, (start, end) in enumerate(paragraphs)
                     if named.search(text, start, end)), len(paragraphs))
        paragraphs = paragraphs[:last]
    asks = [text[start:end].rstrip("\"'”’)").endswith("?") for start, end in paragraphs]
    kinds: list[str] = []
    for number, (start, end) in enumerate(paragraphs):
        prompt = (len(text[start:end].split()) <= _PROMPT_WORDS and (not kinds or kinds[-1] == "A")
                  and number + 1 < len(paragraphs) and len(_SENTENCE.findall(text[start:end])) == 1)
        kinds.append("Q" if asks[number] or prompt else "A")
    if (not any(asks) or kinds.count("Q") < _MIN_TURNS or kinds.count("A") < _MIN_TURNS
            or kinds[0] != "Q"):
        return Interview()
    source = (interviewee.start_char, interviewee.end_char) if interviewee else None
    found = Interview()
    for (start, end), kind in zip(paragraphs, kinds, strict=True):
        if kind == "Q":
            found.questions.append((start, end))
            found.asked += _asked(text, start, end)
        elif source is not None:
            found.answers.append(Candidate(kind="direct", content=[(start, end)], cue=None,
                                           source=source, confidence=0.6, origin="interview"))
    return found


def _asked(text: str, start: int, end: int) -> list[Range]:
    """The sentences of a question's text[start:end] that end with `?`."""
    return [(start + m.start(), start + m.end()) for m in _SENTENCE.finditer(text[start:end])
            if m.group(0).rstrip().endswith("?")]


def _interviewee(doc: Doc, first_turn: int) -> Span | None:
    """The person the introduction is about: the name it gives most often (counted by
    last word), one the parse calls a person first on a tie, then the first named; the
    mention with the most words stands for them. Names are the parse's people and runs
    of proper nouns it has not placed elsewhere (the small pipeline misses many foreign
    names, or calls them organisations). The writer's byline (`By Ann Lee`) is not one."""
    text = doc_text(doc)
    mentions: dict[str, list[Span]] = {}
    people: set[str] = set()
    for name in _names(doc, first_turn):
        if after_byline(text, name.start_char):
            continue
        key = name[-1].lower_
        mentions.setdefault(key, []).append(name)
        if name.label_ == "PERSON":
            people.add(key)
    if not mentions:
        return None
    order = {key: rank for rank, key in enumerate(mentions)}
    best = max(mentions, key=lambda key: (len(mentions[key]), key in people, -order[key]))
    return max(mentions[best], key=len)


def _names(doc: Doc, end_char: int) -> list[Span]:
    """People and unplaced proper-noun runs before `end_char`, in text order."""
    names = []
    run: list[Token] = []

    def close() -> None:
        if run:
            names.append(Span(doc, run[0].i, run[-1].i + 1))
            run.clear()

    for token in doc:
        if token.idx >= end_char:
            break
        if token.ent_type_ == "PERSON":
            if token.ent_iob_ == "B":
                close()
                names.append(Span(doc, token.i, _entity_end(doc, token.i), label="PERSON"))
            continue
        if token.pos_ == "PROPN" and token.ent_type_ not in _PLACED and token.is_alpha:
            run.append(token)
        else:
            close()
    close()
    return names


def _entity_end(doc: Doc, start: int) -> int:
    end = start + 1
    while end < len(doc) and doc[end].ent_iob_ == "I":
        end += 1
    return end


def _paragraph_end(text: str, start: int) -> int:
    end = text.find("\n", start)
    return len(text) if end < 0 else end


def _paragraphs(text: str, start: int, end: int) -> list[Range]:
    """The non-blank lines of text[start:end], each trimmed of surrounding space."""
    out = []
    for match in re.finditer(r"[^\n]+", text[start:end]):
        line = match.group(0)
        stripped = line.strip()
        if stripped:
            left = start + match.start() + (len(line) - len(line.lstrip()))
            out.append((left, left + len(stripped)))
    return out
