/**
 * Where the PDF writer looks for the font `layout.font` names, besides the bundled Tinos:
 *
 * 1. the repository's `fonts/` folder (a department that must use a font its CI machines lack
 *    commits the TTF/OTF files there — mind the font's licence), then
 * 2. the system font folders of Linux, macOS and Windows, and `~/.fonts`, `~/.local/share/fonts`.
 *
 * The default `Times New Roman` is used when found, else the bundled Tinos (its metric twin)
 * silently; any other `layout.font` that is not found gives a `font-missing` warning.
 */
import { msg, type Message } from "../messages/index.js";
import { existsSync } from "node:fs";
import { join } from "node:path";

export const DEFAULT_FONT = "Times New Roman";

export function fontDirs(root: string, env: Readonly<Record<string, string | undefined>>): string[] {
  const home = env["HOME"] ?? env["USERPROFILE"];
  const windir = env["WINDIR"] ?? env["SystemRoot"];
  const candidates = [
    join(root, "fonts"),
    "/usr/share/fonts",
    "/usr/local/share/fonts",
    "/Library/Fonts",
    "/System/Library/Fonts",
    ...(windir ? [join(windir, "Fonts")] : []),
    ...(home ? [join(home, ".fonts"), join(home, ".local", "share", "fonts"), join(home, "Library", "Fonts")] : []),
  ];
  return candidates.filter((d) => existsSync(d));
}

/** The `font-missing` message for Typst's "unknown font family: x" warning, or undefined for another warning. */
export function missingFontMessage(typstWarning: string, fonts: readonly string[]): Message | undefined {
  const m = /unknown font family: (.+)$/.exec(typstWarning);
  if (!m) return undefined;
  const name = fonts.find((f) => f.toLowerCase() === m[1]!.trim().toLowerCase()) ?? m[1]!;
  if (name === DEFAULT_FONT || name === "Tinos") return undefined;
  return msg("writers.font-missing", { name });
}
