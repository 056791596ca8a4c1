"""graph.identity: canonical keys — never merge two documents, never split one."""

from __future__ import annotations

import pytest

from graph.identity import (
    annotate_keys,
    issuer_scope,
    key_id,
    parse_symbol,
    party_term,
    reference_keys,
    report_key,
)
from tests.test_build import ref, result


@pytest.mark.parametrize(
    ("ns", "symbol", "number", "year", "party"),
    [
        ("33/CT-TTg", "CT-TTg", "33", None, False),
        ("33/CT-TTG", "CT-TTg", "33", None, False),
        ("04/2015/NĐ-CP", "NĐ-CP", "4", 2015, False),
        ("04/2015/ND-CP", "NĐ-CP", "4", 2015, False),
        ("42/2013/QH13", "QH13", "42", 2013, False),
        ("114-KL/TW", "KL/TW", "114", None, True),
        ("03-CTr/BDVTW-BCSĐCP", "CTr/BDVTW-BCSĐCP", "3", None, True),
        ("2748/BNV-CTTN", "BNV-CTTN", "2748", None, False),
        ("19-2017/NQ-CP", "NQ-CP", "19", 2017, False),  # the Government's yearly resolutions
    ],
)
def test_parse_symbol(ns, symbol, number, year, party):
    ps = parse_symbol(ns)
    assert ps is not None
    assert (ps.symbol, ps.number, ps.year, ps.party) == (symbol, number, year, party)


@pytest.mark.parametrize("ns", [None, "", "/BC-SNV", "Luật Tiếp công dân"])
def test_not_a_symbol(ns):
    assert parse_symbol(ns) is None


def keys(refs, **kw):
    return [k.key for k in reference_keys(result("r.txt", refs, **kw))]


def test_local_documents_are_scoped_by_province_and_year():
    ag21 = keys([ref("KH 38", "38/KH-UBND", date="2021-03-04")], province="An Giang")
    qn21 = keys([ref("KH 38", "38/KH-UBND", date="2021-03-04")], province="Quảng Ngãi")
    qn22 = keys([ref("KH 38", "38/KH-UBND", date="2022-01-10")], province="Quảng Ngãi")
    assert len({*ag21, *qn21, *qn22}) == 3
    assert ag21 == ["KH-UBND:38:2021:an-giang"]


def test_reference_naming_another_province_uses_it():
    k = keys(
        [ref("KH 38", "38/KH-UBND", date="2021-03-04", issuer_province="Bắc Giang")], province="An Giang"
    )
    assert k == ["KH-UBND:38:2021:bac-giang"]


def test_central_documents_ignore_the_citing_province():
    a = keys([ref("CT 33", "33/CT-TTg", date="2021-11-26")], province="An Giang")
    b = keys([ref("CT 33", "33/CT-TTg", date="2021-11-26")], province="Quảng Ngãi")
    assert a == b == ["CT-TTg:33:2021"]


def test_a_local_looking_code_with_a_central_issuer_stated_is_national():
    """Provincial social-insurance offices number decisions "…/QĐ-BHXH" too, so the code is local; a
    mention stating "của Bảo hiểm xã hội Việt Nam" makes the document national, and an undated repeat
    in the same text without an issuer follows it (holdout44 and holdout24 cite one such decision);
    a provincial office's decision stays its province's."""
    vn = ref("QĐ 1100", "1100/QĐ-BHXH", date="2019-05-10", issuer="Bảo hiểm xã hội Việt Nam")
    a = keys([vn, ref("QĐ 1100", "1100/QĐ-BHXH")], province="Cà Mau")
    b = keys([ref("QĐ 1100", "1100/QĐ-BHXH", date="2019-05-10", issuer="BHXH Việt Nam")], province="Sơn La")
    assert a == ["QĐ-BHXH:1100:2019", "QĐ-BHXH:1100:2019"]
    own = ref("QĐ 45", "45/QĐ-BHXH", date="2019-05-10", issuer="Bảo hiểm xã hội tỉnh Cà Mau")
    assert keys([own], province="Cà Mau") == ["QĐ-BHXH:45:2019:ca-mau"]
    assert b == ["QĐ-BHXH:1100:2019"]  # the body's alias in bodies.json, cited from another province


