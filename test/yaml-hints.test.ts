/**
 * The hints for the YAML mistakes unit staff make: each says what to type instead with the
 * corrected line, in English and in Vietnamese (the message catalogue will choose the language).
 */
import { describe, expect, it } from "vitest";
import { YAML_HINTS } from "../src/messages/catalogue/yaml-hints.js";
import { translate, type Lang, type Message } from "../src/messages/index.js";
import { localize } from "../src/diagnostics/localize.js";
import { parseYaml } from "../src/yaml/parse-yaml.js";
import { dateForm as dateFormIds, textExpected as textExpectedIds } from "../src/validate/value-hints.js";

describe("the hint messages", () => {
  it("have both languages (test/messages-catalogue.test.ts checks NFC and placeholders), Vietnamese with diacritics", () => {
    for (const [id, t] of Object.entries(YAML_HINTS)) {
      expect(t.en, id).not.toBe("");
      expect(t.vi, id).not.toBe(t.en);
      expect(t.vi, id).toMatch(/[ăâđêôơưạảấầẩẫậắằẳẵặẹẻẽếềểễệỉịọỏốồổỗộớờởỡợụủứừửữựỳỵỷỹáàãéèíìóòõúùýÁĐ]/);
    }
  });
});

/** The diagnostics of a fragment's text (parseYaml adds the hints), in `lang`. */
function hinted(text: string, lang: Lang) {
  return parseYaml("f.yaml", text).diagnostics.map((d) => localize(d, lang));
}

const inLang = (p: { message: Message; hint: Message } | undefined, lang: Lang) =>
  p && { message: translate(p.message, lang), hint: translate(p.hint, lang) };
const textExpected = (name: string, key: string, found: unknown, lang: Lang = "en") =>
  inLang(textExpectedIds(name, key, found), lang);
const dateForm = (name: string, key: string, found: unknown, lang: Lang = "en") =>
  inLang(dateFormIds(name, key, found), lang)!;

const CASES: Array<{ name: string; text: string; line: number; fixed: string }> = [
  {
    name: "a colon in a text",
    text: "unit: vp\nsection: tham-muu\nbody: Kết quả: đạt\n",
    line: 3,
    fixed: '`body: "Kết quả: đạt"`',
  },
  {
    name: "a list item on the key's line",
    text: "unit: vp\nsection: tham-muu\nbody: - Tham mưu\n",
    line: 3,
    fixed: "`  - Tham mưu`",
  },
  {
    name: "a text without `|`",
    text: "unit: vp\nsection: tham-muu\nbody:\n  Dòng một.\n\n  Dòng hai: ok\n",
    line: 4,
    fixed: "`body: |`",
  },
  {
    name: "a block text not indented",
    text: "unit: vp\nsection: tham-muu\nbody: |\n- Tham mưu\n",
    line: 4,
    fixed: "`  - Tham mưu`",
  },
  { name: "a tab", text: "unit: vp\nsection: tham-muu\nbody: |\n\t- Tham mưu\n", line: 4, fixed: "`  - Tham mưu`" },
  {
    name: "a colon in a carried task's note",
    text: "unit: vp\nsection: s\ncarried:\n  - task: A\n    note: xong: 02\n",
    line: 5,
    fixed: '`note: "xong: 02"`',
  },
];

describe("YAML syntax mistakes", () => {
  for (const c of CASES) {
    it(`${c.name}: one error on its line, with the corrected line in both languages`, () => {
      for (const lang of ["en", "vi"] as const) {
        const found = hinted(c.text, lang);
        expect(found, lang).toHaveLength(1);
        expect(found[0]!.line).toBe(c.line);
        expect(found[0]!.hint, lang).toContain(c.fixed);
        expect(found[0]!.message, lang).not.toMatch(/compact mappings|block-seq-ind|implicit keys/);
      }
    });
  }

  it("leaves a mistake it does not recognise to the parser's words", () => {
    const found = hinted("agency:\n  parent: UBND\n   name: Sở\n", "en");
    expect(found.every((d) => d.message.startsWith("invalid YAML:"))).toBe(true);
  });
});

