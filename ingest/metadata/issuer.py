"""The report's issuing body and province: the header's left column, read against the known
bodies, and the province the text names.
"""

from __future__ import annotations

import re
from collections import Counter
from functools import lru_cache

from ingest import gazetteer
from ingest.issuer_text import tidy_issuer
from ingest.metadata.base import (
    LEVEL_RE,
    LEVEL_WORDS,
    MD_ESCAPE,
    NATIONAL,
    ODD_WS,
    RULE_RUN,
    WS_RUN,
    Line,
    is_upper_line,
    issuer_code,
    may_be_national,
    national_part,
    number_search,
    page_furniture,
    province_lookup,
    to_upper,
    vocab,
)
from ingest.models import DocumentMeta
from ingest.symbols import PARTY_BODY
from ingest.vocab import load_data, party_types


def parse_issuer(text: str, header: list[Line], number_line: Line | None, meta: DocumentMeta) -> None:
    v = vocab()
    orgs = _header_orgs(header, number_line, text) if meta.kind != "article" else []
    province = None
    org_name = None
    if orgs and len(orgs) == 1 and orgs[0] == v.cfg.get("central_committee_line"):
        # "BAN CHẤP HÀNH TRUNG ƯƠNG ⏐ ĐOÀN TNCS HỒ CHÍ MINH": the Central Committee of the motto's organisation
        motto = _header_motto(text, header, number_line)
        orgs = [motto, *orgs] if motto else orgs
    if orgs:
        org_name, province = _org_name(orgs)
    if province is None and meta.place:
        province = province_lookup(meta.place)
        if province is None and _names_province(text, meta.place):
            province = meta.place
    if province is None and (meta.kind == "article" or meta.place or org_name or number_line is None):
        # a headless page (no number line, as an article): the province its text names
        province = _mentioned_province(text, meta)
    code = issuer_code(meta.symbol) if meta.symbol else None
    if code and org_name and number_line is not None:
        code = _header_code_diacritic(code, org_name, number_line, meta)
    central = code in v.issuers and v.issuers[code][1] == "central" if code else False
    if not central and org_name and province and not LEVEL_RE.search(to_upper(org_name)):
        # "BỘ LAO ĐỘNG - THƯƠNG BINH VÀ XÃ HỘI" numbering its reports "…/BC-LĐTBXH": central by name, as is
        # a unit under a central parent ("BỘ TÀI CHÍNH / CỤC QUẢN LÝ CÔNG SẢN", holdout22)
        central = _central_by_name(org_name) or (len(orgs) > 1 and _central_by_name(orgs[0]))
    if central and not (orgs and province and org_name and LEVEL_RE.search(to_upper(org_name))):
        province = None  # a ministry's report written in Hà Nội is not about Hà Nội
    meta.province = province
    if (
        org_name
        and province
        and _bare_local_body(org_name)
        and _own_province(header, org_name, province, meta)
    ):
        # "ỦY BAN NHÂN DÂN | CỘNG HÒA …": a page's header row that lost the body's second line; the
        # enacting line ("ỦY BAN NHÂN DÂN TỈNH PHÚ THỌ") or the place names the province
        org_name = f"{org_name} {_level(province)} {province}"
    if central and org_name and code in v.issuers and org_name != v.issuers[code][0]:
        org_name = _cut_central_name(org_name, v.issuers[code][0])
    unit = _central_unit(org_name, code)
    if unit:
        meta.issuer = unit
        return
    department = _lost_department(org_name, code, province)
    if department:
        meta.issuer = department
        return
    if org_name:
        meta.issuer = org_name
        return
    joint = _joint_issuer(meta.symbol) if meta.symbol else None
    if joint:
        meta.issuer = joint
        return
    if code and code in v.issuers:
        name, scope = v.issuers[code]
        if meta.doc_type and meta.doc_type not in party_types() and PARTY_BODY.search(name):
            return  # "Số: 02/CĐ-TW" of a Công điện: a steering committee's TW, no Party body (r46)
        if scope == "local" and province:
            meta.issuer = (
                f"{name} {province}" if _is_committee(name) else f"{name} {_level(province)} {province}"
            )
        elif scope == "local":  # a district or town named with its level ("Thị xã Tân Châu"), else unknown
            m = re.match(r"^(Thành phố|Thị xã|Thị trấn|Huyện|Quận)\s+(.+)$", meta.place or "")
            meta.issuer = (
                f"{name} {m.group(1).lower()} {m.group(2)}" if m and not _is_committee(name) else None
            )
        else:
            meta.issuer = name


