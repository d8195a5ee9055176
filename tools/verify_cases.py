#!/usr/bin/env python3
"""Verify that cases/*.json reproduce chapter 4 of the SKR case report verbatim.

Usage:  python3 tools/verify_cases.py [--source PATH] [--cases DIR] [-v]

Independent of extract_cases.py (it re-reads the source itself). Checks:

 1. FIDELITY (the required check). For each case, the source span (from the
    "Case N:" line to the line before the next "Case" / "Slutnoter"), minus
    running headers and page numbers, is compared with
        "Case N:" + title + "Tankeassociation" + thoughtAssociation
        + narrative texts + "Att samtala om" + questions
    after deleting ALL whitespace, "-", soft hyphens (U+00AD) and ">" on both
    sides. ("Case N:" is prepended on the JSON side because the source span
    starts with it.) Must be identical; otherwise the first difference is shown.
 2. QUESTION COUNTS: 5, 5, 4, 5, 3, 4, 7, 3, 3, 5, 5, 4, 4.
 3. LINE-BY-LINE ALIGNMENT (stricter, whitespace-sensitive). Every source line
    must appear verbatim (whitespace collapsed, tabs and "> " dropped) in the
    JSON stream, and every line junction is classified: normal space, word
    split joined, hyphen dropped/kept, block boundary. A block boundary is
    only allowed at a blank line, a page start, a bullet, a heading or a
    subheading; a blank line in the source must be a block boundary. All
    non-trivial junctions are listed.
 4. HYGIENE: letter-hyphen-letter words listed for eyeballing; no double
    spaces, tabs, leading/trailing spaces, stray page numbers / running
    headers / bullet markers, no newlines except "\\n\\n" in
    thoughtAssociation.
 5. FORMAT: key order, id/number/file name, types, empty themes/dimensions/
    relatedCases/commentary, step 0, exact "source" block, pretty 2-space
    UTF-8 JSON without BOM.
Exit status 0 only if everything passes.
"""
import argparse
import glob
import json
import os
import re
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
DEFAULT_SOURCE = "/work/shared/source/skr-case-report.txt"
DEFAULT_CASES = os.path.normpath(os.path.join(HERE, "..", "cases"))

EXPECTED_Q = [5, 5, 4, 5, 3, 4, 7, 3, 3, 5, 5, 4, 4]
HEADER_RE = re.compile(r"^\s*Kapitel 4\. Case att samtala om och lära av\s*$")
PAGENO_RE = re.compile(r"^\s*\d{1,3}(\s+\d{1,3})?\s*$")
CASE_RE = re.compile(r"^\s*Case (\d+): ")
KEYS = ["formatVersion", "id", "number", "title", "thoughtAssociation", "narrative",
        "questions", "themes", "dimensions", "relatedCases", "commentary", "source"]
SOURCE_META = {
    "publisher": "Sveriges Kommuner och Regioner (SKR)",
    "title": "Att lära av varandra för att styra och leda bättre tillsammans – Case för politikens genomslag",
    "authors": ["Ulf Ramberg", "Mikael Hellström", "Hans Knutsson", "Ola Mattisson"],
    "part": "Kapitel 4. Case att samtala om och lära av",
    "note": "Återgiven ordagrant för workshopbruk. Texten tillhör SKR.",
}
HEADINGS = ("Tankeassociation", "Att samtala om")

problems = []


def problem(msg):
    problems.append(msg)
    print("  FAIL: " + msg)


def norm(s):
    return re.sub(r"[\s\-\u00ad>]", "", s)


def source_spans(lines):
    starts, end = [], None
    for i, raw in enumerate(lines):
        m = CASE_RE.match(raw)
        if m and end is None:
            starts.append((int(m.group(1)), i))
        if raw.strip() == "Slutnoter" and starts and end is None:
            end = i
    spans = {}
    for k, (n, s) in enumerate(starts):
        spans[n] = (s, starts[k + 1][1] if k + 1 < len(starts) else end)
    return spans


def case_texts(c):
    return ([c["title"], c["thoughtAssociation"]] + [b["text"] for b in c["narrative"]]
            + [q["text"] for q in c["questions"]])


