"""Where and to whom words were said: venue and recipient phrases in an attributing clause.

The finders hand us statements; this module reads only the text *outside* their content
("Baker told IndieWire", "in a post on X", "at a council meeting", "told reporters") and
returns every venue or recipient phrase it recognises, with its character range, so the
caller can pick the one nearest each statement's cue. Recognition is by trigger words
(told, in an interview with, on, at/during + an occasion noun, in a statement ...) and a
noun phrase read from the part-of-speech tags; a name is classed as an outlet, podcast,
platform or person from the venue lexicon, the name's shape and the named entities.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass, replace
from functools import lru_cache
from importlib import resources

from spacy.tokens import Doc, Token

from ..dates import MONTHS, WEEKDAYS
from ..model import Recipient, Venue
from .candidates import Range
from .doccache import doc_ents, doc_text
from .lexicon import read_wordlist

# Venue priority when one clause names several: a named venue says most, then an event,
# then a document ("in a statement posted on X" -> X).
PRIORITY = {"outlet": 3, "podcast": 3, "platform": 3, "event": 2, "other": 2, "document": 1}

_SPEECH_HEADS = frozenset(
    [
        "said",
        "says",
        "say",
        "saying",
        "remarked",
        "remarks",
        "explained",
        "complained",
        "admitted",
        "confided",
        "wrote",
        "writes",
        "writing",
        "comments",
        "comment",
        "speech",
        "address",
        "letter",
        "message",
        "email",
        "note",
        "statement",
        "spoke",
        "speak",
        "speaks",
        "speaking",
        "talking",
        "talked",
        "talk",
        "interview",
        "interviews",
        "conversation",
        "chat",
        "q&a",
        "down",
        "call",
        "meeting",
        "testimony",
        "testified",
        "testifying",
        "appeared",
        "appearing",
        "appearance",
        "appears",
        "posted",
        "post",
        "posts",
        "posting",
        "tweeted",
        "video",
        "episode",
        "guest",
        "live",
        "announced",
        "revealed",
        "added",
        "explained",
        "recalled",
        "joked",
        "insisted",
        "argued",
        "told",
        "tells",
        "telling",
        "shared",
        "reflected",
        "discussed",
        "offered",
        "stated",
        "noted",
        "claimed",
        "quipped",
    ]
)
_TIME_WORDS = frozenset(
    set(MONTHS)
    | set(WEEKDAYS)
    | {"yesterday", "today", "tonight", "last", "this", "next", "earlier", "later", "ago"}
)
_PERSON_TITLES = frozenset(
    [
        "mayor",
        "senator",
        "sen",
        "judge",
        "justice",
        "dr",
        "mr",
        "mrs",
        "ms",
        "miss",
        "mx",
        "president",
        "governor",
        "gov",
        "rep",
        "representative",
        "councillor",
        "councilman",
        "councilwoman",
        "councilmember",
        "chief",
        "officer",
        "detective",
        "prof",
        "professor",
        "sir",
        "dame",
        "lord",
        "lady",
        "pastor",
        "rev",
        "reverend",
        "father",
        "sister",
        "chancellor",
        "minister",
        "secretary",
        "commissioner",
        "sheriff",
        "coach",
        "captain",
        "general",
        "sergeant",
        "lieutenant",
    ]
)
_POSSESSIVE_PRONOUNS = frozenset(["his", "her", "their", "its", "my", "our", "your"])
_ARTICLES = frozenset(("the", "a", "an"))
# Words that make a proper name a body addressed, not an outlet ("the Senate Judiciary
# Committee", "the city council").
_BODY_WORDS = frozenset(
    [
        "committee",
        "council",
        "court",
        "senate",
        "house",
        "board",
        "commission",
        "department",
        "ministry",
        "agency",
        "parliament",
        "congress",
        "assembly",
        "panel",
        "jury",
        "tribunal",
        "cabinet",
        "legislature",
        "caucus",
        "chamber",
        "association",
        "federation",
        "society",
        "institute",
    ]
)
_POST_NOUNS = frozenset(
    [
        "post",
        "posts",
        "video",
        "videos",
        "tweet",
        "tweets",
        "livestream",
        "story",
        "stories",
        "message",
        "update",
        "thread",
        "reel",
        "clip",
        "broadcast",
        "ama",
        "stream",
    ]
)
# A common noun that introduces an outlet's name: "Polish broadcaster TVN24".
OUTLET_NOUNS = frozenset(
    [
        "broadcaster",
        "newspaper",
        "daily",
        "weekly",
        "monthly",
        "quarterly",
        "tabloid",
        "network",
        "channel",
        "station",
        "magazine",
        "outlet",
        "website",
        "site",
        "journal",
        "publication",
        "agency",
        "broadsheet",
        "paper",
    ]
)
_DESCRIPTORS = frozenset(
    ["journal", "magazine", "newspaper", "paper", "publication", "outlet", "site"]
)


@dataclass(frozen=True, slots=True)
class OccasionPhrase:
    """A venue and/or recipient phrase found at text[start:end]."""

    start: int
    end: int
    venue: Venue | None = None
    recipient: Recipient | None = None


@dataclass(frozen=True, slots=True)
class _Lexicon:
    names: dict[str, str]  # lowercased name (without a leading "the") -> venue type
    outlet_words: frozenset[str]
    event_nouns: frozenset[str]
    document_nouns: frozenset[str]
    article_nouns: frozenset[str]
    named_event_words: frozenset[str]


@lru_cache(maxsize=1)
def lexicon() -> _Lexicon:
    raw = resources.files("onrecord.nlp.lexicons").joinpath("venues.txt").read_text("utf-8")
    names: dict[str, str] = {}
    groups: dict[str, set[str]] = {}
    for line in raw.splitlines():
        if not line.strip() or line.lstrip().startswith("#") or "\t" not in line:
            continue
        kind, phrase = (part.strip() for part in line.split("\t", 1))
        if kind in ("outlet", "podcast", "platform", "event"):
            names[_name_key(phrase)] = kind
        else:
            groups.setdefault(kind, set()).add(phrase.lower())
    return _Lexicon(
        names=names,
        outlet_words=frozenset(groups.get("outlet-word", ())),
        event_nouns=frozenset(groups.get("event-noun", ())),
        document_nouns=frozenset(groups.get("document-noun", ())),
        article_nouns=frozenset(groups.get("article-noun", ())),
        named_event_words=frozenset(groups.get("named-event-word", ())),
    )


def _name_key(name: str) -> str:
    key = re.sub(r"\s+", " ", name.lower().replace("\u2019", "'")).strip()
    if re.fullmatch(r"[a-z]\.", key):
        key = key[0]  # `posted to X.` at a sentence's end, the full stop taken with the name
    return key.removeprefix("the ")


def is_known_medium(name: str) -> bool:
    """Whether the venue lexicon knows `name` as an outlet, podcast or platform."""
    return lexicon().names.get(_name_key(name)) in ("outlet", "podcast", "platform")


def is_occasion_noun(word: str) -> bool:
    """Whether `word` (a noun, singular or plural) names an occasion words are given at:
    "speech", "rally", "hearings"."""
    events = lexicon().event_nouns
    low = word.lower()
    return low in events or low.removesuffix("s") in events


def is_written_piece(word: str) -> bool:
    """A piece a writer signs for an outlet (`review`, `column`, `op-ed`)."""
    return word in lexicon().article_nouns


def is_document_noun(word: str) -> bool:
    """Whether `word` (a noun, singular or plural) names a written document: "report",
    "statement", "filings"."""
    documents = lexicon().document_nouns
    low = word.lower()
    return low in documents or low.removesuffix("s") in documents


# ---------------------------------------------------------------------------------------
# Noun phrases from tags


def _is_capitalised(token: Token) -> bool:
    return token.text[:1].isupper() or token.text[:1].isdigit()


def _noun_phrase_end(doc: Doc, start: int, stop: int) -> int:
    """The end (exclusive token index) of the noun phrase starting at token `start`."""
    i = start
    last_good = start
    while i < stop and i - start < 9:
        token = doc[i]
        low = token.lower_
        if i > start and (
            low in _TIME_WORDS
            and _is_capitalised(token)
            # `a January news conference`: a month that qualifies the noun after it
            # (`The Sunday Ledger`: a paper named for its day)
            and not (doc[i - 1].pos_ == "DET" and i + 1 < stop and (
                doc[i + 1].pos_ == "NOUN" or (doc[i + 1].pos_ == "PROPN" and _is_capitalised(
                    doc[i + 1]) and doc[i + 1].lower_ not in _TIME_WORDS)))
            or low in _TIME_WORDS
            and low in ("yesterday", "today", "tonight", "last", "this", "next", "earlier", "later")
        ):
            break
        if token.pos_ in ("PROPN", "NOUN", "NUM") or (token.pos_ == "X" and _is_capitalised(token)):
            i += 1
            last_good = i
            continue
        participle = (
            token.tag_ in ("VBN", "VBG") and i + 1 < stop and doc[i + 1].pos_ in ("NOUN", "PROPN")
        )
        if (token.pos_ == "ADV" and i > start and i + 2 < stop and token.text.endswith("ly")
                and (doc[i + 1].pos_ == "ADJ" or doc[i + 1].tag_ == "VBN")):
            i += 1  # `a sharply worded dissent`
            continue
        if token.pos_ in ("DET", "ADJ") or low in _POSSESSIVE_PRONOUNS or participle:
            # "Sight and Sound", "The", "State of the State" go on; other determiners stop.
            keeps_name = low == "the" and (_is_capitalised(token) or doc[i - 1].lower_ == "of")
            if token.pos_ == "DET" and i > start and doc[i - 1].tag_ != "POS" and not keeps_name:
                break
            i += 1
            continue
        if token.tag_ == "POS" or low in ("&", "-", "'s", "\u2019s"):
            i += 1
            continue
        if (  # a phrasal verb's particle inside a name: "the levelling up select committee"
            token.dep_ == "prt"
            and start <= token.head.i < i
            and i + 1 < stop
            and doc[i + 1].pos_ in ("ADJ", "NOUN", "PROPN")
        ):
            i += 1
            continue
        if low in ("of", "and", "for", "de") and i > start and i + 1 < stop:
            following = doc[i + 1]
            inside_name = _is_capitalised(doc[i - 1]) and _is_capitalised(following)
            if inside_name or (low == "of" and following.pos_ in ("NOUN", "PROPN", "DET", "ADJ")):
                i += 1
                continue
        if (low == "by" and i > start and i + 1 < stop and _is_capitalised(doc[i + 1])
                and doc[i + 1].text == doc[i - 1].text):
            i += 1  # `Frame by Frame`, `Side by Side` (not `Variety by Zoom`)
            continue
        break
    return last_good


def _strip_articles(doc: Doc, start: int, end: int) -> int:
    while start < end and doc[start].lower_ in _ARTICLES and not _is_capitalised(doc[start]):
        start += 1
    return start


def _text(doc: Doc, start: int, end: int) -> str:
    if start >= end:
        return ""
    return doc_text(doc)[slice(*_span_range(doc, start, end))]


def _span_range(doc: Doc, start: int, end: int) -> Range:
    last = doc[end - 1]
    length = len(last.text)
    if _SENTENCE_STOP_IN_INITIAL.match(last.text) and (
            end == len(doc) or doc[end].is_space or doc[end].is_sent_start):
        length -= 1  # `wrote on X.`: the tagger read the sentence's full stop as an initial's
    return doc[start].idx, last.idx + length


_SENTENCE_STOP_IN_INITIAL = re.compile(r"[A-Z]\.\Z")


# ---------------------------------------------------------------------------------------
# Classing a name


def _person_tokens(doc: Doc) -> frozenset[str]:
    cached = doc.user_data.get("onrecord.person_tokens")
    if cached is not None:
        return cached  # type: ignore[no-any-return]
    from .speakers import is_first_name, names_person  # (speakers reads this module's lexicons)

    tokens: set[str] = set()
    for ent in doc_ents(doc):
        # `"The Late Hour with Marcus Bell"`, tagged an organisation: a person's name still
        if len(ent) >= 2 and (ent.label_ == "PERSON" or names_person(ent)):
            tokens.update(t.lower_ for t in ent if t.is_alpha)
        elif ent.label_ == "PERSON" and is_first_name(ent.root.lower_):
            tokens.add(ent.root.lower_)  # `Priya`, a contestant known by her first name
    result = frozenset(tokens)
    doc.user_data["onrecord.person_tokens"] = result
    return result


def classify_name(doc: Doc, start: int, end: int, people: frozenset[str]) -> str:
    """'outlet' | 'podcast' | 'platform' | 'event' | 'person' | 'common' | 'none' (a date)."""
    lex = lexicon()
    first = _strip_articles(doc, start, end)
    if first >= end:
        return "common"
    key = _name_key(_text(doc, first, end))
    if key in lex.names:
        return lex.names[key]
    if not _is_capitalised(doc[first]) and doc[first].lower_ not in _POSSESSIVE_PRONOUNS:
        return "common"
    if doc[first].lower_ in _POSSESSIVE_PRONOUNS:
        return "common"
    words = [t for t in doc[first:end] if t.is_alpha]
    if not words:
        return "common"
    if all(t.lower_ in _TIME_WORDS or t.ent_type_ in ("DATE", "TIME") for t in words):
        return "none"
    if any(t.lower_ in _BODY_WORDS for t in words):
        return "common"
    if words[0].lower_.rstrip(".") in _PERSON_TITLES:
        return "person"
    if words[-1].lower_ == "podcast":
        return "podcast"
    if any(t.text in {w.title() for w in lex.outlet_words} | lex.outlet_words for t in words):
        return "outlet"
    if len(words) == 1:
        word = words[0].text
        if re.fullmatch(r"[A-Z]{2,}s", word):  # MPs, CEOs: people, not an outlet
            return "common"
        if len(word) >= 2 and word.isupper():  # CNN, BBC, KQED
            return "outlet"
        if re.search(r"[a-z][A-Z]", word):  # IndieWire, TechCrunch
            return "outlet"
        return "person" if word.lower() in people else "outlet"
    labels = {t.ent_type_ for t in doc[first:end] if t.ent_type_}
    if "PERSON" in labels and "ORG" not in labels:
        return "person"
    if "ORG" in labels:
        return "outlet"
    return "person" if len(words) <= 3 and all(_is_capitalised(t) for t in words) else "common"


def _named_venue(doc: Doc, start: int, end: int, kind: str) -> Venue:
    first = _strip_articles(doc, start, end)
    name = _text(doc, first, end)
    if re.fullmatch(r"[A-Z]\.", name):
        name = name[0]  # `X.`: the platform, without the full stop the tokenizer gave it
    return Venue(name, kind)  # type: ignore[arg-type]


def outlet_of_a_writer(doc: Doc, start: int, end: int) -> Venue | None:
    """`Variety's Owen Hartley`, a source (tokens start:end) named by the outlet they write
    for: that outlet, where the words appeared."""
    split = _split_possessive(doc, start, end)
    if split is None or split + 1 >= end:
        return None
    people = _person_tokens(doc)
    rest = classify_name(doc, split + 1, end, people)
    if rest not in ("person", "common"):
        return None  # (`Le Monde's critic, Hélène Brun`: a writer by role and name)
    if rest == "common" and not any(t.lower_ in _WRITERS_ROLES for t in doc[split + 1:end]):
        return None  # `Veranda's ambassador, Ilya Marek`: a country's envoy, no writer
    kind = classify_name(doc, start, split, people)
    return _named_venue(doc, start, split, kind) if kind in ("outlet", "podcast") else None


# Whom an outlet has write or speak for it: `Le Monde's critic`.
_WRITERS_ROLES = frozenset({"critic", "reporter", "columnist", "editor", "correspondent",
                            "writer", "reviewer", "journalist", "host", "anchor", "presenter",
                            "commentator", "analyst", "contributor"})


def _split_possessive(doc: Doc, start: int, end: int) -> int | None:
    """Token index of the "'s" in "Variety's Jane Roe", when the owner is capitalised."""
    for i in range(start + 1, end - 1):
        is_possessive = doc[i].tag_ == "POS" or doc[i].lower_ in ("'s", "\u2019s")
        # `the Bookshelf podcast's host`: a named show's common noun owns as well
        named_show = doc[i - 1].lower_ in _SHOW_NOUNS and any(
            _is_capitalised(t) for t in doc[start : i - 1])
        if is_possessive and (_is_capitalised(doc[i - 1]) or named_show):
            return i
    return None


_SHOW_NOUNS = frozenset({"podcast", "show", "programme", "program", "newsletter", "magazine",
                         "newspaper", "channel", "network", "station"})


def _venue_or_recipient(
    doc: Doc, start: int, end: int, people: frozenset[str], *, person_only: bool = False
) -> tuple[Venue | None, Recipient | None]:
    """A noun phrase after "told"/"with"/"to": an outlet (venue) or a person/group.
    `the outlet`, `the magazine` alone name the outlet met before: neither here, so that
    the earlier occasion carries over."""
    words = [t.lower_ for t in doc[start:end]]
    if len(words) == 2 and words[0] in ("the", "that") and words[1] in OUTLET_NOUNS:
        return None, None
    for k in range(start, end - 1):
        if doc[k].text in OUTLET_NOUNS and _is_capitalised(doc[k + 1]):
            return _named_venue(doc, k + 1, end, "outlet"), None
        if doc[k].lower_ == "podcast" and _is_capitalised(doc[k + 1]):
            # `told the screenwriting podcast Draft Day`
            return _named_venue(doc, k + 1, end, "podcast"), None
    split = _split_possessive(doc, start, end)
    if split is not None:
        owner_kind = classify_name(doc, start, split, people)
        if owner_kind in ("outlet", "podcast", "platform"):
            rest_kind = classify_name(doc, split + 1, end, people)
            recipient = (
                Recipient(_text(doc, split + 1, end)) if rest_kind in ("person", "common") else None
            )
            return _named_venue(doc, start, split, owner_kind), recipient
    kind = classify_name(doc, start, end, people)
    if kind in ("outlet", "podcast", "platform") and not person_only:
        return _named_venue(doc, start, end, kind), None
    if kind in ("person", "common"):
        return None, Recipient(_text(doc, _past_the_role(doc, start, end), end))
    return None, None


def _past_the_role(doc: Doc, start: int, end: int) -> int:
    """Where a person's name starts after the role before it (`host Craig Mazin`, `the
    presenter Nick Harlow`): the recipient is the person; else `start`."""
    k = start
    while k < end and doc[k].pos_ == "DET":
        k += 1
    first = k
    while k < end and doc[k].pos_ == "NOUN" and doc[k].text.islower():
        k += 1
    name = doc[k:end]
    if k == first or not len(name) or not all(_is_capitalised(t) for t in name):
        return start
    return k if any(t.ent_type_ == "PERSON" for t in name) else start


# ---------------------------------------------------------------------------------------
# Triggers


def find_occasion_phrases(doc: Doc, segments: Iterable[Range]) -> list[OccasionPhrase]:
    """Every venue/recipient phrase lying wholly inside one of the character segments."""
    people = _person_tokens(doc)
    found: list[OccasionPhrase] = []
    for seg_start, seg_end in segments:
        span = doc.char_span(seg_start, seg_end, alignment_mode="contract")
        if span is None or len(span) == 0:
            continue
        found.extend(_scan(doc, span.start, span.end, people))
    return found


def _scan(doc: Doc, start: int, stop: int, people: frozenset[str]) -> Iterable[OccasionPhrase]:
    lex = lexicon()
    i = start
    while i < stop:
        token = doc[i]
        low = token.lower_
        result: OccasionPhrase | None = None
        if (
            low in ("told", "tells", "telling", "tell")
            and not _passive(doc, i)
            or low in ("to", "with")
            and (_after_speech_head(doc, i, start) or _to_an_outlet_after_its_object(doc, i, start))
        ):
            result = _gathering_told(_after(doc, i, i + 1, stop, people), lex)
            if result is not None and result.recipient is not None and _SAME_SHOW.match(
                    result.recipient.name):
                result = None  # `told the same programme`: the show named before, no listener
        elif low == "before" and token.dep_ != "mark" and _after_speech_head(doc, i, start):
            # (`said in a statement before the market opened`: a time, not an audience)
            result = _after(doc, i, i + 1, stop, people, recipient_only=True)
            if result is not None and result.recipient is not None and (
                    result.recipient.name.lower().split()[-1] in _NO_AUDIENCE | lex.event_nouns):
                result = None  # `In an interview before the show`: a time, not an audience
        elif (
            low in ("host", "hosts", "interviewer", "moderator", "presenter")
            and i + 1 < stop
            and (_is_capitalised(doc[i + 1]) and doc[i + 1].pos_ == "PROPN")
        ):
            result = _after(doc, i, i + 1, stop, people, person_only=True)
        elif (
            low == "by"
            and i > start
            and _previous_word(doc, i, start)
            in (
                "hosted",
                "asked",
                "interviewed",
                "moderated",
                "questioned",
                "pressed",
                "published",
                "broadcast",
                "aired",
                "released",
            )
        ):
            result = _after(doc, i - 1, i + 1, stop, people)
            if (result is not None and result.recipient is not None and _previous_word(
                    doc, i, start) in ("published", "broadcast", "aired", "released")):
                result = None  # `a statement released by the studio`: who issued it, no listener
        elif low == "for" and i > start and _previous_word(doc, i, start) in (
                "writing", "wrote", "writes", "write", "commentating", "reporting"):
            # `Writing for the trade paper ScreenLine, critic Oliver Haight called …`
            result = _after(doc, i, i + 1, stop, people)
            if result is not None and (result.venue is None or result.venue.type != "outlet"):
                result = None
        elif low in ("on", "of", "via") and (_after_speech_head(doc, i, start, allow_start=True)
                                            or (low == "on" and _after_a_listener(doc, i, start))):
            result = _on_phrase(doc, i, stop, people)
        elif low == "on" and (_a_named_podcast(doc, i + 1, stop)
                              or _a_named_platform(doc, i + 1, stop, lex)):
            # `He went further on the Cutting Room podcast, telling …`
            result = _on_phrase(doc, i, stop, people)
        elif low in ("in", "at", "during", "via", "through", "on") and not _describes_a_person(token):
            result = _in_at_phrase(doc, i, stop, people, lex)
        elif token.lemma_.lower() in _SENDING_VERBS and token.pos_ == "VERB":
            result = _document_sent(doc, i, stop)
        elif token.lemma_.lower() in ("give", "deliver") and token.pos_ == "VERB":
            result = _occasion_given(doc, i, stop, lex)
        if result is not None:
            yield result
        i += 1


# Nouns `before` takes as a time (`before the show`), not as whom words were put to.
_NO_AUDIENCE = frozenset({"show", "game", "match", "concert", "race", "vote", "election",
                          "start", "end", "deadline", "break", "season", "tour", "final",
                          "kickoff", "performance", "release"})


# Verbs whose object is the document someone's words came in (`sent an email to students
# calling the protest …`, `issued a statement saying …`).
_SENDING_VERBS = frozenset({"send", "issue", "release", "circulate", "publish", "pen", "post"})