def _header_code_diacritic(code: str, org_name: str, number_line: Line, meta: DocumentMeta) -> str:
    """The own number's code as the header's body proves it: "TỈNH ỦY THỪA THIÊN HUẾ ⏐ Số 445-KL/TƯ" is OCR's
    Ư for the Tỉnh ủy's TU, not the Party's spelling of TW that the number reader took it for (real-text
    audit r32; as code_repairs._folded_code does for a reference with its issuer stated)."""
    if not meta.symbol or not meta.symbol.endswith(code):
        return code
    body = gazetteer.body_by_name(org_name)
    own = body.get("code") if body else None
    if not own or own == code:
        return code
    m = number_search(number_line.clean)
    written = re.split(r"[/.\-]", re.sub(r"\s+", "", m.group("code")))[-1] if m else ""
    if written == own or gazetteer.fold(written) != gazetteer.fold(own):
        return code
    meta.symbol = meta.symbol[: -len(code)] + own
    if meta.number_symbol and meta.number_symbol.endswith(code):
        meta.number_symbol = meta.number_symbol[: -len(code)] + own
    meta.warnings.append(f"own number's code {written} read as {own} (the header's body)")
    return own


def _cut_central_name(org_name: str, code_name: str) -> str:
    """The central body its symbol's code names when the header line is only the start of that name:
    a page's header row cut inside it ("BỘ VĂN HOÁ, THỂ THAO | CỘNG HÒA …": real-text audit r31)."""
    cut, full = to_upper(org_name), to_upper(code_name)
    if len(cut) < len(full) and full.startswith(cut) and full[len(cut)] == " " and _body_lookup(cut) is None:
        return code_name
    return org_name


def _lost_department(org_name: str | None, code: str | None, province: str | None) -> str | None:
    """A department's document whose header kept only the committee above it ("ỦY BAN NHÂN DÂN |
    CỘNG HÒA …" over "Số: 681/HD-SGDĐT"): the department its own symbol's code names, of the
    committee's province."""
    if not org_name or not code:
        return None
    v = vocab()
    rule = v.cfg.get("committee_departments", {})
    committee = next((c for c in rule.get("committees", ()) if org_name.startswith(c)), None)
    if committee is None or code not in v.issuers:
        return None
    name, scope = v.issuers[code]
    if scope != "local" or not any(name == h or name.startswith(h + " ") for h in rule.get("heads", ())):
        return None
    rest = org_name[len(committee) :].strip()
    if rest and (not province or not rest.endswith(province)):
        return None  # a district's committee, or a place not the province's
    return f"{name} {_level(province)} {province}" if province else name


@lru_cache(maxsize=1)
def _unit_parents() -> dict[str, str]:
    """Code -> the ministry a central unit's header names above it (issuer_codes.json "parent")."""
    codes = load_data("issuer_codes.json").get("codes", {})
    return {c: info["parent"] for c, info in codes.items() if info.get("parent")}


def _central_unit(org_name: str | None, code: str | None) -> str | None:
    """A central unit's document whose header kept only its ministry's line, or ran both into one
    ("BỘ TÀI CHÍNH | …" or "BỘ TÀI CHÍNH TỔNG CỤC THUẾ" over "Số: 4715/TCT-KK"): the unit its own
    symbol's code names (real-text audit r20)."""
    if not org_name or not code:
        return None
    parent = _unit_parents().get(code)
    if parent is None or not org_name.casefold().startswith(parent.casefold()):
        return None
    return vocab().issuers[code][0]


def _bare_local_body(name: str) -> bool:
    """A People's Council or Committee named without its place ("Ủy ban nhân dân")."""
    return name in vocab().cfg.get("bare_local_bodies", ())


