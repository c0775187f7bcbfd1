"""Cue words for the statement finders, read once from the data files in `lexicons/`.

The word lists are data, not code: edit the .txt files (one entry a line, "#" starts a
comment) to change what counts as a cue without touching the finders.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache
from importlib import resources


def read_wordlist(name: str) -> frozenset[str]:
    """The entries of `lexicons/<name>.txt`, lower-cased, comments and blanks dropped."""
    text = resources.files(__package__).joinpath("lexicons", f"{name}.txt").read_text("utf-8")
    entries = set()
    for line in text.splitlines():
        entry = line.split("#", 1)[0].strip().lower()
        if entry:
            entries.add(entry)
    return frozenset(entries)


# Relative pronouns: a source made of one of them (`who said …`) names the speaker only
# through the noun it follows.
RELATIVE_PRONOUNS = frozenset({"who", "whom", "whose", "which", "that"})


@dataclass(frozen=True, slots=True)
class CueLexicon:
    speech_verbs: frozenset[str]  # say, tell, warn ... (report words or writing)
    belief_verbs: frozenset[str]  # think, believe ... (PolNeAR annotates beliefs too)
    intent_verbs: frozenset[str]  # vow, promise, want ... take a to-infinitive as content
    noun_cues: frozenset[str]  # "in a statement", "in an interview"
    declined_verbs: frozenset[str]  # declined/refused to say: no statement
    speculation: frozenset[str]  # seem, appear, perhaps: the writer's guess
    question_verbs: frozenset[str]  # ask: a question is not a statement
    naming_verbs: frozenset[str]  # call, describe ... "X called Y 'a fraud'"
    stance_verbs: frozenset[str]  # endorse, reject ...: the direct object is the content
    answer_nouns: frozenset[str]  # "Her answer was simple:" + quotation: her words

    def is_cue_verb(self, lemma: str) -> bool:
        return lemma in self.speech_verbs or lemma in self.belief_verbs


@lru_cache(maxsize=1)
def cue_lexicon() -> CueLexicon:
    return CueLexicon(
        speech_verbs=read_wordlist("cue_verbs"),
        belief_verbs=read_wordlist("belief_verbs"),
        intent_verbs=read_wordlist("intent_verbs"),
        noun_cues=read_wordlist("noun_cues"),
        declined_verbs=read_wordlist("declined_verbs"),
        speculation=read_wordlist("speculation"),
        question_verbs=read_wordlist("question_verbs"),
        naming_verbs=read_wordlist("naming_verbs"),
        stance_verbs=read_wordlist("stance_verbs"),
        answer_nouns=read_wordlist("answer_nouns"),
    )
