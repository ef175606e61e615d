"""The DOCX package: the parts that depend only on the style, packed once, and the two
parts written for each document (the body and the core properties; with embedded fonts, also
the font table, its relationships and the fonts).

A :class:`Template` is made from a package saved once per style (styles, settings, fonts,
footers, relationships and content types are then fixed): every part is compressed once,
and ``word/document.xml`` is kept as the text before and after the body's paragraphs.
:func:`assemble` then lays out a document's package by copying the packed parts and
compressing only the new ones.
"""

from __future__ import annotations

import datetime as dt
import io
import zipfile
from collections.abc import Mapping
from dataclasses import dataclass

from . import zippack
from .wordml import escape

DOCUMENT = "word/document.xml"
CORE = "docProps/core.xml"
CONTENT_TYPES = "[Content_Types].xml"
STYLES = "word/styles.xml"
#: Where the section properties start: the body's paragraphs go just before them.
_SECTION_START = "<w:sectPr"
_XML_DECLARATION = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
#: zlib levels: the style's parts are compressed once, as well as zlib can; a document's own
#: parts at a level three times faster than the default for 4 % more bytes.
_TEMPLATE_LEVEL, _DOCUMENT_LEVEL = 9, 3


@dataclass(frozen=True, slots=True)
class Template:
    """A package with its body left open: packed parts, and the names of the per-document
    parts in their places."""

    parts: tuple[zippack.Member | str, ...]
    head: str   # word/document.xml up to the body's content
    tail: str   # the section properties and the end of the document
    styles: bytes = b""  # word/styles.xml as saved, for a document that changes a style


@dataclass(frozen=True, slots=True)
class Built:
    """A style's template and what a document refers to in it: the relationship of the
    seal's picture, and of a footer without a page number (when it was asked for and the
    style leaves the first-page footer free)."""

    template: Template
    seal: str | None = None
    blank_footer: str | None = None


def template_from(package: bytes, defaults: Mapping[str, str] | None = None) -> Template:
    """The template of a saved package whose body holds nothing but its section properties;
    ``defaults`` (extension → content type) are added to its content types, for parts that
    each document adds (embedded fonts)."""
    source = zipfile.ZipFile(io.BytesIO(package))
    parts: list[zippack.Member | str] = []
    head = tail = ""
    styles = b""
    for name in source.namelist():
        if name == STYLES:
            styles = source.read(name)
        if name == DOCUMENT:
            xml = source.read(name).decode("utf-8")
            cut = xml.index(_SECTION_START)
            head, tail = xml[:cut], xml[cut:]
            parts.append(name)
        elif name == CORE:
            parts.append(name)
        else:
            data = source.read(name)
            if name == CONTENT_TYPES and defaults:
                data = with_defaults(data, defaults)
            parts.append(zippack.pack(name, data, _TEMPLATE_LEVEL))
    if not head:
        raise ValueError(f"the package has no {DOCUMENT}")
    return Template(tuple(parts), head, tail, styles)


def with_defaults(content_types: bytes, defaults: Mapping[str, str]) -> bytes:
    """``[Content_Types].xml`` with a ``Default`` for each extension of ``defaults``."""
    xml = content_types.decode("utf-8")
    added = "".join(f'<Default Extension="{escape(ext)}" ContentType="{escape(kind)}"/>'
                    for ext, kind in defaults.items() if f'Extension="{ext}"' not in xml)
    cut = xml.index(">", xml.index("<Types")) + 1
    return (xml[:cut] + added + xml[cut:]).encode("utf-8")


def assemble(template: Template, body: str, core: str, extra: Mapping[str, bytes] | None = None, *,
             tail: str | None = None, styles: bytes | None = None) -> bytes:
    """The package of one document: ``body`` (paragraph markup) and ``core`` (core.xml);
    ``extra`` parts replace the template's parts of the same name, or are added after them;
    the section properties ``tail`` and the styles ``styles`` where the document has its own."""
    own = {DOCUMENT: template.head + body + (template.tail if tail is None else tail), CORE: core}
    extra = {**(extra or {}), **({STYLES: styles} if styles is not None else {})}
    members = [part if isinstance(part, zippack.Member) and part.name not in extra
               else _packed(part if isinstance(part, str) else part.name, own, extra)
               for part in template.parts]
    names = {m.name for m in members}
    members += [zippack.pack(name, data, _DOCUMENT_LEVEL) for name, data in extra.items() if name not in names]
    return zippack.write(members)


