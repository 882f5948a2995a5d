/** The message catalogue: every id in both languages, Vietnamese in NFC, the same placeholders in both. */
import { describe, expect, it } from "vitest";
import { AREAS, CATALOGUE } from "../src/messages/catalogue/index.js";
import type { Text } from "../src/messages/catalogue/entry.js";
import { chooseLang, msg, translate } from "../src/messages/index.js";

const forms = (t: Text): string[] => (typeof t === "string" ? [t] : [t.one, t.other]);
const placeholders = (t: Text) =>
  [...new Set(forms(t).flatMap((s) => [...s.matchAll(/\{\{\s*(\w+)/g)].map((m) => m[1]!)))].sort();

describe("message catalogue", () => {
  const entries = Object.entries(CATALOGUE);
  it("has messages", () => expect(entries.length).toBeGreaterThan(150));
  it("gives each id to one area only", () => {
    const ids = Object.values(AREAS).flatMap((a) => Object.keys(a));
    expect(ids.length).toBe(new Set(ids).size);
  });
  it("has every id in English and Vietnamese, none empty", () => {
    const missing = entries
      .filter(([, e]) => forms(e.en).some((s) => !s.trim()) || forms(e.vi).some((s) => !s.trim()))
      .map(([id]) => id);
    expect(missing).toEqual([]);
  });
  it("writes Vietnamese in NFC", () => {
    expect(entries.filter(([, e]) => forms(e.vi).some((s) => s !== s.normalize("NFC"))).map(([id]) => id)).toEqual([]);
  });
  it("uses the same placeholders in both languages", () => {
    const differ = entries.filter(
      ([id, e]) => !id.startsWith("vi.day") && placeholders(e.en).join() !== placeholders(e.vi).join(),
    );
    expect(differ.map(([id, e]) => `${id}: ${placeholders(e.en).join()} / ${placeholders(e.vi).join()}`)).toEqual([]);
  });
  it("formats counts and numbers per language", () => {
    expect(translate(msg("cli.errors", { count: 1 }), "en")).toBe("1 error");
    expect(translate(msg("cli.errors", { count: 2 }), "en")).toBe("2 errors");
    expect(translate(msg("cli.errors", { count: 2 }), "vi")).toBe("2 lỗi");
    expect(translate(msg("input.too-large", { bytes: 1234567 }), "vi")).toContain("1.234.567 byte");
  });
  it("renders a message inside a message", () => {
    const m = msg("input.not-a-mapping", { what: msg("input.what.report"), found: msg("input.found-list") });
    expect(translate(m, "vi")).toBe(
      "tệp phải có các trường của báo cáo (`date`, `number`, …) dưới dạng các dòng `khóa: giá trị` — tìm thấy một danh sách (các dòng bắt đầu bằng `-`)",
    );
  });
});

describe("chooseLang", () => {
  it("prefers the flag, then the config, then LC_ALL, LC_MESSAGES, LANG", () => {
    expect(chooseLang("en", "vi", { LANG: "vi_VN.UTF-8" })).toBe("en");
    expect(chooseLang(undefined, "vi", { LANG: "en_US.UTF-8" })).toBe("vi");
    expect(chooseLang(undefined, undefined, { LC_ALL: "en_US.UTF-8", LANG: "vi_VN.UTF-8" })).toBe("en");
    expect(chooseLang(undefined, undefined, { LC_MESSAGES: "vi_VN", LANG: "C" })).toBe("vi");
    expect(chooseLang(undefined, undefined, { LANG: "vi_VN.UTF-8" })).toBe("vi");
    expect(chooseLang(undefined, undefined, { LANG: "C.UTF-8" })).toBe("en");
    expect(chooseLang(undefined, undefined, {})).toBe("en");
  });
});
