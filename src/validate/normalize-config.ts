/**
 * RawConfig (schema-valid) → Config: defaults applied, lines split, outline indexed.
 * Checks the cross-references inside bcreport.yaml (unit, signer and section ids).
 */
import { msg, type Message } from "../messages/index.js";
import { diagnostic, type Diagnostic } from "../diagnostics/diagnostic.js";
import type { YamlFile } from "../yaml/parse-yaml.js";
import { positionOf, type DataPath } from "../yaml/yaml-position.js";
import { DEFAULT_LAYOUT } from "../model/default-layout.js";
import type { Layout } from "../model/report.js";
import { suggestion } from "../diagnostics/did-you-mean.js";
import { landscapeRules } from "./landscape-rules.js";
import { sectionNumber } from "./section-number.js";
import type {
  Config,
  Kind,
  Level,
  RawConfig,
  RawKind,
  RawLevel,
  RawSection,
  Section,
  Signer,
} from "../input/config-types.js";

const asLines = (v: string | string[] | undefined): string[] => (v === undefined ? [] : Array.isArray(v) ? v : [v]);

/** The fields written later win, field by field: a section's `level` over its branch's `levels` over the kind's. */
function merged(...raws: Array<RawLevel | undefined>): RawLevel {
  return Object.assign({}, ...raws.filter((r) => r !== undefined)) as RawLevel;
}

function level(raw: RawLevel | undefined): Level {
  const numbering = raw?.numbering ?? "arabic";
  return {
    numbering,
    prefix: raw?.prefix ?? "",
    suffix: raw?.suffix ?? (numbering === "letter" ? ")" : numbering === "none" ? "" : "."),
    bold: raw?.bold ?? false,
    italic: raw?.italic ?? false,
    uppercase: raw?.uppercase ?? false,
    align: raw?.align ?? "left",
    runIn: raw?.runIn ?? false,
  };
}

function layoutOf(raw: RawConfig["layout"]): Layout {
  const l = structuredClone(DEFAULT_LAYOUT);
  if (!raw) return l;
  Object.assign(l.page.margin, raw.margins ?? {});
  if (raw.font) l.fonts = [raw.font, ...DEFAULT_LAYOUT.fonts.filter((f) => f !== raw.font)];
  if (raw.bodySize) l.size.body = raw.bodySize;
  if (raw.footnoteSize) l.size.footnote = raw.footnoteSize;
  if (raw.tableSize) l.size.table = raw.tableSize;
  if (raw.firstLineIndent) l.body.firstLineIndent = raw.firstLineIndent;
  if (raw.spaceBefore) l.body.spaceBefore = raw.spaceBefore;
  if (raw.lineSpacing) l.body.lineSpacing = raw.lineSpacing;
  return l;
}

export const SIGNATURE_SPACE_DEFAULT = 4;

function signerOf(raw: RawConfig["signers"][number]): Signer {
  const lines =
    raw.lines ??
    [raw.authority && raw.of ? `${raw.authority} ${raw.of}` : undefined, raw.title].filter((x): x is string => !!x);
  return { id: raw.id, lines, name: raw.name, authority: raw.authority, of: raw.of, title: raw.title };
}

/**
 * `reports:` and `templates:` name folders inside the repository: relative, without `..`.
 * Returns the folder to use — the default when the value would leave the repository, so
 * nothing outside it is ever read.
 */
function insideFolder(
  raw: string | undefined,
  fallback: string,
  key: string,
  err: (path: DataPath, rule: string, message: Message, hint?: Message) => void,
): string {
  if (raw === undefined) return fallback;
  const value = raw.replace(/\\/g, "/");
  if (value.startsWith("/") || /^[A-Za-z]:/.test(value) || value.split("/").includes("..")) {
    err(
      [key],
      "outside-repository",
      msg("validate.folder-outside", { key, raw }),
      msg("validate.folder-outside.hint", { fallback }),
    );
    return fallback;
  }
  return value.replace(/^(\.\/)+/, "").replace(/\/+$/, "") || ".";
}

