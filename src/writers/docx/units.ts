/** Unit conversions for WordprocessingML (docs/decree-30.md#docx-units). */

const TWIPS_PER_INCH = 1440;
const MM_PER_INCH = 25.4;

/** Millimetres to twips (1/20 pt), rounded: 210 mm → 11906, 20 mm → 1134. */
export function mmToTwips(mm: number): number {
  return Math.round((mm * TWIPS_PER_INCH) / MM_PER_INCH);
}

/** Centimetres to twips: 1 cm → 567, 1.27 cm → 720. */
export function cmToTwips(cm: number): number {
  return mmToTwips(cm * 10);
}

/** Points to twips: 6 pt → 120. */
export function ptToTwips(pt: number): number {
  return Math.round(pt * 20);
}

/** Points to the half-points of `w:sz`: 14 pt → 28. */
export function ptToHalfPoints(pt: number): number {
  return Math.round(pt * 2);
}

/** Twips to millimetres. */
export function twipsToMm(twips: number): number {
  return (twips * MM_PER_INCH) / TWIPS_PER_INCH;
}

/** Line spacing as a multiple (1, 1.15, 1.5) to the `w:line` value of an "auto" rule. */
export function lineSpacingToLine(multiple: number): number {
  return Math.round(multiple * 240);
}
