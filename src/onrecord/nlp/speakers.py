"""Mention -> canonical speaker within one article.

One pass over the Doc builds an entity table: people (from PERSON names, grouped under the
fullest name the article uses, with gender evidence and roles), organisations (ORG, and
GPE/FAC as weaker evidence) and groups (NORP plurals), each with its mentions in text order.
Each candidate's source mention is then classified — pronoun, name, spokesperson, role,
organisation, group, anonymous — and resolved by looking backwards from it in that table.
Lookups use bisection and a bounded walk, so the cost stays linear-ish in the article.

Decisions where the brief left room:
- Unnamed spokespeople speak for their organisation ("a Netflix spokesman" -> Netflix); a
  spokesperson for a *person* is attributed to that person, with lower confidence.
- Anonymous sources ("a source", "officials", "one resident") give speaker None; officials of
  a named body ("Pentagon officials") are attributed to that body.
- Groups get type "group": NORP plurals ("Democrats"), definite plurals ("the protesters" ->
  "protesters"), nationality officials ("Israeli officials") and coordinated people
  ("Jane Lee and Tom Lee"). Bare plurals ("critics said") are treated as anonymous.
- Countries, cities and buildings (GPE, FAC) that speak are organisations ("the White House").
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right, insort
from collections.abc import Iterator, Sequence
from dataclasses import dataclass, field
from functools import lru_cache
from importlib import resources

from spacy.tokens import Doc, Span, Token

from ..model import Speaker
from .candidates import Candidate, Range, in_ranges, quoted_speaker
from .doccache import doc_text
from .headline import after_byline, first_line, in_dateline
from .venues import OUTLET_NOUNS, is_document_noun, is_known_medium, is_written_piece


@dataclass(frozen=True, slots=True)
class ResolvedSpeaker:
    speaker: Speaker | None
    confidence: float


# --- lexicons ---------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class _Lexicons:
    honorifics: dict[str, tuple[str, str]]  # word -> (gender, role key); "-" for none
    roles: dict[str, tuple[str, str]]  # lemma -> (gender, role key)
    anonymous: frozenset[str]
    org_nouns: frozenset[str]
    body_nouns: frozenset[str]  # board, council ...: "the library board" names its own body
    name_heads: frozenset[str]  # "Church" of "Grace Church": a place or body, not a person
    spokes: frozenset[str]
    female: frozenset[str]
    male: frozenset[str]


def _rows(name: str) -> list[list[str]]:
    text = resources.files(__package__).joinpath("lexicons", name).read_text("utf-8")
    return [line.split() for line in text.splitlines() if line.strip() and line[0] != "#"]


@lru_cache(maxsize=1)
def _lexicons() -> _Lexicons:
    organisations = _rows("org_nouns.txt")
    return _Lexicons(
        honorifics={row[0]: (row[1], row[2]) for row in _rows("honorifics.txt")},
        roles={row[0]: (row[1], row[2]) for row in _rows("roles.txt")},
        anonymous=frozenset(row[0] for row in _rows("anonymous.txt")),
        org_nouns=frozenset(row[0] for row in organisations),
        body_nouns=frozenset(row[0] for row in organisations if row[1:] == ["body"]),
        name_heads=frozenset(row[0] for row in _rows("name_heads.txt")),
        spokes=frozenset(row[0] for row in _rows("spokes.txt")),
        female=frozenset(row[0] for row in _rows("first_names_female.txt")),
        male=frozenset(row[0] for row in _rows("first_names_male.txt")),
    )


def _honorific(token: Token) -> tuple[str, str] | None:
    return _lexicons().honorifics.get(token.lower_.rstrip("."))


def is_honorific(token: Token) -> bool:
    """"Mr.", "Gov.", "Sen." …: a title written before a name."""
    return _honorific(token) is not None


def _role(token: Token) -> tuple[str, str] | None:
    roles = _lexicons().roles
    return roles.get(token.lower_) or roles.get(token.lemma_.lower())


def _role_qualifiers(token: Token) -> list[str]:
    """The common nouns right before a role noun that say which role it is: "festival" of
    `the festival director`, "campaign" of `the Trump campaign manager` (a name before it,
    `the Anora director`, says whose, not which)."""
    words: list[str] = []
    i = token.i - 1
    while (i >= 0 and token.doc[i].dep_ == "compound" and token.doc[i].head.i == token.i
           and token.doc[i].pos_ == "NOUN"):
        words.insert(0, token.doc[i].lower_)
        i -= 1
    return words


def _role_keys(token: Token, key: str) -> list[str]:
    """The keys a role mention registers: the role, and each qualified form of it
    (`communications director` also as `director`)."""
    qualifiers = _role_qualifiers(token)
    return [key] + [" ".join([*qualifiers[i:], key]) for i in range(len(qualifiers))]


def _lemma(token: Token) -> str:
    return token.lemma_.lower() or token.lower_


PRONOUN_GENDER = {
    "he": "m", "him": "m", "his": "m", "himself": "m",
    "she": "f", "her": "f", "hers": "f", "herself": "f",
    "they": "n", "them": "n", "their": "n", "themselves": "n",
}  # fmt: skip
SUBJECT_DEPS = frozenset({"nsubj", "nsubjpass"})
DEFINITE = frozenset({"the", "this", "that", "these", "those"})
INDEFINITE = frozenset({"a", "an", "any", "some", "another", "one", "several", "many"})
LOOKBACK = 40  # person mentions a pronoun may reach back over


# --- the entity table -------------------------------------------------------------------


@dataclass(slots=True)
class _Entity:
    name: str
    type: str  # "person" | "organization" | "group" | "unknown" | "unnamed" (nobody in particular)
    key: tuple[str, ...] = ()  # lowercase name words
    votes: dict[str, int] = field(default_factory=dict)  # gender evidence: m / f / n
    roles: set[str] = field(default_factory=set)

    def vote(self, gender: str, weight: int) -> None:
        if gender in ("m", "f", "n"):
            self.votes[gender] = self.votes.get(gender, 0) + weight

    @property
    def gender(self) -> str | None:
        if not self.votes:
            return None
        ranked = sorted(self.votes.values(), reverse=True)
        if len(ranked) > 1 and ranked[0] == ranked[1]:
            return None
        return max(self.votes, key=self.votes.__getitem__)

    def speaker(self) -> Speaker:
        return Speaker(self.name, self.type)  # type: ignore[arg-type]


@dataclass(frozen=True, slots=True)
class _Mention:
    start: int  # character offset
    entity: int
    sent: int
    subject: bool = False
    main_subject: bool = False  # the subject of its sentence's main verb
    source: bool = False  # the source of some statement: a salient antecedent
    possessive: bool = False  # "Baker's film": a weak antecedent for a subject pronoun
    quoted: bool = False  # inside some statement's content: a weaker antecedent
    confidence: float = 0.9  # how sure the link from this mention to its entity is
    weak: bool = False  # an organisation only by GPE/FAC label
    asked: bool = False  # whom a question went to (`When I asked … Tom Reid, whether …`)


class _Mentions:
    """Mentions of one kind, sorted by position, with bisection for "the latest before"."""

    def __init__(self) -> None:
        self.starts: list[int] = []
        self.items: list[_Mention] = []

    def add(self, mention: _Mention) -> None:
        at = bisect_left(self.starts, mention.start)
        self.starts.insert(at, mention.start)
        self.items.insert(at, mention)

    def before(self, pos: int) -> Iterator[_Mention]:
        for index in range(bisect_left(self.starts, pos) - 1, -1, -1):
            yield self.items[index]

    def after(self, pos: int) -> Iterator[_Mention]:
        for index in range(bisect_left(self.starts, pos + 1), len(self.items)):
            yield self.items[index]


@dataclass(slots=True)
class _PersonRead:
    """What one PERSON entity span says: name words, gender hints, roles, its head token."""

    name: str
    key: tuple[str, ...]
    root: Token
    honorific_gender: str | None
    votes: list[tuple[str, int]]
    roles: set[str]


class _EntityTable:
    def __init__(self, doc: Doc, candidates: Sequence[Candidate]) -> None:
        self.doc = doc
        self.entities: list[_Entity] = []
        self.persons = _Mentions()
        self.orgs = _Mentions()
        self.groups = _Mentions()
        self.person_at: dict[int, _Mention] = {}  # token index -> person mention
        self.org_at: dict[int, _Mention] = {}  # token index -> org or group mention
        self.role_index: dict[str, list[tuple[int, int]]] = {}  # role -> [(pos, entity)]
        self.by_key: dict[tuple[str, str], int] = {}  # (type, name key) -> entity
        self.surnames: dict[str, list[int]] = {}  # last name word -> people with it
        self.firsts: dict[str, list[int]] = {}  # first name word -> people with it
        self.apposed_gender: dict[int, str] = {}  # person -> gender a role in apposition gives
        self.kin: set[int] = set()  # people named as someone's relative (`His daughter, Eva`)
        text = doc_text(doc)
        self.paragraph_starts = [0] + [m.end() for m in re.finditer(r"\n\s*\n", text)]
        self.quoted = _merged([r for c in candidates for r in c.content])
        self.sent_of = _sentence_index(doc, self.quoted)
        self.sources = _merged([c.source for c in candidates if c.source is not None])
        self.cues = _merged([c.cue for c in candidates if c.cue is not None])
        self.firms = _firms_by_apposition(doc)
        self.firm_keys = {" ".join(_without_company_suffix(tuple(name.lower().split())))
                          for name in self.firms}
        # `Halvorsen` of `Halvorsen Home, the furniture retailer,`: the firm by its first word
        self.firm_first_words = {name.split()[0] for name in self.firms if len(name.split()) > 1}
        # (cue start, document noun, who wrote it): `wrote in a letter`, for `the letter said`
        self.writers: list[tuple[int, str, Speaker]] = []
        # (position, noun, organisation): `her publisher, Lantern Games`, for `the publisher`
        self.org_nouns_apposed: list[tuple[int, str, int]] = []
        # titles and products in quotation marks, read once for people and organisations
        self.quoted_names = self._quoted_names()
        self._read_people()
        self._read_appositions()
        self._read_roles_beside_their_objects()
        self._read_pronoun_gender()
        self._read_organisations()
        self._read_unnamed_people()
        self.cast = self._read_cast()

    def _read_cast(self) -> dict[int, int | None]:
        """Where an actor is named as playing a character (`the lighthouse keeper, played by
        Idris Cole,`, `Mara (Julia Benet)`): a pronoun after that means the character, whose
        lines are the character's (no one's, where the character has no name), not the
        actor's. Each actor's mention start, with the named character's entity."""
        found: dict[int, int | None] = {}
        doc = self.doc
        for token in doc:
            if (token.tag_ == "VBN" and token.dep_ in ("acl", "advcl")
                    and token.lemma_.lower() in ("play", "portray", "voice")):
                for agent in (c for c in token.children if c.dep_ == "agent"):
                    for name in (c for c in agent.children if c.dep_ == "pobj"):
                        if (mention := self.person_at.get(name.i)) is not None:
                            found[mention.start] = None
            elif (token.text == "(" and 0 < token.i < len(doc) - 2
                  and (character := self.person_at.get(token.i - 1)) is not None
                  and (actor := self.person_at.get(token.i + 1)) is not None
                  and actor.entity != character.entity
                  and any(t.text == ")" for t in doc[token.i + 2:token.i + 5])):
                found[actor.start] = character.entity  # `Mara (Julia Benet)`
        return found

    # entities and mentions

    def entity_for(self, name: str, type_: str, key: tuple[str, ...] = ()) -> int:
        key = key or tuple(name.lower().split())
        if type_ == "organization":  # `Verity Therapeutics, Inc.` is Verity Therapeutics
            key = _without_company_suffix(key)
        found = self.by_key.get((type_, " ".join(key)))
        if found is None:
            found = len(self.entities)
            self.entities.append(_Entity(name, type_, key))
            self.by_key[(type_, " ".join(key))] = found
        return found

    def mention(self, token: Token, entity: int, **extra: object) -> _Mention:
        start = token.idx
        # (`Rivera's promoter, Frank Delgado, was less certain`: the name set beside the
        # subject is the subject)
        role = token.head if token.dep_ == "appos" else token
        subject = role.dep_ in SUBJECT_DEPS and not _apposition_read_as_a_subject(role)
        return _Mention(
            start=start,
            entity=entity,
            sent=self.sent_of[token.i],
            subject=subject,
            main_subject=subject and role.head.dep_ == "ROOT",
            source=in_ranges(self.sources, start),
            possessive=token.dep_ == "poss",
            quoted=in_ranges(self.quoted, start) and not self._raised(token),
            # (`asked the leader of the council, Tom Reid,`: the name may hang on the verb)
            asked=role.dep_ in ("dobj", "dative", "npadvmod")
            and role.head.lemma_.lower() in ("ask", "press"),
            **extra,  # type: ignore[arg-type]
        )

    def _raised(self, token: Token) -> bool:
        """The subject of a cue verb is outside the speech even where the content's span
        takes it in (`Mr Whitcombe is expected to set out …`)."""
        return token.dep_ in SUBJECT_DEPS and in_ranges(self.cues, token.head.idx)

    def add(self, mention: _Mention) -> None:
        kind = self.entities[mention.entity].type
        if kind in ("person", "unknown", "unnamed"):
            self.persons.add(mention)
        else:
            (self.orgs if kind == "organization" else self.groups).add(mention)

    def add_role(self, entity: int, role: str, pos: int) -> None:
        self.entities[entity].roles.add(role)
        insort(self.role_index.setdefault(role, []), (pos, entity))

    # people

    def _read_people(self) -> None:
        names = _completed_names(self.doc)
        bodies = _bodies_tagged_once_as_people(names)
        # `'Starfall Drift'` in a headline, a title the article puts in marks elsewhere
        titles = {name for name in self.quoted_names if " " in name}
        reads = [
            read
            for ent in names
            if names_person(ent) and ent.text not in self.firms and ent.text not in bodies
            and _proper_name(ent) not in titles
            and ent.text not in self.firm_first_words
            and not after_byline(doc_text(self.doc), ent.start_char)  # the writer's name
            and not in_dateline(doc_text(self.doc), ent.start_char)  # `SAN SEBASTIÁN, Spain —`
            and (read := _read_person(ent)) is not None
        ]
        rescued_spans = (_untagged_full_names(self.doc, reads) + _names_after_a_title(self.doc, reads)
                         + _first_names_tagged_otherwise(self.doc, reads)
                         + _untagged_given_names_and_surnames(self.doc, reads)
                         + _names_in_the_cast(self.doc, reads))
        rescued = [read for span in rescued_spans if (read := _read_person(span)) is not None]
        if rescued:
            reads = sorted(reads + rescued, key=lambda read: read.root.i)
        surnames, firsts = self.surnames, self.firsts
        for read in reads:  # the fullest names define the people
            if len(read.key) > 1:
                entity = self.entity_for(read.name, "person", read.key)
                surnames.setdefault(read.key[-1], []).append(entity)
                if "-" in read.key[-1]:  # `Birch` of `Montoya-Birch`, where the tagger cut it
                    surnames.setdefault(read.key[-1].rsplit("-", 1)[1], []).append(entity)
                firsts.setdefault(read.key[0], []).append(entity)
        for lists in (surnames, firsts):
            for key, found in lists.items():
                lists[key] = list(dict.fromkeys(found))
        for read in reads:  # `His daughter, Mara Ferreira`: known before surnames link
            apposed = [child for child in read.root.children if child.dep_ == "appos"]
            if read.root.dep_ == "appos":
                apposed.append(read.root.head)
            genders = {apposed_role[0] for token in apposed
                       if (apposed_role := _role(token)) is not None and apposed_role[0] != "-"}
            if len(read.key) > 1 and any(_lemma(token) in _KIN for token in apposed):
                self.kin.add(self.entity_for(read.name, "person", read.key))
            if len(read.key) > 1 and len(genders) == 1:
                self.apposed_gender[self.entity_for(read.name, "person", read.key)] = genders.pop()
        for read in reads:  # then mentions, in text order, so recency is known
            if len(read.key) > 1:
                entity, confidence = self.entity_for(read.name, "person", read.key), 0.95
            else:
                linked = self.link_word(read.key[0], read.honorific_gender, read.root.idx)
                entity, confidence = linked or (
                    self.entity_for(read.name, "person", read.key),
                    0.85,
                )
            person = self.entities[entity]
            for gender, weight in read.votes:
                person.vote(gender, weight)
            mention = self.mention(read.root, entity, confidence=confidence)
            self.add(mention)
            for role in read.roles:
                self.add_role(entity, role, mention.start)
            self.person_at[read.root.i] = mention
        for ent in [*names, *rescued_spans]:  # every token of a name points at its mention
            if (ent.label_ == "" or names_person(ent)) and ent.root.i in self.person_at:
                end = ent.end + (ent.end < len(self.doc)  # `Hugh Parrish KC`: the letters too
                                 and self.doc[ent.end].text in POST_NOMINALS)
                for i in range(ent.start, end):
                    self.person_at[i] = self.person_at[ent.root.i]
        self._read_untagged_surnames()

    def _read_untagged_surnames(self) -> None:
        """A known surname the tagger missed or mislabelled ("Murphy has an ally") is a mention,
        also where the tagger took it for a common noun but the entity tagger for a name
        (`Reyes said …` opening a sentence: NN, ORG), or for a common noun alone where it is
        a subject (`Lahti was more measured.`: NN, no entity)."""
        multi_word = {i for e in self.doc.ents if len(e) > 1 for i in range(e.start, e.end)}
        for token in self.doc:
            named = token.pos_ == "PROPN" or (token.ent_type_ != "" and token.is_title) or (
                token.pos_ == "NOUN" and token.is_title and token.dep_ in ("nsubj", "nsubjpass"))
            if not named or token.i in self.person_at or token.i in multi_word:
                continue
            if token.lower_ not in self.surnames and not (
                    token.lower_ in self.firsts and is_first_name(token.lower_)):
                continue  # (a first name alone is the one person of the article by it)
            previous = self.doc[token.i - 1] if token.i else None
            honorific = _honorific(previous) if previous is not None else None
            gender = honorific[0] if honorific and honorific[0] != "-" else None
            linked = self.link_word(token.lower_, gender, token.idx)
            if linked is not None:
                mention = self.mention(token, linked[0], confidence=linked[1] - 0.1)
                self.add(mention)
                self.person_at[token.i] = mention

    def link_word(
        self, word: str, honorific_gender: str | None, pos: int
    ) -> tuple[int, float] | None:
        """The person a lone surname (or first name) means, from the article's full names."""
        options = self.surnames.get(word) or self.firsts.get(word) or []
        if not options:
            return None
        if len(options) == 1:
            return options[0], 0.9
        # Two people share the name: the honorific decides, else the most recent one.
        if honorific_gender:
            genders = {e: self.entities[e].gender or self.apposed_gender.get(e) for e in options}
            fitting = [e for e in options if genders[e] == honorific_gender]
            if len(fitting) != 1:  # `Mr. Ferreira` is not `His daughter, Mara Ferreira`
                fitting = [e for e in options if genders[e] in (None, honorific_gender)]
            if len(fitting) == 1:
                return fitting[0], 0.85
        elif len(others := [e for e in options if e not in self.kin]) == 1:
            # `Varga was famously reluctant …` after `His daughter, Eva Varga,`: a surname
            # alone is the one the article is about, not the relative named to tell them apart
            return others[0], 0.6
        for mention in self.persons.before(pos):
            if mention.entity in options:
                return mention.entity, 0.5
        return options[0], 0.4

    def _read_appositions(self) -> None:
        """ "Sean Baker, the director of Anora" and "the director, Sean Baker"."""
        for token in self.doc:
            if token.dep_ != "appos":
                continue
            for name, other in ((token.head, token), (token, token.head)):
                mention = self.person_at.get(name.i)
                role = _role(other)
                if mention is not None and role is not None and other.i not in self.person_at:
                    gender, key = role
                    self.entities[mention.entity].vote(gender, 2)
                    for qualified in _role_keys(other, key):
                        self.add_role(mention.entity, qualified, mention.start)
                    # `The president of the jury, the French actress Claire Moreau,`: the
                    # role the role is set beside is hers too
                    outer = other.head if other.dep_ == "appos" and name is token else None
                    if (outer is not None and outer.i < other.i and outer.i not in self.person_at
                            and (outer_role := _role(outer)) is not None):
                        for qualified in _role_keys(outer, outer_role[1]):
                            self.add_role(mention.entity, qualified, mention.start)

    def _read_roles_beside_their_objects(self) -> None:
        """`The chief executive of Orbital Foods, Hannah Reyes,`, the name set beside the
        firm: she holds the role."""
        for token in self.doc:
            mention = self.person_at.get(token.i)
            if mention is None or (holder := _role_beside_its_object(self, token)) is None:
                continue
            gender, key = _role(holder) or ("-", "")
            self.entities[mention.entity].vote(gender, 2)
            for qualified in _role_keys(holder, key):
                self.add_role(mention.entity, qualified, mention.start)

    def _read_pronoun_gender(self) -> None:
        """A pronoun right after a person's mention, with no rival person near, hints gender."""
        recent: list[tuple[int, int]] = []  # (sentence, entity) of person mentions seen
        voted: set[int] = set()  # entities whose next pronoun already voted
        for token in self.doc:
            mention = self.person_at.get(token.i)
            if mention is not None and self.person_at.get(token.i - 1) is not mention:
                recent.append((mention.sent, mention.entity))
                voted.discard(mention.entity)
                continue
            gender = PRONOUN_GENDER.get(token.lower_)
            if gender is None or token.tag_ not in ("PRP", "PRP$") or not recent:
                continue
            if in_ranges(self.quoted, token.idx):
                continue
            sent = self.sent_of[token.i]
            near = {entity for s, entity in recent[-6:] if sent - s <= 1}
            if len(near) == 1:
                entity = near.pop()
                if entity not in voted:
                    self.entities[entity].vote(gender, 1)
                    voted.add(entity)

    # organisations and groups

    def _read_organisations(self) -> None:
        titles = self.quoted_names
        listings = [m.span() for m in _STOCK_LISTING.finditer(doc_text(self.doc))]
        first_names_tagged_people = {ent.root.lower_ for ent in self.doc.ents
                                     if len(ent) == 1 and ent.label_ == "PERSON"
                                     and is_first_name(ent.root.lower_)}
        for ent in self.doc.ents:
            if ent.root.i in self.person_at:  # a surname the tagger took for a place
                continue
            if any(a <= ent.start_char < b for a, b in listings):
                continue  # `(Nasdaq: VRTY)`: the firm named before it, not a firm of its own
            if after_byline(doc_text(self.doc), ent.start_char):
                continue  # `By Helen Park`, tagged a place: the writer, no organisation
            if in_dateline(doc_text(self.doc), ent.start_char):
                continue  # `HOUSTON (Wire) —`: where the story was filed from
            if _a_name_given(ent.root):
                continue  # `who gave her name as Deb`, tagged a body: a person's name
            if len(ent) == 1 and ent.root.text in POST_NOMINALS:
                continue  # `Hugh Parrish KC`: the barrister's rank, no body
            if (len(ent) > 1 and ent[-1].lower_ in _STREET_WORDS
                    and _proper_name(ent).lower() not in _SPEAKING_STREETS):
                continue  # `the patch of land behind Maple Road`: a street, no body
            if len(ent) == 1 and (ent.root.lower_ in first_names_tagged_people or (
                    ent.root.lower_ in self.firsts and is_first_name(ent.root.lower_))):
                continue  # `told Priya`, tagged a body here and a person elsewhere; `Nadia
                # said` after `Nadia Flores`
            if (ent.root.i == ent.end - 1 and _role(ent.root) is not None
                    and not is_org_noun(ent.root.lower_)):
                continue  # `Councillor denies wrongdoing`, `Former Halbrook CFO told …`: a
                # role, no body
            if _a_headline_common_noun(doc_text(self.doc), ent):
                continue  # `Subway workers threaten strike`: `subway workers` below
            if _proper_name(ent) in titles:
                continue  # `a pocket translator called "Beacon"`: a product, not a firm
            if len(ent) == 1 and _common_plural(ent.root):
                continue  # `Aides said privately …` opening a paragraph
            if (ent.label_ in ("ORG", "GPE", "FAC") or ent.text in self.firms
                    or ent.text in self.firm_first_words or _a_firm_tagged_a_person(ent)):
                firm = self._firm_named_in_full(ent)
                named = ent
                while (named.start > 0 and (word := self.doc[named.start - 1]).tag_ == "NNP"
                       and word.dep_ == "compound" and word.head.i == ent.root.i
                       and word.is_title and not word.ent_type_ and "\n" not in word.whitespace_):
                    named = self.doc[named.start - 1:named.end]  # `Last` of `Last Harvest`
                entity = firm if firm is not None else self.entity_for(
                    _proper_name(named), "organization")
                weak = (ent.label_ != "ORG" and ent.text not in self.firms and firm is None
                        and not _a_firm_tagged_a_person(ent))
                # `told the Courier`: the outlet the words went to, which `the team` is not
                weak = weak or (ent.root.dep_ in ("dobj", "dative")
                                and ent.root.head.lemma_.lower() == "tell")
                # `the Halden Institute in Copenhagen`: where a body is, tagged a body
                weak = weak or (ent.root.dep_ == "pobj" and ent.root.head.lower_ == "in"
                                and ent.root.head.head.ent_type_ == "ORG"
                                and not ent.start <= ent.root.head.head.i < ent.end)
            elif ent.label_ == "NORP" and ent.root.tag_ in ("NNS", "NNPS"):
                entity, weak = self.entity_for(_proper_name(ent), "group"), False
            else:
                continue
            mention = self.mention(ent.root, entity, weak=weak)
            self.add(mention)
            for i in range(ent.start, ent.end):
                self.org_at[i] = mention
            root = ent.root
            apposed = [root.head] if root.dep_ == "appos" else []
            apposed += [child for child in root.children if child.dep_ == "appos"]
            for noun in apposed:
                if noun.pos_ == "NOUN" and is_org_noun(_lemma(noun)):
                    self.org_nouns_apposed.append((ent.start_char, _lemma(noun), entity))
        last_words = {name.rsplit(maxsplit=1)[-1] for name in self.firms}
        for token in self.doc if self.firms else ():  # a firm's name the tagger missed
            if token.text not in last_words:
                continue
            name = _firm_name_ending_at(self.doc, token, self.firms)
            if name is not None and token.i not in self.org_at and not token.ent_type_:
                mention = self.mention(token, self.entity_for(name.text, "organization"))
                self.add(mention)
                for i in range(name.start, name.end):
                    self.org_at[i] = mention
        self._read_short_names()

    def _read_short_names(self) -> None:
        """`Falcons general manager Tim Rourke` after `The Portland Falcons`: the last word
        of an organisation's name, a capitalised plural the tagger left alone, is that
        organisation again, so that `the team` after it means it."""
        last_words: dict[str, int] = {}
        for index, entity in enumerate(self.entities):
            if entity.type == "organization" and len(entity.key) > 1:
                last_words.setdefault(entity.key[-1], index)
        for token in self.doc if last_words else ():
            entity_index = last_words.get(token.lower_)
            if (entity_index is None or token.tag_ not in ("NNPS", "NNS") or not token.is_title
                    or token.ent_type_
                    or token.i in self.org_at or token.i in self.person_at
                    or is_org_noun(token.lemma_.lower())):
                continue
            first = next((m for m in self.orgs.before(token.idx) if m.entity == entity_index),
                         None)
            if first is not None:  # named in full before
                mention = self.mention(token, entity_index)
                self.add(mention)
                self.org_at[token.i] = mention

    def _firm_named_in_full(self, ent: Span) -> int | None:
        """`Halvorsen` after `Halvorsen Home, the furniture retailer,`: a firm's first word
        alone, once its full name is known, is the firm."""
        if len(ent) != 1 or (ent.label_ != "ORG" and ent.text not in self.firm_first_words):
            return None
        word = ent.root.lower_
        return next((index for index, entity in enumerate(self.entities)
                     if entity.type == "organization" and len(entity.key) > 1
                     and entity.key[0] == word and " ".join(entity.key) in self.firm_keys), None)

    def _read_unnamed_people(self) -> None:
        """`An older man in a gray coat, who would not give his name, pointed at the line.`:
        a person a sentence is about, whom it does not name, is who a `he said` right after
        means (no one named), not a named man met before."""
        for token in self.doc:
            if (token.dep_ in ("nsubj", "nsubjpass") and token.pos_ == "NOUN"
                    and token.tag_ == "NN" and token.i not in self.person_at
                    and any(c.dep_ == "det" and c.lower_ in ("a", "an", "another")
                            for c in token.children)
                    and (_lemma(token) in _PEOPLE_NOUNS or _role(token) is not None
                         or _lemma(token) in _lexicons().anonymous)):
                _remember_unnamed(self, self.doc[token.left_edge.i:token.right_edge.i + 1])

    def _quoted_names(self) -> set[str]:
        """Names the article puts in quotation marks: titles and products, which the
        entity tagger may call organisations wherever they occur."""
        text = doc_text(self.doc)
        names = set()
        for ent in self.doc.ents:
            before, after = text[max(0, ent.start_char - 1)], text[ent.end_char:ent.end_char + 1]
            if ent.start_char > 0 and before in _OPENING_MARKS and after in _CLOSING_MARKS:
                names.add(_proper_name(ent))
        return names

    def org_named(self, pos: int, noun: str) -> _Mention | None:
        """The latest organisation before `pos` whose name holds `noun`, if any."""
        return next((m for m in self.orgs.before(pos) if self._named_with(m.entity, noun)), None)

    def _named_with(self, entity: int, noun: str) -> bool:
        """Whether the entity's name holds `noun` beside other words ("Bank" alone is the
        noun, no name)."""
        words = self.entities[entity].name.lower().split()
        return noun in words and len(words) > 1

    def org_named_after(self, pos: int, noun: str) -> int | None:
        """The first organisation after `pos` whose name holds `noun` (an entity the tagger
        found, or the noun capitalised after a name: `the Dockers' Union`), if any."""
        first = next((m for m in self.orgs.after(pos) if self._named_with(m.entity, noun)), None)
        after = self.doc.char_span(pos, len(doc_text(self.doc)), alignment_mode="expand")
        for token in after if after is not None else ():
            if first is not None and token.idx >= first.start:
                break
            if (token.idx > pos and token.lower_ == noun and token.is_title and token.i > 0
                    and any(w.pos_ == "PROPN" and w.i < token.i for w in token.lefts)):
                named = self.doc[token.left_edge.i:token.i + 1]
                return self.entity_for(_proper_name(named), "organization")
        return first.entity if first is not None else None

    def latest_org(self, pos: int, noun: str | None = None) -> _Mention | None:
        """The latest organisation mentioned before `pos`; with a `noun` ("council" of
        "the council said"), the latest whose name holds that noun, if any does, else the
        latest that such a noun can stand for: not an outlet the article cites (`the
        studio` is not Screen Daily) and not a place (`the studio` is not Galway) unless
        the noun is a medium's or a place's own (`the network`, `the government`)."""
        if noun is not None and (named := self.org_named(pos, noun)) is not None:
            return named
        weak = None
        for mention in self.orgs.before(pos):
            name = self.entities[mention.entity].name
            if noun is not None and noun not in _MEDIA_NOUNS and is_known_medium(name):
                continue
            if noun in _FIRM_NOUNS and _INSTITUTION_WORDS & set(name.lower().split()):
                continue  # `the company` is not Lakeshore University Medical Center
            if not mention.weak or (noun in ("club", "team", "side")
                                    and name.split()[-1] in _CLUB_WORDS):
                return mention  # (`Harlow City`, tagged a place, is the club)
            if noun is None or noun in _PLACE_NOUNS:
                weak = weak or mention
        return weak


