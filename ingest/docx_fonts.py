"""Runs of a .docx set in a legacy Vietnamese font (TCVN3 .VnTime, .VnArialH …; VNI-Times …).

Documents typed before Unicode (and many typed since, from old templates) hold TCVN3 or VNI code
points, which Word stores as the Latin-1/cp1252 characters of those bytes: "Uû ban nh©n d©n". The
font of each run says which runs are so encoded, so they are converted run by run (`ingest.legacy`)
and a document that mixes Unicode and legacy runs — an old header pasted over a new body — reads
right everywhere. A run's font is its own `w:rFonts`, else that of its character style, else that of
its paragraph's style (or the default paragraph style), each through `w:basedOn`, else the
document's defaults; a theme font is never a legacy one.
"""

from __future__ import annotations

from typing import Any

from ingest.legacy import convert_run, font_encoding

_W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
_MAX_DEPTH = 20  # basedOn chains are short; this guards against cycles in damaged files
Encoding = tuple[str, bool]  # (encoding, capitals), as ingest.legacy.font_encoding gives it


def _rfonts(rpr: Any) -> str | None:
    """The font an rPr sets for Latin text (hAnsi, else ascii); "" for a theme font; None when unset."""
    if rpr is None:
        return None
    fonts = rpr.find(f"{_W}rFonts")
    if fonts is None:
        return None
    for attr in ("hAnsi", "ascii"):
        if fonts.get(f"{_W}{attr}Theme") is not None:
            return ""
        name = fonts.get(f"{_W}{attr}")
        if name is not None:
            return name
    return None


class LegacyFonts:
    """Which runs of one document are set in a legacy font (see the module docstring)."""

    def __init__(self, styles: Any | None) -> None:
        self._font: dict[str, str | None] = {}  # style id → its own rFonts
        self._based_on: dict[str, str] = {}
        self._default_para: str | None = None
        self._default: str | None = None
        self.converted: set[str] = set()  # the encodings of the runs converted so far
        if styles is None:
            return
        defaults = styles.find(f"{_W}docDefaults/{_W}rPrDefault/{_W}rPr")
        self._default = _rfonts(defaults)
        for style in styles.iter(f"{_W}style"):
            sid = style.get(f"{_W}styleId")
            if not sid:
                continue
            self._font[sid] = _rfonts(style.find(f"{_W}rPr"))
            based = style.find(f"{_W}basedOn")
            if based is not None and based.get(f"{_W}val"):
                self._based_on[sid] = based.get(f"{_W}val")
            if style.get(f"{_W}type") == "paragraph" and style.get(f"{_W}default") in ("1", "true", "on"):
                self._default_para = sid

    def _style_font(self, sid: str | None) -> str | None:
        for _ in range(_MAX_DEPTH):
            if sid is None:
                return None
            font = self._font.get(sid)
            if font is not None:
                return font
            sid = self._based_on.get(sid)
        return None

    def paragraph_style(self, p: Any) -> str | None:
        """The paragraph's style id (its pStyle, else the default paragraph style)."""
        ps = p.find(f"{_W}pPr/{_W}pStyle")
        return ps.get(f"{_W}val") if ps is not None else self._default_para

    def encoding(self, run: Any, para_style: str | None) -> Encoding | None:
        """The legacy encoding of a w:r element's text, or None for Unicode."""
        rpr = run.find(f"{_W}rPr")
        font = _rfonts(rpr)
        if font is None and rpr is not None:
            rs = rpr.find(f"{_W}rStyle")
            font = self._style_font(rs.get(f"{_W}val")) if rs is not None else None
        if font is None:
            font = self._style_font(para_style)
        if font is None:
            font = self._default
        return font_encoding(font)

    def convert(self, text: str, legacy: Encoding) -> str:
        """A run's text in `legacy` as Unicode (noted in `converted`)."""
        if not text:
            return text
        converted = convert_run(text, *legacy)
        if converted != text:
            self.converted.add(legacy[0])
        return converted