def check_fidelity(n, c, span_lines):
    src = "".join(l for l in span_lines if not (HEADER_RE.match(l) or PAGENO_RE.match(l)))
    js = ("Case %d:" % n + c["title"] + "Tankeassociation" + c["thoughtAssociation"]
          + "".join(b["text"] for b in c["narrative"]) + "Att samtala om"
          + "".join(q["text"] for q in c["questions"]))
    a, b = norm(src), norm(js)
    if a == b:
        return "OK (%d chars compared)" % len(a)
    i = next((k for k in range(min(len(a), len(b))) if a[k] != b[k]), min(len(a), len(b)))
    problem("case %d fidelity diff at %d:\n      source: …%s…\n      json:   …%s…"
            % (n, i, a[max(0, i - 40):i + 40], b[max(0, i - 40):i + 40]))
    return "DIFF"


def check_alignment(n, c, span_lines, first_lineno, verbose):
    """Whitespace-sensitive line-by-line alignment; returns list of notes."""
    blocks = ["Case %d: %s" % (n, c["title"]), "Tankeassociation"]
    blocks += c["thoughtAssociation"].split("\n\n")
    blocks += [b["text"] for b in c["narrative"]]
    blocks += ["Att samtala om"] + [q["text"] for q in c["questions"]]
    S = "\n".join(blocks)
    subheads = {b["text"] for b in c["narrative"] if b["type"] == "subheading"}

    items = []  # (lineno, raw, text, bullet, page_start) ; None for blank
    for k, raw in enumerate(span_lines):
        if HEADER_RE.match(raw) or PAGENO_RE.match(raw):
            continue
        if raw.strip() == "":
            items.append(None)
            continue
        t = raw.replace("\t", " ").strip()
        bullet = t.startswith("> ")
        if bullet:
            t = t[2:].strip()
        t = re.sub(r"\s+", " ", t)
        items.append((first_lineno + k, raw, t, bullet, raw.startswith(" ")))

    notes = {"space": 0, "word-join": [], "hyphen-dropped": [], "hyphen-kept": [],
             "boundary-blank": 0, "boundary-other": [], "pagebreak-joined": []}
    p = 0
    prev = None
    blank_since_prev = False
    for it in items:
        if it is None:
            blank_since_prev = True
            continue
        lineno, raw, t, bullet, page_start = it
        if prev is not None:
            plineno, praw, pt, _, _ = prev
            trail = praw.endswith(" ") or praw.endswith("\t")
            boundary_ok = blank_since_prev or page_start or bullet or pt in HEADINGS \
                or t in HEADINGS or pt in subheads or t in subheads
            if p < len(S) and S[p] == "\n":
                if not boundary_ok:
                    problem("case %d line %d: block boundary without blank line/page start" % (n, lineno))
                if blank_since_prev:
                    notes["boundary-blank"] += 1
                else:
                    why = ("page start" if page_start else "bullet" if bullet else "heading/subheading")
                    notes["boundary-other"].append("line %d (%s): %r | %r" % (lineno, why, pt[-25:], t[:25]))
                p += 1
            elif blank_since_prev:
                problem("case %d line %d: blank line in source but no block boundary in JSON" % (n, lineno))
            elif trail:
                if p < len(S) and S[p] == " ":
                    p += 1
                    notes["space"] += 1
                    if page_start:
                        notes["pagebreak-joined"].append("line %d: %r | %r" % (lineno, pt[-25:], t[:25]))
                else:
                    problem("case %d line %d: expected space after %r" % (n, plineno, pt[-20:]))
            elif pt.endswith("-"):
                pass  # handled when the previous line was consumed (see below)
            elif pt[-1:].isalpha():
                if S[p:p + 1] == " ":
                    problem("case %d line %d: space inserted at a word split %r|%r" % (n, lineno, pt[-15:], t[:15]))
                else:
                    notes["word-join"].append("%s|%s" % (pt.split(" ")[-1], t.split(" ")[0]))
            else:
                if S[p:p + 1] == " ":
                    p += 1
                    notes["space"] += 1
                else:
                    problem("case %d line %d: line ends in %r without space and nothing separates it" % (n, plineno, pt[-1:]))
        # consume this line's text
        trail_here = raw.endswith(" ") or raw.endswith("\t")
        if t.endswith("-") and not trail_here:
            body = t[:-1]
            if S[p:p + len(body)] != body:
                problem("case %d line %d not found verbatim:\n      source: %r\n      json:   %r" % (n, lineno, body, S[p:p + len(body)]))
                return notes
            p += len(body)
            word = t.split(" ")[-1]
            if S[p:p + 1] == "-":
                p += 1
                notes["hyphen-kept"].append("line %d: %s" % (lineno, word))
            else:
                notes["hyphen-dropped"].append("line %d: %s" % (lineno, word))
        else:
            if S[p:p + len(t)] != t:
                problem("case %d line %d not found verbatim:\n      source: %r\n      json:   %r" % (n, lineno, t, S[p:p + len(t)]))
                return notes
            p += len(t)
        prev = it
        blank_since_prev = False
    if p != len(S):
        problem("case %d: JSON has extra text after the source span: %r" % (n, S[p:p + 60]))
    return notes


