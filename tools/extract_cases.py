#!/usr/bin/env python3
"""Extract the thirteen leadership cases (chapter 4) of the SKR case report
into case JSON files (format v1, see docs/case-format-draft.txt).

Usage:  python3 tools/extract_cases.py [--source PATH] [--out DIR] [--review]

The repair is mechanical, driven by the layout of the PDF-to-text extraction:

* A line ending with a space is a normal line break -> join with one space.
* A line ending in a letter WITHOUT a trailing space is a word split across
  lines -> join with no space.
* A line ending in "-" without a trailing space is a hyphenated split. Every
  such line in the case span is listed in HYPHEN_DECISIONS (keyed by its
  1-based line number in the source) as "drop" or "keep"; the script refuses
  to run if it meets one that is not listed (or if a listed one is missing).
* Running headers ("Kapitel 4. Case att samtala om och lära av") and page
  numbers ("64 65", "70") are removed.
* A line that starts with a space marks a new page. It starts a new block
  unless the previous line ended with a space or in the middle of a word
  (then the paragraph was cut by the page break and is joined).
* Blocks are separated by blank lines; every "> " bullet starts a new
  question; the headings "Tankeassociation" and "Att samtala om" and the
  subheadings listed in SUBHEADINGS are blocks of their own.
* Tabs and "> " bullet markers are layout, runs of whitespace collapse to one
  space. Every other character is kept exactly.

Hand decisions live in the small tables below so the output is reproducible.
"""
import argparse
import json
import os
import re
import sys
import unicodedata

HERE = os.path.dirname(os.path.abspath(__file__))
DEFAULT_SOURCE = "/work/shared/source/skr-case-report.txt"
DEFAULT_OUT = os.path.normpath(os.path.join(HERE, "..", "cases"))

HEADER_RE = re.compile(r"^\s*Kapitel 4\. Case att samtala om och lära av\s*$")
PAGENO_RE = re.compile(r"^\s*\d{1,3}(\s+\d{1,3})?\s*$")
CASE_RE = re.compile(r"^\s*Case (\d+): ")
END_MARK = "Slutnoter"

# Line-end hyphen decisions: source line number (1-based) -> "drop" | "keep".
# Comment = the resulting word. All were checked against the rest of the
# report (e.g. "dialogbaserad", "regionstyrelsens", "kommunchefen",
# "utbildningschefen" occur unhyphenated elsewhere).
HYPHEN_DECISIONS = {
    1392: "drop",  # förvalt-|ningsnivå      -> förvaltningsnivå
    1441: "drop",  # parti-|erna             -> partierna
    1452: "drop",  # verk-|ligen             -> verkligen
    1507: "drop",  # förut-|sättningar       -> förutsättningar
    1516: "drop",  # dialog-|baserad         -> dialogbaserad (as in ch. 3)
    1548: "drop",  # under-|sökningar        -> undersökningar
    1703: "drop",  # kon-|sekvenserna        -> konsekvenserna
    1717: "drop",  # dimen-|sioner           -> dimensioner
    1842: "drop",  # region-|styrelsens      -> regionstyrelsens (as on p. 2)
    2109: "drop",  # Kommun-|chefen          -> Kommunchefen
    2275: "drop",  # be-|sked                -> besked
    2286: "drop",  # dimen-|sioner           -> dimensioner
    2301: "drop",  # samver-|kan             -> samverkan
    2386: "drop",  # territo-|rium           -> territorium
    2417: "drop",  # organisa-|tionen        -> organisationen
    2419: "drop",  # ut-|bildningschefen     -> utbildningschefen
    2495: "drop",  # cen-|trum               -> centrum
    2528: "drop",  # krimi-|nalitet          -> kriminalitet
    2569: "drop",  # er-|farenheter          -> erfarenheter
}

# Short lines without final punctuation that introduce the following text.
# (The script checks that its layout heuristic finds exactly these.)
SUBHEADINGS = {
    (1, "Befintlig vision"),
    (1, "Nya förutsättningar för ny vision"),
}

HEADING_TA = "Tankeassociation"
HEADING_Q = "Att samtala om"

SOURCE_META = {
    "publisher": "Sveriges Kommuner och Regioner (SKR)",
    "title": "Att lära av varandra för att styra och leda bättre tillsammans – Case för politikens genomslag",
    "authors": ["Ulf Ramberg", "Mikael Hellström", "Hans Knutsson", "Ola Mattisson"],
    "part": "Kapitel 4. Case att samtala om och lära av",
    "note": "Återgiven ordagrant för workshopbruk. Texten tillhör SKR.",
}

STOPWORDS_AT_END = {"i", "och", "av", "att", "for", "en", "ett", "eller", "det", "pa", "till", "med", "om"}


