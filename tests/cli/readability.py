#!/usr/bin/env python3
"""Issue 12: the prose of every skill file, cautions included, reads at
Flesch-Kincaid grade 6 or lower, by this suite's own count.

The method, so anyone can check a figure by hand:
- Prose is what a person reads: the summary, cautions, when, not-when and
  example of the front matter, and the body (headings, paragraphs, list
  items, table cells, the questions of Ask, Rate, Choose, Decide and Show
  directives, and caution text), without the directive keywords, timer
  and breathing values, link targets and {field} names.
- A sentence ends at ".", "!" or "?" (before a space, a line end or a
  closing quote or bracket), and at the end of a heading, a list item, a
  table cell or a front-matter item: each is read as a unit.
- A word is a run of letters (with inner apostrophes or hyphens) or
  digits. Hyphenated words count as one word.
- Syllables: each run of vowels (a, e, i, o, u, y) counts one; a final
  silent "e" does not (but "-le" after a consonant does, as in "gentle");
  "-es" and "-ed" add none, except "-ted", "-ded" and "-es" after s, x,
  z, ch, sh, c or g ("wishes"); every word has at least one. Digits count
  one syllable per digit group.
- Grade = 0.39 * words / sentences + 11.8 * syllables / words - 15.59.
    readability.py SKILLS_DIR [MAX_GRADE]"""
import os
import re
import sys

import glob

MAX = float(sys.argv[2]) if len(sys.argv) > 2 else 6.0

DIRECTIVE = re.compile(r"^(Caution|Ask|Rate|Choose|Decide|Show)\b[^:]{0,80}:\s*")
DROP = re.compile(r"^(Timer|Breathe):")
FRONT_KEYS = ("summary", "example")
FRONT_LISTS = ("cautions", "when", "not-when")


def syllables(word):
    w = word.lower()
    if w.isdigit():
        return 1
    w = re.sub(r"[^a-z]", "", w)
    if not w:
        return 1
    groups = re.findall(r"[aeiouy]+", w)
    n = len(groups)
    if w.endswith("e") and not w.endswith(("le", "ee", "ye")) and n > 1:
        n -= 1
    elif w.endswith("le") and len(w) > 2 and w[-3] not in "aeiouy" and n > 1:
        pass
    if re.search(r"[^aeiouytd]e[sd]$", w) and not re.search(r"([sxz]|[cs]h|[cg])es$", w) \
            and n > 1:
        n -= 1
    return max(1, n)


def front_matter(text):
    """The prose of the front matter (a small reader for the keys above)."""
    out = []
    lines = text.split("\n")
    key = None
    block = []
    for line in lines:
        m = re.match(r"^([a-z-]+):\s*(.*)$", line)
        if m:
            if key == "example" and block:
                out.append(" ".join(block))
            key, value = m.group(1), m.group(2)
            block = []
            if key in FRONT_KEYS and value not in (">", "|", ">-", "|-", ""):
                out.append(value.strip('"'))
            if key in FRONT_LISTS and value.startswith("["):
                out.extend(v.strip(' "') for v in value.strip("[]").split(","))
            continue
        if key in FRONT_LISTS and re.match(r"^\s+-\s+", line):
            out.append(re.sub(r"^\s+-\s+", "", line).strip('"'))
        elif key == "example" and line.startswith(" "):
            block.append(line.strip())
    if key == "example" and block:
        out.append(" ".join(block))
    return out


def body_units(body):
    """Paragraph text, with each heading, list item and table cell a unit
    of its own."""
    units = []
    para = []
    for line in body.split("\n") + [""]:
        s = line.strip()
        if not s or s.startswith("#") or re.match(r"^([-*]|\d+\.)\s", s) or s.startswith("|"):
            if para:
                units.append(" ".join(para))
                para = []
            if s.startswith("#"):
                units.append(s.lstrip("#").strip())
            elif re.match(r"^([-*]|\d+\.)\s", s):
                para = [re.sub(r"^([-*]|\d+\.)\s+", "", s)]
            elif s.startswith("|"):
                cells = [c.strip() for c in s.strip("|").split("|")]
                units.extend(c for c in cells if c and not re.match(r"^:?-+:?$", c))
            continue
        if DROP.match(s):
            continue
        para.append(DIRECTIVE.sub("", s))
    if para:
        units.append(" ".join(para))
    return units


def clean(unit):
    unit = re.sub(r"\[([^\]]*)\]\([^)]*\)", r"\1", unit)  # links: their words
    unit = re.sub(r"\{[a-z0-9.-]+\}", "", unit)            # fields
    unit = re.sub(r"[*_`]", "", unit)
    return unit


def measure(units):
    words = sentences = syl = 0
    for unit in units:
        unit = clean(unit)
        ws = re.findall(r"[A-Za-z]+(?:['\u2019-][A-Za-z]+)*|\d+", unit)
        if not ws:
            continue
        words += len(ws)
        syl += sum(syllables(w) for w in ws)
        ends = len(re.findall(r"[.!?]+(?=[\s\"')\u201d]|$)", unit))
        sentences += max(1, ends if re.search(r"[.!?][\"')\u201d]*\s*$", unit) else ends + 1)
    if words == 0:
        return 0.0, 0, 0
    return 0.39 * words / sentences + 11.8 * syl / words - 15.59, words, sentences


def main():
    root = sys.argv[1]
    worst = []
    files = sorted(glob.glob(os.path.join(root, "*", "*.md")))
    files = [f for f in files if "/crisis/" not in f]
    for path in files:
        text = open(path, encoding="utf-8").read()
        parts = text.split("\n---\n", 1)
        fm = parts[0][4:] if text.startswith("---\n") else ""
        body = parts[1] if len(parts) > 1 else text
        grade, words, sentences = measure(front_matter(fm) + body_units(body))
        worst.append((grade, path, words, sentences))
    worst.sort(reverse=True)
    bad = [w for w in worst if w[0] > MAX]
    for grade, path, words, sentences in bad:
        print("%s: reading grade %.1f, above %.0f (%d words, %d sentences)"
              % (path, grade, MAX, words, sentences))
    top = worst[0]
    print("%d files; the hardest, %s, reads at grade %.1f (limit %.0f)"
          % (len(worst), os.path.basename(top[1]), top[0], MAX))
    sys.exit(1 if bad else 0)


if __name__ == "__main__":
    main()
