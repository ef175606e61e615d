"""The ZIP writer used for DOCX packages: readable by zipfile with correct CRCs, members in
order, the same bytes for the same parts."""

from __future__ import annotations

import io
import zipfile

from docgen.renderers.docx.zippack import pack, write


def test_members_read_back_with_their_content():
    parts = {"[Content_Types].xml": b"<Types/>", "word/document.xml": "<w:body>正文</w:body>".encode(),
             "word/empty.xml": b""}
    data = write(pack(name, content) for name, content in parts.items())
    archive = zipfile.ZipFile(io.BytesIO(data))
    assert archive.testzip() is None
    assert [i.filename for i in archive.infolist()] == list(parts)
    for name, content in parts.items():
        assert archive.read(name) == content
        assert archive.getinfo(name).compress_type == zipfile.ZIP_DEFLATED


def test_a_member_packed_once_gives_the_same_bytes_every_time():
    styles = pack("word/styles.xml", b"<w:styles>" + b"<w:style/>" * 1000 + b"</w:styles>")
    first = write([styles, pack("word/document.xml", b"<a/>")])
    second = write([styles, pack("word/document.xml", b"<a/>")])
    assert first == second and len(first) < 2000
