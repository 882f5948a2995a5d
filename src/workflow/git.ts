/**
 * The few git commands the workflow needs, run with `execFileSync("git", …)` in the repository.
 * Failures come back as values (`GitError`), never as thrown exceptions or printed text.
 */
import { childProcess } from "../lazy-builtins.js";

export class GitError extends Error {
  constructor(
    message: string,
    readonly hint?: string,
  ) {
    super(message);
    this.name = "GitError";
  }
}

/** Run git in `cwd`; returns stdout as bytes, or throws a GitError with git's first error line. */
export function gitBytes(cwd: string, args: string[], input?: string): Buffer {
  try {
    return childProcess().execFileSync("git", args, { cwd, stdio: ["pipe", "pipe", "pipe"], maxBuffer: 256 * 1024 * 1024, ...(input !== undefined ? { input } : {}) });
  } catch (e) {
    const err = e as { code?: string; stderr?: Buffer; message?: string };
    if (err.code === "ENOENT") throw new GitError("cannot run `git`: it is not installed or not on PATH", "install git and try again");
    const first = (err.stderr?.toString("utf8") ?? err.message ?? "").trim().split("\n")[0] ?? "";
    throw new GitError(`\`git ${args.join(" ")}\` failed: ${first}`);
  }
}

export function git(cwd: string, args: string[]): string {
  return gitBytes(cwd, args).toString("utf8");
}

const lines = (s: string) => s.split("\0").filter(Boolean);

/** True when `rev` names a commit this clone has. */
export function hasRevision(cwd: string, rev: string): boolean {
  try {
    gitBytes(cwd, ["rev-parse", "--verify", "--quiet", `${rev}^{commit}`]);
    return true;
  } catch {
    return false;
  }
}

/** Throws the "fetch more history" GitError unless `rev` names a commit this clone has. */
export function requireRevision(cwd: string, rev: string): void {
  if (!hasRevision(cwd, rev)) throw missingHistory(rev);
}

function missingHistory(rev: string): GitError {
  return new GitError(
    `the git revision \`${rev}\` is not in this clone (a shallow clone, or the branch was not fetched)`,
    "fetch more history: `git fetch --unshallow` (or `git fetch origin <branch>`); in GitHub Actions set `fetch-depth: 0` on actions/checkout, in GitLab CI set `GIT_DEPTH: 0`",
  );
}

/**
 * Repository-relative paths (relative to `cwd`, forward slashes) changed since `rev`: committed
 * since the merge base (`rev...HEAD`), plus staged, unstaged and untracked files. Deleted files
 * are left out.
 */
export function changedSince(cwd: string, rev: string): string[] {
  if (!hasRevision(cwd, rev)) throw missingHistory(rev);
  let committed: string[];
  try {
    committed = lines(git(cwd, ["diff", "--name-only", "--relative", "--diff-filter=d", "-z", `${rev}...HEAD`]));
  } catch (e) {
    if (e instanceof GitError && /merge base/i.test(e.message)) throw missingHistory(rev);
    throw e;
  }
  const uncommitted = lines(git(cwd, ["diff", "--name-only", "--relative", "--diff-filter=d", "-z", "HEAD"]));
  const untracked = lines(git(cwd, ["ls-files", "--others", "--exclude-standard", "-z"]));
  return [...new Set([...committed, ...uncommitted, ...untracked])].sort();
}

/** Paths (relative to `cwd`) that differ between two revisions, deleted ones included. */
export function changedBetween(cwd: string, a: string, b: string): string[] {
  for (const rev of [a, b]) if (!hasRevision(cwd, rev)) throw missingHistory(rev);
  return lines(git(cwd, ["diff", "--name-only", "--relative", "-z", a, b])).sort();
}
