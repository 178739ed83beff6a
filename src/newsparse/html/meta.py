"""Metadata candidates from an HTML tree: JSON-LD, OpenGraph, <meta>, microdata, <time>."""

from __future__ import annotations

from typing import Any

from ..metadata import EMPTY, Metadata


def extract_metadata(root: Any, url: str | None = None) -> Metadata:
    return EMPTY
