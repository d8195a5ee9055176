#!/usr/bin/env python3
"""Writes a realistic speaking log into examples/sample-session.json (format 4).

Deterministic (seeded): opening round in step 1, free discussion with raised hands in steps 1-4,
shorter slots and a closing round ("last word") in step 5. The airtime is deliberately uneven the
way real groups are: Karin (chair) talks most, Mikael least. Turns never cross the phase segments
of the time log. Run from the repository root; the result must equal what the app writes
(SessionFormatTest checks the file round-trips byte for byte).
"""
import datetime as dt
import json
import random

PATH = "examples/sample-session.json"


def parse(s):
    return dt.datetime.strptime(s, "%Y-%m-%dT%H:%M:%SZ")


def fmt(t):
    return t.strftime("%Y-%m-%dT%H:%M:%SZ")


def speaking_log(time_log, people, weight, rng, free_before_last_word=6):
    """Turns for each segment of time_log (dicts with phase, start, end) but the preparation.

    An opening round at the first visit of step 1, raised hands weighted by `weight`, shorter
    slots in step 5 and the closing, and in step 5 `free_before_last_word` free turns and then
    everyone's last word. Turns end at least 15 seconds before their segment does.
    """
    log = []
    slot = 0
    first_visit = set()
    for seg in time_log:
        phase = seg["phase"]
        if phase == "preparation":
            continue
        t, end = parse(seg["start"]), parse(seg["end"])
        t += dt.timedelta(seconds=rng.randint(20, 50))   # the facilitator opens the step
        order = []
        if phase == "step1" and phase not in first_visit:
            order = list(people)                          # opening round: share the preparation
        if phase == "step5":
            order = [None] * free_before_last_word + list(people)   # free discussion, then everyone's last word
        first_visit.add(phase)
        length_scale = 0.6 if phase in ("step5", "closing") else 1.0
        while True:
            who = order.pop(0) if order else None
            if who is None:
                who = rng.choices(people, weights=[weight[p] for p in people])[0]
            seconds = int(rng.randint(35, 150) * weight[who] ** 0.5 * length_scale)
            if t + dt.timedelta(seconds=seconds) > end - dt.timedelta(seconds=15):
                break
            slot += 1
            log.append({"slot": slot, "participant": who, "phase": phase,
                        "start": fmt(t), "end": fmt(t + dt.timedelta(seconds=seconds))})
            t += dt.timedelta(seconds=seconds + rng.randint(3, 25))
    return log


if __name__ == "__main__":
    rng = random.Random(11)
    doc = json.load(open(PATH, encoding="utf-8"))
    people = [p["id"] for p in doc["participants"]]
    weight = {"p1": 1.8, "p2": 1.0, "p3": 1.1, "p4": 1.3, "p5": 0.9, "p6": 0.5}
    log = speaking_log(doc["timeLog"], people, weight, rng)
    doc["formatVersion"] = 4
    doc["floor"] = {"slotSeconds": 120, "stepSlotSeconds": {"step5": 90}, "queue": [], "round": False,
                    "roundSize": 0, "log": log}
    with open(PATH, "w", encoding="utf-8") as f:
        json.dump(doc, f, ensure_ascii=False, indent=2)
        f.write("\n")
    print(f"{len(log)} turns written")
