"""Behavioural tests of the stance model in the CheckList manner (Ribeiro et al., ACL 2020).

Each capability has hand-written cases — sentences written for this suite, none from the seed
articles or from the templated training data — of three CheckList kinds:

- MFT (minimum functionality): the label toward the target must equal ``expect``;
- NOT: the label must not be ``expect`` (e.g. "not a defeat" must not read negative);
- DIR (directional): a variant of a base sentence must move p_positive - p_negative in a given
  direction (or not at all) compared with its base; INV is DIR with tolerance around zero.

``run_checklist()`` returns one row per case; ``summarise()`` the pass rate per capability.
Run ``python -m analysis checklist`` to print the table.
"""

from __future__ import annotations

from dataclasses import dataclass

import pandas as pd


@dataclass(frozen=True)
class Case:
    capability: str
    kind: str  # "MFT", "NOT", "DIR_UP", "DIR_DOWN", "INV"
    sentence: str
    target: str
    expect: str = ""
    base: str = ""  # DIR/INV: the base sentence (same target)
    occurrence: int = 0  # which occurrence of target in the sentence


def _c(capability: str, sentence: str, target: str, expect: str, kind: str = "MFT") -> Case:
    return Case(capability, kind, sentence, target, expect)


CASES: list[Case] = [
    # -- success framing: the actor who succeeds reads positive -----------------------------
    _c("success", "The rebels' troops are advancing toward the capital.", "rebels", "positive"),
    _c("success", "It was another battlefield victory for the government's forces.", "government", "positive"),
    _c("success", "Kenyan peacekeepers secured the road and reopened the market.", "Kenyan peacekeepers", "positive"),
    _c("success", "Colombia's army freed forty hostages in a daring raid.", "Colombia", "positive"),
    _c("success", "The Iraqi forces retook the old city after months of fighting.", "Iraqi forces", "positive"),
    _c("success", "Within a week the Kurdish fighters had pushed the front line back thirty kilometres.", "Kurdish fighters", "positive"),
    # -- failure framing: the actor who fails reads negative --------------------------------
    _c("failure", "The retreating army left the town mined.", "army", "negative"),
    _c("failure", "The junta's soldiers fled their positions, abandoning tanks and ammunition.", "junta", "negative"),
    _c("failure", "The occupation force looted the museum before it withdrew.", "occupation force", "negative"),
    _c("failure", "The separatists suffered their worst losses of the year.", "separatists", "negative"),
    _c("failure", "Serbia annexed the province in defiance of international law.", "Serbia", "negative"),
    _c("failure", "Government troops were driven out of the valley.", "Government troops", "negative"),
    # -- two actors with opposite stance in one sentence ------------------------------------
    _c("two_actors", "The rebels routed the army near the border.", "rebels", "positive"),
    _c("two_actors", "The rebels routed the army near the border.", "army", "negative"),
    _c("two_actors", "Eritrean units fell back as Ethiopian troops stormed the hills.", "Ethiopian troops", "positive"),
    _c("two_actors", "Eritrean units fell back as Ethiopian troops stormed the hills.", "Eritrean units", "negative"),
    _c("two_actors", "The navy sank two ships of the pirates' fleet.", "navy", "positive"),
    _c("two_actors", "The navy sank two ships of the pirates' fleet.", "pirates", "negative"),
    # the sentence (guideline rules 2 and 4: one side's success is the other's loss)
    _c("two_actors", "The rebels routed the army near the river.", "army", "negative"),
    _c("two_actors", "I trust Peter but I don't trust Robert.", "Peter", "positive"),
    _c("two_actors", "I trust Peter but I don't trust Robert.", "Robert", "negative"),
    _c("two_actors", "The coalition repelled the assault, and the attackers lost dozens of vehicles.", "coalition", "positive"),
    _c("two_actors", "The coalition repelled the assault, and the attackers lost dozens of vehicles.", "attackers", "negative"),
    # -- holders of an opinion are not its target (guideline rule 3) ------------------------
    _c("holder", "Kyiv praised Warsaw for its help but condemned Budapest for blocking the aid.", "Kyiv", "neutral"),
    _c("holder", "Kyiv praised Warsaw for its help but condemned Budapest for blocking the aid.", "Warsaw", "positive"),
    _c("holder", "Kyiv praised Warsaw for its help but condemned Budapest for blocking the aid.", "Budapest", "negative"),
    _c("holder", "The mayor denounced the attack on the convoy.", "mayor", "neutral"),
    _c("holder", "Lisbon accused Madrid of hiding the report.", "Lisbon", "neutral"),
    _c("holder", "Lisbon accused Madrid of hiding the report.", "Madrid", "negative"),
    _c("holder", "The foreign minister welcomed the court's ruling.", "foreign minister", "neutral"),
    _c("holder", "The senator thanked the volunteers who rebuilt the bridge.", "volunteers", "positive"),
    # -- victims are not villains (guideline rule 7) ----------------------------------------
    _c("victim", "Shelling killed two residents of the village overnight.", "residents", "neutral"),
    _c("victim", "The militia's shelling wounded four aid workers.", "aid workers", "neutral"),
    _c("victim", "The militia's shelling wounded four aid workers.", "militia", "negative"),
    # stop 30: six harmed actors with no harmer named (neutral) and four named harmers (negative);
    # data/checklist-labelling/framed-claims-victims/
    _c("victim", "Al-Nour Hospital in the Yemeni city of Marib was hit by artillery fire overnight, wounding two nurses and a patient.", "Al-Nour Hospital", "neutral"),
    _c("victim", "Two reporters from the newspaper La Voz del Sur were kidnapped by unidentified gunmen near the Ecuadorian border town of Lago Agrio.", "La Voz del Sur", "neutral"),
    _c("victim", "Masked gunmen raided the offices of the rights group Bantu Watch in Goma and seized computers and case files.", "Bantu Watch", "neutral"),
    _c("victim", "A convoy of the World Food Programme was ambushed on the road to Kadugli, and one of its drivers was killed.", "World Food Programme", "neutral"),
    _c("victim", "The offices of the Drenovac village council in southern Serbia were set on fire overnight, destroying the land registry records.", "Drenovac village council", "neutral"),
    _c("victim", "A ferry operated by Aegean Blue Lines was struck by a drone off the port of Hodeidah, injuring eleven passengers.", "Aegean Blue Lines", "neutral"),
    _c("victim", "Fighters of the Cabinda Liberation Front ambushed an aid convoy near Buco-Zau, killing two drivers and burning three trucks.", "Cabinda Liberation Front", "negative"),
    _c("victim", "Militiamen of the Blue River Brigade kidnapped four health workers from a vaccination clinic in Ituri province on Sunday.", "Blue River Brigade", "negative"),
    _c("victim", "The Jaysh al-Fajr militia shelled a camp for displaced families near Idlib, wounding fourteen people, including six children.", "Jaysh al-Fajr militia", "negative"),
    _c("victim", "Paramilitaries of the Autodefensas del Catatumbo burned down a rural school in Norte de Santander after expelling its teachers.", "Autodefensas del Catatumbo", "negative"),
    # -- plain facts and mere mentions are neutral (guideline rule 8) -----------------------
    _c("mere_mention", "Talks between Chile and Peru resumed on Monday.", "Chile", "neutral"),
    _c("mere_mention", "Talks between Chile and Peru resumed on Monday.", "Peru", "neutral"),
    _c("mere_mention", "The president of Ghana arrived in the capital on Tuesday.", "Ghana", "neutral"),
    # -- a mention in a charged sentence: harm, ruin or triumph around an actor the sentence
    # does not portray is no stance toward it (rules 7, 8); the outside judge's commonest error
    # on real war news. Each neutral case has a twin below in which the same kind of actor *is*
    # portrayed. Written in stop 29 and labelled by two independent annotators under the
    # guideline, blind to any model; both agreed on all 18 they saw, and the two both flagged
    # as ambiguous (a council meeting "while rescuers pulled bodies", an embassy moving its
    # staff as a siege tightened) were dropped before any model scored them. The labels and how
    # they were made: data/checklist-labelling/charged-context/.
    _c("charged_context", "The drone strike set a fuel depot ablaze about forty kilometres from the Polish border.", "Polish", "neutral"),
    _c("charged_context", "Three civilians died in the blast, according to the Red Cross, which runs a clinic nearby.", "Red Cross", "neutral"),
    _c("charged_context", "Inflation reached twelve percent as the war dragged on, and the central bank raised its key rate again.", "central bank", "neutral"),
    _c("charged_context", "The missile struck an apartment block in the capital hours before the Brazilian delegation arrived.", "Brazilian delegation", "neutral"),
    _c("charged_context", "The economy shrank by a tenth last year, the finance ministry said in its annual report.", "finance ministry", "neutral"),
    _c("charged_context", "Years of fighting have left the port in ruins, and the shipping company that once ran it has moved its offices abroad.", "shipping company", "neutral"),
    _c("charged_context", "Crowds cheered the liberation of the town, which the Dutch correspondent reached on Sunday.", "Dutch correspondent", "neutral"),
    _c("charged_context", "The victory parade was broadcast live by the state broadcaster.", "state broadcaster", "neutral"),
    _c("charged_context", "Refugees packed the station as the army's trains left for the front.", "army", "neutral"),
    _c("charged_context", "The massacre was first reported by a local newspaper in Vukovar.", "local newspaper", "neutral"),
    _c("charged_context", "The bombardment destroyed the hospital, the last one in the district run by the health ministry.", "health ministry", "neutral"),
    _c("charged_context", "Celebrations broke out in the streets after the peace deal, the Spanish news agency reported.", "Spanish news agency", "neutral"),
    _c("charged_context", "The insurgents' drone set a fuel depot ablaze near the border, killing two workers.", "insurgents", "negative"),
    _c("charged_context", "Crowds cheered the Dutch engineers who restored the town's water supply within a week.", "Dutch engineers", "positive"),
    _c("charged_context", "The state broadcaster falsely reported that the parade had drawn a million people.", "state broadcaster", "negative"),
    _c("charged_context", "The Red Cross evacuated three hundred civilians from the besieged district.", "Red Cross", "positive"),
    # -- framed claims are negative for the claimant (guideline rule 5) ---------------------
    _c("framed_claim", "The ministry falsely claimed that no civilians had been hurt.", "ministry", "negative"),
    _c("framed_claim", "The agency's propaganda channel insisted the city had never been attacked.", "agency", "negative"),
    # stop 30: one case per framing device, and below (reported_claim) plain twins of the first three
    # and three more plain claims; written and labelled like the charged_context cases (both
    # annotators agreed on all 24; data/checklist-labelling/framed-claims-victims/)
    _c("framed_claim", "Venezuela's defence ministry falsely claimed on Tuesday that no troops had been moved toward the Essequibo border.", "Venezuela's defence ministry", "negative"),
    _c("framed_claim", "The Karvan Liberation Council announced the results of a so-called referendum on independence held in the mountain districts it controls.", "Karvan Liberation Council", "negative"),
    _c("framed_claim", "The Sahel Patriotic Movement released a propaganda video claiming that its leader had met tribal elders in the town of Ménaka.", "Sahel Patriotic Movement", "negative"),
    _c("framed_claim", "Senator Ramiro Ezquerra repeated a debunked claim that Guatemala had secretly sold fuel to the insurgents.", "Ramiro Ezquerra", "negative"),
    _c("framed_claim", "The Belgrade tabloid Dnevni Glas published baseless allegations that opposition leader Mirela Kostić had received money from abroad.", "Dnevni Glas", "negative"),
    _c("framed_claim", "The Kivu Defence Forces published fabricated casualty figures from last week's fighting near the town of Minova.", "Kivu Defence Forces", "negative"),
    _c("framed_claim", "Army spokesman Idris Balogun lied when he told reporters that the military ran no detention sites in Borno State.", "Idris Balogun", "negative"),
    _c("framed_claim", "The Caspian Media Group spread disinformation about the vote count in the Adjara regional election, Georgian monitors reported.", "Caspian Media Group", "negative"),
    # -- negation --------------------------------------------------------------------------
    _c("negation", "This is not a defeat for the alliance.", "alliance", "negative", "NOT"),
    _c("negation", "The army did not retreat; it regrouped in good order.", "army", "negative", "NOT"),
    _c("negation", "The militia has not won a single battle since spring.", "militia", "positive", "NOT"),
    _c("negation", "The offensive by the coalition has failed to achieve any of its goals.", "coalition", "negative"),
    _c("negation", "The commander insisted the pullout was no humiliation for his troops.", "troops", "negative", "NOT"),
    # -- reported claims with neutral content stay neutral ---------------------------------
    _c("reported_claim", "The ministry claimed it had started moving troops to the east.", "ministry", "neutral"),
    _c("reported_claim", "The defence ministry said its units had been repositioned.", "defence ministry", "neutral"),
    _c("reported_claim", "According to the general staff, the convoy reached the river on Friday.", "general staff", "neutral"),
    _c("reported_claim", "The spokesman announced that the talks would continue next week.", "spokesman", "neutral"),
    _c("reported_claim", "Officials in the capital said the troops had been told to stay in their barracks.", "Officials", "neutral"),
    # stop 30: twins of three framed_claim cases with the framing word removed, and three more
    _c("reported_claim", "Venezuela's defence ministry claimed on Tuesday that no troops had been moved toward the Essequibo border.", "Venezuela's defence ministry", "neutral"),
    _c("reported_claim", "The Karvan Liberation Council announced the results of a referendum on independence held in the mountain districts it controls.", "Karvan Liberation Council", "neutral"),
    _c("reported_claim", "The Sahel Patriotic Movement released a video claiming that its leader had met tribal elders in the town of Ménaka.", "Sahel Patriotic Movement", "neutral"),
    _c("reported_claim", "Honduras's electoral council announced that its count of the presidential run-off votes would be completed by Friday.", "Honduras's electoral council", "neutral"),
    _c("reported_claim", "According to the Arakan Coastal Front, its delegates met United Nations envoys in Dhaka on Monday to discuss refugee returns.", "Arakan Coastal Front", "neutral"),
    _c("reported_claim", "The Amhara regional government said forty-two people had died in last week's clashes near the town of Debre Markos.", "Amhara regional government", "neutral"),
    # -- success the sentence itself states or confirms -> positive; a claim of success it shows
    # false -> negative (rules 2 and 5). Stop 46, double-labelled; the ten unchecked claims written
    # with them were flagged by both annotators and left out: data/checklist-labelling/claims-of-success/
    _c("checked_claim", "The Chadian army recaptured the lakeside town of Bol from jihadist fighters on Wednesday, ending a month-long occupation.", "Chadian army", "positive"),
    _c("checked_claim", "Satellite images analysed by the Associated Press confirm the Somali army's claim that its troops drove al-Shabaab fighters out of the town of Adan Yabaal.", "Somali army", "positive"),
    _c("checked_claim", "A UN monitoring team verified that Filipino marines had freed all nine hostages held by Abu Sayyaf on Jolo island, as the navy had reported.", "Filipino marines", "positive"),
    _c("checked_claim", "Myanmar's military boasted that it had crushed the resistance in Sagaing, though footage verified by journalists showed rebel fighters still patrolling the town's streets.", "Myanmar's military", "negative"),
    _c("checked_claim", "Zimbabwe's ruling party falsely claimed a landslide in Sunday's municipal vote, hours before the electoral commission's count showed it had lost all three major cities.", "ruling party", "negative"),
    _c("checked_claim", "Burkina Faso's defence ministry said its special forces had rescued twelve abducted aid workers, a claim UN investigators later found to be fabricated.", "Burkina Faso's defence ministry", "negative"),
    # -- quoted vs authorial: a confident quote about one's own side reads positive ---------
    _c("quoted", "The minister said the country will prevail.", "country", "positive"),
    _c("quoted", "\"Our army is stronger than ever,\" the president told reporters.", "army", "positive"),
    _c("quoted", "\"They ran like cowards,\" a soldier said of the enemy battalion.", "enemy battalion", "negative"),
    _c("quoted", "The commander said the enemy's attack had collapsed.", "enemy", "negative"),
    # -- hedges: hedging must not make a sentence more extreme than its plain form ----------
    Case("hedge", "DIR_DOWN", "The rebels may have captured the airport.", "rebels",
         base="The rebels captured the airport."),
    Case("hedge", "DIR_DOWN", "The army could possibly break through the lines next month.", "army",
         base="The army broke through the lines."),
    Case("hedge", "DIR_UP", "The garrison may have been forced to surrender.", "garrison",
         base="The garrison was forced to surrender."),
    Case("hedge", "DIR_UP", "The militia might be losing ground in the north.", "militia",
         base="The militia is losing ground in the north."),
    # -- invariance: swapping which country does the same thing must not change stance -------
    Case("name_invariance", "INV", "Russia's troops recaptured the village at dawn.", "Russia",
         base="Ukraine's troops recaptured the village at dawn."),
    Case("name_invariance", "INV", "Ukraine's forces retreated from the bridgehead.", "Ukraine",
         base="Russia's forces retreated from the bridgehead."),
    Case("name_invariance", "INV", "The Kremlin announced new talks.", "Kremlin",
         base="The White House announced new talks."),
]

