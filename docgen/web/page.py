"""The HTML of the page (plain string building, every value escaped) and of the error page.

The page is complete in the language asked for; its script switches language in place with the
strings of both languages, which it gets with the page data in a JSON ``<script>`` block.
"""

from __future__ import annotations

import json
from html import escape
from typing import Any

from ..version import __version__
from .forms import HEADER_FIELDS, STYLE_VALUES, StyleValue
from .i18n import TEXT, lang_of

_GROUPS = ("margins", "text", "page_number")


def strings() -> dict[str, dict[str, str]]:
    """Every string of the page in both languages: the i18n table and the labels of the forms."""
    out = {}
    for lang, table in TEXT.items():
        zh = lang == "zh"
        merged = dict(table)
        for f in HEADER_FIELDS:
            merged[f"field_{f.key}"] = f.zh if zh else f.en
            merged[f"example_{f.key}"] = f.example_zh if zh else f.example_en
        for v in STYLE_VALUES:
            merged[f"setting_{v.key}"] = v.zh if zh else v.en
            for c in v.choices:
                merged[f"choice_{v.key}_{c.value}"] = c.zh if zh else c.en
        out[lang] = merged
    return out


def _script_json(data: Any) -> str:
    """JSON safe inside a ``<script>`` element (no ``</script>``, no ``<!--``)."""
    return (json.dumps(data, ensure_ascii=False).replace("<", "\\u003c").replace(">", "\\u003e")
            .replace("&", "\\u0026"))


class _Text:
    def __init__(self, lang: str) -> None:
        self.table = strings()[lang]

    def __call__(self, key: str, tag: str = "span", **attrs: str) -> str:
        """An element whose text is the string ``key`` (and switches language with it)."""
        extra = "".join(f' {k.rstrip("_").replace("_", "-")}="{escape(v)}"' for k, v in attrs.items())
        return f'<{tag} data-i18n="{escape(key)}"{extra}>{escape(self.table[key])}</{tag}>'

    def get(self, key: str) -> str:
        return escape(self.table[key])


def _field_inputs(tx: _Text) -> str:
    rows = []
    for f in HEADER_FIELDS:
        rows.append(
            f'<label class="field"><span class="label" data-i18n="field_{f.key}">{tx.get("field_" + f.key)}'
            f'</span><input type="text" name="{f.key}" data-field="{f.key}" maxlength="300" '
            f'autocomplete="off" spellcheck="false"></label>')
    return "\n".join(rows)


def _setting_input(v: StyleValue, tx: _Text) -> str:
    label = (f'<span class="label" data-i18n="setting_{v.key}">{tx.get("setting_" + v.key)}</span>')
    common = f'name="{escape(v.key)}" data-setting="{escape(v.key)}" autocomplete="off"'
    if v.kind == "choice":
        options = ['<option value="" data-default="1"></option>']
        options += [f'<option value="{escape(c.value)}" data-i18n="choice_{escape(v.key)}_{escape(c.value)}">'
                    f'{tx.get(f"choice_{v.key}_{c.value}")}</option>' for c in v.choices]
        control = f'<select {common}>{"".join(options)}</select>'
    elif v.kind == "count":
        control = f'<input type="number" min="1" max="100" step="1" inputmode="numeric" {common}>'
    elif v.kind == "size":
        items = "".join(f'<option value="{escape(s)}"></option>' for s in v.suggestions)
        control = (f'<input type="text" list="list-{escape(v.key)}" maxlength="40" {common}>'
                   f'<datalist id="list-{escape(v.key)}">{items}</datalist>')
    else:
        control = f'<input type="text" inputmode="decimal" maxlength="40" {common}>'
    return f'<label class="setting setting-{v.kind}">{label}{control}</label>'


def _settings_form(tx: _Text) -> str:
    groups = []
    for group in _GROUPS:
        inputs = "".join(_setting_input(v, tx) for v in STYLE_VALUES if v.group == group)
        if inputs:
            groups.append(f'<fieldset class="group group-{group}">{tx("group_" + group, "legend")}'
                          f'<div class="group-fields">{inputs}</div></fieldset>')
    return "".join(groups)


