"""Pictures for the PDF (seals): each kind of PNG becomes colour samples and, when it has
transparency, an alpha channel for the soft mask — read back and compared with the picture."""

from __future__ import annotations

import io
import zlib

import pytest
from PIL import Image

from docgen.renderers.pdf.images import UnreadablePicture, picture_samples


def png(image: Image.Image, **options) -> bytes:
    out = io.BytesIO()
    image.save(out, "PNG", **options)
    return out.getvalue()


def test_a_picture_with_alpha_is_colour_and_a_mask():
    image = Image.new("RGBA", (3, 2), (200, 10, 20, 0))
    image.putpixel((1, 0), (230, 0, 0, 255))
    image.putpixel((2, 1), (10, 20, 30, 128))
    found = picture_samples(png(image))
    assert (found.color.width, found.color.height, found.color.color_space) == (3, 2, "DeviceRGB")
    assert zlib.decompress(found.color.data) == image.convert("RGB").tobytes()
    assert found.alpha is not None and found.alpha.color_space == "DeviceGray"
    assert list(zlib.decompress(found.alpha.data)) == [0, 255, 0, 0, 0, 128]


def test_a_grey_picture_with_alpha_stays_grey():
    image = Image.new("LA", (2, 2), (90, 255))
    image.putpixel((0, 1), (0, 40))
    found = picture_samples(png(image))
    assert found.color.color_space == "DeviceGray" and zlib.decompress(found.color.data) == bytes([90, 90, 0, 90])
    assert found.alpha is not None and list(zlib.decompress(found.alpha.data)) == [255, 255, 40, 255]


def test_a_palette_picture_takes_its_alpha_from_the_transparent_entry():
    image = Image.new("P", (2, 1), 0)
    image.putpalette([255, 255, 255, 220, 0, 0] + [0] * 762)
    image.putpixel((1, 0), 1)
    found = picture_samples(png(image, transparency=0))
    assert zlib.decompress(found.color.data) == bytes([255, 255, 255, 220, 0, 0])
    assert found.alpha is not None and list(zlib.decompress(found.alpha.data)) == [0, 255]


@pytest.mark.parametrize(("mode", "space"), [("RGB", "DeviceRGB"), ("L", "DeviceGray"), ("1", "DeviceRGB"),
                                             ("P", "DeviceRGB")])
def test_an_opaque_picture_has_no_mask(mode, space):
    image = Image.new(mode, (4, 3))
    found = picture_samples(png(image))
    assert found.alpha is None and found.color.color_space == space
    assert len(zlib.decompress(found.color.data)) == 4 * 3 * (1 if space == "DeviceGray" else 3)


@pytest.mark.parametrize("data", [b"", b"\x89PNG\r\n\x1a\n" + bytes(100), b"not a picture"])
def test_a_picture_that_cannot_be_decoded_says_so(data):
    with pytest.raises(UnreadablePicture):
        picture_samples(data)
