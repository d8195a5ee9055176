#!/usr/bin/env python3
"""Writes examples/grupper/grupp-1.json … grupp-3.json: three table groups of one leadership day
discussing case 11 (Tuffa strukturbeslut slår olika) at the same time, each with its own
facilitator, for the comparison (Arkiv → Jämför sessioner …, `samtalsledaren compare`).

The groups differ the way real ones do: group 1 is led by its politicians and keeps to the plan;
in group 2 the officials dig into the facts and talk most, step 3 runs long and step 5 is cut
short (one chosen solution never gets its consequences); group 3 has a longer plan, goes back
from step 3 to step 2 once and is balanced between the roles. Several problems and solutions
recur across the groups in other words, as the comparison is meant to show.

Deterministic (seeded) speaking logs made by tools/make_sample_floor.py's speaking_log: an
opening round in step 1, raised hands, shorter slots and a closing round in step 5; turns never
cross the phase segments of the time log. Run from the repository root; the files must equal what the app writes
(CompareExamplesTest checks that they round-trip byte for byte).
"""
import datetime as dt
import json
import os
import random
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from make_sample_floor import fmt, speaking_log  # noqa: E402

FOLDER = "examples/grupper"
CASE = {"id": "skr-11", "number": 11, "title": "Tuffa strukturbeslut slår olika"}
TITLE = "Ledningsdag: att styra och leda tillsammans"
DATE = "2027-02-04"
START = dt.datetime(2027, 2, 4, 8, 30)  # 09.30 in Stockholm (UTC+1 in February)
PHASES = ["preparation", "step1", "step2", "step3", "step4", "step5", "closing"]


def person(pid, name, role, organisation):
    return {"id": pid, "name": name, "role": role, "organisation": organisation}


def note(pid, text, dimension=None):
    return (pid, text, dimension)


def solution(pid, text, horizon, votes, chosen=False, consequences=("", "", "")):
    return {"participant": pid, "text": text, "horizon": horizon, "votes": votes, "chosen": chosen,
            "consequences": {"forWhom": consequences[0], "risks": consequences[1], "followUp": consequences[2]}}


def agreement(what, who, due=None):
    return (what, who, due)