INV_TOLERANCE = 0.2  # largest |change in p_pos - p_neg| an INV case may show
#: A DIR case fails when the variant moves p_pos - p_neg the wrong way by more than this. A hedge
#: may leave the score where it was (guideline rule 6: "no more negative than"); a move of a few
#: thousandths is no change a reader could see, and at 1e-6 the verdict hung on float noise.
DIR_TOLERANCE = 0.02


def _span(sentence: str, target: str, occurrence: int = 0) -> tuple[int, int]:
    start = -1
    for _ in range(occurrence + 1):
        start = sentence.find(target, start + 1)
    if start == -1:
        raise ValueError(f"target {target!r} not in case sentence {sentence!r}")
    return start, start + len(target)


def _base_target(case: Case) -> str:
    # INV cases swap the name: the base sentence has the other country in the same position.
    if case.kind != "INV":
        return case.target
    swaps = {"Russia": "Ukraine", "Ukraine": "Russia", "Kremlin": "White House"}
    return swaps.get(case.target, case.target)


def run_checklist(cases: list[Case] | None = None, *, model=None, scorer=None) -> pd.DataFrame:
    """Score every case; one row per case with the prediction and whether it passed.

    ``model``: a loaded stance model (default: the shipped one); ``scorer``: instead, any
    function with :func:`analysis.stance.score_targets`' arguments (sentences, spans) and
    result columns (``label``, ``p_negative``, ``p_neutral``, ``p_positive``), for models the
    runtime does not serve (experiments); ``ValueError`` when both are given."""
    if scorer is not None and model is not None:
        raise ValueError("run_checklist takes a model or a scorer, not both")
    if scorer is None:
        from .stance import score_targets

        def scorer(sentences, spans):  # noqa: ANN001, ANN202
            return score_targets(sentences, spans, model=model)

    cases = cases or CASES
    sentences = [c.sentence for c in cases]
    spans = [_span(c.sentence, c.target, c.occurrence) for c in cases]
    pred = scorer(sentences, spans)
    dir_cases = [(i, c) for i, c in enumerate(cases) if c.base]
    base_scores: dict[int, float] = {}
    if dir_cases:
        base = scorer([c.base for _, c in dir_cases],
                      [_span(c.base, _base_target(c)) for _, c in dir_cases])
        for (i, _), (_, row) in zip(dir_cases, base.iterrows()):
            base_scores[i] = float(row.p_positive - row.p_negative)
    rows = []
    for i, (case, (_, p)) in enumerate(zip(cases, pred.iterrows())):
        score = float(p.p_positive - p.p_negative)
        delta = score - base_scores[i] if i in base_scores else float("nan")
        if case.kind == "MFT":
            passed = p.label == case.expect
        elif case.kind == "NOT":
            passed = p.label != case.expect
        elif case.kind == "DIR_DOWN":  # variant must not be more positive than its base
            passed = delta <= DIR_TOLERANCE
        elif case.kind == "DIR_UP":  # variant must not be more negative than its base
            passed = delta >= -DIR_TOLERANCE
        elif case.kind == "INV":
            passed = abs(delta) <= INV_TOLERANCE
        else:
            raise ValueError(f"unknown case kind {case.kind!r}")
        rows.append({"capability": case.capability, "kind": case.kind, "sentence": case.sentence,
                     "target": case.target, "expect": case.expect, "label": p.label,
                     "score": round(score, 4), "delta": round(delta, 4), "passed": bool(passed)})
    return pd.DataFrame(rows)


def summarise(results: pd.DataFrame) -> pd.DataFrame:
    """Pass rate per capability (and overall), in the suite's order."""
    order = list(dict.fromkeys(results["capability"]))
    g = results.groupby("capability", sort=False)["passed"].agg(["size", "sum"])
    g = g.reindex(order)
    g.loc["ALL"] = [len(results), int(results["passed"].sum())]
    g = g.rename(columns={"size": "cases", "sum": "passed"}).astype(int)
    g["pass_rate"] = (g["passed"] / g["cases"]).round(3)
    return g.reset_index()
