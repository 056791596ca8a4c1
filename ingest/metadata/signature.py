"""The end of the document: recipients ("Nơi nhận", "Kính gửi") and the signer with their capacity."""

from __future__ import annotations

import re
from functools import cache

from ingest.metadata.base import (
    LEVEL_RE,
    LEVEL_WORDS,
    PERSON,
    Line,
    clean_marked,
    heading_names,
    is_upper_line,
    national_part,
    national_search,
    person,
    to_upper,
    vocab,
)
from ingest.models import DocumentMeta, Signer
from ingest.vocab import vocab as reference_vocab

# the line-opening patterns below run on every line; each is tried only on a line that opens with
# its first letter in a case it admits (what "(?i)" lets match "n", "k", "t")
_NOI_NHAN = re.compile(r"(?i)^nơi nhận\s*:?")


_NOI_NHAN_FIRST = ("n", "N")


_KINH_GUI_FIRST = ("k", "K", "\u212a")  # KELVIN SIGN matches "k" without regard to case


_BULLET = re.compile(r"^[-+•·*–]\s*")


_BULLET_MARK = re.compile(r"^[-+•·*–]")


_KINH_GUI = re.compile(r"(?i)^kính gửi\s*:?\s*(.*)$")


_KINH_GUI_ITEM = re.compile(r"^[-+•*–]")


_APPENDIX_HEAD = re.compile(r"^(PHỤ LỤC|Phụ lục|BIỂU|DANH MỤC)\b")


