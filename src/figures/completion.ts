/**
 * The completion rate of carried tasks (last period's plan reported on this period), as the
 * templates see it: `completion.total`, `completion.done`, `completion.rate` ("20%"), and the
 * phrase `completionSentence` prints: "hoàn thành 1/5 nhiệm vụ (đạt 20%)".
 */
import type { CarriedStatus, Fragment, RawCarriedTask } from "../input/fragment-types.js";
import { percent } from "../vi/numbers.js";

export interface Completion {
  total: number;
  done: number;
  inProgress: number;
  notDone: number;
  /** Tasks whose status nobody has set yet (counted in `total`). */
  unset: number;
  /** done/total as a percentage ("20%"); "" when there is no carried task. */
  rate: string;
  allDone: boolean;
}

export interface ReportCompletion extends Completion {
  /** By unit id: the carried tasks of that unit's fragments. */
  units: Record<string, Completion>;
  /** By section id: the carried tasks written in fragments of that section. */
  sections: Record<string, Completion>;
}

export const STATUS_LABELS: Record<CarriedStatus, string> = {
  done: "đã hoàn thành",
  "in-progress": "đang thực hiện",
  "not-done": "chưa thực hiện",
};

export function completionOf(tasks: readonly Pick<RawCarriedTask, "status">[]): Completion {
  const count = (s: CarriedStatus) => tasks.filter((t) => t.status === s).length;
  const total = tasks.length;
  const done = count("done");
  const unset = tasks.filter((t) => t.status == null).length;
  return {
    total,
    done,
    inProgress: count("in-progress"),
    notDone: count("not-done"),
    unset,
    rate: total ? percent(done, total) : "",
    allDone: total > 0 && done === total,
  };
}

export function reportCompletion(fragments: readonly Fragment[]): ReportCompletion {
  const group = (key: (f: Fragment) => string) => {
    const by = new Map<string, RawCarriedTask[]>();
    for (const f of fragments) if (f.carried.length) by.set(key(f), [...(by.get(key(f)) ?? []), ...f.carried]);
    return Object.fromEntries([...by].map(([k, list]) => [k, completionOf(list)]));
  };
  return {
    ...completionOf(fragments.flatMap((f) => f.carried)),
    units: group((f) => f.unit),
    sections: group((f) => f.section),
  };
}

/** "hoàn thành 1/5 nhiệm vụ (đạt 20%)"; "" when there is nothing to count. */
export function completionSentence(c: Pick<Completion, "total" | "done" | "rate"> & { unset?: number }): string {
  // A rate over tasks some of which nobody has reported on yet would print what nobody wrote.
  if (!c.total || c.unset) return "";
  return `hoàn thành ${c.done}/${c.total} nhiệm vụ (đạt ${c.rate})`;
}
