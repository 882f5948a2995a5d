/** The library entry: `import { compile, numberToWords, … } from "bcreport"`. */
export { compile, buildModels } from "./compile.js";
export type { CompileOptions, CompileResult, OutputFile, OutputFormat } from "./compile-api.js";
export type { Diagnostic, Severity } from "./diagnostics.js";
export { formatDiagnostic } from "./diagnostics.js";
export type * from "./model/report.js";
export { nodeWorld, memoryWorld, type World } from "./world.js";
export * from "./vi/index.js";