GROUPS = [
    {
        "file": "grupp-1.json",
        "id": "ledningsdag-2027-02-04-grupp-1",
        "place": "Folkets hus, sal Älven",
        "facilitator": "Anna Bergström",
        "seed": 101,
        "participants": [
            person("p1", "Eva Johansson", "förtroendevald", "Kommunstyrelsens ordförande (S)"),
            person("p2", "Lars Nilsson", "förtroendevald", "Kommunalråd (C)"),
            person("p3", "Sofia Karlsson", "förtroendevald", "Ordförande kultur- och fritidsnämnden (L)"),
            person("p4", "Ahmed Hassan", "förtroendevald", "Ledamot i kommunstyrelsen (KD)"),
            person("p5", "Ulrika Ström", "tjänsteperson", "Kommundirektör"),
            person("p6", "Henrik Dahl", "tjänsteperson", "Ekonomichef"),
            person("p7", "Maria Lund", "tjänsteperson", "Kommunikationschef"),
        ],
        "weight": {"p1": 1.9, "p2": 1.4, "p3": 1.1, "p4": 0.6, "p5": 1.0, "p6": 0.7, "p7": 0.8},
        "plan": (90, [10, 15, 12, 18, 13, 15, 7]),
        "added": {},
        # (phase, minutes) in the order the group went
        "run": [("preparation", 10), ("step1", 17), ("step2", 12), ("step3", 19), ("step4", 12), ("step5", 15), ("closing", 8)],
        "slot": (120, {"step5": 90}),
        "notes": {
            "step1": [
                note("p5", "Kommunen har levt med flerkärnighet sedan sammanslagningen på 1970-talet; lokalerna från den tiden behöver stora investeringar.", "struktur"),
                note("p3", "Ishallen har varit stängd flera gånger på grund av fel i anläggningen, och beläggningen har minskat år för år.", "struktur"),
                note("p2", "Det finns ingen samlad politisk viljeinriktning för mandatperioden; i KF finns varken majoritet eller opposition.", "struktur"),
                note("p7", "Informationsträffarna med föräldrarna har varit hetsiga, och utbildningschefen har fått bära mycket av kritiken.", "process"),
                note("p1", "KSO upplever ett svek från partierna som svängde i AU – det handlar också om förtroende mellan personer.", "värderingar"),
            ],
            "step2": [
                note("p4", "Beslutet var inte förankrat i majoriteten – partierna som svängde hade aldrig gjort inriktningen till sin egen.", "process"),
                note("p5", "Förvaltningen började ställa om organisationen innan KF hade fattat beslut.", "process"),
                note("p7", "Förslaget blev känt för invånarna innan kompensationen till orterna var klar.", "process"),
                note("p6", "Otydligt vem som företräder frågan utåt: kommunalrådet eller kommundirektören.", "struktur"),
            ],
            "step3": [
                note("p5", "Vi behöver skilja på att förbereda ett genomförande och att genomföra det."),
                note("p3", "Föreningslivet kring ishallen borde ha varit med från början."),
            ],
            "step4": [
                note("p1", "Kompensationen måste vara klar före dialogmötena, annars finns det inget konkret att samtala om."),
                note("p4", "Beredningsgruppen är långsiktig; den löser inte frågan om ishallen i vår."),
            ],
            "step5": [
                note("p5", "Eleverna och lärarna på skolan som läggs ner berörs mest och måste få besked tidigt.", "värderingar"),
                note("p6", "Grannkommunen kan påverkas om familjer väljer skola där i stället.", "struktur"),
                note("p7", "Ledningsgruppen påverkas när kritiken mot politiken också riktas mot förvaltningen.", "värderingar"),
            ],
        },
        "solutions": [
            solution("p1", "Kompensationspaket per ort innan KF beslutar: skolskjuts och längre öppettider i idrottshallen", "kort",
                     {"p1": 2, "p2": 2, "p3": 1, "p4": 1, "p5": 2, "p6": 1, "p7": 1}, True,
                     ("Barnfamiljer och föreningar i de två orterna", "Uppfattas som plåster på såren; kostnaden tränger undan annat",
                      "KS följer upp kostnad och nyttjande efter ett år")),
            solution("p3", "Dialogmöten på båda orterna med förtroendevalda från flera partier", "kort",
                     {"p1": 1, "p2": 1, "p3": 2, "p4": 1, "p5": 1, "p7": 2}, True,
                     ("Invånare, föräldrar och personalen på skolan", "Mötena blir en arena för ilska om beslutet uppfattas som redan fattat",
                      "Kommunikationschefen sammanställer frågor och svar efter varje möte")),
            solution("p2", "Tvärpolitisk beredningsgrupp för strukturfrågor där även oppositionen ingår", "lång",
                     {"p2": 2, "p4": 2, "p5": 1, "p6": 1}, True,
                     ("Alla partier i KF och ledningsgruppen", "Långsamma beslut; majoriteten måste dela inflytande",
                      "KS utvärderar gruppens mandat efter ett år")),
            solution("p6", "Rutin för när förvaltningen får börja förbereda verkställigheten av ett politiskt beslut", "lång",
                     {"p5": 1, "p6": 2, "p1": 1}),
            solution("p3", "Bjud in föreningarna som använder ishallen till ett eget möte", "kort", {"p3": 1, "p4": 1}),
        ],
        "agreements": [
            agreement("Ta fram underlag för kompensationspaket per ort till KS", "Kommundirektören", "2027-03-15"),
            agreement("Planera dialogmöten på båda orterna", "Ordförande kultur- och fritidsnämnden och kommunikationschefen", "2027-04-01"),
            agreement("Lyfta förslaget om en tvärpolitisk beredningsgrupp i KS", "KSO", "2027-04-15"),
        ],
    },
    {
        "file": "grupp-2.json",
        "id": "ledningsdag-2027-02-04-grupp-2",
        "place": "Folkets hus, sal Forsen",
        "facilitator": "Johan Lundgren",
        "seed": 202,
        "participants": [
            person("p1", "Bengt Olsson", "förtroendevald", "Kommunstyrelsens förste vice ordförande (M)"),
            person("p2", "Camilla Berg", "förtroendevald", "Ordförande barn- och utbildningsnämnden (S)"),
            person("p3", "Erik Sandberg", "förtroendevald", "Gruppledare, Bygdepartiet"),
            person("p4", "Anneli Holm", "tjänsteperson", "Utbildningschef"),
            person("p5", "Patrik Lindberg", "tjänsteperson", "Kultur- och fritidschef"),
            person("p6", "Jenny Åberg", "tjänsteperson", "Förvaltningsekonom"),
            person("p7", "Tomas Engström", "tjänsteperson", "Fastighetschef"),
            person("p8", "Leila Mansour", "annan", "Facklig företrädare, Sveriges Lärare"),
        ],
        "weight": {"p1": 0.9, "p2": 1.1, "p3": 1.0, "p4": 1.7, "p5": 1.1, "p6": 1.3, "p7": 1.2, "p8": 0.6},
        "plan": (90, [10, 15, 12, 18, 13, 15, 7]),
        "added": {"step3": 5},
        "run": [("preparation", 8), ("step1", 20), ("step2", 14), ("step3", 26), ("step4", 12), ("step5", 6), ("closing", 5)],
        "slot": (120, {}),
        "notes": {
            "step1": [
                note("p4", "Grundskolan har tomma platser, och det har varit svårt att rekrytera behöriga lärare.", "struktur"),
                note("p7", "Kylanläggningen i ishallen behöver bytas inom några år; det är en stor investering.", "struktur"),
                note("p6", "Befolkningsprognosen visar att elevunderlaget i orten minskar, men inte så snabbt som förslaget antog.", "struktur"),
                note("p3", "Lokalpartierna har sina väljare i de två orterna – för dem är frågan existentiell.", "värderingar"),
                note("p2", "Föräldrarna samlar namn för en folkomröstning.", "process"),
                note("p8", "Lärarna på skolan har fått veta mer via sociala medier än från sin arbetsgivare.", "process"),
            ],
            "step2": [
                note("p4", "Organisationen ställdes om innan det politiska beslutet var fattat, så förvaltningen hamnade i skottlinjen.", "process"),
                note("p5", "Orterna fick inget besked om kompensation när förslaget spreds.", "process"),
                note("p6", "Strukturen blöder ekonomiskt, men underlaget visade inte vad alternativen kostar.", "struktur"),
                note("p3", "Invånarnas tillit till att kommunen behandlar orterna lika har försvagats.", "värderingar"),
            ],
            "step3": [
                note("p7", "Skolbyggnaden och ishallen kan inte ses var för sig – båda ligger i samma underhållsplan."),
                note("p1", "Om vi pausar måste vi säga hur länge, annars tolkas det som att frågan är död."),
            ],
            "step4": [
                note("p4", "Att pausa omställningen kostar, men att fortsätta utan beslut kostar förtroende."),
                note("p7", "Lokalförsörjningsplanen behövs oavsett vad KF beslutar."),
            ],
            "step5": [
                note("p5", "Vi hann inte prata om kompensationens konsekvenser – det tas upp på nästa ledningsgrupp.", "process"),
            ],
        },
        "solutions": [
            solution("p4", "Pausa omställningen av organisationen tills KF har fattat beslut", "kort",
                     {"p1": 1, "p2": 2, "p4": 2, "p5": 1, "p6": 1, "p8": 2}, True,
                     ("Medarbetarna som redan har börjat ställa om, och eleverna på skolan", "Osäkerheten för personalen blir längre",
                      "Utbildningschefen rapporterar läget till nämnden varje månad")),
            solution("p2", "Kompensation till båda orterna: skolskjuts, fritidsgård och längre öppettider i idrottshallen", "kort",
                     {"p1": 2, "p2": 1, "p3": 2, "p5": 2, "p7": 1}, True),
            solution("p3", "Öppna dialogmöten i orterna innan KF beslutar", "kort", {"p1": 1, "p3": 2, "p8": 1}),
            solution("p6", "Ta fram en lokalförsörjningsplan med underhållsbehoven för hela kommunen", "lång",
                     {"p4": 1, "p6": 2, "p7": 2}),
            solution("p7", "Utred samlokalisering av skola, fritidsgård och bibliotek i orten", "lång", {"p5": 1, "p7": 1, "p2": 1}),
        ],
        "agreements": [
            agreement("Stoppa vidare omställning tills KF har beslutat", "Utbildningschefen", "2027-02-11"),
            agreement("Återkomma om konsekvenserna av kompensationen till orterna", "Kultur- och fritidschefen", "2027-03-01"),
        ],
    },
    {
        "file": "grupp-3.json",
        "id": "ledningsdag-2027-02-04-grupp-3",
        "place": "Folkets hus, sal Skogen",
        "facilitator": "Maria Sjöberg",
        "seed": 303,
        "participants": [
            person("p1", "Gunilla Persson", "förtroendevald", "Kommunfullmäktiges ordförande (S)"),
            person("p2", "Daniel Wikström", "förtroendevald", "Oppositionsråd (M)"),
            person("p3", "Karin Wallin", "förtroendevald", "Ledamot i kommunstyrelsen (V)"),
            person("p4", "Stefan Ek", "tjänsteperson", "Biträdande kommundirektör"),
            person("p5", "Linnea Forsberg", "tjänsteperson", "Verksamhetschef grundskola"),
            person("p6", "Oskar Nyberg", "tjänsteperson", "Utvecklingsstrateg"),
        ],
        "weight": {"p1": 1.1, "p2": 1.2, "p3": 1.0, "p4": 1.1, "p5": 1.0, "p6": 0.9},
        "plan": (120, [13, 20, 16, 25, 17, 20, 9]),
        "added": {},
        "run": [("preparation", 13), ("step1", 19), ("step2", 15), ("step3", 12), ("step2", 5), ("step3", 13),
                ("step4", 16), ("step5", 21), ("closing", 10)],
        "slot": (150, {"step5": 120}),
        "notes": {
            "step1": [
                note("p4", "Kommunens strategi har länge varit att fördela verksamheten jämnt mellan orterna.", "struktur"),
                note("p6", "Om en service inte kan erbjudas i alla orter samtidigt har ingen fått den – det låser utvecklingen.", "värderingar"),
                note("p1", "Utan samlad politisk viljeinriktning blir varje strukturfråga en ny förhandling.", "process"),
                note("p5", "Kommunchefen har arbetat länge med ledningsgruppen, men politiken har inte varit med i samma takt.", "process"),
            ],
            "step2": [
                note("p3", "Majoriteten stod inte enad bakom inriktningen, och förankringen i partierna var för svag.", "process"),
                note("p4", "Förvaltningen förberedde genomförandet innan det politiska beslutet var fattat.", "process"),
                note("p2", "Vi saknar ett gemensamt sätt att tala om hela kommunens utveckling, inte bara om orternas.", "värderingar"),
            ],
            "step3": [
                note("p2", "Oppositionen vill vara med och ta ansvar, men då måste vi vara med från början."),
                note("p5", "Skolan behöver en plan för eleverna oavsett vad som beslutas."),
            ],
            "step4": [
                note("p3", "Beredningen ger legitimitet men tar tid; det måste vi vara ärliga om mot invånarna."),
                note("p6", "Med en lokalförsörjningsplan kan strukturfrågorna tas i ett sammanhang i stället för en i taget."),
            ],
            "step5": [
                note("p6", "Andra intressenter: föreningslivet, näringslivet i orterna och grannkommunerna.", "struktur"),
                note("p5", "Personalen på skolan behöver besked om sin framtid innan ryktena ger dem ett.", "värderingar"),
                note("p1", "Beredningen får inte bli ett sätt för KS att lämna ifrån sig ansvaret.", "värderingar"),
            ],
        },
        "solutions": [
            solution("p2", "Tvärpolitisk beredning för kommunens strukturfrågor med alla partier i KF", "lång",
                     {"p1": 2, "p2": 2, "p3": 1, "p4": 1, "p6": 1}, True,
                     ("Alla partier i KF, särskilt de små och lokala partierna", "Frågorna skjuts framför sig; beredningen blir en arena för positionering",
                      "KF:s presidium följer upp arbetet två gånger om året")),
            solution("p1", "Dialogmöten i de två orterna om framtidens skola och fritid", "kort",
                     {"p1": 1, "p3": 2, "p5": 2, "p6": 1}, True,
                     ("Invånarna i orterna, föräldrar och föreningar", "Förväntningar på att allt kan vara kvar",
                      "Synpunkterna sammanställs och lämnas till beredningen")),
            solution("p4", "Långsiktig lokalförsörjningsplan för hela kommunen", "lång",
                     {"p2": 1, "p4": 2, "p5": 1, "p6": 2}, True,
                     ("Förvaltningarna och de kommunala bolagen", "Planen blir en pappersprodukt om den inte kopplas till budgeten",
                      "Ekonomiavdelningen kopplar planen till budgetprocessen")),
            solution("p5", "Vänta med omställningen tills KF har fattat beslut", "kort", {"p3": 1, "p5": 1}),
        ],
        "agreements": [
            agreement("Föreslå KF:s presidium en tvärpolitisk beredning för strukturfrågor", "Kommunfullmäktiges ordförande", "2027-03-30"),
            agreement("Ta fram en tidplan för en lokalförsörjningsplan", "Biträdande kommundirektör", "2027-04-30"),
            agreement("Planera dialogmöten i orterna tillsammans med kommunikationsavdelningen",
                      "Verksamhetschefen för grundskolan och oppositionsrådet", "2027-03-15"),
            agreement("Återkoppla till gruppen efter KF:s beslut", "Samtalsledaren"),
        ],
    },
]