def _document_sent(doc: Doc, i: int, stop: int) -> OccasionPhrase | None:
    """`sent an email`, `issued a statement`, `released a letter`: the document is the
    venue of what its sender says in it."""
    np_start = i + 1
    end = _noun_phrase_end(doc, np_start, stop)
    if end <= np_start or _refers_back(doc, np_start, end):
        return None
    first = _strip_articles(doc, np_start, end)
    if first >= end or not is_document_noun(doc[end - 1].text):
        return None
    return OccasionPhrase(doc[i].idx, _span_range(doc, np_start, end)[1],
                          Venue(_document_name(doc, first, end), "document"))


def _occasion_given(doc: Doc, i: int, stop: int, lex: _Lexicon) -> OccasionPhrase | None:
    """`gave her third State of the City address on Thursday night`, `delivered a speech`:
    the occasion given is the venue of what its speaker says in it."""
    np_start = i + 1
    end = _noun_phrase_end(doc, np_start, stop)
    if end <= np_start or _refers_back(doc, np_start, end):
        return None
    event = _event_venue(doc, np_start, end, lex)
    if event is None or doc[end - 1].lower_ not in _GIVEN_OCCASIONS:
        return None
    return OccasionPhrase(doc[i].idx, _span_range(doc, np_start, end)[1], event)


