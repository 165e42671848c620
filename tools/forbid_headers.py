#!/usr/bin/env python3
"""Writes the header shims that make the layers of DESIGN.md §3 a rule
of the build rather than a grep.

    forbid_headers.py SRC_DIR OUT_DIR

For each set below, OUT_DIR/<set>/ gets one file per header the set
covers, each an #error naming the rule. A layer's library puts the sets
it must not use first on its include path, so including a forbidden
header fails to compile with that sentence: ncurses outside src/ui,
SQLite outside src/store, cairo and pango
outside src/pdf, libsodium outside src/crypto and src/store,
and another layer's headers where DESIGN.md §3 forbids them.
"""
import os
import sys

SYSTEM = {
    "curses": ["curses.h", "ncurses.h", "ncursesw/curses.h", "ncursesw/ncurses.h", "term.h"],
    "sqlite": ["sqlite3.h"],
    "sodium": ["sodium.h"],
    "yaml": ["yaml.h"],
    "md4c": ["md4c.h"],
    "cairo": ["cairo.h", "cairo-pdf.h", "cairo/cairo.h", "cairo/cairo-pdf.h", "pango/pango.h",
              "pango/pangocairo.h", "glib.h", "glib-object.h"],
}
WHY = {
    "curses": "only src/ui may include curses",
    "sqlite": "only src/store runs SQL",
    "sodium": "only src/crypto and src/store use libsodium",
    "yaml": "only src/content parses YAML",
    "md4c": "only src/content parses Markdown",
    "cairo": "only src/pdf draws with cairo and pango",
}
LAYERS = ["core", "content", "store", "crypto", "app", "cli", "ui", "pdf"]


def write(path, text):
    os.makedirs(os.path.dirname(path), exist_ok=True)
    old = None
    if os.path.exists(path):
        with open(path) as f:
            old = f.read()
    if old != text:  # unchanged files keep their time: no needless rebuilds
        with open(path, "w") as f:
            f.write(text)


def main():
    src, out = sys.argv[1], sys.argv[2]
    for name, headers in SYSTEM.items():
        for h in headers:
            write(os.path.join(out, name, h),
                  '#error "%s (DESIGN.md section 3): this layer may not include <%s>"\n'
                  % (WHY[name], h))
    for layer in LAYERS:
        folder = os.path.join(src, layer)
        for h in sorted(os.listdir(folder)):
            if h.endswith(".h"):
                write(os.path.join(out, layer, layer, h),
                      '#error "this layer may not include %s/%s (DESIGN.md section 3: '
                      'dependencies point down; front ends call src/app)"\n' % (layer, h))


if __name__ == "__main__":
    main()
