/**
 * The editor experience, tested as an editor gets it: yaml-language-server (the YAML support of VS
 * Code and other editors) is started over stdio and sent fragments of the bundled example, whose
 * `$schema` lines point at the repository's own schemas (`bcreport schema`).
 */
import { readdirSync, readFileSync } from "node:fs";
import { fileURLToPath, pathToFileURL } from "node:url";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { LspClient } from "./support/lsp-client.js";

const root = fileURLToPath(new URL("../", import.meta.url));
const example = `${root}examples/cao-bang/`;
const server = `${root}node_modules/yaml-language-server/bin/yaml-language-server`;
/** What the VS Code YAML extension sends by default, without the public schema store (no network in tests). */
const settings = {
  validate: true,
  hover: true,
  completion: true,
  format: { enable: false },
  schemaStore: { enable: false },
};

interface Diagnostic {
  range: { start: { line: number; character: number } };
  message: string;
}
type Completion = { items?: Array<{ label: string }> } | Array<{ label: string }>;

const SCHEMA_LINE = "# yaml-language-server: $schema=../../../schemas/fragment.monthly.schema.json";
let client: LspClient;
let version = 0;

/** Open `text` as a new file in the example's reports/2023-12/monthly/ and return its URI. */
function open(name: string, text: string): string {
  const uri = pathToFileURL(`${example}reports/2023-12/monthly/${name}`).href;
  client.notify("textDocument/didOpen", { textDocument: { uri, languageId: "yaml", version: ++version, text } });
  return uri;
}

async function diagnosticsOf(uri: string): Promise<Diagnostic[]> {
  const m = await client.waitFor(
    (n) => n.method === "textDocument/publishDiagnostics" && (n.params as { uri: string }).uri === uri,
  );
  return (m.params as { diagnostics: Diagnostic[] }).diagnostics;
}

beforeAll(async () => {
  client = new LspClient(process.execPath, [server, "--stdio"], settings);
  await client.request("initialize", {
    processId: process.pid,
    rootUri: pathToFileURL(example).href,
    workspaceFolders: [{ uri: pathToFileURL(example).href, name: "cao-bang" }],
    capabilities: {
      workspace: { configuration: true },
      textDocument: {
        publishDiagnostics: {},
        completion: { completionItem: { snippetSupport: true, documentationFormat: ["markdown", "plaintext"] } },
        hover: { contentFormat: ["markdown", "plaintext"] },
      },
    },
  });
  client.notify("initialized", {});
  client.notify("workspace/didChangeConfiguration", { settings: { yaml: settings } });
}, 30_000);

afterAll(async () => {
  await client?.close();
});

describe("yaml-language-server on a fragment of the example", () => {
  it("accepts a fragment as the example has it", async () => {
    const uri = open(
      "ok.yaml",
      [SCHEMA_LINE, "unit: qlkh", "section: quan-ly-nhiem-vu", "body: |", "  - Tiếp tục quản lý 45 nhiệm vụ.", ""].join(
        "\n",
      ),
    );
    expect(await diagnosticsOf(uri)).toEqual([]);
  });

  it("finds nothing to flag in any file of the example", async () => {
    const files = [
      "bcreport.yaml",
      ...readdirSync(`${example}reports`, { recursive: true, encoding: "utf8" })
        .filter((f) => f.endsWith(".yaml"))
        .map((f) => `reports/${f}`),
    ];
    expect(files.length).toBeGreaterThan(40);
    const uris = files.map((f) => {
      const uri = pathToFileURL(`${example}${f}`).href;
      client.notify("textDocument/didOpen", {
        textDocument: { uri, languageId: "yaml", version: ++version, text: readFileSync(`${example}${f}`, "utf8") },
      });
      return uri;
    });
    const found = await Promise.all(uris.map(diagnosticsOf));
    files.forEach((f, i) => expect(found[i], f).toEqual([]));
  }, 60_000);

  it("flags an unknown unit on its line, naming the units", async () => {
    const uri = open(
      "unknown-unit.yaml",
      [SCHEMA_LINE, "unit: vpp", "section: tham-muu", "body: |", "  - Tham mưu.", ""].join("\n"),
    );
    const found = await diagnosticsOf(uri);
    expect(found).toHaveLength(1);
    expect(found[0]!.range.start.line).toBe(1);
    expect(found[0]!.message).toContain("Mã đơn vị là một trong: `vp`, `qlkh`");
  });

  it("flags a unit that does not write the section", async () => {
    const uri = open("not-owner.yaml", [SCHEMA_LINE, "unit: tt", "section: tham-muu", "body: x", ""].join("\n"));
    const found = await diagnosticsOf(uri);
    expect(found.map((d) => d.range.start.line)).toEqual([1]);
    expect(found[0]!.message).toContain("Mục `tham-muu` do đơn vị `qlkh`, `vp` viết");
  });

  it("flags a not-done carried task without a reason", async () => {
    const text = [
      SCHEMA_LINE,
      "unit: qlkh",
      "section: quan-ly-nhiem-vu",
      "carried:",
      "  - task: Nghiệm thu 02 đề tài.",
      "    status: not-done",
      "",
    ].join("\n");
    const found = await diagnosticsOf(open("no-reason.yaml", text));
    expect(found).toHaveLength(1);
    expect(found[0]!.message).toMatch(/reason/);
    expect(found[0]!.range.start.line).toBeGreaterThanOrEqual(4);
    expect(found[0]!.range.start.line).toBeLessThanOrEqual(5);
  });

  it("completes `unit:` with the example's unit ids", async () => {
    const uri = open("complete.yaml", [SCHEMA_LINE, "unit: ", "section: tham-muu", ""].join("\n"));
    await diagnosticsOf(uri);
    const result = await client.request<Completion>("textDocument/completion", {
      textDocument: { uri },
      position: { line: 1, character: 6 },
    });
    const labels = (Array.isArray(result) ? result : (result.items ?? [])).map((i) => i.label).sort();
    expect(labels).toEqual(["cnsht", "qlkh", "tdc", "tt", "ungdung", "vp"]);
  });

  it("completes `section:` with the sections of the kind", async () => {
    const uri = open("complete-section.yaml", [SCHEMA_LINE, "unit: vp", "section: ", ""].join("\n"));
    await diagnosticsOf(uri);
    const result = await client.request<Completion>("textDocument/completion", {
      textDocument: { uri },
      position: { line: 2, character: 9 },
    });
    const labels = (Array.isArray(result) ? result : (result.items ?? [])).map((i) => i.label);
    expect(labels).toContain("tham-muu");
    expect(labels).toContain("quan-ly-nhiem-vu");
  });

  it("shows the Vietnamese description on hover over `section`", async () => {
    const uri = open("hover.yaml", [SCHEMA_LINE, "unit: vp", "section: tham-muu", "body: x", ""].join("\n"));
    await diagnosticsOf(uri);
    const hover = await client.request<{ contents: { value: string } | string }>("textDocument/hover", {
      textDocument: { uri },
      position: { line: 2, character: 3 },
    });
    const text = typeof hover.contents === "string" ? hover.contents : hover.contents.value;
    expect(text).toContain("**Mục** của báo cáo mà đoạn này thuộc về");
  });
});
