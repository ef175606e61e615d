"""DrawingML of the floating objects a 公文 needs, written as text: the red rules of the 版头
(a line shape) and the seal (a picture over the signature and date).

Each is a run holding a ``wp:anchor`` that does not wrap text (``wrapNone``) and is placed
by offsets from the page, the margin (the text block) or its paragraph — what Word and
LibreOffice both honour to the EMU.  Element order follows ECMA-376 (CT_Anchor: simplePos,
positionH, positionV, extent, effectExtent, wrap, docPr, cNvGraphicFramePr, graphic).
"""

from __future__ import annotations

from typing import Literal

from .wordml import escape

#: English Metric Units per point.
EMU_PER_PT = 12700
_A = "http://schemas.openxmlformats.org/drawingml/2006/main"
_PIC = "http://schemas.openxmlformats.org/drawingml/2006/picture"
_WPS = "http://schemas.microsoft.com/office/word/2010/wordprocessingShape"

#: What a position is measured from: the page's edge, the text block's, or the top of the
#: paragraph the object is anchored in (its space above included).
Relative = Literal["page", "margin", "paragraph"]


def emu(points: float) -> int:
    return round(points * EMU_PER_PT)


def _anchor(shape_id: int, name: str, x: float, y: float, width: float, height: float,
            horizontal: Relative, vertical: Relative, graphic: str, behind: bool = False) -> str:
    return (f'<w:r><w:drawing><wp:anchor distT="0" distB="0" distL="0" distR="0" simplePos="0" '
            f'relativeHeight="{shape_id}" behindDoc="{int(behind)}" locked="0" layoutInCell="1" '
            f'allowOverlap="1"><wp:simplePos x="0" y="0"/>'
            f'<wp:positionH relativeFrom="{horizontal}"><wp:posOffset>{emu(x)}</wp:posOffset></wp:positionH>'
            f'<wp:positionV relativeFrom="{vertical}"><wp:posOffset>{emu(y)}</wp:posOffset></wp:positionV>'
            f'<wp:extent cx="{emu(width)}" cy="{emu(height)}"/><wp:effectExtent l="0" t="0" r="0" b="0"/>'
            f'<wp:wrapNone/><wp:docPr id="{shape_id}" name="{escape(name)} {shape_id}"/>'
            f'<wp:cNvGraphicFramePr/><a:graphic xmlns:a="{_A}">{graphic}</a:graphic>'
            f'</wp:anchor></w:drawing></w:r>')


def rule(shape_id: int, x: float, y: float, length: float, weight: float, color: str,
         horizontal: Relative = "page", vertical: Relative = "page") -> str:
    """A horizontal rule whose stroke's middle lies ``y`` below and starts ``x`` right of
    what they are measured from; ``color`` as ``#RRGGBB``."""
    graphic = (f'<a:graphicData uri="{_WPS}"><wps:wsp><wps:cNvCnPr/><wps:spPr>'
               f'<a:xfrm><a:off x="0" y="0"/><a:ext cx="{emu(length)}" cy="0"/></a:xfrm>'
               f'<a:prstGeom prst="line"><a:avLst/></a:prstGeom>'
               f'<a:ln w="{emu(weight)}"><a:solidFill><a:srgbClr val="{color.lstrip("#").upper()}"/>'
               f'</a:solidFill></a:ln></wps:spPr><wps:bodyPr/></wps:wsp></a:graphicData>')
    return _anchor(shape_id, "Rule", x, y, length, 0.0, horizontal, vertical, graphic)


def picture(shape_id: int, relationship: str, x: float, y: float, width: float, height: float,
            horizontal: Relative = "margin", vertical: Relative = "paragraph") -> str:
    """A picture (the image part ``relationship`` names) over the text, ``width`` × ``height``
    with its top left corner at ``x``, ``y``."""
    graphic = (f'<a:graphicData uri="{_PIC}"><pic:pic xmlns:pic="{_PIC}">'
               f'<pic:nvPicPr><pic:cNvPr id="{shape_id}" name="Seal {shape_id}"/><pic:cNvPicPr/></pic:nvPicPr>'
               f'<pic:blipFill><a:blip r:embed="{escape(relationship)}"/><a:stretch><a:fillRect/></a:stretch>'
               f'</pic:blipFill><pic:spPr><a:xfrm><a:off x="0" y="0"/>'
               f'<a:ext cx="{emu(width)}" cy="{emu(height)}"/></a:xfrm>'
               f'<a:prstGeom prst="rect"><a:avLst/></a:prstGeom></pic:spPr></pic:pic></a:graphicData>')
    return _anchor(shape_id, "Seal", x, y, width, height, horizontal, vertical, graphic)
