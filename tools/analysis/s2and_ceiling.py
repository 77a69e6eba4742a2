#!/usr/bin/env python3
"""Upper bound of any clustering of the S2AND Qian copy that sees only names and affiliations.

Signatures with an affiliation are put in their true cluster (an oracle); a signature without one can
only be placed by its name, so it joins the cluster holding most affiliated signatures of the same
full name (the natural rule; a cluster of its own when no affiliated signature has that name).
Prints B-cubed precision, recall and F1.

Usage: tools/analysis/s2and_ceiling.py ../shared/data/s2and-qian
"""
import collections
import json
import sys
from pathlib import Path


def full_name(info):
    return " ".join(part for part in (info["first"], info["middle"], info["last"]) if part).lower()


def bcubed(predicted, truth):
    members = collections.defaultdict(set)
    classes = collections.defaultdict(set)
    for signature, cluster in predicted.items():
        members[cluster].add(signature)
        classes[truth[signature]].add(signature)
    precision = recall = 0.0
    for signature, cluster in predicted.items():
        shared = len(members[cluster] & classes[truth[signature]])
        precision += shared / len(members[cluster])
        recall += shared / len(classes[truth[signature]])
    precision /= len(predicted)
    recall /= len(predicted)
    return precision, recall, 2 * precision * recall / (precision + recall)


def main(folder):
    signatures = json.loads((folder / "signatures.json").read_text())
    clusters = json.loads((folder / "clusters.json").read_text())
    truth = {s: c for c, v in clusters.items() for s in v["signature_ids"]}
    info = {s: v["author_info"] for s, v in signatures.items()}
    affiliated = {s for s in info if info[s]["affiliations"]}
    votes = collections.Counter((full_name(info[s]), truth[s]) for s in affiliated)
    largest = {}
    for (name, cluster), n in sorted(votes.items()):
        if name not in largest or n > votes[(name, largest[name])]:
            largest[name] = cluster
    predicted = {}
    for s in info:
        name = full_name(info[s])
        predicted[s] = truth[s] if s in affiliated else largest.get(name, "name:" + name)
    print("signatures %d, without affiliation %d" % (len(info), len(info) - len(affiliated)))
    print("oracle for affiliated signatures, name rule for the others: B-cubed P %.3f R %.3f F1 %.3f" % bcubed(predicted, truth))


if __name__ == "__main__":
    main(Path(sys.argv[1]))
