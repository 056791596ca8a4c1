"""Synthetic reports for benchmarks, shaped like the sample corpus.

Each report is a provincial báo cáo (header with number/symbol, place and date, title, numbered
sections) whose running text is filler prose taken from examples/*.txt (sentences without references)
interleaved with citation sentences. The citation structure follows the samples: many reports cite a
shared pool of central documents (directives, decrees, circulars, Party conclusions, laws) with a
Zipf-like popularity, some of them undated ("Chỉ thị số 33/CT-TTg" — resolved corpus-wide), plus the
local plans of their own province and year (so plans of different provinces share numbers).

    python bench/generate.py 10000 --out bench/corpus/10k      # files (bench/corpus is gitignored)
    from bench.generate import generate; for name, text in generate(1000): ...
"""

from __future__ import annotations

import argparse
import json
import random
import re
import sys
from collections.abc import Iterator
from functools import cache
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
RELATION_LEADS = (
    "Thực hiện",
    "Triển khai thực hiện",
    "Quán triệt và thực hiện",
    "Căn cứ",
    "Cụ thể hóa",
    "Tiếp tục thực hiện",
    "Theo quy định tại",
)
SUBJECTS = (
    "tăng cường công tác dân vận của cơ quan hành chính nhà nước",
    "thực hiện dân chủ ở cơ sở",
    "công tác tiếp công dân, giải quyết khiếu nại, tố cáo",
    "đẩy mạnh cải cách hành chính",
    "nâng cao hiệu quả công tác dân vận chính quyền",
    "xây dựng chính quyền điện tử",
    "thực hiện quy chế dân chủ trong hoạt động của cơ quan",
)


@cache
def provinces() -> list[tuple[str, str]]:
    data = json.loads((ROOT / "ingest/data/provinces.json").read_text(encoding="utf-8"))
    return [
        (p["name"], p.get("full_name") or f"tỉnh {p['name']}")
        for p in data["provinces"]
        if p.get("era") in ("pre-2025", "both")
    ]


@cache
def filler() -> list[str]:
    """Sentences from the sample corpus with no document numbers in them."""
    out = []
    for f in sorted((ROOT / "examples").glob("*.txt")):
        for s in re.split(r"(?<=[.;])\s+", f.read_text(encoding="utf-8")):
            s = " ".join(s.split())
            if 60 <= len(s) <= 400 and not re.search(r"\d+/|\d+-[A-ZĐ]|số \d", s) and "*" not in s:
                out.append(s)
    return out or ["Công tác dân vận chính quyền được quan tâm thực hiện thường xuyên."]


def central_pool(rng: random.Random, size: int = 200) -> list[dict[str, str]]:
    """Central documents: the real ones of the samples first, then generated ones."""
    pool = [
        {"type": "Chỉ thị", "ns": "33/CT-TTg", "date": "26/11/2021", "issuer": "của Thủ tướng Chính phủ"},
        {"type": "Nghị định", "ns": "04/2015/NĐ-CP", "date": "09/01/2015", "issuer": "của Chính phủ"},
        {"type": "Thông tư", "ns": "01/2016/TT-BNV", "date": "13/01/2016", "issuer": "của Bộ Nội vụ"},
        {"type": "Kết luận", "ns": "114-KL/TW", "date": "14/7/2015", "issuer": "của Ban Bí thư"},
        {
            "type": "Quyết định",
            "ns": "1719/QĐ-TTg",
            "date": "14/10/2021",
            "issuer": "của Thủ tướng Chính phủ",
        },
    ]
    kinds = [
        ("Chỉ thị", "{n}/CT-TTg", "của Thủ tướng Chính phủ", False),
        ("Quyết định", "{n}/QĐ-TTg", "của Thủ tướng Chính phủ", False),
        ("Nghị định", "{n}/{y}/NĐ-CP", "của Chính phủ", True),
        ("Thông tư", "{n}/{y}/TT-BNV", "của Bộ Nội vụ", True),
        ("Nghị quyết", "{n}-NQ/TW", "của Bộ Chính trị", False),
        ("Kết luận", "{n}-KL/TW", "của Ban Bí thư", False),
        ("Luật", "{n}/{y}/QH{t}", "", True),
    ]
    seen = {p["ns"] for p in pool}
    while len(pool) < size:
        typ, pat, issuer, _ = rng.choice(kinds)
        y = rng.randint(2013, 2023)
        ns = pat.format(
            n=rng.randint(1, 2200 if "TTg" in pat else 150),
            y=y,
            t=13 if y < 2016 else (14 if y < 2021 else 15),
        )
        if ns in seen:
            continue
        seen.add(ns)
        pool.append(
            {
                "type": typ,
                "ns": ns,
                "date": f"{rng.randint(1, 28)}/{rng.randint(1, 12)}/{y}",
                "issuer": issuer,
            }
        )
    return pool


@cache
def _cum_weights(n: int) -> list[float]:
    out, total = [], 0.0
    for i in range(n):
        total += 1.0 / (i + 1) ** 0.9
        out.append(total)
    return out


def _zipf_pick(rng: random.Random, pool: list, k: int) -> list:
    """k distinct items, the i-th of the pool with weight 1/(i+1)^0.9."""
    cum = _cum_weights(len(pool))
    chosen: dict[int, None] = {}
    while len(chosen) < min(k, len(pool)):
        chosen[rng.choices(range(len(pool)), cum_weights=cum)[0]] = None
    return [pool[i] for i in chosen]


def _iso(dmy: str) -> str:
    d, m, y = (int(x) for x in dmy.split("/"))
    return f"{y:04d}-{m:02d}-{d:02d}"