def parse_end(lines: list[Line], meta: DocumentMeta, text: str | None = None) -> None:
    cfg = vocab().cfg
    heads = tuple(cfg.get("recipient_list_heads", []))
    drop = tuple(cfg.get("recipient_drop", []))
    idx = next(
        (
            i
            for i in range(len(lines) - 1, -1, -1)
            if lines[i].clean.lstrip("| ").startswith(_NOI_NHAN_FIRST)
            and _NOI_NHAN.match(lines[i].clean.lstrip("| "))
        ),
        None,
    )
    kinh_gui = _kinh_gui(lines, text)
    if idx is not None:
        recipients: list[str] = []
        i = idx + 1
        first = re.sub(r"(?i)^nơi nhận\s*:?\s*", "", _left_column(text, lines[idx]).lstrip("| "))
        # "Nơi nhận: | KT. BỘ TRƯỞNG, CHỦ NHIỆM |": a flattened table row whose other cell is the
        # signature block; the first recipient is only what stands before the cell border
        first, _, cell = first.partition("|")
        first = first.strip()
        # "_Nơi nhận:_", "**Nơi nhận:**": the emphasis marker closing the label is no recipient
        first = first.strip("*_ ") if first[:1] in ("*", "_") else first
        # "Nơi nhận: TM. CHÍNH PHỦ", "Nơi nhận: | KT. BỘ TRƯỞNG": a flattened two-column scan put the
        # signature's capacity on the label's line, and maybe more of it between the items: no recipients,
        # the signer's capacity if no block names one (real-text audits r41, r42)
        capacities = [c for c in (first, cell.strip(" |")) if c and _capacity_line(c)]
        if first and first not in capacities:
            recipients.append(first)
        while i < len(lines):
            s = _left_column(text, lines[i])
            if not s:
                i += 1
                continue
            if (
                recipients
                and s[-1:] == ";"
                and recipients[-1].rstrip().endswith(",")
                and 0 < _indent(text, lines[i]) <= _WRAP_INDENT
                and not _BULLET.match(s)
            ):
                # "- VPUB: CVP, các PCVP, KTN,⏎  ĐT, TNMT, HH;": the indented rest of an item cut after a comma,
                # in capitals like a capacity line (real-text audit r77: dropped)
                recipients[-1] = f"{recipients[-1].rstrip()} {s}"
                i += 1
                continue
            if _capacity_line(s):
                # the signature's capacity after the list ("---⏎TM. CHÍNH PHỦ⏎KT. THỦ TƯỚNG⏎…") ends it, never
                # goes on with its last item; one between items ("- Văn phòng Chính phủ;⏎THỨ TRƯỞNG⏎- Các
                # Bộ, …;", a flattened two-column PDF) is passed over (real-text audits r41, r42)
                nxt = next((x.clean for x in lines[i + 1 : i + 4] if x.clean), "")
                if not _BULLET_MARK.match(nxt) or nxt.strip("-–_* ") == "":
                    break
                capacities.append(s)
                i += 1
                continue
            if (
                recipients
                and not _BULLET.match(s)
                and (
                    s[:1].islower()
                    or _indent(text, lines[i]) > 0
                    or (_dashed_list(recipients) and len(s) < _WRAPPED_ITEM_MAX and s[:1].isalnum())
                )
                and _indent(text, lines[i]) <= _WRAP_INDENT
                and not s.lower().startswith("lưu")
                and not recipients[-1].rstrip().endswith((";", ",", "."))
            ):
                # an item wrapped over lines ("- Phòng Tài chính - Kế hoạch⏎  thành phố Vinh;", "- Ban Chỉ đạo
                # Trung ương về phát triển⏎  KHCN, ĐMST và CĐS (để b/c),"; holdout22)
                recipients[-1] = f"{recipients[-1].rstrip()} {s}"
                i += 1
                continue
            if _BULLET.match(s) or (
                len(s) < 150
                and not is_upper_line(s)
                and (s.endswith((";", ";.")) or s.lower().startswith("lưu"))
            ):
                recipients.append(s)
                i += 1
                continue
            if s.lower().rstrip(": ").startswith(heads) and s.rstrip().endswith(":"):
                i += 1  # a second list ("Bản điện tử:"), not recipients proper
                while i < len(lines) and (not lines[i].clean or _BULLET_MARK.match(lines[i].clean)):
                    i += 1
                continue
            break
        if not recipients:
            # a page that kept the "Nơi nhận:" label but lost its list: the addressees are the recipients
            meta.recipients = list(kinh_gui)
        items = (part for r in recipients for part in _GLUED_ITEM.split(r))
        for name in (n for r in items for n in _split_recipients(_clean_recipient(r))):
            if not name:
                continue
            if name.lower().startswith("như trên") and kinh_gui:
                meta.recipients.extend(k for k in kinh_gui if k not in meta.recipients)
                continue
            if name.lower().startswith(drop):
                continue
            if name not in meta.recipients:
                meta.recipients.append(name)
        # a two-column PDF may put the signature block before the "Nơi nhận" list
        after = lines[i : i + 40]
        # the lines after the list up to an appendix ("## Phụ lục⏎MẪU …": a form's signature is not the
        # document's; reached when a capacity line ends the list, real-text audit r42)
        after = after[: next((k for k, x in enumerate(after) if _APPENDIX_HEAD.match(x.clean)), len(after))]
        # the capacity lines passed over in the list head the block: the name may follow the list (holdout46)
        after = [Line(lines[idx].start, lines[idx].end, c) for c in capacities] + after
        meta.signer = _signer(after) or _signer(lines[max(idx - 15, 0) : idx])
        if (meta.signer is None or meta.signer.name is None) and text is not None:
            # or beside it, each line holding both columns apart by a run of spaces
            beside = _signer(_right_column(text, lines[idx : idx + 40]))
            meta.signer = beside if beside is not None and beside.name else meta.signer
        if (meta.signer is None or meta.signer.name is None) and text is not None:
            flat = _flattened_signer(text, lines[idx])  # or in the other cell of a one-row table
            meta.signer = flat if flat is not None and flat.name else meta.signer
        if meta.signer is None and capacities:
            meta.signer = Signer(name=None, capacity=" / ".join(to_upper(c) for c in capacities))
    else:
        meta.recipients = kinh_gui
        meta.signer = _signer(_tail(lines))
    if meta.signer is None or meta.signer.name is None:
        stamped = _stamp_signer(lines)
        if stamped:
            meta.signer = Signer(name=stamped, capacity=meta.signer.capacity if meta.signer else None)


_BOLD_RUN = re.compile(r"\*\*(.+?)\*\*")


