import { describe, expect, it } from "vitest";
import type { RawRecipient } from "../src/input/config-types.js";
import { recipientsArchive } from "../src/lint/recipients-archive.js";

const list = (items: RawRecipient[], templateAddsArchive: boolean) => ({
  fields: [],
  raw: [],
  accepted: [],
  recipients: [
    {
      file: "r.yaml",
      items,
      templateAddsArchive,
      at: (i: number, j?: number) => ({ line: i + 1, column: (j ?? 0) + 1 }),
    },
  ],
});

describe("recipients-archive", () => {
  it("flags an archive item the template would double", () => {
    expect(
      recipientsArchive.run(list(["UBND tỉnh", { group: "Bản điện tử", items: ["Lãnh đạo Sở", "Lưu: VT"] }], true))[0],
    ).toMatchObject({ line: 2, column: 2 });
  });
  it("is quiet when the template adds it and no item does", () =>
    expect(recipientsArchive.run(list(["UBND tỉnh"], true))).toEqual([]));
  it("wants the last item when the template does not add it", () => {
    expect(recipientsArchive.run(list(["UBND tỉnh"], false))).toHaveLength(1);
    expect(recipientsArchive.run(list(["UBND tỉnh", "Lưu: VT, VP"], false))).toEqual([]);
  });
});