def time_log(run):
    log = []
    t = START
    for phase, minutes in run:
        end = t + dt.timedelta(minutes=minutes)
        log.append({"phase": phase, "start": fmt(t), "end": fmt(end)})
        t = end
    return log


def session(g):
    total, minutes = g["plan"]
    segments = time_log(g["run"])
    people = [p["id"] for p in g["participants"]]
    n = 0
    notes = {}
    for phase in PHASES[1:6]:
        items = []
        for pid, text, dimension in g["notes"].get(phase, []):
            n += 1
            item = {"id": f"n{n}", "text": text, "participant": pid}
            if dimension:
                item["dimension"] = dimension
            items.append(item)
        notes[phase] = items
    solutions = []
    for s in g["solutions"]:
        n += 1
        item = {"id": f"s{n}", "text": s["text"], "participant": s["participant"], "horizon": s["horizon"],
                "votes": s["votes"], "chosen": s["chosen"], "consequences": s["consequences"]}
        solutions.append(item)
    agreements = []
    for what, who, due in g["agreements"]:
        n += 1
        item = {"id": f"a{n}", "what": what, "who": who}
        if due:
            item["due"] = due
        agreements.append(item)
    slot_seconds, step_slots = g["slot"]
    return {
        "formatVersion": 4,
        "id": g["id"],
        "case": CASE,
        "title": TITLE,
        "date": DATE,
        "place": g["place"],
        "facilitator": g["facilitator"],
        "participants": g["participants"],
        "timePlan": {"totalMinutes": total, "minutes": dict(zip(PHASES, minutes))},
        "addedMinutes": g["added"],
        "currentPhase": "closing",
        "notes": notes,
        "solutions": solutions,
        "agreements": agreements,
        "timeLog": segments,
        "floor": {"slotSeconds": slot_seconds, "stepSlotSeconds": step_slots, "queue": [], "round": False,
                  "roundSize": 0,
                  "log": speaking_log(segments, people, g["weight"], random.Random(g["seed"]), free_before_last_word=5)},
    }


os.makedirs(FOLDER, exist_ok=True)
for g in GROUPS:
    doc = session(g)
    path = os.path.join(FOLDER, g["file"])
    with open(path, "w", encoding="utf-8") as f:
        json.dump(doc, f, ensure_ascii=False, indent=2)
        f.write("\n")
    print(f"{path}: {len(doc['floor']['log'])} turns")
