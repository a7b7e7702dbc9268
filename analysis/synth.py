"""A seeded synthetic news corpus built from real sentences, for benchmarks and tests.

``python -m analysis.bench make-corpus N --out DIR`` (or :func:`make_corpus`) writes N articles:

* sentences are real news sentences: NewsMTSC train (``sentence_normalized``) plus the seed
  articles' sentences (about 5 %);
* each article is about one to three actors of the registry: in most NewsMTSC sentences the
  annotated target mention ("Trump", "Hillary Clinton") is replaced by one of them, so articles
  have actor mentions to score, as the real corpus does, and few sentences repeat verbatim;
* article lengths are log-normal, median 25 sentences (clipped to 3..150), in paragraphs of
  one to four sentences, under a headline line;
* about 20 outlets, with a skewed (Zipf-like) share of the articles, listed in ``sources.csv``;
* several known stories (:data:`EVENTS`): each article reports one event, with a headline and a
  two-sentence lead written for that event (one of three wordings, so outlets do not print the
  same words) and a ``published`` date within three days of the event -- ISO dates mostly, some
  RFC-822 feed dates, and about 5 % of the articles undated, as in real feeds.  The event's key
  is kept in the manifest's extra column ``event`` (the truth that story grouping,
  :func:`analysis.framing.group_stories`, should recover).  Two events ("prisoner exchange",
  June and September) are worded alike on purpose: only the date window tells them apart.

The same N and seed give the same corpus byte for byte.
"""

from __future__ import annotations

import json
import math
import re
from dataclasses import dataclass
from datetime import date, timedelta
from pathlib import Path

import numpy as np
import pandas as pd

from .cli import DEFAULT_CORPUS, NEWSMTSC_DIR

OUTLETS = [
    "The Morning Ledger", "Daily Courier", "Evening Standard Post", "Capital Herald",
    "Northern Observer", "The Continental", "Harbor Times", "Metro Dispatch", "The Sentinel",
    "Union Gazette", "Westbrook Chronicle", "Eastern Tribune", "The Daily Record",
    "Global Wire", "Riverside News", "The Independent Voice", "Frontier Report", "Atlas Review",
    "Liberty Bulletin", "The Evening Star",
]
MEDIAN_SENTENCES = 25
SIGMA_SENTENCES = 0.5
MIN_SENTENCES, MAX_SENTENCES = 3, 150
SEED_SHARE = 0.05        # share of sentences taken from the seed articles
SUBSTITUTE_SHARE = 0.8   # share of NewsMTSC sentences whose target becomes a registry actor
START_DATE = date(2022, 2, 24)
UNDATED_SHARE = 0.05     # articles published without a date
RFC822_SHARE = 0.2       # dated articles whose date is written as in an RSS feed
EVENT_SPREAD_DAYS = 3    # an article appears 0..3 days after its event


@dataclass(frozen=True)
class Event:
    """A known story of the synthetic corpus: headline and lead wordings, date, actors."""

    key: str
    day: date
    headlines: tuple[str, ...]
    leads: tuple[str, ...]
    actors: tuple[str, ...]


