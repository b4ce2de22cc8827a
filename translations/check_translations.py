#!/usr/bin/env python3
"""CTest translations_complete: fails when
  - a user-visible string in app/ is not marked for translation (a literal handed straight to a
    text setter, a widget constructor, a message box or a menu), or
  - the .ts files are behind the sources (lupdate would add a string: a new tr() nobody
    translated yet), or
  - a shipped language (every .ts but English) has an unfinished or empty entry, including each
    plural form; English must have its plural forms ("1 card", "2 cards").
Usage: check_translations.py SOURCE_DIR LUPDATE"""
import glob
import os
import re
import shutil
import subprocess
import sys
import tempfile
import xml.etree.ElementTree as ET

source_dir, lupdate = sys.argv[1], sys.argv[2]
problems = []

# --- 1. literals shown to users without tr() -------------------------------------------------
# Calls whose string argument reaches the screen. A literal there must be wrapped in tr(),
# QCoreApplication::translate() or QT_TR_NOOP. Identifiers, file names and format skeletons
# ("%1\n%2") have no letters outside placeholders and are not flagged.
UI_CALLS = (r'setText|setWindowTitle|setToolTip|setStatusTip|setWhatsThis|setPlaceholderText|setTitle|'
            r'setLabelText|setHeaderLabels?|addAction|addMenu|addItem|addItems|addTab|addRow|showMessage|'
            r'setApplicationDescription|addPositionalArgument|information|warning|critical|question|about|'
            r'getOpenFileNames?|getSaveFileName|getExistingDirectory|QLabel|QPushButton|QCheckBox|'
            r'QRadioButton|QGroupBox|QAction|QMenu|QToolButton|QFileDialog')
LITERAL = r'(?:QStringLiteral|QLatin1String|QString::fromUtf8|QString::fromLatin1|QString)?\(?\s*"((?:[^"\\]|\\.)*)"'
call_re = re.compile(r'\b(?:' + UI_CALLS + r')\s*\(([^;]*)')
literal_re = re.compile(LITERAL)
TRANSLATED = re.compile(r'\b(?:tr|translate|QT_TR_NOOP|QT_TRANSLATE_NOOP|qtTrId)\s*\(')


def visible(text):
    stripped = re.sub(r'%\d+|%n|\\[nt]|<[^>]*>|&\w+;', '', text)
    return re.search(r'[A-Za-z]{2,}', stripped) is not None


for path in sorted(glob.glob(os.path.join(source_dir, 'app', '*.cpp'))):
    with open(path, encoding='utf-8') as f:
        lines = f.read().split('\n')
    for number, line in enumerate(lines, 1):
        if line.strip().startswith('//') or 'notr' in line:   # `// notr: why` marks a deliberate exception
            continue
        for call in call_re.finditer(line):
            args = call.group(1)
            # Literals inside a tr()/translate() argument list are fine; look at the others.
            outside = args
            for m in TRANSLATED.finditer(args):
                depth, i = 0, m.end() - 1
                while i < len(args):
                    depth += args[i] == '('
                    depth -= args[i] == ')'
                    if depth == 0:
                        break
                    i += 1
                outside = outside.replace(args[m.start():i + 1], ' ' * (i + 1 - m.start()))
            if call.group(0).startswith('addItem'):
                # addItem(text, data): the data is never shown.
                depth, cut = 0, len(outside)
                for i, ch in enumerate(outside):
                    depth += ch in '({'
                    depth -= ch in ')}'
                    if ch == ',' and depth == 0:
                        cut = i
                        break
                outside = outside[:cut]
            for lit in literal_re.finditer(outside):
                if visible(lit.group(1)):
                    problems.append(f'{os.path.relpath(path, source_dir)}:{number}: "{lit.group(1)}" is shown '
                                    f'to users but not marked for translation (tr())')

# --- 2. the .ts files are current -------------------------------------------------------------
ts_files = sorted(glob.glob(os.path.join(source_dir, 'translations', '*.ts')))
sources = sorted(glob.glob(os.path.join(source_dir, 'app', '*.cpp')) + glob.glob(os.path.join(source_dir, 'app', '*.h'))
                 + glob.glob(os.path.join(source_dir, 'cli', '*.cpp')) + glob.glob(os.path.join(source_dir, 'cli', '*.h'))
                 + glob.glob(os.path.join(source_dir, 'core', '*', '*.cpp')) + glob.glob(os.path.join(source_dir, 'core', '*', '*.h')))
with tempfile.TemporaryDirectory() as tmp:
    copies = []
    for ts in ts_files:
        copy = os.path.join(tmp, os.path.basename(ts))
        shutil.copy(ts, copy)
        copies.append(copy)
    result = subprocess.run([lupdate, '-locations', 'none', '-no-obsolete', *sources, '-ts', *copies],
                            capture_output=True, text=True)
    if result.returncode != 0:
        problems.append('lupdate failed: ' + result.stderr.strip())
    for line in result.stdout.splitlines():
        m = re.search(r'Found (\d+) source text\(s\) \((\d+) new and (\d+) already existing\)', line)
        if m and int(m.group(2)) > 0:
            problems.append(f'the .ts files lack {m.group(2)} string(s) from the sources: run '
                            f'`cmake --build BUILD --target lupdate` and translate them')
            break
    m = re.search(r'Removed (\d+) obsolete', result.stdout)
    if m and int(m.group(1)) > 0:
        problems.append(f'the .ts files hold {m.group(1)} string(s) no longer in the sources: run the lupdate target')

# --- 3. every shipped language is finished ---------------------------------------------------
for ts in ts_files:
    name = os.path.basename(ts)
    english = name.endswith('_en.ts')
    root = ET.parse(ts).getroot()
    for context in root.iter('context'):
        ctx = context.findtext('name')
        for message in context.iter('message'):
            source = message.findtext('source')
            translation = message.find('translation')
            plural = message.get('numerus') == 'yes'
            if english and not plural:
                continue   # English needs only its plural forms
            kind = translation.get('type') if translation is not None else 'missing'
            if kind in ('unfinished', 'missing', 'vanished', 'obsolete'):
                problems.append(f'{name}: [{ctx}] "{source}" is {kind}')
                continue
            forms = [f.text for f in translation.iter('numerusform')] if plural else [translation.text]
            if not forms or any(not (f or '').strip() for f in forms):
                problems.append(f'{name}: [{ctx}] "{source}" has an empty translation')
            elif plural and '%n' in source and any('%n' not in f for f in forms if f) and not english:
                # A plural form may say "one" instead of "%n", but all of them dropping it is a slip.
                if all('%n' not in f for f in forms):
                    problems.append(f'{name}: [{ctx}] "{source}" lost its %n')
            if not plural and not english:
                for placeholder in set(re.findall(r'%\d', source)):
                    if placeholder not in (translation.text or ''):
                        problems.append(f'{name}: [{ctx}] "{source}" lost {placeholder}')

for p in problems:
    print('FAIL:', p)
if problems:
    sys.exit(1)
print(f'translations complete: {", ".join(os.path.basename(t) for t in ts_files)}; no unmarked strings in app/')
