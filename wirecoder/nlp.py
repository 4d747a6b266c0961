"""The one place spaCy is loaded and run.

Only the named-entity recogniser is used: its place-like spans (GPE, LOC, FAC, and ORG,
which the small model gives to names like "the Bahariya Oasis") are hints for the
gazetteer-backed geoparser, never the last word. The tagger, parser and lemmatizer are
left out because they cost time the coder does not get back in accuracy.
"""

from __future__ import annotations

import logging
from collections.abc import Iterable
from typing import Any

from wirecoder.errors import WirecoderError
from wirecoder.model import Span

log = logging.getLogger(__name__)

_PLACE_LABELS = frozenset({"GPE", "LOC", "FAC", "ORG"})


class Nlp:
    """A loaded spaCy pipeline, narrowed to what the coder needs."""

    def __init__(self, model: str, *, n_process: int = 1, batch_size: int = 64) -> None:
        try:
            import spacy
        except ImportError as exc:  # pragma: no cover - a broken install
            raise WirecoderError(f"spaCy is not installed: {exc}") from exc
        try:
            self._nlp: Any = spacy.load(
                model, disable=["tagger", "parser", "attribute_ruler", "lemmatizer"])
        except OSError as exc:
            raise WirecoderError(f"spaCy model {model!r} is not installed ({exc})") from exc
        # The small English model's recogniser embeds tokens itself; the shared tok2vec
        # only feeds the disabled tagger and parser, and ran for nothing at ~40% of
        # spaCy's time. It stays on for a model whose enabled parts listen to it.
        if "tok2vec" in self._nlp.pipe_names and not getattr(
                self._nlp.get_pipe("tok2vec"), "listening_components", ["?"]):
            self._nlp.disable_pipe("tok2vec")
        self.n_process = n_process
        self.batch_size = batch_size
        log.debug("loaded spaCy model %s: %s", model, self._nlp.pipe_names)

    def place_hints(self, text: str) -> list[Span]:
        return next(iter(self.place_hints_many([text])))

    def place_hints_many(self, texts: Iterable[str]) -> Iterable[list[Span]]:
        docs = self._nlp.pipe(texts, batch_size=self.batch_size, n_process=self.n_process)
        for doc in docs:
            yield [Span(e.start_char, e.end_char, e.text) for e in doc.ents
                   if e.label_ in _PLACE_LABELS]

