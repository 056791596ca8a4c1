"""Web articles: title, category, timestamp, author line; the site's boilerplate cut."""

from __future__ import annotations

import re
from functools import cache
from typing import Any

from ingest.metadata.base import (
    NAME_WORD,
    Line,
    ParseState,
    is_upper_line,
    iso_date,
    page_furniture,
    stamp_match,
    stamp_parts,
    vocab,
)
from ingest.models import DocumentMeta
from ingest.patterns import SYMBOL
from ingest.spelling import fold
from ingest.vocab import vocab as ref_vocab


def parse_article(
    lines: list[Line], body: list[Line], meta: DocumentMeta, hints: dict[str, Any], st: ParseState
) -> bool:
    """Title / category / timestamp / text / author / site boilerplate. True when it is one."""
    scraped = _scraper_dated(body)
    if scraped is not None:  # " date 2023-10 <headline>": the scraper's stamp is no part of the title (r75)
        body = list(body)
        body[scraped[0]] = scraped[1]
    stamp_line = stamp = None
    fields = site_dated = False
    for ln in body[:15]:
        if _document_field_line(ln.clean) or (fields and ln.clean.strip().endswith("|")):
            # "Ngày ban hành: | 12/01/2015 | …" and the cells of that table wrapped onto lines of their own
            # ("Hết hiệu lực⏎01/02/2021 |"): the reprinted document's dates, not the page's
            fields = True
            continue
        stamp = stamp_match(ln.clean) or _posted_by_stamp(ln.clean)
        if stamp:
            stamp_line = ln
            break
    if stamp is not None and stamp_line is not None and stamp_parts(stamp)[3] is None:
        # "Thứ Sáu, 19/7/2024⏎Ban Tuyên giáo Trung ương⏎Thứ Năm, 8/6/2023 14:46'(GMT+7)": the site's date over
        # its pages, then the article's own stamp with its time (real-text audit r23)
        at = body.index(stamp_line)
        for ln in body[at + 1 : at + 1 + _STAMP_AFTER_SITE_DATE]:
            later = stamp_match(ln.clean)
            if later is not None and stamp_parts(later)[3] is not None:
                stamp_line, stamp, site_dated = ln, later, True
                break
    clocked = False
    if stamp is not None and stamp_line is not None and not site_dated:
        later_line = _stamp_under_clock(body, stamp_line, stamp)
        if later_line is not None:
            stamp_line, stamp, clocked = later_line
    lead_headline = None
    if stamp_line is None and not hints.get("title"):
        lead_headline = _headline_over_lead(body) or _headline_over_blank(lines, body)
        if lead_headline is None and scraped is not None and _headline_like(scraped[1].clean):
            lead_headline = scraped[1]  # the scraper stamped the line it cut: the page's headline
        if lead_headline is None and scraped is None:
            return False
    meta.kind = "article"
    meta.doc_type = meta.doc_type or None
    if stamp_line is not None and stamp is not None:
        d, mo, y, h, mi = stamp_parts(stamp)
        meta.date = iso_date(d, mo, y, meta.warnings, "article date")
        if h and len(meta.date) == 10:
            meta.published = f"{meta.date}T{int(h):02d}:{mi}"
        elif len(meta.date) == 10:
            meta.published = meta.date  # "19/05/2025" alone: published that day, no time stated
        _stamp_fields(stamp_line.clean, meta)
        section = stamp.group("section") or stamp.group("section3")
        if meta.category is None and section:
            meta.category = section  # "… 22:09:45 Địa phương" (real-text audit r45)
    elif (labelled := _labelled_date(body[:15])) is not None:  # "… | Ngày trả lời: 12/09/2024 | …"
        meta.published = meta.date = labelled
    elif scraped is not None:  # " date 2023-10 <headline>": the month the scraper stamped (r75)
        meta.published = meta.date = scraped[2]
    elif hints.get("published"):  # the time the page prints, cut from the text by the reader
        meta.published = str(hints["published"])
        meta.date = meta.published[:10]
    elif hints.get("date"):
        meta.date = str(hints["date"])[:10]
    # "In bài viết" (a print page's link) above the headline is none; nor is a sidebar's visitor counter
    # the reader kept above the article ("Thống kê truy cập⏎Tổng truy cập 23.361.307⏎…", r13)
    top = next((j for j, ln in enumerate(body[:6]) if not _boilerplate_line(ln.clean)), 0)
    title_line = next(
        (ln for ln in body[top : top + 3] if not page_furniture(ln.clean) and not _ticker(ln.clean)),
        body[top] if body else None,
    )
    if lead_headline is not None:  # "Hội nghị … thực hiện Chỉ thị 05⏎Sáng 12/6, …": no timestamp kept
        meta.title, title_line = lead_headline.clean, lead_headline
    elif hints.get("title"):
        meta.title = str(hints["title"]).strip()
        title_line = next((ln for ln in body[:5] if ln.clean == meta.title), title_line)
        headline = _headline_over_stamp(body, stamp_line) if _site_name(meta.title) else None
        if headline is not None:  # "<TITLE>UBND huyen Krong Pac</TITLE>": the site's name, not the article's
            meta.title, title_line = headline.clean, headline
    elif site_dated and stamp_line is not None:
        # what stands between the site's date and the article's stamp is the site's (its name, a menu):
        # the headline is the line under the stamp
        under = body.index(stamp_line) + 1
        title_line = body[under] if under < len(body) and _headline_like(body[under].clean.strip()) else None
        if title_line is not None:
            meta.title = title_line.clean
    elif clocked and (above := _headline_over_stamp(body, stamp_line)) is not None:
        meta.title, title_line = above.clean, above  # the site's clock, then the headline over its stamp
    elif scraped is not None and stamp_line is None:
        # " date 2023-09 Bộ … vừa có văn bản … .": the scraper cut a sentence of the lead, no headline (r75)
        title_line = None
    elif title_line is not None:
        # "Thời sự › Giao thông" above the headline, maybe under the site's name ("Báo Nghệ An điện tử")
        k = next((j for j, ln in enumerate(body[:2]) if ln is not stamp_line and _breadcrumb(ln.clean)), None)
        if k is not None and k + 1 < len(body) and body[k + 1] is not stamp_line:
            meta.category = body[k].clean
            title_line = body[k + 1]
        elif (above := _headline_over_stamp(body, stamp_line)) is not None and len(above.clean.split()) > len(
            title_line.clean.split()
        ):
            title_line = (
                above  # "Analytic⏎<site's date>⏎<headline>⏎PV - 10:56, 18/12/2020": a menu word first
            )
        if title_line is not None and _site_name(title_line.clean):
            # "ĐÀI PHÁT THANH VÀ TRUYỀN HÌNH …⏎Thanh Hoa Radio and Television⏎Đường dây nóng: …⏎<headline>⏎
            # <lead>": the site's masthead over the headline (real-text audit r72)
            title_line = _headline_under_masthead(body, title_line, stamp_line) or title_line
        if title_line is stamp_line and stamp_line is not None:
            # "19/05/2025⏎Hội nghị là dịp …": the page's first line is its date; a headline may follow it
            title_line = _headline_under_stamp(body, stamp_line)
        if title_line is not None:
            meta.title = title_line.clean
    if title_line is not None:
        st.title_span = (title_line.start, title_line.end)
        before = [ln for ln in body if title_line.start < ln.start < (stamp_line.start if stamp_line else 0)]
        if before and before[0].clean != meta.title and len(before[0].clean) < 80:
            byline = _titled_author(before[0].clean)
            if byline is not None:  # "<headline>⏎TS. Bùi Văn A⏎<his post>⏎08:21, ngày …": no section (r75)
                meta.author = meta.author or byline
            else:
                meta.category = before[0].clean
    _cut_boilerplate(lines, body, stamp_line, meta)
    if meta.author is None and stamp_line is not None:
        _author_under_stamp(body, stamp_line, meta)
    if meta.author is None and hints.get("author"):
        meta.author = str(hints["author"])
    return True


