// The preview page: plain JavaScript, no build step. State arrives as server-sent events; the
// pages are the report's PDF, fetched when their version changes and drawn with pdf.js.
import * as pdfjsLib from "/pdfjs/pdf.min.mjs";

pdfjsLib.GlobalWorkerOptions.workerSrc = "/pdfjs/pdf.worker.min.mjs";
const $ = (id) => document.getElementById(id);
const shown = new Map(); // document index → { version }
let state;
// The catalogue's texts in the run's language (src/preview/page-texts.ts): `{{name}}` slots, and
// `{ one, other }` chosen by `count`.
const TEXTS = JSON.parse($("texts").textContent);
function t(id, params = {}) {
  const text = TEXTS[id] ?? id;
  const form = typeof text === "string" ? text : params.count === 1 ? text.one : text.other;
  return form.replace(/\{\{\s*(\w+)[^}]*\}\}/g, (_, name) => String(params[name] ?? ""));
}

function el(tag, attrs = {}, ...children) {
  const e = document.createElement(tag);
  for (const [k, v] of Object.entries(attrs)) e.setAttribute(k, v);
  for (const c of children) e.append(c);
  return e;
}

function renderProblems(s) {
  const list = $("problems");
  list.replaceChildren(
    ...s.diagnostics.map((d) => {
      const where = d.file ? `${d.file}:${d.line}:${d.column}: ` : "";
      const li = el("li", { class: d.severity }, `${where}${t(d.severity)}: ${d.message} [${d.rule}]`);
      if (d.hint) li.append(el("div", { class: "hint" }, `${t("hint")}: ${d.hint}`));
      return li;
    }),
  );
  const errors = s.diagnostics.filter((d) => d.severity === "error").length;
  $("problem-count").textContent = s.diagnostics.length
    ? `(${t("cli.errors", { count: errors })}, ${t("cli.warnings", { count: s.diagnostics.length - errors })})`
    : t("preview.page.no-problems");
  $("stale").hidden = !s.stale;
}

function renderStatus(s) {
  const box = $("status");
  if (!s.status) return box.replaceChildren(el("p", {}, t("preview.page.no-status")));
  const column = (c) => el("th", {}, t(`cli.status.column.${c}`));
  box.replaceChildren(
    ...s.status.kinds.flatMap((k) => {
      const table = el(
        "table",
        { class: "status" },
        el("tr", {}, column("section"), column("unit"), column("state"), column("words")),
        ...k.entries.map((e) =>
          el(
            "tr",
            {},
            el("td", {}, e.section),
            el("td", {}, e.unit),
            el(
              "td",
              { class: `state-${e.state}` },
              t(`cli.status.state.${e.state}`) + (e.required ? "" : t("cli.status.optional")),
            ),
            el("td", { class: "words" }, String(e.words)),
          ),
        ),
      );
      return [el("p", {}, el("strong", {}, k.kind), ` — ${due(k)}`), table];
    }),
  );
}

/** The deadline as the status command says it: "due 2023-11-20: 3 days left". */
function due(k) {
  if (!k.deadline || k.daysLeft === undefined) return t("cli.status.no-deadline");
  const d = k.daysLeft;
  const left =
    d > 0
      ? t("cli.status.days-left", { count: d })
      : d === 0
        ? t("cli.status.due-today")
        : t("cli.status.overdue", { count: -d });
  return t("cli.status.due", { deadline: k.deadline, left });
}

/** The regions under a point of page `k` (CSS pixels from the page's top-left corner), smallest first. */
function regionAt(doc, k, y) {
  const hits = doc.regions.filter((r) => r.page === k + 1 && y >= r.top && y <= r.bottom);
  hits.sort((a, b) => a.bottom - a.top - (b.bottom - b.top));
  return hits[0];
}

function highlight(doc, sheets, scale, region, cls) {
  for (const r of document.querySelectorAll(`.region.${cls}`)) r.remove();
  if (!region) return;
  const same = (x) =>
    x.source.file === region.source.file && x.source.line === region.source.line && x.what === region.what;
  for (const r of doc.regions.filter(same)) {
    const box = el("div", { class: `region ${cls}` });
    Object.assign(box.style, { top: `${r.top * scale}px`, height: `${Math.max(2, (r.bottom - r.top) * scale)}px` });
    sheets[r.page - 1]?.append(box);
  }
}

