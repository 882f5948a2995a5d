/**
 * `bcreport codeowners`: a CODEOWNERS file from `units[].reviewers`.
 *
 * Fragment file names are free in bcreport, but CODEOWNERS can only match paths, so it relies on
 * the `<unit>.<section>.yaml` convention (`bcreport new` writes it; `bcreport check` warns with
 * `fragment-name` when a file breaks it). `bcreport.yaml`, `templates/` and the report files
 * `reports/<period>/<kind>.yaml` belong to the reviewers of the drafter units: the drafter
 * (usually the Văn phòng) assembles and signs off the whole report. Later lines win in
 * CODEOWNERS, so the general lines come first: a catch-all `*` for the drafter's reviewers, so no
 * file goes unreviewed. The CI files, package files and vendor/ (which pin the bcreport that builds
 * the reports) and CODEOWNERS itself come last, so no unit's pattern can take them over.
 */
import type { Config } from "../input/config-types.js";

/** What decides how reports are checked and built: changing it needs the drafter's review. */
const CONTROLLED = [
  "/.github/",
  "/.gitlab-ci.yml",
  "/package.json",
  "/package-lock.json",
  "/.npmrc",
  "/vendor/",
  "/CODEOWNERS",
  "/.gitlab/",
];

export function codeownersText(config: Config): string {
  const reports = `/${config.reportsDir.replace(/^\.?\/+|\/+$/g, "")}`;
  const templates = `/${config.templatesDir.replace(/^\.?\/+|\/+$/g, "")}/`;
  const reviewersOf = (unit: string) => config.units.get(unit)?.reviewers ?? [];
  const drafters = [...new Set([...config.kinds.values()].map((k) => k.drafter))];
  const drafterReviewers = [...new Set(drafters.flatMap(reviewersOf))];
  const lines: string[] = [
    "# Written by `bcreport codeowners` from `units[].reviewers` in bcreport.yaml; run it again after",
    "# changing units or reviewers. Fragments are matched by the `<unit>.<section>.yaml` file-name",
    "# convention, which `bcreport check` enforces (rule `fragment-name`).",
    "",
    `# Everything not matched below: reviewers of the drafter unit(s) ${drafters.join(", ")}`,
  ];
  const line = (pattern: string, owners: string[], who: string) =>
    lines.push(
      owners.length
        ? `${pattern} ${owners.join(" ")}`
        : `# ${pattern} — no reviewers: add \`reviewers\` to unit ${who} in bcreport.yaml`,
    );
  line("*", drafterReviewers, drafters.join(", "));
  lines.push(
    "",
    `# The agency profile, templates and report files: reviewers of the drafter unit(s) ${drafters.join(", ")}`,
  );
  line("/bcreport.yaml", drafterReviewers, drafters.join(", "));
  line(templates, drafterReviewers, drafters.join(", "));
  for (const kind of config.kinds.values())
    line(`${reports}/*/${kind.id}.yaml`, reviewersOf(kind.drafter), kind.drafter);
  lines.push("", "# Each unit's fragments: reports/<period>/<kind>/<unit>.<section>.yaml");
  for (const unit of config.units.values()) {
    line(`${reports}/*/*/${unit.id}.*.yaml`, unit.reviewers, unit.id);
    if (unit.reviewers.length) lines.push(`${reports}/*/*/${unit.id}.*.yml ${unit.reviewers.join(" ")}`);
  }
  lines.push(
    "",
    "# CI files, package files, vendor/ (the bcreport version) and this file: reviewers of the drafter unit(s)",
  );
  for (const p of CONTROLLED) line(p, drafterReviewers, drafters.join(", "));
  return lines.join("\n") + "\n";
}
