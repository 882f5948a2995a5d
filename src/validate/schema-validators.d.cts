// Types of the schema validators that `npm run build` writes as code (dist/validate/schema-validators.cjs),
// imported as `#schema-validators` (package.json "imports": these types for tsc, the code at run time).
import type { ValidateFunction } from "ajv";

declare const validators: Record<"bcreport" | "report" | "fragment", ValidateFunction>;
export = validators;