def check_format(path, c, raw_bytes):
    n = c.get("number")
    if list(c.keys()) != KEYS:
        problem("%s: key order %r" % (path, list(c.keys())))
    if raw_bytes.startswith(b"\xef\xbb\xbf"):
        problem("%s: BOM" % path)
    pretty = json.dumps(c, ensure_ascii=False, indent=2) + "\n"
    if raw_bytes.decode("utf-8") != pretty:
        problem("%s: not canonical 2-space pretty JSON" % path)
    if c.get("formatVersion") != 1:
        problem("%s: formatVersion" % path)
    if c.get("id") != "skr-%02d" % n or not re.fullmatch(r"[a-z0-9][a-z0-9-]*", c.get("id", "")):
        problem("%s: id %r" % (path, c.get("id")))
    base = os.path.basename(path)
    if not re.fullmatch(r"%02d-[a-z0-9]+(-[a-z0-9]+)*\.json" % n, base):
        problem("%s: file name" % path)
    # themes/dimensions/relatedCases/commentary are merged in by tools/merge_case_meta.py
    for k in ("themes", "dimensions", "relatedCases", "commentary"):
        if not isinstance(c.get(k), list):
            problem("%s: %s must be a list" % (path, k))
    if c.get("source") != SOURCE_META or list(c["source"].keys()) != list(SOURCE_META.keys()):
        problem("%s: source block differs from the draft" % path)
    for b in c["narrative"]:
        if list(b.keys()) != ["type", "text"] or b["type"] not in ("paragraph", "dialogue", "subheading"):
            problem("%s: bad narrative block %r" % (path, b))
        if b["type"] == "dialogue" and not b["text"].startswith(("–", "-")):
            problem("%s: dialogue not opening with a dash: %r" % (path, b["text"][:30]))
        if b["type"] != "dialogue" and b["text"].startswith("–"):
            problem("%s: block opening with '–' not typed dialogue: %r" % (path, b["text"][:30]))
    for q in c["questions"]:
        if list(q.keys()) != ["text", "step"] or q["step"] not in (1, 2, 3, 4, 5):
            problem("%s: bad question %r" % (path, q))