_STAMP_AFTER_SITE_DATE = 3  # lines under a site's date within which the article's own stamp is looked for
_STAMP_UNDER_CLOCK = 5  # lines under a site's clock where the article's own (earlier) stamp is looked for


def _stamp_under_clock(
    body: list[Line], clock_line: Line, clock: re.Match[str]
) -> tuple[Line, re.Match[str], bool] | None:
    """The article's own stamp under the site's clock: "Thứ ba, 16/04/2024 | 05:12 GMT+7⏎<headline>⏎
    19/04/2023" — the page's first stamp is the day the page was served, a later line within a few short
    ones (the headline, a menu; no paragraph between) stamps the article with an EARLIER date (real-text
    audit r60). None when no such line follows."""
    at = next((j for j, ln in enumerate(body) if ln is clock_line), None)
    if at is None:
        return None
    d, mo, y, _, _ = stamp_parts(clock)
    first = (int(y), int(mo), int(d))
    for ln in body[at + 1 : at + 1 + _STAMP_UNDER_CLOCK]:
        line = ln.clean
        if len(line) > 160:  # a paragraph: the stamp above is the article's own
            return None
        if not line[:1].isdigit():  # a stamp line starts with its date or time: cheap test first
            continue
        later = stamp_match(line)
        if later is not None:
            d2, mo2, y2, _, _ = stamp_parts(later)
            return (ln, later, True) if (int(y2), int(mo2), int(d2)) < first else None
    return None


