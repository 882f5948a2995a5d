/**
 * The CI files `bcreport init` writes, for GitHub Actions and GitLab CI. test/init-ci-files.test.ts
 * runs actionlint and GitLab's CI schema over them.
 *
 * Both install with `npm ci` from the committed lock file (bcreport itself comes from vendor/, not
 * from a registry), cache npm's download folder, run the installed `./node_modules/.bin/bcreport`
 * (never `npx bcreport`, which could fetch a package of that name from the registry), and have three
 * jobs: `check` on pull/merge requests, `build` on the default branch, and a daily `status --strict
 * --due` that fails while a report due around that day (whatever its period: month, quarter, half,
 * year) lacks a unit's part.
 */

/** The Node.js LTS line the CI files use (README "Installing"). */
export const CI_NODE = "24";

const MIRRORS = `# Intranet runners without internet access: bcreport comes from vendor/ and needs no registry,
# but its dependencies do. Point npm at your mirror (an .npmrc with \`registry=https://…\`
# committed next to package.json) and use a Node image from your own registry.`;

export const GITHUB_WORKFLOW = `# Written by \`bcreport init\`.
# Pull requests: check the fragments they change and annotate problems on the diff.
# Pushes to main: build every period and keep out/ as an artifact.
# Schedule: every day, \`status --strict --due\` fails while a report due around that day lacks a
# unit's part: from the data cut-off (\`cutoffDay\`) to a week after the \`deadline\` of its kind in
# bcreport.yaml, whatever its period (month, quarter, half, year); on other days it passes.
${MIRRORS}
# On GitHub Enterprise Server, actions/* must be available there (GitHub Connect or a copy).
name: bcreport
on:
  pull_request:
  push:
    branches: [main]
  schedule:
    - cron: "0 1 * * *"
permissions:
  contents: read
jobs:
  check:
    if: github.event_name == 'pull_request'
    runs-on: ubuntu-latest
    steps:
      - uses: actions/checkout@v5
        with:
          fetch-depth: 0   # --changed-since needs the base branch's history
      - uses: actions/setup-node@v5
        with:
          node-version: ${CI_NODE}
          cache: npm
      - run: npm ci
      - run: ./node_modules/.bin/bcreport check --format github --changed-since "origin/$BASE_REF"
        env:
          BASE_REF: \${{ github.base_ref }}
  build:
    if: github.event_name == 'push'
    runs-on: ubuntu-latest
    steps:
      - uses: actions/checkout@v5
      - uses: actions/setup-node@v5
        with:
          node-version: ${CI_NODE}
          cache: npm
      - run: npm ci
      - run: ./node_modules/.bin/bcreport build --all
      - uses: actions/upload-artifact@v4
        with:
          name: reports
          path: out/
  status:
    if: github.event_name == 'schedule'
    runs-on: ubuntu-latest
    steps:
      - uses: actions/checkout@v5
      - uses: actions/setup-node@v5
        with:
          node-version: ${CI_NODE}
          cache: npm
      - run: npm ci
      - run: ./node_modules/.bin/bcreport status --strict --due
`;

export const GITLAB_CI = `# Written by \`bcreport init\`.
# Merge requests: check the fragments they change; problems show in the Code Quality widget.
# The default branch: build every period and keep out/ as an artifact.
# Schedules: add a daily pipeline schedule (Build > Pipeline schedules), \`0 1 * * *\`; its \`status\`
# job fails while a report due around that day (month, quarter, half or year) lacks a unit's part.
${MIRRORS}
image: node:${CI_NODE}
stages: [check, build]

default:
  cache:
    key:
      files: [package-lock.json]
    paths: [.npm/]
  before_script:
    - npm ci --cache .npm --prefer-offline

check:
  stage: check
  rules:
    - if: $CI_PIPELINE_SOURCE == "merge_request_event"
  variables:
    GIT_DEPTH: 0   # --changed-since needs the target branch's history
  script:
    - git fetch origin "$CI_MERGE_REQUEST_TARGET_BRANCH_NAME"
    - >-
      ./node_modules/.bin/bcreport check --format gitlab
      --changed-since "origin/$CI_MERGE_REQUEST_TARGET_BRANCH_NAME" > gl-code-quality-report.json
  artifacts:
    when: always
    reports:
      codequality: gl-code-quality-report.json

build:
  stage: build
  rules:
    - if: $CI_PIPELINE_SOURCE == "schedule"
      when: never
    - if: $CI_COMMIT_BRANCH == $CI_DEFAULT_BRANCH
  script:
    - ./node_modules/.bin/bcreport build --all
  artifacts:
    paths: [out/]

status:
  stage: check
  rules:
    - if: $CI_PIPELINE_SOURCE == "schedule"
  script:
    - ./node_modules/.bin/bcreport status --strict --due
`;

export const GITIGNORE = `# What bcreport build writes
out/
node_modules/
# What the GitLab check job writes
gl-code-quality-report.json
# npm's download cache in GitLab CI
.npm/
`;
