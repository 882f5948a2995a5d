/**
 * One Typst compiler per process, created on first use (creating it costs more than a compile).
 *
 * Fonts: only the bundled Tinos TTFs (plus the fonts built into Typst itself) are visible.
 * The 0.7.0 Node compiler has no "ignore system fonts" switch, and its font searcher reads
 * fontconfig, so while it is created FONTCONFIG_FILE points at a configuration whose only
 * font directory is empty. That keeps an installed "Times New Roman" (or another Tinos) from
 * changing the output from one machine to the next.
 */
import type { NodeCompiler } from "@myriaddreamin/typst-ts-node-compiler";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { createRequire } from "node:module";
import { join } from "node:path";
import { tinosFiles } from "../../fonts/tinos.js";
import { fontconfigXml } from "./fontconfig-xml.js";

let compiler: NodeCompiler | undefined;

/** The native module is loaded on first use, so a DOCX-only build never loads it. */
const load = () => createRequire(import.meta.url)("@myriaddreamin/typst-ts-node-compiler") as typeof import("@myriaddreamin/typst-ts-node-compiler");

function createIsolated(): NodeCompiler {
  const dir = mkdtempSync(join(tmpdir(), "bcreport-typst-"));
  const conf = join(dir, "fonts.conf");
  writeFileSync(conf, fontconfigXml([dir]));
  const previous = process.env.FONTCONFIG_FILE;
  process.env.FONTCONFIG_FILE = conf;
  try {
    const f = tinosFiles();
    return load().NodeCompiler.create({ fontArgs: [{ fontPaths: [f.regular, f.bold, f.italic, f.boldItalic] }] });
  } finally {
    if (previous === undefined) delete process.env.FONTCONFIG_FILE;
    else process.env.FONTCONFIG_FILE = previous;
    rmSync(dir, { recursive: true, force: true });
  }
}

export function typstCompiler(): NodeCompiler {
  compiler ??= createIsolated();
  return compiler;
}
