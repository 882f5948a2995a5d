/** Vietnamese conventions for administrative reports: dates, periods, numbers, words, letters, ký hiệu. */
export * from "./dates.js";
export * from "./document-types.js";
export * from "./grouped-number.js";
export * from "./letters.js";
export * from "./number-words.js";
export * from "./numbers.js";
export * from "./periods.js";
export * from "./roman.js";
