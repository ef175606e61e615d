"""The web page's HTTP API with Starlette's TestClient: the page, the conversions, the Host and
Origin checks, the limits, the zip reader and the error pages."""

from __future__ import annotations

import base64
import io
import json
import re
import zipfile

import pytest
from webhelpers import (
    BASE,
    EXAMPLES,
    PORT,
    SEED,
    SEED_HEADINGS,
    SEED_TITLE,
    make_client,
    pdf_fonts,
    pdf_pages,
    pdf_text,
    require_web,
)

require_web()

PNG = b"\x89PNG\r\n\x1a\n" + bytes(range(256)) * 8


def post(client, path: str, name: str = "讲话.txt", data: bytes = b"", lang: str = "zh", **fields):
    form = {k: v if isinstance(v, str) else json.dumps(v, ensure_ascii=False) for k, v in fields.items()}
    return client.post(f"{path}?lang={lang}", files={"file": (name, data, "application/octet-stream")}, data=form)


def config_of(html: str) -> dict:
    match = re.search(r'<script type="application/json" id="docgen-config">(.*?)</script>', html, re.S)
    assert match, "the page carries its data"
    return json.loads(match.group(1))


# --------------------------------------------------------------------------- the page


def test_page_is_chinese_by_default_with_every_asset_local(client):
    response = client.get("/")
    assert response.status_code == 200
    html = response.text
    assert '<html lang="zh-CN"' in html
    assert "docgen 公文排版" in html and "粘贴文本" in html and "版面预览" in html
    # Nothing is loaded from anywhere else: every src/href is a path of this server.
    for url in re.findall(r'(?:src|href)="([^"]+)"', html):
        assert url.startswith("/"), url
    policy = response.headers["content-security-policy"]
    assert "default-src 'none'" in policy and "connect-src 'self'" in policy
    assert response.headers["x-frame-options"] == "DENY"
    for asset, kind in (("app.js", "javascript"), ("app.css", "text/css"), ("icon.svg", "svg")):
        got = client.get(f"/static/{asset}")
        assert got.status_code == 200 and kind in got.headers["content-type"]
    assert "http://" not in client.get("/static/app.js").text.replace("http://127.0.0.1", "")
    assert "@import" not in client.get("/static/app.css").text and "url(" not in client.get("/static/app.css").text


def test_page_lists_the_presets_with_their_values_and_both_languages(client):
    config = config_of(client.get("/?lang=en").text)
    assert config["lang"] == "en"
    presets = {p["name"]: p for p in config["presets"]}
    assert {"gbt9704", "large-print", "speech"} <= set(presets)
    assert config["presets"][0]["name"] == config["default_preset"] == "gbt9704"
    values = presets["gbt9704"]["values"]
    assert values["page.margins.top"] == "37" and values["page.margins.left"] == "28"
    assert values["body.size"] == "三号" and values["grid.lines"] == "22" and values["grid.chars"] == "28"
    assert presets["large-print"]["values"]["grid.lines"] == "16"
    assert config["text"]["zh"]["field_document_number"] == "发文字号"
    assert config["text"]["en"]["field_document_number"] == "Document number"
    assert config["limits"]["file_mb"] == 20


def test_english_page(client):
    html = client.get("/?lang=en").text
    assert '<html lang="en"' in html and "Paste text" in html and "Page preview" in html


# --------------------------------------------------------------------------- processing


def test_process_finds_title_headings_and_removed_lines_and_renders_every_page(client, seed_bytes):
    response = post(client, "/api/process", SEED.name, seed_bytes, style={"preset": "gbt9704"})
    assert response.status_code == 200, response.text
    result = response.json()
    assert result["ok"] and result["meta"]["title"] == SEED_TITLE
    headings = [b["text"] for b in result["blocks"] if b["type"] == "heading"]
    assert list(SEED_HEADINGS) == [h for h in headings if h in SEED_HEADINGS][:2]
    levels = {b["text"]: b["level"] for b in result["blocks"] if b["type"] == "heading"}
    assert levels[SEED_HEADINGS[0]] == 1 and levels[SEED_HEADINGS[1]] == 2
    removed = {r["line"]: r for r in result["cleaning"]["removed"]}
    assert removed[1]["rule"] == "banners" and "zciku" in removed[1]["text"]
    assert removed[3]["rule"] == "meta-lines"
    assert any(w["code"] == "placeholder" for w in result["warnings"])
    preview = result["preview"]
    assert preview["pages"] == len(preview["images"]) > 1
    first = base64.b64decode(preview["images"][0])
    assert first.startswith(b"\x89PNG")
    from PIL import Image

    image = Image.open(io.BytesIO(first))
    assert abs(image.width / image.height - 210 / 297) < 0.01  # an A4 page


