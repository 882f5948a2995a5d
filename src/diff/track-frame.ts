/**
 * The frame of two revisions → the frame of a tracked-changes model: the new frame, with every
 * line that changed compared word by word in `tracked`, and lines that are gone kept (with their
 * old text) in their arrays so the writer prints them as deleted.
 */
import type { Frame, Inline, KinhGui, TrackedLine } from "../model/report.js";
import { align, similarity } from "./align.js";
import { diffInlines, markAll, type TrackContext } from "./inline-diff.js";

const runs = (text: string): Inline[] => (text === "" ? [] : [{ type: "text", text }]);

export function trackFrame(a: Frame, b: Frame, ctx: TrackContext): Omit<Frame, "closing"> {
  const quiet: TrackContext = { ...ctx, count: () => undefined };
  const tracked: Record<string, TrackedLine> = {};
  const line = (key: string, x: string, y: string) => {
    if (x !== y) tracked[key] = { content: diffInlines(runs(x), runs(y), {}, quiet) };
  };
  /** Aligns two arrays of lines; returns the union, recording changed, new and gone lines under `prefix.i`. */
  const lines = <T>(prefix: string, x: readonly T[], y: readonly T[], text: (v: T) => string): T[] => {
    const out: T[] = [];
    for (const step of align(
      x,
      y,
      text,
      (p, q) => x.length === 1 || y.length === 1 || similarity(text(p), text(q)) > 0,
    )) {
      const key = `${prefix}.${out.length}`;
      if (step.a !== undefined && step.b !== undefined) line(key, text(step.a), text(step.b));
      else {
        const type = step.b !== undefined ? "ins" : "del";
        tracked[key] = {
          content: markAll(runs(text((step.b ?? step.a) as T)), type, undefined, quiet),
          revision: ctx.attribute(type, undefined),
        };
      }
      out.push((step.b ?? step.a) as T);
    }
    return out;
  };
  const id = (s: string) => s;
  line("header.numberLine", a.header.numberLine, b.header.numberLine);
  line("header.nationalTitle", a.header.nationalTitle, b.header.nationalTitle);
  line("header.motto", a.header.motto, b.header.motto);
  line("header.dateLine", a.header.dateLine, b.header.dateLine);
  line("docType", a.docType, b.docType);
  line("recipients.heading", a.recipients.heading, b.recipients.heading);
  line("signature.name", a.signature.name, b.signature.name);
  const header = {
    ...b.header,
    parentAgency: lines("header.parentAgency", a.header.parentAgency, b.header.parentAgency, id),
    agency: lines("header.agency", a.header.agency, b.header.agency, id),
  };
  const title = lines("title", a.title, b.title, id);
  const recipients = {
    ...b.recipients,
    lines: lines("recipients.lines", a.recipients.lines, b.recipients.lines, (l) => l.text),
  };
  const signature = { ...b.signature, lines: lines("signature.lines", a.signature.lines, b.signature.lines, id) };
  const kinhGui = trackKinhGui(a.kinhGui, b.kinhGui, tracked, quiet);
  if (kinhGui) kinhGui.lines = lines("kinhGui.lines", a.kinhGui?.lines ?? [], b.kinhGui?.lines ?? [], id);
  const { kinhGui: _old, ...rest } = b;
  return {
    ...rest,
    header,
    title,
    ...(kinhGui ? { kinhGui } : {}),
    recipients,
    signature,
    ...(Object.keys(tracked).length ? { tracked } : {}),
  };
}

/** "Kính gửi": its heading and lines are final in the model; a block new or gone is marked whole. */
function trackKinhGui(
  a: KinhGui | undefined,
  b: KinhGui | undefined,
  tracked: Record<string, TrackedLine>,
  ctx: TrackContext,
) {
  if (!a && !b) return undefined;
  const x = a ?? { label: "", heading: "", lines: [] };
  const y = b ?? { label: "", heading: "", lines: [] };
  if (x.heading !== y.heading) {
    const whole = x.heading === "" ? "ins" : y.heading === "" ? "del" : undefined;
    tracked["kinhGui.heading"] = whole
      ? {
          content: markAll(runs(x.heading || y.heading), whole, undefined, ctx),
          revision: ctx.attribute(whole, undefined),
        }
      : { content: diffInlines(runs(x.heading), runs(y.heading), {}, ctx) };
  }
  return { ...(b ?? a)!, heading: y.heading || x.heading };
}
