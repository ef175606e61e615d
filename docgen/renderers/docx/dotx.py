"""A DOCX package made a Word template (.dotx): the same parts, the main part declared as a
template's, so that Word and WPS open it as a new document based on it."""

from __future__ import annotations

import io
import zipfile

#: The content type of a document's main part, and of a template's.
DOCUMENT_MAIN = "application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"
TEMPLATE_MAIN = "application/vnd.openxmlformats-officedocument.wordprocessingml.template.main+xml"
CONTENT_TYPES = "[Content_Types].xml"


def as_template(package: bytes) -> bytes:
    """``package`` (a .docx) with its main part declared a template's (.dotx)."""
    source = zipfile.ZipFile(io.BytesIO(package))
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as target:
        for info in source.infolist():
            data = source.read(info)
            if info.filename == CONTENT_TYPES:
                text = data.decode("utf-8")
                if DOCUMENT_MAIN not in text:
                    raise ValueError("the package declares no document main part")
                data = text.replace(DOCUMENT_MAIN, TEMPLATE_MAIN).encode("utf-8")
            target.writestr(info, data)
    return out.getvalue()