def _own_province(header: list[Line], org_name: str, province: str, meta: DocumentMeta) -> bool:
    """The header names `province` as the body's own: an upper-case line "<BODY> TỈNH|THÀNH PHỐ
    <PROVINCE>" (the enacting line under the title), or the place is the province itself."""
    body = to_upper(org_name)
    want = tuple(_dashes(f"{body} {level} {to_upper(province)}") for level in ("TỈNH", "THÀNH PHỐ"))
    if any(any(w in _dashes(to_upper(ln.clean)) for w in want) for ln in header if is_upper_line(ln.clean)):
        return True
    # the place as written, in the old tone placement too ("Thanh Hoá", "Khánh Hoà": real-text audit r15),
    # a centrally-run city's with its level ("Thành phố Hồ Chí Minh, ngày …": real-text audit r18)
    place = _dashes(to_upper(meta.place or ""))
    own = _dashes(to_upper(province))
    return bool(place) and (place == own or (place == f"THÀNH PHỐ {own}" and _level(province) == "thành phố"))


def _dashes(s: str) -> str:
    """A hyphenated name's dash, spaced or not, hyphen or en dash ("BÀ RỊA – VŨNG TÀU", "Bà Rịa–Vũng
    Tàu" as the gazetteer's "Bà Rịa - Vũng Tàu"; real-text audit r14)."""
    return re.sub(r"\s*[-–—]\s*", " - ", s)


def _joint_issuer(symbol: str) -> str | None:
    """The issuers a joint symbol's codes name, when each is a central body ("…/NQLT-UBTVQH15-CP-ĐCTUBTWMTTQVN":
    "Ủy ban Thường vụ Quốc hội, Chính phủ và Đoàn Chủ tịch Ủy ban Trung ương Mặt trận Tổ quốc Việt Nam"), for a
    header whose organisation line is too long to read as one."""
    v = vocab()
    parts = symbol.split("/")[-1].split("-")
    if parts[0] not in v.type_codes or len(parts) < 3:
        return None
    names = [v.issuers.get(p.rstrip("0123456789"), (None, None)) for p in parts[1:]]
    if any(scope != "central" or not name for name, scope in names):
        return None
    bodies = [name for name, _ in names if name]
    return f"{', '.join(bodies[:-1])} và {bodies[-1]}"


def _is_committee(name: str) -> bool:
    """Party committees named after their place without a level word: Tỉnh ủy, Thành ủy, Huyện ủy."""
    return name.split()[-1].lower() in ("ủy", "uỷ") and len(name.split()) == 2


def _level(province: str) -> str:
    """'thành phố' for centrally-run cities, else 'tỉnh' (the gazetteer's full name when it exists)."""
    found = gazetteer.province_by_name(province)
    if found is not None and isinstance(found.get("full_name"), str):
        return "thành phố" if found["full_name"].lower().startswith("thành phố") else "tỉnh"
    return "thành phố" if province in vocab().cfg.get("municipalities", []) else "tỉnh"


def _names_province(text: str, place: str) -> bool:
    """The text names `place` as a province: "tỉnh X", or X is a centrally-run city ("thành phố
    Bảo Lộc" is a city of Lâm Đồng, not a province)."""
    return bool(re.search(rf"(?i:tỉnh)\s+{re.escape(place)}\b", text)) or place in vocab().cfg.get(
        "municipalities", []
    )


def _mentioned_province(text: str, meta: DocumentMeta) -> str | None:
    """The province a document is about when its header does not say: a "An Giang:" title prefix,
    else the province named most often in its body (the gazetteer's matches when it exists)."""
    if meta.title:
        m = re.match(r"^([A-ZĐ][^\W\d_]*(?:\s[A-ZĐ][^\W\d_]*){0,3})\s*:", meta.title)
        if m:
            found = province_lookup(m.group(1))
            if found or _names_province(text, m.group(1)):
                return found or m.group(1)
    # the opening of a long text: where a page is set (its body may go through many provinces)
    body = text[: min(meta.boilerplate_start or len(text), PROVINCE_REACH)]
    # a text written after the 1 July 2025 merger belongs to one of the 34 units: the former provinces it
    # names ("tỉnh Kiên Giang (cũ)") are not its own
    merged = (meta.date or "")[:7] >= MERGER_MONTH
    counts = Counter(
        p["name"] for _, _, p in gazetteer.find_provinces(body) if not (merged and p.get("era") == "pre-2025")
    )
    top = counts.most_common(2)
    if top and (len(top) == 1 or (top[0][1] >= 2 and top[0][1] >= 2 * top[1][1])):
        return top[0][0]
    return None


