/**
 * One Typst compiler per process, created on first use (creating it costs more than a compile).
 *
 * Fonts: the bundled Tinos TTFs, the fonts built into Typst itself and the font folders given
 * (writers/font-dirs.ts: the repository's fonts/ and the system's) are visible, nothing else.
 * The 0.7.0 Node compiler has no "ignore system fonts" switch, and its font searcher reads
 * fontconfig, so while it is created FONTCONFIG_FILE points at a configuration whose only
 * font directory is empty: the folders searched are exactly the ones listed.
 */
import type { NodeCompiler } from "@myriaddreamin/typst-ts-node-compiler";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { createRequire } from "node:module";
import { join } from "node:path";
import { tinosFiles } from "../../fonts/tinos.js";
import { fontconfigXml } from "./fontconfig-xml.js";

const compilers = new Map<string, NodeCompiler>();

/** The native module is loaded on first use, so a DOCX-only build never loads it. */
const load = () =>
  createRequire(import.meta.url)(
    "@myriaddreamin/typst-ts-node-compiler",
  ) as typeof import("@myriaddreamin/typst-ts-node-compiler");

function createIsolated(fontDirs: readonly string[]): NodeCompiler {
  const dir = mkdtempSync(join(tmpdir(), "bcreport-typst-"));
  const conf = join(dir, "fonts.conf");
  writeFileSync(conf, fontconfigXml([dir]));
  const previous = process.env.FONTCONFIG_FILE;
  process.env.FONTCONFIG_FILE = conf;
  try {
    const f = tinosFiles();
    return load().NodeCompiler.create({
      fontArgs: [{ fontPaths: [f.regular, f.bold, f.italic, f.boldItalic, ...fontDirs] }],
    });
  } finally {
    if (previous === undefined) delete process.env.FONTCONFIG_FILE;
    else process.env.FONTCONFIG_FILE = previous;
    rmSync(dir, { recursive: true, force: true });
  }
}

export function typstCompiler(fontDirs: readonly string[] = []): NodeCompiler {
  const key = fontDirs.join("\u0000");
  let compiler = compilers.get(key);
  if (!compiler) compilers.set(key, (compiler = createIsolated(fontDirs)));
  return compiler;
}
