/**
 * The messages and hints for the YAML mistakes unit staff make most, in English and Vietnamese.
 * One entry per mistake, `{name}` for the values filled in; kept as plain data so that the
 * message catalogue can take them over as they are. Vietnamese in NFC.
 */
export type Lang = "en" | "vi";

interface Text {
  message: string;
  hint: string;
}

export const HINT_MESSAGES: Record<string, Record<Lang, Text>> = {
  "colon-in-text": {
    en: {
      message: "expected a text after `{key}:` — found `: ` inside it, which YAML reads as the start of another key",
      hint:
        "put the text in double quotes: `{fixed}` (or write `{key}: |` and the text " +
        "on the next line, indented by 2 spaces)",
    },
    vi: {
      message: "nội dung của `{key}` có dấu hai chấm và dấu cách (`: `), YAML hiểu đó là bắt đầu một khóa mới",
      hint:
        "đặt nội dung trong dấu ngoặc kép: `{fixed}` (hoặc viết `{key}: |` rồi viết " +
        "nội dung ở dòng dưới, lùi vào 2 dấu cách)",
    },
  },
  "list-on-key-line": {
    en: {
      message: "expected the list of `{key}` to start on the next line — found `- ` on the same line as `{key}:`",
      hint: "write `{key}: |` on this line and `  {item}` on the next one (2 spaces before `-`)",
    },
    vi: {
      message: "gạch đầu dòng `- ` không được viết cùng dòng với `{key}:`",
      hint: "viết `{key}: |` ở dòng này, xuống dòng rồi viết `  {item}` (lùi vào 2 dấu cách trước dấu `-`)",
    },
  },
  "missing-block-bar": {
    en: {
      message:
        "expected `|` after `{key}:` (line {keyLine}) — without it YAML reads the lines of the text as keys and lists",
      hint: "change line {keyLine} to `{fixed}` and keep the text below it indented",
    },
    vi: {
      message:
        "thiếu dấu `|` sau `{key}:` (dòng {keyLine}); thiếu dấu này, YAML hiểu các " +
        "dòng nội dung là khóa hoặc danh sách",
      hint: "sửa dòng {keyLine} thành `{fixed}`, giữ nguyên nội dung lùi vào ở các dòng dưới",
    },
  },
  "block-not-indented": {
    en: {
      message: "expected the text under `{key}: |` to be indented — found it at the start of the line",
      hint: "indent every line of the text by 2 spaces: `{fixed}`",
    },
    vi: {
      message: "nội dung dưới `{key}: |` phải lùi vào so với `{key}:`",
      hint: "lùi mỗi dòng nội dung vào 2 dấu cách: `{fixed}`",
    },
  },
  tab: {
    en: {
      message: "expected spaces for indentation, found a tab",
      hint: "indent with spaces, not tabs (set your editor to insert spaces): `{fixed}`",
    },
    vi: {
      message: "đầu dòng phải lùi vào bằng dấu cách, không dùng phím Tab",
      hint: "thay dấu Tab bằng dấu cách (đặt trình soạn thảo chèn dấu cách khi bấm Tab): `{fixed}`",
    },
  },
  "text-found-list": {
    en: {
      message: "expected `{name}` to be a text, found a list",
      hint: "write `{key}: |` (with `|`) so the lines below stay Markdown: their `- ` items are then items of the text",
    },
    vi: {
      message: "`{name}` phải là văn bản, nhưng đang là một danh sách",
      hint:
        "viết `{key}: |` (có dấu `|`) để các dòng bên dưới được giữ nguyên là Markdown; các " +
        "dòng `- ` khi đó là gạch đầu dòng của văn bản",
    },
  },
  "text-found-mapping": {
    en: {
      message: "expected `{name}` to be a text, found `key: value` lines",
      hint: "write `{key}: |` (with `|`) so the lines below are read as text, colons included",
    },
    vi: {
      message: "`{name}` phải là văn bản, nhưng đang được hiểu là các dòng `khóa: giá trị`",
      hint: "viết `{key}: |` (có dấu `|`) để các dòng bên dưới được hiểu là văn bản, kể cả dấu hai chấm",
    },
  },
  "date-form": {
    en: {
      message: "expected `{name}` as year-month-day, e.g. `2023-11-20` — found `{found}`",
      hint: "write `{fixed}` (year first, joined by `-`); `{key}: {month}` leaves the day blank",
    },
    vi: {
      message: "`{name}` phải viết theo dạng năm-tháng-ngày, ví dụ `2023-11-20`, nhưng đang là `{found}`",
      hint: "viết `{fixed}` (năm trước, nối bằng dấu `-`); viết `{key}: {month}` nếu để trống ngày",
    },
  },
  "date-form-unknown": {
    en: {
      message: "expected `{name}` as year-month-day, e.g. `2023-11-20` — found `{found}`",
      hint: "write `{key}: 2023-11-20` (year first, joined by `-`), or `{key}: 2023-11` to leave the day blank",
    },
    vi: {
      message: "`{name}` phải viết theo dạng năm-tháng-ngày, ví dụ `2023-11-20`, nhưng đang là `{found}`",
      hint: "viết `{key}: 2023-11-20` (năm trước, nối bằng dấu `-`), hoặc `{key}: 2023-11` nếu để trống ngày",
    },
  },
};

/** The message and hint of one mistake in `lang`, values filled in. */
export function say(id: keyof typeof HINT_MESSAGES, values: Record<string, string | number>, lang: Lang = "en"): Text {
  const t = HINT_MESSAGES[id]![lang];
  const fill = (s: string) => s.replace(/\{(\w+)\}/g, (_, k: string) => String(values[k] ?? `{${k}}`));
  return { message: fill(t.message), hint: fill(t.hint) };
}
