"""WordprocessingML without python-docx: the schema's order of the children of run,
paragraph and section properties (which :mod:`.ooxml` follows too), and the change to a
style's saved ``word/styles.xml`` that one document may need — so that a document written
from a cached template never imports python-docx."""

from __future__ import annotations

#: Child order of ``w:rPr`` (ECMA-376 CT_RPr): Word rejects a file whose run properties are
#: out of this order.
RPR_ORDER = ("w:rStyle", "w:rFonts", "w:b", "w:bCs", "w:i", "w:iCs", "w:caps", "w:smallCaps",
             "w:strike", "w:dstrike", "w:outline", "w:shadow", "w:emboss", "w:imprint",
             "w:noProof", "w:snapToGrid", "w:vanish", "w:webHidden", "w:color", "w:spacing",
             "w:w", "w:kern", "w:position", "w:sz", "w:szCs", "w:highlight", "w:u", "w:effect",
             "w:bdr", "w:shd", "w:fitText", "w:vertAlign", "w:rtl", "w:cs", "w:em", "w:lang",
             "w:eastAsianLayout", "w:specVanish", "w:oMath")


#: Child order of ``w:pPr`` (ECMA-376 CT_PPrBase, then CT_PPr's own).
PPR_ORDER = ("w:pStyle", "w:keepNext", "w:keepLines", "w:pageBreakBefore", "w:framePr",
             "w:widowControl", "w:numPr", "w:suppressLineNumbers", "w:pBdr", "w:shd", "w:tabs",
             "w:suppressAutoHyphens", "w:kinsoku", "w:wordWrap", "w:overflowPunct",
             "w:topLinePunct", "w:autoSpaceDE", "w:autoSpaceDN", "w:bidi", "w:adjustRightInd",
             "w:snapToGrid", "w:spacing", "w:ind", "w:contextualSpacing", "w:mirrorIndents",
             "w:suppressOverlap", "w:jc", "w:textDirection", "w:textAlignment",
             "w:textboxTightWrap", "w:outlineLvl", "w:divId", "w:cnfStyle", "w:rPr", "w:sectPr",
             "w:pPrChange")

#: Child order of ``w:sectPr`` (ECMA-376 CT_SectPr), after the header and footer references.
SECT_PR_ORDER = ("w:footnotePr", "w:endnotePr", "w:type", "w:pgSz", "w:pgMar", "w:paperSrc",
                 "w:pgBorders", "w:lnNumType", "w:pgNumType", "w:cols", "w:formProt", "w:vAlign",
                 "w:noEndnote", "w:titlePg", "w:textDirection", "w:bidi", "w:rtlGutter",
                 "w:docGrid", "w:printerSettings", "w:sectPrChange")

#: The WordprocessingML namespace.
W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"


def _q(tag: str) -> str:
    """``w:sz`` → ``{namespace}sz``."""
    return f"{{{W}}}{tag.split(':', 1)[1]}"


def scaled_style(styles_xml: bytes, style_id: str, percent: int, size: float | None) -> bytes:
    """``word/styles.xml`` with the style ``style_id`` condensed to ``percent`` % of its
    characters' width (``w:w``, Word's 字符缩放) and, with ``size``, set in that size: the
    mark of a 版头, fitted to its text."""
    from lxml import etree

    root = etree.fromstring(styles_xml)
    for el in root.iter(_q("w:style")):
        if el.get(_q("w:styleId")) == style_id:
            rpr = _child(el, "w:rPr", ())
            if percent != 100:
                _child(rpr, "w:w", RPR_ORDER).set(_q("w:val"), str(percent))
            if size is not None:
                for tag in ("w:sz", "w:szCs"):
                    _child(rpr, tag, RPR_ORDER).set(_q("w:val"), str(round(size * 2)))
    return etree.tostring(root, xml_declaration=True, encoding="UTF-8", standalone=True)


def _child(parent, tag: str, order: tuple[str, ...]):
    """The child ``tag`` of ``parent``, created in the schema's ``order`` if missing (last
    when the order does not name it)."""
    from lxml import etree

    found = parent.find(_q(tag))
    if found is not None:
        return found
    found = etree.Element(_q(tag), nsmap={"w": W})
    place_in_order(parent, found, tag, order)
    return found


def place_in_order(parent, element, tag: str, order: tuple[str, ...]) -> None:
    """Put ``element`` (a ``tag``) under ``parent`` before the first child that the schema's
    ``order`` puts after it — last when the order does not name it."""
    later = {_q(t) for t in order[order.index(tag) + 1:]} if tag in order else set()
    for sibling in parent:
        if sibling.tag in later:
            sibling.addprevious(element)
            return
    parent.append(element)