def _headline_over_lead(body: list[Line]) -> Line | None:
    """A page whose reader cut the timestamp: its first line reads like a headline and a news lead
    ("Ngày 21-4, …", "Sáng nay (18/5), …"; report_meta.json news_lead) follows it, maybe after the
    headline again or a sapo line. The headline, else None."""
    top = next((j for j, ln in enumerate(body[:4]) if not _boilerplate_line(ln.clean)), None)
    if top is None or top + 1 >= len(body):
        return None
    head = body[top]
    s = head.clean.strip()
    if not _headline_like(s):
        return None
    k = top + 1
    if body[k].clean.strip() == s:  # the reader's <title> and the page's <h1>
        k += 1
    return head if any(_news_lead().match(ln.clean) for ln in body[k : k + 2]) else None


def _headline_over_blank(lines: list[Line], body: list[Line]) -> Line | None:
    """A page whose reader kept no timestamp and whose lead opens with no day: a headline-like first line
    (report_meta.json headline_over_blank: 6 to 40 words, a capital first, no numbering, no type word),
    then a blank line, then a paragraph that is no document's preamble or body ("Quyết liệt triển khai …
    phòng, chống dịch⏎⏎Chủ tịch UBND tỉnh vừa ban hành chỉ thị …", real-text audit r75). The headline,
    else None. A report's own heading over "Thực hiện Kế hoạch số …, Sở … báo cáo như sau:" is none."""
    top = next(
        (
            j
            for j, ln in enumerate(body[:4])
            if not _boilerplate_line(ln.clean) and not page_furniture(ln.clean)
        ),
        None,
    )
    if top is None or top + 1 >= len(body):
        return None
    head, lead = body[top], body[top + 1]
    s, cfg = head.clean.strip(), vocab().cfg.get("headline_over_blank", {})
    most = cfg.get("max_words", 40)  # split no further than that: a paragraph is no headline
    if not s[:1].isupper() or not cfg.get("min_words", 6) <= len(s.split(None, most)) <= most:
        return None
    if len(lead.clean) < cfg.get("min_lead_chars", 80) or lead.clean.endswith(":"):
        return None
    at = next((j for j, ln in enumerate(lines[:40]) if ln is head), None)
    if at is None or at + 1 >= len(lines) or lines[at + 1].clean:  # no blank line under it
        return None
    if _NUMBERED.match(s) or s.lower().startswith(_type_word_heads()) or not _headline_like(s):
        return None
    if lead.clean.lower().startswith(tuple(cfg.get("not_lead_openers", ()))):
        return None
    return head


# a report's numbered heading: "I. …", "1.2. …", "3) …"
_NUMBERED = re.compile(r"(?:[IVXLC]+|\d+(?:\.\d+)*)\s*[.)/-]\s")