# Occasions a speaker gives (not a rally or a meeting, which others hold).
_GIVEN_OCCASIONS = read_wordlist("given_occasions")


def _a_named_podcast(doc: Doc, start: int, stop: int) -> bool:
    """`the Cutting Room podcast`, `the screenwriting podcast Draft Zero`: a podcast a
    capitalised name names, which is where whoever appears on it speaks."""
    end = _noun_phrase_end(doc, start, stop)
    first = _strip_articles(doc, start, end)
    if (named := _name_after_its_show_noun(doc, first, end)) is not None:
        return doc[named - 1].lower_ == "podcast"
    return (end - first >= 2 and doc[end - 1].lower_ == "podcast"
            and _is_capitalised(doc[end - 2]))


def _a_named_platform(doc: Doc, start: int, stop: int, lex: _Lexicon) -> bool:
    """`addressed the news himself on Instagram`: a platform named in full (not `X`, a
    letter too) is where whoever the clause is about spoke, whatever the verb."""
    end = _noun_phrase_end(doc, start, stop)
    first = _strip_articles(doc, start, end)
    if end - first > 2 and doc[first + 1].tag_ == "POS":
        end = first + 1  # `answering questions on Reddit's r/movies`: the platform's own page
    return (end - first == 1 and len(doc[first].text) > 1
            and lex.names.get(_name_key(doc[first].text)) == "platform")