EVENTS: tuple[Event, ...] = (
    Event("kherson-withdrawal", date(2022, 11, 10),
          ("Russia pulls troops out of Kherson",
           "Ukrainian forces enter Kherson after Russian retreat",
           "Kherson retaken as Russian army withdraws across the Dnipro"),
          ("Russian troops withdrew from the city of Kherson and crossed to the east bank of the "
           "Dnipro river. Residents greeted Ukrainian soldiers in the central square.",
           "The Russian army completed its withdrawal from Kherson, the only regional capital it "
           "had captured. Ukrainian units entered the city to cheering crowds.",
           "Moscow ordered its forces out of Kherson and across the Dnipro. Crowds in the city "
           "welcomed the arriving Ukrainian troops."),
          ("Russia", "Ukraine", "Zelenskyy", "Shoigu")),
    Event("grain-deal", date(2022, 7, 22),
          ("Grain deal signed to reopen Black Sea ports",
           "Ukraine and Russia agree to let grain ships sail",
           "Istanbul agreement to unblock Ukrainian grain exports"),
          ("Ukraine and Russia signed an agreement in Istanbul, brokered by Turkey and the United "
           "Nations, to resume grain exports from Black Sea ports. Ships loaded with wheat and "
           "corn are expected to leave Odesa within weeks.",
           "A deal brokered by the UN and Turkey will let cargo ships carry Ukrainian grain "
           "through the Black Sea. The agreement aims to ease a global food crisis.",
           "Negotiators in Istanbul agreed on safe corridors for grain ships leaving Odesa and "
           "other Ukrainian ports. Wheat prices fell after the deal was announced."),
          ("Ukraine", "Russia", "Erdogan")),
    Event("zaporizhzhia-plant", date(2022, 9, 1),
          ("IAEA inspectors reach Zaporizhzhia nuclear plant",
           "Nuclear watchdog visits shelled Zaporizhzhia power station",
           "UN atomic agency mission arrives at Europe's largest nuclear plant"),
          ("Inspectors of the International Atomic Energy Agency arrived at the Zaporizhzhia "
           "nuclear power plant after shelling near the reactors. The agency warned of the risk "
           "of a radiation accident.",
           "An IAEA team led by Rafael Grossi crossed the front line to inspect the Zaporizhzhia "
           "nuclear station. Shelling had cut power lines to the reactors.",
           "The UN nuclear watchdog reached the occupied Zaporizhzhia plant, where reactors have "
           "been shelled. Grossi called for a safety zone around the station."),
          ("Russia", "Ukraine", "Grossi")),
    Event("crimea-bridge", date(2022, 10, 8),
          ("Explosion damages Crimean bridge", "Blast hits Kerch bridge linking Crimea to Russia",
           "Fire on the Crimean bridge after truck bomb"),
          ("An explosion damaged the Kerch bridge that links Crimea to the Russian mainland, and "
           "fuel tanks on a train caught fire. Part of the road deck collapsed into the sea.",
           "A truck bomb blew up on the Crimean bridge, setting fuel wagons on fire and bringing "
           "down a section of the roadway. Traffic across the Kerch strait was halted.",
           "A blast on the Kerch strait bridge to Crimea collapsed part of the road and set a "
           "fuel train ablaze. Moscow vowed to repair the bridge quickly."),
          ("Russia", "Putin", "Ukraine")),
    Event("prisoner-exchange-june", date(2022, 6, 29),
          ("Ukraine and Russia swap prisoners of war", "Prisoner exchange frees captured soldiers",
           "Captured fighters come home in prisoner swap"),
          ("Ukraine and Russia exchanged prisoners of war, and dozens of captured soldiers "
           "returned home. Many of the freed fighters had defended the Azovstal steel plant.",
           "In a prisoner swap, captured Ukrainian soldiers, many of them defenders of Azovstal, "
           "came home. Russia received its own prisoners in return.",
           "Dozens of prisoners of war were freed in an exchange between Kyiv and Moscow. Some of "
           "them had fought at the Azovstal steel works in Mariupol."),
          ("Ukraine", "Russia", "Azov Brigade")),
    Event("prisoner-exchange-september", date(2022, 9, 21),
          ("Ukraine and Russia swap prisoners of war", "Prisoner exchange frees captured soldiers",
           "Captured fighters come home in prisoner swap"),
          ("Ukraine and Russia exchanged prisoners of war, and more than two hundred captured "
           "soldiers returned home. Many of the freed fighters had defended the Azovstal steel "
           "plant.",
           "In a prisoner swap, captured Ukrainian soldiers, many of them defenders of Azovstal, "
           "came home. Russia received its own prisoners, among them Viktor Medvedchuk.",
           "Hundreds of prisoners of war were freed in an exchange between Kyiv and Moscow. Many "
           "of them had fought at the Azovstal steel works in Mariupol."),
          ("Ukraine", "Russia", "Azov Brigade")),
)


@dataclass(frozen=True)
class SentencePool:
    """Real sentences to draw from, with one target span each where known."""

    newsmtsc: list[tuple[str, int, int]]   # (sentence, target start, target end)
    seeds: list[str]
    actor_forms: list[str]


def load_pool(newsmtsc_file: Path | str | None = None, seeds: Path | str | None = None
              ) -> SentencePool:
    """NewsMTSC train sentences, the seed corpus's sentences and the registry's actor names."""
    from .actors import load_registry
    from .corpus import load_corpus
    from .segment import segment_corpus

    path = Path(newsmtsc_file) if newsmtsc_file else NEWSMTSC_DIR / "train.jsonl"
    rows = []
    with path.open(encoding="utf-8") as fh:
        for line in fh:
            if line.strip():
                record = json.loads(line)
                target = record["targets"][0]
                rows.append((record["sentence_normalized"], int(target["from"]), int(target["to"])))
    sentences = segment_corpus(load_corpus(seeds or DEFAULT_CORPUS))
    seed_sentences = sentences.loc[sentences["kind"] == "sentence", "text"].tolist()
    forms = []
    for actor in load_registry():
        for form in (actor.name, *actor.aliases):
            # Proper names only: a substituted "the West" or "US" reads badly mid-sentence.
            if form[:1].isupper() and "'" not in form and len(form) > 3:
                forms.append(form)
    return SentencePool(newsmtsc=rows, seeds=seed_sentences, actor_forms=sorted(set(forms)))


def _one_line(text: str) -> str:
    return re.sub(r"\s+", " ", text).strip()


def _sentence(pool: SentencePool, rng: np.random.Generator, focus: list[str]) -> str:
    if pool.seeds and rng.random() < SEED_SHARE:
        return _one_line(pool.seeds[rng.integers(len(pool.seeds))])
    text, start, end = pool.newsmtsc[rng.integers(len(pool.newsmtsc))]
    if rng.random() < SUBSTITUTE_SHARE and 0 <= start < end <= len(text):
        text = text[:start] + focus[rng.integers(len(focus))] + text[end:]
    return _one_line(text)


