import { describe, expect, test } from "vitest";
import { renderTemplate } from "../src/frame/template-engine.js";

const at = { file: "bcreport.yaml", position: { line: 7, column: 12 } };
const render = (text: string, context: object) => renderTemplate({ text, ...at }, context);

describe("frame templates", () => {
  const ctx = {
    period: { name: "tháng 11 năm 2023", from: "2023-10-17" },
    agency: { name: "Sở Khoa học và Công nghệ" },
    n: 5,
  };

  test.each([
    ["Kết quả hoạt động KH&CN {{period.name}}", "Kết quả hoạt động KH&CN tháng 11 năm 2023"],
    ["từ ngày {{shortDate period.from}}", "từ ngày 17/10/2023"],
    ["{{upper agency.name}}: {{missing}}{{agency.missing.x}}.", "SỞ KHOA HỌC VÀ CÔNG NGHỆ: ."],
    ["{{#if n}}có {{n}}{{else}}không{{/if}}", "có 5"],
  ])("renders %j as plain text (no HTML escaping, missing values empty)", (text, expected) => {
    expect(render(text, ctx)).toEqual({ text: expected, diagnostics: [] });
  });

  test("gives NFC text whatever the data's normalisation", () => {
    expect(render("{{x}}", { x: "Cao Ba\u0306\u0300ng" }).text).toBe("Cao Bằng");
  });

  test("a syntax error becomes one diagnostic at the template's line, and an empty result", () => {
    const r = render("dòng 1\n{{#if a}}x", {});
    expect(r.text).toBe("");
    expect(r.diagnostics).toHaveLength(1);
    expect(r.diagnostics[0]).toMatchObject({ severity: "error", file: "bcreport.yaml", rule: "template" });
    expect(r.diagnostics[0]!.line).toBeGreaterThanOrEqual(7);
  });
});
