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
import type { World } from "../world.js";
import { GITHUB_REVIEW_JOB, GITLAB_REVIEW_JOB } from "./ci-review-jobs.js";
import type { PlannedFile } from "./new-period.js";
import { GITHUB_WORKFLOW, GITIGNORE, GITLAB_CI } from "./init-ci-files.js";
import { schemaLine } from "./schema-line.js";

const CONFIG = `#
# The agency profile: who you are, which units write, who signs, and the report kinds.
# The values below are an example that builds as it is: replace them with your own.
# Every field is described in the bcreport README ("bcreport.yaml — the agency profile").
agency:
  parent: UBND TỈNH CAO BẰNG          # cơ quan chủ quản as printed; leave out for none
  name: Sở Khoa học và Công nghệ      # cơ quan ban hành in running text
  code: SKHCN                         # in the ký hiệu: "Số: 12/BC-SKHCN"
  place: Cao Bằng                     # địa danh of the date line

units:                                # every unit that writes fragments
  - id: vp                            # short id: its files are reports/<period>/<kind>/vp.<section>.yaml
    name: Văn phòng
    code: VP
    reviewers: ["@your-org/van-phong"]            # who approves this unit's fragments (bcreport codeowners)
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
    periods: [month]                  # built for every month: bcreport new 2024-05
    deadline: 20                      # due on the 20th of the month (bcreport status counts the days)
    drafter: vp                       # assembles the report; "Lưu: VT, VP."
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
    outline:                          # the sections, in order; units write the sections listing them
      - id: ket-qua
        title: Kết quả công tác {{period.name}}
        sections:
          - { id: tham-muu, title: Công tác tham mưu, units: [vp, qlkh] }
          - { id: quan-ly, title: Công tác quản lý khoa học, units: [qlkh] }
      - id: nhiem-vu
        title: Nhiệm vụ công tác {{period.next.name}}
        units: [vp, qlkh]
        tasks: true                   # units list planned tasks; numbered 1. 2. 3. across units
`;

const TEMPLATES_README = `# Templates

bcreport lays out the frame of each report (header, title, closing sentence, Nơi nhận,
signature) from built-in Handlebars templates. To change one, copy the built-in file of the same
name from \`node_modules/bcreport/templates/\` into this folder and edit it; files you do not copy
keep the built-in version. Any other \`.hbs\` file here is reported as unused.

The files are:

${FRAME_TEMPLATES.map((t) => `- \`${t}.hbs\``).join("\n")}

See the "Templates" section of the bcreport README for the values and helpers they can use.
`;

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

/** `name` becomes the package name (the folder name, made npm-safe); `dependency` the npm spec of bcreport. */
export function planInit(world: World, name: string, dependency: string): PlannedFile[] {
  const exists = (p: string) => world.fileSize(p) !== undefined;
  const safe =
    name
      .toLowerCase()
      .replace(/[^a-z0-9._-]+/g, "-")
      .replace(/^[-._]+|[-._]+$/g, "") || "reports";
  const files: Array<[string, string]> = [
    ["bcreport.yaml", `${schemaLine("bcreport.yaml", "bcreport.schema.json")}\n${CONFIG}`],
    ["templates/README.md", TEMPLATES_README],
    [".github/workflows/bcreport.yml", GITHUB_WORKFLOW + GITHUB_REVIEW_JOB],
    [".gitlab-ci.yml", GITLAB_CI + GITLAB_REVIEW_JOB],
    [".gitignore", GITIGNORE],
    ["package.json", packageJson(safe, dependency)],
  ];
  return files.map(([path, text]) => ({ path, text, exists: exists(path) }));
}
