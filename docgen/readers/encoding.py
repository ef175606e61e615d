"""Finding the encoding of a text: byte-order marks first, then decoding plus plausibility.

GB18030 decodes almost any byte string without error, so "it decodes" proves little: Big5
text decodes as GB18030 too, into nonsense.  Each candidate that decodes is therefore scored
by how plausible its characters are as Chinese text — the share of its Han characters that
are common ones (GB 2312 level 1 and Big5's frequently used characters), with kana, Greek,
Cyrillic, box-drawing and private-use characters counted against it.  Real text scores near 1;
text decoded with the wrong one of the two scores about 0.25–0.5.
"""

from __future__ import annotations

import codecs
import contextlib
import functools
import re
from dataclasses import dataclass

from ..errors import InputError

#: Byte-order marks and what they announce (UTF-32 before UTF-16: its LE mark starts alike).
BOMS: tuple[tuple[bytes, str], ...] = (
    (codecs.BOM_UTF32_LE, "utf-32-le"),
    (codecs.BOM_UTF32_BE, "utf-32-be"),
    (codecs.BOM_UTF8, "utf-8-sig"),
    (codecs.BOM_UTF16_LE, "utf-16-le"),
    (codecs.BOM_UTF16_BE, "utf-16-be"),
)

#: Encodings tried when there is no byte-order mark, in order of preference.  GB18030 is a
#: superset of GBK and GB 2312, so one attempt covers all three.
CANDIDATES = ("utf-8", "gb18030", "big5")

#: Big5 is chosen only when it is clearly more plausible than GB18030: its score must reach
#: this and beat GB18030's by BIG5_MARGIN (a simplified text is never taken for Big5).
BIG5_MIN_SCORE = 0.8
BIG5_MARGIN = 0.2

#: Characters scored per candidate: enough to decide, cheap on a 20 MB file.
SAMPLE_CHARS = 200_000

#: Share of control characters (other than tab, newline, carriage return, form feed) above
#: which decoded data is taken for a binary file rather than text with a few stray control codes.
BINARY_CONTROL_SHARE = 0.01

#: A text that decodes in no candidate is still read when at most this share of its bytes is
#: broken (a truncated last character, a few corrupt bytes), with the bad bytes shown as U+FFFD.
MAX_BROKEN_SHARE = 0.002


@dataclass(frozen=True, slots=True)
class Decoded:
    text: str
    encoding: str
    replaced: int = 0   # undecodable bytes replaced by U+FFFD


def decode(data: bytes, name: str) -> Decoded:
    """Decode ``data``; raise :class:`InputError` when no encoding fits."""
    for bom, encoding in BOMS:
        if data.startswith(bom):
            return _decode_bom(data[len(bom):], encoding, name)
    if b"\x00" in data[:65536]:
        utf16 = bomless_utf16(data)
        if utf16 is not None:
            return utf16
        raise InputError("not a text file (binary data)", name)
    return best_decoding(data, name)


def best_decoding(data: bytes, name: str, preferred: str | None = None) -> Decoded:
    """The most plausible of the candidate encodings (``preferred`` first, when it fits)."""
    order = tuple(dict.fromkeys(((preferred,) if preferred else ()) + CANDIDATES))
    decoded = {}
    for encoding in order:
        try:
            decoded[encoding] = data.decode(encoding)
        except (UnicodeDecodeError, LookupError):
            continue
        if encoding == "utf-8" and not _ascii_with_controls(data, decoded[encoding]):
            return Decoded(decoded[encoding], encoding)  # multi-byte UTF-8 by accident is vanishingly rare
    chosen = _choose(decoded, order) if decoded else None
    utf16 = bomless_utf16(data)  # Chinese in UTF-16 may have no zero byte at all
    if utf16 is not None and (chosen is None or _binary(chosen[0]) or _more_plausible(utf16.text, chosen[0])
                              or _cleaner(utf16.text, chosen[0]) or _han_high_bytes(data)):
        return utf16
    if chosen is None:
        return _decode_damaged(data, name)
    return Decoded(*chosen)


def _ascii_with_controls(data: bytes, text: str) -> bool:
    """Bytes that are all ASCII, some of them control codes: as likely Chinese in UTF-16
    without a byte-order mark (一 is ``00 4E``, 丁 ``01 4E``, 上 ``0A 4E``) as text."""
    return data.isascii() and (controls(text[:SAMPLE_CHARS]) > 0 or _han_high_bytes(data))


