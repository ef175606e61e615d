"""The names of a DOCX's styles, by role: what the styles are created under
(:mod:`.styles`) and what every paragraph names — without python-docx, which only building
the styles needs."""

from __future__ import annotations

from ...style.schema import RoleName

#: Paragraph roles → (style id, name shown in Word).
PARAGRAPH_STYLES: dict[RoleName, tuple[str, str]] = {
    "title": ("DocTitle", "公文标题"),
    "subtitle": ("DocSubtitle", "副标题"),
    "date_line": ("DocDateLine", "日期行"),
    "speaker": ("DocSpeaker", "讲话人"),
    "salutation": ("DocSalutation", "称呼"),
    "heading1": ("DocHeading1", "一级标题"),
    "heading2": ("DocHeading2", "二级标题"),
    "heading3": ("DocHeading3", "三级标题"),
    "heading4": ("DocHeading4", "四级标题"),
    "body": ("DocBody", "正文"),
    "closing": ("DocClosing", "结束语"),
    "signature": ("DocSignature", "落款"),
    "signature_date": ("DocSignatureDate", "成文日期"),
    "attachment": ("DocAttachment", "附件说明"),
    "attachment_label": ("DocAttachmentLabel", "附件标识"),
    "attachment_title": ("DocAttachmentTitle", "附件标题"),
    "document_title": ("DocDocumentTitle", "文件标题"),
    "note": ("DocNote", "附注"),
    "distribution": ("DocDistribution", "版记"),
    "copy_number": ("DocCopyNumber", "份号"),
    "secrecy": ("DocSecrecy", "密级和保密期限"),
    "urgency": ("DocUrgency", "紧急程度"),
    "issuer_mark": ("DocIssuerMark", "发文机关标志"),
    "document_number": ("DocDocumentNumber", "发文字号"),
    "signer": ("DocSigner", "签发人"),
    "issuer": ("DocIssuer", "发文机关"),
    "attendance": ("DocAttendance", "出席列席"),
}

#: Lines of two parts, one flush left and one flush right at a tab stop: the 发文字号 and the
#: 签发人 of a 上行文, the 份号 (or 密级 …) and the 发文字号 of a 信函, the 印发机关 and the
#: 印发日期 of the 版记.  Kind → (style id, name shown in Word, the role it is set in).
TWO_PART_STYLES: dict[str, tuple[str, str, RoleName]] = {
    "up": ("DocNumberUp", "发文字号和签发人", "document_number"),
    "letter": ("DocNumberLetter", "信函份号和发文字号", "document_number"),
    "print": ("DocPrintLine", "印发机关和印发日期", "distribution"),
}

#: Paragraph roles shown in Word's navigation pane, with their outline level: the headings,
#: and each attachment's label and a document a notice issues, which start a part of their own.
OUTLINE_LEVELS: dict[RoleName, int] = {"heading1": 1, "heading2": 2, "heading3": 3, "heading4": 4,
                                  "attachment_label": 1, "document_title": 1}

#: Character roles of run-in leads → (style id, name shown in Word).
CHARACTER_STYLES: dict[RoleName, tuple[str, str]] = {
    "heading1": ("DocLead1", "段首标题一级"),
    "heading2": ("DocLead2", "段首标题二级"),
    "heading3": ("DocLead3", "段首标题三级"),
    "heading4": ("DocLead4", "段首标题四级"),
    "enumeration": ("DocEnumeration", "列举引导"),
    "signer_name": ("DocSignerName", "签发人姓名"),
    "attendance_label": ("DocAttendanceLabel", "出席列席标签"),
    "copy_number": ("DocCopyNumberRun", "份号（字符）"),
    "secrecy": ("DocSecrecyRun", "密级（字符）"),
    "urgency": ("DocUrgencyRun", "紧急程度（字符）"),
    "document_number": ("DocDocumentNumberRun", "发文字号（字符）"),
}

PAGE_NUMBER_STYLES = {"odd": ("DocPageNumberOdd", "页码（单页）"),
                      "even": ("DocPageNumberEven", "页码（双页）")}

__all__ = ["CHARACTER_STYLES", "OUTLINE_LEVELS", "PAGE_NUMBER_STYLES", "PARAGRAPH_STYLES", "TWO_PART_STYLES"]
