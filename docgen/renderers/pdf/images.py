"""Pictures in the PDF (the seals): a PNG as an image XObject, its transparency as a soft mask.

PDF has no PNG image type that carries an alpha channel, so the picture is decoded (with
Pillow) and written as 8-bit samples: its colour (RGB, or grey for a grey picture) as one
image, its alpha channel as a second, grey image that the first names as its ``/SMask`` —
the paper shows through where the seal's ink is not.  A palette picture with a transparent
entry gets its alpha from the palette; other pictures are converted to RGB without a mask.

Decoding and compressing a picture costs more than a page of text, and a batch prints the
same seal on every document: the last few pictures' images are kept.
"""

from __future__ import annotations

import io
import zlib
from dataclasses import dataclass
from functools import lru_cache

#: Pictures whose images are kept (a batch uses one seal; a few presets at once, a few).
_KEPT = 8
#: zlib level of the samples: pictures are small and kept, so the smaller file wins.
LEVEL = 6


@dataclass(frozen=True, slots=True)
class Samples:
    """One image's samples: its size in pixels, colour space and Flate-compressed bytes."""

    width: int
    height: int
    color_space: str   # "DeviceRGB" or "DeviceGray"
    data: bytes


@dataclass(frozen=True, slots=True)
class Picture:
    """A picture as the PDF shows it: its colour and, when it has one, its soft mask."""

    color: Samples
    alpha: Samples | None


class UnreadablePicture(ValueError):
    """The picture file cannot be decoded (damaged, truncated, too large); the message says why."""


@lru_cache(maxsize=_KEPT)
def picture_samples(data: bytes) -> Picture:
    """The samples of the picture file ``data`` (a PNG, or anything Pillow reads); raises
    :class:`UnreadablePicture` when it cannot be decoded."""
    from PIL import Image

    try:
        with Image.open(io.BytesIO(data)) as opened:
            image = opened.copy() if opened.mode in ("L", "RGB") else _without_alpha(opened)
    except (OSError, SyntaxError, ValueError, Image.DecompressionBombError) as exc:
        raise UnreadablePicture(str(exc) or type(exc).__name__) from None
    color, alpha = image if isinstance(image, tuple) else (image, None)
    return Picture(_samples(color), _samples(alpha) if alpha is not None else None)


def _without_alpha(image):
    """(colour, alpha) of a picture with transparency, or the picture in RGB without it."""
    mode = image.mode
    if mode in ("LA", "RGBA"):
        return image.convert(mode[:-1]), image.getchannel("A")
    if mode == "P" and "transparency" in image.info:
        rgba = image.convert("RGBA")
        return rgba.convert("RGB"), rgba.getchannel("A")
    return image.convert("RGB")


def _samples(image) -> Samples:
    space = "DeviceGray" if image.mode == "L" else "DeviceRGB"
    return Samples(image.width, image.height, space, zlib.compress(image.tobytes(), LEVEL))