#: The high bytes of the Han characters U+4E00–U+7EFF (``N`` to ``~``): ASCII, so Chinese in
#: UTF-16 whose low bytes happen to be ASCII too reads as an ASCII text with no control code.
HAN_HIGH_BYTES = range(0x4E, 0x7F)


#: The high bytes of the common Han characters U+4E00–U+9FFF: with bytes above ASCII among the
#: data, every second byte in this range is Chinese in UTF-16 — GBK's, Big5's and UTF-8's lead
#: bytes of Han characters lie above it, and an ASCII text puts spaces and marks at both parities.
HAN_HIGH_BYTES_WIDE = range(0x4E, 0xA0)


def _han_high_bytes(data: bytes) -> bool:
    """Bytes of which every second one (from the first or the second) is the high byte of a Han
    character: ``\rN"N$N`` is 不丢两 in UTF-16.  An ASCII text cannot look like this unless it
    has no space, digit, capital A–M or punctuation but ``[\\]^_`{|}~`` at one parity; with bytes
    above ASCII (务 is ``A1 52``), the high bytes of U+4E00–U+9FFF count."""
    if len(data) % 2:
        return False
    sample = data[:SAMPLE_CHARS]
    high = HAN_HIGH_BYTES if data.isascii() else HAN_HIGH_BYTES_WIDE
    return any(min(half) in high and max(half) in high for half in (sample[0::2], sample[1::2]) if half)


def _cleaner(utf16: str, other: str) -> bool:
    """The UTF-16 reading has no control code where the other has some (the other is ASCII
    read from Chinese in UTF-16: a letter N between control codes)."""
    return controls(other[:SAMPLE_CHARS]) > 0 and controls(utf16[:SAMPLE_CHARS]) == 0


def _binary(text: str) -> bool:
    """Does a decoding look like binary data (control characters)?"""
    sample = text[:SAMPLE_CHARS]
    return controls(sample) > max(2, len(sample) * BINARY_CONTROL_SHARE)


def _more_plausible(text: str, other: str) -> bool:
    return plausibility(text[:SAMPLE_CHARS]) - plausibility(other[:SAMPLE_CHARS]) >= BIG5_MARGIN


def _choose(decoded: dict[str, str], order: tuple[str, ...]) -> tuple[str, str]:
    scores = {enc: plausibility(text[:SAMPLE_CHARS]) for enc, text in decoded.items()}
    best = max(scores, key=lambda enc: (scores[enc], -order.index(enc)))
    if best == "big5" and "gb18030" in scores:
        clearly = scores["big5"] >= BIG5_MIN_SCORE and scores["big5"] - scores["gb18030"] >= BIG5_MARGIN
        if not clearly:
            best = "gb18030"
    return decoded[best], best


def _decode_bom(body: bytes, encoding: str, name: str) -> Decoded:
    codec = encoding.removesuffix("-sig")
    try:
        return Decoded(body.decode(codec), encoding)
    except UnicodeDecodeError:
        text = body.decode(codec, errors="replace")
        broken = text.count("\ufffd")
        if broken <= max(1, len(body) * MAX_BROKEN_SHARE):
            return Decoded(text, encoding, broken)
        raise InputError(f"starts with a {encoding} byte-order mark but is not {encoding}", name) from None


#: UTF-16 without a byte-order mark and without zero bytes (no ASCII at all) is taken only
#: for text this Han (share of its characters that are not spaces or ASCII): random data and
#: other encodings read as UTF-16 give Hangul, Yi, private-use characters, broken surrogates.
UTF16_MIN_HAN = 0.3


def bomless_utf16(data: bytes) -> Decoded | None:
    """UTF-16 without a byte-order mark: the order whose zero bytes fall in the high half of
    each unit (ASCII characters put them there) is tried first, and the text must decode into
    plausible Chinese — Chinese characters put no zero byte anywhere, and a common one such
    as 一 (U+4E00) puts one in the low half, so neither order is ruled out by its zeros."""
    if len(data) % 2 or len(data) < 4:
        return None
    high_le, high_be = data[1:SAMPLE_CHARS:2].count(0), data[0:SAMPLE_CHARS:2].count(0)
    found = []
    for encoding in (("utf-16-le", "utf-16-be") if high_le >= high_be else ("utf-16-be", "utf-16-le")):
        try:
            text = data.decode(encoding)
        except UnicodeDecodeError:
            continue
        if "\x00" not in text and _looks_like_text(text, han=not (high_le or high_be)):
            found.append(Decoded(text, encoding))
    # both orders may pass (一丁七… puts its only zero byte where ASCII would: read the wrong
    # way it is ``NŎ͎…``, no Han at all): the one with more readable characters wins, the
    # order of the zeros on a tie
    return max(found, key=lambda d: _readable(d.text[:SAMPLE_CHARS])) if found else None


