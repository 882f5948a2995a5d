/** The document writers (DOCX, PDF through Typst or LibreOffice): what `registry.ts` imports when a run needs them. */
export { writeDocx } from "./docx/write-docx.js";
export { convertDocxWithLibreOffice } from "./pdf/libreoffice.js";
export { writePdf } from "./pdf/write-pdf.js";
