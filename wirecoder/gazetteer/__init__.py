"""The embedded gazetteer: an SQLite index of GeoNames-derived places and curated features."""

from __future__ import annotations

from wirecoder.gazetteer.build import build_default, default_path
from wirecoder.gazetteer.install import install_geonames
from wirecoder.gazetteer.names import name_key
from wirecoder.gazetteer.store import Gazetteer, resolve_path

__all__ = ["Gazetteer", "build_default", "default_path", "install_geonames", "name_key",
           "resolve_path"]