def _scraper_dated(body: list[Line]) -> tuple[int, Line, str] | None:
    """A scraper's stamp before the headline on one of the first lines (" date 2023-10 <headline>";
    report_meta.json scraper_date_labels): the line's index, the headline as a line of its own (its
    span after the stamp) and the stamped ISO date (year and month, maybe the day)."""
    heads = _scraper_heads()
    for j, ln in enumerate(body[:3]):
        if ln.clean[:1] not in heads:  # a line's first character first: cheap
            continue
        m = _scraper_date().match(ln.clean)
        # "date 2025-10-20 Thời sự" is a whole stamp with the site's section (r54), no headline after it
        if m is not None and stamp_match(ln.clean) is None:
            date = f"{m.group('y')}-{m.group('mo')}" + (f"-{m.group('d')}" if m.group("d") else "")
            return j, Line(ln.start + m.end(), ln.end, ln.clean[m.end() :]), date
    return None


@cache
def _scraper_heads() -> frozenset[str]:
    return frozenset(w[:1] for w in vocab().cfg.get("scraper_date_labels", []) if w)


@cache
def _scraper_date() -> re.Pattern[str]:
    labels = "|".join(re.escape(w) for w in vocab().cfg.get("scraper_date_labels", [])) or "(?!)"
    return re.compile(
        rf"(?:{labels})[ ]+(?P<y>(?:19|20)\d{{2}})-(?P<mo>0[1-9]|1[0-2])(?:-(?P<d>[0-3]\d))?[ ]+(?=\S)"
    )


def _headline_like(s: str) -> bool:
    """Sentence case, 3 to 40 words, no closing stop; no breadcrumb, page control or news lead."""
    return not (
        len(s) > 250
        or not 3 <= len(s.split()) <= 40
        or s.endswith((".", ":", ";", ","))
        or is_upper_line(s)
        or page_furniture(s)
        or _breadcrumb(s)
        or _news_lead().match(s) is not None
    )


def _headline_under_stamp(body: list[Line], stamp_line: Line) -> Line | None:
    """ "Thứ Năm, 15/10/2020, 16:21 (GMT+7)⏎.⏎Nghị quyết …⏎<lead>": the timestamp first, the headline the
    next line with letters (a reader's stray "." between) when it reads like one and a paragraph follows it;
    "19/05/2025⏎Hội nghị là dịp để …." (a sentence) is the lead, no headline."""
    k = next((j for j, ln in enumerate(body) if ln is stamp_line), None)
    if k is None:
        return None
    k += 1
    while k < len(body) and not any(c.isalpha() for c in body[k].clean):
        k += 1
    if k + 1 >= len(body) or not _headline_like(body[k].clean.strip()) or len(body[k + 1].clean) < 80:
        return None  # "Xem cỡ chữ⏎Đọc bài viết⏎…" (a page's controls), a site's name over another stamp
    return body[k]


@cache
def _news_lead() -> re.Pattern[str]:
    parts = vocab().cfg.get("news_lead", {}).get("day_parts", [])
    words = "|".join(re.escape(p) for p in sorted(parts, key=len, reverse=True)) or "(?!)"
    day = r"\d{1,2}\s{0,2}[-/.]\s{0,2}\d{1,2}(?:\s{0,2}[-/.]\s{0,2}\d{4})?"
    return re.compile(rf"(?i)[ *_]*(?:{words})(?:\s+nay)?\s{{0,2}}(?:\(\s*(?:ngày\s+)?{day}\s*\)|{day}),")


def _document_field_line(line: str) -> bool:
    """A row of a legal database's attribute table (report_meta.json document_fields: "Số hiệu: | … |",
    "Ngày ban hành: | 12/01/2015 | Ngày hiệu lực: | …")."""
    # a database's side panel bullets its rows ("  • Ngày có hiệu lực: 04/10/2007": real-text audit r40)
    return line[:60].lstrip("|*• ").lower().startswith(_document_fields())  # the fields' names are short


@cache
def _document_fields() -> tuple[str, ...]:
    return tuple(vocab().cfg.get("document_fields", []))


def _boilerplate_line(line: str) -> bool:
    """A short line of the site's boilerplate (report_meta.json web_boilerplate: "Tổng truy cập 23.361.307",
    "Lượt truy cập hiện tại 506"): never the headline or the category."""
    return len(line) < 80 and fold(line.lower()).startswith(_boilerplate_markers())  # the length first: cheap


