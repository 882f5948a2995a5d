/**
 * The preview's core: rebuild the period on demand (input → model → pages) and keep the last
 * good pages while the input has errors. Prints nothing; the server sends the state.
 */
import { diagnostic, hasErrors, type Diagnostic } from "../diagnostics/diagnostic.js";
import { msg } from "../messages/index.js";
import { periodStatus } from "../commands/status.js";
import { loadConfig } from "../validate/load-config.js";
import { periodFolders } from "../input/period-folders.js";
import { buildModels } from "../pipeline.js";
import type { IsoDate } from "../vi/dates.js";
import type { CachingWorld } from "./caching-world.js";
import type { PreviewDocument, PreviewState } from "./preview-state.js";
import { renderPages, type RenderedPages } from "./render-pages.js";

export interface SessionOptions {
  /** Default: the newest period folder. */
  period?: string;
  kinds?: string[];
  today: IsoDate | string;
}

export class PreviewSession {
  private version = 0;
  private pdfs: Uint8Array[] = [];
  private documents: PreviewDocument[] = [];
  private last: PreviewState;

  constructor(
    readonly world: CachingWorld,
    private readonly options: SessionOptions,
  ) {
    this.last = { version: 0, root: world.root, diagnostics: [], documents: [], stale: false, took: 0 };
  }

  get state(): PreviewState {
    return this.last;
  }

  /** The PDF of document `index`, or undefined. */
  pdf(index: number): Uint8Array | undefined {
    return this.pdfs[index];
  }

  /** The period shown: the one asked for, else the newest period folder. */
  private period(): string | undefined {
    if (this.options.period) return this.options.period;
    const { config } = loadConfig(this.world);
    return config ? periodFolders(this.world, config.reportsDir).at(-1) : undefined;
  }

  async rebuild(): Promise<PreviewState> {
    const started = performance.now();
    const period = this.period();
    const diagnostics: Diagnostic[] = [];
    let status: PreviewState["status"];
    let rendered: RenderedPages[] | undefined;
    if (period === undefined) {
      const { diagnostics: configProblems } = loadConfig(this.world);
      diagnostics.push(...configProblems);
      if (!configProblems.length) {
        diagnostics.push(
          diagnostic({
            file: "",
            rule: "no-period",
            message: msg("preview.no-period"),
            hint: msg("preview.no-period.hint"),
          }),
        );
      }
    } else {
      const kinds = this.options.kinds;
      const built = await buildModels({ periods: [period], ...(kinds ? { kinds } : {}) }, this.world);
      diagnostics.push(...built.diagnostics);
      const s = periodStatus(this.world, period, this.options.today as IsoDate).status;
      status = s && kinds ? { ...s, kinds: s.kinds.filter((k) => kinds.includes(k.kind)) } : s;
      if (!hasErrors(built.diagnostics)) {
        try {
          rendered = built.models.map(renderPages);
        } catch (e) {
          const detail = (e as Error).message;
          diagnostics.push(diagnostic({ file: "", rule: "internal", message: msg("preview.layout-bug", { detail }) }));
        }
      }
    }
    this.version++;
    if (rendered) {
      this.pdfs = rendered.map((r) => r.pdf);
      this.documents = rendered.map(({ pdf: _pdf, ...doc }) => ({ ...doc, version: this.version }));
    }
    this.last = {
      version: this.version,
      ...(period !== undefined ? { period } : {}),
      root: this.world.root,
      diagnostics,
      ...(status ? { status } : {}),
      documents: this.documents,
      stale: rendered === undefined && this.documents.length > 0,
      took: Math.round(performance.now() - started),
    };
    return this.last;
  }
}