def _gathering_told(found: OccasionPhrase | None, lex: _Lexicon) -> OccasionPhrase | None:
    """`told a packed meeting`: the hearers are an occasion, which is the venue."""
    if found is None or found.recipient is None or found.venue is not None:
        return found
    words = found.recipient.name.split()
    if words and words[-1].lower() in lex.event_nouns and not words[-1][:1].isupper():
        while words and words[0].lower() in ("a", "an", "the"):
            words = words[1:]
        return replace(found, venue=Venue(" ".join(words), "event"), recipient=None)
    if words and words[-1].lower() in _TOLD_MEDIA:  # `told the club's website`: where it ran
        while words and words[0].lower() in ("a", "an", "the"):
            words = words[1:]
        return replace(found, venue=Venue(" ".join(words), "outlet"), recipient=None)
    return found


# What words are told to that publishes them, not a listener.
_TOLD_MEDIA = frozenset({"website", "site", "channel", "newsletter", "blog", "magazine",
                         "newspaper", "paper", "station"})


def _describes_a_person(token: Token) -> bool:
    """The token lies in a who-clause (`a researcher who was not involved in the study`):
    what it says describes a person, not the occasion of anyone's words; so does a
    phrase on a noun set beside a person's name (`Nadia Osterberg, a researcher at the
    Eastern Security Forum`)."""
    head = token.head
    if (head.pos_ == "NOUN" and head.dep_ == "appos" and head.i < token.i
            and head.head.ent_type_ == "PERSON"):
        return True
    for ancestor in token.ancestors:
        if ancestor.dep_ == "relcl":
            opener = ancestor.doc[ancestor.left_edge.i]
            return opener.lower_ in ("who", "whom", "whose")
    return False