@cache
def _boilerplate_markers() -> tuple[str, ...]:
    return tuple(fold(mk) for mk in vocab().cfg.get("web_boilerplate", []))


def _author_under_stamp(body: list[Line], stamp_line: Line, meta: DocumentMeta) -> None:
    """ "Thứ Năm, 15/06/2023 - 10:42⏎Thành Duy⏎⏎(Baonghean.vn) - …": a name alone (two to four words)
    on the line right under the timestamp, before the lead, is the author."""
    i = next((j for j, ln in enumerate(body) if ln is stamp_line), None)
    if i is None or i + 2 >= len(body):
        return
    s = body[i + 1].clean.strip()
    m = _author_line().match(s)
    if (
        m is not None
        and m.group("unit") is None
        and 2 <= len(s.split()) <= 4
        and len(body[i + 2].clean) >= 80
    ):
        meta.author = m.group("name")


def _titled_author(line: str) -> str | None:
    """The name on a byline that opens with a professional title ("TS. Nguyễn Văn A"; report_meta.json
    author_titles): a person, never a site's section. None when the line is no such byline."""
    if not line.startswith(_author_titles()):  # the cheap test first
        return None
    m = _author_line().match(line.strip())
    return m.group("name") if m is not None and m.group("unit") is None else None


@cache
def _author_titles() -> tuple[str, ...]:
    return tuple(vocab().cfg.get("author_titles", []))


def _ticker(line: str) -> bool:
    """A site's news ticker: several headlines on one line parted by a bar (report_meta.json web_ticker)."""
    cfg = vocab().cfg.get("web_ticker", {})
    sep = cfg.get("separator", "|")
    if line.count(sep) < cfg.get("min_items", 3) - 1:  # the count first: cheap
        return False
    items = [p for p in line.split(sep) if p.strip()]
    return len(items) >= cfg.get("min_items", 3) and all(
        len(p.split()) >= cfg.get("min_words", 3) for p in items
    )


_MASTHEAD_LINES = 4  # lines under a site's masthead where the headline is looked for


def _headline_under_masthead(body: list[Line], masthead: Line, stamp_line: Line | None) -> Line | None:
    """The headline under a site's masthead (its name in upper case, an English name, a hotline): the
    first line within a few that reads like a headline, is not ASCII and has a paragraph under it."""
    k = next((j for j, ln in enumerate(body) if ln is masthead), None)
    if k is None:
        return None
    for j in range(k + 1, min(k + 1 + _MASTHEAD_LINES, len(body) - 1)):
        ln = body[j]
        if ln is stamp_line:
            return None
        s = ln.clean.strip()
        if _headline_like(s) and not s.isascii() and len(body[j + 1].clean) >= 80:
            return ln
    return None


def _site_name(title: str) -> bool:
    """A page <title> that names the site rather than the article: upper case ("SỞ NỘI VỤ TỈNH PHÚ THỌ")
    or without a Vietnamese mark ("UBND huyen Krong Pac", a legacy CMS's ASCII title)."""
    return is_upper_line(title) or title.isascii()


def _headline_over_stamp(body: list[Line], stamp_line: Line | None) -> Line | None:
    """The line right above the timestamp when it reads like a headline (sentence case, 3 to 40 words,
    not a breadcrumb): "Hội nghị triển khai Luật Tiếp cận thông tin⏎Ngày 10/04/2018 - 14:05"."""
    k = next((j for j, ln in enumerate(body) if ln is stamp_line), 0)
    if not k:
        return None
    s = body[k - 1].clean.strip()
    if is_upper_line(s) or not 3 <= len(s.split()) <= 40 or _breadcrumb(s) or s.endswith((".", ":")):
        return None
    if page_furniture(s):  # "PublishingPortal - Block_BanTin_Toolbar⏎02/03/2021": a portal's block name (r7)
        return None
    return body[k - 1]


def _author_at_end(body: list[Line], run: list[Line], meta: DocumentMeta) -> None:
    """A page whose reader cut every line after the article: "… ngay khi có căn cứ rà soát.⏎Hải Ninh" —
    a name alone (two to four words, maybe with its unit) as the last line, right after a sentence of
    the article, is the author (holdout19)."""
    if meta.author is not None or not run or len(body) < 3 or run[-1] is not body[-1]:
        return
    m = _author_line().match(body[-1].clean.strip())
    if m is not None and len(m.group("name").split()) <= 4 and _prose_before_author(body, len(body) - 2):
        meta.author, meta.author_unit = m.group("name"), m.group("unit")


