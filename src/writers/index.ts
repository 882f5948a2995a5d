/** The document writers (DOCX, PDF through Typst or LibreOffice): what `load-writers.ts` loads on demand. */
export { writeDocx } from "./docx/write-docx.js";
export { convertDocxWithLibreOffice } from "./pdf/libreoffice.js";
export { writePdf } from "./pdf/write-pdf.js";
