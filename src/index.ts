/** The library entry: `import { compile, numberToWords, … } from "bcreport"`. */
export { compile, buildModels } from "./pipeline.js";
export type { CompileOptions, CompileResult, OutputFile, OutputFormat } from "./compile-api.js";
export type { Diagnostic, Severity } from "./diagnostics/diagnostic.js";
export { formatDiagnostic } from "./diagnostics/diagnostic.js";
export type * from "./model/report.js";
export { nodeWorld, memoryWorld, type World } from "./world.js";
export * from "./vi/index.js";