def _breadcrumb(line: str) -> bool:
    """A site's section path: short segments joined by a separator ("Thời sự › Giao thông")."""
    cfg = vocab().cfg.get("web_breadcrumb", {})
    most = cfg.get("max_words", 5)
    if _LABELLED_DATE.search(line):
        return False  # "Thứ 3, Ngày 16/07/2024 -": the site's date over its pages, no section path
    for sep in cfg.get("separators", ()):
        parts = line.split(sep)
        if len(parts) > 1 and all(0 < len(p.split()) <= most and not p.strip().endswith(".") for p in parts):
            return True
    return False


def _stamp_fields(stamp: str, meta: DocumentMeta) -> None:
    """Author and category stated on the timestamp line ("Cập nhật: … | Tác giả: X | Chuyên mục: Y"),
    also before the time in a forum's "Đăng bởi: X | 15/02/2025 21:37 | …" (labels compared without
    marks: a forum's users type without them)."""
    fields = _stamp_labels()
    for k, part in enumerate(stamp.split("|")):
        label, sep, value = part.partition(":")
        value = value.strip()
        if not sep or not value or (k == 0 and stamp_match(stamp)):
            continue
        label = fold(label.strip().lower())
        if label in fields["author"] and meta.author is None:
            meta.author = value
        elif label in fields["category"] and meta.category is None:
            meta.category = value


@cache
def _stamp_labels() -> dict[str, frozenset[str]]:
    fields = vocab().cfg.get("web_stamp_fields", {})
    return {k: frozenset(fold(w) for w in fields.get(k, ())) for k in ("author", "category", "published")}


_LABELLED_DATE = re.compile(r"(\d{1,2})/(\d{1,2})/(\d{4})")


def _labelled_date(lines: list[Line]) -> str | None:
    """The publication date a page states under a label on an info line ("Người hỏi: … | Ngày hỏi:
    05/09/2024 | Ngày trả lời: 12/09/2024", holdout19): ISO date, no time."""
    labels = _stamp_labels()["published"]
    for ln in lines:
        if "|" not in ln.clean:
            continue
        for part in ln.clean.split("|"):
            label, sep, value = part.partition(":")
            m = _LABELLED_DATE.fullmatch(value.strip()) if sep else None
            if m and fold(label.strip().lower()) in labels:
                iso = iso_date(m.group(1), m.group(2), m.group(3), [], "article date")
                return iso if len(iso) == 10 else None
    return None


def _posted_by_stamp(line: str) -> re.Match[str] | None:
    """A forum post's "Đăng bởi: X | 15/02/2025 21:37 | 1.284 lượt xem": the time after the poster."""
    head, sep, rest = line.partition("|")
    if not sep or fold(head.partition(":")[0].strip().lower()) not in _stamp_labels()["author"]:
        return None
    return stamp_match(rest.strip())


@cache
def _author_line() -> re.Pattern[str]:
    """ "Nguyễn Văn A", "Luật sư Nguyễn Đức Thắng", "Hoàng Minh - Phòng CCHC": an article's author line
    (a professional title before the name is not part of it: report_meta.json author_titles)."""
    titles = "|".join(
        re.escape(t) for t in sorted(vocab().cfg.get("author_titles", []), key=len, reverse=True)
    )
    prefix = rf"(?:(?:{titles})\s+)?" if titles else ""
    labels = "|".join(re.escape(b) for b in vocab().cfg.get("byline_labels", []))
    if labels:  # "Tin, ảnh: Minh Tuấn - Phòng Văn thư lưu trữ"
        prefix = rf"(?:(?:{labels})\s*)?{prefix}"
    return re.compile(
        rf"^{prefix}(?P<name>{NAME_WORD}(?:\s+{NAME_WORD}){{1,4}})(?:\s*[-–,(]\s*(?P<unit>.+?)\)?)?$"
    )