PROVINCE_REACH = 8000  # characters of a headless text searched for the province it names
MERGER_MONTH = "2025-07"  # the provinces merged under Nghị quyết 202/2025/QH15 from 1 July 2025
_COLUMN_GAP = re.compile(r"[ \t]{3,}")


def _left_column(text: str | None, ln: Line) -> str:
    """The line, or only its left column when a two-column header was flattened into it with a run
    of spaces and that column is upper-case ("TỈNH ỦY          Quảng Ninh, ngày 10 tháng 3 …")."""
    raw = text[ln.start : ln.end] if text is not None else ""
    if "   " not in raw and "\t" not in raw:
        return ln.clean
    cols = _COLUMN_GAP.split(raw.strip(), 1)
    left = " ".join(MD_ESCAPE.sub("", cols[0]).replace("*", " ").split())
    return left if len(cols) == 2 and left and is_upper_line(left) else ln.clean


def _header_orgs(header: list[Line], number_line: Line | None, text: str | None = None) -> list[str]:
    """Upper-case organisation lines of the header ("ỦY BAN NHÂN DÂN", "TỈNH AN GIANG"); of a flattened
    two-column header, the left column (`text`: the document, when the caller has it)."""
    orgs: list[str] = []
    for ln in header:
        if number_line is not None and ln.start >= number_line.start:
            break
        if _surely_long(ln.clean):  # not an upper-case organisation line, and not empty
            if orgs:
                break
            continue
        rest = _national_sub(_left_column(text, ln))
        rest = RULE_RUN.sub(" ", rest)
        if "  " in rest or ODD_WS.search(rest):  # else collapsing whitespace changes nothing
            rest = WS_RUN.sub(" ", rest)
        rest = rest.strip(" .:|-…_•")  # "XÃ ……….": a template's blank name; "• ỦY BAN …": a page's bullet
        if not rest:
            continue
        if not is_upper_line(rest):
            if orgs:
                break
            continue
        s = to_upper(rest)
        if national_part(s):  # "CỘNG HÒA XÃ HỘI CHỦ⏎NGHĨA VIỆT NAM": the national name wrapped
            continue
        if any(h == s for h, _ in vocab().headings) or len(s) > 90 or _not_org_line(s):
            if orgs:
                break
            continue
        if _is_draft_mark(s) or ("ĐOÀN" in s and s in _mottos()):
            continue  # "ĐOÀN TNCS HỒ CHÍ MINH": a mass organisation's motto line, no unit (`_header_motto`)
        if not orgs and _site_word(s):
            continue  # "ADSENSE", "DOWNLOAD": a site's chrome above a glued header (real-text audit r18)
        if number_line is None and not orgs and _continues_unit(s):
            # a headless page: an upper-case line that opens with no organisation word and names no
            # known body is a site's category ("ĐẠI HỘI ĐẢNG CÁC CẤP") or an author's byline ("LÊ TRÀ")
            continue
        orgs.append(s)
    return orgs


def _site_word(s: str) -> bool:
    """One unaccented word with vowels, no code or body a header names ("ADSENSE"): not an organisation
    (Vietnamese organisation lines carry marks or are acronyms without vowels: "BHXH", "UBND")."""
    return (
        4 <= len(s) <= 12
        and s.isascii()
        and s.isalpha()
        and not _acronym(s)
        and s not in vocab().issuers
        and s not in vocab().proper_names
    )


@lru_cache(maxsize=1)
def _mottos() -> dict[str, str]:
    return {k: v for k, v in vocab().cfg.get("header_org_mottos", {}).items() if not k.startswith("_")}


def _header_motto(text: str, header: list[Line], number_line: Line | None) -> str | None:
    """The mass organisation a header's motto names ("ĐOÀN TNCS HỒ CHÍ MINH" in the right column, or on a
    line of its own), on the header's lines up to the number line's end (report_meta.json
    header_org_mottos)."""
    mottos = _mottos()
    for ln in header:
        if number_line is not None and ln.start > number_line.start:
            break
        raw = text[ln.start : ln.end]
        if "ĐOÀN" not in raw and "Đoàn" not in raw:
            continue
        up = " ".join(to_upper(raw).split())
        for k, v in mottos.items():
            if k in up:
                return v
    return None


