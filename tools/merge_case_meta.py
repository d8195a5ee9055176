#!/usr/bin/env python3
"""Merge tools/case-meta.json (themes, dimensions, related cases, chapter-3 commentary and
question steps, prepared from the report) into the extracted case files in cases/.

Run after tools/extract_cases.py. Idempotent. Checks that the question texts in the metadata
equal the extracted ones, so a step can never be attached to the wrong question."""
import json, pathlib, sys

root = pathlib.Path(__file__).resolve().parent.parent
meta = json.loads((root / "tools" / "case-meta.json").read_text(encoding="utf-8"))
files = sorted((root / "cases").glob("[0-9][0-9]-*.json"))
assert len(files) == 13, files
for f in files:
    case = json.loads(f.read_text(encoding="utf-8"))
    m = meta[str(case["number"])]
    texts = [q["text"] for q in case["questions"]]
    if texts != m["questionTexts"]:
        sys.exit(f"{f.name}: question texts differ from case-meta.json")
    for q, step in zip(case["questions"], m["questionSteps"]):
        q["step"] = step
    case["themes"] = m["themes"]
    case["dimensions"] = m["dimensions"]
    case["relatedCases"] = m["relatedCases"]
    case["commentary"] = m["commentary"]
    f.write_text(json.dumps(case, ensure_ascii=False, indent=2) + "\n", encoding="utf-8")
(root / "cases" / "index.txt").write_text(
    "# Bundled case files, in order. Kept in sync by tools/merge_case_meta.py (checked by a test).\n"
    + "".join(f.name + "\n" for f in files), encoding="utf-8")
print("merged", len(files))
