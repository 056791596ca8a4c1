"""The extractor as a spaCy pipeline: references, bodies and provinces as spans and entities.

    nlp = make_nlp()
    doc = nlp(text)
    doc.spans["references"]   # Span per reference, span._.reference = ingest.models.Reference
    doc.spans["bodies"]       # span._.body = the bodies.json entry (local bodies with their province)
    doc.spans["provinces"]    # span._.province = the provinces.json entry
    doc.ents                  # LEGAL_REF / BODY / PROVINCE, no overlaps (that order wins)
    span._.relation           # for references: the relation cue ("implements", "responds_to", ...)

Components (registered by name, so they can be assembled by configuration): "legal_references" (calls
`ingest.references.find_references` on doc.text), "legal_gazetteer" (`ingest.gazetteer` bodies and
provinces, then doc.ents), "relation_cues" (copies each reference's relation into `span._.relation`).
Spans are aligned to tokens with alignment_mode="expand".

Tokenizer. `spacy.blank("vi", config={"nlp": {"tokenizer": {"use_pyvi": False}}})` is the base: NO
pyvi, whose word segmenter runs at ~1 MB/s (project figure; pyvi is not installed here), far below
the 20 MB/s target; legal references are found on characters, so word segmentation buys nothing here. The stock non-pyvi Vietnamese tokenizer splits
on whitespace only ("phủ," is one token) and, built in Python, runs at ~4 MB/s; it is replaced by
spaCy's Cython rule-based tokenizer with the default prefix/suffix punctuation rules (no infixes, so
"33/CT-TTg", "26/11/2021" and "TP.HCM" stay one token), ~20 MB/s. The tokenizer NFC-normalises its
input first, so doc.text is the NFC text all ingest offsets point into.

Speed (the 4 sample documents, 150 KB of UTF-8; MB per CPU-second, median of 7 runs: the 2-core box is
shared, so wall-clock rates swing with its load; `python -m ingest.spacy_pipeline`):
    plain functions (find_references + find_bodies_and_provinces)   9.8 MB/s
    nlp(text), full pipeline                                         4.6 MB/s
    gazetteer only (bodies + provinces)                             32   MB/s   (find_law_names ~80 MB/s)
    tokenizer alone                                                 18   MB/s   (stock whitespace one: ~4)
The spaCy path costs about twice the plain functions: tokenizing (a third of the time) and building
spans, extensions and entities. Use the plain functions (ingest.pipeline) for bulk extraction and the
pipeline where spaCy documents are wanted (displaCy, training data, nlp.pipe in other tools).
Measure again with `python -m ingest.spacy_pipeline [files]`.
"""

from __future__ import annotations

import sys
import time
import unicodedata
from pathlib import Path
from typing import Any

import spacy
from spacy.lang.punctuation import TOKENIZER_PREFIXES, TOKENIZER_SUFFIXES
from spacy.language import Language
from spacy.tokenizer import Tokenizer
from spacy.tokens import Doc, Span
from spacy.util import compile_prefix_regex, compile_suffix_regex
from spacy.vocab import Vocab

from ingest import gazetteer
from ingest import references as references_module

LABELS = ("LEGAL_REF", "BODY", "PROVINCE")  # priority order for doc.ents
_STORE = "legalgraph"  # key prefix of the per-span values in doc.user_data
_TEXT = (_STORE, "text")


def _span_attr(name: str):
    """Getter/setter pair storing a Span value under the span's characters *and* its span id, so two
    references aligned to the same tokens keep their own values (plain extensions would collide)."""

    def key(span: Span) -> tuple[Any, ...]:
        return (_STORE, name, span.start_char, span.end_char, span.id)

    def getter(span: Span) -> Any:
        data: dict[Any, Any] = span.doc.user_data  # spaCy keys it by anything hashable
        return data.get(key(span))

    def setter(span: Span, value: Any) -> None:
        data: dict[Any, Any] = span.doc.user_data
        data[key(span)] = value

    return getter, setter


for _name in ("reference", "relation", "body", "province"):
    _get, _set = _span_attr(_name)
    Span.set_extension(_name, getter=_get, setter=_set, force=True)


class LegalTokenizer:
    """NFC-normalising rule-based tokenizer (see the module docstring)."""

    def __init__(self, vocab: Vocab):
        self.vocab = vocab
        self._tokenizer = Tokenizer(
            vocab,
            prefix_search=compile_prefix_regex(TOKENIZER_PREFIXES).search,
            suffix_search=compile_suffix_regex([r"\./\.", *TOKENIZER_SUFFIXES]).search,  # "Tỉnh ủy./."
        )

    def __call__(self, text: str) -> Doc:
        if not isinstance(text, str):
            raise TypeError(f"expected text (str), got {type(text).__name__}")
        if not unicodedata.is_normalized("NFC", text):
            text = unicodedata.normalize("NFC", text)
        doc = self._tokenizer(text)
        doc.user_data[_TEXT] = text
        return doc

    def pipe(self, texts, batch_size: int = 1000):
        for text in texts:
            yield self(text)