# Nouns for a business, and words that name an institution no such noun stands for.
_FIRM_NOUNS = frozenset({"company", "firm", "corporation", "maker", "automaker", "carmaker",
                         "manufacturer", "retailer", "startup", "producer", "supplier",
                         "distributor"})
_INSTITUTION_WORDS = frozenset({"university", "college", "school", "hospital", "center",
                                "centre", "institute", "foundation", "charity", "court",
                                "police", "council", "board", "commission", "committee",
                                "department", "ministry", "museum", "library", "church",
                                "league", "federation", "agency", "bureau", "government",
                                "army", "senate", "congress", "parliament"})
_COMPANY_SUFFIXES = frozenset({"inc", "inc.", "corp", "corp.", "llc", "ltd", "ltd.", "plc",
                               "co.", "gmbh", "s.a.", "n.v.", "ag", "l.p."})


def _without_company_suffix(key: tuple[str, ...]) -> tuple[str, ...]:
    """A firm's name without its legal form: `verity therapeutics, inc.` → `verity
    therapeutics` (never down to nothing)."""
    words = list(key)
    while len(words) > 1 and words[-1] in _COMPANY_SUFFIXES:
        words.pop()
    if words:
        words[-1] = words[-1].rstrip(",")
    return tuple(words)


# Nouns for a person, of whom a sentence may speak without naming them.
_EVERYONE = frozenset({"everyone", "everybody", "anyone", "anybody", "someone", "somebody",
                       "nobody", "noone"})