@lru_cache(maxsize=1)
def _not_org_patterns() -> tuple[re.Pattern[str], ...]:
    return tuple(re.compile(p) for p in vocab().cfg.get("header_not_org_lines", ()))


def _not_org_line(s: str) -> bool:
    """An upper-case line that is no organisation (report_meta.json header_not_org_lines): a numbered
    section heading ("I. MỤC ĐÍCH, YÊU CẦU"), a document number, a heading with a year. On a headless
    web page such a line is the first upper-case one, and was read as the issuer."""
    return page_furniture(s) or any(p.search(s) for p in _not_org_patterns())


def _is_draft_mark(s: str) -> bool:
    """A draft's mark at the margin of a header line ("DỰ THẢO", "DỰ THẢO LẦN 2"; report_meta.json
    header_draft_marks)."""
    return any(s == m or s.startswith(m + " ") for m in vocab().cfg.get("header_draft_marks", ()))


_SHRINKING = " -_=*–—.:|"  # what the clean-up of a header line may drop, besides other spaces
SURELY_LONG = 2000  # characters: longer lines are never organisation lines


def _surely_long(s: str) -> bool:
    """The header clean-up of `s` (`_header_orgs`) keeps more than 250 characters: too long for an
    upper-case line. Only characters in _SHRINKING or whitespace are dropped, unless a national
    motto is cut out (then this says False). A line of more than SURELY_LONG characters is long
    without looking further: the national name and motto, all a clean-up cuts besides spaces and
    rules, would have to fill nearly all of it (a paragraph of a headless page is not searched for
    them, which cost a tenth of the metadata's time on such pages)."""
    if len(s) <= 250:
        return False
    if len(s) > SURELY_LONG:
        return True
    for w in (s[:600], s) if len(s) > 600 else (s,):  # what a prefix keeps is a lower bound
        if len(w) - sum(w.count(c) for c in _SHRINKING) - len(ODD_WS.findall(w)) > 250:
            return not may_be_national(s)
    return False


def _national_sub(s: str) -> str:
    """`s` without the national name and motto, also their parts when OCR read a two-column header
    across the columns and interleaved them with the issuer's words ("HUYỆN Độc lập - Tự do - HẢI HẬU
    Hạnh phúc", holdout17)."""
    if not may_be_national(s):
        return s
    s = NATIONAL.sub(" ", s)
    return _MOTTO_PARTS.sub(" ", s) if may_be_national(s) else s


_MOTTO_PARTS = re.compile(r"(?i)đ[ộo]c\s+l[ậa]p\s*[-–—]\s*t[ựu]\s+do\s*[-–—]?|h[ạa]nh\s+ph[úu]c")


# a Party committee named by its level ("HUYỆN ỦY LỤC NGẠN", "TỈNH ỦY", "THỊ ỦY"): a unit, not a place line
_COMMITTEE_LINE = re.compile(r"^(?:THÀNH|TỈNH|HUYỆN|QUẬN|THỊ|ĐẢNG)\s+[ỦU][YỶ](?:\s|$)")


def _continues_unit(s: str) -> bool:
    """A header line that opens with no organisation word (report_meta.json header_unit_heads) and
    names no known body: the rest of the unit name above it."""
    heads = vocab().cfg.get("header_unit_heads", ())
    first = s.split(" ", 1)[0]
    if any(s == h or s.startswith(h + " ") or first == h for h in heads):
        return False
    return s not in vocab().proper_names and _body_lookup(s) is None


_COMMITTEE_OF = "BAN CHẤP HÀNH "  # "BAN CHẤP HÀNH TRUNG ƯƠNG": its organs are named "… Trung ương"


# a body's line that ends in its level word, the place's name left for the next line
_LEVEL_ALONE = re.compile(rf"\s(?:{LEVEL_WORDS}|TP\.)$")
# a line that opens with a level word: the place of the body on the line above ("ỦY BAN NHÂN DÂN⏎TỈNH AN GIANG")
_LEVEL_OPENS = re.compile(rf"^({LEVEL_WORDS}|XÃ|TP\.)(?:\s|$|(?<=\.)\w)")