def test_the_page_count_is_the_pdf_s(client, seed_bytes):
    result = post(client, "/api/process", SEED.name, seed_bytes, preview="count").json()
    pdf = post(client, "/api/download", SEED.name, seed_bytes, format="pdf").content
    assert result["preview"]["pages"] == pdf_pages(pdf)
    assert result["preview"]["images"] == []


def test_another_preset_changes_the_pages(client, seed_bytes):
    standard = post(client, "/api/process", SEED.name, seed_bytes, style={"preset": "gbt9704"}).json()
    large = post(client, "/api/process", SEED.name, seed_bytes, style={"preset": "large-print"}).json()
    assert large["preview"]["pages"] > standard["preview"]["pages"]
    assert large["preview"]["images"][0] != standard["preview"]["images"][0]


def test_a_style_value_changes_the_pages(client, seed_bytes):
    plain = post(client, "/api/process", SEED.name, seed_bytes, preview="count").json()
    fewer = post(client, "/api/process", SEED.name, seed_bytes, preview="count",
                 style={"preset": "gbt9704", "settings": {"grid.lines": "18", "page.margins.bottom": "60"}}).json()
    assert fewer["style_error"] is None
    assert fewer["preview"]["pages"] > plain["preview"]["pages"]


def test_a_bad_style_value_gives_docgen_s_one_line_message_and_keeps_the_structure(client, seed_bytes):
    result = post(client, "/api/process", SEED.name, seed_bytes,
                  style={"preset": "gbt9704", "settings": {"grid.chars": "40"}}).json()
    assert result["ok"] and result["meta"]["title"] == SEED_TITLE
    assert result["preview"] is None
    message = result["style_error"]
    assert "grid.chars" in message and "\n" not in message and "Traceback" not in message


@pytest.mark.parametrize("style, message", [
    ({"preset": "../../etc/passwd"}, "没有名为"),
    ({"preset": "/tmp/x.toml"}, "没有名为"),
    ({"preset": "gbt9704", "settings": {"typefaces.fangsong.font": "/etc/passwd"}}, "不能修改"),
    ({"preset": "gbt9704", "settings": {"body.size": "1" * 100}}, "太长"),
])
def test_only_presets_by_name_and_the_offered_keys_are_accepted(client, style, message):
    response = post(client, "/api/process", "a.txt", "同志们：\n今天开会。".encode(), style=style)
    assert response.status_code == 400
    assert message in response.json()["error"]


def test_header_fields_overrule_what_was_found(client, seed_bytes):
    overrides = {"title": "在全区办公室系统工作会议上的讲话", "date": "2024年6月12日",
                 "speaker": "区委书记 张三", "document_number": "×办发〔2024〕1号"}
    result = post(client, "/api/process", SEED.name, seed_bytes, preview="none",
                  options={"overrides": overrides}).json()
    assert result["meta"]["title"] == overrides["title"]
    assert result["meta"]["speaker"] == overrides["speaker"]
    assert result["meta"]["document_number"] == overrides["document_number"]
    assert result["found"]["title"] == SEED_TITLE  # the placeholder shows what the text says
    pdf = post(client, "/api/download", SEED.name, seed_bytes, format="pdf",
               options={"overrides": overrides}).content
    assert overrides["title"] in pdf_text(pdf).replace("\n", "")


def test_an_unknown_header_field_is_refused(client):
    response = post(client, "/api/process", "a.txt", "同志们：\n今天开会。".encode(),
                    options={"overrides": {"source_path": "/etc/passwd"}})
    assert response.status_code == 400


def test_keeping_a_removed_line_puts_it_back(client, seed_bytes):
    before = post(client, "/api/process", SEED.name, seed_bytes, preview="none").json()
    assert 1 in [r["line"] for r in before["cleaning"]["removed"]]
    after = post(client, "/api/process", SEED.name, seed_bytes, preview="none",
                 options={"keep": [{"line": 1, "rule": "banners"}]}).json()
    assert 1 not in [r["line"] for r in after["cleaning"]["removed"]]
    assert any("zciku" in b["text"] for b in after["blocks"])
    others = [r["line"] for r in after["cleaning"]["removed"]]
    assert 3 in others  # the other rules still remove their lines


