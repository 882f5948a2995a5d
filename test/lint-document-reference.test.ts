import { describe, expect, it } from "vitest";
import { documentReference, typeWordBefore } from "../src/lint/document-reference.js";
import { textInput } from "./lint-support.js";

const run = (t: string) => documentReference.run(textInput(t)).map((d) => d.message);

describe("document-reference", () => {
  it.each([
    "Quyết định số 24/QĐ-UBND ngày 10/01/2023",
    "Nghị quyết 93/2021/NQ-HĐND",
    "Công văn số 1702/SKHĐT-ĐKKD ngày 02/6/2023",
    "Thông tư số 19/2023/TT-BKHCN",
    "Kế hoạch số 447/KH-UBND ngày 29/02/2024",
    "ISO 9001:2015 đợt 2/2023",
    "Phòng Kinh tế - Hạ tầng; LAS - XD 1194",
    "Công văn số 928/VP-KSTT ngày 10/01/2023",
    "Văn bản số 638/SKH-CN-VP",
    "Báo cáo số 2110/SKHCN-QLĐLCL ngày 05/12/2023",
  ])("accepts %s", (t) => expect(run(t)).toEqual([]));
  it("flags a space inside the ký hiệu", () =>
    expect(run("QĐ số 1752/QĐ- UBND")).toEqual(["expected a document number without spaces, found `1752/QĐ- UBND`"]));
  it("flags an abbreviation one letter off", () => expect(run("số 25/QĐD-UBND")[0]).toContain("found `QĐD`"));
  it("flags a type word that disagrees", () => expect(run("Kế hoạch số 447/QĐ-UBND")[0]).toContain("cites a Kế hoạch"));
  it("flags a near miss of the type word's abbreviation", () =>
    expect(run("Quyết định số 25/QĐD-UBND")[0]).toContain("expected the abbreviation `QĐ`"));
  it("flags an impossible date after an agency code", () =>
    expect(run("Công văn số 928/VP-KSTT ngày 31/02/2023")[0]).toContain("31/02/2023"));
  it("flags an impossible date", () => expect(run("số 24/QĐ-UBND ngày 31/02/2023")[0]).toContain("31/02/2023"));
  it("points at the number", () =>
    expect(documentReference.run(textInput("x\nTheo số 1/QĐ- UBND"))[0]).toMatchObject({ line: 2, column: 9 }));
  it("reads the type word before the number, ignoring case, longest name first", () => {
    expect(typeWordBefore("theo QUYẾT ĐỊNH số ")).toBe("QUYẾT ĐỊNH");
    expect(typeWordBefore("theo Nghị quyết liên tịch ")).toBe("Nghị quyết liên tịch");
    expect(typeWordBefore("theo văn bản ")).toBeUndefined();
  });
  it("reads letters beyond Vietnamese too (Greek, combining marks)", () =>
    expect(run("số 24/QĐ-UBNDΩ ngày 31/02/2023")[0]).toContain("31/02/2023"));
});
