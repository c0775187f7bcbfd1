"""Inputs -> Articles. Bad input becomes a Problem on the Article, never an exception."""

from .text import article_from_bytes, article_from_text, decode_bytes

__all__ = ["article_from_bytes", "article_from_text", "decode_bytes"]
