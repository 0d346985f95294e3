"""Keep the translations of strings that moved: a `self.tr` string whose class was renamed or
split now sits in a new context, and lupdate files it there as unfinished. This fills such an
entry from the file as it was before lupdate ran (and as it was last committed, so a second run
between commits loses nothing), when the same English source had exactly one finished
translation there (in any context), plural forms included. Called by scripts/translations for
each language's file.

    python scripts/carry_translations.py AFTER.ts BEFORE.ts [BEFORE.ts …]
"""

from __future__ import annotations

import copy
import sys
import xml.etree.ElementTree as ElementTree
from collections import defaultdict
from pathlib import Path

# A message and its plural flag: "%n day(s)" as a plural and as a plain string are two.
Key = tuple[str, bool]


def _key(message: ElementTree.Element) -> Key:
    return (message.findtext("source") or "", message.get("numerus") == "yes")


def _text(translation: ElementTree.Element) -> tuple[str, ...]:
    forms = translation.findall("numerusform")
    return (
        tuple("".join(f.itertext()) for f in forms) if forms else ("".join(translation.itertext()),)
    )


def known_translations(files: list[Path]) -> dict[Key, ElementTree.Element]:
    """Each source's one finished translation (sources translated two ways are left out: the
    context decided, and a person should)."""
    found: dict[Key, list[ElementTree.Element]] = defaultdict(list)
    messages = (m for ts in files for m in ElementTree.parse(ts).getroot().iter("message"))
    for message in messages:
        translation = message.find("translation")
        if translation is not None and translation.get("type") is None and any(_text(translation)):
            found[_key(message)].append(translation)
    return {key: forms[0] for key, forms in found.items() if len({_text(f) for f in forms}) == 1}


def carry(after: Path, before: list[Path]) -> int:
    """Fill `after`'s unfinished entries from the `before` files; the number filled."""
    known = known_translations(before)
    tree = ElementTree.parse(after)
    filled = 0
    for message in tree.getroot().iter("message"):
        translation = message.find("translation")
        key = _key(message)
        if translation is None or translation.get("type") != "unfinished" or key not in known:
            continue
        message.remove(translation)
        message.append(copy.deepcopy(known[key]))
        filled += 1
    if filled:
        # scripts/translations runs lupdate again afterwards, which restores its own layout.
        ElementTree.indent(tree, space="    ")
        with after.open("wb") as handle:
            handle.write(b'<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n')
            tree.write(handle, encoding="utf-8", xml_declaration=False)
    return filled


if __name__ == "__main__":
    count = carry(Path(sys.argv[1]), [Path(name) for name in sys.argv[2:]])
    print(f"{Path(sys.argv[1]).name}: {count} moved strings kept their translation")
