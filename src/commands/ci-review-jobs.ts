/**
 * The review jobs `bcreport init` adds to the CI files it writes (one job each, kept apart from the
 * check and build jobs): on a pull/merge request, post the `bcreport diff` summary as a comment and
 * keep each changed report as a DOCX with tracked changes (an artifact). Without a token the
 * summary is printed in the job log instead, with a message saying why. They follow the conventions
 * of init-ci-files.ts (Node line, npm cache, GitLab's shared `npm ci` before_script).
 */
import { CI_NODE } from "./init-ci-files.js";

/** GitHub Actions: the workflow's GITHUB_TOKEN, with `pull-requests: write` for this job only. */
export const GITHUB_REVIEW_JOB = `
  # --- bcreport review (bcreport diff) ---
  # Pull requests: comment with what changed in the reports (frame, sections, footnotes) and keep
  # each changed report as a DOCX with tracked changes (artifact "tracked-changes") for Word users.
  # The comment is in the language of \`lang:\` in bcreport.yaml (the runner's LANG does not override it).
  review:
    if: github.event_name == 'pull_request'
    runs-on: ubuntu-latest
    permissions:
      contents: read
      pull-requests: write   # to comment; this job only
    steps:
      - uses: actions/checkout@v5
        with:
          fetch-depth: 0   # diff needs the base branch's history
      - uses: actions/setup-node@v5
        with:
          node-version: ${CI_NODE}
          cache: npm
      - run: npm ci
      - run: |
          ./node_modules/.bin/bcreport diff "origin/$BASE_REF" HEAD > bcreport-diff.md
          ./node_modules/.bin/bcreport diff "origin/$BASE_REF" HEAD --format docx
        env:
          BASE_REF: \${{ github.base_ref }}
      - uses: actions/upload-artifact@v4
        with:
          name: tracked-changes
          path: out/**/*.changes.docx
          if-no-files-found: ignore
      - name: Comment on the pull request
        env:
          GH_TOKEN: \${{ secrets.GITHUB_TOKEN }}
          PR: \${{ github.event.pull_request.number }}
        run: |
          if [ -z "$GH_TOKEN" ]; then
            echo "no GITHUB_TOKEN: the summary is not posted; here it is:"; cat bcreport-diff.md; exit 0
          fi
          # One comment per pull request, updated on every push (a fork's read-only token cannot comment).
          gh pr comment "$PR" --edit-last --body-file bcreport-diff.md 2>/dev/null \\
            || gh pr comment "$PR" --body-file bcreport-diff.md \\
            || { echo "could not comment (read-only token?); the summary:"; cat bcreport-diff.md; }
  # --- end of bcreport review ---
`;

/**
 * GitLab CI: the job token cannot write notes, so, as GitLab's documentation recommends for the
 * notes API, a project access token (role Reporter or above, scope \`api\`) in a masked CI/CD
 * variable, BCREPORT_NOTE_TOKEN.
 */
export const GITLAB_REVIEW_JOB = `
# --- bcreport review (bcreport diff) ---
# Merge requests: add a note with what changed in the reports (frame, sections, footnotes) and keep
# each changed report as a DOCX with tracked changes (artifact "tracked changes") for Word users.
# The note is in the language of \`lang:\` in bcreport.yaml (the runner's LANG does not override it).
# Posting the note needs a project access token with the \`api\` scope in the masked CI/CD variable
# BCREPORT_NOTE_TOKEN (Settings → CI/CD → Variables); without it the summary goes to the job log.
review:
  stage: check
  rules:
    - if: $CI_PIPELINE_SOURCE == "merge_request_event"
  variables:
    GIT_DEPTH: 0   # diff needs the target branch's history
  script:
    - git fetch origin "$CI_MERGE_REQUEST_TARGET_BRANCH_NAME"
    - ./node_modules/.bin/bcreport diff "origin/$CI_MERGE_REQUEST_TARGET_BRANCH_NAME" HEAD > bcreport-diff.md
    - ./node_modules/.bin/bcreport diff "origin/$CI_MERGE_REQUEST_TARGET_BRANCH_NAME" HEAD --format docx
    - |
      if [ -z "$BCREPORT_NOTE_TOKEN" ]; then
        echo "BCREPORT_NOTE_TOKEN is not set: the summary is not posted; here it is:"; cat bcreport-diff.md
      else
        curl --fail --silent --show-error --request POST --header "PRIVATE-TOKEN: $BCREPORT_NOTE_TOKEN" \\
          --data-urlencode "body@bcreport-diff.md" \\
          "$CI_API_V4_URL/projects/$CI_PROJECT_ID/merge_requests/$CI_MERGE_REQUEST_IID/notes" > /dev/null
      fi
  artifacts:
    expose_as: tracked changes
    paths: [out/]
# --- end of bcreport review ---
`;