# Last words of a sports club's name the tagger may take for a place's.
_CLUB_WORDS = frozenset({"City", "United", "Town", "Rovers", "Athletic", "Wanderers", "Albion",
                         "County", "FC", "Rangers", "Villa", "Hotspur"})
_PEOPLE_NOUNS = frozenset({"man", "woman", "boy", "girl", "mother", "father", "grandmother",
                           "grandfather", "teenager", "child", "daughter", "son", "husband",
                           "wife", "parent", "customer", "shopper", "driver", "traveler",
                           "traveller", "voter", "fan", "patient", "veteran", "juror",
                           "witness", "resident", "neighbour", "neighbor", "passenger",
                           "student", "worker", "employee", "buyer", "attendee", "spectator",
                           "viewer", "listener", "caller", "survivor", "tenant", "homeowner"})
# Bodies that speak for the one person whose they are (`his campaign`, `her office`).
_PERSONAL_BODIES = frozenset({"campaign", "office", "team", "camp", "staff"})
# Nouns that name someone as another's relative.
_KIN = frozenset({"daughter", "son", "wife", "husband", "widow", "widower", "brother",
                  "sister", "mother", "father", "grandson", "granddaughter", "niece", "nephew"})
_PEOPLE_GENDER = {"man": "m", "boy": "m", "father": "m", "grandfather": "m", "son": "m",
                  "husband": "m", "woman": "f", "girl": "f", "mother": "f", "grandmother": "f",
                  "daughter": "f", "wife": "f"}
# Words before a role that say nothing of whose it is (`Former coach`, opening a sentence).
_ROLE_ADJECTIVES = frozenset({"former", "new", "top", "head", "assistant", "interim", "acting",
                              "longtime", "veteran", "senior", "chief", "deputy", "then"})
# A listing after a firm's name: `(Nasdaq: VRTY)`, `(NYSE: ACME)`, `(TSX: ABC.B)`.
_STOCK_LISTING = re.compile(r"\((?:[A-Z][A-Za-z]{1,15} ?){1,3}: ?[A-Z][A-Z.]{0,7}\)")


# --- helpers over tokens ----------------------------------------------------------------


def _common_plural(token: Token) -> bool:
    """A role's or an anonymous source's plural written with a capital (`Aides`,
    `Critics`, `Officials` opening a sentence), which the taggers may take for a name:
    people unnamed."""
    if not token.text.istitle():
        return False
    lex, word = _lexicons(), token.lower_
    return word.endswith("s") and any(  # `aides`, `witnesses`, `regulars`
        singular in lex.roles or singular in lex.anonymous or singular in _PEOPLE_NOUNS
        or singular in ("regular", "local") for singular in (word[:-1], word[:-2]))


def _firms_by_apposition(doc: Doc) -> frozenset[str]:
    """Names that an apposition calls a firm (`Lumen, the Oslo-based hardware start-up,`,
    `Halvorsen Home, the furniture retailer,`, `her publisher, Lantern Games`): the small
    entity tagger takes such names for people, events or nothing."""
    found = set()
    kinds: tuple[str, ...]
    for token in doc:
        if token.dep_ != "appos":
            continue
        if token.head.i < token.i and token.head.pos_ == "PROPN":
            name, noun, kinds = token.head, token, ("", "PERSON", "ORG")
        elif token.head.i < token.i and token.pos_ == "PROPN" and token.head.pos_ == "NOUN":
            # the noun first: a person's name after it (`the publisher, Ann Lee`) is a person,
            # but not one word that is no first name (`The streaming service, Lumio,`)
            name, noun, kinds = token, token.head, ("", "ORG", "EVENT", "PRODUCT", "WORK_OF_ART")
            if (token.ent_type_ == "PERSON" and not is_first_name(token.lower_)
                    and not any(c.dep_ == "compound" for c in token.children)):
                kinds = (*kinds, "PERSON")
        else:
            continue
        first = name.i
        # (`Last Harvest`: a capitalised adjective of the name is part of it)
        while (first > 0 and doc[first - 1].head.i == name.i and doc[first - 1].is_title and (
                (doc[first - 1].dep_ == "compound" and doc[first - 1].pos_ == "PROPN")
                or (doc[first - 1].dep_ == "amod" and doc[first - 1].pos_ == "ADJ"
                    and not doc[first - 1].is_sent_start))):
            first -= 1
        if (not name.is_title or any(child.dep_ == "compound" and child.i < first
                                     for child in name.children)
                or name.ent_type_ not in kinds
                or name.lower_ in _COMPANY_SUFFIXES):  # `Inc.` of `Verity Therapeutics, Inc.`
            continue
        head = noun.lemma_.lower()
        if noun.i >= 2 and doc[noun.i - 1].text == "-":  # `start-up`
            head = doc[noun.i - 2].lower_ + head
        if is_org_noun(head):
            found.add(doc[first:name.i + 1].text)
    return frozenset(found | _firms_after_their_noun(doc))


def _firm_name_ending_at(doc: Doc, token: Token, firms: frozenset[str]) -> Span | None:
    """The name in `firms` (one word or several: `Last Harvest`) that ends at `token`."""
    for size in (5, 4, 3, 2, 1):
        if token.i + 1 >= size and (span := doc[token.i + 1 - size:token.i + 1]).text in firms:
            return span
    return None


def _firms_after_their_noun(doc: Doc) -> set[str]:
    """`The appliance maker Brightvale`, `the retailer Halvorsen Home`: a name right after a
    firm's noun, which the tagger may call a place or nothing."""
    found = set()
    for noun in doc:
        # (`Payments company Quillpay has blamed …`: the phrase opens the sentence bare)
        if not (noun.pos_ == "NOUN" and noun.lemma_.lower() in _FIRM_NOUNS
                and (any(c.dep_ == "det" for c in noun.lefts)
                     or noun.left_edge.i == noun.sent.start)):
            continue
        end = noun.i + 1
        while end < len(doc) and doc[end].pos_ == "PROPN" and doc[end].is_title:
            end += 1
        name = doc[noun.i + 1:end]
        if len(name) and all(t.ent_type_ in ("", "PERSON", "ORG", "GPE") for t in name):
            found.add(name.text)
    return found


def _sentence_index(doc: Doc, quoted: list[Range]) -> list[int]:
    """Each token's sentence, counting only sentences the writer speaks in: a sentence
    wholly inside someone's words (a quotation's second paragraph) does not put the
    speaker further from the pronoun after it (`"…" + "The third one is the one you saw."`
    + `She was more guarded …` means the director, not the girl her quotation names)."""
    index = [0] * len(doc)
    if not (doc.has_annotation("SENT_START") or doc.has_annotation("DEP")):
        return index
    number = -1
    for sent in doc.sents:
        if number < 0 or not _wholly_quoted(sent, quoted):
            number += 1
        for i in range(sent.start, sent.end):
            index[i] = number
    return index


def _wholly_quoted(sentence: Span, quoted: list[Range]) -> bool:
    words = [t for t in sentence if not (t.is_punct or t.is_space)]
    if not words:
        return False
    start, end = words[0].idx, words[-1].idx + len(words[-1].text)
    at = bisect_right(quoted, (start, float("inf"))) - 1
    return at >= 0 and start < quoted[at][1] and end <= quoted[at][1]


def _merged(ranges: list[Range]) -> list[Range]:
    out: list[Range] = []
    for start, end in sorted(ranges):
        if out and start <= out[-1][1]:
            out[-1] = (out[-1][0], max(out[-1][1], end))
        else:
            out.append((start, end))
    return out


def _text_of(tokens: Sequence[Token]) -> str:
    # A slice of the Doc: doc.text would rebuild the whole article on each call.
    return tokens[0].doc[tokens[0].i : tokens[-1].i + 1].text


def _proper_name(span: Span) -> str:
    tokens = list(span)
    while tokens and (tokens[0].tag_ == "DT" or tokens[0].is_punct or tokens[0].is_space):
        tokens.pop(0)
    # (`the council of 'hiding …'`, tagged a body to the quotation mark: no name ends on
    # its preposition)
    while tokens and (tokens[-1].tag_ in ("POS", "IN", "CC", "TO") or tokens[-1].is_punct
                      or tokens[-1].is_space):
        if tokens[-1].text in _CLOSING_MARKS and any(t.text in _OPENING_MARKS for t in tokens[:-1]):
            break  # `the creators of "Starfall"`: the title keeps its closing mark
        tokens.pop()
    return _text_of(tokens) if tokens else span.text


def names_person(ent: Span) -> bool:
    """A PERSON entity, or a first name and a surname the small tagger labelled otherwise
    (it reads "Maria Brisk spoke on Monday" as an organisation): two or three capitalised
    proper nouns, the first a common first name, none a word organisations are named by."""
    if ent.label_ == "PERSON":  # never `bin` of `a plastic bin`, which the tagger may call one
        # nor `Quince Fold 3`, a product: no person's name holds a number
        return (not _a_street(ent) and any(t.text[:1].isupper() for t in ent)
                and not any(t.like_num for t in ent) and not _a_firm_tagged_a_person(ent))
    # `Ruiz-Tagle` is one word of a name
    words = [t for t in ent if not (t.text == "-" and not t.whitespace_ and t.i > ent.start
                                    and not t.nbor(-1).whitespace_)]
    # (`Rebecca Holt told the committee`, tagged a work's title: a subject is someone)
    work_as_subject = ent.label_ == "WORK_OF_ART" and ent.root.dep_ in ("nsubj", "nsubjpass")
    if (ent.label_ not in ("ORG", "GPE", "NORP", "PRODUCT") and not work_as_subject
            or not 1 <= len(words) <= 3):
        return False
    if len(words) == 1 and (not (_apposed_to_role(ent) and ent.root.dep_ == "appos"
                                 or _given_an_age(ent) and ent.root.is_title)
                            or ent.root.text in POST_NOMINALS):
        return False  # one word only where a role names it (`Her son, Mehmet,`) or an age
        # follows it (`Bev, 71,`)
    if (not is_first_name(ent[0].lower_) and not _apposed_to_role(ent) and not _given_an_age(ent)
            and not _a_titled_given_name(ent)):
        return False
    lex = _lexicons()
    return ent[-1].lower_ not in lex.name_heads and all(
        t.pos_ == "PROPN" and t.is_alpha and t.text[:1].isupper() and t.lower_ not in lex.org_nouns
        for t in words)


