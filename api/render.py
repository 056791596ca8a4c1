"""A report's text as HTML with every reference highlighted and linked to its document.

All text is HTML-escaped; only the markup written here is emitted. References are spans of the
NFC text the store holds; overlapping or out-of-range spans are skipped rather than guessed.
"""

from __future__ import annotations

from html import escape
from typing import Any
from urllib.parse import quote

_PAGE = """<!DOCTYPE html>
<html lang="vi"><head><meta charset="utf-8"><title>{title}</title>
<style>
body {{ font-family: system-ui, sans-serif; max-width: 60em; margin: 2em auto; line-height: 1.6; }}
.text {{ white-space: pre-wrap; }}
mark.ref {{ padding: 0 .15em; border-radius: .2em; background: #fde68a; }}
mark.ref.unresolved {{ background: #fecaca; }}
mark.ref .label {{ font-size: .7em; font-weight: bold; margin-left: .3em; color: #555; }}
</style></head>
<body><h1>{title}</h1>
<div class="text">{body}</div>
</body></html>
"""


def _mark(text: str, ref: dict[str, Any]) -> str:
    label = escape(str(ref.get("relation") or "mentions"))
    target = ref.get("target_id")
    title = escape(str(ref.get("number_symbol") or ref.get("name") or ""), quote=True)
    inner = escape(text)
    if target:
        href = "/documents/" + quote(str(target), safe="")
        return (
            f'<mark class="ref" title="{title}"><a href="{href}">{inner}</a>'
            f'<span class="label">{label}</span></mark>'
        )
    return f'<mark class="ref unresolved" title="{title}">{inner}<span class="label">{label}</span></mark>'


def render_html(text: str, references: list[dict[str, Any]], title: str = "") -> str:
    parts: list[str] = []
    pos = 0
    for ref in sorted(references, key=lambda r: (int(r.get("start", 0)), -int(r.get("end", 0)))):
        start, end = int(ref.get("start", -1)), int(ref.get("end", -1))
        if start < pos or end <= start or end > len(text):
            continue
        parts.append(escape(text[pos:start]))
        parts.append(_mark(text[start:end], ref))
        pos = end
    parts.append(escape(text[pos:]))
    return _PAGE.format(title=escape(title or "Report"), body="".join(parts))
