/**
 * The frame of two revisions → the frame of a tracked-changes model: the new frame, with every
 * line that changed compared word by word in `tracked`, and lines that are gone kept (with their
 * old text) in their arrays so the writer prints them as deleted.
 */
import type { Frame, Inline, TrackedLine } from "../model/report.js";
import { align, similarity } from "./align.js";
import { diffInlines, markAll, type TrackContext } from "./inline-diff.js";

const runs = (text: string): Inline[] => (text === "" ? [] : [{ kind: "text", text }]);

export function trackFrame(a: Frame, b: Frame, ctx: TrackContext): Omit<Frame, "closing"> {
  const quiet: TrackContext = { ...ctx, count: () => undefined };
  const tracked: Record<string, TrackedLine> = {};
  const line = (key: string, x: string, y: string) => {
    if (x !== y) tracked[key] = { content: diffInlines(runs(x), runs(y), {}, quiet) };
  };
  /** Aligns two arrays of lines; returns the union, recording changed, new and gone lines under `prefix.i`. */
  const lines = <T>(prefix: string, x: readonly T[], y: readonly T[], text: (v: T) => string): T[] => {
    const out: T[] = [];
    for (const step of align(x, y, text, (p, q) => x.length === 1 || y.length === 1 || similarity(text(p), text(q)) > 0)) {
      const key = `${prefix}.${out.length}`;
      if (step.a !== undefined && step.b !== undefined) line(key, text(step.a), text(step.b));
      else {
        const type = step.b !== undefined ? "ins" : "del";
        tracked[key] = { content: markAll(runs(text((step.b ?? step.a) as T)), type, undefined, quiet), revision: ctx.attribute(type, undefined) };
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
  const recipients = { ...b.recipients, lines: lines("recipients.lines", a.recipients.lines, b.recipients.lines, (l) => l.text) };
  const signature = { ...b.signature, lines: lines("signature.lines", a.signature.lines, b.signature.lines, id) };
  const kinhGui = trackKinhGui(a.kinhGui, b.kinhGui, tracked, quiet);
  return { ...b, header, title, kinhGui, recipients, signature, ...(Object.keys(tracked).length ? { tracked } : {}) };
}

/**
 * "Kính gửi": one recipient prints as one line, several as a list ("- X;" … "- Y."). The union of
 * recipients is printed in the new form; each printed line is compared with the line its
 * recipient had.
 */
function trackKinhGui(a: readonly string[], b: readonly string[], tracked: Record<string, TrackedLine>, ctx: TrackContext): string[] {
  const steps = align(a, b, (s) => s, (p, q) => a.length === 1 || b.length === 1 || similarity(p, q) > 0);
  const union = steps.map((s) => (s.b ?? s.a) as string);
  const printed = (list: readonly string[], i: number) =>
    list.length === 1 ? `Kính gửi: ${list[0]}` : `- ${list[i]}${i === list.length - 1 ? "." : ";"}`;
  const key = (i: number) => (union.length === 1 ? "kinhGui.single" : `kinhGui.line.${i}`);
  let ia = 0;
  let ib = 0;
  steps.forEach((step, i) => {
    const x = step.a !== undefined ? printed(a, ia++) : undefined;
    const y = step.b !== undefined ? printed(b, ib++) : undefined;
    if (x !== undefined && y !== undefined) {
      if (x !== y) tracked[key(i)] = { content: diffInlines(runs(x), runs(y), {}, ctx) };
    } else {
      const type = y !== undefined ? "ins" : "del";
      tracked[key(i)] = { content: markAll(runs((y ?? x)!), type, undefined, ctx), revision: ctx.attribute(type, undefined) };
    }
  });
  // One side printed the one-line form: the other side's "Kính gửi:" heading line is new or gone.
  if (union.length > 1 && (a.length <= 1 || b.length <= 1)) {
    const type = a.length <= 1 ? "ins" : "del";
    tracked["kinhGui.heading"] = { content: markAll(runs("Kính gửi:"), type, undefined, ctx), revision: ctx.attribute(type, undefined) };
  }
  return union;
}
