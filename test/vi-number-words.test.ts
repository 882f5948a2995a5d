import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { amountInWords, decimalToWords, NumberWordsError, numberToWords } from "../src/vi/index.js";

// Worked examples for docs/decree-30.md#number-words (default options: linh, nghìn, tư, no group commas).
const CASES: Array<[bigint, string]> = [
  [11n, "Mười một"],
  [14n, "Mười bốn"],
  [15n, "Mười lăm"],
  [21n, "Hai mươi mốt"],
  [24n, "Hai mươi tư"],
  [25n, "Hai mươi lăm"],
  [101n, "Một trăm linh một"],
  [105n, "Một trăm linh năm"],
  [110n, "Một trăm mười"],
  [115n, "Một trăm mười lăm"],
  [301n, "Ba trăm linh một"],
  [731n, "Bảy trăm ba mươi mốt"],
  [1_005n, "Một nghìn không trăm linh năm"],
  [1_032n, "Một nghìn không trăm ba mươi hai"],
  [2_001n, "Hai nghìn không trăm linh một"],
  [406_705n, "Bốn trăm linh sáu nghìn bảy trăm linh năm"],
  [600_001n, "Sáu trăm nghìn không trăm linh một"],
  [1_000_500n, "Một triệu năm trăm"],
  [1_060_000n, "Một triệu không trăm sáu mươi nghìn"],
  [10_000_000n, "Mười triệu"],
  [45_998_409n, "Bốn mươi lăm triệu chín trăm chín mươi tám nghìn bốn trăm linh chín"],
  [1_000_000_001n, "Một tỷ không trăm linh một"],
  [2_025_300_000n, "Hai tỷ không trăm hai mươi lăm triệu ba trăm nghìn"],
  [1_001_000_000_000n, "Một nghìn không trăm linh một tỷ"],
  [1_000_001_000_000_000n, "Một triệu không trăm linh một tỷ"],
];

describe("numberToWords — worked examples", () => {
  it("has all 25 cases", () => expect(CASES).toHaveLength(25));
  it.each(CASES)("%s (bigint)", (n, words) => expect(numberToWords(n)).toBe(words));
  it.each(CASES)("%s (number)", (n, words) => expect(numberToWords(Number(n))).toBe(words));

  it("alt. variants via options", () => {
    expect(numberToWords(24, { four: "bốn" })).toBe("Hai mươi bốn");
    expect(numberToWords(101, { linh: "lẻ" })).toBe("Một trăm lẻ một");
    expect(numberToWords(600_001, { linh: "lẻ" })).toBe("Sáu trăm nghìn không trăm lẻ một");
    expect(numberToWords(1_001_000_000_000n, { linh: "lẻ" })).toBe("Một nghìn không trăm lẻ một tỷ");
    expect(numberToWords(1_000_001_000_000_000n, { linh: "lẻ" })).toBe("Một triệu không trăm lẻ một tỷ");
    expect(numberToWords(2_001, { thousand: "ngàn" })).toBe("Hai ngàn không trăm linh một");
    expect(numberToWords(15, { capitalize: false })).toBe("mười lăm");
  });

  it("'four' only changes the unit after mươi", () => {
    expect(numberToWords(14, { four: "tư" })).toBe("Mười bốn");
    expect(numberToWords(104, { four: "tư" })).toBe("Một trăm linh bốn");
    expect(numberToWords(44, { four: "tư" })).toBe("Bốn mươi tư");
  });
});

