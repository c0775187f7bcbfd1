"""Quality floors: figures a run must not fall below (the CI gate).

The floors file is JSON: `{"floors": {"attribution.f1": 0.30, ...}}`, each key a dotted
path into `onrecord eval --format json` output. Other top-level keys are comments.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from ..errors import ConfigError


def load_floors(path: str | Path) -> dict[str, float]:
    try:
        data = json.loads(Path(path).read_text(encoding="utf-8"))
        floors = data["floors"]
        return {str(key): float(value) for key, value in floors.items()}
    except (OSError, ValueError, KeyError, TypeError, AttributeError) as error:
        raise ConfigError(f"cannot read floors from {path}: {error}") from error


def figure_at(report: dict[str, Any], dotted: str) -> Any:
    value: Any = report
    for key in dotted.split("."):
        if not isinstance(value, dict) or key not in value:
            return None
        value = value[key]
    return value


def fallen_figures(report: dict[str, Any], floors: dict[str, float]) -> list[str]:
    """One message per figure below its floor (or missing from the report)."""
    messages = []
    for dotted, floor in sorted(floors.items()):
        value = figure_at(report, dotted)
        if not isinstance(value, int | float):
            messages.append(f"{dotted}: not in the report (floor {floor:.4f})")
        elif value < floor:
            messages.append(f"{dotted} = {value:.4f} is below its floor {floor:.4f}")
    return messages