@pytest.mark.parametrize("keep", [[{"line": 0, "rule": "banners"}], [{"line": 1, "rule": "../x"}],
                                  [{"line": True, "rule": "banners"}], "banners"])
def test_malformed_keep_entries_are_refused(client, keep):
    response = post(client, "/api/process", "a.txt", b"x", options={"keep": keep})
    assert response.status_code == 400


def test_a_line_is_kept_by_its_number_whatever_rule_removed_it(client):
    text = "同志们：\n今天开会，研究工作。\nwww.example.com\n谢谢大家！"
    response = post(client, "/api/process", "a.txt", text.encode(),
                    preview="none", options={"keep": [{"line": 3, "rule": "nosuchrule"}]})
    assert response.status_code == 200
    assert any("www.example.com" in b["text"] for b in response.json()["blocks"])

def test_a_binary_file_gets_a_message_for_that_file(client):
    response = post(client, "/api/process", "扫描件.png", PNG, lang="en")
    assert response.status_code == 422
    error = response.json()["error"]
    assert error.startswith("扫描件.png: ") and "not a text file" in error and "\n" not in error


@pytest.mark.parametrize("data, words", [(b"", "empty"), (b"\x00\x01\x02" * 1000, "not a text file")])
def test_an_input_docgen_cannot_read_is_a_422_message(client, data, words):
    response = post(client, "/api/process", "x.txt", data)
    assert response.status_code == 422 and words in response.json()["error"]


def test_html_and_docx_inputs(client, seed_bytes):
    html = ("<html><head><title>关于做好防汛工作的通知</title></head><body><div class=nav>首页 > 通知公告</div>"
            "<div class=content><h1>关于做好防汛工作的通知</h1><p>各乡镇人民政府，县政府各部门：</p>"
            "<p>为切实做好今年防汛工作，确保人民群众生命财产安全，现将有关事项通知如下。各单位要高度重视，"
            "认真落实责任，加强值班值守，及时报告险情。</p><p>一、提高认识。防汛工作事关全局，各地要把"
            "防汛工作摆在突出位置，切实抓紧抓好，不得麻痹大意。</p></div></body></html>").encode()
    result = post(client, "/api/process", "通知.html", html, preview="none").json()
    assert result["meta"]["title"] == "关于做好防汛工作的通知"
    from docx import Document

    document = Document()
    document.add_paragraph("关于做好防汛工作的通知")
    document.add_paragraph("各乡镇人民政府：")
    document.add_paragraph("为切实做好今年防汛工作，确保人民群众生命财产安全，现将有关事项通知如下。")
    buffer = io.BytesIO()
    document.save(buffer)
    result = post(client, "/api/process", "通知.docx", buffer.getvalue(), preview="count").json()
    assert result["meta"]["title"] == "关于做好防汛工作的通知" and result["preview"]["pages"] == 1


# --------------------------------------------------------------------------- downloads


def test_download_pdf_with_fonts_embedded_and_a_chinese_file_name(client, seed_bytes):
    response = post(client, "/api/download", SEED.name, seed_bytes, format="pdf", stem="讲话/../稿")
    assert response.status_code == 200 and response.headers["content-type"] == "application/pdf"
    disposition = response.headers["content-disposition"]
    assert "filename*=UTF-8''%E8%AE%B2%E8%AF%9D..%E7%A8%BF.pdf" in disposition  # 讲话..稿.pdf: no separator
    pdf = response.content
    assert pdf_pages(pdf) == int(response.headers["x-docgen-pages"]) > 1
    fonts = pdf_fonts(pdf)
    assert fonts and all(fonts.values()), fonts
    assert SEED_TITLE in pdf_text(pdf).replace("\n", "")


def test_download_docx_opens_and_holds_the_title(client, seed_bytes):
    response = post(client, "/api/download", SEED.name, seed_bytes, format="docx",
                    style={"preset": "speech"})
    assert response.status_code == 200
    assert response.headers["content-disposition"].endswith(".docx")
    from docx import Document

    document = Document(io.BytesIO(response.content))
    texts = [p.text for p in document.paragraphs]
    assert SEED_TITLE in texts
    assert any(SEED_HEADINGS[0] in t for t in texts)