def _flattened_signer(text: str, ln: Line) -> Signer | None:
    """The signature in the other cell of a one-row table whose cells' paragraphs were joined on one
    line (mammoth → markdownify: "| **Nơi nhận:** \\- … | **TM. ỦY BAN NHÂN DÂN KT. CHỦ TỊCH PHÓ CHỦ
    TỊCH** **Bùi Đình Long** |"): the bold runs of that cell are the block's lines (holdout26)."""
    cells = text[ln.start : ln.end].strip().strip("|").split("|")
    runs = [m.group(1) for c in cells[1:] for m in _BOLD_RUN.finditer(c)]
    if not runs:
        runs = [r for c in cells[1:] if len(c) < _PLAIN_CELL_MAX for r in _plain_cell_lines(c)]
    block = [Line(ln.start, ln.end, c) for r in runs for c in _joined_capacity(clean_marked(r))]
    return _signer(block) if block else None


_INNER_PREFIX = re.compile(r" (?=(?:TM|KT|TL|TUQ|Q)\. )")


def _joined_capacity(s: str) -> list[str]:
    """The lines of a capacity a one-row table cell joined on one line ("TM. ỦY BAN NHÂN DÂN KT. CHỦ TỊCH
    PHÓ CHỦ TỊCH", "TM. CHÍNH PHỦ THỦ TƯỚNG"; real-text audit r76): split before each inner prefix, and a
    prefix's body (two words at least) apart from the office that follows it (report_meta.json
    signature_titles that name no body, "PHÓ " before one too). Any other line is returned whole."""
    if len(s) >= 120 or not is_upper_line(s) or not to_upper(s).startswith(_signature_vocab()[0]):
        return [s]
    out: list[str] = []
    for piece in _INNER_PREFIX.split(_CAPACITY_DOT.sub(r"\1. ", to_upper(s)).strip()):
        words = piece.split()
        j = next((j for j in range(3, len(words)) if _opens_office(words[j:])), 0)
        if j:
            out += [" ".join(words[:j]), " ".join(words[j:])]
        else:
            out.append(piece)
    return out


def _opens_office(words: list[str]) -> bool:
    """`words` open with an office ("CHỦ TỊCH …", "PHÓ BÍ THƯ …"), not a body's name ("TỈNH ỦY")."""
    rest = " ".join(words[1:] if words[0] == "PHÓ" else words)
    return any(rest == t or rest.startswith(f"{t} ") for t in _office_titles())


@cache
def _office_titles() -> tuple[str, ...]:
    """The signature titles (report_meta.json) that name an office, not a body (no organ's name, not opening
    with an organ's head word): "CHỦ TỊCH", "THỦ TƯỚNG", but not "CHÍNH PHỦ" or "BỘ TRƯỞNG"."""
    bodies, heads = vocab().proper_names, _not_name_heads()
    return tuple(t for t in _signature_vocab()[1] if t not in bodies and not f"{t} ".startswith(heads))


_PLAIN_CELL_MAX = 300  # a signature block's cell; a longer one is text
_CELL_GAP = re.compile(r"[ \t]{3,}")


def _plain_cell_lines(cell: str) -> list[str]:
    """The block's lines in a plain (not bold) cell of a one-row table: the paragraphs were joined by
    runs of spaces, and the copy's mark of the signature stands between the office and the name ("TM.
    CHÍNH PHỦ THỦ TƯỚNG    [ (Đã ký)     Nguyễn Văn A", real-text audit r76)."""
    low = cell.lower()
    for mark in vocab().cfg.get("signature_signed_marks", ()):
        if mark.startswith("(") and mark in low:
            k = low.index(mark)
            cell = cell[:k] + "   " + cell[k + len(mark) :]
            low = cell.lower()
    parts = (p.strip(" []") for p in _CELL_GAP.split(cell))
    return [p for p in parts if p]


_WIDE_GAP = re.compile(r"[ \t]{8,}|[ ]*\t[ \t]*")  # or one tab: a text export of a two-column table


