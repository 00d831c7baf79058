#!/usr/bin/env python3
"""Carry Japanese translations to strings that moved to another tr() context.

When a string moves from one class to another, lupdate marks the old entry
vanished and the new one unfinished, although the text is the same. This
script fills each unfinished message from a finished (or vanished/obsolete)
message with the same source text, comment and plural form, then drops the
vanished and obsolete entries. Strings that are really new stay unfinished.

    scripts/carry-translations.py translations/hpgdesk_ja.ts [other.ts …]

Further .ts files (e.g. an older version of the same file) are read only as
sources of translations.
"""
import re
import sys
import xml.etree.ElementTree as ET


def key(message):
    source = message.findtext('source') or ''
    comment = message.findtext('comment') or ''
    return (source, comment, message.get('numerus') == 'yes')


def known_translations(root, into):
    for message in root.iter('message'):
        translation = message.find('translation')
        if translation is None or translation.get('type') == 'unfinished':
            continue
        has_text = (translation.text or '').strip() or any((f.text or '').strip() for f in translation.findall('numerusform'))
        if has_text:
            into.setdefault(key(message), translation)


def main(paths):
    target = paths[0]
    tree = ET.parse(target)
    root = tree.getroot()
    known = {}
    known_translations(root, known)
    for extra in paths[1:]:
        known_translations(ET.parse(extra).getroot(), known)
    carried = 0
    for context in root.findall('context'):
        for message in list(context.findall('message')):
            translation = message.find('translation')
            if translation is None:
                continue
            kind = translation.get('type')
            if kind in ('vanished', 'obsolete'):
                context.remove(message)
                continue
            if kind == 'unfinished' and key(message) in known:
                source = known[key(message)]
                message.remove(translation)
                copy = ET.fromstring(ET.tostring(source))
                copy.attrib.pop('type', None)
                copy.tail = translation.tail
                message.append(copy)
                carried += 1
        if not context.findall('message'):
            root.remove(context)
    left = sum(1 for t in root.iter('translation') if t.get('type') == 'unfinished')
    text = ET.tostring(root, encoding='unicode')
    # Escape quotes in text as lupdate does, so that only real changes show in a diff.
    text = re.sub(r'>([^<]*)<', lambda m: '>' + m.group(1).replace("'", '&apos;').replace('"', '&quot;') + '<', text)
    with open(target, 'w', encoding='utf-8') as f:
        f.write('<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n' + text + '\n')
    print(f'{target}: carried {carried} translations; {left} unfinished left')


if __name__ == '__main__':
    if len(sys.argv) < 2:
        sys.exit(__doc__)
    main(sys.argv[1:])
