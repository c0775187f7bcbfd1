"""Shared fixtures. The spaCy pipeline is loaded once per test session."""

from __future__ import annotations

import pytest


@pytest.fixture(scope="session")
def nlp():
    """The English pipeline with the onrecord component (loaded once)."""
    from onrecord.nlp.pipeline import load_pipeline

    return load_pipeline()