describe("values of the wrong form", () => {
  it("a list or mapping where a text is expected: write `key: |`", () => {
    for (const lang of ["en", "vi"] as const) {
      expect(textExpected("body", "body", ["a"], lang)?.hint).toContain("`body: |`");
      expect(textExpected("carried[0].note", "note", { a: 1 }, lang)?.hint).toContain("`note: |`");
    }
    expect(textExpected("body", "body", 5)).toBeUndefined();
  });

  it("a date written day first gets the same date year first", () => {
    expect(dateForm("date", "date", "20/11/2023").hint).toContain("`date: 2023-11-20`");
    expect(dateForm("date", "date", "5.3.2024", "vi").hint).toContain("`date: 2024-03-05`");
    expect(dateForm("date", "date", "20-11-23").hint).toContain("`date: 2023-11-20`");
    expect(dateForm("date", "date", "32/11/2023").hint).toContain("`date: 2023-11-20` (year first");
    expect(dateForm("date", "date", "tháng 11", "vi").message).toContain("đang là `tháng 11`");
  });

  it("any date that can be read gets the user's own date corrected, never the example", () => {
    const cases: Array<[string, string]> = [
      ["2026-9-15", "2026-09-15"],
      ["2026/09/15", "2026-09-15"],
      ["2026.9.5", "2026-09-05"],
      ["15/9/2026", "2026-09-15"],
      ["15-09-2026", "2026-09-15"],
      [" 1/2/2024 ", "2024-02-01"],
      ["ngày 15/9/2026", "2026-09-15"],
      ["ngày 15 tháng 9 năm 2026", "2026-09-15"],
      ["29/2/2024", "2024-02-29"],
    ];
    for (const [found, fixed] of cases)
      for (const lang of ["en", "vi"] as const) {
        const { hint } = dateForm("date", "date", found, lang);
        expect(hint, `${found} ${lang}`).toContain(`\`date: ${fixed}\``);
        expect(hint, `${found} ${lang}`).not.toContain("2023-11-20");
      }
  });

  it("a month without a day is corrected to year-month", () => {
    for (const found of ["2026-9", "9/2026", "tháng 9 năm 2026"]) {
      expect(dateForm("date", "date", found).hint, found).toContain("`date: 2026-09`");
      expect(dateForm("date", "date", found, "vi").message, found).toContain("năm-tháng");
    }
  });

  it("a day that does not exist is not 'corrected' into another date", () => {
    for (const found of ["31/9/2026", "29/2/2023", "2026-13-01", "2026-9-31"])
      expect(dateForm("date", "date", found).hint, found).toContain("`date: 2023-11-20` (year first");
  });
});

describe("lines of a block text less indented than its first line", () => {
  const head = "unit: vp\nsection: tham-muu\nbody: |\n";
  const CASES: Array<{ name: string; text: string; line: number; fixed: string[] }> = [
    {
      name: "a `- item` at the key's column",
      text: `${head}  Gồm:\n- một;\n  - hai.\n`,
      line: 5,
      fixed: ["`  - một;`"],
    },
    {
      name: "a blank line, then items at the key's column",
      text: `${head}  Gồm:\n\n- một;\n- hai.\n`,
      line: 6,
      fixed: ["`  - một;` `  - hai.`", "6–7"],
    },
    { name: "an item one space in", text: `${head}  Gồm:\n - một;\n`, line: 5, fixed: ["`  - một;`"] },
    { name: "a paragraph two spaces short", text: `${head}    Gồm:\n  tổ chức.\n`, line: 5, fixed: ["`    tổ chức.`"] },
    {
      name: "items, then the text again, then another key",
      text: `${head}  Gồm:\n- một;\n- hai.\n\n  Kết thúc.\ntasks:\n  - Ba\n`,
      line: 5,
      fixed: ["`  - một;` `  - hai.`"],
    },
    {
      name: "a carried task's note",
      text: "unit: vp\nsection: s\ncarried:\n  - task: A\n    note: |\n      Đã xong:\n    - một\n  - task: B\n",
      line: 7,
      fixed: ["`      - một`", "`note: |`"],
    },
  ];
  for (const c of CASES)
    it(`${c.name}: one error naming the lines, with them corrected, in both languages`, () => {
      for (const lang of ["en", "vi"] as const) {
        const found = hinted(c.text, lang);
        expect(found, `${lang} ${JSON.stringify(found)}`).toHaveLength(1);
        expect(found[0]!.line).toBe(c.line);
        expect(found[0]!.rule).toBe("yaml-syntax");
        for (const f of c.fixed) expect(`${found[0]!.message} ${found[0]!.hint}`, lang).toContain(f);
        expect(found[0]!.message, lang).not.toMatch(/implicit|block sequence|block-seq-ind|same column|unique/i);
      }
    });

  it("a well-indented text, and a next list item of an outer list, are left alone", () => {
    expect(hinted(`${head}  Gồm:\n  - một;\n\n    tiếp.\n`, "en")).toEqual([]);
    const ok = "unit: vp\nsection: s\ncarried:\n  - task: A\n    note: |\n      Đã xong.\n  - task: B\n";
    expect(hinted(ok, "en")).toEqual([]);
  });
});
