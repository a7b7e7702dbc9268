"""Templated in-domain stance supervision for war reporting ("war-stance" data).

NewsMTSC is US political news; in war reporting, stance toward an actor rides on success and
failure framing (advances, victories, retreats, defeats, mines left behind, illegal annexation)
that NewsMTSC barely contains. This module writes a small, documented, templated data set in the
NewsMTSC JSONL format so it can be mixed into training.

Honesty rules kept here:
- every sentence is written for this file from templates below; none comes from the seed
  articles (the product is measured on them);
- templates, actors and places are split into a TRAIN part and a HELD-OUT part that share no
  template, actor or place, so the held-out file measures generalisation rather than recall.

Regenerate with ``python -m analysis.wardata`` (deterministic: seeded).
"""

from __future__ import annotations

import json
import random
from dataclasses import dataclass
from pathlib import Path

DATA_DIR = Path(__file__).parent / "data"
NEG, NEU, POS = 2.0, 4.0, 6.0

# Actors are written as they appear in text: a name usable as subject and with a possessive.
TRAIN_ACTORS = ["Armenia", "Azerbaijan", "the rebels", "the government", "Ethiopia",
                "the separatists", "the junta", "Sudan", "the militia", "Serbia", "Croatia",
                "the coalition", "Georgia", "the insurgents", "Ukraine", "Russia"]
HELDOUT_ACTORS = ["Freedonia", "Sylvania", "the resistance", "the regime", "Moldova", "Eritrea",
                  "the guerrillas", "Ruritania"]
TRAIN_PLACES = ["Velora", "Dravik", "Ostrana", "Brezno", "Kalmir", "Tavush", "Lorvan", "Zemet",
                "Harun", "Pelisk", "the northern ridge", "the river port", "the airport"]
HELDOUT_PLACES = ["Marovka", "Sennet", "Quillon", "Vardis", "the coastal road", "the power plant"]
TRAIN_UNITS = ["troops", "forces", "soldiers", "army", "units", "battalions"]
HELDOUT_UNITS = ["brigades", "fighters", "paratroopers"]


@dataclass(frozen=True)
class Template:
    """A sentence with {A} (and optionally {B}) slots and the stance toward each."""

    text: str
    a: float
    b: float | None = None
    capability: str = ""


# Each template names its capability; the first block of each capability is for training,
# the held-out block uses different wording.
TRAIN_TEMPLATES = [
    # success framing -> positive toward the successful actor
    Template("{A}'s {U} are advancing on {P}.", POS, capability="success"),
    Template("{A} recaptured {P} after a week of heavy fighting.", POS, capability="success"),
    Template("Another battlefield victory for {A}'s {U} near {P} was confirmed on Monday.", POS, capability="success"),
    Template("{A} has made significant territorial gains around {P}.", POS, capability="success"),
    Template("{A}'s {U} liberated twelve villages in the south.", POS, capability="success"),
    Template("Residents cheered as {A}'s {U} entered {P}.", POS, capability="success"),
    Template("{A}'s counteroffensive broke through the defensive lines at {P}.", POS, capability="success"),
    Template("{A} regained control of {P} and the surrounding districts.", POS, capability="success"),
    # failure framing -> negative toward the failing actor
    Template("{A}'s {U} retreated from {P} under fire.", NEG, capability="failure"),
    Template("{A} suffered a humiliating defeat at {P}.", NEG, capability="failure"),
    Template("{A}'s {U} were forced to abandon {P}.", NEG, capability="failure"),
    Template("As they fled, {A}'s {U} left {P} littered with mines.", NEG, capability="failure"),
    Template("{A} lost control of {P} on Tuesday.", NEG, capability="failure"),
    Template("The withdrawal from {P} is a serious setback for {A}.", NEG, capability="failure"),
    Template("{A} illegally annexed {P} last year.", NEG, capability="failure"),
    Template("{A}'s {U} shelled residential areas of {P} overnight.", NEG, capability="failure"),
    Template("{A}'s offensive near {P} has stalled with heavy losses.", NEG, capability="failure"),
    # two actors, opposite stance
    Template("{A}'s {U} pushed {B}'s {U} out of {P}.", POS, NEG, capability="two_actors"),
    Template("{B} retreated from {P} as {A} advanced.", POS, NEG, capability="two_actors"),
    Template("{A} inflicted heavy losses on {B} near {P}.", POS, NEG, capability="two_actors"),
    Template("{B}'s {U} surrendered to {A} at {P}.", POS, NEG, capability="two_actors"),
    # negation
    Template("The pullback from {P} is not a defeat for {A}, analysts said.", NEU, capability="negation"),
    Template("{A} has not made any gains near {P} in weeks.", NEG, capability="negation"),
    Template("{A}'s {U} did not retreat from {P}.", POS, capability="negation"),
    Template("{A} never managed to hold {P}.", NEG, capability="negation"),
    # reported claims with neutral content -> neutral
    Template("{A}'s defence ministry said it had started moving {U} to {P}.", NEU, capability="reported_claim"),
    Template("{A} claimed on Thursday that a convoy had reached {P}.", NEU, capability="reported_claim"),
    Template("According to {A}, the rotation of {U} near {P} was planned months ago.", NEU, capability="reported_claim"),
    Template("{A} announced that talks on {P} would resume next week.", NEU, capability="reported_claim"),
    Template("{A}'s {U} were redeployed from {P} to the east bank.", NEU, capability="reported_claim"),
    # quoted stance (positive content in a quote stays positive toward its subject)
    Template("\"We will prevail,\" {A}'s foreign minister said of the fight for {P}.", POS, capability="quoted"),
    Template("\"{A}'s {U} have failed at {P},\" a spokesman for the other side said.", NEG, capability="quoted"),
    # hedges: stance keeps its direction but the sentence stays cautious
    Template("{A} may be preparing to retake {P}, officials said.", NEU, capability="hedge"),
    Template("It is unclear whether {A} can hold {P} through the winter.", NEU, capability="hedge"),
]