def check_hygiene(n, c):
    hy = []
    fields = [("title", c["title"]), ("thoughtAssociation", c["thoughtAssociation"])]
    fields += [("narrative[%d]" % i, b["text"]) for i, b in enumerate(c["narrative"])]
    fields += [("questions[%d]" % i, q["text"]) for i, q in enumerate(c["questions"])]
    for name, t in fields:
        chk = t.replace("\n\n", " ") if name == "thoughtAssociation" else t
        if "\n" in chk:
            problem("case %d %s: newline" % (n, name))
        if "  " in t:
            problem("case %d %s: double space" % (n, name))
        if "\t" in t:
            problem("case %d %s: tab" % (n, name))
        if t != t.strip():
            problem("case %d %s: leading/trailing whitespace" % (n, name))
        if "\u00ad" in t:
            problem("case %d %s: soft hyphen" % (n, name))
        if "Kapitel 4" in t:
            problem("case %d %s: running header" % (n, name))
        if re.search(r"(^|\s)> ", t) or t.startswith(">"):
            problem("case %d %s: bullet marker" % (n, name))
        if re.search(r"\b(64 65|70)\b", t):
            problem("case %d %s: possible stray page number: %r" % (n, name, t))
        # list EVERY token that contains a hyphen-minus, classified
        toks = t.split()
        for k, tok in enumerate(toks):
            if "-" not in tok:
                continue
            if tok.endswith("-") and k + 1 < len(toks):
                hy.append(("suspended", name, tok + " " + toks[k + 1]))
            elif re.search(r"[A-Za-zÅÄÖåäö0-9]-[A-Za-zÅÄÖåäö]", tok):
                hy.append(("letter-letter", name, tok))
            else:
                hy.append(("other", name, tok))
    return hy


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--source", default=DEFAULT_SOURCE)
    ap.add_argument("--cases", default=DEFAULT_CASES)
    ap.add_argument("-v", "--verbose", action="store_true", help="also list every word-split join")
    args = ap.parse_args()

    with open(args.source, encoding="utf-8") as f:
        lines = f.read().split("\n")
    spans = source_spans(lines)
    files = sorted(f for f in glob.glob(os.path.join(args.cases, "*.json"))
                   if re.match(r"\d\d-", os.path.basename(f)))  # skip e.g. schema.json
    cases = {}
    for path in files:
        raw = open(path, "rb").read()
        c = json.loads(raw.decode("utf-8"))
        cases[c["number"]] = (path, c, raw)
    if sorted(cases) != list(range(1, 14)) or len(files) != 13:
        problem("expected 13 case files numbered 1..13, got %r" % sorted(cases))

    print("== 1. Fidelity (whitespace, '-', U+00AD and '>' deleted on both sides)")
    for n in sorted(cases):
        path, c, raw = cases[n]
        s, e = spans[n]
        print("case %2d %-58s %s" % (n, os.path.basename(path), check_fidelity(n, c, lines[s:e])))

    print("\n== 2. Question counts")
    got = [len(cases[n][1]["questions"]) for n in sorted(cases)]
    print("expected %s\ngot      %s  %s" % (EXPECTED_Q, got, "OK" if got == EXPECTED_Q else "MISMATCH"))
    if got != EXPECTED_Q:
        problem("question counts")

    print("\n== 3. Line-by-line alignment (whitespace-sensitive)")
    totals = {"word-join": 0, "hyphen-dropped": [], "hyphen-kept": [], "boundary-other": [], "pagebreak-joined": []}
    for n in sorted(cases):
        path, c, raw = cases[n]
        s, e = spans[n]
        before = len(problems)
        notes = check_alignment(n, c, lines[s:e], s + 1, args.verbose)
        status = "OK" if len(problems) == before else "FAIL"
        print("case %2d %s: %d space joins, %d word-split joins, %d hyphens dropped, %d kept, "
              "%d blank-line boundaries, %d other boundaries, %d page breaks joined"
              % (n, status, notes["space"], len(notes["word-join"]), len(notes["hyphen-dropped"]),
                 len(notes["hyphen-kept"]), notes["boundary-blank"], len(notes["boundary-other"]),
                 len(notes["pagebreak-joined"])))
        for x in notes["hyphen-dropped"]:
            print("     hyphen dropped  " + x)
        for x in notes["hyphen-kept"]:
            print("     hyphen KEPT     " + x)
        for x in notes["pagebreak-joined"]:
            print("     page break joined (paragraph continues) " + x)
        for x in notes["boundary-other"]:
            print("     boundary without blank line " + x)
        if args.verbose:
            print("     word splits: " + ", ".join(notes["word-join"]))

    print("\n== 4. Hygiene")
    allhy = []
    for n in sorted(cases):
        allhy += [(n,) + h for h in check_hygiene(n, cases[n][1])]
    print("hyphenated words left in the texts (eyeball these):")
    for n, kind, name, w in allhy:
        print("  case %2d %-16s %-14s %s" % (n, name, kind, w))
    print("double spaces / tabs / page numbers / headers / bullets: checked (failures listed above if any)")

    print("\n== 5. Format")
    for n in sorted(cases):
        path, c, raw = cases[n]
        check_format(path, c, raw)
    print("checked %d files" % len(cases))

    print("\nRESULT: %s" % ("ALL OK" if not problems else "%d PROBLEM(S)" % len(problems)))
    sys.exit(0 if not problems else 1)


if __name__ == "__main__":
    main()
