/** Words every area uses: severities, "hint", suggestions. */
import type { Catalogue } from "./entry.js";

export const COMMON = {
  error: { en: "error", vi: "lỗi" },
  warning: { en: "warning", vi: "cảnh báo" },
  hint: { en: "hint", vi: "gợi ý" },
  "did-you-mean": { en: "did you mean `{{best}}`?", vi: "có phải ý là `{{best}}`?" },
  "one-of": { en: "expected one of {{list}}", vi: "giá trị phải là một trong: {{list}}" },
} satisfies Catalogue;