def _left_column(text: str | None, ln: Line) -> str:
    """The clean line without a right column set apart by a run of 8+ spaces (a signature block beside
    the "Nơi nhận" list: "- Ban Thường vụ Tỉnh ủy (b/c),          BÍ THƯ", holdout22); the whole clean
    line when there is none or the line holds only that column."""
    if text is None:
        return ln.clean
    raw = text[ln.start : ln.end]
    if raw.lstrip().startswith("|") and raw.count("|") >= 3:
        # a pandoc grid-table row "| - Bộ Nội vụ;\ | **KT. CHỦ TỊCH**\ |": its first cell
        return clean_marked(raw.strip().strip("|").split("|")[0]).strip()
    if "  " not in raw and "\t" not in raw:
        return ln.clean
    m = next((g for g in _WIDE_GAP.finditer(raw) if raw[: g.start()].strip(" |")), None)
    if m is None or not raw[m.end() :].strip(" |"):
        return ln.clean
    return clean_marked(raw[: m.start()]).strip(" |")  # "| - Bộ Nội vụ;\   | **KT. CHỦ TỊCH** |" (pandoc)


# a line of a wrapped "Nơi nhận" item is indented by a few spaces at most; the signature column beside
# the list by many
_WRAP_INDENT = 6


def _indent(text: str | None, ln: Line) -> int:
    if text is None:
        return 0
    raw = text[ln.start : ln.end]
    return len(raw) - len(raw.lstrip(" \t"))


def _right_column(text: str, block: list[Line]) -> list[Line]:
    """The right column of lines flattened from a two-column layout (a signature block beside the
    "Nơi nhận" list: "- Bộ Nội vụ;          PHÓ CHỦ TỊCH"): the text after a run of 8+ spaces, or a
    line indented by such a run."""
    out = []
    for ln in block:
        raw = text[ln.start : ln.end].rstrip()
        if raw.endswith("|"):  # a pandoc grid-table row "| - Lưu: VT. | **Nguyễn Văn A** |"
            raw = raw[:-1].rstrip()
        m = None
        for m in _WIDE_GAP.finditer(raw):  # noqa: B007 (the last gap on the line)
            pass
        right = clean_marked(raw[m.end() :]).strip(" |") if m is not None else ""
        if right and m is not None:
            out.append(Line(ln.start + m.end(), ln.end, right))
    return out


_STAMP_LINE = re.compile(r"(?i)^(?:người ký|email|cơ quan|thời gian ký|ngày ký|chức vụ)\s*:")


_STAMP = re.compile(r"^Người ký\s*:\s*(?P<name>.+?)\s*$")


def _stamp_signer(lines: list[Line]) -> str | None:
    """A digitally signed PDF prints "Người ký: Lê Văn Phước" (with Email/Cơ quan/Thời gian ký)."""
    for ln in lines:
        m = _STAMP.match(ln.clean) if ln.clean.startswith("Người ký") else None
        if m and PERSON.match(m.group("name")):
            return m.group("name")
    return None


def _kinh_gui(lines: list[Line], text: str | None = None) -> list[str]:
    for i, ln in enumerate(lines[:80]):
        m = _KINH_GUI.match(ln.clean) if ln.clean.startswith(_KINH_GUI_FIRST) else None
        if not m:
            continue
        out = [m.group(1)] if m.group(1) else []
        for nxt in lines[i + 1 : i + 15]:
            if not nxt.clean:
                if out and not out[-1].rstrip().endswith((",", ";")):
                    break
                continue  # a web page's blank line between the dashed items ("– Thủ trưởng các Sở,⏎⏎– …")
            if not _KINH_GUI_ITEM.match(nxt.clean):
                if out and (_wrapped_item(text, nxt, out[-1]) or _wrapped_after_comma(nxt.clean, out[-1])):
                    # "- Giám đốc các Sở: Nội vụ, …,⏎  Khoa học và Công nghệ;": an item wrapped over lines
                    out[-1] = f"{out[-1]} {nxt.clean}"
                    continue
                break
            out.append(nxt.clean)
        return [c for c in map(_clean_recipient, out) if c]
    return []


def _wrapped_after_comma(line: str, item: str) -> bool:
    """`line` goes on with the dash item `item` above it on a page that hard-wraps its text without an
    indent: the item ended on a comma and the line opens in lower case ("- Các bộ, cơ quan ngang bộ,⏎cơ
    quan thuộc Chính phủ;", real-text audit r45)."""
    return line[:1].islower() and item.rstrip().endswith(",") and len(line) < _WRAPPED_ITEM_MAX