# Letters after a name that give a rank or an honour (`Hugh Parrish KC`), never a body.
POST_NOMINALS = frozenset({"KC", "QC", "SC", "MP", "MSP", "MEP", "OBE", "MBE", "CBE", "KBE",
                           "DBE", "PhD", "Esq", "JP"})


# Last words of a firm's name (`Fenwick Press`, `Ashby Capital`), which the tagger may
# label a person.
_FIRM_HEADS = frozenset({"press", "books", "publishing", "publishers", "capital", "partners",
                         "records", "studios", "pictures", "media", "holdings", "foods",
                         "motors", "labs", "games", "films", "entertainment", "ventures",
                         "associates", "airlines", "pharmaceuticals", "therapeutics",
                         "fire", "rescue"})  # (`Cal Fire`)


def _a_firm_tagged_a_person(ent: Span) -> bool:
    return ent.label_ == "PERSON" and len(ent) >= 2 and ent[-1].lower_ in _FIRM_HEADS


def _a_titled_given_name(ent: Span) -> bool:
    """`King Edmund`, tagged an organisation: a role's title before a single name."""
    lex = _lexicons()
    return (len(ent) == 2 and ent[0].text[:1].isupper() and _role(ent[0]) is not None
            and ent[1].pos_ == "PROPN" and ent[1].is_title and ent[1].lower_ not in lex.org_nouns
            and ent[1].lower_ not in lex.name_heads)


_STREET_WORDS = frozenset({"lane", "street", "road", "avenue", "boulevard", "drive", "square"})
# Streets that stand for who works there (`Downing Street said`).
_SPEAKING_STREETS = frozenset({"downing street"})


def _a_street(ent: Span) -> bool:
    # `a jewellery shop on Harrow Lane`: a place the tagger took for a person.
    before = ent.doc[ent.start - 1].lower_ if ent.start else ""
    return (len(ent) > 1 and ent[-1].lower_ in _STREET_WORDS
            and before in ("on", "in", "at", "off", "along", "near"))


def _a_headline_common_noun(text: str, ent: Span) -> bool:
    """A single word of the headline, capitalised there as headlines are, that the article
    below only ever writes in lower case: a common noun, not a body's name."""
    start, end = first_line(text)
    if len(ent) != 1 or not start <= ent.start_char < end:
        return False
    word = ent.text
    below = text[end:]
    return (re.search(rf"\b{re.escape(word.lower())}\b", below) is not None
            and re.search(rf"\b{re.escape(word)}\b", below) is None)


def _bodies_tagged_once_as_people(names: list[Span]) -> set[str]:
    """`Leaked recording shows Brightlane CEO …` with `Brightlane` tagged a person there and
    a place or organisation further on: a single word the tagger calls a person no more
    often than a body, and that ends no fuller person's name, is the body's name."""
    people: dict[str, int] = {}
    bodies: dict[str, int] = {}
    surnames: set[str] = set()
    for ent in names:
        if ent.label_ == "PERSON" or (len(ent) == 1 and _given_an_age(ent)):  # (`Bev, 71,`)
            if len(ent) == 1:
                people[ent.text] = people.get(ent.text, 0) + 1
            else:
                surnames.add(ent[-1].text)
        elif ent.label_ in ("ORG", "GPE") and len(ent) == 1:
            bodies[ent.text] = bodies.get(ent.text, 0) + 1
    # (`Priya`, tagged a person once and a body once, is a common first name: hers)
    return {word for word, count in people.items()
            if bodies.get(word, 0) >= count and word not in surnames
            and not is_first_name(word.lower())}


def _given_an_age(ent: Span) -> bool:
    """`Hatice Yildiz, 64,`: a name with an age set after it is a person's."""
    doc = ent.doc
    end = ent.end
    return (end + 2 < len(doc) and doc[end].text == "," and doc[end + 1].text.isdigit()
            and doc[end + 2].text == "," and 0 < int(doc[end + 1].text) < 120)


def _apposed_to_role(ent: Span) -> bool:
    """`The shop's owner, Fenella Cross`: a name the tagger called a firm, set beside a
    person's role, whose first name the lists lack."""
    root = ent.root
    if root.dep_ == "appos" and root.head.pos_ == "NOUN" and _role(root.head) is not None:
        return True
    # `Oyelaran Bakare, a junior who helped organize the sit-in`: a role or someone who
    # does something set after the name
    return any(
        child.dep_ == "appos" and child.pos_ == "NOUN" and (_role(child) is not None or any(
            clause.dep_ == "relcl" and any(word.lower_ == "who" for word in clause.children)
            for clause in child.children))
        for child in root.children)


def _hyphen_tail_end(doc: Doc, end: int) -> int:
    """Where a name ending before token `end` ends with the hyphenated words that follow it
    unspaced (`Holloway` then `-Kim`)."""
    while (end + 1 < len(doc) and doc[end].text == "-" and not doc[end - 1].whitespace_
           and not doc[end].whitespace_ and doc[end + 1].is_title):
        end += 2
    return end


def _completed_names(doc: Doc) -> list[Span]:
    """The document's entities, each person's name run on over a hyphenated tail and back
    over a first name the tagger left out (`Anders` `Holloway` `-Kim`)."""
    out: list[Span] = []
    ents = list(doc.ents)
    skip = -1
    for index, ent in enumerate(ents):
        if index == skip:
            continue
        if (index + 1 < len(ents) and (joined := _name_split_in_two(ent, ents[index + 1]))
                is not None):
            out.append(joined)
            skip = index + 1
            continue
        if (owned := _owner_and_name(ent)) is not None:
            out.extend(owned)  # `Screen Ledger's Amara Diallo`: an outlet, then a person
            continue
        start, end = ent.start, _hyphen_tail_end(doc, ent.end)
        if ent.label_ != "PERSON" and _described_by_who(ent):
            # `Tomasz Wrobel, who coordinates volunteers`, where the tagger saw a place in
            # `Wrobel` alone: a capitalised word before it is the first name
            while (start > 0 and doc[start - 1].ent_type_ == "" and doc[start - 1].pos_ == "PROPN"
                   and doc[start - 1].is_title and doc[start - 1].dep_ == "compound"
                   and "\n" not in doc[start - 1].whitespace_ and ent.start - start < 2):
                start -= 1
            if ent.start - start == 1 and len(ent) == 1:
                out.append(Span(doc, start, end, label="PERSON"))
                continue
        while (ent.label_ == "PERSON" and start > 0 and doc[start - 1].ent_type_ == ""
               and doc[start - 1].pos_ == "PROPN" and doc[start - 1].is_title
               and "\n" not in doc[start - 1].whitespace_
               and (is_first_name(doc[start - 1].lower_) or _given_name_after_a_title(ent, start))):
            start -= 1
        same = (start, end) == (ent.start, ent.end)
        out.append(ent if same else Span(doc, start, end, label=ent.label_))
    return out


def _given_name_after_a_title(ent: Span, start: int) -> bool:
    """`Labour MP Sadia Rahman`, tagged `Rahman`: a one-word name whose word before it
    follows a title or a role is the first name, whatever the lexicon knows of it."""
    doc = ent.doc
    if len(ent) != 1 or start != ent.start or start < 2:
        return False
    title = doc[start - 2]
    return title.text[:1].isupper() and (_role(title) is not None or _honorific(title) is not None)


def _name_split_in_two(first: Span, second: Span) -> Span | None:
    """`Her lead actress, Halina Brzeska, 81,`, tagged as two places, `Halina` and
    `Brzeska`: two single capitalised words side by side, the first leaning on the second,
    that a role, an age or a who-clause marks as someone's name, are one person's."""
    doc = first.doc
    if (len(first) != 1 or len(second) != 1 or second.start != first.end
            or "PERSON" in (first.label_, second.label_)
            or not all(t.pos_ == "PROPN" and t.is_title and t.is_alpha for t in (*first, *second))
            or first.root.dep_ != "compound" or first.root.head.i != second.root.i
            or "\n" in first.root.whitespace_):
        return None
    if not (_apposed_to_role(second) or _given_an_age(second) or _described_by_who(second)):
        return None
    return Span(doc, first.start, second.end, label="PERSON")


def _described_by_who(ent: Span) -> bool:
    """`…, who coordinates volunteers`: a who-clause set after the name by a comma."""
    return any(clause.dep_ == "relcl" and any(w.lower_ == "who" and w.dep_ in ("nsubj", "nsubjpass")
                                              for w in clause.children)
               for clause in ent.root.children)


def _owner_and_name(ent: Span) -> list[Span] | None:
    """An entity the tagger ran over a possessive (`Screen Ledger's Amara Diallo`): the
    owner, an organisation, and a first name and surname after it, a person."""
    doc = ent.doc
    marks = [t.i for t in ent if t.tag_ == "POS" and t.i > ent.start]
    if len(marks) != 1:
        return None
    name = doc[marks[0] + 1:ent.end]
    if not 2 <= len(name) <= 3 or not all(t.is_title and t.is_alpha and t.pos_ == "PROPN"
                                          for t in name):
        return None
    lex = _lexicons()
    if any(t.lower_ in lex.org_nouns or t.lower_ in lex.name_heads for t in name):
        return None  # `The Women's Tennis Association`: a body's name whole
    return [Span(doc, ent.start, marks[0], label="ORG"), Span(doc, name.start, name.end,
                                                               label="PERSON")]


def _first_names_tagged_otherwise(doc: Doc, reads: list[_PersonRead]) -> list[Span]:
    """`Priya`, a contestant the article names by her first name alone, tagged a person
    once and a place or a body elsewhere: each of its other mentions is her too."""
    lone = {read.root.text for read in reads
            if len(read.key) == 1 and is_first_name(read.key[0])}
    if not lone:
        return []
    taken = {i for read in reads for i in range(read.root.left_edge.i, read.root.i + 1)}
    return [doc[t.i:t.i + 1] for t in doc
            if t.text in lone and t.i not in taken and t.pos_ == "PROPN"
            and not (t.i + 1 < len(doc) and doc[t.i + 1].pos_ == "PROPN" and doc[t.i + 1].is_title)]


def _untagged_full_names(doc: Doc, reads: list[_PersonRead]) -> list[Span]:
    """`Imogen Tate did not plan …`, where the tagger knew only the later `Tate`: a
    capitalised proper noun just before a one-word person's name, in no entity of its own
    and no word organisations are named by, is that person's first name."""
    lone = {read.key[0] for read in reads if len(read.key) == 1}
    lone -= {read.key[-1] for read in reads if len(read.key) > 1}
    if not lone:
        return []
    lex = _lexicons()
    taken = {i for read in reads for i in range(read.root.left_edge.i, read.root.i + 1)}
    out = []
    for token in doc[1:]:
        first = doc[token.i - 1]
        end = _hyphen_tail_end(doc, token.i + 1)  # `Anders Holloway-Kim`
        word = "-".join(t.lower_ for t in doc[token.i:end] if t.text != "-")
        if (word not in lone or not token.is_title or token.i in taken
                or not first.is_title or first.pos_ != "PROPN" or "\n" in first.whitespace_
                or first.lower_ in lex.org_nouns or first.lower_ in lex.name_heads
                or _honorific(first) or _role(first) or first.ent_type_ in ("PERSON", "GPE")
                or after_byline(doc_text(doc), first.idx)):
            continue
        before = doc[first.i - 1] if first.i else None
        if before is not None and before.is_title and before.pos_ == "PROPN" and (
                "\n" not in before.whitespace_):
            continue  # a longer name (`Marlow House Tate`): not a first name and surname
        out.append(doc[first.i : end])
    return out


def _names_in_the_cast(doc: Doc, reads: list[_PersonRead]) -> list[Span]:
    """`Ember (voiced by Zoe Park)`, the name tagged a place: whoever plays, portrays or
    voices a part is a person, where the name opens on a first name the lists know."""
    taken = {i for read in reads for i in range(read.root.left_edge.i, read.root.i + 1)}
    out = []
    for token in doc:
        if not (token.tag_ == "VBN" and token.lemma_.lower() in ("play", "portray", "voice")):
            continue
        for agent in (c for c in token.children if c.dep_ == "agent"):
            for name in (c for c in agent.children if c.dep_ == "pobj" and c.pos_ == "PROPN"):
                first = name
                while first.i > 0 and doc[first.i - 1].dep_ == "compound" and (
                        doc[first.i - 1].head.i == name.i and doc[first.i - 1].is_title):
                    first = doc[first.i - 1]
                if (name.i not in taken and first.i < name.i
                        and is_first_name(first.lower_)):
                    out.append(doc[first.i:name.i + 1])
    return out


def _untagged_given_names_and_surnames(doc: Doc, reads: list[_PersonRead]) -> list[Span]:
    """`Mara (Julia Benet)`, which the tagger left alone: a first name the lists know and a
    capitalised proper noun after it, neither in any entity nor a word organisations or
    places are named by, with no third capitalised word, are a person's name."""
    lex = _lexicons()
    taken = {i for read in reads for i in range(read.root.left_edge.i, read.root.i + 1)}
    out = []
    for first in doc[:-1]:
        last = doc[first.i + 1]
        if (first.ent_type_ or last.ent_type_ or first.i in taken or last.i in taken
                or not (first.is_title and last.is_title and last.is_alpha)
                or first.pos_ != "PROPN" or last.pos_ != "PROPN" or first.whitespace_ != " "
                or last.is_sent_start
                or not is_first_name(first.lower_)
                or last.lower_ in lex.org_nouns or last.lower_ in lex.name_heads
                or (first.i > 0 and doc[first.i - 1].is_title and doc[first.i - 1].pos_ == "PROPN")
                or (last.i + 1 < len(doc) and doc[last.i + 1].is_title
                    and doc[last.i + 1].pos_ == "PROPN")):
            continue
        out.append(doc[first.i:last.i + 1])
    return out


# A party member's noun before a name (`Democrat Sofia Reyes`): no role a `the Democrat`
# resolves by (`Democrats said` is a group), but it heads a name as a role does.
_PARTY_TITLES = frozenset({"democrat", "republican", "libertarian"})


# Titles a royal goes by with one given name (`Princess Eleanor`, `King Edmund`).
_ROYAL_TITLES = frozenset({"king", "queen", "prince", "princess"})