def doc_text(doc: Doc) -> str:
    """doc.text, from the copy the tokenizer kept (spaCy rebuilds doc.text from the tokens on every access,
    which costs more than finding the references)."""
    data: dict[Any, Any] = doc.user_data  # spaCy keys it by anything hashable
    text = data.get(_TEXT)
    if text is not None and len(doc) and doc[-1].idx + len(doc[-1].text_with_ws) == len(text):
        return text
    return doc.text


def _span(doc: Doc, start: int, end: int, label: str, span_id: int) -> Span | None:
    span = doc.char_span(start, end, label=label, alignment_mode="expand")
    if span is None:
        return None
    return Span(doc, span.start, span.end, label=label, span_id=span_id)


@Language.component("legal_references")
def legal_references(doc: Doc) -> Doc:
    """doc.spans["references"]: one span per reference, span._.reference = the Reference."""
    spans = []
    for i, ref in enumerate(references_module.find_references(doc_text(doc))):
        span = _span(doc, ref.start, ref.end, "LEGAL_REF", i)
        if span is not None:
            span._.reference = ref
            spans.append(span)
    doc.spans["references"] = spans
    return doc


@Language.component("legal_gazetteer")
def legal_gazetteer(doc: Doc) -> Doc:
    """doc.spans["bodies"] and doc.spans["provinces"], then doc.ents from them and the references."""
    bodies, provinces = gazetteer.find_bodies_and_provinces(doc_text(doc))
    groups: dict[str, list[Span]] = {"bodies": [], "provinces": []}
    for group, label, attr, matches in (
        ("bodies", "BODY", "body", bodies),
        ("provinces", "PROVINCE", "province", provinces),
    ):
        for i, (start, end, entry) in enumerate(matches):
            span = _span(doc, start, end, label, i)
            if span is not None:
                setattr(span._, attr, entry)
                groups[group].append(span)
        doc.spans[group] = groups[group]
    refs = list(doc.spans["references"]) if "references" in doc.spans else []
    doc.ents = _without_overlaps(refs + groups["bodies"] + groups["provinces"])
    return doc


@Language.component("relation_cues")
def relation_cues(doc: Doc) -> Doc:
    """span._.relation for every reference span (the cue found by the reference finder)."""
    for span in doc.spans.get("references", []):
        ref = span._.reference
        span._.relation = ref.relation if ref is not None else None
    return doc


def _without_overlaps(spans: list[Span]) -> list[Span]:
    """Keep LEGAL_REF over BODY over PROVINCE, then the longer span, then the earlier one."""
    rank = {label: i for i, label in enumerate(LABELS)}
    taken: set[int] = set()
    kept = []
    for span in sorted(spans, key=lambda s: (rank.get(s.label_, len(rank)), s.start - s.end, s.start)):
        tokens = range(span.start, span.end)
        if not taken.intersection(tokens):
            taken.update(tokens)
            kept.append(span)
    return sorted(kept, key=lambda s: s.start)


def make_nlp() -> Language:
    """A blank Vietnamese pipeline (no pyvi) with the legal components."""
    nlp = spacy.blank("vi", config={"nlp": {"tokenizer": {"use_pyvi": False}}})
    nlp.tokenizer = LegalTokenizer(nlp.vocab)
    for name in ("legal_references", "legal_gazetteer", "relation_cues"):
        nlp.add_pipe(name)
    return nlp


def _bench(paths: list[Path], runs: int = 7) -> dict[str, float]:
    """MB per CPU-second (UTF-8 bytes) of the plain functions vs the spaCy pipeline, median of `runs`."""
    texts = [unicodedata.normalize("NFC", p.read_text(encoding="utf-8")) for p in paths]
    mb = sum(len(t.encode()) for t in texts) / 1e6
    nlp = make_nlp()

    def plain(t: str) -> None:
        references_module.find_references(t)
        gazetteer.find_bodies_and_provinces(t)

    cases = {
        "plain": plain,
        "spacy": nlp,
        "gazetteer": gazetteer.find_bodies_and_provinces,
        "tokenizer": nlp.tokenizer,
    }
    for fn in cases.values():  # warm up (automata, vocab)
        fn(texts[0])
    out = {}
    for label, fn in cases.items():
        times = []
        for _ in range(runs):
            t0 = time.process_time()
            for t in texts:
                fn(t)
            times.append(time.process_time() - t0)
        out[label] = mb / sorted(times)[len(times) // 2]
    return out


if __name__ == "__main__":
    files = [Path(a) for a in sys.argv[1:]] or sorted(Path("examples").glob("*.txt"))
    for label, rate in _bench(files).items():
        print(f"{label:10s} {rate:7.1f} MB/s")
