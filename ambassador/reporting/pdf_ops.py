"""PDF operators written straight into a canvas's stream, as ReportLab's own calls write them
(byte for byte), with each number formatted once: in pure Python, ReportLab's fp_str takes a
few microseconds a call, and a document's coordinates repeat from row to row and page to
page."""

from __future__ import annotations

from functools import lru_cache

from reportlab.lib.rl_accel import fp_str


@lru_cache(maxsize=4096)
def number(value: float) -> str:
    return str(fp_str(value))


def text_origin(x: float, y: float) -> str:
    """As a text object's setTextOrigin(x, y) on a bottom-up canvas (platypus draws on one)."""
    return f"1 0 0 1 {number(x)} {number(y)} Tm"


def translation(x: float, y: float) -> str:
    """As canvas.translate(x, y)."""
    return f"1 0 0 1 {number(x)} {number(y)} cm"


def line(x1: float, y1: float, x2: float, y2: float) -> str:
    """As canvas.line(x1, y1, x2, y2)."""
    return f"n {number(x1)} {number(y1)} m {number(x2)} {number(y2)} l S"
