/**
 * How the Nơi nhận list (ô 9b) sits beside the signature block (ô 7) in the paged writers.
 *
 * The heading and the first lines share one row with the signature, a row that never splits: the
 * signature is never on a page without the start of Nơi nhận beside it. A longer list goes on in
 * rows of one line each under it, so it continues on the next page instead of running off the
 * bottom of this one.
 */
import type { Recipients } from "./report.js";

/** Lines printed beside the signature; about the signature block's height in 11 pt lines. */
export const RECIPIENT_LINES_BESIDE_SIGNATURE = 10;

export type RecipientLine = Recipients["lines"][number];

export function recipientRows(recipients: Recipients): { beside: RecipientLine[]; after: RecipientLine[] } {
  return {
    beside: recipients.lines.slice(0, RECIPIENT_LINES_BESIDE_SIGNATURE),
    after: recipients.lines.slice(RECIPIENT_LINES_BESIDE_SIGNATURE),
  };
}