def _org_name(orgs: list[str]) -> tuple[str | None, str | None]:
    """(issuer name, province) from header organisation lines, parent first."""
    merged: list[str] = []
    for s in orgs:
        if merged and (merged[-1].endswith(",") or s.startswith("VÀ ")):
            # "BỘ VĂN HÓA,⏎THỂ THAO⏎VÀ DU LỊCH": a name wrapped inside its list of fields (real-text audit r31)
            merged[-1] = f"{merged[-1]} {s}"
        elif (
            merged
            and s not in vocab().proper_names
            and not _COMMITTEE_LINE.match(s)
            and _LEVEL_OPENS.match(s)
        ):
            merged[-1] = f"{merged[-1]} {s}"
        elif merged and _LEVEL_ALONE.search(merged[-1]) and s not in vocab().proper_names:
            # "ỦY BAN NHÂN⏎DÂN⏎TỈNH⏎KHÁNH HÒA": the level word on its own line, the place on the next (r14)
            merged[-1] = f"{merged[-1]} {s}"
        elif merged and _province_wraps(merged[-1], s):
            # "TỈNH BÌNH⏎PHƯỚC": a narrow header cell wrapped inside the province's name (real-text audit r18)
            merged[-1] = f"{merged[-1]} {s}"
        elif len(merged) == 1 and _head_alone(merged[0], s):
            # "VIỆN⏎KIỂM SÁT NHÂN DÂN⏎TỐI CAO", "TÒA ÁN⏎NHÂN DÂN TỈNH …": a narrow header cell leaves the
            # body's head word alone on the first line (real-text audit r24)
            merged[0] = f"{merged[0]} {s}"
        elif len(merged) == 1 and _central_by_name(f"{merged[0]} {s}"):
            merged[0] = f"{merged[0]} {s}"  # "NGÂN HÀNG NHÀ NƯỚC⏎VIỆT NAM": a central body's name wrapped
        elif len(merged) >= 2 and _continues_unit(s):
            merged[-1] = f"{merged[-1]} {s}"  # a unit's long name wrapped over header lines
        else:
            merged.append(s)
    province = None
    parent_scope = None
    known = vocab().proper_names
    for s in merged:
        body = _body_lookup(s)
        if body is not None:  # "TỈNH ỦY AN GIANG", "ỦY BAN NHÂN DÂN TỈNH AN GIANG"
            province = body[1] or province
            m = None if body[1] is None else LEVEL_RE.search(s)
        else:
            m = None if s in known else LEVEL_RE.search(s)
            if m and m.group(1) in ("TỈNH", "THÀNH PHỐ", "TP."):
                name = m.group(2).title()
                # "THÀNH PHỐ BẢO LỘC" that is no province is a city of one: the body names its province
                province = province_lookup(name) or (name if m.group(1) == "TỈNH" else province)
        if m:
            parent_scope = (m.group(1), m.group(2))
    unit = merged[-1]
    if len(merged) > 1 and unit == vocab().cfg.get("central_committee_line") and "ĐẢNG" not in merged[-2]:
        # "HỘI NÔNG DÂN VIỆT NAM⏎BAN CHẤP HÀNH TRUNG ƯƠNG": that organisation's Central Committee, not the Party's
        return f"{_proper(unit)} {_proper(merged[-2])}", province
    body = _body_lookup(unit)
    if (body is None or not (body[1] or body[2])) and parent_scope and len(merged) > 1:
        # "SỞ NỘI VỤ" under "UBND TỈNH AN GIANG"; "TỈNH ỦY" under "ĐẢNG BỘ TỈNH BẮC GIANG"
        body = _body_lookup(f"{unit} {parent_scope[0]} {parent_scope[1]}") or _body_lookup(
            f"{unit} {parent_scope[1]}"
        )
    if (body is None or not (body[1] or body[2])) and len(merged) > 1:
        # "BAN DÂN VẬN" under "TỈNH ỦY QUẢNG TRỊ": the organ of the committee above; "BAN TỔ CHỨC" under
        # "BAN CHẤP HÀNH TRUNG ƯƠNG": the Central Committee's organ, "Ban Tổ chức Trung ương" (holdout27)
        body = (
            _body_lookup(f"{unit} {merged[-2]}")
            or _body_lookup(f"{unit} {merged[-2].removeprefix(_COMMITTEE_OF)}")
            or body
        )
    if body is not None and (body[1] or body[2]):
        return body[0], body[1] or (None if body[2] else province)
    if _COMMITTEE_LINE.match(unit) and len(unit.split()) > 2:  # "HUYỆN ỦY LỤC NGẠN" -> "Huyện ủy Lục Ngạn"
        head = " ".join(unit.split()[:2])
        rest = unit[len(head) :].strip()
        if parent_scope and rest.endswith(f" {parent_scope[0]}"):  # "ĐẢNG ỦY ỦY BAN NHÂN DÂN TỈNH"
            return f"{_proper(head)} {_proper(rest)} {parent_scope[1].title()}", province
        return f"{_proper(head)} {rest.title()}", province
    m = None if unit in known else LEVEL_RE.search(unit)
    if m:
        if not unit[: m.start()].strip():
            # a unit with no body before it ("PHƯỜNG ĐỨC XUÂN TỔ CHỨC LẤY Ý KIẾN …", a news heading; real-text
            # audit r67) names no issuer: the place only
            return None, province
        return _proper(
            unit[: m.start()].strip()
        ) + f" {_proper_level(m.group(1))} {m.group(2).title()}", province
    if parent_scope and len(merged) > 1:
        parent = merged[-2]
        parent_head = parent[: lv.start()].strip() if (lv := LEVEL_RE.search(parent)) else ""
        name = _proper(unit)
        scope = f"{_proper_level(parent_scope[0])} {parent_scope[1].title()}"
        if unit.startswith("VĂN PHÒNG") and parent_head in ("UBND", "ỦY BAN NHÂN DÂN"):
            return f"{name} UBND {scope}", province
        if _is_committee(name):  # "Tỉnh ủy Bắc Giang", not "Tỉnh ủy tỉnh Bắc Giang"
            return f"{name} {parent_scope[1].title()}", province
        committee = vocab().cfg.get("party_committees", {}).get(parent_scope[0])
        organs = tuple(vocab().cfg.get("party_committee_organs", ("BAN ",)))
        if parent_head == "ĐẢNG BỘ" and committee and unit.startswith(organs):
            return f"{name} {committee} {parent_scope[1].title()}", province  # Ban Tuyên giáo Tỉnh ủy X
        kind = parent_head.split()[0] if parent_head else ""
        if kind and unit.endswith(f" {kind}") and len(unit.split()) > 1:
            # "SỞ Y TẾ TỈNH NGHỆ AN⏎THANH TRA SỞ" (holdout25): a unit named by the kind of the body above
            # ("Thanh tra Sở", "Văn phòng Sở") is that body's: "Thanh tra Sở Y tế tỉnh Nghệ An"
            own = _proper(unit[: -len(kind)].strip())
            return f"{own} {tidy_issuer(_proper(parent_head))} {scope}", province
        prefixes = tuple(vocab().cfg.get("organ_unit_prefixes", {}).get(parent_head, ()))
        if parent_head and (
            unit in vocab().cfg.get("organ_units", ()) or (prefixes and unit.startswith(prefixes))
        ):
            return f"{name} {tidy_issuer(_proper(parent_head))} {scope}", province  # organ of the body above
        place = parent_scope[1]
        if unit.endswith(f" {place}"):  # "… VÀ CÁC KCN QUẢNG NGÃI" under "TỈNH QUẢNG NGÃI": named already
            return f"{name[: -len(place)]}{place.title()}", province
        if name.endswith(f" {_proper_level(parent_scope[0])}"):  # "… PHÁP LUẬT TỈNH" under "UBND TỈNH X"
            return f"{name} {parent_scope[1].title()}", province
        return f"{name} {scope}", province
    return _proper(unit), province


