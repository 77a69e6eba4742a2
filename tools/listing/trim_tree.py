#!/usr/bin/env python3
"""Writes the paperlists listing that talentflow ships in its jar (the fallback when GitHub's git
trees API cannot be reached): the venue files (<venue>/<venue><year>.json) of a git-trees listing,
with only the fields talentflow reads (path, type, sha, size), one entry per line.

Usage: tools/listing/trim_tree.py ../shared/data/paperlists-tree.json \
           > core/src/main/resources/io/talentflow/source/paperlists-tree.json
"""
import json
import re
import sys

VENUE_FILE = re.compile(r"^([a-z0-9]+)/\1\d{4}\.json$")


def main(path):
    with open(path, encoding="utf-8") as f:
        listing = json.load(f)
    entries = [{"path": e["path"], "type": e["type"], "sha": e["sha"], "size": e.get("size")}
               for e in listing["tree"] if e["type"] == "blob" and VENUE_FILE.match(e["path"])]
    out = sys.stdout
    out.write('{"sha": %s, "truncated": false,\n "tree": [\n' % json.dumps(listing["sha"]))
    out.write(",\n".join("  " + json.dumps(e, separators=(", ", ": ")) for e in entries))
    out.write("\n]}\n")


if __name__ == "__main__":
    main(sys.argv[1])