def _previous_word(doc: Doc, i: int, start: int) -> str:
    # The word before token i, skipping time words ("published Sunday by ...").
    j = i - 1
    while j > start and (doc[j].lower_ in _TIME_WORDS or doc[j].ent_type_ == "DATE"):
        j -= 1
    return doc[j].lower_


def _passive(doc: Doc, i: int) -> bool:
    return i > 0 and doc[i - 1].lower_ in ("was", "were", "been", "being", "be", "is", "are")


def _to_an_outlet_after_its_object(doc: Doc, i: int, start: int) -> bool:
    """`explained the choice to Variety`: `to` before an outlet the lexicon knows, after a
    speech word and its short object."""
    after = i + 1
    if after < len(doc) and doc[after].lower_ == "the":
        after += 1
    if after >= len(doc) or lexicon().names.get(_name_key(doc[after].text)) != "outlet":
        return False
    return any(doc[j].lower_ in _SPEECH_HEADS and doc[j].pos_ == "VERB"
               for j in range(max(start, i - 4), i - 1))


def _after_speech_head(doc: Doc, i: int, start: int, *, allow_start: bool = False) -> bool:
    """Does the preposition at token i follow a speech word ("said to", "a post on")?"""
    j = i - 1
    while j >= start and (
        doc[j].pos_ in ("DET", "ADJ", "ADV", "PART")
        or doc[j].lower_ in _TIME_WORDS
        or doc[j].lower_ in _POSSESSIVE_PRONOUNS
        or doc[j].ent_type_ == "DATE"
    ):
        j -= 1
    if j < start:
        return allow_start
    return doc[j].lower_ in _SPEECH_HEADS or (allow_start and doc[j].is_punct and j < i - 1)


def _after(
    doc: Doc,
    trigger: int,
    np_start: int,
    stop: int,
    people: frozenset[str],
    *,
    person_only: bool = False,
    recipient_only: bool = False,
) -> OccasionPhrase | None:
    end = _noun_phrase_end(doc, np_start, stop)
    if end <= np_start:
        return None
    if doc[np_start].lower_ in _TIME_WORDS and not _is_capitalised(doc[np_start]):
        return None
    if recipient_only:  # "testified before the committee": a body addressed, never a venue
        s, e = doc[trigger].idx, _span_range(doc, np_start, end)[1]
        return OccasionPhrase(s, e, None, Recipient(_text(doc, np_start, end)))
    venue, recipient = _venue_or_recipient(doc, np_start, end, people, person_only=person_only)
    outlet = _apposed_outlet(doc, end, stop)
    if venue is None and recipient is None and outlet is None:
        return None
    if recipient is not None and (name := _apposed_name(doc, np_start, end, stop)) is not None:
        end = name[1]  # "told the presenter, Nick Harlow": the person, by name
        recipient = Recipient(_text(doc, name[0], name[1]))
        outlet = None
    if outlet is not None:  # (`on his podcast, The Pass,`: a show named after its noun)
        venue, recipient, end = _named_venue(doc, *outlet), None, outlet[1]
    s, e = doc[trigger].idx, _span_range(doc, np_start, end)[1]
    return OccasionPhrase(s, e, venue, recipient)


# Nouns an outlet's or show's name may be set after (`the newspaper, The Bulletin,`).
_NAMED_AFTER_NOUNS = OUTLET_NOUNS | _SHOW_NOUNS


def _show_named_after(doc: Doc, trigger: int, end: int, stop: int) -> OccasionPhrase | None:
    """`on his podcast, The Pass,`: a show or outlet noun ending the phrase at `end`, with
    its name set after it by a comma, is that named show (a podcast for `podcast`)."""
    if end <= trigger + 1 or doc[end - 1].lower_ not in _SHOW_NOUNS:
        return None
    named = _apposed_outlet(doc, end, stop)
    if named is None:
        return None
    return OccasionPhrase(doc[trigger].idx, _span_range(doc, trigger + 1, named[1])[1],
                          _named_venue(doc, *named))


def _apposed_outlet(doc: Doc, end: int, stop: int) -> tuple[int, int, str] | None:
    """`told the campus newspaper, The Brookfield Bulletin,`, `on his podcast, The Pass,`: the
    outlet's or show's name set after its noun by a comma (tokens), which names it better
    than the noun, and its kind (a podcast for `podcast`, else an outlet)."""
    if end + 1 >= stop or doc[end].text != "," or doc[end - 1].lower_ not in _NAMED_AFTER_NOUNS:
        return None
    if not _is_capitalised(doc[end + 1]):
        return None
    name_end = _noun_phrase_end(doc, end + 1, stop)
    if name_end <= end + 1 or (name_end < stop and doc[name_end].text not in (",", ".")):
        return None
    if any(t.ent_type_ == "PERSON" for t in doc[end + 1:name_end]):
        return None
    return end + 1, name_end, "podcast" if doc[end - 1].lower_ == "podcast" else "outlet"


def _apposed_name(doc: Doc, start: int, end: int, stop: int) -> tuple[int, int] | None:
    """The person's name set after a common noun by a comma: `the presenter, Nick Harlow`."""
    if end + 1 >= stop or doc[end].text != "," or _is_capitalised(doc[start]):
        return None
    name = doc[end + 1]
    while name.dep_ == "compound" and name.head.i > name.i and name.head.i < stop:
        name = name.head
    if name.ent_type_ != "PERSON":
        return None
    if name.dep_ == "appos" and start <= name.head.i < end:
        return end + 1, name.i + 1
    # `the Bookshelf podcast's host, Ada Murray, in March, …`: the parse may make the
    # name a subject, but an interviewer's noun with a name set off by commas is named.
    closed = name.i + 1 < len(doc) and doc[name.i + 1].text == ","
    if doc[end - 1].lower_ in _INTERVIEWER_NOUNS and closed:
        return end + 1, name.i + 1
    return None


