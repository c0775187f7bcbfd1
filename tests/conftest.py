"""Shared fixtures. The spaCy pipeline is loaded once per test session."""

from __future__ import annotations

import pytest


@pytest.fixture(scope="session")
def nlp():
    """The English pipeline with the onrecord component (loaded once)."""
    from onrecord.nlp.pipeline import load_pipeline

    return load_pipeline()


MILL_TEXT = "Ana Pell said that the mill closed. “It hurts,” said Bo Kerr.\n"


@pytest.fixture
def tiny_polnear_split(tmp_path):
    """A one-article PolNeAR-style split (text/ and attributions/) for training tests."""
    split = tmp_path / "split"
    (split / "text").mkdir(parents=True)
    (split / "attributions").mkdir()
    (split / "text" / "mill.txt").write_text(MILL_TEXT, encoding="utf-8")
    (split / "attributions" / "mill_x.ann").write_text(
        "T1\tSource 0 8\tAna Pell\nT2\tCue 9 13\tsaid\nT3\tContent 14 34\tthat the mill closed\n"
        "E1\tAttribution:T2 Content:T3 Cue:T2 Source:T1\n"
        "T4\tContent 36 47\t“It hurts,”\nT5\tCue 48 52\tsaid\nT6\tSource 53 60\tBo Kerr\n"
        "E2\tAttribution:T5 Content:T4 Cue:T5 Source:T6\n",
        encoding="utf-8",
    )
    return split


@pytest.fixture(scope="module", params=["fast", "accurate", "rules"])
def extraction(request):
    """The extraction result of a test module's ARTICLE (a path under tests/articles/), in
    each mode."""
    from onrecord import extract

    return extract(request.module.ARTICLE.read_text(encoding="utf-8"), model=request.param)
