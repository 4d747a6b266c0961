"""wirecoder: news reports of political violence in, geocoded coded events out."""

from wirecoder.errors import InputError, WirecoderError
from wirecoder.model import Article, CodedArticle, Event
from wirecoder.settings import Settings

__all__ = ["Article", "CodedArticle", "Event", "InputError", "Settings", "WirecoderError"]