describe("numberToWords — other edges", () => {
  it.each([
    [0, "Không"],
    [1, "Một"],
    [5, "Năm"],
    [10, "Mười"],
    [20, "Hai mươi"],
    [55, "Năm mươi lăm"],
    [100, "Một trăm"],
    [1000, "Một nghìn"],
    [1_000_000, "Một triệu"],
    [1_000_000_000, "Một tỷ"],
    [1_000_000_000_000, "Một nghìn tỷ"],
  ] as const)("%s", (n, words) => expect(numberToWords(n)).toBe(words));

  it("reads 10^18 as một tỷ tỷ", () => expect(numberToWords(10n ** 18n)).toBe("Một tỷ tỷ"));

  it("group commas", () => {
    expect(numberToWords(45_998_409, { groupCommas: true })).toBe(
      "Bốn mươi lăm triệu, chín trăm chín mươi tám nghìn, bốn trăm linh chín",
    );
    expect(numberToWords(1_000_500, { groupCommas: true })).toBe("Một triệu, năm trăm");
    expect(numberToWords(15, { groupCommas: true })).toBe("Mười lăm");
  });

  it("rejects bad input with a typed error", () => {
    const code = (f: () => unknown): string | undefined => {
      try {
        f();
      } catch (e) {
        return e instanceof NumberWordsError ? e.code : "other";
      }
      return undefined;
    };
    expect(code(() => numberToWords(-1))).toBe("negative");
    expect(code(() => numberToWords(-1n))).toBe("negative");
    expect(code(() => numberToWords(Number.NaN))).toBe("not-finite");
    expect(code(() => numberToWords(Number.POSITIVE_INFINITY))).toBe("not-finite");
    expect(code(() => numberToWords(1.5))).toBe("not-integer");
    expect(code(() => numberToWords(2 ** 53))).toBe("unsafe-integer");
    expect(code(() => amountInWords(-5))).toBe("negative");
    expect(code(() => decimalToWords("1.234,5"))).toBe("not-decimal");
    expect(() => numberToWords(-1)).toThrow("expected a non-negative integer, found `-1`");
    expect(new NumberWordsError("negative", "x")).toBeInstanceOf(RangeError);
  });
});

describe("amountInWords", () => {
  it("appends đồng", () => {
    expect(amountInWords(45_998_409, { groupCommas: true })).toBe(
      "Bốn mươi lăm triệu, chín trăm chín mươi tám nghìn, bốn trăm linh chín đồng",
    );
    expect(amountInWords(10_000_000)).toBe("Mười triệu đồng");
    expect(amountInWords(0)).toBe("Không đồng");
    expect(amountInWords(5, { currency: "" })).toBe("Năm");
    expect(amountInWords(5, { currency: "USD", capitalize: false })).toBe("năm USD");
  });
});

describe("decimalToWords", () => {
  it.each([
    ["12,5", "Mười hai phẩy năm"],
    ["12.5", "Mười hai phẩy năm"],
    ["4997,47", "Bốn nghìn chín trăm chín mươi bảy phẩy bốn mươi bảy"],
    ["4,470", "Bốn phẩy bốn trăm bảy mươi"],
    ["0,05", "Không phẩy không năm"],
    ["3,00", "Ba phẩy không không"],
    ["7", "Bảy"],
    ["1,21", "Một phẩy hai mươi mốt"],
  ])("%s", (text, words) => expect(decimalToWords(text)).toBe(words));
});

// ---------------------------------------------------------------------------------------------
// An independent reader (words → number): a left-to-right multiplier machine over tokens, unlike the
// implementation's group-splitting. "tỷ" multiplies everything read so far, so nesting needs no recursion.
const DIGIT: Record<string, bigint> = {
  không: 0n,
  một: 1n,
  mốt: 1n,
  hai: 2n,
  ba: 3n,
  bốn: 4n,
  tư: 4n,
  năm: 5n,
  lăm: 5n,
  sáu: 6n,
  bảy: 7n,
  tám: 8n,
  chín: 9n,
};