def test_year_in_symbol_needs_no_date():
    assert keys([ref("NĐ 04", "04/2015/NĐ-CP")]) == ["NĐ-CP:4:2015"]


def test_undated_mention_takes_the_year_of_the_dated_one_in_the_same_document():
    k = keys([ref("CT 33", "33/CT-TTg"), ref("CT 33 ngày", "33/CT-TTg", date="2021-11-26")])
    assert k == ["CT-TTg:33:2021", "CT-TTg:33:2021"]


def test_two_different_dated_documents_leave_the_undated_one_unresolved():
    infos = reference_keys(
        result(
            "r.txt",
            [
                ref("a", "38/KH-UBND", date="2021-03-04"),
                ref("b", "38/KH-UBND", date="2022-01-10"),
                ref("c", "38/KH-UBND"),
            ],
            province="An Giang",
        )
    )
    assert infos[2].key == "KH-UBND:38:?:an-giang" and not infos[2].resolved
    assert "ambiguous" in infos[2].flags


def test_party_documents_are_keyed_by_term():
    assert party_term("2021-11-26") == ("XIII", False)
    assert party_term("2014-03-01") == ("XI", False)
    assert party_term("2016-01-10") == ("XI", False)
    assert party_term(year=2021) == ("XIII", True)
    k = keys([ref("KL 114", "114-KL/TW", date="2014-07-14"), ref("NQ 25", "25-NQ/TW", party_term="XI")])
    assert k == ["KL/TW:114:XI", "NQ/TW:25:XI"]
    # same number, different terms: different documents
    assert keys([ref("KL 1", "01-KL/TW", date="2021-04-01")]) != keys(
        [ref("KL 1", "01-KL/TW", date="2016-04-01")]
    )


def test_named_law_without_number_gets_a_named_key():
    k = reference_keys(
        result(
            "r.txt",
            [ref("Luật Tiếp công dân năm 2013", None, kind="named", name="Luật Tiếp công dân", year=2013)],
        )
    )
    assert k[0].key == "named:luat-tiep-cong-dan:2013" and k[0].resolved


def test_named_law_of_a_version_the_gazetteer_lacks_is_one_document_with_or_without_its_year():
    # "Luật X năm 1991" and "Luật X ngày … năm 1991" with no version of 1991 known: one key, the year apart
    k = reference_keys(
        result(
            "r.txt",
            [
                ref(
                    "Luật Bảo vệ rừng năm 1991",
                    None,
                    kind="named",
                    name="Luật Bảo vệ rừng năm 1991",
                    year=1991,
                ),
                ref("Luật Bảo vệ rừng", None, kind="named", name="Luật Bảo vệ rừng", date="1991-08-19"),
                ref("Luật Bảo vệ rừng (2004)", None, kind="named", name="Luật Bảo vệ rừng (2004)", year=2004),
                ref("Luật Đất đai 2013", None, kind="named", name="Luật Đất đai 2013", year=1993),
            ],
        )
    )
    assert [i.key for i in k] == [
        "named:luat-bao-ve-rung:1991",
        "named:luat-bao-ve-rung:1991",
        "named:luat-bao-ve-rung:2004",
        "named:luat-dat-dai-2013:1993",  # a year in the name that is not the version's stays in the name
    ]


def test_short_reference_follows_its_antecedent():
    k = keys(
        [
            ref("Pháp lệnh số 34/2007/PL-UBTVQH11", "34/2007/PL-UBTVQH11"),
            ref("Pháp lệnh số 34", None, kind="short", antecedent=0),
        ]
    )
    assert k == ["PL-UBTVQH11:34:2007", "PL-UBTVQH11:34:2007"]