HELDOUT_TEMPLATES = [
    Template("{A}'s {U} swept into {P} on Sunday.", POS, capability="success"),
    Template("{A} won back {P} in a swift assault.", POS, capability="success"),
    Template("The capture of {P} is a major triumph for {A}.", POS, capability="success"),
    Template("{A}'s {U} pulled back from {P} in disarray.", NEG, capability="failure"),
    Template("{A} was routed at {P}.", NEG, capability="failure"),
    Template("{A}'s {U} booby-trapped the houses of {P} before leaving.", NEG, capability="failure"),
    Template("{A}'s {U} drove {B} from {P}.", POS, NEG, capability="two_actors"),
    Template("{B} gave up {P} to {A} after a long siege.", POS, NEG, capability="two_actors"),
    Template("Leaving {P} is no defeat for {A}.", NEU, capability="negation"),
    Template("{A} failed to gain any ground near {P}.", NEG, capability="negation"),
    Template("{A}'s military stated that it had begun rotating {U} near {P}.", NEU, capability="reported_claim"),
    Template("{A} reported that the bridge at {P} had reopened.", NEU, capability="reported_claim"),
    Template("\"Our {U} will win,\" {A}'s defence minister said about {P}.", POS, capability="quoted"),
    Template("{A} might attempt a new push toward {P}, some analysts believe.", NEU, capability="hedge"),
]


def _render(t: Template, a: str, b: str | None, place: str, unit: str) -> dict:
    """Fill one template; return a NewsMTSC-format record with character offsets."""
    text = t.text.replace("{P}", place).replace("{U}", unit)
    spans: list[tuple[str, float]] = [("{A}", t.a)]
    if t.b is not None and b is not None:
        spans.append(("{B}", t.b))
    # Replace slots left to right so offsets are computed on the final string.
    names = {"{A}": a, "{B}": b or ""}
    targets = []
    while True:
        positions = [(text.find(slot), slot, pol) for slot, pol in spans if text.find(slot) != -1]
        if not positions:
            break
        pos, slot, pol = min(positions)
        name = names[slot]
        if pos == 0:
            name = name[0].upper() + name[1:]
        rest = text[pos + len(slot):]
        if rest.startswith("'s") and name.endswith("s"):
            rest = "'" + rest[2:]  # "the rebels' troops", not "the rebels's troops"
        text = text[:pos] + name + rest
        targets.append({"from": pos, "to": pos + len(name), "mention": name, "polarity": pol})
    return {"sentence_normalized": text, "targets": targets, "capability": t.capability}


def generate(templates: list[Template], actors: list[str], places: list[str], units: list[str],
             per_template: int, seed: int, prefix: str) -> list[dict]:
    rng = random.Random(seed)
    rows: list[dict] = []
    for ti, t in enumerate(templates):
        seen: set[str] = set()
        for k in range(per_template * 3):
            if len(seen) >= per_template:
                break
            a, b = rng.sample(actors, 2)
            row = _render(t, a, b, rng.choice(places), rng.choice(units))
            if row["sentence_normalized"] in seen:
                continue
            seen.add(row["sentence_normalized"])
            row["primary_gid"] = f"{prefix}_{ti}_{k}"
            rows.append(row)
    return rows


def write_jsonl(rows: list[dict], path: Path) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    with path.open("w", encoding="utf-8") as fh:
        for row in rows:
            fh.write(json.dumps(row, ensure_ascii=False, sort_keys=True) + "\n")


def main() -> None:
    train = generate(TRAIN_TEMPLATES, TRAIN_ACTORS, TRAIN_PLACES, TRAIN_UNITS, 40, 1, "war_train")
    held = generate(HELDOUT_TEMPLATES, HELDOUT_ACTORS, HELDOUT_PLACES, HELDOUT_UNITS, 12, 2,
                    "war_heldout")
    write_jsonl(train, DATA_DIR / "war_stance_train.jsonl")
    write_jsonl(held, DATA_DIR / "war_stance_heldout.jsonl")
    print(f"wrote {len(train)} training and {len(held)} held-out sentences to {DATA_DIR}")


if __name__ == "__main__":
    main()