function readWords(text: string): bigint {
  const tokens = text
    .toLowerCase()
    .replace(/,/g, "")
    .replace(/ đồng$/, "")
    .split(" ");
  let above = 0n; // everything before the last "tỷ", already scaled
  let below = 0n; // triệu and nghìn parts since then
  let group = 0n; // current 3-digit group
  let pending: bigint | undefined;
  const flush = (): void => {
    if (pending !== undefined) group += pending;
    pending = undefined;
  };
  for (const t of tokens) {
    if (t in DIGIT) {
      if (pending !== undefined) throw new Error(`two digits in a row at ${t}`);
      pending = DIGIT[t];
    } else if (t === "trăm") {
      group += (pending ?? 1n) * 100n;
      pending = undefined;
    } else if (t === "mươi") {
      group += (pending ?? 1n) * 10n;
      pending = undefined;
    } else if (t === "mười") {
      flush();
      group += 10n;
    } else if (t === "linh" || t === "lẻ") {
      flush();
    } else if (t === "nghìn" || t === "ngàn") {
      flush();
      below += group * 1000n;
      group = 0n;
    } else if (t === "triệu") {
      flush();
      below += group * 1_000_000n;
      group = 0n;
    } else if (t === "tỷ") {
      flush();
      above = (above + below + group) * 1_000_000_000n;
      below = 0n;
      group = 0n;
    } else {
      throw new Error(`unknown token \`${t}\``);
    }
  }
  flush();
  return above + below + group;
}

describe("numberToWords — properties", () => {
  it("the independent reader agrees with the worked examples", () => {
    for (const [n, words] of CASES) expect(readWords(words)).toBe(n);
  });

  const wellFormed = (words: string): void => {
    expect(words).not.toMatch(/một mươi/);
    expect(words).not.toMatch(/ {2}|^ | $/);
    expect(words).not.toMatch(/(?<!mươi) mốt|^mốt/); // mốt only after mươi
    expect(words).not.toMatch(/mươi một/);
    expect(words).not.toMatch(/(?<!mười|mươi) lăm|^lăm/); // lăm only after mười/mươi
    expect(words).not.toMatch(/(mười|mươi) năm(?! mươi| trăm)/);
    expect(words).not.toMatch(/(?<!mươi) tư|^tư/); // tư only after mươi
    expect(words).not.toMatch(/mươi bốn/); // default four: tư
    expect(words).not.toMatch(/(linh|lẻ) (không|mười|mốt|lăm|tư)/);
    expect(words).not.toMatch(/(?<!trăm) linh/); // linh only right after a hundreds word
    expect(words).not.toMatch(/mười không|mươi không|linh không/);
  };

  it("reads back every integer 0…10^7", () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 10_000_000 }), (n) => {
        const words = numberToWords(n, { capitalize: false });
        expect(readWords(words)).toBe(BigInt(n));
        wellFormed(words);
      }),
      { numRuns: 3000 },
    );
  });

  it("reads back bigints up to 10^18, with every option", () => {
    fc.assert(
      fc.property(
        fc.bigInt({ min: 0n, max: 10n ** 18n }),
        fc.constantFrom("linh" as const, "lẻ" as const),
        fc.constantFrom("nghìn" as const, "ngàn" as const),
        fc.constantFrom("tư" as const, "bốn" as const),
        fc.boolean(),
        (n, linh, thousand, four, groupCommas) => {
          const words = numberToWords(n, { linh, thousand, four, groupCommas, capitalize: false });
          expect(readWords(words)).toBe(n);
          expect(words).not.toMatch(/một mươi| {2}|,,|, ,/);
          if (!groupCommas) expect(words).not.toContain(",");
        },
      ),
      { numRuns: 3000 },
    );
  });

  it("well-formed for numbers built from interesting digits", () => {
    const digit = fc.constantFrom(0, 1, 4, 5, 9);
    fc.assert(
      fc.property(fc.array(digit, { minLength: 1, maxLength: 18 }), (ds) => {
        const n = BigInt(ds.join(""));
        const words = numberToWords(n, { capitalize: false });
        expect(readWords(words)).toBe(n);
        wellFormed(words);
      }),
      { numRuns: 3000 },
    );
  });

  it("number and bigint agree; capitalize only touches the first letter", () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: Number.MAX_SAFE_INTEGER }), (n) => {
        const lower = numberToWords(n, { capitalize: false });
        const upper = numberToWords(BigInt(n));
        expect(upper).toBe(lower.charAt(0).toUpperCase() + lower.slice(1));
      }),
    );
  });
});