def _names_after_a_title(doc: Doc, reads: list[_PersonRead]) -> list[Span]:
    """`Chef Teodora Vlahos`, `security researcher Kemal Arslan`: two capitalised proper
    nouns right after a role or an honorific are a person's first name and surname,
    whatever the tagger made of them (here: a title of a work, an organisation), unless a
    person's name the tagger found holds them."""
    lex = _lexicons()
    taken = {i for read in reads for i in range(read.root.left_edge.i, read.root.i + 1)}
    out = []
    for title in doc[:-2]:
        # (`Chef Teodora Vlahos`, and `Security researcher Kemal Arslan` in lower case)
        if (title.pos_ not in ("NOUN", "PROPN") and title.dep_ != "compound") or not (
                _role(title) or _honorific(title) or title.lower_ in _PARTY_TITLES):
            continue  # (`forward Eli Navarro`: the tagger's adverb, the parser's compound)
        first, last = doc[title.i + 1], doc[title.i + 2]
        end = _hyphen_tail_end(doc, last.i + 1)

        def name_word(word: Token) -> bool:
            return (word.i not in taken and word.is_title and word.is_alpha
                    and word.pos_ == "PROPN" and word.lower_ not in lex.org_nouns
                    and word.lower_ not in lex.name_heads and word.ent_type_ != "PERSON")

        if (title.lower_ in _ROYAL_TITLES and title.is_title and name_word(first)
                and first.ent_type_ != "GPE" and not (last.is_title and last.pos_ == "PROPN")
                and "\n" not in title.whitespace_):
            out.append(doc[title.i:first.i + 1])  # `Princess Eleanor`: a given name alone
            continue
        if (not name_word(first) or not name_word(last) or first.ent_type_ == "GPE"
                or "\n" in first.whitespace_ or "\n" in title.whitespace_
                or (end < len(doc) and doc[end].is_title and doc[end].pos_ == "PROPN")
                or after_byline(doc_text(doc), title.idx)):
            continue
        out.append(doc[first.i:end])
    return out


def _read_person(ent: Span) -> _PersonRead | None:
    """Strip titles and honorifics off a PERSON name and note what they say."""
    lex = _lexicons()
    words = list(ent)
    # A name never spans a line break: the parser may glue a headline to the next line.
    for cut, token in enumerate(reversed(words)):
        if "\n" in token.text or "\n" in token.whitespace_:
            words = words[len(words) - cut :]
            break
    titles: list[Token] = []
    while words and (words[0].tag_ == "DT" or _honorific(words[0]) or _role(words[0])):
        titles.append(words.pop(0))
    while words and (words[-1].tag_ == "POS" or words[-1].is_punct
                     or words[-1].text in POST_NOMINALS):
        words.pop()
    if not words or not any(w.is_alpha for w in words):
        return None
    # Titles written just before the name: "Director", "Ms.", "the Democratic senator".
    inside = {w.i for w in ent}
    i = ent.start - 1
    while i >= 0 and ent.start - i <= 6:
        token = ent.doc[i]
        attached = token.head.i in inside and token.dep_ in ("compound", "amod", "det", "nmod")
        if not (attached or _honorific(token) and i == ent.start - 1):
            break
        titles.append(token)
        inside.add(i)
        i -= 1
    votes: list[tuple[str, int]] = []
    roles: set[str] = set()
    honorific_gender = None
    for token in titles:
        honorific = _honorific(token)
        if honorific is not None and (token.text.endswith(".") or token.is_title):
            gender, role = honorific
            if gender != "-":
                honorific_gender = gender
                votes.append((gender, 3))
            if role != "-":
                roles.add(role)
        elif (found := _role(token)) is not None:
            votes.append((found[0], 2))
            roles.update(_role_keys(token, found[1]))
    key = _name_key(words)
    if len(key) > 1:
        if key[0] in lex.female:
            votes.append(("f", 2))
        elif key[0] in lex.male:
            votes.append(("m", 2))
    return _PersonRead(_text_of(words), key, ent.root, honorific_gender, votes, roles)


def _name_key(words: Sequence[Token]) -> tuple[str, ...]:
    """The lower-cased words of a name, a hyphenated one as one word: `Halvorsen-Maku` is
    a surname, not a first name and a surname."""
    key: list[str] = []
    joined = False
    for word in words:
        if word.text == "-" and key and not word.whitespace_ and not word.nbor(-1).whitespace_:
            joined = True
            continue
        if word.is_punct:
            joined = False
            continue
        if joined:
            key[-1] += "-" + word.lower_
        else:
            key.append(word.lower_)
        joined = False
    return tuple(key)


# Nouns that may refer back to an outlet the article names (`the network said`): the
# venues' outlet nouns, and platforms; "the agency" is more often a government's.
_MEDIA_NOUNS = (OUTLET_NOUNS | {"platform", "service"}) - {"agency"}


# Nouns that may stand for a place the entity tagger labelled (`the city`, `the government`
# after "Ohio").
_PLACE_NOUNS = frozenset(
    ["government", "administration", "ministry", "department", "city", "state", "police",
     "army", "military", "court", "embassy", "council", "office", "bureau", "agency"]
)


def _qualified(noun: Token) -> bool:
    """`the library board`, `the city's planning commission`, `the county sheriff's
    office`: a noun before the head that says which body it is."""
    return any((child.dep_ == "compound" or (child.dep_ == "poss" and child.pos_ == "NOUN"))
               and child.i < noun.i for child in noun.children)


def _definite(token: Token) -> bool:
    return any(
        child.dep_ == "poss" or (child.dep_ == "det" and child.lower_ in DEFINITE)
        for child in token.children
    )


# --- resolution -------------------------------------------------------------------------


def resolve_speakers(doc: Doc, candidates: Sequence[Candidate]) -> list[ResolvedSpeaker]:
    """One ResolvedSpeaker per candidate, in the same order."""
    if not candidates:
        return []
    if not doc.has_annotation("DEP"):
        # Resolution reads the parse; without one there is no tree to walk, and spaCy
        # leaves some tokens' edges unset on such a Doc (walking them crashed Python).
        return [ResolvedSpeaker(None, 0.5 if c.source is None else 0.3) for c in candidates]
    # Statement building and placement both ask for the same candidates: resolve once.
    key = tuple((c.source, tuple(c.content)) for c in candidates)
    cached = doc.user_data.get(_CACHE_KEY)
    if cached is not None and cached[0] == key:
        return list(cached[1])
    table = _EntityTable(doc, candidates)
    # In the order the sources are read, so that a pronoun can mean a source resolved
    # just before it (`A neighbour … said …. "…," she said.`).
    order = sorted(range(len(candidates)), key=lambda k: _reading_position(candidates[k]))
    resolved: list[ResolvedSpeaker] = [ResolvedSpeaker(None, 0.0)] * len(candidates)
    for k in order:
        resolved[k] = _resolve(table, candidates[k])
        _remember_writer(table, candidates[k], resolved[k])
    doc.user_data[_CACHE_KEY] = (key, tuple(resolved))
    return resolved


def _remember_writer(table: _EntityTable, candidate: Candidate, resolved: ResolvedSpeaker) -> None:
    """Note who wrote a document a cue names (`wrote in a letter to parents`) or its verb
    gives the words in (`said in a notice posted on its website`)."""
    if resolved.speaker is None or candidate.cue is None:
        return
    words = doc_text(table.doc)[candidate.cue[0]:candidate.cue[1]].lower().split()
    cue = table.doc.char_span(*candidate.cue, alignment_mode="expand")
    if cue is not None:
        words += [noun.lemma_.lower() for preposition in cue.root.children
                  if preposition.dep_ == "prep" and preposition.lower_ == "in"
                  for noun in preposition.children if noun.dep_ == "pobj"]
    for word in words:
        if is_document_noun(word):
            table.writers.append((candidate.cue[0], word, resolved.speaker))
            return


_CACHE_KEY = "onrecord.resolved_speakers"
# A source that is the speaker's own "I": resolved through `Candidate.first_person`.
FIRST_PERSON = frozenset({"i", "me", "my", "myself"})
# How far before a first-person source the voice's range may start (characters).
_VOICE_REACH = 5000


def speak_for(text: str, candidates: Sequence[Candidate],
              voices: Sequence[tuple[Range, Range]]) -> None:
    """A first-person source inside a range someone speaks (`voices`: the range, then the
    mention of its speaker; a quotation and its source, an interview answer and the
    interviewee) is that speaker's "I": marks each such candidate's `first_person` with
    the mention. A candidate marked already keeps its mark: the first voice wins."""
    if not voices:
        return
    ordered = sorted(voices)
    starts = [rng[0] for rng, _ in ordered]
    for candidate in candidates:
        source = candidate.source
        if (source is None or candidate.first_person is not None
                or text[source[0]:source[1]].strip().lower() not in FIRST_PERSON):
            continue
        k = bisect_left(starts, source[0] + 1) - 1
        while k >= 0:
            (start, end), speaker = ordered[k]
            if start <= source[0] < end and speaker != source:
                candidate.first_person = speaker
                break
            if end < source[0] and start < source[0] - _VOICE_REACH:
                break
            k -= 1


def _reading_position(candidate: Candidate) -> int:
    for rng in (candidate.source, candidate.cue):
        if rng is not None:
            return rng[0]
    return candidate.content[0][0] if candidate.content else 0


def _source_span(doc: Doc, rng: Range) -> Span | None:
    text_end = doc[-1].idx + len(doc[-1].text_with_ws) if len(doc) else 0
    start, end = max(0, rng[0]), min(text_end, rng[1])
    if start >= end:
        return None
    span = doc.char_span(start, end, alignment_mode="expand")
    if span is None:
        return None
    tokens = [t for t in span if not (t.is_punct or t.is_space)]
    if not tokens:
        return None
    end = tokens[-1].i + 1
    if (end < span.end and doc[end].text in _CLOSING_MARKS
            and any(t.text in _OPENING_MARKS for t in doc[tokens[0].i:end])):
        end += 1  # `The creators of the animated series "Starfall"`: the title whole
    span = doc[tokens[0].i : end]
    first = span[0]
    if (span.root.pos_ in ("VERB", "AUX") and first.dep_ == "nsubj"
            and span.start <= first.head.i < span.end
            and any(c.dep_ in ("relcl", "appos") for c in first.children)):
        # `Bev, 71, who has gardened there … and asked that …`: the clause's subject speaks
        span = doc[span.start : min(end, first.right_edge.i + 1)]
    return span


def _resolve(table: _EntityTable, candidate: Candidate) -> ResolvedSpeaker:
    source = quoted_speaker(doc_text(table.doc), candidate) or candidate.source
    if source is None:
        return ResolvedSpeaker(None, 0.5)
    span = _source_span(table.doc, source)
    if span is None:
        return ResolvedSpeaker(None, 0.3)
    found, confidence = _classify(table, span, candidate)
    if found is None:
        _remember_unnamed(table, span)
        return ResolvedSpeaker(None, confidence)
    if isinstance(found, Speaker):
        return ResolvedSpeaker(found, confidence)
    # Remember the resolved mention, so "he ... he added" chains through it.
    if span.root.i not in table.person_at and span.root.i not in table.org_at:
        table.add(table.mention(span.root, found, confidence=confidence))
    entity = table.entities[found]
    if entity.type == "unnamed":
        return ResolvedSpeaker(None, confidence)
    return ResolvedSpeaker(entity.speaker(), confidence)


def _remember_unnamed(table: _EntityTable, span: Span) -> None:
    """A person the article leaves unnamed (`A neighbour, who declined to give her name`)
    is still the one a pronoun just after means: a mention of nobody in particular, so
    that `she said` resolves to no one rather than to a named woman met before."""
    root = span.root
    if root.pos_ != "NOUN" or root.tag_ == "NNS" or root.i in table.person_at:
        return
    role = _role(root)
    if role is None and _lemma(root) not in _lexicons().anonymous and _lemma(root) not in _PEOPLE_NOUNS:
        return
    entity = table.entity_for(f"unnamed@{root.idx}", "unnamed")
    if role is not None and role[0] != "-":
        table.entities[entity].vote(role[0], 2)
    if (gender := _PEOPLE_GENDER.get(_lemma(root))) is not None:
        table.entities[entity].vote(gender, 2)
    for token in span:  # `who declined to give her name`
        if token.tag_ == "PRP$" and (gender := PRONOUN_GENDER.get(token.lower_)) in ("m", "f"):
            table.entities[entity].vote(gender, 1)
    table.add(table.mention(root, entity, confidence=0.9))


def name_taken_for_an_adverb(token: Token) -> bool:
    """`Stridely` of `The fitness app Stridely said`: a capitalised word the tagger read as an
    adverb, inside a sentence and right after a noun, is the end of the noun's name."""
    doc = token.doc
    return ((token.pos_ == "ADV" or (token.pos_ == "PROPN" and token.dep_ == "advmod"))
            and token.text[:1].isupper() and not token.is_stop and 0 < token.i < len(doc) - 1
            and not token.is_sent_start and doc[token.i - 1].pos_ in ("NOUN", "PROPN")
            # (`Dinesh D'Souza Just Made …`: a headline in title case capitalises all)
            and doc[token.i + 1].text[:1].islower())


def _body_named_beside(noun: Token, span: Span) -> str | None:
    """The name set beside an organisation's noun after a comma in its source (`The charity,
    Homes for Carlford,`, whatever the parse made of it): words in title case, small words
    aside, up to the next comma, none of them a person's name."""
    doc = noun.doc
    if noun.i + 2 >= span.end or doc[noun.i + 1].text != ",":
        return None
    words: list[Token] = []
    for token in doc[noun.i + 2:span.end]:
        if token.text == "," or token.is_space:
            break
        words.append(token)
    if (not words or not words[0].text[:1].isupper() or any(t.ent_type_ == "PERSON" for t in words)
            or not all(t.text[:1].isupper() or t.lower_ in _NAME_SMALL_WORDS for t in words)
            or words[-1].lower_ in _NAME_SMALL_WORDS):
        return None
    return _text_of(words)


_NAME_SMALL_WORDS = frozenset({"for", "of", "and", "the", "&", "in", "on"})


def hyphened_pieces(token: Token) -> list[Token]:
    """The pieces after `token` of a word the tokenizer split at its hyphen and the parse
    left in pieces, each hung where the first is (`-`, `creator` after `co` of `Ruiz's
    co-creator`, each a subject of the verb; `-`, `operated` after `co` of `"co-operated
    fully …"`, each a clause of the verb); none where the word is whole."""
    doc = token.doc
    pieces: list[Token] = []
    current = token
    while (current.i + 2 < len(doc) and not current.whitespace_ and doc[current.i + 1].text == "-"
           and not doc[current.i + 1].whitespace_ and doc[current.i + 2].head.i == token.head.i
           and doc[current.i + 2].dep_ == token.dep_):
        pieces += [doc[current.i + 1], doc[current.i + 2]]
        current = doc[current.i + 2]
    return pieces


