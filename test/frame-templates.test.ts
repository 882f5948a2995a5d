import { existsSync, readFileSync } from "node:fs";
import { createRequire } from "node:module";
import fc from "fast-check";
import Handlebars from "handlebars";
import { describe, expect, test } from "vitest";
import { TEMPLATE_HELPERS } from "../src/frame/helpers.js";
import { FRAME_TEMPLATES } from "../src/frame/load-templates.js";
import { parseSimpleTemplate, renderSimpleTemplate } from "../src/frame/simple-template.js";
import { builtinTemplateText, COMPILE_OPTIONS, type HelperFn } from "../src/frame/template-engine.js";

/** The reference: Handlebars itself, set up as template-engine.ts sets it up. */
const hb = Handlebars.create();
for (const [name, fn] of Object.entries(TEMPLATE_HELPERS)) hb.registerHelper(name, fn as HelperFn);
const handlebars = (text: string, context: object) => hb.compile(text, COMPILE_OPTIONS)(context);

type Outcome = { text: string } | { error: string };
const outcome = (f: () => string): Outcome => {
  try {
    return { text: f() };
  } catch (e) {
    return { error: e instanceof Error ? e.message : String(e) };
  }
};

describe("text-and-mustache templates rendered without Handlebars", () => {
  const PATHS = ["a", "a.b", "a.b.c", "n", "xs", "xs.length", "s", "s.length", "d", "missing", "missing.x", "a.missing",
    "upper", "lowerFirst", "shortDate", "pad2", "words", "count", "dateLine", "nohelper",
    "constructor", "a.toString", "s.toUpperCase", "f", "this", "true", "if", "lookup", "a.[b]", "../a", "@root"];
  const value: fc.Arbitrary<unknown> = fc.oneof(
    fc.constantFrom("Cao Bằng", "tháng 11 năm 2023", "", "2023-11-20", "7", "x{{y}}", null, undefined, true, false, 0, 5, -12, 1234567),
    fc.array(fc.constantFrom("a", "ệ", "1"), { maxLength: 3 }),
    fc.string({ maxLength: 5 }),
    fc.integer(),
  );
  const context = fc.record({
    a: fc.oneof(value, fc.record({ b: fc.oneof(value, fc.record({ c: value })) })),
    n: value,
    xs: fc.array(value, { maxLength: 3 }),
    s: fc.string({ maxLength: 6 }),
    d: fc.constantFrom("2023-11-20", "2023-02-30", "x", ""),
    f: fc.constant(() => "called"),
  });
  const mustache = fc
    .tuple(fc.constantFrom(...PATHS), fc.array(fc.constantFrom(...PATHS), { maxLength: 2 }), fc.constantFrom("", " ", "\n"))
    .map(([head, params, pad]) => `{{${pad}${[head, ...params].join(" ")}${pad}}}`);
  const text = fc.oneof(fc.constantFrom("Kết quả ", " và ", "./.", ": ", "\n", "(", ")", "{", "}", "\\", "{{!x}}", "{{#if a}}y{{/if}}", "{{{a}}}"), fc.string({ maxLength: 4 }));
  const template = fc.array(fc.oneof(mustache, mustache, text), { maxLength: 6 }).map((p) => p.join(""));

  test("whenever the fast path renders, it gives what Handlebars gives (text or error)", () => {
    let fast = 0;
    let runs = 0;
    fc.assert(
      fc.property(template, context, (t, ctx) => {
        runs++;
        const parts = parseSimpleTemplate(t);
        if (!parts) return;
        const ours = outcome(() => {
          const r = renderSimpleTemplate(parts, ctx, TEMPLATE_HELPERS);
          return r ? String(r.value) : "\u0000deferred";
        });
        if ("text" in ours && ours.text === "\u0000deferred") return;
        fast++;
        expect(ours).toEqual(outcome(() => String(handlebars(t, ctx))));
      }),
      { numRuns: 3000 },
    );
    // The property must not hold by deferring everything.
    expect(fast).toBeGreaterThan(runs / 5);
  });

  test.each([
    ["Kết quả hoạt động KH&CN {{period.name}}", "Kết quả hoạt động KH&CN tháng 11 năm 2023"],
    ["từ ngày {{shortDate period.from}} đến {{ period.next.name }}", "từ ngày 17/10/2023 đến tháng 12 năm 2023"],
    ["{{upper agency.name}}: {{missing}}{{agency.missing.x}}.", "SỞ KHOA HỌC VÀ CÔNG NGHỆ: ."],
  ])("the usual templates take the fast path: %j", (t, expected) => {
    const ctx = { period: { name: "tháng 11 năm 2023", from: "2023-10-17", next: { name: "tháng 12 năm 2023" } }, agency: { name: "Sở Khoa học và Công nghệ" } };
    const parts = parseSimpleTemplate(t);
    expect(parts).toBeDefined();
    expect(renderSimpleTemplate(parts!, ctx, TEMPLATE_HELPERS)).toEqual({ value: expected });
    expect(handlebars(t, ctx)).toBe(expected);
  });

  test.each(["{{#if a}}x{{/if}}", "{{this}}", "{{../a}}", "{{a.[b]}}", "{{{a}}}", "{{!note}}", "\\{{a}}", "{{upper a x=1}}", "{{true}}", "{{lookup a 'b'}}", "{{a}"])(
    "anything else is left to Handlebars: %j",
    (t) => {
      expect(parseSimpleTemplate(t)).toBeUndefined();
    },
  );

  test("as in Handlebars' generated code, parts join with `+`: two numbers in a row add up", () => {
    const ctx = { a: 1, b: 2 };
    expect(renderSimpleTemplate(parseSimpleTemplate("{{a}}{{b}}")!, ctx, TEMPLATE_HELPERS)).toEqual({ value: 3 });
    expect(handlebars("{{a}}{{b}}", ctx)).toBe("3");
    expect(renderSimpleTemplate(parseSimpleTemplate("Số {{a}}{{b}}")!, ctx, TEMPLATE_HELPERS)).toEqual({ value: "Số 12" });
  });

  test("data the fast path cannot read as Handlebars would (functions, inherited properties) is left to Handlebars", () => {
    const parts = (t: string) => parseSimpleTemplate(t)!;
    expect(renderSimpleTemplate(parts("{{f}}"), { f: () => "x" }, TEMPLATE_HELPERS)).toBeUndefined();
    expect(renderSimpleTemplate(parts("{{a.constructor}}"), { a: {} }, TEMPLATE_HELPERS)).toBeUndefined();
    expect(renderSimpleTemplate(parts("{{nohelper a}}"), { a: 1 }, TEMPLATE_HELPERS)).toBeUndefined();
  });
});