_WRAPPED_ITEM_MAX = 120  # a longer undashed line under a dashed list is no item's rest (a footnote, the body)


def _dashed_list(recipients: list[str]) -> bool:
    """The items so far open with a dash (two at least): a line without one goes on with the item above
    ("- Tổ công tác đặc biệt về phòng, chống dịch COVI⏎D-19 của Chính phủ;", r2)."""
    last = _BULLET.sub("", recipients[-1]).lower()
    return (
        len(recipients) >= 2 and all(_BULLET.match(r) for r in recipients[-2:]) and not last.startswith("lưu")
    )


def _wrapped_item(text: str | None, ln: Line, item: str) -> bool:
    """`ln` goes on with the dash item `item` above it: indented, with no dash of its own, after an item
    that did not end with ";" or "." (holdout22)."""
    if text is None or not item or text[ln.start : ln.start + 1] not in (" ", "\t"):
        return False
    raw_prev_end = text.rfind("\n", 0, ln.start)
    prev = text[text.rfind("\n", 0, raw_prev_end) + 1 : raw_prev_end].rstrip()
    return bool(prev) and not prev.endswith((";", ".", ":")) and len(ln.clean) < 120


_RECIPIENT_BULLET = re.compile(r"^[-+•·*–\s]+")


_RECIPIENT_NOTE = re.compile(
    r"\s*\((?:để\s+)?(?:b/c|báo cáo|biết|t/h|thực hiện|p/h|phối hợp|chỉ đạo|theo dõi|tổng hợp|đăng tải|[^()]{0,30})\)\s*$",
    re.I,
)


# two dashed items a page joined on one line ("- Chủ tịch, các PCT UBND tỉnh (để b/c);- CVP …", r14)
_GLUED_ITEM = re.compile(r"(?<=;)\s*(?=[-–+]\s*[^\W\d_])")


def _clean_recipient(s: str) -> str:
    s = s.strip(" |")  # a table's cell borders around the item ("| - Các đơn vị trực thuộc …; |", r14)
    s = _RECIPIENT_BULLET.sub("", s)
    s = s.rstrip(" ;,.")
    if "(" in s:  # every note opens with "("
        s = _RECIPIENT_NOTE.sub("", s)
    return s.strip(" ;,.")


def _split_recipients(item: str) -> list[str]:
    """One "Nơi nhận" item naming several bodies apart by commas ("TT Tỉnh ủy, TT HĐND tỉnh"): each
    part of two words or more opens with a body's head word (issuer heads, "TT"). A name holding a
    comma ("Sở Văn hóa, Thể thao và Du lịch", "UBND các huyện, thị xã") stays whole."""
    parts = [p.strip() for p in item.split(", ")]
    if len(parts) < 2 or ": " in parts[0]:
        # "Thường trực: Thành ủy, HĐND Thành phố": the list after a label's colon is that label's, kept
        # whole as "Các Bộ: Nội vụ, Tài chính" is (real-text audit r77)
        return [item]
    heads = (*reference_vocab().issuer_heads, *vocab().cfg.get("recipient_heads", ()))
    if all(len(p.split()) >= 2 and p.startswith(heads) and p[:1].isupper() for p in parts):
        return parts
    return [item]


def _tail(lines: list[Line]) -> list[Line]:
    """The last lines of the main body (before an appendix), where a signature block sits."""
    end = len(lines)
    for i in range(len(lines) - 1, max(len(lines) - 400, 0), -1):
        if _APPENDIX_HEAD.match(lines[i].clean) and is_upper_line(lines[i].clean):
            end = i
    return lines[max(end - 40, 0) : end]


@cache
def _signature_vocab() -> tuple[tuple[str, ...], tuple[str, ...], tuple[str, ...], frozenset[str], int]:
    """(capacity prefixes, titles, noise lines, noise cores, longest noise) of report_meta.json."""
    cfg = vocab().cfg
    prefixes = tuple(p.upper() for p in cfg.get("signature_prefixes", []))
    titles = tuple(cfg.get("signature_titles", []))
    noise = tuple(n.lower() for n in cfg.get("signature_noise", []))
    noise_core = frozenset(n.strip("()[]") for n in noise)
    longest = max((len(n) for n in (*noise, *noise_core)), default=0)  # lower() never shortens
    return prefixes, titles, noise, noise_core, longest


