from __future__ import annotations

from pathlib import Path

import pytest

SHARED = Path(__file__).resolve().parents[1].parent / "shared"


@pytest.fixture(scope="session")
def pipeline():  # type: ignore[no-untyped-def]
    """The real coder, loaded once: gazetteer index (built on first use) and spaCy."""
    from wirecoder.pipeline import Pipeline

    return Pipeline.load()


def need_shared(*parts: str) -> Path:
    path = SHARED.joinpath(*parts)
    if not path.exists():
        pytest.skip(f"{path} is absent: the shared evaluation folder is not beside the repo")
    return path
