#!/usr/bin/env python3
"""Fail when a deck repeats a run of 10 or more consecutive words from a seed article.

Normalisation as the coverage checklist describes it: lowercase, strip markup (cloze markers included)
and punctuation. Mirrors core/decks/copychecker.cpp.
Usage: scripts/check_copy.py SEEDS_DIR DECK_FILE...
"""
import re
import sys
from pathlib import Path

N = 10


def strip_cloze(text):
    # "{{c2::answer::hint}}" -> " answer "; otherwise "c2" becomes a word and splits a copied run.
    text = re.sub(r"\{\{c\d+::", " ", text)
    text = re.sub(r"::[^{}\n]*\}\}", " ", text)
    return text.replace("}}", " ")


def words(text):
    text = text.lower()
    text = re.sub(r"<[^>]+>", " ", text)
    text = text.replace("\u2019", "'")
    text = re.sub(r"[^a-z0-9'$%]+", " ", text)
    text = text.replace("'", "")
    return text.split()


def main():
    seeds_dir, decks = Path(sys.argv[1]), sys.argv[2:]
    grams = {}
    for seed in sorted(seeds_dir.glob("*.txt")):
        w = words(seed.read_text(encoding="utf-8"))
        for i in range(len(w) - N + 1):
            grams.setdefault(tuple(w[i:i + N]), seed.name)
    bad = 0
    for deck in decks:
        lines = strip_cloze(Path(deck).read_text(encoding="utf-8")).splitlines()
        # Check the file as one stream (a copied sentence split over lines is still copied),
        # and report the line where each copied run starts.
        stream, where = [], []
        for no, line in enumerate(lines, 1):
            for t in words(line):
                stream.append(t)
                where.append(no)
        last = -N
        for i in range(len(stream) - N + 1):
            g = tuple(stream[i:i + N])
            if g in grams and i >= last + N:
                print(f"{deck}:{where[i]}: copies 10+ words from {grams[g]}: \"{' '.join(g)}\"")
                bad += 1
                last = i
    print(f"check_copy: {bad} copied run(s) in {len(decks)} file(s)")
    return 1 if bad else 0


if __name__ == "__main__":
    sys.exit(main())
