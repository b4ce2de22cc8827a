#!/usr/bin/env python3
"""Fail when a core file includes across a forbidden edge of the layer graph.

The graph below is the architecture (docs/architecture.md draws it). Each core/<folder> is one
library and may include its own headers and those of the layers it reaches through LAYERS;
core/<folder>/CMakeLists.txt must declare exactly these DEPENDS, so the build (which enforces the
same graph through per-library include roots) and this check cannot drift apart. The check also
catches code the compiler never sees in one configuration (#ifdef branches) and runs without a build.

Other rules: core includes no widgets; only core/storage includes <sqlite3.h>; core includes its
own headers as "folder/file.h".

Usage: scripts/check_layers.py SOURCE_DIR     check the tree, exit 1 with one line per problem
       scripts/check_layers.py --self-test    show that a forbidden include is caught
"""
import re
import shutil
import sys
import tempfile
from pathlib import Path

# folder -> the layers it builds on directly (each link is PUBLIC, so what they reach is allowed too).
LAYERS = {
    "util": [],
    "model": ["util"],
    "scheduling": ["model"],
    "search": ["util"],
    "storage": ["scheduling", "search"],
    "study": ["storage"],
    "import": ["storage"],
    "decks": ["import"],
    "render": ["decks"],
    "export": ["render", "import"],
    "dispatch": ["decks"],
    "report": ["study"],
}

# Files allowed to include <sqlite3.h> outside core/storage: none since AnkiDb folded into Database
# (foreign files open through Database::openForeign). Keep it empty.
SQLITE_OUTSIDE_STORAGE = set()

INCLUDE = re.compile(r'^\s*#\s*include\s*([<"])([^>"]+)[>"]')
WIDGETS = re.compile(r"^(QtWidgets/|QtWebEngine|QtMultimedia|Q(Widget|Application|MainWindow|Dialog|"
                     r"MessageBox|PushButton|Label|LineEdit|BoxLayout|VBoxLayout|HBoxLayout)$)")
CMAKE_CALL = re.compile(r"debrief_core_library\s*\(([^)]*)\)", re.S)
KEYWORDS = {"DEPENDS", "LIBS", "PRIVATE", "SOURCES"}


def reachable(folder):
    seen, todo = set(), list(LAYERS[folder])
    while todo:
        f = todo.pop()
        if f not in seen:
            seen.add(f)
            todo.extend(LAYERS[f])
    return seen


def declared_depends(cmakelists):
    m = CMAKE_CALL.search(re.sub(r"#.*", "", cmakelists.read_text(encoding="utf-8")))
    if not m:
        return None
    deps, current = [], None
    for word in m.group(1).split():
        if word in KEYWORDS:
            current = word
        elif current == "DEPENDS":
            deps.append(word)
    return deps


def check(root):
    core = root / "core"
    problems = []
    folders = sorted(p.name for p in core.iterdir() if p.is_dir())
    for folder in folders:
        if folder not in LAYERS:
            problems.append(f"core/{folder}: not in the layer graph (add it to LAYERS in "
                            f"scripts/check_layers.py and to docs/architecture.md)")
            continue
        cmakelists = core / folder / "CMakeLists.txt"
        deps = declared_depends(cmakelists) if cmakelists.exists() else None
        if deps is None:
            problems.append(f"core/{folder}/CMakeLists.txt: no debrief_core_library() call")
        elif sorted(deps) != sorted(LAYERS[folder]):
            problems.append(f"core/{folder}/CMakeLists.txt: DEPENDS {' '.join(deps) or '(none)'} but the "
                            f"layer graph says {' '.join(LAYERS[folder]) or '(none)'}")
    for folder in folders:
        if folder not in LAYERS:
            continue
        allowed = reachable(folder) | {folder}
        for path in sorted((core / folder).rglob("*")):
            if path.suffix not in (".h", ".cpp"):
                continue
            rel = path.relative_to(root).as_posix()
            for number, line in enumerate(path.read_text(encoding="utf-8", errors="replace").splitlines(), 1):
                m = INCLUDE.match(line)
                if not m:
                    continue
                quote, name = m.groups()
                where = f"{rel}:{number}"
                if quote == "<":
                    if name == "sqlite3.h" and folder != "storage" and rel not in SQLITE_OUTSIDE_STORAGE:
                        problems.append(f"{where}: <sqlite3.h> outside core/storage (go through storage's Database)")
                    if WIDGETS.match(name):
                        problems.append(f"{where}: <{name}>: core knows nothing of widgets")
                    continue
                target = name.split("/")[0] if "/" in name else None
                if target is None:
                    problems.append(f'{where}: "{name}": include core headers as "folder/file.h"')
                elif target in LAYERS and target not in allowed:
                    problems.append(f'{where}: "{name}": {folder} may not include {target} '
                                    f"(allowed: {', '.join(sorted(allowed))})")
    return problems


def self_test():
    """Copy the real graph's CMake files into a scratch tree, add a forbidden include, expect it caught."""
    real = Path(__file__).resolve().parent.parent
    with tempfile.TemporaryDirectory() as tmp:
        root = Path(tmp)
        for folder in LAYERS:
            (root / "core" / folder).mkdir(parents=True)
            shutil.copy(real / "core" / folder / "CMakeLists.txt", root / "core" / folder)
        (root / "core/storage/collection.h").write_text("#pragma once\n")
        (root / "core/model/card.h").write_text('#pragma once\n#include "model/ids.h"\n')
        clean = check(root)
        (root / "core/model/card.h").write_text('#pragma once\n#include "storage/collection.h"\n')
        dirty = check(root)
    expected = 'core/model/card.h:2: "storage/collection.h": model may not include storage'
    if clean or len(dirty) != 1 or not dirty[0].startswith(expected):
        print(f"self-test failed: clean tree gave {clean}, forbidden include gave {dirty}")
        return 1
    print(f"self-test: caught {dirty[0]}")
    return 0


def main():
    if sys.argv[1:] == ["--self-test"]:
        return self_test()
    if len(sys.argv) != 2:
        print(__doc__)
        return 2
    problems = check(Path(sys.argv[1]))
    for p in problems:
        print(p)
    print(f"{len(problems)} layering problem(s)" if problems else "layers ok")
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
