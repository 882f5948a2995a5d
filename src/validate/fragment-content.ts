/**
 * Whether a fragment says anything: text in `body`, `items` or `tasks`, a metric, or a carried task whose
 * status someone has set. `bcreport status` calls a fragment without content `empty`, and the
 * build skips it with an `empty-fragment` warning: both use this one test, so they agree.
 */
import type { Fragment } from "../input/fragment-types.js";

export function hasContent(
  f: Pick<Fragment, "body" | "tasks" | "metrics" | "carried"> & { items?: Fragment["items"] },
): boolean {
  return (
    (f.body ?? "").trim() !== "" ||
    (f.items ?? []).some((i) => i.text.trim() !== "") ||
    f.tasks.some((t) => t.trim() !== "") ||
    f.metrics.length > 0 ||
    f.carried.some((c) => c.status != null)
  );
}