def render(lang: str, config: dict[str, Any]) -> str:
    """The page in ``lang`` with ``config`` (see :func:`docgen.web.responses.page_config`)."""
    lang = lang_of(lang)
    tx = _Text(lang)
    data = {**config, "text": strings(), "version": __version__,
            "fields": [f.key for f in HEADER_FIELDS]}
    presets = "".join(
        f'<option value="{escape(p["name"])}"{" selected" if p["name"] == config["default_preset"] else ""}>'
        f'{escape(p["name"])}</option>' for p in config["presets"])
    html_lang = "zh-CN" if lang == "zh" else "en"
    return f"""<!doctype html>
<html lang="{html_lang}" data-lang="{lang}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="color-scheme" content="light">
<title data-i18n="app_title">{tx.get("app_title")}</title>
<link rel="icon" href="/static/icon.svg" type="image/svg+xml">
<link rel="stylesheet" href="/static/app.css">
<script type="application/json" id="docgen-config">{_script_json(data)}</script>
<script src="/static/app.js" defer></script>
</head>
<body>
<header class="top">
  <div class="brand">
    <img src="/static/icon.svg" alt="" width="28" height="28">
    {tx("app_title", "h1")}
    {tx("tagline", "p", class_="tagline")}
  </div>
  <div class="top-actions">
    {tx("offline_note", "span", class_="offline")}
    <button type="button" id="lang-switch" class="quiet" data-i18n="lang_switch">{tx.get("lang_switch")}</button>
  </div>
</header>
<main class="layout">
  <section class="col col-input" aria-labelledby="h-input">
    <h2 id="h-input" data-i18n="input_heading">{tx.get("input_heading")}</h2>
    <label for="paste" class="label" data-i18n="paste_label">{tx.get("paste_label")}</label>
    <textarea id="paste" spellcheck="false" data-i18n-placeholder="paste_placeholder"
      placeholder="{tx.get("paste_placeholder")}"></textarea>
    <div id="dropzone" class="dropzone">
      {tx("drop_hint", "p", class_="drop-hint")}
      {tx("drop_types", "p", class_="muted small")}
      <label class="button" for="file-input" data-i18n="choose_files">{tx.get("choose_files")}</label>
      <input type="file" id="file-input" multiple hidden
        accept=".txt,.text,.md,.htm,.html,.shtml,.xhtml,.docx,.zip">
    </div>
    <h3 data-i18n="files_heading">{tx.get("files_heading")}</h3>
    <ul id="files" class="files" aria-live="polite"></ul>
    {tx("files_empty", "p", id="files-empty", class_="muted small")}
  </section>

  <section class="col col-structure" aria-labelledby="h-doc">
    <h2 id="h-doc" data-i18n="doc_heading">{tx.get("doc_heading")}</h2>
    {tx("doc_hint", "p", class_="muted small")}
    <form id="fields" class="fields" autocomplete="off">
      {_field_inputs(tx)}
      <label class="check"><input type="checkbox" id="no-title"> {tx("no_title")}</label>
    </form>
    <div id="doc-error" class="error" role="alert" hidden></div>
    <h2 data-i18n="structure_heading">{tx.get("structure_heading")}</h2>
    <div id="structure" class="structure">{tx("structure_empty", "p", class_="muted small")}</div>
    <h2 data-i18n="cleaning_heading">{tx.get("cleaning_heading")}</h2>
    <div id="cleaning" class="cleaning"></div>
    <div id="warnings" class="warnings"></div>
  </section>

  <section class="col col-preview" aria-labelledby="h-style">
    <div class="style-bar">
      <h2 id="h-style" data-i18n="style_heading">{tx.get("style_heading")}</h2>
      <label class="preset"><span class="label" data-i18n="preset_label">{tx.get("preset_label")}</span>
        <select id="preset">{presets}</select></label>
    </div>
    <p id="preset-description" class="muted small"></p>
    <details id="settings-box" class="settings-box">
      <summary data-i18n="settings_heading">{tx.get("settings_heading")}</summary>
      {tx("settings_hint", "p", class_="muted small")}
      <form id="settings" class="settings" autocomplete="off">{_settings_form(tx)}
        <button type="button" id="reset-settings" class="quiet" data-i18n="reset_settings">{tx.get("reset_settings")}</button>
      </form>
    </details>
    <div id="style-error" class="error" role="alert" hidden></div>
    <div class="downloads">
      <button type="button" id="dl-docx" class="primary" disabled data-i18n="download_docx">{tx.get("download_docx")}</button>
      <button type="button" id="dl-pdf" class="primary" disabled data-i18n="download_pdf">{tx.get("download_pdf")}</button>
      <button type="button" id="dl-zip" disabled>{tx.get("download_zip")}</button>
    </div>
    <div id="download-error" class="error" role="alert" hidden></div>
    <h2 class="preview-heading"><span data-i18n="preview_heading">{tx.get("preview_heading")}</span>
      <span id="page-count" class="muted"></span></h2>
    <div id="previews" class="previews" aria-live="polite">{tx("preview_empty", "p", class_="muted small")}</div>
  </section>
</main>
</body>
</html>
"""


def error_page(status: int, message: str, lang: str) -> str:
    """A small page for an error outside the API (404, a refused host …): the message, no trace."""
    tx = _Text(lang_of(lang))
    return f"""<!doctype html>
<html lang="{"zh-CN" if lang_of(lang) == "zh" else "en"}">
<head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>{status} · docgen</title><link rel="stylesheet" href="/static/app.css"></head>
<body class="error-page"><main>
<h1>{status}</h1>
<p class="error-message">{escape(message)}</p>
<p><a href="/">{tx.get("back_home")}</a></p>
</main></body></html>
"""
