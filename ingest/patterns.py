"""Compiled patterns of the recogniser, built once from the data files.

Every repetition is bounded, so each pattern runs in time linear in the text: the two whole-text
scans (SYMBOL, SHORT) are single-pass anchors; everything else runs in a small window at an anchor.
"""

from __future__ import annotations

import re
from functools import cache

from ingest.vocab import vocab

LETTERS = "A-Za-zĐđƯư"
SEG = rf"[{LETTERS}][{LETTERS}0-9]{{0,15}}"
# a separator inside a symbol, optionally followed by a PDF line break ("30/CT-\nTTg")
SEP = r"[/-](?:\n[ ]{0,4})?"

# n/yyyy/TYPE-ISSUER, n/TYPE-ISSUER, n/ISSUER-UNIT, n-TYPE/ISSUER, n/yyyy/QH13 ...
SYMBOL = re.compile(
    rf"(?<![\w/.,-])(?P<num>\d{{1,5}})(?P<s1>[/-])(?:\n[ ]{{0,4}})?"
    rf"(?:(?P<yr>(?:19|20)\d\d)/(?:\n[ ]{{0,4}})?)?"
    rf"(?P<segs>{SEG}(?:{SEP}{SEG}){{0,7}})(?!\w)"
)
SEG_SPLIT = re.compile(r"([/-](?:\n[ ]{0,4})?)")
TRAILING_DIGITS = re.compile(r"^(?P<code>.*?[^\d])(?P<digits>\d{1,2})$")
TERM_CODE = re.compile(r"^(?P<code>[A-Za-zĐđ]+?)(?P<term>\d{1,2})$")

# the header line of the document's own number: "Số: 529/BC-UBND" (not a reference)
OWN_NUMBER = re.compile(r"(?:^|\n)[ *_]{0,6}(?i:số)[ ]{0,3}:[ *_]{0,6}\Z")

CLOSERS = ",;.()[]\n“”\"':"


@cache
def type_word_alternation() -> str:
    words = sorted(vocab().type_words, key=len, reverse=True)
    return "|".join(re.escape(w).replace(r"\ ", r"[ \n]{1,3}") for w in words)


@cache
def type_word_before() -> re.Pattern[str]:
    """A type word (and optional "số") ending exactly where a symbol starts."""
    return re.compile(
        rf"(?<!\w)(?P<tw>(?i:{type_word_alternation()}))[ *_\n]{{1,6}}"
        rf"(?:(?i:số)[ ]{{0,3}}:?[ *_]{{0,6}})?\Z"
    )


@cache
def short_form() -> re.Pattern[str]:
    """A type word followed by a plain number: "Pháp lệnh số 34", "Chỉ thị 33", "KẾT LUẬN SỐ 114"."""
    return re.compile(
        rf"(?<!\w)(?P<tw>(?i:{type_word_alternation()}))[ *_]{{1,4}}"
        rf"(?:(?P<so>(?i:số))[ ]{{0,2}}:?[ *_]{{0,4}})?(?P<num>\d{{1,5}})"
        rf"(?!\w|[/-](?:\n[ ]{{0,4}})?\w|[.,:]\d|[ ]?%)"
    )


PINPOINT_BEFORE = re.compile(
    r"(?P<pin>(?:(?i:điểm)[ ]{1,3}[a-zđ][ ]{1,3}(?:,[ ]{0,2})?)?(?:(?i:khoản)[ ]{1,3}\d{1,3}[ ]{1,3}(?:,[ ]{0,2})?)?"
    r"(?i:điều)[ ]{1,3}\d{1,3}[a-zđ]?)[ ]{1,3}(?:(?:của|tại|thuộc)[ ]{1,3})?\Z"
)

NGAY = re.compile(r"[ *_]{0,4},?[ *_]{0,3}(?i:ngày)(?!\w)")
ISSUER = re.compile(
    r"[ *_]{0,4},?[ ]{0,3}(?:của|do)[ ]{1,3}(?P<iss>[^,;.()\n“”\"\[\]:]{2,90}?)"
    r"(?=[ ]{1,3}(?:về|ngày|hướng dẫn|quy định|ban hành|thực hiện|triển khai|tại|và|kèm|để|đã|nhằm|phê duyệt|khóa|khoá|v/v|gồm|với|cho|trong|theo|sửa đổi|thay thế|bãi bỏ)(?!\w)"
    r"|[,;.()\n“”\"\[\]:]|[ ]*\Z)"
)
PARTY_TERM = re.compile(r"[ ]{0,3}\(?[ ]{0,2}(?i:khóa|khoá)[ ]{1,3}(?P<term>[IVXL]{1,6})(?!\w)[ ]{0,2}\)?")
YEAR_AFTER = re.compile(r"[ ]{1,3}(?i:năm)[ ]{1,3}(?P<y>(?:19|20)\d\d)(?!\d)")
SUBJECT_START = re.compile(r"[ *_]{0,4},?[ *_]{0,3}(?:(?i:về việc|về|v/v)[ :]{1,3})[ *_]{0,3}")
PROVINCE = re.compile(r"(?:tỉnh|thành phố|TP\.?)[ ]{1,3}(?P<prov>\w{1,12}(?:[ ]\w{1,12}){0,3})")