def test_download_of_an_unknown_format_is_refused(client, seed_bytes):
    response = post(client, "/api/download", SEED.name, seed_bytes, format="exe")
    assert response.status_code == 400 and "exe" in response.json()["error"]


def test_batch_zip_has_the_outputs_and_a_summary_of_what_failed_and_why(client, seed_bytes):
    items = [{"stem": "讲话", "options": {}}, {"stem": "讲话", "options": {}},
             {"stem": "图片", "options": {}}, {"stem": "a/../../b", "options": {}}]
    files = [("file", ("讲话.txt", seed_bytes)), ("file", ("讲话.html", (EXAMPLES / "000_504764e108e64df3.txt").read_bytes())),
             ("file", ("图片.png", PNG)), ("file", ("b.txt", "同志们：\n今天开会。\n谢谢大家！".encode()))]
    response = client.post("/api/batch?lang=zh", files=files, data={
        "items": json.dumps(items), "formats": json.dumps(["pdf", "docx"]),
        "notes": json.dumps([{"name": "大文件.docx", "error": "大文件.docx：文件超过 20 MB，无法处理"}]),
        "style": json.dumps({"preset": "gbt9704"})})
    assert response.status_code == 200, response.text
    assert response.headers["content-type"] == "application/zip"
    archive = zipfile.ZipFile(io.BytesIO(response.content))
    names = set(archive.namelist())
    assert {"讲话.pdf", "讲话.docx", "讲话 (2).pdf", "讲话 (2).docx", "a....b.pdf", "summary.txt",
            "summary.json"} <= names
    assert not any("/" in n or "\\" in n for n in names)
    summary = json.loads(archive.read("summary.json"))
    by_input = {r["input"]: r for r in summary["files"]}
    assert by_input["讲话.txt"]["ok"] and by_input["讲话.txt"]["pages"] == pdf_pages(archive.read("讲话.pdf"))
    assert by_input["讲话.txt"]["warnings"]  # the XX placeholders
    assert not by_input["图片.png"]["ok"] and "not a text file" in by_input["图片.png"]["error"]
    assert not by_input["大文件.docx"]["ok"] and "20 MB" in by_input["大文件.docx"]["error"]
    text = archive.read("summary.txt").decode("utf-8")
    assert "共 5 个文件：3 个已转换，2 个失败" in text and "图片.png: 失败" in text


def test_batch_with_a_bad_style_value_says_so_once(client, seed_bytes):
    response = client.post("/api/batch", files=[("file", ("a.txt", seed_bytes))], data={
        "items": json.dumps([{}]), "style": json.dumps({"preset": "gbt9704", "settings": {"grid.lines": "90"}})})
    assert response.status_code == 422 and "grid.lines" in response.json()["error"]


# --------------------------------------------------------------------------- limits


def test_a_file_over_20_mb_is_refused_with_the_size_message(client):
    big = b"a" * (20 * 1024 * 1024 + 1)
    response = post(client, "/api/process", "大文件.txt", big, lang="zh")
    assert response.status_code == 413
    assert response.json()["error"] == "大文件.txt：文件超过 20 MB，无法处理"
    response = post(client, "/api/process", "big.txt", big, lang="en")
    assert response.json()["error"] == "big.txt: the file is larger than 20 MB"


def test_a_body_over_the_request_limit_is_refused_before_it_is_read(pool):
    with make_client(pool, request_bytes=10_000) as small:
        response = post(small, "/api/process", "a.txt", b"x" * 20_000)
    assert response.status_code == 413 and "MB" in response.json()["error"]


def test_too_many_files_in_one_request(pool, seed_bytes):
    with make_client(pool, files=2) as small:
        files = [("file", (f"{i}.txt", b"abc")) for i in range(3)]
        response = small.post("/api/batch?lang=en", files=files, data={"items": json.dumps([{}] * 3)})
    assert response.status_code == 413
    assert response.json()["error"] == "At most 2 files at a time"


def test_a_request_without_a_length_is_refused(client):
    def body():
        yield b"--x\r\n"

    response = client.post("/api/process", content=body(),
                           headers={"content-type": "multipart/form-data; boundary=x"})
    assert response.status_code == 411


