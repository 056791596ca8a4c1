"""The spaCy pipeline: components, spans, extensions and entities on the sample documents."""

from __future__ import annotations

import unicodedata
from pathlib import Path

import pytest

from ingest import gazetteer
from ingest.references import find_references
from ingest.spacy_pipeline import doc_text, make_nlp

EXAMPLES = Path(__file__).resolve().parent.parent / "examples"


@pytest.fixture(scope="module")
def nlp():
    return make_nlp()


def example(prefix: str) -> str:
    (path,) = EXAMPLES.glob(f"{prefix}_*.txt")
    return unicodedata.normalize("NFC", path.read_text(encoding="utf-8"))


def test_pipeline_components(nlp):
    assert nlp.pipe_names == ["legal_references", "legal_gazetteer", "relation_cues"]
    assert nlp.lang == "vi"


def test_tokens_keep_symbols_and_split_punctuation(nlp):
    doc = nlp("Chỉ thị số 33/CT-TTg ngày 26/11/2021 của Thủ tướng Chính phủ, TP.HCM; 114-KL/TW). Tỉnh ủy./.")
    assert [t.text for t in doc] == [
        "Chỉ",
        "thị",
        "số",
        "33/CT-TTg",
        "ngày",
        "26/11/2021",
        "của",
        "Thủ",
        "tướng",
        "Chính",
        "phủ",
        ",",
        "TP.HCM",
        ";",
        "114-KL/TW",
        ")",
        ".",
        "Tỉnh",
        "ủy",
        "./.",
    ]


def test_nfd_input_becomes_nfc(nlp):
    text = "Ủy ban nhân dân tỉnh An Giang thực hiện Chỉ thị số 33/CT-TTg."
    doc = nlp(unicodedata.normalize("NFD", text))
    assert doc.text == text
    assert [(s.text, s._.body["key"]) for s in doc.spans["bodies"]] == [
        ("Ủy ban nhân dân tỉnh An Giang", "ubnd:an-giang")
    ]


@pytest.mark.parametrize("prefix", ["000", "002", "003", "004"])
def test_gazetteer_spans_match_the_functions(nlp, prefix):
    text = example(prefix)
    doc = nlp(text)
    assert doc.text == text == doc_text(doc)
    bodies, provinces = gazetteer.find_bodies_and_provinces(text)
    assert [s._.body["key"] for s in doc.spans["bodies"]] == [b["key"] for *_, b in bodies]
    assert [s._.province["key"] for s in doc.spans["provinces"]] == [p["key"] for *_, p in provinces]
    for spans, matches in ((doc.spans["bodies"], bodies), (doc.spans["provinces"], provinces)):
        for span, (start, end, _) in zip(spans, matches, strict=True):
            assert span.start_char <= start < end <= span.end_char  # alignment_mode="expand"
    exact = sum(
        (s.start_char, s.end_char) == (b, e) for s, (b, e, _) in zip(doc.spans["bodies"], bodies, strict=True)
    )
    assert exact >= 0.9 * len(bodies)  # punctuation is split off, so nearly all spans are exact
    assert all(s.label_ == "BODY" for s in doc.spans["bodies"])
    assert all(s.label_ == "PROVINCE" for s in doc.spans["provinces"])


@pytest.mark.parametrize("prefix", ["000", "002", "003", "004"])
def test_reference_spans_carry_their_reference(nlp, prefix):
    text = example(prefix)
    refs = find_references(text)
    if not refs:
        pytest.skip("ingest.references.find_references finds nothing in this document")
    doc = nlp(text)
    spans = list(doc.spans["references"])
    assert len(spans) == len(refs)
    for span, ref in zip(spans, refs, strict=True):
        assert span._.reference == ref
        assert span.label_ == "LEGAL_REF"
        # alignment_mode="expand": the span covers the reference, on token boundaries
        assert span.start_char <= ref.start and ref.end <= span.end_char
        assert ref.text.replace("\n", " ").split()[0] in span.text.replace("\n", " ")
        assert span._.relation == ref.relation


def test_reference_spans_on_the_an_giang_report(nlp):
    doc = nlp(example("000"))
    by_text = {}
    for span in doc.spans["references"]:
        by_text.setdefault(span.text, span)
    span = by_text["Công văn số 2748/BNV-CTTN"]
    assert span._.reference.number_symbol == "2748/BNV-CTTN"
    assert span._.relation == "responds_to"
    assert by_text["Chỉ thị số 33/CT-TTg"]._.reference.doc_type == "Chỉ thị"


def test_entities_do_not_overlap_and_prefer_references(nlp):
    doc = nlp(example("000"))
    seen: set[int] = set()
    for ent in doc.ents:
        assert ent.label_ in {"LEGAL_REF", "BODY", "PROVINCE"}
        assert not seen.intersection(range(ent.start, ent.end))
        seen.update(range(ent.start, ent.end))
    labels = {e.label_ for e in doc.ents}
    assert {"BODY", "PROVINCE"} <= labels
    # a body inside a reference ("... của UBND tỉnh") never wins over the reference
    for ref in doc.spans["references"]:
        assert any(e.label_ == "LEGAL_REF" and e.start <= ref.start < e.end for e in doc.ents) or any(
            e.label_ == "LEGAL_REF" and ref.start <= e.start < ref.end for e in doc.ents
        )
    # "An Giang" inside "Ủy ban nhân dân tỉnh An Giang" is part of the BODY entity, not a PROVINCE one
    body = next(e for e in doc.ents if e.text == "Ủy ban nhân dân tỉnh An Giang")
    assert body.label_ == "BODY"


def test_two_spans_on_the_same_tokens_keep_their_own_values(nlp):
    # "43/2014/NĐ-CP,01/2017/NĐ-CP" is one token: two references in it expand to the same span
    from spacy.tokens import Span

    doc = nlp("Nghị định số 43/2014/NĐ-CP,01/2017/NĐ-CP của Chính phủ")
    a, b = Span(doc, 0, 4, label="LEGAL_REF", span_id=0), Span(doc, 0, 4, label="LEGAL_REF", span_id=1)
    a._.relation, b._.relation = "based_on", "implements"
    doc.spans["pair"] = [a, b]
    assert [s._.relation for s in doc.spans["pair"]] == ["based_on", "implements"]


def test_pipe_and_empty_text(nlp):
    docs = list(nlp.pipe(["", "Bộ Nội vụ", "  "]))
    assert [len(d.spans["references"]) for d in docs] == [0, 0, 0]
    assert [e.text for e in docs[1].ents] == ["Bộ Nội vụ"]
    with pytest.raises(TypeError, match="expected text"):
        nlp.tokenizer(b"bytes")
