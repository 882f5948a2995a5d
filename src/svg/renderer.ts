/**
 * resvg, compiled to WebAssembly (`@resvg/resvg-wasm`: one package, no per-platform binaries),
 * loaded once per process and only when a report has an SVG figure. Loading is asynchronous;
 * everything after it (inspect-svg.ts, rasterise-svg.ts) is synchronous.
 *
 * Text inside an SVG is set only with the bundled Tinos (every family, generic or named, falls
 * back to it); system fonts are never read, so the same SVG gives the same pixels everywhere.
 */
import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { initWasm, Resvg, type ResvgRenderOptions } from "@resvg/resvg-wasm";
import { tinosFiles } from "../fonts/tinos.js";

let loading: Promise<void> | undefined;
let ready = false;

/** Load the renderer (the first call compiles the WebAssembly, ~60 ms; later calls return at once). */
export function loadSvgRenderer(): Promise<void> {
  loading ??= (async () => {
    const wasm = readFileSync(createRequire(import.meta.url).resolve("@resvg/resvg-wasm/index_bg.wasm"));
    await initWasm(wasm);
    ready = true;
  })();
  return loading;
}

export function svgRendererReady(): boolean {
  return ready;
}

let fonts: Uint8Array[] | undefined;

/** resvg's options: the Tinos faces only, every family mapped to Tinos. */
export function renderOptions(fitTo?: ResvgRenderOptions["fitTo"]): ResvgRenderOptions {
  if (!fonts) {
    const f = tinosFiles();
    fonts = [f.regular, f.bold, f.italic, f.boldItalic].map((p) => new Uint8Array(readFileSync(p)));
  }
  return {
    font: {
      fontBuffers: fonts,
      defaultFontFamily: "Tinos",
      serifFamily: "Tinos",
      sansSerifFamily: "Tinos",
      monospaceFamily: "Tinos",
      cursiveFamily: "Tinos",
      fantasyFamily: "Tinos",
    },
    ...(fitTo ? { fitTo } : {}),
  };
}

/** A parsed SVG; throws (resvg's message) when the text is not an SVG resvg can read. */
export function parseSvg(bytes: Uint8Array, fitTo?: ResvgRenderOptions["fitTo"]): InstanceType<typeof Resvg> {
  if (!ready) throw new Error("the SVG renderer was used before loadSvgRenderer() finished");
  return new Resvg(bytes, renderOptions(fitTo));
}