def test_malformed_requests_are_400_messages(client):
    assert client.post("/api/process", data={"options": "{}"}).status_code == 400
    response = post(client, "/api/process", "a.txt", b"x", options="not json")
    assert response.status_code == 400 and "options" in response.json()["error"]
    response = client.post("/api/process", content=b"garbage", headers={"content-type": "multipart/form-data"})
    assert response.status_code == 400 and "error" in response.json()


# --------------------------------------------------------------------------- zips


def make_zip(members: list[tuple[str, bytes]]) -> bytes:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as archive:
        for name, data in members:
            info = zipfile.ZipInfo(name)
            info.compress_type = zipfile.ZIP_DEFLATED
            archive.writestr(info, data)
    return buffer.getvalue()


def gbk_zip(name: str, data: bytes) -> bytes:
    """A zip as Chinese Windows writes it: the member's name in GBK, no UTF-8 flag."""
    raw = name.encode("gbk")
    stand_in = b"x" * len(raw)  # an ASCII name of the same length, replaced in both headers
    data = make_zip([(stand_in.decode(), data)])
    assert data.count(stand_in) == 2
    return data.replace(stand_in, raw)


def test_unpack_reads_members_in_memory_by_label_only(client, seed_bytes):
    members = [("讲话稿/2024/讲话.txt", seed_bytes), ("../../../../tmp/evil.txt", "同志们：\n今天。".encode()),
               ("图/封面.png", PNG), ("inner.zip", make_zip([("a.txt", b"x")])), (".hidden.txt", b"x"),
               ("__MACOSX/._讲话.txt", b"x"), ("空目录/", b"")]
    response = client.post("/api/unpack?lang=zh", files={"file": ("材料.zip", make_zip(members))})
    assert response.status_code == 200, response.text
    body = response.json()
    assert [f["name"] for f in body["files"]] == ["讲话.txt", "evil.txt"]
    assert base64.b64decode(body["files"][0]["data"]) == seed_bytes
    skipped = {s["name"]: s["error"] for s in body["skipped"]}
    assert "不支持的文件类型" in skipped["封面.png"] and "不会展开" in skipped["inner.zip"]


def test_unpack_decodes_gbk_names(client):
    response = client.post("/api/unpack", files={"file": ("a.zip", gbk_zip("关于防汛的通知.txt", b"x"))})
    assert [f["name"] for f in response.json()["files"]] == ["关于防汛的通知.txt"]


def test_unpack_limits(pool):
    with make_client(pool, zip_members=3, file_bytes=100_000, zip_bytes=150_000) as small:
        many = make_zip([(f"{i}.txt", b"x") for i in range(4)])
        response = small.post("/api/unpack?lang=en", files={"file": ("many.zip", many)})
        assert response.status_code == 422 and response.json()["error"] == "many.zip: the zip holds more than 3 files"
        bomb = make_zip([("bomb.txt", b"0" * 5_000_000), ("ok.txt", b"fine")])
        assert len(bomb) < 100_000
        response = small.post("/api/unpack?lang=en", files={"file": ("bomb.zip", bomb)})
        body = response.json()
        assert [f["name"] for f in body["files"]] == ["ok.txt"]
        assert [s["name"] for s in body["skipped"]] == ["bomb.txt"]
        assert body["skipped"][0]["error"].startswith("bomb.txt: the file is larger than")
        total = make_zip([("a.txt", b"1" * 90_000), ("b.txt", b"2" * 90_000)])
        response = small.post("/api/unpack?lang=en", files={"file": ("total.zip", total)})
        assert response.status_code == 422 and "more than" in response.json()["error"]
    response = make_client(pool).post("/api/unpack", files={"file": ("bad.zip", b"PK\x03\x04 not a zip")})
    assert response.status_code == 422 and "不是有效的 zip" in response.json()["error"]


# --------------------------------------------------------------------------- Host and Origin


@pytest.mark.parametrize("host", ["evil.example", f"evil.example:{PORT}", "127.0.0.1:1", "127.0.0.1",
                                  f"localhost.evil.example:{PORT}", f"192.168.1.5:{PORT}", ""])
def test_a_foreign_host_header_is_refused(client, host):
    response = client.get("/", headers={"host": host})
    assert response.status_code == 400
    assert "拒绝访问" in response.text and "Refused" in response.text
    assert "Traceback" not in response.text
    api = client.post("/api/process", headers={"host": host}, files={"file": ("a.txt", b"x")})
    assert api.status_code == 400 and "error" in api.json()