class Line:
    __slots__ = ("no", "raw", "text", "trail", "page_start", "bullet")

    def __init__(self, no, raw):
        self.no = no
        self.raw = raw
        self.page_start = raw.startswith(" ") and raw.strip() != ""
        self.trail = raw.endswith(" ") or raw.endswith("\t")
        s = raw.replace("\t", " ").strip()
        self.bullet = s.startswith("> ")
        if self.bullet:
            s = s[2:].strip()
        self.text = s


def fail(msg):
    sys.stderr.write("ERROR: " + msg + "\n")
    sys.exit(1)


def case_spans(lines):
    """Return [(number, start_idx, end_idx_exclusive)] for the 13 cases."""
    starts = []
    end = None
    for i, raw in enumerate(lines):
        m = CASE_RE.match(raw)
        if m and end is None:
            starts.append((int(m.group(1)), i))
        if raw.strip() == END_MARK and starts and end is None:
            end = i
    if end is None:
        fail("no 'Slutnoter' after the cases")
    spans = []
    for k, (num, s) in enumerate(starts):
        e = starts[k + 1][1] if k + 1 < len(starts) else end
        spans.append((num, s, e))
    nums = [n for n, _, _ in spans]
    if nums != list(range(1, 14)):
        fail("unexpected case numbers %r" % nums)
    return spans


def is_subheading_candidate(cur, nxt):
    """Layout heuristic: short line, no trailing space, ends in a letter,
    followed directly by a line that starts with a capital letter."""
    if nxt is None or not nxt.text or cur.trail or cur.bullet:
        return False
    if not cur.text or not cur.text[-1].isalpha():
        return False
    if len(cur.text) > 60 or cur.text in (HEADING_TA, HEADING_Q):
        return False
    return nxt.text[0].isupper()


def split_blocks(num, span_lines, review):
    """Group the lines of one case into blocks (lists of Line)."""
    # drop running headers and page numbers
    kept = []
    for ln in span_lines:
        if HEADER_RE.match(ln.raw) or PAGENO_RE.match(ln.raw):
            review.append("case %d: removed header/page number at line %d: %r" % (num, ln.no, ln.raw))
            continue
        kept.append(ln)

    blocks = []
    cur = []
    found_subheads = set()
    prev = None
    for idx, ln in enumerate(kept):
        if ln.text == "":
            if cur:
                blocks.append(cur)
                cur = []
            prev = None
            continue
        new_block = False
        if not cur:
            new_block = True
        elif ln.bullet:
            new_block = True
        elif ln.text in (HEADING_TA, HEADING_Q):
            new_block = True
        elif ln.page_start:
            # page break: continuation only if previous line did not end
            # the paragraph (trailing space, or word split)
            ends_mid = prev.trail or (prev.text and (prev.text[-1].isalpha() or prev.text[-1] == "-"))
            if prev.text in (HEADING_TA, HEADING_Q) or (num, prev.text) in SUBHEADINGS:
                ends_mid = False
            if ends_mid:
                review.append("case %d: page break inside paragraph joined at line %d (%r | %r)"
                              % (num, ln.no, prev.raw[-30:], ln.raw[:30]))
            else:
                new_block = True
        elif prev is not None and (prev.text in (HEADING_TA, HEADING_Q) or (num, prev.text) in SUBHEADINGS):
            new_block = True
        if new_block and cur:
            blocks.append(cur)
            cur = []
        cur.append(ln)
        nxt = kept[idx + 1] if idx + 1 < len(kept) else None
        if len(cur) == 1 and is_subheading_candidate(ln, nxt) and ln.text != HEADING_TA:
            found_subheads.add((num, ln.text))
        prev = ln
    if cur:
        blocks.append(cur)
    return blocks, found_subheads


def join_block(num, block, review):
    out = ""
    for k, ln in enumerate(block):
        t = ln.text
        last = k == len(block) - 1
        if last:
            out += t
            break
        if ln.trail:
            out += t + " "
        elif t.endswith("-"):
            d = HYPHEN_DECISIONS.get(ln.no)
            if d is None:
                fail("case %d line %d ends in '-' but has no entry in HYPHEN_DECISIONS: %r" % (num, ln.no, ln.raw))
            nxt_word = block[k + 1].text.split(" ")[0]
            if d == "drop":
                out += t[:-1]
                review.append("case %d: hyphen DROPPED at line %d: %s|%s -> %s"
                              % (num, ln.no, t.split(" ")[-1], nxt_word, t.split(" ")[-1][:-1] + nxt_word))
            elif d == "keep":
                out += t
                review.append("case %d: hyphen KEPT at line %d: %s|%s -> %s"
                              % (num, ln.no, t.split(" ")[-1], nxt_word, t.split(" ")[-1] + nxt_word))
            else:
                fail("bad decision %r" % d)
        elif t and t[-1].isalpha():
            out += t
            review.append("case %d: word split joined at line %d: %s|%s"
                          % (num, ln.no, t.split(" ")[-1], block[k + 1].text.split(" ")[0]))
        else:
            fail("case %d line %d: line ends in %r without trailing space inside a block"
                 % (num, ln.no, t[-1:]))
    return re.sub(r"\s+", " ", out).strip()


