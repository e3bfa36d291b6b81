// kommunlint serve: the page's behaviour. No framework, no inline script (the
// Content-Security-Policy forbids it); texts come from the JSON block #texts.
"use strict";

(function () {
  const TEXTS = JSON.parse(document.getElementById("texts").textContent);
  const ICONS = { error: "\u2716", warning: "\u26A0", info: "\u2139" };
  const RANK = { error: 0, warning: 1, info: 2 };
  let lang = document.documentElement.lang || "sv";
  let lastText = null; // the text of the results shown, for re-checking after a language switch

  const $ = (id) => document.getElementById(id);
  const form = $("form"), draft = $("draft"), statusBox = $("status"), errorBox = $("error");
  const results = $("results"), marked = $("marked"), list = $("findings"), summary = $("summary");

  function t(key, args) {
    let text = (TEXTS[key] && (TEXTS[key][lang] || TEXTS[key].en)) || key;
    for (const [name, value] of Object.entries(args || {})) text = text.split("{" + name + "}").join(String(value));
    return text;
  }

  function el(tag, attrs, children) {
    const node = document.createElement(tag);
    for (const [name, value] of Object.entries(attrs || {})) {
      if (name === "text") node.textContent = value;
      else node.setAttribute(name, value);
    }
    for (const child of children || []) node.append(child);
    return node;
  }

  // -- language -----------------------------------------------------------------
  function applyLang(next) {
    lang = next;
    document.documentElement.lang = lang;
    for (const node of document.querySelectorAll("[data-t]")) {
      const key = node.getAttribute("data-t");
      node.textContent = key === "footer" ? t(key, { version: node.getAttribute("data-version") }) : t(key);
    }
    for (const link of document.querySelectorAll("a[data-lang]")) {
      if (link.getAttribute("data-lang") === lang) link.setAttribute("aria-current", "true");
      else link.removeAttribute("aria-current");
    }
    const url = new URL(window.location.href);
    url.searchParams.set("lang", lang);
    window.history.replaceState(null, "", url);
  }

  for (const link of document.querySelectorAll("a[data-lang]")) {
    link.addEventListener("click", (event) => {
      event.preventDefault();
      applyLang(link.getAttribute("data-lang"));
      if (lastText !== null) check(true);
    });
  }

  // -- talking to the server ------------------------------------------------------
  function body() {
    return {
      text: draft.value,
      profile: $("profile").value || null,
      account: $("account").value || null,
      kind: $("kind").value || null,
      platform: $("platform").value || null,
      lang: lang,
    };
  }

  async function post(url, payload, contentType) {
    let response;
    try {
      response = await fetch(url, {
        method: "POST",
        headers: { "Content-Type": contentType || "application/json", "Accept-Language": lang },
        body: contentType ? payload : JSON.stringify(payload),
      });
    } catch (err) {
      throw new Error(t("network-error"));
    }
    const data = await response.json().catch(() => ({}));
    if (!response.ok) throw new Error(data.error || response.statusText);
    return data;
  }

  function showError(message) {
    errorBox.textContent = message;
    statusBox.textContent = "";
  }

  // -- results ----------------------------------------------------------------------
  function normalise(text) {
    return text.replace(/\r\n?/g, "\n");
  }

  function severityLabel(severity) {
    return t("severity-" + severity);
  }

  function refLink(finding, n) {
    const link = el("a", {
      href: "#finding-" + n, id: "ref-" + n, class: "ref sev-" + finding.severity,
      "aria-label": t("finding-n", { n: n }) + ": " + severityLabel(finding.severity),
    });
    link.append(el("span", { "aria-hidden": "true", text: ICONS[finding.severity] + n }));
    link.addEventListener("click", (event) => { event.preventDefault(); focusTarget("finding-" + n); });
    return link;
  }

  function focusTarget(id) {
    const target = $(id);
    if (!target) return;
    target.focus();
    target.scrollIntoView({ block: "center" });
  }

  // Offsets in the JSON are code points (Python), not UTF-16 units: work on Array.from(text).
  function renderMarked(text, findings) {
    const points = Array.from(normalise(text));
    const length = points.length;
    const spans = findings.map((f, i) => ({ f: f, n: i + 1, start: Math.min(f.start, length), end: Math.min(f.end, length) }));
    const cuts = new Set([0, length]);
    for (const s of spans) { cuts.add(s.start); cuts.add(s.end); }
    const bounds = Array.from(cuts).sort((a, b) => a - b);
    marked.textContent = "";
    // Each finding's numbered icon stands where its span starts, so the links come in
    // the same order as the list (findings are sorted by start offset).
    for (let i = 0; i < bounds.length; i++) {
      const a = bounds[i], b = bounds[i + 1];
      for (const s of spans.filter((x) => x.start === a)) marked.append(refLink(s.f, s.n));
      if (b === undefined) break;
      const piece = points.slice(a, b).join("");
      const active = spans.filter((s) => s.start <= a && s.end >= b && s.start < s.end);
      if (active.length) {
        const worst = active.reduce((x, y) => (RANK[y.f.severity] < RANK[x.f.severity] ? y : x)).f.severity;
        marked.append(el("mark", { class: "sev-" + worst }, [piece]));
      } else {
        marked.append(piece);
      }
    }
  }

  function renderList(findings) {
    list.textContent = "";
    findings.forEach((f, i) => {
      const n = i + 1;
      const item = el("li", { id: "finding-" + n, class: "sev-" + f.severity, tabindex: "-1" });
      const badge = el("span", { class: "badge sev-" + f.severity });
      badge.append(el("span", { "aria-hidden": "true", text: ICONS[f.severity] + " " }), severityLabel(f.severity));
      item.append(el("p", {}, [badge, " ", el("span", { class: "where", text: t("location", { line: f.line, column: f.column }) }), " ", el("code", { class: "rule", text: f.rule })]));
      item.append(el("p", { class: "message", text: f.message }));
      if (f.suggestion) item.append(el("p", { class: "suggestion" }, [el("strong", { text: t("suggestion") + ": " }), f.suggestion]));
      if (f.clause) {
        const quote = el("blockquote", { class: "clause" }, [el("p", { text: "\u201D" + f.clause.text + "\u201D" })]);
        quote.append(el("footer", { text: t("clause") + ": " + f.clause.municipality + ", " + f.clause.locator }));
        item.append(quote);
      } else {
        item.append(el("p", { class: "hint", text: t("no-clause") }));
      }
      const back = el("a", { href: "#ref-" + n, class: "back", text: t("show-in-text") });
      back.addEventListener("click", (event) => { event.preventDefault(); focusTarget("ref-" + n); });
      item.append(el("p", {}, [back]));
      list.append(item);
    });
  }

  function render(doc, text) {
    const file = doc.files[0];
    const findings = file ? file.findings : [];
    const s = doc.summary;
    const line = findings.length ? t("summary", { errors: s.errors, warnings: s.warnings, infos: s.infos }) : t("clean");
    summary.textContent = line;
    renderMarked(text, findings);
    renderList(findings);
    $("findings-heading").hidden = !findings.length;
    list.hidden = !findings.length;
    $("publishable-box").hidden = true;
    results.hidden = false;
    return line;
  }

  async function check(quiet) {
    errorBox.textContent = "";
    const payload = body();
    if (!payload.text.trim()) { showError(t("empty-draft")); draft.focus(); return; }
    statusBox.textContent = t("checking");
    try {
      const doc = await post("/api/check", payload);
      lastText = payload.text;
      const line = render(doc, payload.text);
      statusBox.textContent = line;
      if (!quiet) $("results-heading").focus();
    } catch (err) {
      showError(err.message);
    }
  }

  form.addEventListener("submit", (event) => { event.preventDefault(); check(false); });

  $("publish").addEventListener("click", async () => {
    errorBox.textContent = "";
    try {
      const data = await post("/api/publishable", body());
      $("publishable").value = data.text;
      $("copy-status").textContent = "";
      $("publishable-box").hidden = false;
      $("publishable-heading").focus();
    } catch (err) {
      showError(err.message);
    }
  });

  $("copy").addEventListener("click", async () => {
    const box = $("publishable"), done = $("copy-status");
    try {
      await navigator.clipboard.writeText(box.value);
      done.textContent = t("copied");
    } catch (err) {
      box.focus();
      box.select();
      done.textContent = document.execCommand && document.execCommand("copy") ? t("copied") : t("copy-failed");
    }
  });

  $("file").addEventListener("change", async (event) => {
    const file = event.target.files[0];
    if (!file) return;
    errorBox.textContent = "";
    $("file-name").textContent = file.name;
    const name = file.name.toLowerCase();
    try {
      if (name.endsWith(".docx")) {
        const data = await post("/api/extract", file, "application/vnd.openxmlformats-officedocument.wordprocessingml.document");
        draft.value = data.text;
      } else if (name.endsWith(".txt") || name.endsWith(".md")) {
        draft.value = await file.text();
      } else {
        showError(t("error-file-type"));
        return;
      }
    } catch (err) {
      showError(err.message);
      return;
    }
    check(false);
  });
})();