def _prose_before_author(run: list[Line], i: int) -> bool:
    """run[i] is a sentence of the article (eight words or more, ending like a sentence) and one of the
    next two lines is the author line: "… trong thực hiện Chỉ thị số 23.⏎Thu Hà⏎Tags: …"."""
    s = run[i].clean.rstrip()
    if len(s.split()) < 8 or not s.endswith((".", "!", "?", '."', "…")):
        return False
    return any(_author_line().match(ln.clean) for ln in run[i + 1 : i + 3])


@cache
def _type_word_heads() -> tuple[str, ...]:
    """Lower-case type words ("thông tư", "quyết định"), for a line that opens with one."""
    return tuple(ref_vocab().type_words)


def _wraps_into(line: str, nxt: str) -> bool:
    """`line` is a hard-wrapped line of prose whose sentence goes on in `nxt`: a long line without a
    sentence's end, the next opening in lower case or itself a long line that ends a statement (not a
    list's item, not a related post's title asking a question)."""
    return (
        len(line) >= 50
        and line[-1] not in '.:;!?…)"”'
        and (
            nxt[:1].islower()
            or (line[:1].isalnum() and nxt[:1].isalnum() and len(nxt) >= 50 and nxt[-1] in ".;")
        )
    )


def _cut_boilerplate(
    lines: list[Line], body: list[Line], stamp_line: Line | None, meta: DocumentMeta
) -> None:
    """Site boilerplate after the article (hotlines, visitor counters): the trailing run of short
    lines that contains a boilerplate marker. The author line just before it stays in the article."""
    cfg = vocab().cfg
    markers = tuple(cfg.get("web_boilerplate", []))
    start_after = stamp_line.end if stamp_line else 0
    run: list[Line] = []
    for ln in reversed(body):
        if ln.start <= start_after:
            break
        if len(ln.clean) >= 120 and not ln.clean.lower().startswith(markers):
            break  # article prose, even when it names a hotline; a long copyright line is not
        if run and _wraps_into(ln.clean, run[-1].clean) and not run[-1].clean.lower().startswith(markers):
            # hard-wrapped prose (its sentence runs on into the next line, real-text audit r12): the run
            # begins after the paragraph, not at a "Lượt xem" line above the whole article
            k = len(run) - 1
            while k > 0 and _wraps_into(run[k].clean, run[k - 1].clean):
                k -= 1
            del run[k:]
            break
        run.append(ln)
    run.reverse()
    # once per line, not once per marker; without marks, as a forum's users type ("Chia se", "Chu de lien quan")
    lows = [fold(ln.clean.lower()) for ln in run]
    markers = tuple(fold(mk) for mk in markers)
    if not run or not any(mk in low for low in lows for mk in markers):
        _author_at_end(body, run, meta)
        return
    i = 0
    while i < len(run) and not any(mk in lows[i] for mk in markers):
        s = run[i].clean
        author = _author_line().match(s)
        if not author and meta.author is None and _prose_before_author(run, i):
            i += 1  # a short last paragraph of the article, then its author line
            continue
        if author and meta.author is None and i < 3:
            meta.author = author.group("name")
            meta.author_unit = author.group("unit")
            i += 1
            unit = run[i].clean if i < len(run) else ""
            if meta.author_unit is None and unit.startswith("(") and unit.endswith(")") and len(unit) < 80:
                meta.author_unit = unit[1:-1].strip()  # "Luật sư Nguyễn Đức Thắng⏎(Đoàn Luật sư TP Hà Nội)"
                i += 1
            continue
        if s.lower().startswith(tuple(cfg.get("web_source_lines", []))) and i < 3:
            i += 1
            continue
        break
    # a short line before the first marker that cites a numbered document is the article's last
    # paragraph ("Thông tư số 17/2017/TT-BNNPTNT ngày …: …" over "Tin liên quan"), not the site's
    first_marker = next((k for k in range(i, len(run)) if any(mk in lows[k] for mk in markers)), len(run))
    for k in range(first_marker - 1, i - 1, -1):
        cited = run[k].clean
        if "/" in cited and cited.lower().startswith(_type_word_heads()) and SYMBOL.search(cited):
            i = k + 1
            break
    if i < len(run):
        meta.boilerplate_start = run[i].start