@cache
def _noise_openings() -> tuple[str, ...]:
    """A bracketed copy's mark opening with these is noise in a signature block (report_meta.json)."""
    return tuple(vocab().cfg.get("signature_noise_openings", ()))


@cache
def _not_name_heads() -> tuple[str, ...]:
    """Words an organ's name opens with (report_meta.json): such a line is no signer's name."""
    return tuple(vocab().cfg.get("signature_not_name_heads", ()))


def _signer(block: list[Line]) -> Signer | None:
    """Capacity lines (TM./KT./… titles, upper case) followed by a person's name."""
    prefixes, titles, noise, noise_core, longest = _signature_vocab()
    capacity: list[str] = []
    found: Signer | None = None  # the last complete block wins (a header can look like one)
    for k, ln in enumerate(block):
        s = ln.clean.strip("| ")  # a table's cell borders around the line ("| KT. BỘ TRƯỞNG, CHỦ NHIỆM |")
        if not s:
            continue
        if len(s.strip("()[]")) <= longest:
            low = s.lower()
            if low in noise or low.strip("()[]") in noise_core:
                continue
        if s[0] == "(" and s[-1] == ")" and s.lower().startswith(_noise_openings()):
            continue  # "(đã ký – có dấu đỏ)": a copy's mark of the signature with more words (r77)
        if s[:2] == "![" and s[-1] == ")":
            continue  # "![seal](https://…)": a Markdown image of the seal between the office and the name
        if len(s) < 120 and is_upper_line(s):
            up = to_upper(s)
            if up.startswith(prefixes) or any(t in up for t in titles):
                if national_search(s):  # "HỘI ĐỒNG NHÂN DÂN | CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM": a header
                    capacity = []
                    continue
                parts = _split_capacity(up)
                if capacity and _CAPACITY_DOT.fullmatch(capacity[-1]):
                    # "KT.⏎BỘ TRƯỞNG⏎THỨ TRƯỞNG": a two-column page put the prefix on a line of its own
                    # (real-text audit r69); the title it governs goes on the same entry
                    parts[0] = f"{capacity.pop()} {parts[0]}"
                capacity.extend(parts)
                continue
        elif (
            len(s) < 120
            and s[:1].isupper()
            and (split := _capacity_then_name(s, prefixes, titles)) is not None
        ):
            # "BỘ TRƯỞNG Nguyễn Chí Dũng": a page joined the capacity and the name on one line (r71)
            found = Signer(name=split[1], capacity=" / ".join([*capacity, *_split_capacity(split[0])]))
            capacity = []
            continue
        elif (
            len(s) <= _TITLE_LINE_MAX
            and _sentence_case_title(s, titles)
            and (capacity or _signed_below(block, k))
        ):
            # "Phó Chủ tịch⏎(Đã ký)⏎Đặng Quốc Lộng", "TM. ỦY BAN THƯỜNG VỤ QUỐC HỘI⏎Chủ tịch⏎NÔNG ĐỨC MẠNH":
            # a law site's signature block writes the office in sentence case (real-text audit r22)
            capacity.append(to_upper(s))
            continue
        if capacity:
            up = to_upper(s)
            if len(s) < 40 and is_upper_line(s) and _LEVEL_AT_END.search(capacity[-1]):
                # "ỦY BAN NHÂN DÂN TỈNH⏎BÌNH PHƯỚC": a unit's name wrapped after its level word (an
                # enacting line, real-text audit r18), no person's name
                capacity[-1] = f"{capacity[-1]} {up}"
                continue
            not_a_name = (
                national_search(s)
                or national_part(up)  # "CỘNG HÒA XÃ HỘI CHỦ⏎NGHĨA VIỆT NAM" under the body's name (r20)
                or up in vocab().proper_names
                or up.rstrip(":. ") in heading_names()
                or LEVEL_RE.match(up) is not None  # "TỈNH BÌNH THUẬN": the header of an attached draft
                or up.startswith(_not_name_heads())  # "BAN CHẤP HÀNH TRUNG ƯƠNG⏎BAN TUYÊN GIÁO": a header
            )
            m = None if not_a_name else (person(s) or (is_upper_line(s) and person(s.title())))
            if m:
                found = Signer(name=m.group("name"), capacity=" / ".join(capacity))
                capacity = []
            elif s[0] == "<" and s[-1] == ">":
                continue  # markup between the titles and the name ('<img … title="(dấu đỏ)"/>', "</div>")
            elif len(s) > 3 and not _STAMP_LINE.match(s):  # other text between titles and name
                capacity = []
    if capacity and found is None:
        return Signer(name=None, capacity=" / ".join(capacity))
    return found