def _article(pool: SentencePool, rng: np.random.Generator, median: float,
             event: Event | None = None, wording: int = 0) -> tuple[str, str]:
    """(headline, text) of one article; with an ``event``, its headline and lead (wording
    number ``wording``) open the article and the event's actors are its focus."""
    n = int(np.clip(round(rng.lognormal(math.log(median), SIGMA_SENTENCES)),
                    MIN_SENTENCES, MAX_SENTENCES))
    focus = list(rng.choice(pool.actor_forms, size=int(rng.integers(1, 4)), replace=False))
    if event is not None:
        known = [a for a in event.actors if a in pool.actor_forms]
        focus = known or focus
    sentences = [_sentence(pool, rng, focus) for _ in range(n)]
    if event is not None:
        lead = event.leads[wording % len(event.leads)]
        sentences = [s for s in re.split(r"(?<=\.) ", lead)] + sentences
        n = len(sentences)
    paragraphs, i = [], 0
    while i < n:
        size = int(rng.integers(1, 5))
        paragraphs.append(" ".join(sentences[i:i + size]))
        i += size
    words = sentences[0].strip(".!?\"“”' ").split()
    headline = (event.headlines[wording % len(event.headlines)] if event is not None
                else " ".join(words[:10]))
    return headline, headline + "\n\n" + "\n\n".join(paragraphs) + "\n"


def _published(day: date, rng: np.random.Generator) -> str:
    """The article's ``published`` value: "" (undated), an RSS (RFC-822) date or ISO."""
    draw = rng.random()
    if draw < UNDATED_SHARE:
        return ""
    if draw < UNDATED_SHARE + RFC822_SHARE:
        return f"{day.strftime('%a, %d %b %Y')} {int(rng.integers(6, 22)):02d}:00:00 +0000"
    return day.isoformat()


def generate(n: int, *, seed: int = 13, pool: SentencePool | None = None,
             median_sentences: float = MEDIAN_SENTENCES,
             events: tuple[Event, ...] = EVENTS) -> pd.DataFrame:
    """N synthetic articles as a table: doc_id, source, title, url, published, language, event,
    text.

    Article i reports event ``events[i % len(events)]`` (so every event has articles from
    N = len(events) on), in one of its wordings, published 0..3 days after it (see the module
    notes for undated and feed-style dates). ``median_sentences`` sets the article length
    (tests use short articles). ``events=()`` gives articles about no event with a date
    anywhere in the year after :data:`START_DATE`.
    """
    pool = pool or load_pool()
    rng = np.random.default_rng(seed)
    story_rng = np.random.default_rng([seed, 18])  # events and dates: the text draws stay put
    weights = 1.0 / np.arange(1, len(OUTLETS) + 1) ** 0.8
    weights /= weights.sum()
    rows = []
    for i in range(n):
        source = OUTLETS[rng.choice(len(OUTLETS), p=weights)]
        event = events[i % len(events)] if events else None
        wording = int(story_rng.integers(3))
        title, text = _article(pool, rng, median_sentences, event, wording)
        doc_id = f"{i:06d}"
        slug = re.sub(r"[^a-z]+", "-", source.lower()).strip("-")
        day = (event.day + timedelta(days=int(story_rng.integers(EVENT_SPREAD_DAYS + 1)))
               if event is not None else START_DATE + timedelta(days=int(rng.integers(365))))
        rows.append({"doc_id": doc_id, "source": source, "title": title,
                     "url": f"https://example.com/{slug}/{doc_id}",
                     "published": _published(day, story_rng), "language": "en",
                     "event": event.key if event is not None else "", "text": text})
    return pd.DataFrame(rows)


def make_corpus(n: int, out: Path | str, *, seed: int = 13, fmt: str = "folder",
                pool: SentencePool | None = None) -> Path:
    """Write N synthetic articles: a folder of ``.txt`` + ``sources.csv`` (``fmt="folder"``)
    or ``DIR/corpus.jsonl`` (``fmt="jsonl"``). Returns the corpus path to score."""
    out = Path(out)
    out.mkdir(parents=True, exist_ok=True)
    table = generate(n, seed=seed, pool=pool)
    if fmt == "jsonl":
        path = out / "corpus.jsonl"
        with path.open("w", encoding="utf-8", newline="\n") as fh:
            for row in table.to_dict("records"):
                fh.write(json.dumps(row, ensure_ascii=False) + "\n")
        return path
    if fmt != "folder":
        raise ValueError(f"unknown corpus format {fmt!r}; choose 'folder' or 'jsonl'")
    for doc_id, text in zip(table["doc_id"], table["text"]):
        (out / f"{doc_id}.txt").write_text(text, encoding="utf-8", newline="\n")
    table.drop(columns=["text"]).to_csv(out / "sources.csv", index=False, lineterminator="\n")
    return out
