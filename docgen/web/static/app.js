// docgen serve — the page's script.  Plain JavaScript, no library, nothing from the network.
//
// All state lives here, per document: the input (pasted text or a dropped file), the header
// fields typed in, the removed lines to keep, the last result.  Every request sends the input
// and all options again, so the server keeps nothing between requests.
(() => {
  "use strict";

  const config = JSON.parse(document.getElementById("docgen-config").textContent);
  const TEXT = config.text;
  const params = new URLSearchParams(location.search);
  let lang = params.get("lang") || storedLang() || config.lang;
  if (!TEXT[lang]) lang = "zh";

  const state = {
    docs: [],
    active: null,
    preset: config.default_preset,
    settings: {},
    nextId: 1,
    styleTimer: null,
  };

  const $ = (selector) => document.querySelector(selector);
  const paste = $("#paste");
  const filesList = $("#files");

  // ------------------------------------------------------------------ helpers

  function storedLang() {
    try { return localStorage.getItem("docgen.lang"); } catch (e) { return null; }
  }

  function tr(key, fields) {
    const table = TEXT[lang] && key in TEXT[lang] ? TEXT[lang] : TEXT.zh;
    let text = key in table ? table[key] : key;
    if (fields) {
      for (const [name, value] of Object.entries(fields)) text = text.split(`{${name}}`).join(String(value));
    }
    return text;
  }

  function el(tag, attrs, ...children) {
    const node = document.createElement(tag);
    for (const [name, value] of Object.entries(attrs || {})) {
      if (value === null || value === undefined || value === false) continue;
      if (name === "class") node.className = value;
      else if (name === "text") node.textContent = value;
      else if (name.startsWith("on")) node.addEventListener(name.slice(2), value);
      else node.setAttribute(name, value === true ? "" : value);
    }
    for (const child of children) {
      if (child === null || child === undefined || child === false) continue;
      node.append(child instanceof Node ? child : document.createTextNode(String(child)));
    }
    return node;
  }

  function zhNumber(n) {
    return lang === "zh" ? ("一二三四五六七八九"[n - 1] || String(n)) : String(n);
  }

  function activeDoc() {
    return state.docs.find((d) => d.id === state.active) || null;
  }

  function showError(box, message) {
    box.hidden = !message;
    box.textContent = message || "";
  }

  async function errorOf(response) {
    try {
      const body = await response.json();
      if (body && body.error) return body.error;
    } catch (e) { /* not JSON */ }
    return `HTTP ${response.status}`;
  }

  function apiUrl(path) {
    return `${path}?lang=${encodeURIComponent(lang)}`;
  }

  // ------------------------------------------------------------------ documents

  function newDoc(props) {
    return Object.assign({
      id: state.nextId++, kind: "file", name: "", blob: null, text: "", origin: null,
      overrides: {}, keep: [], noTitle: false,
      status: "pending", result: null, error: null, clientError: false,
      controller: null, seq: 0, timer: null, previewMode: null, stale: false,
    }, props);
  }

  function uploadName(doc) {
    return doc.kind === "paste" ? `${tr("pasted_name")}.txt` : doc.name;
  }

  function displayName(doc) {
    return doc.kind === "paste" ? tr("pasted_name") : doc.name;
  }

  function inputBlob(doc) {
    return doc.kind === "paste" ? new Blob([doc.text], { type: "text/plain;charset=utf-8" }) : doc.blob;
  }

  function optionsOf(doc) {
    return {
      overrides: doc.overrides,
      keep: doc.keep.map((k) => ({ line: k.line, rule: k.rule })),
      no_title: doc.noTitle,
    };
  }

  function styleOf() {
    const settings = {};
    for (const [key, value] of Object.entries(state.settings)) if (String(value).trim()) settings[key] = value;
    return { preset: state.preset, settings };
  }

  function stemOf(doc) {
    if (doc.kind === "paste") {
      return (doc.overrides.title || (doc.result && doc.result.meta.title) || tr("pasted_name")).slice(0, 60);
    }
    return doc.name.replace(/\.[^.]+$/, "");
  }

  function docForm(doc, extra) {
    const form = new FormData();
    form.append("file", inputBlob(doc), uploadName(doc));
    form.append("options", JSON.stringify(optionsOf(doc)));
    form.append("style", JSON.stringify(styleOf()));
    for (const [name, value] of Object.entries(extra || {})) form.append(name, value);
    return form;
  }

  // ------------------------------------------------------------------ processing

  // Background work (page counts of the documents not shown) runs one at a time, so one of the
  // server's workers stays free for the document on screen.
  const queue = [];
  let queueBusy = false;

  function enqueue(doc) {
    if (!queue.includes(doc)) queue.push(doc);
    pump();
  }

  async function pump() {
    if (queueBusy) return;
    const doc = queue.shift();
    if (!doc) return;
    queueBusy = true;
    try {
      if (state.docs.includes(doc) && !doc.clientError) {
        await processDoc(doc, doc.id === state.active ? "images" : "count");
      }
    } finally {
      queueBusy = false;
      pump();
    }
  }

  function schedule(doc, delay) {
    clearTimeout(doc.timer);
    doc.timer = setTimeout(() => {
      const index = queue.indexOf(doc);
      if (index >= 0) queue.splice(index, 1);
      processDoc(doc, doc.id === state.active ? "images" : "count");
    }, delay);
  }

  async function processDoc(doc, preview) {
    if (doc.clientError) return;
    if (doc.controller) doc.controller.abort();
    const controller = new AbortController();
    doc.controller = controller;
    const seq = ++doc.seq;
    doc.status = "working";
    renderFiles();
    if (doc.id === state.active) setBusy(true);
    try {
      const response = await fetch(apiUrl("/api/process"), {
        method: "POST", body: docForm(doc, { preview }), signal: controller.signal,
      });
      if (seq !== doc.seq) return;
      if (!response.ok) {
        doc.status = "error";
        doc.error = await errorOf(response);
        doc.result = null;
      } else {
        const result = await response.json();
        if (seq !== doc.seq) return;
        doc.status = "ok";
        doc.error = null;
        doc.result = result;
        doc.previewMode = preview;
        doc.stale = false;
      }
    } catch (error) {
      if (error.name === "AbortError") return;
      doc.status = "error";
      doc.error = tr("err_network");
    } finally {
      if (doc.controller === controller) doc.controller = null;
    }
    renderFiles();
    if (doc.id === state.active) renderActive();
  }

  function styleChanged(delay) {
    clearTimeout(state.styleTimer);
    state.styleTimer = setTimeout(() => {
      for (const doc of state.docs) {
        if (doc.clientError) continue;
        doc.stale = true;
        if (doc.id === state.active) schedule(doc, 0);
        else enqueue(doc);
      }
    }, delay);
  }

  // ------------------------------------------------------------------ input

  function addDoc(doc) {
    state.docs.push(doc);
    return doc;
  }

  function select(doc) {
    state.active = doc ? doc.id : null;
    renderFiles();
    renderActive();
    if (doc && !doc.clientError && (doc.previewMode !== "images" || doc.stale) && doc.status !== "working") {
      schedule(doc, 0);
    }
  }

  function tooLarge(doc, size) {
    if (size <= config.limits.file_bytes) return false;
    doc.status = "error";
    doc.clientError = true;
    doc.error = tr("err_too_large", { name: doc.name, mb: config.limits.file_mb });
    return true;
  }

  async function addFiles(files) {
    const added = [];
    for (const file of files) {
      if (/\.zip$/i.test(file.name)) added.push(...await addZip(file));
      else added.push(addFileDoc(file, null));
    }
    if (!added.length) return;
    const first = added.find((d) => !d.clientError) || added[0];
    select(first);
    for (const doc of added) if (doc !== first && !doc.clientError) enqueue(doc);
  }

  function addFileDoc(file, origin) {
    const doc = addDoc(newDoc({ kind: "file", name: file.name, blob: file, origin }));
    tooLarge(doc, file.size);
    return doc;
  }

  function errorDoc(name, message, origin) {
    return addDoc(newDoc({ kind: "file", name, origin, status: "error", error: message, clientError: true }));
  }

  async function addZip(file) {
    const probe = newDoc({ name: file.name });
    if (tooLarge(probe, file.size)) return [errorDoc(file.name, probe.error, null)];
    const placeholder = errorDoc(file.name, null, null);
    placeholder.status = "working";
    placeholder.error = null;
    renderFiles();
    const form = new FormData();
    form.append("file", file, file.name);
    let body;
    try {
      const response = await fetch(apiUrl("/api/unpack"), { method: "POST", body: form });
      if (!response.ok) {
        placeholder.status = "error";
        placeholder.error = await errorOf(response);
        renderFiles();
        return [placeholder];
      }
      body = await response.json();
    } catch (error) {
      placeholder.status = "error";
      placeholder.error = tr("err_network");
      renderFiles();
      return [placeholder];
    }
    state.docs.splice(state.docs.indexOf(placeholder), 1);
    const added = [];
    for (const member of body.files) {
      const bytes = Uint8Array.from(atob(member.data), (c) => c.charCodeAt(0));
      added.push(addFileDoc(new File([bytes], member.name), file.name));
    }
    for (const skipped of body.skipped) added.push(errorDoc(skipped.name, skipped.error, file.name));
    return added;
  }

  function removeDoc(doc) {
    if (doc.controller) doc.controller.abort();
    clearTimeout(doc.timer);
    state.docs.splice(state.docs.indexOf(doc), 1);
    const index = queue.indexOf(doc);
    if (index >= 0) queue.splice(index, 1);
    if (doc.kind === "paste") paste.value = "";
    if (state.active === doc.id) select(state.docs[0] || null);
    else renderFiles();
  }

  function pasteChanged() {
    let doc = state.docs.find((d) => d.kind === "paste");
    const text = paste.value;
    if (!text.trim()) {
      if (doc) removeDoc(doc);
      return;
    }
    if (!doc) {
      doc = newDoc({ kind: "paste" });
      state.docs.unshift(doc);
    }
    doc.text = text;
    if (state.active !== doc.id) {
      state.active = doc.id;
      renderActive();
    }
    if (tooLarge(doc, new Blob([text]).size)) {
      renderFiles();
      renderActive();
      return;
    }
    doc.clientError = false;
    doc.status = doc.status === "error" ? "pending" : doc.status;
    renderFiles();
    schedule(doc, 500);
  }

  // ------------------------------------------------------------------ rendering: files

  function statusText(doc) {
    if (doc.status === "working") return tr("status_working");
    if (doc.status === "error") return `${tr("status_failed")}: ${doc.error || ""}`;
    if (doc.status === "ok" && doc.result) {
      const parts = [];
      if (doc.result.preview) parts.push(tr("status_pages", { n: doc.result.preview.pages }));
      const warnings = doc.result.warnings.length;
      if (warnings) parts.push(tr("status_warnings", { n: warnings }));
      return parts.join(" · ") || "✓";
    }
    return tr("status_pending");
  }

  function renderFiles() {
    filesList.replaceChildren(...state.docs.map((doc) => {
      const item = el("li", {
        class: `file status-${doc.status}${doc.id === state.active ? " active" : ""}`,
        "data-id": doc.id,
      });
      const open = el("button", { type: "button", class: "file-open", onclick: () => select(doc) },
        el("span", { class: "file-name", text: displayName(doc) }),
        doc.origin ? el("span", { class: "file-origin", text: tr("from_zip", { zip: doc.origin }) }) : null,
        el("span", { class: "file-status", text: statusText(doc) }));
      const remove = el("button", {
        type: "button", class: "file-remove", title: tr("remove"), "aria-label": tr("remove"),
        onclick: () => removeDoc(doc),
      }, "×");
      item.append(open, remove);
      return item;
    }));
    $("#files-empty").hidden = state.docs.length > 0;
    const zip = $("#dl-zip");
    const usable = state.docs.length;
    zip.disabled = usable === 0;
    zip.textContent = usable > 1 ? tr("download_zip_n", { n: usable }) : tr("download_zip");
  }

  // ------------------------------------------------------------------ rendering: the document

  function setBusy(busy) {
    $("#previews").classList.toggle("busy", busy);
    $("#previews").setAttribute("aria-busy", busy ? "true" : "false");
  }

  function renderActive() {
    const doc = activeDoc();
    renderFields(doc);
    const result = doc && doc.result;
    showError($("#doc-error"), doc && doc.status === "error" ? doc.error : "");
    renderStructure(result);
    renderCleaning(doc, result);
    renderWarnings(result);
    renderPreviews(doc, result);
    showError($("#style-error"), result && result.style_error ? result.style_error : "");
    const ready = Boolean(doc && !doc.clientError && doc.status !== "error");
    $("#dl-docx").disabled = !ready;
    $("#dl-pdf").disabled = !ready;
    setBusy(Boolean(doc && doc.status === "working"));
  }

  function renderFields(doc) {
    for (const input of document.querySelectorAll("#fields [data-field]")) {
      const key = input.dataset.field;
      const found = doc && doc.result && doc.result.found[key];
      input.value = doc ? (doc.overrides[key] || "") : "";
      input.placeholder = found || tr(`example_${key}`) || "";
      input.disabled = !doc || doc.clientError;
    }
    const noTitle = $("#no-title");
    noTitle.checked = Boolean(doc && doc.noTitle);
    noTitle.disabled = !doc || doc.clientError;
  }

  const META_ORDER = ["title", "subtitle", "date", "speaker", "occasion", "issuer", "document_number",
    "source", "author", "published"];

  function blockLabel(block) {
    if (block.type === "heading") return tr("kind_heading", { n: zhNumber(block.level) });
    if (block.type === "article") return block.number || tr("kind_article");
    if (block.type === "paragraph" && block.lead) {
      return block.lead.kind === "heading"
        ? tr("kind_lead_heading", { n: zhNumber(block.lead.level || 1) })
        : tr("kind_lead_enumeration");
    }
    return tr(`kind_${block.type}`);
  }

  function renderStructure(result) {
    const box = $("#structure");
    if (!result) {
      box.replaceChildren(el("p", { class: "muted small", "data-i18n": "structure_empty", text: tr("structure_empty") }));
      return;
    }
    const meta = el("dl", { class: "meta" });
    for (const key of META_ORDER) {
      if (!result.meta[key]) continue;
      meta.append(el("dt", { text: tr(`meta_${key}`) }), el("dd", { text: result.meta[key], "data-meta": key }));
    }
    const list = el("ol", { class: "blocks" });
    for (const block of result.blocks) {
      const plain = block.type === "paragraph" && !block.lead;
      const text = el("span", { class: "block-text" });
      if (block.lead) text.append(el("strong", { class: "lead", text: block.lead.text }), " ");
      text.append(block.text);
      list.append(el("li", {
        class: `block type-${block.type} indent-${Math.min(block.indent, 5)}${plain ? " plain" : ""}`,
        "data-type": block.type,
        title: block.line ? tr("line_n", { n: block.line }) : null,
      },
      el("span", { class: "block-kind", text: blockLabel(block) }),
      text,
      block.enumerations ? el("span", { class: "block-note", text: tr("kind_enumerations", { n: block.enumerations }) }) : null));
    }
    const parts = [];
    if (meta.children.length) parts.push(el("h3", { text: tr("meta_found") }), meta);
    parts.push(list);
    box.replaceChildren(...parts);
  }

  function ruleLabel(rule) {
    const label = tr(`rule_${rule}`);
    return label === `rule_${rule}` ? rule : label;
  }

  function renderCleaning(doc, result) {
    const box = $("#cleaning");
    box.replaceChildren();
    if (!doc || !result) return;
    const cleaning = result.cleaning;
    if (cleaning.removed.length) {
      box.append(el("p", { class: "muted small", text: tr("cleaning_hint") }));
      const list = el("ul", { class: "removed" });
      for (const item of cleaning.removed) {
        list.append(el("li", { class: "removed-line", "data-line": item.line, "data-rule": item.rule },
          el("div", { class: "removed-head" },
            el("span", { class: "line-no", text: tr("line_n", { n: item.line }) }),
            el("span", { class: "rule", title: `${item.rule}: ${item.reason}`, text: ruleLabel(item.rule) }),
            lang === "en" ? el("span", { class: "reason", text: item.reason }) : null,
            el("button", {
              type: "button", class: "keep small-button",
              onclick: () => { doc.keep.push({ line: item.line, rule: item.rule, text: item.text }); schedule(doc, 0); },
            }, tr("keep"))),
          el("div", { class: "removed-text", text: item.text })));
      }
      box.append(list);
    } else {
      box.append(el("p", { class: "muted small", text: tr("cleaning_none") }));
    }
    if (doc.keep.length) {
      const kept = el("ul", { class: "kept" });
      for (const entry of doc.keep) {
        kept.append(el("li", { class: "kept-line" },
          el("div", { class: "removed-head" },
            el("span", { class: "line-no", text: tr("line_n", { n: entry.line }) }),
            el("span", { class: "rule", title: entry.rule, text: ruleLabel(entry.rule) }),
            el("button", {
              type: "button", class: "undo small-button",
              onclick: () => { doc.keep.splice(doc.keep.indexOf(entry), 1); schedule(doc, 0); },
            }, tr("undo_keep"))),
          el("div", { class: "removed-text", text: entry.text || "" })));
      }
      box.append(el("h3", { text: tr("kept_heading") }), kept);
    }
    const details = (key, items, render) => {
      if (!items.length) return;
      const list = el("ul", { class: "changes" }, ...items.map(render));
      box.append(el("details", { class: "changes-box" },
        el("summary", { text: `${tr(key)} (${items.length})` }), list));
    };
    details("joined_heading", cleaning.joined, (item) => el("li", {},
      el("span", { class: "line-no", text: tr("line_n", { n: item.line }) }), " ", item.text));
    details("changed_heading", cleaning.changed, (item) => el("li", {},
      el("span", { class: "line-no", text: tr("line_n", { n: item.line }) }), " ",
      el("span", { class: "rule", text: ruleLabel(item.rule) }), " ", item.reason));
    for (const note of cleaning.reader) {
      box.append(el("p", { class: `note level-${note.level}`, text: note.message }));
    }
  }

  function renderWarnings(result) {
    const box = $("#warnings");
    box.replaceChildren();
    if (!result || !result.warnings.length) return;
    const list = el("ul", { class: "warning-list" });
    for (const item of result.warnings) {
      const message = item.code === "placeholder" && item.text
        ? tr("warn_placeholder", { text: item.text }) : item.message;
      list.append(el("li", { class: `level-${item.level}`, "data-code": item.code },
        item.line ? el("span", { class: "line-no", text: tr("line_n", { n: item.line }) }) : null,
        " ", message));
    }
    box.append(el("h2", { text: `${tr("warnings_heading")} (${result.warnings.length})` }), list);
  }

  function renderPreviews(doc, result) {
    const box = $("#previews");
    const count = $("#page-count");
    const preview = result && result.preview;
    if (!doc) {
      count.textContent = "";
      box.replaceChildren(el("p", { class: "muted small", text: tr("preview_empty") }));
      return;
    }
    if (doc.status === "error") {
      count.textContent = "";
      box.replaceChildren(el("p", { class: "error-inline", text: `${tr("preview_failed")}: ${doc.error || ""}` }));
      return;
    }
    box.classList.toggle("stale", Boolean(result && result.style_error));
    if (result && result.style_error) {
      // the last pages stay, dimmed, until the style values are fixed (the message is above)
      if (!box.querySelector("figure")) {
        box.replaceChildren(el("p", { class: "muted small", text: tr("preview_failed") }));
      }
      return;
    }
    if (!preview || !preview.images || doc.previewMode !== "images") {
      if (!box.querySelector("figure")) {
        box.replaceChildren(el("p", { class: "muted small working-note", text: tr("preview_working") }));
      }
      return;
    }
    const shown = preview.images.length;
    count.textContent = shown < preview.pages
      ? tr("preview_truncated", { n: preview.pages, shown })
      : tr("preview_pages", { n: preview.pages });
    count.dataset.pages = preview.pages;
    box.replaceChildren(...preview.images.map((data, index) => el("figure", { class: "page" },
      el("img", {
        src: `data:image/png;base64,${data}`, alt: tr("page_n", { n: index + 1 }),
        decoding: "async", loading: index > 2 ? "lazy" : null,
      }),
      el("figcaption", { text: tr("page_n", { n: index + 1 }) }))));
  }

  // ------------------------------------------------------------------ style form

  function presetInfo() {
    return config.presets.find((p) => p.name === state.preset) || config.presets[0];
  }

  function renderStyleForm() {
    const preset = presetInfo();
    $("#preset").value = state.preset;
    $("#preset-description").textContent = preset ? preset.description : "";
    for (const input of document.querySelectorAll("#settings [data-setting]")) {
      const key = input.dataset.setting;
      const value = preset ? preset.values[key] : "";
      input.value = state.settings[key] || "";
      if (input.tagName === "SELECT") {
        const option = Array.from(input.options).find((o) => o.value === value);
        const shown = option ? tr(`choice_${key}_${value}`) : value;
        input.options[0].textContent = tr("preset_default", { value: shown });
      } else {
        input.placeholder = value;
        input.title = tr("preset_default", { value });
      }
    }
  }

  // ------------------------------------------------------------------ downloads

  function saveBlob(blob, name) {
    const url = URL.createObjectURL(blob);
    const link = el("a", { href: url, download: name, hidden: true });
    document.body.append(link);
    link.click();
    link.remove();
    setTimeout(() => URL.revokeObjectURL(url), 60000);
  }

  function fileNameOf(response, fallback) {
    const header = response.headers.get("content-disposition") || "";
    const match = /filename\*=UTF-8''([^;]+)/i.exec(header);
    if (match) {
      try { return decodeURIComponent(match[1]); } catch (e) { /* fall back */ }
    }
    return fallback;
  }

  async function withButton(button, work) {
    const label = button.textContent;
    button.disabled = true;
    button.textContent = tr("downloading");
    try {
      await work();
    } finally {
      button.textContent = label;
      button.disabled = false;
      renderFiles();
      renderActive();
    }
  }

  async function download(format, button) {
    const doc = activeDoc();
    if (!doc) return;
    const box = $("#download-error");
    showError(box, "");
    await withButton(button, async () => {
      try {
        const response = await fetch(apiUrl("/api/download"), {
          method: "POST", body: docForm(doc, { format, stem: stemOf(doc) }),
        });
        if (!response.ok) {
          showError(box, await errorOf(response));
          return;
        }
        saveBlob(await response.blob(), fileNameOf(response, `${stemOf(doc)}.${format}`));
      } catch (error) {
        showError(box, tr("err_network"));
      }
    });
  }

  async function downloadAll(button) {
    const box = $("#download-error");
    showError(box, "");
    const form = new FormData();
    const items = [];
    const notes = [];
    let total = 0;
    for (const doc of state.docs) {
      if (doc.clientError) {
        notes.push({ name: displayName(doc), error: doc.error || "" });
        continue;
      }
      const blob = inputBlob(doc);
      total += blob.size;
      form.append("file", blob, uploadName(doc));
      items.push({ stem: stemOf(doc), options: optionsOf(doc) });
    }
    if (items.length > config.limits.files) {
      showError(box, tr("err_too_many_files", { n: config.limits.files }));
      return;
    }
    if (total > config.limits.request_bytes) {
      showError(box, tr("err_request_too_large", { mb: Math.floor(config.limits.request_bytes / 1048576) }));
      return;
    }
    form.append("items", JSON.stringify(items));
    form.append("notes", JSON.stringify(notes));
    form.append("formats", JSON.stringify(["pdf", "docx"]));
    form.append("style", JSON.stringify(styleOf()));
    await withButton(button, async () => {
      try {
        const response = await fetch(apiUrl("/api/batch"), { method: "POST", body: form });
        if (!response.ok) {
          showError(box, await errorOf(response));
          return;
        }
        saveBlob(await response.blob(), fileNameOf(response, "docgen.zip"));
      } catch (error) {
        showError(box, tr("err_network"));
      }
    });
  }

  // ------------------------------------------------------------------ language

  function applyLang() {
    document.documentElement.lang = lang === "zh" ? "zh-CN" : "en";
    document.documentElement.dataset.lang = lang;
    for (const node of document.querySelectorAll("[data-i18n]")) node.textContent = tr(node.dataset.i18n);
    for (const node of document.querySelectorAll("[data-i18n-placeholder]")) {
      node.placeholder = tr(node.dataset.i18nPlaceholder);
    }
    renderStyleForm();
    renderFiles();
    renderActive();
  }

  // ------------------------------------------------------------------ wiring

  paste.addEventListener("input", pasteChanged);

  $("#file-input").addEventListener("change", (event) => {
    addFiles(Array.from(event.target.files || []));
    event.target.value = "";
  });

  const dropzone = $("#dropzone");
  let dragDepth = 0;
  window.addEventListener("dragenter", (event) => {
    event.preventDefault();
    dragDepth += 1;
    dropzone.classList.add("dragging");
  });
  window.addEventListener("dragleave", () => {
    dragDepth = Math.max(0, dragDepth - 1);
    if (!dragDepth) dropzone.classList.remove("dragging");
  });
  window.addEventListener("dragover", (event) => event.preventDefault());
  window.addEventListener("drop", (event) => {
    event.preventDefault();
    dragDepth = 0;
    dropzone.classList.remove("dragging");
    const files = Array.from((event.dataTransfer && event.dataTransfer.files) || []);
    if (files.length) addFiles(files);
  });

  $("#fields").addEventListener("input", (event) => {
    const doc = activeDoc();
    const key = event.target.dataset.field;
    if (!doc || !key) return;
    if (event.target.value.trim()) doc.overrides[key] = event.target.value;
    else delete doc.overrides[key];
    schedule(doc, 600);
  });
  $("#fields").addEventListener("submit", (event) => event.preventDefault());
  $("#no-title").addEventListener("change", (event) => {
    const doc = activeDoc();
    if (!doc) return;
    doc.noTitle = event.target.checked;
    schedule(doc, 0);
  });

  $("#preset").addEventListener("change", (event) => {
    state.preset = event.target.value;
    renderStyleForm();
    styleChanged(0);
  });
  $("#settings").addEventListener("input", (event) => {
    const key = event.target.dataset.setting;
    if (!key) return;
    if (String(event.target.value).trim()) state.settings[key] = event.target.value.trim();
    else delete state.settings[key];
    styleChanged(event.target.tagName === "SELECT" ? 0 : 600);
  });
  $("#settings").addEventListener("submit", (event) => event.preventDefault());
  $("#reset-settings").addEventListener("click", () => {
    state.settings = {};
    renderStyleForm();
    styleChanged(0);
  });

  $("#dl-docx").addEventListener("click", (event) => download("docx", event.currentTarget));
  $("#dl-pdf").addEventListener("click", (event) => download("pdf", event.currentTarget));
  $("#dl-zip").addEventListener("click", (event) => downloadAll(event.currentTarget));

  $("#lang-switch").addEventListener("click", () => {
    lang = lang === "zh" ? "en" : "zh";
    try { localStorage.setItem("docgen.lang", lang); } catch (e) { /* private mode */ }
    applyLang();
    const doc = activeDoc();
    if (doc && doc.status === "error" && !doc.clientError) schedule(doc, 0);
  });

  applyLang();
  document.documentElement.classList.add("ready");
})();