def _head_alone(first: str, s: str) -> bool:
    """`first` is only a body's head word ("VIỆN", "TÒA ÁN", "BỘ": its first word one of
    report_meta.json header_unit_heads, at most two words, no body by itself) and `s` goes on with the
    body's name: it opens with no head word of its own, or the two lines name a known body."""
    if len(first) > 12 or len(first.split()) > 2 or first.split(" ", 1)[0] not in _head_words():
        return False
    if _body_lookup(first) is not None or LEVEL_RE.match(f"{first} {s}") is not None:
        return False  # "TỈNH⏎BẮC GIANG": a level and its place, merged by the level rules
    return (
        s.split(" ", 1)[0] not in _head_words()
        or _body_lookup(f"{first} {s}") is not None
        # "THƯỜNG TRỰC⏎HĐND - UBND TỈNH …": an organ (report_meta.json organ_units) on the top line has no
        # body above it; it is the organ of the body below (real-text audit r51: "Thường trực" was lost)
        or first in vocab().cfg.get("organ_units", ())
    )


@lru_cache(maxsize=1)
def _head_words() -> frozenset[str]:
    """The first words of report_meta.json header_unit_heads ("VIỆN", "TÒA", "ỦY", "CHI" …)."""
    return frozenset(h.split(" ", 1)[0] for h in vocab().cfg.get("header_unit_heads", ()))