def _capacity_then_name(s: str, prefixes: tuple[str, ...], titles: tuple[str, ...]) -> tuple[str, str] | None:
    """("BỘ TRƯỞNG", "Nguyễn Chí Dũng") for "BỘ TRƯỞNG Nguyễn Chí Dũng": the upper-case words that open
    the line are a signature's capacity and the rest is a person's name and nothing else."""
    words = s.split(" ")
    k = 0
    while k < len(words) and words[k].isupper():
        k += 1
    if k == 0 or k >= len(words) - 1:
        return None
    head, rest = " ".join(words[:k]), " ".join(words[k:])
    up = to_upper(head)
    if not (up.startswith(prefixes) or any(t in up for t in titles)) or rest.startswith(_not_name_heads()):
        return None
    m = person(rest)
    return (head, m.group("name")) if m is not None and m.end() == len(rest) else None


def _capacity_line(s: str) -> bool:
    """`s` (a clean line, no dash) is a signature's capacity in upper case ("TM. CHÍNH PHỦ", "KT. BỘ
    TRƯỞNG", "THỨ TRƯỞNG"): no recipient, whatever it follows."""
    if len(s) >= 120 or s[-1:] in (";", ",") or _BULLET_MARK.match(s) or not is_upper_line(s):
        return False
    prefixes, titles = _signature_vocab()[:2]
    up = to_upper(s.strip("| "))
    return (up.startswith(prefixes) or any(t in up for t in titles)) and national_search(s) is None


_TITLE_LINE_MAX = 60  # an office written in sentence case on a line of its own is this short


def _sentence_case_title(s: str, titles: tuple[str, ...]) -> bool:
    """The line is an office and nothing else ("Phó Chủ tịch", "Chủ tịch hội đồng bộ trưởng",
    "Thủ tướng Chính phủ"): it opens with a signature title (after "Phó"), ends in no stop, and is no
    sentence (no comma, no digit)."""
    up = to_upper(s).rstrip(" .")
    if up.startswith("PHÓ "):
        up = up[4:]
    return up.startswith(titles) and not any(c.isdigit() or c in ",;:" for c in up) and len(up.split()) <= 8


def _signed_below(block: list[Line], k: int) -> bool:
    """The next non-empty line of `block` after line `k` is the copy's mark of the signature ("(Đã ký)")."""
    marks = tuple(vocab().cfg.get("signature_signed_marks", ()))
    for ln in block[k + 1 : k + 6]:
        s = ln.clean.strip("| ").lower()
        if s:
            if s in marks:
                return True
            if s not in vocab().cfg.get("signature_placeholders", ()):
                return False
    return False


# a line ending in an administrative level word, its unit's name to follow on the next line
_LEVEL_AT_END = re.compile(rf"(?<!\S)(?:{LEVEL_WORDS}|XÃ)$")


_CAPACITY_DOT = re.compile(r"\b(TM|KT|TL|TUQ|Q)\.\s*")


_CAPACITY_PAIR = re.compile(r"^((?:TM|KT|TL|TUQ|Q)\. .+?)\s+(PHÓ .+|Q\. .+)$")


def _split_capacity(up: str) -> list[str]:
    """'KT.GIÁM ĐỐC PHÓ GIÁM ĐỐC' -> ['KT. GIÁM ĐỐC', 'PHÓ GIÁM ĐỐC']."""
    up = _CAPACITY_DOT.sub(r"\1. ", up).strip()
    m = _CAPACITY_PAIR.match(up)
    if m:
        return [m.group(1), m.group(2)]
    return [up]