def _hyphened_root(span: Span) -> Token:
    """The span's root; for a word split at its hyphen (`hyphened_pieces`), its last piece
    in the span, which a name is apposed to (`Ruiz's co-creator, Hana Kim`)."""
    root = span.root
    for piece in hyphened_pieces(root)[1::2]:
        if piece.i >= span.end:
            break
        root = piece
    return root


_OPENING_MARKS = frozenset('"“‘\'«')
_CLOSING_MARKS = frozenset('"”’\'»')
_DEMONSTRATIVES = frozenset({"this", "that", "these", "those"})


def _classify(
    table: _EntityTable, span: Span, candidate: Candidate
) -> tuple[int | Speaker | None, float]:
    """The entity (or a one-off Speaker, or None) a source mention names, with confidence."""
    lex = _lexicons()
    root, pos = _hyphened_root(span), span.start_char
    if (root.dep_ == "relcl" and not span.start <= root.head.i < span.end
            and span.start < root.left_edge.i < span.end):
        # `results posted online … that have not yet been reviewed`, the clause hung by
        # the parse on the sentence: the words it describes name the source
        return _classify(table, span.doc[span.start:root.left_edge.i], candidate)
    lemma = _lemma(root)
    if root.lower_ in FIRST_PERSON and candidate.first_person is not None:
        speaker = _source_span(table.doc, candidate.first_person)
        if speaker is not None and speaker.root.lower_ not in FIRST_PERSON:
            found, confidence = _classify(table, speaker, candidate)
            return found, min(confidence, 0.8)
    if root.lower_ in PRONOUN_GENDER or root.tag_ == "PRP":
        return _pronoun(table, root, pos, candidate)
    if root.pos_ == "NOUN" and (read_as_adverbs := [t for t in span if name_taken_for_an_adverb(t)]):
        # `The fitness app Stridely`: the firm by its name
        return table.entity_for(read_as_adverbs[-1].text, "organization"), 0.7
    if (root.pos_ in ("VERB", "AUX") or _titled_name(table, span)) and (
            at_the_end := _named_at_the_end(table, span)) is not None:
        # `The artificial intelligence startup Quanta`, `startup` a verb; `Quanta co-founder
        # Ravi Menon`, rooted on `co`
        return at_the_end, 0.7
    if (epithet := _epithet(span)) is not None:
        person, confidence = _recent_person(table, root, pos, candidate, epithet or None)
        return (person, min(confidence, 0.7)) if person is not None else (None, 0.5)
    if (named := _name_in_capitals(table, span)) is not None:
        return named
    if root.lower_ in _DEMONSTRATIVES and root.tag_ == "DT" and len(span) == 1:
        return None, 0.3  # `That may explain why …`: a thing the writer points back to
    if root.tag_ == "DT" and len(span) == 1:
        return None, 0.7  # `Some called it …`, `Many said`: nobody in particular
    if root.lower_ in _EVERYONE:
        return None, 0.7  # `Not everyone welcomed the move`
    if root.tag_ in ("WP", "WDT") or (root.lower_ == "that" and root.head.dep_ == "relcl"):
        # "Doe, who said ...": the relative pronoun stands for the noun its clause modifies.
        noun = root.head.head if root.head.dep_ in ("relcl", "acl") else None
        if noun is None or noun.i == root.i or noun.pos_ not in ("NOUN", "PROPN"):
            return None, 0.3
        return _classify(table, table.doc[noun.left_edge.i : noun.i + 1], candidate)
    if (given := _given_name(root)) is not None:
        return _by_given_name(table, span, given), 0.8
    appositive = [c for c in root.children if c.dep_ == "appos" and c.i in table.person_at]
    if not appositive:
        # `The chair of the judges, the critic Philippa Rowe,`: a name apposed to a role
        # that is itself apposed
        appositive = [name for c in root.children if c.dep_ == "appos" and c.pos_ == "NOUN"
                      for name in c.children if name.dep_ == "appos" and name.i in table.person_at]
    if not appositive and _role(root) is not None:
        appositive = [name for prep in root.children if prep.dep_ == "prep"
                      for thing in prep.children if thing.dep_ == "pobj"
                      for name in (*thing.children,
                                   *(t for p in thing.children if p.dep_ == "prep"
                                     for o in p.children if o.dep_ == "pobj"
                                     for t in o.children))
                      if name.i in table.person_at
                      and (holder := _role_beside_its_object(table, name)) is not None
                      and holder.i == root.i]
    if not appositive and (_role(root) is not None or lemma in lex.spokes):
        appositive = _name_after_client(table, root)
    if not appositive and root.i not in table.person_at:
        appositive = _named_as(table, root)
    if not appositive and root.i not in table.person_at and root.dep_ in SUBJECT_DEPS:
        # `Cruz's trainer, Manny Ortiz, blamed …`, parsed as two subjects of the verb: the
        # name set off after the role
        appositive = [t for t in span if t.dep_ == root.dep_ and t.head.i == root.head.i
                      and t.i > root.i and t.i in table.person_at
                      and span.doc[t.left_edge.i - 1].text == ","]
    if appositive and root.i not in table.person_at:  # "the nominee, Sen. Tim Kaine"
        root = appositive[0]
    named_body = [c for c in root.children if c.dep_ == "appos" and c.i in table.org_at]
    if (named_body and root.i not in table.person_at and root.i not in table.org_at
            and not table.org_at[named_body[0].i].weak):
        return table.org_at[named_body[0].i].entity, 0.85  # "a fan group, the Kestrel Nest"
    if (root.pos_ == "NOUN" and lemma in lex.org_nouns and root.i not in table.org_at
            and (body_name := _body_named_beside(root, span)) is not None):
        # `The charity, Homes for Carlford,`: a name the tagger left whole or in pieces
        return table.entity_for(body_name, "organization"), 0.8
    people = _coordinated_people(table, root)
    if len(people) > 1:
        names = [table.entities[e].name for e in people]
        joined = ", ".join(names[:-1]) + " and " + names[-1]
        return table.entity_for(joined, "group"), 0.6
    if (mention := table.person_at.get(root.i)) is not None:
        return mention.entity, mention.confidence
    if (is_document_noun(lemma) or is_written_piece(lemma)) and (
            author := _author(table, root)) is not None:
        return author  # "a report by the city auditor, Priya Raman": the auditor's words
    if is_document_noun(lemma) and root.i - span.start < 2 and root.tag_ == "NN":
        # `the letter said`, after `Obi wrote in a letter`: the letter's writer; else a
        # document, nobody it names
        writer = next((w for start, noun, w in reversed(table.writers)
                       if noun == lemma and start < pos), None)
        return (writer, 0.6) if writer is not None else (None, 0.4)
    if lemma in lex.spokes and (lemma != "representative" or _body_tokens(root)):
        return _spokesperson(table, root, pos, candidate)
    if (mention := table.org_at.get(root.i)) is not None:
        return mention.entity, 0.9 if not mention.weak else 0.8
    if lemma in lex.anonymous:
        return _anonymous(table, root)
    if lemma in _UTTERANCE_NOUNS and (owner := next(
            (c for c in root.children if c.dep_ == "poss" and c.i in table.person_at), None)):
        return table.person_at[owner.i].entity, 0.7  # `Anand's own words`: Anand's
    if lemma in lex.org_nouns and any(child.dep_ == "poss" and child.i in table.person_at
                                      for child in root.children):
        return table.entity_for(_proper_name(span), "group"), 0.6  # "Nwosu's team"
    if lemma in _PERSONAL_BODIES and (owner := next(
            (c for c in root.children if c.dep_ == "poss" and c.lower_ in ("his", "her")),
            None)) is not None:
        # `his campaign said` after `Holt conceded …`: his, not the city named before
        person, confidence = _recent_person(table, owner, pos, candidate,
                                            PRONOUN_GENDER[owner.lower_])
        if person is not None:
            return person, min(confidence, 0.55)
    if lemma in lex.org_nouns and (further := _named_further_on(table, span, root)) is not None:
        return further, 0.85  # `The agency that runs the telescope, the Continental Space Agency`
    if lemma in lex.org_nouns and (_definite(root) or root.lower_ == "it"):
        return _org_by_noun(table, root, pos, span)
    if (role := _role(root)) is not None and root.tag_ not in ("NNS", "NNPS"):
        if not _definite(root):
            # (`Tidewater coach defends …` is not the `Harbor City coach` named later)
            names = [c.text for c in root.lefts if c.dep_ in ("compound", "amod")
                     and c.text[:1].isupper() and c.lower_ not in _ROLE_ADJECTIVES]
            return _named_later(table, role, pos, names) or (None, 0.8)  # "a director said"
        qualifiers = _role_qualifiers(root)
        if not qualifiers:
            person, confidence = _by_role(table, role, pos)
            if person is not None:
                return person, confidence
            # `its chief executive told employees` in a lede that names him further on
            if (later := _named_later(table, role, pos)) is not None:
                return later
            if role[1] in _CALLINGS and _no_one_holds(table, role[1]):
                # `Juniper Vale did not expect … "…," the singer said`: a profile names its
                # subject by her calling, as by an epithet
                person, confidence = _recent_person(table, root, pos, candidate, None)
                return person, min(confidence, 0.6)
            return person, confidence
        # `the festival director` is not `Director Ines Calloway`; `the Trump campaign
        # manager` is `campaign manager Corey Lewandowski`
        for i in range(len(qualifiers)):
            person, confidence = _by_role(table, (role[0], " ".join([*qualifiers[i:], role[1]])),
                                          pos)
            if person is not None:
                return person, confidence
        return None, 0.4
    if root.tag_ in ("NNS", "NNPS") and root.pos_ != "PROPN":
        if _definite(root):
            return table.entity_for(_proper_name(span), "group"), 0.6
        for preposition in (c for c in root.children if c.dep_ == "prep" and c.lower_ == "at"):
            for pobj in (c for c in preposition.children if c.dep_ == "pobj"):
                if (mention := table.org_at.get(pobj.i)) is not None and not mention.weak:
                    return mention.entity, 0.7  # `Economists at Glenmore Bank wrote in a note`
        return None, 0.7  # "critics said"
    if root.pos_ == "PROPN" and len(span) == 1 and _common_plural(root):
        return None, 0.7  # "Aides said", as "critics said"
    if root.pos_ == "PROPN" or (len(span) == 1 and root.is_title and root.lower_ in table.surnames):
        return _unknown_name(table, span)  # `Tate rejects …`, which the tagger took for a noun
    if any((c.dep_ == "det" and c.lower_ in INDEFINITE) or (c.dep_ == "nummod" and c.lower_ == "one")
           for c in root.children):
        return None, 0.7  # "a Clinton ally", "any company", "one early buyer": nobody in particular
    if lemma in _COLLECTIVES and _definite(root):
        # `the family of the accused`: a group, which a later `they` may mean
        return table.entity_for(_proper_name(span), "group"), 0.6
    if not any(t.pos_ == "PROPN" for t in span) and any(
            t.tag_ == "NNS" and t.dep_ in ("dobj", "nsubj", "ROOT") for t in span):
        return None, 0.6  # `Aid workers at the crossing`, the tagger's verb `Aid` its head
    if _definite(root) and (by_its_noun := _named_with_its_noun(table, root)) is not None:
        return by_its_noun, 0.7  # `the festival`, after `the Riverside Sounds festival`
    clauses = [c for c in root.rights if c.dep_ in ("relcl", "acl") and c.i > root.i]
    if clauses:
        if any(_unnamed_by_request(c) for c in clauses):
            return None, 0.6  # `The woman, who asked not to be named,`
        # `The woman, who …`: the person described, without the clause describing them
        end = clauses[0].left_edge.i
        while end > root.i + 1 and span.doc[end - 1].is_punct:
            end -= 1
        span = span.doc[span.start:end]
    return Speaker(_proper_name(span), "unknown"), 0.3


def _unnamed_by_request(clause: Token) -> bool:
    """`who asked not to be named`, `who declined to give her name`, `who spoke on condition
    of anonymity`: a clause saying the person would not be named."""
    words = {t.lower_ for t in clause.subtree}
    return ("named" in words and "not" in words) or "anonymity" in words or (
        "name" in words and any(t.lemma_.lower() in ("decline", "refuse") for t in clause.subtree))


# People spoken of as one (their words are the group's), not an organisation.
_COLLECTIVES = frozenset({"family", "couple", "household", "crew", "band", "estate"})


# Callings a profile uses for its subject (`the singer`), where no one is named with them;
# an office (`the judge`, `the director`) is more often someone else, unnamed.
_CALLINGS = frozenset({"singer", "novelist", "actor", "actress", "rapper", "author", "filmmaker",
                       "comedian", "poet", "musician", "artist"})


def _no_one_holds(table: _EntityTable, key: str) -> bool:
    return not table.role_index.get(key)


def _named_further_on(table: _EntityTable, span: Span, root: Token) -> int | None:
    """The organisation a source names after a comma, by a name that ends in the source's
    own noun, where the parse hung the name on a word between them."""
    for token in span[root.i - span.start + 1:]:
        mention = table.org_at.get(token.i)
        if (mention is not None and not mention.weak
                and table.entities[mention.entity].name.lower().split()[-1] == root.lower_
                and any(t.text == "," for t in table.doc[root.i + 1:token.i])):
            return mention.entity
    return None


def _named_as(table: _EntityTable, root: Token) -> list[Token]:
    """`A nurse named Ada Lind`, `Another, a recruiter named Callum Fairweather`: the
    person a participle names, on the noun or on the noun set beside it."""
    for noun in (root, *(c for c in root.children if c.dep_ == "appos")):
        for participle in noun.children:
            if participle.dep_ == "acl" and participle.lower_ in ("named", "called"):
                return [c for c in participle.children
                        if c.dep_ in ("oprd", "dobj", "attr") and c.i in table.person_at][:1]
    return []


def _given_name(root: Token) -> Token | None:
    """`A mother of three who gave only her first name, Olena,`: the name a who-clause says
    the person gave (set beside `name`), whatever the tagger made of it."""
    # (`one of the protesters, who gave her name only as Hazel,`: the clause on the noun
    # after `of`)
    nouns = [root, *(pobj for prep in root.children if prep.dep_ == "prep" and prep.lower_ == "of"
                     for pobj in prep.children if pobj.dep_ == "pobj")]
    for clause in (c for noun in nouns for c in noun.children):
        if clause.dep_ != "relcl" or clause.lemma_.lower() not in ("give", "provide", "offer"):
            continue
        for noun in clause.children:
            if noun.dep_ == "dobj" and noun.lemma_.lower() == "name":
                apposed = next((c for c in noun.children if c.dep_ == "appos"
                                and c.pos_ == "PROPN" and c.is_title), None)
                if apposed is not None:
                    return apposed
                # `who gave his name only as Timur`
                return next((pobj for prep in clause.children
                             if prep.dep_ == "prep" and prep.lower_ == "as" and prep.i > noun.i
                             for pobj in prep.children
                             if pobj.dep_ == "pobj" and pobj.pos_ == "PROPN" and pobj.is_title),
                            None)
    return None