_INTERVIEWER_NOUNS = frozenset({"host", "presenter", "interviewer", "anchor", "reporter",
                                "correspondent", "editor", "moderator", "columnist", "producer"})


# A show named by its noun alone (`on the show`), which means the one named before.
BARE_SHOW_NOUNS = frozenset({"show", "podcast", "programme", "program", "broadcast"})


def _on_phrase(doc: Doc, i: int, stop: int, people: frozenset[str]) -> OccasionPhrase | None:
    """ "on Script Apart", "on the Final Draft podcast", "in a post on X", "episode of Y"."""
    lex = lexicon()
    np_start = i + 1
    quoted = _quoted_title(doc, np_start, stop)
    if quoted is not None:
        _, q_end, title = quoted
        kind = lex.names.get(
            _name_key(title), "podcast" if _mentions_podcast(doc, i, stop) else "other"
        )
        return OccasionPhrase(doc[i].idx, q_end, Venue(title, kind))  # type: ignore[arg-type]
    end = _noun_phrase_end(doc, np_start, stop)
    if (show := _show_named_after(doc, i, end, stop)) is not None:
        return show
    if end <= np_start or _refers_back(doc, np_start, end):
        return None
    first = _strip_articles(doc, np_start, end)
    if first >= end:
        return None
    words = doc[first:end]
    known = lex.names.get(_name_key(_text(doc, first, end)))
    if known is not None:
        venue = Venue(_text(doc, first, end), known)  # type: ignore[arg-type]
        return OccasionPhrase(doc[i].idx, _span_range(doc, np_start, end)[1], venue)
    heads = [t.lower_ for t in words]
    # (`Radio Clearwater's morning show`: a time may name the show)
    timed_show = heads[-1] in _SHOW_HEADS and not words[0].lower_ in _TIME_WORDS
    if (any(t.lower_ in _TIME_WORDS for t in words) and not timed_show) or words[0].like_num:
        return None
    if any(t.ent_type_ in ("GPE", "LOC", "FAC") or (t.ent_type_ in ("DATE", "TIME")
                                                    and not timed_show) for t in words):
        return None
    if heads[-1] in _SHOW_HEADS:
        name_end = end - 1
        titled = _quoted_title(doc, end, stop)
        if titled is not None:  # `the film podcast "Draft Two"`: the title is the name
            kind = "podcast" if heads[-1] == "podcast" else lex.names.get(_name_key(titled[2]), "other")
            return OccasionPhrase(doc[i].idx, titled[1], Venue(titled[2], kind))  # type: ignore[arg-type]
        split = _split_possessive(doc, first, name_end + 1)
        if split is not None and name_end > split:
            owner = classify_name(doc, first, split, people)
            if owner in ("outlet", "platform", "podcast"):
                return OccasionPhrase(
                    doc[i].idx,
                    _span_range(doc, np_start, end)[1],
                    _named_venue(doc, first, split, owner),
                )
        if name_end <= first and first > np_start and doc[np_start].lower_ == "the" and (
                heads[-1] in BARE_SHOW_NOUNS):
            # `said on the show`: the show named before, which the context finds
            return OccasionPhrase(doc[i].idx, _span_range(doc, np_start, end)[1],
                                  Venue(heads[-1], "podcast" if heads[-1] == "podcast" else "other"))
        if name_end <= first or not _is_capitalised(doc[first]):
            return None
        name = _text(doc, first, name_end)
        kind = "podcast" if heads[-1] == "podcast" else lex.names.get(_name_key(name), "other")
        if heads[-1] in ("account", "page", "feed", "channel"):
            kind = lex.names.get(_name_key(name), "platform")
        return OccasionPhrase(doc[i].idx, _span_range(doc, np_start, end)[1], Venue(name, kind))  # type: ignore[arg-type]
    if (named := _name_after_its_show_noun(doc, first, end)) is not None:
        # `on the screenwriting podcast Draft Zero`: the name after the noun, whatever the
        # tagger made of it
        name = _text(doc, named, end)
        kind = "podcast" if doc[named - 1].lower_ == "podcast" else lex.names.get(_name_key(name), "other")
        return OccasionPhrase(doc[i].idx, _span_range(doc, np_start, end)[1], Venue(name, kind))  # type: ignore[arg-type]
    event = _event_venue(doc, np_start, end, lex)
    if event is not None:
        return OccasionPhrase(doc[i].idx, _span_range(doc, np_start, end)[1], event)
    if (
        not _is_capitalised(doc[first])
        or doc[first].ent_type_ == "PERSON"
        and (
            _text(doc, first, end).lower() in people
            or len(words) >= 2
            and all(t.ent_type_ == "PERSON" for t in words)
        )
    ):
        return None
    split = _split_possessive(doc, first, end)
    owner_end = split if split is not None else end
    kind = classify_name(doc, first, owner_end, people)
    if kind == "none":
        return None
    if kind in ("person", "common"):
        if split is None:
            kind = "podcast" if _mentions_podcast(doc, i, stop) else "other"
        else:
            return None
    return OccasionPhrase(
        doc[i].idx,
        _span_range(doc, np_start, end)[1],
        _named_venue(doc, first, owner_end, kind),
    )


def _name_after_its_show_noun(doc: Doc, first: int, end: int) -> int | None:
    """Where the name starts in a phrase that ends on a show's noun in lower case and a
    name in capitals after it (`the screenwriting podcast Draft Zero`); None otherwise."""
    for k in range(end - 2, first - 1, -1):
        if doc[k].lower_ in BARE_SHOW_NOUNS and doc[k].is_lower:
            words = list(doc[k + 1:end])
            if len(words) > 1 and words[0].text == "The":  # `the podcast The Big Picture`
                words = words[1:]
            if all(t.pos_ == "PROPN" and _is_capitalised(t) for t in words):
                return k + 1
            return None
    return None


_SAME_SHOW = re.compile(r"(?:the|that) same (?:programme|program|show|podcast|broadcast)\Z",
                        re.IGNORECASE)
# The nouns a named show, channel or account ends on (`the Draft Nine podcast`).
_SHOW_HEADS = frozenset({"podcast", "show", "programme", "program", "channel", "account",
                         "page", "feed", "blog", "broadcast"})
# Who a listener is named after (`told Joel Adeyemi on …`, `Speaking to host …`).
_LISTENER_TRIGGERS = frozenset({"told", "tells", "telling", "tell", "to", "with", "host",
                                "presenter", "interviewer"})