@pytest.mark.parametrize("host", [f"127.0.0.1:{PORT}", f"localhost:{PORT}", f"[::1]:{PORT}", f"LOCALHOST:{PORT}"])
def test_the_loopback_names_are_accepted(client, host):
    assert client.get("/", headers={"host": host}).status_code == 200


def test_a_post_from_another_site_is_refused(client, seed_bytes):
    response = client.post("/api/process", headers={"origin": "http://evil.example"},
                           files={"file": ("a.txt", seed_bytes)})
    assert response.status_code == 403
    response = client.post("/api/process", headers={"sec-fetch-site": "cross-site"},
                           files={"file": ("a.txt", seed_bytes)})
    assert response.status_code == 403
    ok = client.post("/api/process", headers={"origin": BASE, "sec-fetch-site": "same-origin"},
                     files={"file": ("a.txt", seed_bytes)}, data={"preview": "none"})
    assert ok.status_code == 200


# --------------------------------------------------------------------------- error pages


def test_not_found_and_wrong_method_are_messages_not_traces(client):
    page = client.get("/nothing-here")
    assert page.status_code == 404 and "没有这个页面" in page.text and "<html" in page.text
    assert client.get("/static/../../setup.cfg").status_code == 404
    assert client.get("/static/app.py").status_code == 404
    api = client.get("/api/process?lang=en")
    assert api.status_code == 405 and api.json() == {"error": "Method not allowed"}


def test_an_internal_error_is_a_short_message(pool, seed_bytes, monkeypatch):
    import docgen.web.app as web_app

    def broken(*args, **kwargs):
        raise RuntimeError("secret detail")

    monkeypatch.setattr(web_app, "check_options", broken)
    with make_client(pool) as fresh:
        response = post(fresh, "/api/process", "a.txt", seed_bytes, lang="en")
    assert response.status_code == 500
    assert response.json() == {"error": "Internal error (the details are in the window running docgen serve)"}
    assert "secret" not in response.text and "Traceback" not in response.text


# --------------------------------------------------------------------------- the worker pool


@pytest.fixture(scope="module")
def stub_pool():
    import sys
    from pathlib import Path

    sys.path.insert(0, str(Path(__file__).parent))  # the workers import stuckjobs from here
    from docgen.web.pool import WorkerPool

    workers = WorkerPool(workers=1, time_limit=1.5, jobs_module="stuckjobs")
    workers.start()
    yield workers
    workers.close()


def test_a_stuck_conversion_is_killed_and_reported(stub_pool):
    before = stub_pool.run("pid")
    with make_client(stub_pool) as stub:
        response = post(stub, "/api/process", "sleep.txt", b"x", lang="en")
        assert response.status_code == 504
        assert response.json()["error"] == "sleep.txt: typesetting took more than 1.5 seconds and was stopped"
        after = stub_pool.run("pid")
        assert after != before  # the stuck worker was killed and replaced
        import os

        with pytest.raises(ProcessLookupError):
            os.kill(before, 0)
        # the next conversion is served
        assert post(stub, "/api/process", "fine.txt", b"x").json()["error"] == "fine.txt: converted by the stub"


def test_a_dead_worker_and_a_bug_are_reported_per_file(stub_pool):
    with make_client(stub_pool) as stub:
        crashed = post(stub, "/api/process", "crash.txt", b"x", lang="en")
        assert crashed.status_code == 500 and crashed.json()["error"] == "crash.txt: the typesetting process ended unexpectedly"
        bug = post(stub, "/api/process", "bug.txt", b"x", lang="en")
        assert bug.status_code == 500 and "a bug" not in bug.text and "Internal error" in bug.json()["error"]
        files = [("file", ("sleep.txt", b"x")), ("file", ("ok.txt", b"x"))]
        batch = stub.post("/api/batch", files=files, data={"items": json.dumps([{}, {}]), "formats": '["pdf"]'})
        assert batch.status_code == 200
        summary = json.loads(zipfile.ZipFile(io.BytesIO(batch.content)).read("summary.json"))
        by_input = {r["input"]: r for r in summary["files"]}
        assert "1.5" in by_input["sleep.txt"]["error"] and by_input["ok.txt"]["ok"]