def _apposition_read_as_a_subject(token: Token) -> bool:
    """`In a conversation with the Bookshelf podcast's host, Ada Murray, in March, the
    novelist said`: a name set off by a comma that the parse makes a first subject of a
    verb with another subject after it is an apposition to the noun before the comma."""
    doc = token.doc
    first = token.left_edge.i
    return (token.dep_ == "nsubj" and first > 0 and doc[first - 1].text == ","
            and any(c.dep_ == "nsubj" and c.i > token.i for c in token.head.children))


def _role_beside_its_object(table: _EntityTable, name: Token) -> Token | None:
    """The role noun whose object a person's name is set beside (`head` of `The group's head
    of product testing, Rhys Evans,`; `executive` of `The chief executive of Orbital Foods,
    Hannah Reyes,`): the name, which the object cannot be, is the role holder's. (Not where
    the object is a person or role: `the mother of the victim, Jane Doe`.)"""
    thing = name.head
    if name.dep_ != "appos" or thing.dep_ != "pobj" or thing.head.lower_ != "of":
        return None
    role = thing.head.head
    if (_role(role) is None and role.dep_ == "pobj" and role.head.lower_ == "of"
            and role.ent_type_ and role.ent_type_ == thing.ent_type_):
        role = role.head.head  # `The governor of the Bank of Calder, Margaret Osei,`
    if (_role(role) is None or thing.i in table.person_at or _role(thing) is not None
            or thing.pos_ not in ("NOUN", "PROPN") or _lemma(thing) in _PEOPLE_NOUNS
            or _lemma(thing) in _lexicons().spokes):
        return None
    return role


def _a_name_given(token: Token) -> bool:
    """Whether `token` is the name a who-clause says someone gave (`who gave her name as
    Deb`, `who gave only her first name, Olena`): the name `_given_name` reads."""
    if not ((token.dep_ == "pobj" and token.head.lower_ == "as")
            or (token.dep_ == "appos" and token.head.lemma_.lower() == "name")):
        return False
    clause = token.head.head
    given = _given_name(clause.head) if clause.dep_ == "relcl" else None
    return given is not None and given.i == token.i


def _by_given_name(table: _EntityTable, span: Span, name: Token) -> int:
    """The person known by one given name, remembered so that a pronoun after means them."""
    entity = table.entity_for(name.text, "person", (name.lower_,))
    for token in span:  # `who gave only her first name`
        if token.tag_ == "PRP$" and (gender := PRONOUN_GENDER.get(token.lower_)) in ("m", "f"):
            table.entities[entity].vote(gender, 1)
    if name.i not in table.person_at:
        mention = table.mention(name, entity)
        table.add(mention)
        table.person_at[name.i] = mention
    return entity


def _name_after_client(table: _EntityTable, root: Token) -> list[Token]:
    """`A lawyer for Dunleavy, Celia Marsh,`: the parse sets the name in apposition to the
    client, but a name cannot rename another name or a firm, so it names the role."""
    for prep in root.children:
        if prep.dep_ != "prep":
            continue
        for client in prep.children:
            if client.dep_ != "pobj" or not (client.pos_ == "PROPN" or client.i in table.org_at):
                continue
            named = table.person_at.get(client.i)
            if named is not None and any(
                    c.dep_ in ("nmod", "compound") and c.i < client.i and c.nbor().text == ","
                    and c.i not in table.person_at for c in client.children):
                # `The chief executive of Corvel, Dmitri Sokolov,` parsed with the firm
                # modifying the name: the name after the comma names the role
                return [client]
            return [c for c in client.children if c.dep_ == "appos" and c.i in table.person_at
                    and (named is None or table.person_at[c.i].entity != named.entity)]
    return []


# `the Spaniard`, `the Scot`: a person known by nationality, as sports pages write.
_DEMONYMS = {"frenchman": "m", "frenchwoman": "f", "englishman": "m", "englishwoman": "f",
             "irishman": "m", "irishwoman": "f", "welshman": "m", "welshwoman": "f",
             "scotsman": "m", "scotswoman": "f", "dutchman": "m", "dutchwoman": "f",
             **dict.fromkeys(("spaniard", "scot", "briton", "dane", "swede", "finn", "pole",
                              "turk", "kiwi", "aussie", "brazilian", "argentine", "italian",
                              "german", "portuguese", "nigerian", "american", "australian",
                              "canadian", "mexican", "belgian", "croat", "serb", "norwegian"),
                             "")}
_AGE_EPITHET = re.compile(r"the \d{1,3}-year-old\Z", re.IGNORECASE)


def _epithet(span: Span) -> str | None:
    """The gender ('' for either) of a definite epithet that stands for a person met
    before: `the 22-year-old`, `the Spaniard`, `the Frenchman`; None for other words."""
    # up to the noun: a clause after it (`the Argentine, who had never won …`) is no part
    head = span.doc[span.start:max(span.start, span.root.i) + 1]
    words = [t for t in head if not t.is_punct]
    if not words or words[0].lower_ != "the":
        return None
    if _AGE_EPITHET.match(span.text.strip()) or _AGE_EPITHET.match(head.text.strip()):
        return ""
    aged = _AGE_EPITHET.match(head[:-1].text.strip()) is not None  # `the 22-year-old Argentine`
    if len(words) != 2 and not aged:
        return None
    noun = words[-1]
    if noun.lower_ in _DEMONYMS:
        return _DEMONYMS[noun.lower_]
    return "" if noun.ent_type_ == "NORP" and noun.tag_ in ("NNP", "NN") else None


def _titled_name(table: _EntityTable, span: Span) -> bool:
    """A mention whose root the parse put before a person's name with nothing but words of
    a title between (no preposition, no comma): `Quanta co-founder Ravi Menon`."""
    root = span.root
    if root.i in table.person_at or root.i in table.org_at:
        return False
    between = span.doc[root.i + 1:span.end]
    return (len(between) > 0 and between[-1].i in table.person_at
            and not any(t.pos_ == "ADP" or (t.is_punct and t.text != "-") for t in between))


def _named_at_the_end(table: _EntityTable, span: Span) -> int | None:
    """The person or organisation whose name ends a mention the parse misread."""
    last = span[-1]
    while last.i > span.start and last.is_punct:
        last = last.doc[last.i - 1]
    mention = table.person_at.get(last.i) or table.org_at.get(last.i)
    return mention.entity if mention is not None else None


def _coordinated_people(table: _EntityTable, root: Token) -> list[int]:
    if root.i not in table.person_at:
        return []
    people = [table.person_at[root.i].entity]
    for token in root.conjuncts:
        mention = table.person_at.get(token.i)
        if mention is None:
            return []  # "Lee and her lawyers": not a pair of people
        people.append(mention.entity)
    return list(dict.fromkeys(people))


def _pronoun(
    table: _EntityTable, root: Token, pos: int, candidate: Candidate
) -> tuple[int | None, float]:
    word = root.lower_
    gender = PRONOUN_GENDER.get(word)
    if word == "it" or word == "its":
        if (document := _document_just_before(root)) is not None and (
                author := _author(table, document)) is not None:
            return author  # `An internal memo sent by … described …. It urged …`: its writer
        if (subject := _subject_just_before(root)) is not None and (
                _lemma(subject) in _QUOTATION_NOUNS):
            return None, 0.3  # a quotation going round: whose it is, is the question
        latest = table.latest_org(pos)
        return (latest.entity, 0.65) if latest else (None, 0.3)
    if gender == "n":
        return _they(table, pos, root)
    if gender is None:
        return None, 0.3  # "I", "we", "you" outside quotes: the writer or unknown
    return _recent_person(table, root, pos, candidate, gender)


def _recent_person(
    table: _EntityTable, root: Token, pos: int, candidate: Candidate, gender: str | None
) -> tuple[int | None, float]:
    """The person a pronoun or an epithet means: the recent, salient mention (a subject,
    a source, outside quotes) of a person whose gender agrees; any gender for None."""
    own = _merged(list(candidate.content))
    here = table.sent_of[root.i]
    best: tuple[float, int, _Mention, bool] | None = None
    for steps, mention in enumerate(table.persons.before(pos)):
        distance = here - mention.sent
        if steps >= LOOKBACK or (best is not None and best[3] and distance > best[1] + 3):
            break
        if in_ranges(own, mention.start):
            continue
        found = table.entities[mention.entity].gender
        if found is not None and gender is not None and found != gender:
            continue
        agrees = gender is not None and found == gender
        # Outside quotes, recent, agreeing, a subject or a speaker: weights tuned by eye.
        score = (
            4.0 * (not mention.quoted)
            - 2.0 * distance
            + 3.0 * agrees
            # a name whose gender the lists do not know (`Kemal Arslan`) may well agree
            + 1.5 * (gender is not None and found is None
                     and table.entities[mention.entity].type == "person")
            + 1.5 * mention.subject
            # the subject of a sentence's main verb, not of a clause hung on it (`Moreau, for
            # her part, seems untroubled.` after `…, while Amara Diallo said …`)
            + 0.1 * mention.main_subject  # a tie-breaker: the weights above step by 0.5
            # so is the paragraph: a pronoun means someone of its own paragraph first
            - 0.25 * (bisect_right(table.paragraph_starts, mention.start)
                      != bisect_right(table.paragraph_starts, pos))
            + 2.0 * mention.source
            - 1.0 * mention.possessive
            # `When I asked the leader, Tom Reid, whether …, he said`: who was asked answers
            + 3.0 * (mention.asked and distance == 0)
            # `In a conversation with the host, Ada Murray, …, the novelist said`: a subject
            # is not someone named in a phrase of its own sentence (possessors aside)
            - 3.0 * (distance == 0 and not mention.subject and not mention.possessive
                     and not mention.asked and root.dep_ in SUBJECT_DEPS)
        )
        if best is None or score >= best[0]:  # on a tie, the earlier mention: the subject
            best = (score, distance, mention, agrees)
    if best is None:
        return None, 0.3
    _, distance, chosen, agrees = best
    if chosen.start in table.cast and distance <= 1:
        # `He says` after `the keeper, played by Idris Cole`: the character (`she` after
        # `Mara (Julia Benet)`: Mara)
        character = table.cast[chosen.start]
        return (character, 0.6) if character is not None else (None, 0.4)
    confidence = (0.8 if agrees else 0.55) - (0.15 if chosen.quoted else 0.0)
    return chosen.entity, confidence - (0.1 if distance > 3 else 0.0)


def _they(table: _EntityTable, pos: int, pronoun: Token) -> tuple[int | None, float]:
    """ "they": the latest group or organisation, or a person who goes by "they"; but
    people its own sentence names by a plural noun before it (`officers at a checkpoint …
    searched the phone and found messages they said showed …`) are no one named."""
    people = [t for t in pronoun.doc[pronoun.sent.start:pronoun.i]
              if t.tag_ == "NNS" and t.dep_ in ("nsubj", "nsubjpass") and t.i not in table.org_at
              and t.i not in table.person_at and not in_ranges(table.quoted, t.idx)
              and (_lemma(t) in _PEOPLE_NOUNS or _role(t) is not None
                   or _lemma(t) in _lexicons().anonymous)]
    if people:
        # (`Analysts at Harwick Securities …`: the body they speak for)
        body = [found for t in people if isinstance(found := _anonymous(table, t)[0], int)]
        return (body[-1], 0.6) if body else (None, 0.5)
    options = []
    group = next(table.groups.before(pos), None)
    org = next((m for m in table.orgs.before(pos) if not m.weak), None)  # not places
    options = [m for m in (group, org) if m is not None]
    for steps, mention in enumerate(table.persons.before(pos)):
        if steps >= LOOKBACK:
            break
        if table.entities[mention.entity].gender == "n":
            options.append(mention)
            break
    if not options:
        return None, 0.3
    chosen = max(options, key=lambda m: (not m.quoted, m.start))
    return chosen.entity, 0.5


def _by_role(table: _EntityTable, role: tuple[str, str], pos: int) -> tuple[int | None, float]:
    gender, key = role
    entries = table.role_index.get(key, [])
    for index in range(bisect_left(entries, (pos, -1)) - 1, -1, -1):
        entity = entries[index][1]
        found = table.entities[entity].gender
        if gender == "-" or found in (None, gender):
            return entity, 0.7
    if key in ("spokesperson", "representative", "lawyer", "attorney", "press secretary"):
        # `her representative said … "…," the representative, Dana Pruitt, said`: the
        # one named in that role just after, where none was named before
        later = [entity for at, entity in entries[bisect_left(entries, (pos, -1)):]
                 if at - pos < _NAMED_IN_THE_ROLE_WITHIN]
        if later and (gender == "-" or table.entities[later[0]].gender in (None, gender)):
            return later[0], 0.6
        if key == "press secretary":
            return None, 0.4
        latest = table.latest_org(pos)
        return (latest.entity, 0.5) if latest else (None, 0.4)
    return None, 0.4


# How far after an unnamed spokesperson or lawyer (in characters: a paragraph or two) the
# name given with the role is still theirs.
_NAMED_IN_THE_ROLE_WITHIN = 600


def _named_later(table: _EntityTable, role: tuple[str, str], pos: int,
                 names: Sequence[str] = ()) -> tuple[int, float] | None:
    """`A federal judge on Tuesday blocked …` opening an article that goes on to name `U.S.
    District Judge Harriet Okafor`: a lede's unnamed speaker, before anyone is named, is
    the one person the article later names in that role (and no one else holds it)."""
    gender, key = role
    entries = table.role_index.get(key, [])
    if not entries and key in _HEADLINE_SHORTHAND:  # `Orbital Foods chief quits`
        entries = table.role_index.get(_HEADLINE_SHORTHAND[key], [])
    if not entries or entries[0][0] < pos or len({entity for _, entity in entries}) != 1:
        return None
    entity = entries[0][1]
    # the names that say whose role it is come with the role where it is given
    # (in any case: a headline capitalises `Jury president`)
    given_at = doc_text(table.doc)[max(0, entries[0][0] - 80):entries[0][0] + 80].lower()
    if any(name.lower() not in given_at for name in names):
        return None
    # no one else named before (a headline's `chief executive` may already be this one)
    if any(mention.entity != entity for mention in table.persons.before(pos)):
        return None
    if gender != "-" and table.entities[entity].gender not in (None, gender):
        return None
    return entity, 0.6


