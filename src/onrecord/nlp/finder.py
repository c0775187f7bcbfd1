"""Orchestrates the finders over one Doc. (Placeholder: a helper replaces it.)"""

from __future__ import annotations

from spacy.tokens import Doc

from .candidates import Candidate


def find_candidates(doc: Doc) -> list[Candidate]:
    return []
