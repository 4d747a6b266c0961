"""One exception tree for wirecoder.

Every error a user can cause derives from ``WirecoderError`` and carries the input it
concerns, so the CLI (and later the HTTP API) can print one line naming the input and the
reason instead of a traceback.
"""

from __future__ import annotations


class WirecoderError(Exception):
    """Base class: ``str(err)`` is one line fit for a user."""

    #: HTTP status for the API layer; the mapping lives here, in one place.
    http_status = 500

    def __init__(self, reason: str, source: str | None = None) -> None:
        self.reason = reason
        self.source = source
        super().__init__(f"{source}: {reason}" if source else reason)


class InputError(WirecoderError):
    """The user's input cannot be read or coded (missing, empty, binary, malformed)."""

    http_status = 400


class UnsupportedLanguageError(InputError):
    """The report is not in a language the coder handles."""

    http_status = 422


class GazetteerError(WirecoderError):
    """The gazetteer index is missing, corrupt, or a dump cannot be loaded."""

    http_status = 503


class DatasetError(WirecoderError):
    """An evaluation data set is missing or not in the expected format."""

    http_status = 404