def _after_a_listener(doc: Doc, i: int, start: int) -> bool:
    """`told Joel Adeyemi on Radio Clearwater's morning show`: the `on` after the name of
    whom the words were told to places them as `said on` would."""
    j = i - 1
    while j >= start and doc[j].pos_ == "PROPN" and i - j <= 4:
        j -= 1
    return start <= j < i - 1 and doc[j].lower_ in _LISTENER_TRIGGERS


def _refers_back(doc: Doc, start: int, end: int) -> bool:
    # "the same interview", "that conversation": an earlier occasion, for carry-over to find.
    return any(t.lower_ in ("same", "that", "this") for t in doc[start:end])


def _mentions_podcast(doc: Doc, i: int, stop: int) -> bool:
    window = doc[max(0, i - 6) : min(stop + 6, len(doc))]
    return any(t.lower_ in ("podcast", "episode", "podcasts") for t in window)


_QUOTES_OPEN = {'"', "\u201c", "'", "\u2018"}


def _quoted_title(doc: Doc, start: int, stop: int) -> tuple[int, int, str] | None:
    # "on 'Meet the Press'": a short capitalised title between quotation marks.
    j = start
    while j < stop and doc[j].lower_ in _ARTICLES:
        j += 1
    if j >= stop or doc[j].text not in _QUOTES_OPEN:
        return None
    text = doc_text(doc)
    open_at = doc[j].idx + 1
    match = re.match(r"([A-Z0-9][^\"\u201d\u2019'\n]{0,60})[\"\u201d\u2019']", text[open_at:])
    if not match:
        return None
    title = match.group(1).strip().rstrip(",.;:")  # `On "Harbour Wall," Lind sings …`
    return open_at, open_at + match.end(), title


# How an occasion went, which is no part of its name (`a packed panel at Comic-Con`).
_TELLING_ADJECTIVES = frozenset({"packed", "crowded", "raucous", "lengthy", "brief", "rare",
                                 "tense", "heated", "fiery", "combative", "emotional",
                                 "sold-out", "rowdy", "testy", "wide-ranging", "short",
                                 "long", "impromptu"})


def _event_venue(doc: Doc, start: int, end: int, lex: _Lexicon) -> Venue | None:
    """An event from a noun phrase whose head is an occasion noun or a named event."""
    first = start
    while first < end and (
        doc[first].lower_ in _ARTICLES
        or doc[first].lower_ in _POSSESSIVE_PRONOUNS
        or doc[first].lower_ in _TIME_WORDS
        or doc[first].tag_ == "POS"
        or doc[first].ent_type_ == "DATE"
        or doc[first].lower_ in ("'s", "\u2019s")
        or doc[first].lower_ in _TELLING_ADJECTIVES
        # `the company's developer conference`: whose, which names no occasion
        or (doc[first].pos_ == "NOUN" and first + 1 < end and doc[first + 1].tag_ == "POS")
    ):
        first += 1
    if first >= end:
        return None
    lower = [t.lower_ for t in doc[first:end]]
    # The head is the last word ("State of the State address"), or the last before
    # "of"/"for" ("a rally of supporters").
    heads = [len(lower)] + [k for k, word in enumerate(lower) if word in ("of", "for") and k > 0][
        :1
    ]
    for head_end in heads:
        for width in (3, 2, 1):
            if head_end - width < 0:
                continue
            tail = _text(doc, first + head_end - width, first + head_end).lower()
            singular = tail[:-1] if tail.endswith("s") and tail[:-1] in lex.event_nouns else tail
            if singular in lex.event_nouns:
                return Venue(_text(doc, first, end), "event")
    name = _text(doc, first, end)
    if lex.names.get(_name_key(name)) == "event":
        return Venue(name, "event")
    words = doc[first:end]
    if _is_capitalised(words[0]) and any(t.text in lex.named_event_words for t in words):
        return Venue(name, "event")
    return None


