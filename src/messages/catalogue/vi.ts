/** Periods and dates as typed: src/vi/. */
import type { Catalogue } from "./entry.js";

export const VI = {
  "vi.period": {
    en: "expected a period like `2023-11`, `2023-Q1`, `2023-H1`, `2023-9M` or `2023`, found `{{text}}`",
    vi: "kỳ báo cáo phải có dạng `2023-11`, `2023-Q1`, `2023-H1`, `2023-9M` hoặc `2023` — giá trị hiện tại là `{{text}}`",
  },
  "vi.year": {
    en: "expected a year {{min}}–9999, found `{{found}}`",
    vi: "năm phải từ {{min}} đến 9999 — giá trị hiện tại là `{{found}}`",
  },
  "vi.month": {
    en: "expected a month 01–12, found `{{found}}`",
    vi: "tháng phải từ 01 đến 12 — giá trị hiện tại là `{{found}}`",
  },
  "vi.two-digit-month": {
    en: "expected a two-digit month 01–12, found `{{found}}`",
    vi: "tháng phải viết đủ hai chữ số, từ 01 đến 12 — giá trị hiện tại là `{{found}}`",
  },
  "vi.write": { en: "write `{{text}}`", vi: "viết `{{text}}`" },
  "vi.quarter": {
    en: "expected a quarter Q1–Q4, found `{{found}}`",
    vi: "quý phải từ Q1 đến Q4 — giá trị hiện tại là `{{found}}`",
  },
  "vi.half": {
    en: "expected a half H1 or H2, found `{{found}}`",
    vi: "6 tháng phải là H1 hoặc H2 — giá trị hiện tại là `{{found}}`",
  },
  "vi.nine-months": {
    en: "expected `9M` for nine months, found `{{found}}`",
    vi: "kỳ 9 tháng viết là `9M` — giá trị hiện tại là `{{found}}`",
  },
  "vi.date": {
    en: "expected a date `YYYY-MM-DD` or `YYYY-MM`, found `{{text}}`",
    vi: "ngày phải có dạng `YYYY-MM-DD` hoặc `YYYY-MM` — giá trị hiện tại là `{{text}}`",
  },
  "vi.date.hint": {
    en: "write months and days with two digits, e.g. `2023-06-02`",
    vi: "viết tháng và ngày đủ hai chữ số, ví dụ `2023-06-02`",
  },
  "vi.day": {
    en: "expected a day 01–{{max}} for {{monthName}} {{year}}, found `{{found}}`",
    vi: "tháng {{month}} năm {{year}} chỉ có ngày từ 01 đến {{max}} — giá trị hiện tại là `{{found}}`",
  },
  "vi.not-leap": { en: "{{year}} is not a leap year", vi: "năm {{year}} không phải năm nhuận" },
} satisfies Catalogue;
