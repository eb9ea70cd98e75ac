"""Folding Vietnamese text so that a shopper typing without accents finds accented names.

``Miến dong`` → ``mien dong``; ``đ`` → ``d``; and the Telex spelling ``dd`` (how many people type
``đ`` on a keyboard without Vietnamese input) → ``d`` as well. Both the stored text and the query
are folded the same way, by the database backend and (for the query) the Elasticsearch backend.
"""

from __future__ import annotations

import re
import unicodedata

_NOT_WORD = re.compile(r"[^\w]+")


def fold(text: str) -> str:
    """Lower-case, accent-free, single-spaced words (đ and dd both become d)."""
    text = (text or "").lower().replace("đ", "d")
    text = unicodedata.normalize("NFKD", text)
    text = "".join(ch for ch in text if not unicodedata.combining(ch))
    text = text.replace("dd", "d")
    return " ".join(_NOT_WORD.sub(" ", text).split())


def fold_words(text: str) -> list[str]:
    return fold(text).split()
