/**
 * The preview page in the run's language: index.html's slots filled from the catalogue, the texts
 * the page script uses all present, the problems it lists localized (src/preview/page-texts.ts).
 */
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { diagnostic } from "../src/diagnostics/diagnostic.js";
import { msg } from "../src/messages/index.js";
import { pageHtml, pageState, scriptTexts } from "../src/preview/page-texts.js";

const read = (f: string) => readFileSync(new URL(`../preview-page/${f}`, import.meta.url), "utf8");
const HTML = read("index.html");
const SCRIPT = read("preview.js");
const textsOf = (html: string) =>
  JSON.parse(/<script type="application\/json" id="texts">(.*?)<\/script>/s.exec(html)![1]!);

describe("preview page texts", () => {
  it("fills every slot of index.html, in Vietnamese with --lang vi", () => {
    const vi = pageHtml(HTML, "vi");
    // The JSON block holds the script's texts with their own `{{name}}` slots; the page around it has none left.
    expect(vi.replace(/<script type="application\/json"[^]*?<\/script>/, "")).not.toMatch(/\{\{/);
    expect(vi).toContain('<html lang="vi">');
    expect(vi).toContain("<title>bcreport — xem trước báo cáo</title>");
    for (const label of ["<h2>Nguồn</h2>", "<h2>Vấn đề ", "<h2>Tình trạng nộp</h2>", "đang kết nối…"])
      expect(vi).toContain(label);
    expect(pageHtml(HTML, "en")).toContain("<h2>Problems ");
    expect(vi).toBe(vi.normalize("NFC"));
  });

  it("gives the script every text it asks for", () => {
    const ids = [...SCRIPT.matchAll(/\bt\("([\w.-]+)"/g)].map((m) => m[1]!);
    const templated = [...SCRIPT.matchAll(/\bt\(`([\w.-]+)\$\{/g)].map((m) => m[1]!);
    expect(ids.length).toBeGreaterThan(8);
    const texts = textsOf(pageHtml(HTML, "vi"));
    expect(ids.filter((id) => !(id in texts))).toEqual([]);
    // `t(\`cli.status.state.${e.state}\`)` and the like: every value the state can hold.
    const values: Record<string, string[]> = {
      "cli.status.column.": ["section", "unit", "state", "words"],
      "cli.status.state.": ["submitted", "empty", "missing", "invalid"],
      "preview.page.what.": ["paragraph", "list", "table", "figure", "footnote"],
    };
    expect(templated.sort()).toEqual(Object.keys(values).sort());
    for (const [prefix, list] of Object.entries(values))
      for (const v of list) expect(texts).toHaveProperty([prefix + v]);
    expect(texts["cli.status.state.submitted"]).toBe("đã nộp");
    expect(scriptTexts("en")["preview.page.pages"]).toEqual({
      one: "{{kind}} — {{count}} page",
      other: "{{kind}} — {{count}} pages",
    });
  });

  it("keeps the JSON block closed whatever a text holds", () => {
    const html = pageHtml('<script type="application/json" id="texts">{{texts}}</script>', "en");
    expect(html.match(/<\/script>/g)).toHaveLength(1);
  });

  it("sends the problems in the run's language", () => {
    const d = diagnostic({
      file: "a.yaml",
      line: 1,
      column: 1,
      rule: "unknown-unit",
      message: msg("cli.status.state.missing"),
    });
    const state = { version: 1, root: "/r", diagnostics: [d], documents: [], stale: false, took: 1 };
    expect(pageState(state, "vi").diagnostics[0]).toMatchObject({ message: "chưa nộp", rule: "unknown-unit" });
    expect(pageState(state, "vi").diagnostics[0]).not.toHaveProperty("text");
  });
});
