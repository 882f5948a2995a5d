/** What the preview page shows: plain data, sent to the browser as JSON. */
import type { Diagnostic } from "../diagnostics/diagnostic.js";
import type { PeriodStatus } from "../commands/status.js";
import type { Region } from "./render-pages.js";

export interface PreviewDocument {
  kind: string;
  pages: number;
  width: number;
  height: number;
  regions: Region[];
  /** Changes whenever the pages change; the page fetches `/report/<index>.pdf?v=<version>`. */
  version: number;
}

export interface PreviewState {
  /** Counts rebuilds. */
  version: number;
  period?: string;
  /** Absolute repository path, for editor links. */
  root: string;
  /** The problems, as `check` reports them. */
  diagnostics: Diagnostic[];
  status?: PeriodStatus;
  documents: PreviewDocument[];
  /** True when the input has errors and the pages are the last good ones. */
  stale: boolean;
  /** Milliseconds the last rebuild took. */
  took: number;
}