def slugify(title, max_words=6):
    s = title.lower()
    s = s.replace("å", "a").replace("ä", "a").replace("ö", "o")
    s = unicodedata.normalize("NFKD", s)
    s = "".join(ch for ch in s if not unicodedata.combining(ch))
    words = [w for w in re.split(r"[^a-z0-9]+", s) if w]
    words = words[:max_words]
    while len(words) > 1 and words[-1] in STOPWORDS_AT_END:
        words.pop()
    return "-".join(words)


def build_case(num, blocks, review):
    texts = [(b, join_block(num, b, review)) for b in blocks]
    # title: first block(s) up to the Tankeassociation heading
    i = 0
    title_block = texts[0][1]
    m = re.match(r"^Case (\d+): (.+)$", title_block)
    if not m or int(m.group(1)) != num:
        fail("case %d: bad title block %r" % (num, title_block))
    title = m.group(2)
    i = 1
    if texts[i][1] != HEADING_TA:
        fail("case %d: expected Tankeassociation, got %r" % (num, texts[i][1]))
    i += 1
    ta_paras = []
    # The Tankeassociation is the block(s) right after the heading; in every
    # case it is exactly one block, after which the narrative begins.
    ta_paras.append(texts[i][1])
    i += 1
    narrative = []
    while i < len(texts) and texts[i][1] != HEADING_Q:
        block, t = texts[i]
        if (num, t) in SUBHEADINGS:
            typ = "subheading"
        elif t.startswith("–"):
            typ = "dialogue"
        elif re.match(r"^-\S", t):
            # source uses a hyphen-minus instead of an en dash here; the
            # character is kept verbatim, the block is still a line of dialogue
            typ = "dialogue"
            review.append("case %d: dialogue block opening with '-' (not '–') at line %d: %r"
                          % (num, block[0].no, t[:40]))
        else:
            typ = "paragraph"
        narrative.append({"type": typ, "text": t})
        i += 1
    if i >= len(texts):
        fail("case %d: no 'Att samtala om'" % num)
    i += 1
    questions = []
    for block, t in texts[i:]:
        if not block[0].bullet:
            fail("case %d: non-bullet block after 'Att samtala om': %r" % (num, t))
        questions.append({"text": t, "step": 0})
    return {
        "formatVersion": 1,
        "id": "skr-%02d" % num,
        "number": num,
        "title": title,
        "thoughtAssociation": "\n\n".join(ta_paras),
        "narrative": narrative,
        "questions": questions,
        "themes": [],
        "dimensions": [],
        "relatedCases": [],
        "commentary": [],
        "source": dict(SOURCE_META),
    }


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--source", default=DEFAULT_SOURCE)
    ap.add_argument("--out", default=DEFAULT_OUT)
    ap.add_argument("--review", action="store_true", help="print every repair decision")
    args = ap.parse_args()

    with open(args.source, encoding="utf-8") as f:
        raw_lines = f.read().split("\n")
    lines = [Line(i + 1, r.rstrip("\r")) for i, r in enumerate(raw_lines)]
    spans = case_spans(raw_lines)

    # every line-end hyphen in the case spans must have a decision and vice versa
    seen_hyphen_lines = set()
    for _, s, e in spans:
        for ln in lines[s:e]:
            if ln.text.endswith("-") and not ln.trail:
                seen_hyphen_lines.add(ln.no)
    if seen_hyphen_lines != set(HYPHEN_DECISIONS):
        fail("hyphen table mismatch: missing %s, extra %s" % (
            sorted(seen_hyphen_lines - set(HYPHEN_DECISIONS)),
            sorted(set(HYPHEN_DECISIONS) - seen_hyphen_lines)))

    os.makedirs(args.out, exist_ok=True)
    review = []
    all_found_subheads = set()
    written = []
    for num, s, e in spans:
        blocks, found = split_blocks(num, lines[s:e], review)
        all_found_subheads |= found
        case = build_case(num, blocks, review)
        fname = "%02d-%s.json" % (num, slugify(case["title"]))
        path = os.path.join(args.out, fname)
        with open(path, "w", encoding="utf-8", newline="\n") as f:
            json.dump(case, f, ensure_ascii=False, indent=2)
            f.write("\n")
        written.append((fname, len(case["questions"]), len(case["narrative"])))
    if all_found_subheads != SUBHEADINGS:
        fail("subheading heuristic found %r, table has %r" % (sorted(all_found_subheads), sorted(SUBHEADINGS)))

    if args.review:
        for r in review:
            print(r)
        print()
    for fname, nq, nn in written:
        print("%-62s questions=%d narrative_blocks=%d" % (fname, nq, nn))


if __name__ == "__main__":
    main()