def report(i: int, rng: random.Random, pool: list[dict[str, str]]) -> tuple[str, str, dict]:
    """(file name, text, spec): spec holds the report metadata and every citation with its offsets,
    so benchmarks of the graph layer can skip extraction (`results`)."""
    name, full = rng.choice(provinces())
    year = rng.randint(2017, 2024)
    month, day = rng.randint(1, 12), rng.randint(1, 28)
    number = rng.randint(1, 999)
    issuer, sym = rng.choice(
        [("ỦY BAN NHÂN DÂN", "BC-UBND"), ("VĂN PHÒNG UBND TỈNH", "BC-VP"), ("SỞ NỘI VỤ", "BC-SNV")]
    )
    pieces: list[str] = [
        f"{issuer}\n{full.upper()}\n\nSố: {number}/{sym}\n\n{name}, ngày {day} tháng {month} năm {year}\n\n"
        f"BÁO CÁO\n\nKết quả thực hiện công tác dân vận chính quyền năm {year - 1}\n\n"
    ]
    pos = len(pieces[0])
    refs: list[dict] = []

    def add(text: str, ref: dict | None = None, offset: int = 0) -> None:
        nonlocal pos
        if ref is not None:
            ref["start"] = pos + offset
            ref["end"] = ref["start"] + len(ref["text"])
            ref["sentence"] = (pos, pos + len(text))
            refs.append(ref)
        pieces.append(text + " ")
        pos += len(text) + 1

    fill = filler()
    eligible = [d for d in pool if int(d["date"].rsplit("/", 1)[1]) <= year]
    cited = _zipf_pick(rng, eligible, rng.randint(6, 14))
    plans = [(rng.randint(1, 60), rng.randint(1, 12)) for _ in range(rng.randint(2, 5))]
    for j, doc in enumerate(cited):
        lead = rng.choice(RELATION_LEADS)
        dated = rng.random() > 0.2
        when = f" ngày {doc['date']}" if dated else ""
        ref_text = f"{doc['type']} số {doc['ns']}{when}"
        issuer_txt = f" {doc['issuer']}" if doc["issuer"] else ""
        relation = "based_on" if lead in ("Căn cứ", "Theo quy định tại") else "implements"
        add(
            f"{lead} {ref_text}{issuer_txt} về {rng.choice(SUBJECTS)}.",
            {
                "text": ref_text,
                "doc_type": doc["type"],
                "number_symbol": doc["ns"],
                "date": _iso(doc["date"]) if dated else None,
                "relation": relation,
            },
            len(lead) + 1,
        )
        for f in rng.sample(fill, 2):
            add(f)
        if j % 4 == 3:
            add(f"\n{j // 4 + 1}. Kết quả triển khai\n")
    for n, m in plans:
        date = f"{rng.randint(1, 28)}/{m}/{year - 1}"
        lead = "Ủy ban nhân dân tỉnh ban hành"
        ref_text = f"Kế hoạch số {n}/KH-UBND ngày {date}"
        add(
            f"{lead} {ref_text} về {rng.choice(SUBJECTS)}.",
            {
                "text": ref_text,
                "doc_type": "Kế hoạch",
                "number_symbol": f"{n}/KH-UBND",
                "date": _iso(date),
                "relation": "implements",
            },
            len(lead) + 1,
        )
        add(rng.choice(fill))
    add("\nNơi nhận:\n- Bộ Nội vụ;\n- Lưu: VT.\n")
    spec = {
        "number_symbol": f"{number}/{sym}",
        "date": f"{year:04d}-{month:02d}-{day:02d}",
        "province": name,
        "issuer": f"{issuer.capitalize()} {full}",
        "refs": refs,
    }
    return f"{i:06d}_{sym.lower()}_{number}.txt", "".join(pieces), spec


def results(n: int, seed: int = 7):
    """ExtractionResults built from the generator's own spec (no extraction), for store benchmarks."""
    import hashlib

    from ingest.models import DocumentMeta, ExtractionResult, Reference

    for name, text, spec in generate(n, seed, with_spec=True):
        refs = []
        for r in spec["refs"]:
            year = int(r["date"][:4]) if r["date"] else None
            refs.append(
                Reference(
                    start=r["start"],
                    end=r["end"],
                    text=r["text"],
                    doc_type=r["doc_type"],
                    number_symbol=r["number_symbol"],
                    year=year,
                    date=r["date"],
                    relation=r["relation"],
                    sentence=r["sentence"],
                )
            )
        meta = DocumentMeta(
            doc_type="Báo cáo",
            number_symbol=spec["number_symbol"],
            date=spec["date"],
            province=spec["province"],
            issuer=spec["issuer"],
            title="Kết quả thực hiện công tác dân vận chính quyền",
            recipients=["Bộ Nội vụ"],
            kind="report",
        )
        yield ExtractionResult(
            source=name,
            sha256=hashlib.sha256(text.encode()).hexdigest(),
            text=text,
            document=meta,
            references=refs,
            extractor_version="bench",
        )


def generate(n: int, seed: int = 7, *, with_spec: bool = False) -> Iterator[tuple]:
    """(name, text) of n reports (with their spec when `with_spec`)."""
    rng = random.Random(seed)
    pool = central_pool(random.Random(seed + 1))
    for i in range(n):
        name, text, spec = report(i, rng, pool)
        yield (name, text, spec) if with_spec else (name, text)


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("n", type=int)
    ap.add_argument("--out", type=Path, required=True)
    ap.add_argument("--seed", type=int, default=7)
    args = ap.parse_args(argv)
    args.out.mkdir(parents=True, exist_ok=True)
    for name, text in generate(args.n, args.seed):
        (args.out / name).write_text(text, encoding="utf-8")
    print(f"wrote {args.n} reports to {args.out}", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
