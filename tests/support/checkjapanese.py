#!/usr/bin/env python3
"""Checks the Japanese catalogue and the code's joins (issue 19).

In translations/hpgdesk_ja.ts:
  - every %1, %2, … and %n of the source is in the translation;
  - no ASCII ", " or a space after "。" / "、" inside Japanese text (the list separator is "、",
    and Japanese sentences are not separated by spaces);
  - no two entries of one menu or one form share a mnemonic in Japanese (&X) when they do not
    in English (the (&P) clash of "psql command" and ".pgpass line");
  - words the glossary settled: デフォルト, not 既定; 再割り当て, not 付け替え; 非表示, not 隠す.
In src/ (not the sandbox, which speaks English as Heroku does):
  - no sentence or list joined with ", " or " " in code (LanguageManager::joinList and
    joinSentences do it in the language shown), unless the line says "not prose" (commands,
    search text, the API's own values).
Prints one line per problem; exits 1 when there is any.
"""
import pathlib
import re
import sys
import xml.etree.ElementTree as ET

root = pathlib.Path(sys.argv[1] if len(sys.argv) > 1 else '.')
problems = []

JAPANESE = re.compile(r'[\u3040-\u30ff\u4e00-\u9fff]')
PLACEHOLDER = re.compile(r'%(\d+|n)')
MNEMONIC = re.compile(r'&([^&\s])')
BANNED = {'既定': 'デフォルト', '付け替え': '再割り当て', '隠す': '非表示', 'あきらめ': '(say what happened)',
          'この実行中': '今回の起動中'}

tree = ET.parse(root / 'translations' / 'hpgdesk_ja.ts')
for context in tree.getroot().iter('context'):
    name = context.findtext('name')
    mnemonics = {}
    for message in context.iter('message'):
        source = message.findtext('source') or ''
        translation = message.find('translation')
        forms = [f.text or '' for f in translation.iter('numerusform')] or [translation.text or '']
        for text in forms:
            where = f'{name}: "{source[:60]}"'
            if set(PLACEHOLDER.findall(source)) - set(PLACEHOLDER.findall(text)):
                problems.append(f'{where}: a placeholder of the source is missing in "{text}"')
            if JAPANESE.search(text):
                if re.search(r'[\u3040-\u30ff\u4e00-\u9fff。、）」], ', text) or re.search(r', [\u3040-\u30ff\u4e00-\u9fff]', text):
                    problems.append(f'{where}: ASCII ", " in Japanese text: "{text}"')
                if re.search(r'[。、] ', text):
                    problems.append(f'{where}: a space after 。 or 、: "{text}"')
            for word, better in BANNED.items():
                if word in text:
                    problems.append(f'{where}: "{word}" (use {better}): "{text}"')
            source_keys = MNEMONIC.findall(source)
            keys = MNEMONIC.findall(text)
            if keys and source_keys:
                mnemonics.setdefault(keys[0].upper(), set()).add((source_keys[0].upper(), source))
    for key, sources in mnemonics.items():
        if len({s for s, _ in sources}) > 1:
            problems.append(f'{name}: the mnemonic &{key} is used by ' + ' and '.join(f'"{s}"' for _, s in sorted(sources)))

# Forms (not the main window, whose actions are in different menus): one mnemonic per widget.
for form in sorted((root / 'ui').rglob('*.ui')):
    if form.name == 'mainwindow.ui':
        continue
    seen = {}
    for widget in ET.parse(form).getroot().iter('widget'):
        for prop in widget.findall('property'):
            if prop.get('name') not in ('text', 'title'):
                continue
            text = prop.findtext('string') or ''
            keys = MNEMONIC.findall(text)
            if keys:
                seen.setdefault(keys[0].upper(), []).append(text)
    for key, texts in seen.items():
        if len(texts) > 1:
            problems.append(f'{form.relative_to(root)}: the mnemonic &{key} is used by ' + ' and '.join(f'"{t}"' for t in texts))

JOIN = re.compile(r'''\.join\((QStringLiteral|QLatin1String)\(", "\)\)|\.join\(QLatin1Char\(' '\)\)|QLatin1Char\(' '\) \+ tr\(|\+ QLatin1Char\(' '\) \+''')
for path in sorted((root / 'src').rglob('*.cpp')):
    if 'sandbox' in path.parts:
        continue
    for number, line in enumerate(path.read_text(encoding='utf-8').splitlines(), 1):
        if JOIN.search(line) and 'not prose' not in line:
            problems.append(f'{path.relative_to(root)}:{number}: joined in code: {line.strip()}')

# AppStream: a Japanese paragraph on one line (software centres show a hard wrap as stray spaces).
for meta in sorted((root / 'packaging').rglob('*.metainfo.xml')):
    for match in re.finditer(r'<(p|li) xml:lang="ja">(.*?)</\1>', meta.read_text(encoding='utf-8'), re.S):
        if '\n' in match.group(2):
            problems.append(f'{meta.relative_to(root)}: a Japanese <{match.group(1)}> is wrapped over several lines')

for problem in problems:
    print(problem)
sys.exit(1 if problems else 0)