# Nouns for what a person said, which speak for their owner (`Anand's own words`).
_UTTERANCE_NOUNS = frozenset({"word", "words", "remark", "comment", "answer", "response",
                              "statement", "phrasing", "silence"})


# A role a headline shortens: `Orbital Foods chief quits` names the chief executive.
_HEADLINE_SHORTHAND = {"chief": "executive"}


# A participle whose `by` names who wrote a document (`a memo sent by …`, `a complaint filed
# by …`), not who read it (`emails combed through by Vox`).
_AUTHORING_VERBS = frozenset({"send", "write", "sign", "issue", "file", "author", "pen",
                              "draft", "submit", "release", "circulate", "publish",
                              "compile", "prepare", "produce"})


def _document_just_before(pronoun: Token) -> Token | None:
    """The document a sentence-opening `It` goes on about: the subject of the sentence
    just before, in the same paragraph, where that subject is a document noun."""
    subject = _subject_just_before(pronoun)
    if subject is None or not is_document_noun(_lemma(subject)):
        return None
    return subject


def _subject_just_before(pronoun: Token) -> Token | None:
    """The subject of the sentence just before a sentence-opening pronoun, in its paragraph."""
    sent = pronoun.sent
    if pronoun.i != sent.start or sent.start == 0:
        return None
    doc = pronoun.doc
    before = doc[sent.start - 1].sent
    if "\n" in doc[before.start:sent.start].text:
        return None
    return next((c for c in before.root.children if c.dep_ in ("nsubj", "nsubjpass")), None)


# What an `It` may be that holds words no one is known to have said (`A quote attributed to
# the mayor has been shared … It reads: "…"`).
_QUOTATION_NOUNS = frozenset({"quote", "quotation", "meme"})


def _author(table: _EntityTable, document: Token) -> tuple[int, float] | None:
    """Who wrote a document: a person or organisation named by "by" or "from" (or its
    apposition), by a participle's "by" (`a memo sent by the head of hardware, Owen
    Brandt`) or in the possessive ("the auditor's report")."""
    named: list[Token] = []
    heads = [document, *(c for c in document.children if c.dep_ == "acl" and c.tag_ == "VBN"
                         and c.lemma_.lower() in _AUTHORING_VERBS)]
    doc = document.doc
    set_off = [doc[document.i + 2]] if (
        document.i + 2 < len(doc) and doc[document.i + 1].text == ","
        and doc[document.i + 2].lower_ in ("by", "from")) else []  # `The post, by …, read:`
    for child in [*(c for head in heads for c in head.children), *set_off]:
        if child.dep_ in ("poss", "appos") and child.head.i == document.i:
            named.append(child)  # an apposition: `a memo sent by …, Owen Brandt,` misparsed
        elif child.dep_ in ("prep", "agent") and child.lower_ in ("by", "from"):
            for pobj in (c for c in child.children if c.dep_ == "pobj"):
                named.extend(a for a in pobj.children if a.dep_ == "appos")
                named.append(pobj)
    for token in named:
        if (mention := table.person_at.get(token.i)) is not None:
            return mention.entity, min(mention.confidence, 0.8)
        if (mention := table.org_at.get(token.i)) is not None:
            return mention.entity, 0.8
    return None


def _body_tokens(root: Token) -> list[Token]:
    """What a spokesperson or official speaks for: "X's", "an X spokesman", "for X", "at X"."""
    body = []
    for child in root.children:
        if child.dep_ in ("poss", "compound", "nmod"):
            body.append(child)
        elif child.dep_ == "prep" and child.lower_ in ("for", "of", "at", "from", "with"):
            for pobj in (c for c in child.children if c.dep_ == "pobj"):
                # "for the supplier, Nordfrukt": the name in apposition says which body;
                # "for Summit Arc, the studio behind …": the name comes first
                apposed = [a for a in pobj.children if a.dep_ == "appos"]
                body.extend([pobj, *apposed] if pobj.pos_ == "PROPN" else [*apposed, pobj])
    return body


def _spokesperson(table: _EntityTable, root: Token, pos: int,
                  candidate: Candidate) -> tuple[int | None, float]:
    lex = _lexicons()
    for token in _body_tokens(root):
        if (token.dep_ == "poss" and token.lower_ in ("his", "her")
                and not table.role_index.get(_spokes_role(root))):
            # `according to his publicist`, where no one is named in that role: the person
            # the pronoun means (never the latest organisation, which may be `Camden` of
            # `a bar in Camden`)
            person, confidence = _recent_person(table, token, pos, candidate,
                                                PRONOUN_GENDER[token.lower_])
            return (person, min(confidence, 0.6)) if person is not None else (None, 0.4)
        if (mention := table.org_at.get(token.i)) is not None:
            return mention.entity, 0.85
        if (mention := table.person_at.get(token.i)) is not None:
            return mention.entity, 0.6  # a spokesman for a person speaks for that person
        if token.lower_ in ("its", "their"):
            latest = table.latest_org(pos)
            return (latest.entity, 0.7) if latest else (None, 0.4)
        if _lemma(token) in lex.org_nouns:  # `a spokeswoman for the clerk's office`
            return _org_by_noun(table, token, pos, token.doc[token.left_edge.i : token.i + 1])
        if token.pos_ == "NOUN" and _definite(token) and (role := _role(token)) is not None:
            # `A spokesperson for the archbishop`: the one named in that role, or no one
            # (never the latest organisation, which may be `X` of `posted on X`)
            entity, _ = _by_role(table, role, pos)
            return entity, 0.6 if entity is not None else 0.3
        if token.pos_ == "PROPN":  # an organisation the tagger missed
            words = [c for c in token.lefts if c.dep_ == "compound"] + [token]
            return table.entity_for(_text_of(words), "organization"), 0.75
    if _definite(root):  # "the spokeswoman": a named one first, else the organisation
        return _by_role(table, ("-", _spokes_role(root)), pos)
    latest = table.latest_org(pos)
    return (latest.entity, 0.45) if latest else (None, 0.4)


def _spokes_role(root: Token) -> str:
    """The role key a spokesperson's noun files under (`representative`, else
    `spokesperson`)."""
    role = _role(root)
    return role[1] if role is not None else "spokesperson"


def _org_by_noun(table: _EntityTable, noun: Token, pos: int,
                 span: Span) -> tuple[int | None, float]:
    """`the company`, `the council`, `the county sheriff's office` (`span`): the latest
    organisation such a noun can stand for. A body's noun (council, board, office …) stands
    only for a body named with it: `the library board` is a body of its own, and `the
    council`, where no council is named, is no one (not the farm named before it). A name
    (or the people it is theirs) before the noun says which body, where none named with the
    noun came before: `The United Nations refugee agency`, `the welders' union`."""
    lemma = _lemma(noun)
    for prep in (c for c in noun.rights if c.dep_ == "prep" and c.lower_ == "of"):
        for pobj in (c for c in prep.children if c.dep_ == "pobj"):
            if (mention := table.org_at.get(pobj.i)) is not None:
                return mention.entity, 0.8  # `The city of Brantwood`: the body named
    named_before = table.org_named(pos, lemma)
    own = [word for word in noun.lefts if word.pos_ == "PROPN" and word.dep_ == "compound"]
    if named_before is not None and own and not all(
            word.lower_ in table.entities[named_before.entity].name.lower().split() for word in own):
        named_before = None  # `the Ruiz campaign`, after `The Harlan campaign`: another body
    if named_before is None and noun.lower_ != "it" and any(
            (word.pos_ == "PROPN" or (word.dep_ == "poss" and word.tag_ == "NNS")
             or (word.ent_type_ == "NORP" and word.dep_ == "amod"))  # `the Indian government`
            and word.i < noun.i for word in noun.lefts):
        named = noun.doc[noun.left_edge.i:noun.i + 1]
        return table.entity_for(_proper_name(named), "organization"), 0.7
    if lemma in _lexicons().body_nouns and named_before is None:
        if _qualified(noun):
            return table.entity_for(_proper_name(span), "organization"), 0.6
        return None, 0.3
    if named_before is None and (apposed := [entity for at, word, entity in table.org_nouns_apposed
                                             if word == lemma and at < pos]):
        return apposed[-1], 0.8  # `the publisher`, after `her publisher, Lantern Games`
    if named_before is None and noun.lower_ != "it" and (
            named_after := table.org_named_after(pos, lemma)) is not None:
        # `their union announced …` in a lede, `the Dockers' Union said …` after it
        return named_after, 0.7
    latest = table.latest_org(pos, None if noun.lower_ == "it" else lemma)
    if (latest is not None and lemma in _QUALIFIED_BODIES
            and any(c.dep_ == "compound" and c.pos_ == "NOUN" for c in noun.lefts)
            and lemma not in table.entities[latest.entity].name.lower()):
        # `The police union` after `the Riverside Police Department`: a body of its own
        return table.entity_for(_proper_name(span), "organization"), 0.6
    if latest is not None and latest.weak and noun.lower_ != "it" and _qualified(noun):
        # `the national disaster agency` is a body of its own, not the province named
        # before it, which a bare `the agency` might stand for
        return table.entity_for(_proper_name(span), "organization"), 0.6
    return (latest.entity, 0.7) if latest else (None, 0.3)


# Bodies a common noun before them names as their own (`the police union`, `the teachers'
# federation`), unlike a firm's description (`the software company` is the firm before).
_QUALIFIED_BODIES = frozenset({"union", "association", "federation", "guild", "party",
                               "campaign", "department", "agency", "ministry"})


def _anonymous(table: _EntityTable, root: Token) -> tuple[int | Speaker | None, float]:
    """Anonymous sources are None; officials of a named body speak for it, as analysts or
    economists at a named firm do (`Analysts at Harwick Securities wrote in a note`)."""
    if _lemma(root) != "official" and (root.tag_ not in ("NNS", "NNPS")
                                       or _lemma(root) in _INSIDERS):
        return None, 0.9
    for token in _body_tokens(root):
        if (mention := table.org_at.get(token.i)) is not None:
            return mention.entity, 0.7
    norp = [c for c in root.children if c.ent_type_ == "NORP" and c.dep_ in ("amod", "compound")]
    if norp and _lemma(root) == "official":
        words = [norp[0], root]
        return table.entity_for(_text_of(words), "group"), 0.6
    return None, 0.9


# People who speak from inside a body without speaking for it.
_INSIDERS = frozenset({"source", "person", "people", "insider", "aide", "staffer", "employee",
                       "worker", "member", "staff", "friend", "relative", "resident"})


def _name_in_capitals(table: _EntityTable, span: Span) -> tuple[int, float] | None:
    """A transcript's label in capitals (`FALLIN:`, `JAKE TAPPER:`) for a person the
    article names: the tagger reads such words as anything (a number, a noun), so they
    are matched by their letters against the article's full names and surnames."""
    words = [t for t in span if t.is_alpha and not _honorific(t)]
    if not words or not all(t.is_upper and len(t) > 1 for t in words):
        return None
    key = tuple(w.lower_ for w in words)
    full = table.by_key.get(("person", " ".join(key)))
    if full is not None:
        return full, 0.85
    if len(key) == 1:
        return table.link_word(key[0], None, span.start_char)
    if capitals_name_a_person([w.text for w in words]):
        # Named only in capitals (`JAKE TAPPER:` in a transcript): a person from here on,
        # whose surname alone (`TAPPER:`) then finds him.
        entity = table.entity_for(" ".join(w.text.capitalize() for w in words), "person", key)
        if entity not in table.surnames.setdefault(key[-1], []):
            table.surnames[key[-1]].append(entity)
        return entity, 0.75
    return None


def capitals_name_a_person(words: Sequence[str]) -> bool:
    """Two or three words in capitals, the first a common first name (`JAKE TAPPER`)."""
    return (2 <= len(words) <= 3 and all(w.isalpha() and w.isupper() for w in words)
            and is_first_name(words[0].lower()))


def is_org_noun(word: str) -> bool:
    """Whether a lower-case word is a common noun for an organisation (`company`, `maker`)."""
    return word in _lexicons().org_nouns


def is_first_name(word: str) -> bool:
    """Whether a lower-case word is a common first name (either lexicon)."""
    lex = _lexicons()
    return word in lex.female or word in lex.male


def _named_with_its_noun(table: _EntityTable, noun: Token) -> int | None:
    """The latest thing named before `noun` by a name and that same noun (`the Riverside
    Sounds festival` for `the festival`), which the tagger did not label: an organisation."""
    doc = table.doc
    for token in reversed(doc[:noun.i]):
        if token.lower_ != noun.lower_ or token.i == 0:
            continue
        first = token.i
        while first > 0 and doc[first - 1].pos_ == "PROPN" and doc[first - 1].dep_ == "compound":
            first -= 1
        if first < token.i:
            return table.entity_for(_text_of(list(doc[first:token.i + 1])), "organization")
    return None


def _unknown_name(table: _EntityTable, span: Span) -> tuple[int | Speaker | None, float]:
    """A proper noun the tagger left unlabelled: a person if it looks like one."""
    words = [t for t in span if (t.pos_ == "PROPN" or t.is_title and t.lower_ in table.surnames)
             and not _honorific(t) and not _role(t)]
    # The name is the run of names around the head, not every name in a long source
    # (`Dr. Helena Voss, responding to a question from board member Cathy Ruiz`).
    doc, low, high = span.doc, span.root.i, span.root.i
    while low > span.start and doc[low - 1].pos_ == "PROPN":
        low -= 1
    while high + 1 < span.end and doc[high + 1].pos_ == "PROPN":
        high += 1
    words = [t for t in words if low <= t.i <= high] or words
    if not words:
        return Speaker(_proper_name(span), "unknown"), 0.3
    key = tuple(w.lower_ for w in words)
    full = table.by_key.get(("person", " ".join(key)))
    if full is not None:
        return full, 0.9
    if len(key) == 1:
        gender = next((h[0] for t in span if (h := _honorific(t)) and h[0] != "-"), None)
        linked = table.link_word(key[0], gender, span.start_char)
        if linked is not None:
            return linked
    looks_personal = any(_honorific(t) for t in span) or (
        len(key) > 1 and is_first_name(key[0])
    )
    if looks_personal:
        return table.entity_for(_text_of(words), "person", key), 0.7
    org = table.by_key.get(("organization", " ".join(key)))
    if org is not None:
        return org, 0.8
    # An unlabelled name: a person or a body, we cannot tell.
    return table.entity_for(_text_of(words), "unknown"), 0.5