def _readable(text: str) -> int:
    """How many characters of ``text`` are printable ASCII, spaces, common Han characters
    or CJK punctuation and full-width forms."""
    common = common_hanzi()
    return sum(1 for ch in text if " " <= ch <= "~" or ch.isspace() or ch in common
               or "\u3000" <= ch <= "\u303f" or "\uff00" <= ch <= "\uffef")


def _looks_like_text(text: str, han: bool) -> bool:
    """Few control characters and plausible Han characters (and, with ``han``, many)."""
    sample = text[:SAMPLE_CHARS]
    return (controls(sample) <= len(sample) * BINARY_CONTROL_SHARE and plausibility(sample) >= BIG5_MIN_SCORE
            and (not han or _han_share(sample) >= UTF16_MIN_HAN))


def _han_share(text: str) -> float:
    """The share of Han characters among the characters that are neither ASCII nor spaces."""
    wide = [ch for ch in text if ch > "\x7f" and not ch.isspace()]
    return sum(1 for ch in wide if "\u3400" <= ch <= "\u9fff" or "\uf900" <= ch <= "\ufaff") / len(wide) if wide else 1.0


#: A C0 control character other than tab, newline, carriage return and form feed.
_CONTROL = re.compile("[\x00-\x08\x0b\x0e-\x1f]")


def controls(text: str) -> int:
    """How many control characters ``text`` has, tab, newline, carriage return and form feed
    not counted."""
    return len(_CONTROL.findall(text))


def _decode_damaged(data: bytes, name: str) -> Decoded:
    best: Decoded | None = None
    for encoding in CANDIDATES:
        text = data.decode(encoding, errors="replace")
        broken = text.count("\ufffd")
        if best is None or broken < best.replaced:
            best = Decoded(text, encoding, broken)
    assert best is not None
    if best.replaced <= max(1, len(data) * MAX_BROKEN_SHARE):
        return best
    raise InputError("cannot decode the text: it is not UTF-8, UTF-16, GB18030/GBK or Big5", name)


# --------------------------------------------------------------------------- plausibility


@functools.cache
def common_hanzi() -> frozenset[str]:
    """GB 2312 level 1 (3755 characters, rows 16–55) and Big5's frequently used characters
    (A440–C67E), taken from the codecs themselves."""
    found: set[str] = set()
    for codec, leads, trails in (
        ("gb2312", range(0xB0, 0xD8), range(0xA1, 0xFF)),
        ("big5", range(0xA4, 0xC7), (*range(0x40, 0x7F), *range(0xA1, 0xFF))),
    ):
        for lead in leads:
            for trail in trails:
                with contextlib.suppress(UnicodeDecodeError):
                    found.add(bytes((lead, trail)).decode(codec))
    return frozenset(found)


def _suspect(ch: str) -> bool:
    """Characters that appear in CJK text mostly when it was decoded with the wrong codec."""
    cp = ord(ch)
    return (0x3040 <= cp <= 0x30FF or 0x0370 <= cp <= 0x04FF or 0x2500 <= cp <= 0x257F
            or 0xE000 <= cp <= 0xF8FF or 0x3100 <= cp <= 0x312F or cp == 0xFFFD)


def plausibility(text: str) -> float:
    """Share of the text's Han (and suspect) characters that are common Han characters;
    1.0 for a text without any."""
    common = common_hanzi()
    good = total = 0
    for ch in text:
        if ch < "\u3000":
            if "\u0370" <= ch <= "\u04ff" or "\u2500" <= ch <= "\u257f":
                total += 1
            continue
        if "\u3400" <= ch <= "\u9fff" or "\uf900" <= ch <= "\ufaff":
            total += 1
            good += ch in common
        elif _suspect(ch):
            total += 1
    return good / total if total else 1.0
