/**
 * How the Nơi nhận list (ô 9b) sits beside the signature block (ô 7) in the paged writers.
 *
 * A list of up to 15 lines shares one row with the signature, a row that never splits. A longer
 * list keeps its heading and first 10 lines in that row, so the signature is never on a page
 * without the start of Nơi nhận beside it, and goes on in rows of one line each under it, so it
 * continues on the next page instead of running off the bottom of this one.
 */
import type { Recipients } from "./report.js";

/** A list this long or shorter fits beside the signature on any page, even with its lines wrapped. */
export const RECIPIENT_LINES_IN_ONE_ROW = 15;
/** Lines of a longer list printed beside the signature: about the signature block's height in 11 pt lines. */
export const RECIPIENT_LINES_BESIDE_SIGNATURE = 10;

export type RecipientLine = Recipients["lines"][number];

export function recipientRows(recipients: Recipients): { beside: RecipientLine[]; after: RecipientLine[] } {
  if (recipients.lines.length <= RECIPIENT_LINES_IN_ONE_ROW) return { beside: [...recipients.lines], after: [] };
  return {
    beside: recipients.lines.slice(0, RECIPIENT_LINES_BESIDE_SIGNATURE),
    after: recipients.lines.slice(RECIPIENT_LINES_BESIDE_SIGNATURE),
  };
}
