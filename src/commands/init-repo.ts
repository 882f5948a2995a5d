/**
 * `bcreport init`: the files of a new department repository. Returns the plan; the CLI writes
 * the files that do not exist and never overwrites one.
 *
 * The repository gets a package.json that depends on bcreport through `dependency` — by default
 * `file:vendor/bcreport-<version>.tgz`, a copy of the bcreport that ran `init` which the CLI
 * writes into vendor/ — so every clone and every CI job installs the same version with `npm ci`
 * and no registry has to carry bcreport. The `$schema` line of bcreport.yaml points into
 * `schemas/`, which the CLI fills with `bcreport schema` once bcreport.yaml is written.
 */
import { FRAME_TEMPLATES } from "../frame/load-templates.js";
import { msg, translate, type Lang } from "../messages/index.js";
import type { World } from "../world.js";
import { GITHUB_REVIEW_JOB, GITLAB_REVIEW_JOB } from "./ci-review-jobs.js";
import type { PlannedFile } from "./new-period.js";
import { GITHUB_WORKFLOW, GITIGNORE, GITLAB_CI } from "./init-ci-files.js";
import { schemaLine } from "./schema-line.js";

/** The bcreport.yaml of a new repository; `c(id)` is the comment `init.config.<id>` in the repository's language. */
const config = (c: (id: string) => string, lang: Lang) => `#
${c("intro")
  .split("\n")
  .map((l) => `# ${l}`)
  .join("\n")}
${lang === "en" ? "" : `${`lang: ${lang}`.padEnd(38)}# ${c("lang")}\n`}agency:
  parent: UBND TỈNH CAO BẰNG          # ${c("parent")}
  name: Sở Khoa học và Công nghệ      # ${c("name")}
  code: SKHCN                         # ${c("code")}
  place: Cao Bằng                     # ${c("place")}

units:                                # ${c("units")}
  - id: vp                            # ${c("unit-id")}
    name: Văn phòng
    code: VP
    reviewers: ["@your-org/van-phong"]            # ${c("reviewers")}
  - id: qlkh
    name: Phòng Quản lý khoa học
    code: QLKH
    reviewers: ["@your-org/quan-ly-khoa-hoc"]

signers:
  - id: pgd
    authority: KT.                    # KT. | TM. | Q. | TL. | TUQ.
    of: GIÁM ĐỐC
    title: PHÓ GIÁM ĐỐC
    name: Nguyễn Văn A

kinds:
  monthly:
    name: Báo cáo tháng
    periods: [month]                  # ${c("periods")}
    deadline: 20                      # ${c("deadline")}
    drafter: vp                       # ${c("drafter")}
    signer: pgd
    title: Kết quả công tác {{period.name}} và nhiệm vụ công tác {{period.next.name}}
    preamble:
      - >-
        Sở Khoa học và Công nghệ báo cáo kết quả công tác {{period.name}} như sau
        (*số liệu tính từ ngày {{shortDate period.window.from}} đến ngày {{shortDate period.window.to}}*):
    recipients: [UBND tỉnh, Lãnh đạo Sở]
    levels:
      - { numbering: roman, bold: true, uppercase: true }   # I. II.
      - { numbering: arabic, bold: true }                   # 1. 2.
    outline:                          # ${c("outline")}
      - id: ket-qua
        title: Kết quả công tác {{period.name}}
        sections:
          - { id: tham-muu, title: Công tác tham mưu, units: [vp, qlkh] }
          - { id: quan-ly, title: Công tác quản lý khoa học, units: [qlkh] }
      - id: nhiem-vu
        title: Nhiệm vụ công tác {{period.next.name}}
        units: [vp, qlkh]
        tasks: true                   # ${c("tasks")}
`;

/** templates/README.md in the repository's language. */
const templatesReadme = (lang: Lang) =>
  translate(msg("init.templates-readme", { files: FRAME_TEMPLATES.map((t) => `- \`${t}.hbs\``).join("\n") }), lang);

function packageJson(name: string, dependency: string): string {
  const pkg = {
    name,
    private: true,
    description: "Periodic reports (báo cáo định kỳ), built with bcreport",
    scripts: { check: "bcreport check", status: "bcreport status", build: "bcreport build --all" },
    devDependencies: { bcreport: dependency },
    // docx (used by bcreport) declares nanoid 6, which wants Node >= 22, but bundles its own
    // copy; nanoid 5 keeps installs on Node 20 free of EBADENGINE warnings.
    overrides: { docx: { nanoid: "5.1.12" } },
  };
  return JSON.stringify(pkg, null, 2) + "\n";
}

/**
 * `name` becomes the package name (the folder name, made npm-safe); `dependency` the npm spec of
 * bcreport; `lang` the language of the comments and of templates/README.md (a language other than
 * English is also written as `lang:` in bcreport.yaml, so the repository keeps speaking it).
 */
export function planInit(world: World, name: string, dependency: string, lang: Lang = "en"): PlannedFile[] {
  const c = (id: string) => translate(msg(`init.config.${id}`), lang);
  const exists = (p: string) => world.fileSize(p) !== undefined;
  const safe =
    name
      .toLowerCase()
      .replace(/[^a-z0-9._-]+/g, "-")
      .replace(/^[-._]+|[-._]+$/g, "") || "reports";
  const files: Array<[string, string]> = [
    ["bcreport.yaml", `${schemaLine("bcreport.yaml", "bcreport.schema.json")}\n${config(c, lang)}`],
    ["templates/README.md", templatesReadme(lang)],
    [".github/workflows/bcreport.yml", GITHUB_WORKFLOW + GITHUB_REVIEW_JOB],
    [".gitlab-ci.yml", GITLAB_CI + GITLAB_REVIEW_JOB],
    [".gitignore", GITIGNORE],
    ["package.json", packageJson(safe, dependency)],
  ];
  return files.map(([path, text]) => ({ path, text, exists: exists(path) }));
}
