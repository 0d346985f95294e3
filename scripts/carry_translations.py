"""Keep the translations of strings that moved: a `self.tr` string whose class was renamed or
split now sits in a new context, and lupdate files it there as unfinished. This fills such an
entry from the file as it was before lupdate ran, when the same English source had exactly one
finished translation there (in any context). Called by scripts/translations.

    python scripts/carry_translations.py BEFORE.ts AFTER.ts
"""

from __future__ import annotations

import sys
import xml.etree.ElementTree as ElementTree
from collections import defaultdict
from pathlib import Path


def _finished(translation: ElementTree.Element | None) -> bool:
    return translation is not None and translation.get("type") is None


def known_translations(ts: Path) -> dict[str, ElementTree.Element]:
    """English source → its one finished translation (sources translated two ways are left
    out: the context decided, and a person should)."""
    found: dict[str, list[ElementTree.Element]] = defaultdict(list)
    for message in ElementTree.parse(ts).getroot().iter("message"):
        translation = message.find("translation")
        if _finished(translation) and message.get("numerus") != "yes":
            assert translation is not None
            found[message.findtext("source") or ""].append(translation)
    return {
        source: forms[0]
        for source, forms in found.items()
        if len({"".join(f.itertext()) for f in forms}) == 1
    }


def carry(before: Path, after: Path) -> int:
    """Fill `after`'s unfinished entries from `before`; the number filled."""
    known = known_translations(before)
    # scripts/translations runs lupdate again afterwards, which restores its own layout.
    tree = ElementTree.parse(after)
    filled = 0
    for message in tree.getroot().iter("message"):
        translation = message.find("translation")
        source = message.findtext("source") or ""
        if translation is None or translation.get("type") != "unfinished" or source not in known:
            continue
        translation.text = known[source].text
        del translation.attrib["type"]
        filled += 1
    if filled:
        ElementTree.indent(tree, space="    ")
        with after.open("wb") as handle:
            handle.write(b'<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n')
            tree.write(handle, encoding="utf-8", xml_declaration=False)
    return filled


if __name__ == "__main__":
    count = carry(Path(sys.argv[1]), Path(sys.argv[2]))
    print(f"{Path(sys.argv[2]).name}: {count} moved strings kept their translation")
