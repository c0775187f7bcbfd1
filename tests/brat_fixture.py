"""Brat standoff annotations for articles the tests write, as PolNeAR's `.ann` files are."""

from __future__ import annotations


def brat_annotation(text: str, relations: list[tuple[str, str, str]]) -> str:
    """A brat .ann for `text`: (source, cue, content) per relation, each role the first
    occurrence of its words after the previous relation."""
    lines, after, number = [], 0, 0
    for index, (source, cue, content) in enumerate(relations, start=1):
        ids, ends = [], []
        for label, words in (("Source", source), ("Cue", cue), ("Content", content)):
            start = text.index(words, after)
            number += 1
            lines.append(f"T{number}\t{label} {start} {start + len(words)}\t{words}")
            ids.append(f"{label}:T{number}")
            ends.append(start + len(words))
        after = max(ends)
        lines.append(f"E{index}\tAttribution:{ids[1].split(':')[1]} {' '.join(ids)}")
    return "\n".join(lines) + "\n"
