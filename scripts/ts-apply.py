#!/usr/bin/env python3
"""Fills translations into a Qt Linguist .ts file.

    scripts/ts-apply.py --list FILE.ts            print the unfinished source strings as a JSON object
    scripts/ts-apply.py FILE.ts TRANSLATIONS.json apply {source: translation} (a list for %n plurals)

Entries whose source is not in the JSON stay unfinished; tests/translations fails on those.
"""
import json
import sys
import xml.etree.ElementTree as ET


def main():
    if len(sys.argv) == 3 and sys.argv[1] == "--list":
        tree = ET.parse(sys.argv[2])
        todo = {}
        for msg in tree.iter("message"):
            tr = msg.find("translation")
            if tr is not None and tr.get("type") == "unfinished":
                todo[msg.findtext("source")] = [""] if msg.get("numerus") == "yes" else ""
        json.dump(todo, sys.stdout, ensure_ascii=False, indent=1)
        print()
        return 0
    if len(sys.argv) != 3:
        print(__doc__, file=sys.stderr)
        return 2
    path, table = sys.argv[1], json.load(open(sys.argv[2], encoding="utf-8"))
    tree = ET.parse(path)
    filled = 0
    for msg in tree.iter("message"):
        tr = msg.find("translation")
        source = msg.findtext("source")
        if tr is None or tr.get("type") != "unfinished" or source not in table or not table[source]:
            continue
        value = table[source]
        for child in list(tr):
            tr.remove(child)
        if msg.get("numerus") == "yes":
            tr.text = None
            for form in value if isinstance(value, list) else [value]:
                ET.SubElement(tr, "numerusform").text = form
        else:
            tr.text = value[0] if isinstance(value, list) else value
        del tr.attrib["type"]
        filled += 1
    tree.write(path, encoding="utf-8", xml_declaration=True)
    # Keep the DOCTYPE line Qt Linguist writes.
    text = open(path, encoding="utf-8").read()
    if "<!DOCTYPE TS>" not in text:
        text = text.replace("?>\n", "?>\n<!DOCTYPE TS>\n", 1)
        open(path, "w", encoding="utf-8").write(text)
    print(f"{path}: {filled} entries filled", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