def test_conflicting_issuer_codes_are_kept_and_flagged():
    infos = reference_keys(
        result(
            "r.txt",
            [
                ref("CT 33", "33/CT-TTg", date="2021-11-26"),
                ref("CT 33 UBND", "33/CT-UBND", date="2021-11-26"),
            ],
            province="An Giang",
        )
    )
    assert infos[0].key != infos[1].key
    assert all("conflicting_issuer" in i.flags for i in infos)


def test_report_key_and_ids_are_url_safe():
    r = result("r.txt", [], number_symbol="876/BC-VP", date="2021-06-07", province="Quảng Ngãi")
    info = report_key(r)
    assert info.key == "BC-VP:876:2021:quang-ngai"
    assert info.id == "bc-vp-876-2021-quang-ngai"
    assert "/" not in key_id("KL/TW:114:XI")


def test_annotate_keys_fills_resolved_or_warns():
    r = result(
        "r.txt",
        [ref("CT 33", "33/CT-TTg", date="2021-11-26"), ref("KH 12", "12/KH-UBND")],
        province="An Giang",
    )
    annotate_keys(r)
    assert r.references[0].resolved == {
        "number_symbol": "33/CT-TTg",
        "key": "CT-TTg:33:2021",
        "id": "ct-ttg-33-2021",
    }
    assert r.references[1].resolved is None
    assert any(w.startswith("unresolved:") for w in r.references[1].warnings)


def test_the_chief_justices_documents_are_one_national_series() -> None:
    """ "Chỉ thị số 01/2024/CT-CA" cited by two provinces' courts is one document (holdout35): CA, the Chánh
    án Tòa án nhân dân tối cao, is central; shared with a Công an's CA in local joint codes, it implies no
    issuer on its own."""
    from ingest.vocab import vocab

    assert issuer_scope("CA") == "central"
    assert vocab().implied_issuer("CA") is None


def test_a_symbol_of_a_type_code_alone_is_national_with_no_issuer_body():
    """ "Sắc lệnh số 76/SL" (real-text audit r45): SL is the type's code, not an issuer's; the decree of the
    President is one national document, not "SL" of the citing province."""
    a = keys([ref("Sắc lệnh 76", "76/SL", date="1950-05-20")], province="Nam Định")
    b = keys([ref("Sắc lệnh 76", "76/SL", date="1950-05-20")], province="Huế")
    assert a == b == ["SL:76:1950"]
    ps = parse_symbol("76/SL")
    assert ps is not None and (ps.type_code, ps.issuer_code, ps.scope) == ("SL", None, "central")


def test_the_old_dash_form_with_one_code_is_the_slash_form():
    """ "Nghị định số 64-CP ngày 27/9/1993", "Quyết định số 217-HĐBT", "Nghị định số 37-NĐ": the Government's
    and the 1940s-1990s symbols with one code after a dash are national documents keyed like "64/CP", not
    one unresolved node per citing report (which split the document across reports)."""
    dash = keys([ref("Nghị định 64", "64-CP", date="1993-09-27")], province="An Giang")
    slash = keys([ref("Nghị định 64", "64/CP", date="1993-09-27")], province="Huế")
    assert dash == slash == ["CP:64:1993"]
    assert keys([ref("Quyết định 217", "217-HĐBT", date="1987-11-14")]) == ["HĐBT:217:1987"]
    assert keys([ref("Nghị định 37", "37-NĐ", date="1945-10-01")]) == ["NĐ:37:1945"]
    ps = parse_symbol("217-HĐBT")
    assert ps is not None and (ps.issuer_code, ps.scope, ps.doc_type) == ("HĐBT", "central", None)
    # a Party symbol and a local code keep their own readings
    assert parse_symbol("45-UB") is None
    assert parse_symbol("15-CT/TW").party
