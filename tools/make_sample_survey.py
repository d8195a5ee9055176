#!/usr/bin/env python3
"""Adds the dot vote and the pulse survey to examples/sample-session.json (format 4).

The vote: one run in step 4 with six dots per participant whose result is the solutions' votes
already in the file, split by role. The survey: the bundled template's seven statements, answered
by the three förtroendevalda and three tjänstepersoner före (during the preparation) and efter
(in the closing), with a few comments; the comments are quotes from the survey slides
("Citat ur enkäten", verbatim), two of them picked to show. Answers are stored as counts per
question and role only. Deterministic; run from the repository root after make_sample_floor.py.
SessionFormatTest checks that the file round-trips byte for byte.
"""
import json

PATH = "examples/sample-session.json"
TEMPLATE = "src/main/resources/se/samtalsledaren/store/survey-templates.json"

# Three answers per role and question (5 = instämmer helt, 0 = vet inte), före and efter.
ANSWERS = {
    "5":  {"före": {"förtroendevald": [3, 2, 4], "tjänsteperson": [2, 2, 3]},
           "efter": {"förtroendevald": [3, 3, 4], "tjänsteperson": [3, 3, 3]}},
    "6":  {"före": {"förtroendevald": [4, 3, 4], "tjänsteperson": [2, 3, 2]},
           "efter": {"förtroendevald": [4, 3, 3], "tjänsteperson": [3, 3, 2]}},
    "7":  {"före": {"förtroendevald": [5, 4, 4], "tjänsteperson": [3, 4, 2]},
           "efter": {"förtroendevald": [5, 4, 4], "tjänsteperson": [4, 4, 3]}},
    "8":  {"före": {"förtroendevald": [4, 4, 0], "tjänsteperson": [4, 5, 4]},
           "efter": {"förtroendevald": [4, 4, 3], "tjänsteperson": [4, 5, 4]}},
    "10": {"före": {"förtroendevald": [3, 4, 3], "tjänsteperson": [3, 2, 3]},
           "efter": {"förtroendevald": [3, 4, 3], "tjänsteperson": [3, 3, 3]}},
    "12": {"före": {"förtroendevald": [2, 3, 2], "tjänsteperson": [2, 2, 1]},
           "efter": {"förtroendevald": [3, 3, 2], "tjänsteperson": [2, 3, 2]}},
    "14": {"före": {"förtroendevald": [3, 2, 3], "tjänsteperson": [2, 1, 2]},
           "efter": {"förtroendevald": [4, 3, 4], "tjänsteperson": [3, 3, 4]}},
}

# (question number, round, text, quoted): quotes from the slides, verbatim.
COMMENTS = [
    ("10", "före", "Vi följer upp och analyserar, men detta leder sällan mot utveckling och förbättring.", False),
    ("10", "före", "Vi har kloka och duktiga ekonomer som också har tålamod nog att förklara!", True),
    ("12", "före", "Brist på helhetstänk.", False),
    ("12", "före", "Kvalitetsarbetet får tyvärr stå åt sidan för arbete med ekonomiska analyser.", False),
    ("14", "före", "Tillitsbristen ligger inte mellan tjänstemännen och förtroendevalda utan mellan styre och opposition. "
                   "Detta spiller givetvis över på verksamheten vilket är mycket olyckligt.", False),
    ("14", "efter", "Det tycker jag att det är, vi blir lyssnade på.", True),
]

ROLES = ["förtroendevald", "tjänsteperson", "annan"]


def counts(values):
    c = [0] * 6
    for v in values:
        c[5 if v == 0 else v - 1] += 1
    return c


def round_(when, opened, closed, questions):
    answers = []
    for q in questions:
        for role in ROLES:
            values = ANSWERS[q["number"]][when].get(role, [])
            if values:
                answers.append({"question": q["id"], "role": role, "counts": counts(values)})
    comments = [c for c in COMMENTS if c[1] == when]
    order = [q["number"] for q in questions]
    comments.sort(key=lambda c: (order.index(c[0]), c[2]))
    out = []
    for n, (number, _, text, quoted) in enumerate(comments, 1):
        out.append({"id": f"kommentar-{when.replace('ö', 'o')}-{n}", "question": f"enkat-{number}", "text": text,
                    "quoted": quoted})
    return {"round": when, "opened": opened, "closed": closed,
            "respondents": {"förtroendevald": 3, "tjänsteperson": 3},
            "answers": answers, "comments": out}


if __name__ == "__main__":
    doc = json.load(open(PATH, encoding="utf-8"))
    template = json.load(open(TEMPLATE, encoding="utf-8"))["templates"][0]
    roles = {p["id"]: p["role"] for p in doc["participants"]}
    solutions = doc["solutions"]
    result = []
    for s in solutions:
        dots = {}
        for who, n in s["votes"].items():
            dots[roles[who]] = dots.get(roles[who], 0) + n
        result.append({"solution": s["id"], "text": s["text"], "dots": {r: dots[r] for r in ROLES if r in dots}})
    voters = [p["id"] for p in doc["participants"] if any(p["id"] in s["votes"] for s in solutions)]
    doc["formatVersion"] = 4
    doc["dotVote"] = {"runs": [{"opened": "2026-11-23T10:05:00Z", "closed": "2026-11-23T10:09:00Z", "dots": 6, "stack": True,
                                "solutions": [s["id"] for s in solutions], "voters": voters, "result": result}]}
    questions = [{"id": f"enkat-{q['number']}", "number": q["number"], "text": q["text"]} for q in template["questions"]]
    doc["survey"] = {"title": template["name"], "questions": questions,
                     "rounds": [round_("före", "2026-11-23T09:01:00Z", "2026-11-23T09:05:00Z", questions),
                                round_("efter", "2026-11-23T10:30:00Z", "2026-11-23T10:34:00Z", questions)]}
    with open(PATH, "w", encoding="utf-8") as f:
        json.dump(doc, f, ensure_ascii=False, indent=2)
        f.write("\n")
    print(f"{len(result)} solutions voted on, {len(questions)} questions in two rounds")