def _in_at_phrase(
    doc: Doc, i: int, stop: int, people: frozenset[str], lex: _Lexicon
) -> OccasionPhrase | None:
    """ "at a rally in Ohio", "in a statement", "in the journal Nature", "writing in Wired"."""
    np_start = i + 1
    end = _noun_phrase_end(doc, np_start, stop)
    if (show := _show_named_after(doc, i, end, stop)) is not None:
        return show
    if end <= np_start or _refers_back(doc, np_start, end):
        return None
    low = doc[i].lower_
    first = _strip_articles(doc, np_start, end)
    lower = [t.lower_ for t in doc[first:end]]
    if not lower:
        return None
    # "in the journal Nature": a descriptor then the name.
    if (
        low == "in"
        and lower[0] in _DESCRIPTORS
        and end - first >= 2
        and _is_capitalised(doc[first + 1])
    ):
        return OccasionPhrase(
            doc[i].idx,
            _span_range(doc, np_start, end)[1],
            Venue(_text(doc, first + 1, end), "outlet"),
        )
    # "in a Facebook post", "in an Instagram video": the platform.
    if lower[-1] in _POST_NOUNS and low in ("in", "via", "on", "during"):
        for k in range(first, end - 1):
            if lex.names.get(_name_key(doc[k].text)) == "platform":
                return OccasionPhrase(
                    doc[i].idx, _span_range(doc, np_start, end)[1], Venue(doc[k].text, "platform")
                )
        # `in a video for the network's YouTube channel`: the platform it was made for
        # (`in a video posted on the club's X account`: where it was put)
        by = end + (end + 2 < stop and doc[end].tag_ == "VBN" and doc[end].lower_ in _PUT_UP)
        if by + 1 < stop and doc[by].lower_ in ("for", "on", "to"):
            after = _noun_phrase_end(doc, by + 1, stop)
            for k in range(by + 1, after):
                if lex.names.get(_name_key(doc[k].text)) == "platform":
                    # (`posted to X.`: the sentence's full stop is no part of the name)
                    name = doc[k].text.rstrip(".") or doc[k].text
                    return OccasionPhrase(doc[i].idx, _span_range(doc, by + 1, after)[1],
                                          Venue(name, "platform"))
    # An occasion noun, extended by "in Ohio" / "at City Hall" / "with investors".
    event = _event_venue(doc, np_start, end, lex)
    if event is not None and low in ("at", "during", "in", "on"):
        end2 = end
        if end < stop and doc[end].lower_ in ("in", "at") and end + 1 < stop:
            place_end = _noun_phrase_end(doc, end + 1, stop)
            if place_end > end + 1 and any(
                t.ent_type_ in ("GPE", "LOC", "FAC") for t in doc[end + 1 : place_end]
            ):
                end2 = place_end
        extra = doc_text(doc)[
            _span_range(doc, np_start, end)[1] : _span_range(doc, np_start, end2)[1]
        ]
        name = event.name + extra
        return OccasionPhrase(doc[i].idx, _span_range(doc, np_start, end2)[1], Venue(name, "event"))
    if low not in ("in", "via", "through"):
        return None
    # `in the Le Quotidien interview`: the outlet (or podcast) the interview was with, named
    # before the noun
    if lower[-1] in _INTERVIEW_NOUNS and end - first >= 2 and _is_capitalised(doc[first]):
        kind = classify_name(doc, first, end - 1, people)
        if kind == "person" and not any(t.ent_type_ == "PERSON" or t.lower_ in people
                                        for t in doc[first:end - 1]):
            kind = "outlet"  # a name no one goes by: `Le Quotidien`, tagged a building
        if kind in ("outlet", "podcast", "platform"):
            return OccasionPhrase(doc[i].idx, _span_range(doc, np_start, end)[1],
                                  _named_venue(doc, first, end - 1, kind))
    # A document noun ("in a statement", "in court filings"), or an article written for an
    # outlet ("in an op-ed for the Daily Herald" -> the outlet).
    for width in (3, 2, 1):
        if end - width < first:
            continue
        phrase = _text(doc, end - width, end).lower()
        singular = phrase.removesuffix("s")
        named = (_is_capitalised(doc[end - 1]) and end - width > first
                 and _is_capitalised(doc[end - width - 1]))  # `the Harbor Review`: a name
        if (phrase in lex.article_nouns or singular in lex.article_nouns) and not named:
            outlet = _outlet_after(doc, end, stop, people)
            if outlet is not None:
                return OccasionPhrase(doc[i].idx, outlet[1], outlet[0])
            if (titled := _titled(doc, end, stop)) is not None:
                return OccasionPhrase(doc[i].idx, titled[1], titled[0])
            return OccasionPhrase(
                doc[i].idx,
                _span_range(doc, np_start, end)[1],
                Venue(_document_name(doc, first, end), "document"),
            )
        if is_document_noun(phrase):
            if (titled := _titled(doc, end, stop)) is not None:
                return OccasionPhrase(doc[i].idx, titled[1], titled[0])
            return OccasionPhrase(
                doc[i].idx,
                _span_range(doc, np_start, end)[1],
                Venue(_document_name(doc, first, end), "document"),
            )
    # "writing in Wired", "wrote in The Atlantic".
    if low == "in" and i > 0 and doc[i - 1].lower_ in ("writing", "wrote", "writes", "published"):
        kind = classify_name(doc, np_start, end, people)
        if kind == "person" and not any(
                t.ent_type_ in ("PERSON", "GPE", "LOC", "DATE", "TIME") for t in doc[np_start:end]
        ) and _text(doc, np_start, end).lower() not in people:
            kind = "outlet"  # `wrote in Le Gourmand`: what one writes in is no one
        if kind in ("outlet", "podcast", "platform"):
            return OccasionPhrase(
                doc[i].idx,
                _span_range(doc, np_start, end)[1],
                _named_venue(doc, np_start, end, kind),
            )
    return None


_INTERVIEW_NOUNS = frozenset({"interview", "interviews", "conversation", "appearance", "profile"})
# How a piece came out in an outlet (`an extract printed by …`).
_PRINTED = frozenset({"printed", "published", "run", "carried", "serialised", "serialized"})
# How a post was put where it was seen (`a video posted on …`).
_PUT_UP = frozenset({"posted", "shared", "uploaded", "published", "released", "put"})
# A publication that comes out again and again: its title names an outlet.
_SERIAL_NOUNS = frozenset({"newsletter", "blog", "column", "substack", "zine", "bulletin"})


def _titled(doc: Doc, end: int, stop: int) -> tuple[Venue, int] | None:
    """The title set after a document noun by a comma (`in his newsletter, The Sunday
    Plate`): a serial's title is its outlet, another's (`her memoir, Open Water`) the
    document's name."""
    if end + 2 < stop and doc[end].text == "," and doc[end + 1].text in ('"', "\u201c"):
        return _quoted_after(doc, end + 1, stop)  # `her memoir, "Second Takes,"`
    if end + 1 >= stop or doc[end].text != "," or not _is_capitalised(doc[end + 1]):
        return None
    # The parse, not the noun-phrase scan: a title may hold a time word (`The Sunday Plate`).
    head = next((c for c in doc[end - 1].rights if c.dep_ == "appos"), None)
    if head is None or head.left_edge.i != end + 1 or head.i >= stop:
        return None
    title = doc[end + 1 : head.i + 1]
    if (any(t.ent_type_ == "PERSON" for t in title)
            or not all(_is_capitalised(t) or not t.is_alpha or t.lower_ in ("of", "and", "the")
                       for t in title)):
        return None
    kind = "outlet" if doc[end - 1].lower_ in _SERIAL_NOUNS else "document"
    return Venue(title.text, kind), title[-1].idx + len(title[-1])  # type: ignore[arg-type]


def _quoted_after(doc: Doc, opening: int, stop: int) -> tuple[Venue, int] | None:
    """A capitalised title in quotation marks from token `opening` (the mark), a comma
    inside the closing mark allowed: the document's name."""
    for close in range(opening + 2, min(stop, opening + 10)):
        if doc[close].text in ('"', "\u201d"):
            words = [t for t in doc[opening + 1:close] if not t.is_punct]
            if not words or not all(_is_capitalised(t) or t.lower_ in ("of", "and", "the", "a")
                                    for t in words):
                return None
            name = doc[opening + 1:close].text.rstrip(",. ")
            return Venue(name, "document"), doc[close].idx + len(doc[close].text)
    return None


def _document_name(doc: Doc, first: int, end: int) -> str:
    # "its annual report" -> "annual report": whose it is belongs to the speaker.
    while first < end - 1 and doc[first].lower_ in _POSSESSIVE_PRONOUNS:
        first += 1
    return _text(doc, first, end)


def _outlet_after(
    doc: Doc, end: int, stop: int, people: frozenset[str]
) -> tuple[Venue, int] | None:
    if (end + 2 < stop and doc[end].lower_ in _PRINTED and doc[end].tag_ == "VBN"
            and doc[end + 1].lower_ in ("by", "in")):
        end += 1  # `an extract printed by the Sunday Chronicle`
    elif end + 1 >= stop or doc[end].lower_ not in ("for", "in"):
        return None
    name_end = _noun_phrase_end(doc, end + 1, stop)
    if name_end <= end + 1:
        return None
    kind = classify_name(doc, end + 1, name_end, people)
    if kind not in ("outlet", "podcast", "platform"):
        return None
    return _named_venue(doc, end + 1, name_end, kind), _span_range(doc, end + 1, name_end)[1]
