/**
 * Synthetic inputs for the benchmarks, made from examples/cao-bang:
 *
 *   large(dir)              the 2023-11 monthly report grown to ~60 pages: ~320 extra paragraphs
 *                           of the example's own sentences, ~300 footnotes, 8 tables
 *   archive(dir, periods)   `periods` monthly folders (2014-01 …) copied from 2023-11, each with
 *                           its own date and a varied sentence
 *
 * Usage: node bench/generate.mjs <large|archive> <dir> [periods]
 */
import { cpSync, mkdirSync, readFileSync, readdirSync, rmSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { parseDocument } from "yaml";

export const EXAMPLE = fileURLToPath(new URL("../examples/cao-bang/", import.meta.url));
const SOURCE = join(EXAMPLE, "reports/2023-11");

/** A tiny deterministic PRNG, so every run measures the same input. */
function random(seed) {
  let s = seed >>> 0;
  return () => (s = (s * 1664525 + 1013904223) >>> 0) / 2 ** 32;
}

function copyProfile(dir) {
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(join(dir, "reports"), { recursive: true });
  cpSync(join(EXAMPLE, "bcreport.yaml"), join(dir, "bcreport.yaml"));
}

/** Sentences of the example's bodies, without footnote calls or list markers. */
function sentences() {
  const out = [];
  for (const name of readdirSync(join(SOURCE, "monthly"))) {
    const body = parseDocument(readFileSync(join(SOURCE, "monthly", name), "utf8")).toJS().body;
    if (!body) continue;
    for (const line of body.split("\n")) {
      if (/^\s*(\[\^|\|)/.test(line)) continue;
      const clean = line
        .replace(/\[\^[^\]]*\]/g, "")
        .replace(/^\s*([-+*]|\d+\.)\s+/, "")
        .trim();
      for (const s of clean.split(/(?<=[.;:])\s+/)) if (s.length > 40) out.push(s.replace(/[.;:]$/, ""));
    }
  }
  return out;
}

function table(rand, n) {
  const rows = ["| TT | Nhiệm vụ | Kinh phí (triệu đồng) | Tiến độ |", "|---|---|---:|---|"];
  for (let i = 1; i <= 8; i++)
    rows.push(
      `| ${i} | Nhiệm vụ số ${n}.${i} cấp tỉnh | ${Math.round(rand() * 5000)} | ${rand() < 0.5 ? "Đúng tiến độ" : "Chậm tiến độ"} |`,
    );
  return rows.join("\n");
}

/** The 2023-11 report with every body fragment grown; returns counts for the README. */
export function large(dir, { paragraphs = 320, footnotes = 300, tables = 8 } = {}) {
  copyProfile(dir);
  cpSync(SOURCE, join(dir, "reports/2023-11"), { recursive: true });
  const pool = sentences();
  const rand = random(2023);
  const frDir = join(dir, "reports/2023-11/monthly");
  const bodies = readdirSync(frDir).filter((n) => parseDocument(readFileSync(join(frDir, n), "utf8")).toJS().body);
  let notes = 0;
  let tablesMade = 0;
  for (let p = 0; p < paragraphs; p++) {
    const file = join(frDir, bodies[p % bodies.length]);
    const doc = parseDocument(readFileSync(file, "utf8"));
    const words = [];
    while (words.join(" ").split(" ").length < 80) words.push(pool[Math.floor(rand() * pool.length)]);
    let text = `${words.join("; ")}.`;
    let defs = "";
    if (Math.floor(((p + 1) * footnotes) / paragraphs) > notes) {
      notes++;
      text = text.replace(/\.$/, `[^g${notes}].`);
      defs = `\n\n[^g${notes}]: Quyết định số ${100 + notes}/QĐ-UBND ngày ${1 + (notes % 28)}/${1 + (notes % 12)}/2023 của UBND tỉnh.`;
    }
    if (tablesMade < tables && p % Math.floor(paragraphs / tables) === 0) text += `\n\n${table(rand, ++tablesMade)}`;
    doc.set("body", `${String(doc.get("body")).trimEnd()}\n\n${text}${defs}\n`);
    writeFileSync(file, doc.toString({ lineWidth: 0 }));
  }
  return { paragraphs, footnotes: notes, tables: tablesMade };
}

/** Every period reports on the previous one's planned tasks (`carried:`), as a real archive does. */
function carryOver(dir) {
  for (const name of readdirSync(dir)) {
    const file = join(dir, name);
    const doc = parseDocument(readFileSync(file, "utf8"));
    const tasks = doc.toJS().tasks;
    if (!tasks?.length) continue;
    doc.set(
      "carried",
      tasks.map((t) => ({ task: typeof t === "string" ? t : (t.text ?? t.task), status: "done" })),
    );
    writeFileSync(file, doc.toString({ lineWidth: 0 }));
  }
}

/** `periods` monthly period folders starting at 2014-01, each a varied copy of 2023-11. */
export function archive(dir, periods) {
  copyProfile(dir);
  const report = readFileSync(join(SOURCE, "monthly.yaml"), "utf8");
  for (let i = 0; i < periods; i++) {
    const year = 2014 + Math.floor(i / 12);
    const month = String((i % 12) + 1).padStart(2, "0");
    const id = `${year}-${month}`;
    const target = join(dir, "reports", id);
    cpSync(SOURCE, target, { recursive: true });
    writeFileSync(
      join(target, "monthly.yaml"),
      report
        .replace("date: 2023-11-20", `date: ${id}-20`)
        .replace(/tháng 11 năm 2023/g, `tháng ${Number(month)} năm ${year}`),
    );
    const file = join(target, "monthly/vp.cong-tac-khac.yaml");
    const doc = parseDocument(readFileSync(file, "utf8"));
    doc.set("body", `${String(doc.get("body")).trimEnd()}\n\n- Kỳ báo cáo ${id}: tiếp nhận ${10 + (i % 37)} hồ sơ.\n`);
    writeFileSync(file, doc.toString({ lineWidth: 0 }));
    if (i > 0) carryOver(join(target, "monthly"));
  }
  return { periods };
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const [what, dir, n] = process.argv.slice(2);
  if (what === "large" && dir) console.log(large(dir));
  else if (what === "archive" && dir) console.log(archive(dir, Number(n ?? 120)));
  else {
    console.error("usage: node bench/generate.mjs large <dir> | archive <dir> [periods]");
    process.exitCode = 2;
  }
}