def _province_wraps(line: str, s: str) -> bool:
    """`line` ends in a province's level and a name that is no province ("TỈNH BÌNH"), and the name goes on
    in the short line `s` to one that is ("PHƯỚC": Bình Phước)."""
    if len(s) > 20 or len(s.split()) > 2:
        return False
    m = LEVEL_RE.search(line)
    if m is None or m.group(1) not in ("TỈNH", "THÀNH PHỐ", "TP.") or province_lookup(m.group(2).title()):
        return False
    return province_lookup(f"{m.group(2)} {s}".title()) is not None


@lru_cache(maxsize=1024)
def _central_by_name(name: str) -> bool:
    """A central body named in a header ("Bộ Lao động - Thương binh và Xã hội"), via the gazetteer."""
    body = _body_lookup(name)
    return body is not None and body[2]


def _body_lookup(name: str) -> tuple[str, str | None, bool] | None:
    """(canonical name, province name, central?) of a body the gazetteer knows."""
    body = gazetteer.body_by_name(name)
    if body is None:
        return None
    prov = gazetteer.province(body["province"]) if body.get("province") else None
    return body["name"], (prov or {}).get("name"), body.get("level") == "central"


def _proper_level(level: str) -> str:
    return "thành phố" if level == "TP." else level.lower()


_VOWELS = frozenset("aeiouy")


def _acronym(word: str) -> bool:
    """An upper-case word of two or more letters and no vowel ("KCN", "KKT", "CNTT"): an acronym."""
    letters = [c for c in word if c.isalpha()]
    return len(letters) >= 2 and word.isupper() and not _VOWELS.intersection(gazetteer.fold(word))


def _named_school(upper: str) -> str | None:
    """A school's kind and proper name ("TRƯỜNG THCS NGUYỄN TRÃI" → "Trường THCS Nguyễn Trãi";
    report_meta.json named_school_heads; real-text audit r56), or its kind alone; None for another name."""
    cfg = vocab().cfg
    for head, written in cfg.get("named_school_heads", {}).items():
        if len(upper) == len(head) - 1 and head.startswith(upper):
            return str(written)  # the kind alone, its place split off ("TRƯỜNG MẦM NON" + "XÃ …")
        if upper.startswith(head) and len(upper) > len(head):
            levels = cfg.get("named_school_level_words", ())
            name = [w.lower() if w in levels else w.capitalize() for w in upper[len(head) :].split()]
            return f"{written} {' '.join(name)}"
    return None


def _proper(upper: str) -> str:
    if upper in vocab().proper_names:
        return vocab().proper_names[upper]
    if upper.startswith("TRƯỜNG ") and (school := _named_school(upper)) is not None:
        return school
    words = upper.split()
    out = []
    for i, w in enumerate(words):
        if w in vocab().issuers or w in vocab().type_codes or _acronym(w):  # UBND, HĐND, BCĐ, KCN
            out.append(w)
        elif i == 0:
            out.append(w.capitalize())
        else:
            out.append(w.lower())
    name = " ".join(out)
    for known in vocab().proper_names.values():  # keep capitals of known bodies: "Sở Nội vụ"
        if name.lower().startswith(known.lower()):
            name = known + name[len(known) :]
            break
    return name