describe("built-in templates precompiled by `npm run build`", () => {
  const generated = new URL("../dist/frame/templates.generated.cjs", import.meta.url);
  const specs = existsSync(generated) ? (createRequire(import.meta.url)(generated.pathname) as Record<string, unknown>) : {};
  const contexts = [
    {
      report: { number: "", blankNumber: "      ", symbol: "BC-SKHCN", closing: "", titleLine: "Kết quả hoạt động tháng 11 năm 2023", kinhGui: ["UBND tỉnh"], recipients: ["UBND tỉnh", { group: "Sở", items: ["GĐ", "PGĐ"] }], archive: "VP", title: "Kết quả" },
      kind: { docType: "BÁO CÁO", docTypeName: "Báo cáo" },
      agency: { name: "Sở Khoa học và Công nghệ", place: "Cao Bằng" },
      signer: { name: "Nguyễn Văn A", lines: ["KT. GIÁM ĐỐC", "PHÓ GIÁM ĐỐC"] },
    },
    {
      report: { number: "12", symbol: "BC-SKHCN", closing: "Trên đây là báo cáo./.", date: "2023-11-20", kinhGui: [], recipients: [], archive: "VP" },
      kind: {},
      agency: { name: "Sở", place: "Cao Bằng" },
      signer: { lines: [] },
    },
  ];

  test("there is one for every built-in template, and it renders as compiling the file now does", () => {
    expect(Object.keys(specs).length, "run `npm run build` first").toBe(FRAME_TEMPLATES.length);
    for (const name of FRAME_TEMPLATES) {
      const text = builtinTemplateText(readFileSync(new URL(`../templates/${name}.hbs`, import.meta.url), "utf8"));
      expect(specs, name).toHaveProperty([text]);
      const template = hb.template(specs[text] as TemplateSpecification);
      for (const ctx of contexts) expect(template(ctx), name).toBe(handlebars(text, ctx));
    }
  });
});