export function normalizeConfig(
  file: string,
  y: YamlFile,
  raw: RawConfig,
): { config: Config; diagnostics: Diagnostic[] } {
  const diagnostics: Diagnostic[] = [];
  const err = (path: DataPath, rule: string, message: Message, hint?: Message) => {
    diagnostics.push(diagnostic({ file, at: positionOf(y, path), rule, message, hint }));
  };

  const units = new Map<string, Config["units"] extends Map<string, infer U> ? U : never>();
  raw.units.forEach((u, i) => {
    if (units.has(u.id)) err(["units", i, "id"], "duplicate-id", msg("validate.duplicate-unit-id", { id: u.id }));
    units.set(u.id, { id: u.id, name: u.name, code: u.code, reviewers: u.reviewers ?? [] });
  });
  const signers = new Map<string, Signer>();
  raw.signers.forEach((s, i) => {
    if (signers.has(s.id)) err(["signers", i, "id"], "duplicate-id", msg("validate.duplicate-signer-id", { id: s.id }));
    if (!s.lines && !s.title)
      err(
        ["signers", i],
        "signer-title",
        msg("validate.signer-title", { id: s.id }),
        msg("validate.signer-title.hint"),
      );
    if (s.authority && !s.of)
      err(
        ["signers", i, "authority"],
        "signer-title",
        msg("validate.signer-of", { id: s.id, authority: s.authority }),
        msg("validate.signer-of.hint"),
      );
    signers.set(s.id, signerOf(s));
  });

  const unitRef = (path: DataPath, id: string) => {
    if (!units.has(id))
      err(path, "unknown-unit", msg("validate.unknown-unit", { unit: id }), suggestion(id, [...units.keys()]));
  };

  const kinds = new Map<string, Kind>();
  for (const [id, k] of Object.entries(raw.kinds)) {
    const base: DataPath = ["kinds", id];
    const sections = new Map<string, Section>();
    const walk = (
      list: RawSection[],
      depth: number,
      path: DataPath,
      branch: Array<RawLevel | undefined>,
    ): Section[] => {
      let counter = 0;
      return list.map((s, i) => {
        const here: DataPath = [...path, i];
        if (sections.has(s.id))
          err([...here, "id"], "duplicate-id", msg("validate.duplicate-section-id", { id: s.id, kind: id }));
        (s.units ?? []).forEach((u, j) => unitRef([...here, "units", j], u));
        if (s.appendix && depth > 1)
          err([...here, "appendix"], "nested-appendix", msg("validate.nested-appendix", { id: s.id }));
        const own = level(merged(branch[depth - 1], s.level));
        const numbered = (s.numbered ?? true) && own.numbering !== "none";
        const number = s.number === undefined ? undefined : fixedNumber(s, own, numbered, counter, [...here, "number"]);
        if (numbered) counter = number ?? counter + 1;
        const section: Section = {
          id: s.id,
          title: s.title,
          units: s.units ?? [],
          sections: [],
          tasks: s.tasks !== undefined && s.tasks !== false,
          taskStyle: { marker: "number", groupByUnit: false, ...(typeof s.tasks === "object" ? s.tasks : {}) },
          numbered: s.numbered ?? true,
          // A section with a summary has text whatever its units write: their parts are extra unless it says otherwise.
          required: s.required ?? s.summary === undefined,
          ...(s.summary !== undefined ? { summary: s.summary } : {}),
          metricsTable: s.metricsTable ?? false,
          carried: s.carried ?? false,
          ...(s.appendix ? { appendix: true } : {}),
          ...(s.landscape ? { landscape: true } : {}),
          level: own,
          ...(number !== undefined ? { number } : {}),
          whenEmpty: s.whenEmpty ?? "omit",
          depth,
          path: here,
        };
        sections.set(s.id, section);
        const below = [...branch];
        (s.levels ?? []).forEach((l, j) => (below[depth + j] = merged(below[depth + j], l)));
        section.sections = walk(s.sections ?? [], depth + 1, [...here, "sections"], below);
        const deepest = subtreeDepth(section);
        if ((s.levels?.length ?? 0) > deepest) {
          err(
            [...here, "levels", deepest],
            "levels-too-deep",
            msg("outline.levels-too-deep", { section: s.id, levels: s.levels!.length, deepest }),
            msg("outline.levels-too-deep.hint"),
          );
        }
        return section;
      });
    };
    const fixedNumber = (
      s: RawSection,
      own: Level,
      numbered: boolean,
      previous: number,
      at: DataPath,
    ): number | undefined => {
      if (s.numbered === false) {
        err(
          at,
          "section-number",
          msg("outline.number-not-numbered", { section: s.id }),
          msg("outline.number-not-numbered.hint"),
        );
        return undefined;
      }
      const n = sectionNumber(own, s.number!, s.id);
      if (!n.ok) {
        err(at, "section-number", n.message, n.hint);
        return undefined;
      }
      if (n.index <= previous) {
        err(
          at,
          "section-number",
          msg("outline.number-goes-back", { section: s.id, previous, number: s.number!, index: n.index }),
          msg("outline.number-goes-back.hint"),
        );
        return undefined;
      }
      return n.index;
    };
    const outline = walk(k.outline, 1, [...base, "outline"], [...(k.levels ?? [])]);
    diagnostics.push(...landscapeRules(file, y, k.outline, [...base, "outline"]));
    unitRef([...base, "drafter"], k.drafter);
    if (!signers.has(k.signer))
      err(
        [...base, "signer"],
        "unknown-signer",
        msg("validate.unknown-signer", { signer: k.signer }),
        suggestion(k.signer, [...signers.keys()]),
      );
    const depth = Math.max(...[...sections.values()].map((s) => s.depth));
    const levels = Array.from({ length: Math.max(depth, k.levels?.length ?? 0) }, (_, i) => level(k.levels?.[i]));
    kinds.set(id, kindOf(id, k, levels, outline, sections, base));
  }

  const config: Config = {
    file,
    yaml: y,
    agency: {
      parent: asLines(raw.agency.parent),
      name: raw.agency.name,
      header: raw.agency.header !== undefined ? asLines(raw.agency.header) : [raw.agency.name.toLocaleUpperCase("vi")],
      code: raw.agency.code,
      place: raw.agency.place,
    },
    reportsDir: insideFolder(raw.reports, "reports", "reports", err),
    templatesDir: insideFolder(raw.templates, "templates", "templates", err),
    units,
    signers,
    layout: layoutOf(raw.layout),
    lints: raw.lints ?? {},
    kinds,
    signatureSpace: raw.layout?.signatureSpace ?? SIGNATURE_SPACE_DEFAULT,
  };
  return { config, diagnostics };
}

function kindOf(
  id: string,
  k: RawKind,
  levels: Level[],
  outline: Section[],
  sections: Map<string, Section>,
  path: DataPath,
): Kind {
  return {
    id,
    name: k.name ?? id,
    periods: k.periods ?? ["month", "quarter", "half", "nine-months", "year"],
    cutoffDay: k.cutoffDay ?? 15,
    deadline: k.deadline,
    docType: k.docType ?? "BÁO CÁO",
    typeCode: k.typeCode ?? "BC",
    drafter: k.drafter,
    signer: k.signer,
    title: k.title,
    preamble: k.preamble ?? [],
    closing: k.closing,
    kinhGui: k.kinhGui ?? [],
    recipients: k.recipients ?? [],
    archive: k.archive,
    levels,
    outline,
    sections,
    path,
  };
}

/** How many levels of sub-sections lie below a section (0 for a leaf). */
function subtreeDepth(section: Section): number {
  return section.sections.reduce((d, s) => Math.max(d, 1 + subtreeDepth(s)), 0);
}
