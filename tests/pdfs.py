"""Reading a written PDF back as text, the way a reader's search would find it."""

from __future__ import annotations

import re
from pathlib import Path

from pypdf import PdfReader


def pdf_text(path: Path) -> str:
    """Every page's text, a line break between lines."""
    return "\n".join(page.extract_text() for page in PdfReader(path).pages)


def pdf_words(path: Path) -> str:
    """Every page's text with each run of spaces and line breaks as one space, to find a
    phrase that wrapped."""
    return re.sub(r"\s+", " ", pdf_text(path))