function showSource(region) {
  const box = $("source");
  const s = region.source;
  const where = s.line ? `${s.file}:${s.line}` : s.file;
  const abs = `${state.root.replace(/\/$/, "")}/${s.file}`;
  const link = el(
    "a",
    { href: `vscode://file/${abs}${s.line ? `:${s.line}` : ""}`, id: "editor-link" },
    t("preview.page.open-in-editor"),
  );
  const what = t(`preview.page.what.${region.what}`);
  const said = s.unit
    ? t("preview.page.region-of-unit", { what, unit: s.unit, section: s.section })
    : t("preview.page.region", { what, section: s.section });
  box.replaceChildren(el("code", { id: "source-location" }, where), el("br"), said, link);
}

/** One page of the PDF: a canvas, and pdf.js's text layer over it (selectable, searchable). */
async function renderSheet(pdf, n, scale) {
  const page = await pdf.getPage(n);
  const viewport = page.getViewport({ scale });
  const ratio = window.devicePixelRatio || 1;
  const canvas = el("canvas", {
    width: String(Math.floor(viewport.width * ratio)),
    height: String(Math.floor(viewport.height * ratio)),
  });
  const text = el("div", { class: "textLayer" });
  const sheet = el("div", { class: "page", "data-page": String(n) }, canvas, text);
  Object.assign(sheet.style, { width: `${viewport.width}px`, height: `${viewport.height}px` });
  sheet.style.setProperty("--scale-factor", String(scale));
  await page.render({
    canvasContext: canvas.getContext("2d"),
    viewport,
    transform: ratio === 1 ? undefined : [ratio, 0, 0, ratio, 0, 0],
  }).promise;
  await new pdfjsLib.TextLayer({ textContentSource: page.streamTextContent(), container: text, viewport }).render();
  return sheet;
}

async function renderDocument(index, doc, container) {
  const have = shown.get(index);
  if (have && have.version === doc.version) return;
  const res = await fetch(`/report/${index}.pdf?v=${doc.version}`);
  if (!res.ok) return;
  const pdf = await pdfjsLib.getDocument({ data: new Uint8Array(await res.arrayBuffer()), isEvalSupported: false })
    .promise;
  let section = container.querySelector(`[data-index="${index}"]`);
  if (!section) {
    section = el(
      "section",
      { class: "document", "data-index": String(index) },
      el("h1"),
      el("div", { class: "pages" }),
    );
    container.append(section);
  }
  const scale = Math.min(1.5, Math.max(0.5, (container.clientWidth - 40) / doc.width));
  const sheets = [];
  for (let n = 1; n <= pdf.numPages; n++) sheets.push(await renderSheet(pdf, n, scale));
  await pdf.destroy();
  // The new pages replace the old ones only once all are drawn: no flicker, no scroll jump.
  const pages = section.querySelector(".pages");
  pages.replaceChildren(...sheets);
  section.querySelector("h1").textContent = t("preview.page.pages", { kind: doc.kind, count: doc.pages });
  sheets.forEach((sheet, k) => {
    const at = (e) => regionAt(doc, k, (e.clientY - sheet.getBoundingClientRect().top) / scale);
    sheet.addEventListener("mousemove", (e) => highlight(doc, sheets, scale, at(e), "hover"));
    sheet.addEventListener("mouseleave", () => highlight(doc, sheets, scale, undefined, "hover"));
    sheet.addEventListener("click", (e) => {
      const region = at(e);
      highlight(doc, sheets, scale, region, "selected");
      if (region) showSource(region);
    });
  });
  shown.set(index, { version: doc.version });
  pages.dataset.version = String(doc.version);
}

async function render(s) {
  state = s;
  $("period").textContent = s.period ? t("preview.page.updated", { period: s.period, ms: s.took }) : "";
  renderProblems(s);
  renderStatus(s);
  const container = $("documents");
  await Promise.all(s.documents.map((doc, i) => renderDocument(i, doc, container)));
  for (const extra of container.querySelectorAll(".document")) {
    if (Number(extra.dataset.index) >= s.documents.length) extra.remove();
  }
  document.body.dataset.version = String(s.version);
}

let queue = Promise.resolve();
const events = new EventSource("/events");
events.addEventListener("state", (e) => {
  const s = JSON.parse(e.data);
  queue = queue.then(() => render(s)).catch((err) => console.error(err));
});
events.addEventListener("open", () => {
  $("connection").textContent = t("preview.page.live");
  $("connection").className = "";
});
events.addEventListener("error", () => {
  $("connection").textContent = t("preview.page.disconnected");
  $("connection").className = "offline";
});
