/**
 * `bcreport preview` in a real browser: Debian's Chromium driven by playwright-core (which never
 * downloads a browser). Skipped, and said so, when no Chromium is installed
 * (`apt-get install chromium`; `.ci/run` installs it). With BCREPORT_SCREENSHOT=1 the test also
 * writes docs/preview.png for the README.
 */
import { cpSync, existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { chromium, type Browser, type Page } from "playwright-core";
import { startPreviewProcess, type PreviewProcess } from "./support/preview-process.js";

const CHROMIUM = process.env["CHROMIUM_PATH"] ?? "/usr/bin/chromium";
const FOUND = existsSync(CHROMIUM);
if (!FOUND)
  console.warn(
    `\n*** SKIPPED the preview browser test: no Chromium at ${CHROMIUM} (apt-get install chromium, or set CHROMIUM_PATH) ***\n`,
  );

const EXAMPLE = fileURLToPath(new URL("../examples/cao-bang", import.meta.url));
const FRAGMENT = "reports/2023-11/monthly/vp.dat-duoc.yaml";
const FLAGS = [
  "--headless",
  "--no-sandbox",
  "--disable-gpu",
  "--disable-quic",
  "--no-first-run",
  "--disable-background-networking",
  "--disable-component-update",
  "--disable-sync",
];

/** The text of each page (pdf.js's text layer), without whitespace. */
const pageTexts = (page: Page) =>
  page.$$eval("#documents .pages .page .textLayer", (ls) => ls.map((l) => (l.textContent ?? "").replace(/\s+/g, "")));
const squeeze = (s: string) => s.replace(/\s+/g, "");

describe.skipIf(!FOUND)("preview in Chromium", () => {
  let dir: string;
  let preview: PreviewProcess;
  let browser: Browser;
  let page: Page;
  let original: string;
  let editedPages = 0;

  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), "bcreport-preview-"));
    cpSync(EXAMPLE, dir, { recursive: true });
    original = readFileSync(join(dir, FRAGMENT), "utf8");
    preview = await startPreviewProcess(dir, ["2023-11", "--port", "0"]);
    browser = await chromium.launch({ executablePath: CHROMIUM, args: FLAGS, headless: true });
    page = await browser.newPage({ viewport: { width: 1400, height: 1000 } });
  });

  afterAll(async () => {
    await browser?.close();
    const code = await preview?.stop();
    expect(code).toBe(0);
    expect(preview.output()).toContain("preview stopped");
    rmSync(dir, { recursive: true, force: true });
  });

  const write = (text: string) => writeFileSync(join(dir, FRAGMENT), text);

  it("shows the five pages of the November report, the first fragment's sentence on page 1", async () => {
    await page.goto(preview.url);
    await page.waitForSelector("#documents .pages .page .textLayer span");
    const texts = await pageTexts(page);
    expect(texts).toHaveLength(5);
    expect(texts[0]).toContain(squeeze("Một số kết quả nổi bật như sau:"));
    expect(texts[4]).toContain(squeeze("Nơi nhận"));
    await expect.poll(() => page.textContent("#status")).toContain("submitted");
  });

  it("shows a saved edit without a reload", async () => {
    const version = await page.getAttribute("body", "data-version");
    write(original.replace("body: |\n", "body: |\n  Đoạn văn thêm vào để thử xem trước.\n\n"));
    await expect
      .poll(async () => (await pageTexts(page))[0], { timeout: 10_000 })
      .toContain(squeeze("Đoạn văn thêm vào để thử xem trước."));
    expect(await page.getAttribute("body", "data-version")).not.toBe(version);
    editedPages = (await pageTexts(page)).length;
  });

  it("shows a broken fragment's file:line:col while the last good pages stay", async () => {
    write(original.replace("section: dat-duoc", "section: [dat-duoc"));
    await expect
      .poll(() => page.textContent("#problems"), { timeout: 10_000 })
      .toMatch(new RegExp(`${FRAGMENT.replace(/\./g, "\\.")}:\\d+:\\d+: error`));
    expect(await page.isVisible("#stale")).toBe(true);
    const texts = await pageTexts(page);
    expect(texts).toHaveLength(editedPages);
    expect(texts[0]).toContain(squeeze("Đoạn văn thêm vào để thử xem trước."));
  });

  it("drops the problem once the fragment is fixed", async () => {
    write(original);
    await expect.poll(() => page.isVisible("#stale"), { timeout: 10_000 }).toBe(false);
    expect(await page.textContent("#problems")).not.toContain(FRAGMENT);
    // The new pages arrive about a second after the problem clears: as long as the poll's default timeout.
    await expect
      .poll(async () => (await pageTexts(page))[0], { timeout: 10_000 })
      .not.toContain(squeeze("Đoạn văn thêm vào"));
  });

  it("tells where a clicked paragraph comes from", async () => {
    const line = page.locator("#documents .pages .textLayer span", { hasText: /^\s*Trong tháng/ }).first();
    await line.click();
    await expect.poll(() => page.textContent("#source-location")).toBe(`${FRAGMENT}:5`);
    expect(await page.getAttribute("#editor-link", "href")).toBe(`vscode://file/${dir}/${FRAGMENT}:5`);
    if (process.env["BCREPORT_SCREENSHOT"] === "1") {
      await page.screenshot({ path: fileURLToPath(new URL("../docs/preview.png", import.meta.url)) });
    }
  });
});

describe.skipIf(!FOUND)("preview in Chromium, in Vietnamese (--lang vi)", () => {
  let dir: string;
  let preview: PreviewProcess;
  let browser: Browser;
  let page: Page;

  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), "bcreport-preview-vi-"));
    cpSync(EXAMPLE, dir, { recursive: true });
    preview = await startPreviewProcess(dir, ["2023-11", "--port", "0", "--lang", "vi"]);
    browser = await chromium.launch({ executablePath: CHROMIUM, args: FLAGS, headless: true });
    page = await browser.newPage({ viewport: { width: 1400, height: 1000 } });
  });

  afterAll(async () => {
    await browser?.close();
    expect(await preview?.stop()).toBe(0);
    expect(preview.output()).toContain("đã dừng xem trước");
    rmSync(dir, { recursive: true, force: true });
  });

  it("labels the page, the status table, the pages and a clicked paragraph in Vietnamese", async () => {
    await page.goto(preview.url);
    await page.waitForSelector("#documents .pages .page .textLayer span");
    expect(await page.getAttribute("html", "lang")).toBe("vi");
    expect(await page.$$eval("aside h2", (hs) => hs.map((h) => h.firstChild?.textContent?.trim()))).toEqual([
      "Nguồn",
      "Vấn đề",
      "Tình trạng nộp",
    ]);
    await expect.poll(() => page.textContent("#status")).toContain("đã nộp");
    expect(await page.textContent("#status")).toContain("đơn vị");
    expect(await page.textContent("#connection")).toBe("đã kết nối");
    expect(await page.textContent("#documents h1")).toBe("monthly — 5 trang");
    await page
      .locator("#documents .pages .textLayer span", { hasText: /^\s*Trong tháng/ })
      .first()
      .click();
    await expect.poll(() => page.textContent("#source")).toContain("Đoạn văn của đơn vị vp, mục dat-duoc");
    expect(await page.textContent("#editor-link")).toBe("mở trong VS Code");
  });
});
