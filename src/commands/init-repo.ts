/**
 * `bcreport init`: the files of a new department repository. Returns the plan; the CLI writes
 * the files that do not exist and never overwrites one.
 *
 * The repository gets a package.json that depends on bcreport, so every clone and every CI job
 * runs the same version (`npm ci && npx bcreport …`) and the `$schema` lines point into
 * `node_modules/bcreport/schemas/`.
 */
import { FRAME_TEMPLATES } from "../frame/load-templates.js";
import type { World } from "../world.js";
import type { PlannedFile } from "./new-period.js";
import { dependsOnBcreport, schemaLine } from "./schema-line.js";

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

const GITHUB = `# Written by \`bcreport init\`.
# Pull requests: check the fragments they change and annotate problems on the diff.
# Pushes to main: build every period and keep out/ as an artifact.
name: bcreport
on:
  pull_request:
  push:
    branches: [main]
jobs:
  check:
    if: github.event_name == 'pull_request'
    runs-on: ubuntu-latest
    steps:
      - uses: actions/checkout@v4
        with:
          fetch-depth: 0   # --changed-since needs the base branch's history
      - uses: actions/setup-node@v4
        with:
          node-version: 20
      - run: npm ci
      # The installed bcreport, not \`npx bcreport\`: npx adds npm's own start-up to every run.
      - run: ./node_modules/.bin/bcreport check --format github --changed-since origin/\${{ github.base_ref }}
  build:
    if: github.event_name == 'push'
    runs-on: ubuntu-latest
    steps:
      - uses: actions/checkout@v4
      - uses: actions/setup-node@v4
        with:
          node-version: 20
      - run: npm ci
      - run: ./node_modules/.bin/bcreport build --all
      - uses: actions/upload-artifact@v4
        with:
          name: reports
          path: out/
`;

const GITLAB = `# Written by \`bcreport init\`.
# Merge requests: check the fragments they change; problems show in the Code Quality widget.
# The default branch: build every period and keep out/ as an artifact.
image: node:20
stages: [check, build]

check:
  stage: check
  rules:
    - if: $CI_PIPELINE_SOURCE == "merge_request_event"
  variables:
    GIT_DEPTH: 0   # --changed-since needs the target branch's history
  script:
    - npm ci
    - git fetch origin "$CI_MERGE_REQUEST_TARGET_BRANCH_NAME"
    # The installed bcreport, not \`npx bcreport\`: npx adds npm's own start-up to every run.
    - ./node_modules/.bin/bcreport check --format gitlab --changed-since "origin/$CI_MERGE_REQUEST_TARGET_BRANCH_NAME" > gl-code-quality-report.json
  artifacts:
    when: always
    reports:
      codequality: gl-code-quality-report.json

build:
  stage: build
  rules:
    - if: $CI_COMMIT_BRANCH == $CI_DEFAULT_BRANCH
  script:
    - npm ci
    - ./node_modules/.bin/bcreport build --all
  artifacts:
    paths: [out/]
`;

const GITIGNORE = `# What bcreport build writes
out/
node_modules/
`;

function packageJson(name: string, version: string): string {
  const pkg = {
    name,
    private: true,
    description: "Periodic reports (báo cáo định kỳ), built with bcreport",
    scripts: { check: "bcreport check", status: "bcreport status", build: "bcreport build --all" },
    devDependencies: { bcreport: `^${version}` },
  };
  return JSON.stringify(pkg, null, 2) + "\n";
}

/** `name` becomes the package name (the folder name, made npm-safe); `version` the bcreport version to depend on. */
export function planInit(world: World, name: string, version: string): PlannedFile[] {
  const exists = (p: string) => world.fileSize(p) !== undefined;
  const writesPackage = !exists("package.json");
  const installed = writesPackage || dependsOnBcreport(world);
  const safe = name.toLowerCase().replace(/[^a-z0-9._-]+/g, "-").replace(/^[-._]+|[-._]+$/g, "") || "reports";
  const files: Array<[string, string]> = [
    ["bcreport.yaml", `${schemaLine(world.root, "bcreport.yaml", "bcreport.schema.json", installed)}\n${CONFIG}`],
    ["templates/README.md", TEMPLATES_README],
    [".github/workflows/bcreport.yml", GITHUB],
    [".gitlab-ci.yml", GITLAB],
    [".gitignore", GITIGNORE],
    ["package.json", packageJson(safe, version)],
  ];
  return files.map(([path, text]) => ({ path, text, exists: exists(path) }));
}
