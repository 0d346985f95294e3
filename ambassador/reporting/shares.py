"""A share printed in a document's table: the percent with what it rests on, 62 % (31/50), or a
dash when nothing to share; and a row of counts or shares split by gender with the total last."""

from __future__ import annotations

from ambassador.domain.enums import Gender
from ambassador.domain.figures import Share, Split
from ambassador.reporting.words import Words

GENDERS = list(Gender)


def share_text(part: int, whole: int, words: Words) -> str:
    if whole == 0:
        return "–"
    return f"{words.percent(part / whole)} ({part}/{whole})"


def gender_counts(split: Split) -> list[str]:
    return [str(split.of(g)) for g in GENDERS] + [str(split.total)]


def gender_shares(share: Share, words: Words) -> list[str]:
    return [share_text(share.part.of(g), share.whole.of(g), words) for g in GENDERS] + [
        share_text(share.part.total, share.whole.total, words)
    ]