def _packed(name: str, own: Mapping[str, str], extra: Mapping[str, bytes]) -> zippack.Member:
    data = extra[name] if name in extra else own[name].encode("utf-8")
    return zippack.pack(name, data, _DOCUMENT_LEVEL)


#: Parts of python-docx's blank template that a new document does not need: effects of
#: Word 2010 styles (full of theme fonts), web settings, a sample custom XML item, the theme
#: (Latin and Japanese theme fonts), an empty list definition and a preview picture.
_DROPPED_PARTS = ("stylesWithEffects", "webSettings", "customXml", "theme", "numbering", "thumbnail")


def trim(document, font_table: bytes, app: bytes) -> None:
    """Drop the blank template's parts a new document does not need, and put ``font_table``
    and ``app`` (the extended properties) in place of its own."""
    from docx.opc.constants import RELATIONSHIP_TYPE as RT
    from docx.opc.packuri import PackURI
    from docx.opc.part import Part

    package = document.part.package
    for source in (document.part, package):
        for rid, rel in list(source.rels.items()):
            if rel.reltype.rsplit("/", 1)[-1] in (*_DROPPED_PARTS, "fontTable", "extended-properties"):
                source.rels.pop(rid)
    fonts = Part(PackURI("/word/fontTable.xml"),
                 "application/vnd.openxmlformats-officedocument.wordprocessingml.fontTable+xml",
                 font_table, package)
    document.part.relate_to(fonts, RT.FONT_TABLE)
    extended = Part(PackURI("/docProps/app.xml"),
                    "application/vnd.openxmlformats-officedocument.extended-properties+xml", app, package)
    package.relate_to(extended, RT.EXTENDED_PROPERTIES)


def app_xml(application: str) -> bytes:
    """``docProps/app.xml``: the application that made the file (the counts of pages and
    words are left to the office, which fills them in when it saves)."""
    return (_XML_DECLARATION
            + '<Properties xmlns="http://schemas.openxmlformats.org/officeDocument/2006/extended-properties"'
            ' xmlns:vt="http://schemas.openxmlformats.org/officeDocument/2006/docPropsVTypes">'
            f"<Application>{escape(application)}</Application><DocSecurity>0</DocSecurity>"
            "<ScaleCrop>false</ScaleCrop><LinksUpToDate>false</LinksUpToDate>"
            "<SharedDoc>false</SharedDoc><HyperlinksChanged>false</HyperlinksChanged>"
            "</Properties>").encode("utf-8")


@dataclass(frozen=True, slots=True)
class CoreProperties:
    """What Word shows under File › Info › Properties."""

    title: str
    author: str
    subject: str
    keywords: str
    description: str
    when: dt.datetime  # created and last modified
    language: str = "zh-CN"
    last_modified_by: str = "docgen"


def core_xml(props: CoreProperties) -> str:
    """``docProps/core.xml`` (OPC core properties, Dublin Core terms)."""
    when = props.when.astimezone(dt.UTC).strftime("%Y-%m-%dT%H:%M:%SZ")
    return (
        _XML_DECLARATION
        + '<cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties"'
        ' xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:dcterms="http://purl.org/dc/terms/"'
        ' xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">'
        f"<dc:title>{escape(props.title)}</dc:title>"
        f"<dc:subject>{escape(props.subject)}</dc:subject>"
        f"<dc:creator>{escape(props.author)}</dc:creator>"
        f"<cp:keywords>{escape(props.keywords)}</cp:keywords>"
        f"<dc:description>{escape(props.description)}</dc:description>"
        f"<dc:language>{escape(props.language)}</dc:language>"
        f"<cp:lastModifiedBy>{escape(props.last_modified_by)}</cp:lastModifiedBy>"
        "<cp:revision>1</cp:revision>"
        f'<dcterms:created xsi:type="dcterms:W3CDTF">{when}</dcterms:created>'
        f'<dcterms:modified xsi:type="dcterms:W3CDTF">{when}</dcterms:modified>'
        "</cp:coreProperties>"
    )
