/**
 * The few git commands the workflow needs, run with `execFileSync("git", …)` in the repository
 * (`execFile` where several run at once).
 * Failures come back as values (`GitError`), never as thrown exceptions or printed text.
 */
import { execFile, execFileSync } from "node:child_process";
import { ProblemError } from "../diagnostics/problem-error.js";
import { msg } from "../messages/index.js";

/** A git failure: its message and hint are catalogue messages (`git.*`), printed by the CLI. */
export class GitError extends ProblemError {
  override name = "GitError";
}

const MAX_BUFFER = 256 * 1024 * 1024;

/** A failed git run as a GitError: not installed, or git's first error line. */
function gitError(args: string[], e: unknown): GitError {
  const err = e as { code?: string; stderr?: Buffer | string; message?: string };
  if (err.code === "ENOENT") return new GitError(msg("git.not-installed"), msg("git.not-installed.hint"));
  const first = (err.stderr?.toString() ?? err.message ?? "").trim().split("\n")[0] ?? "";
  return new GitError(msg("git.failed", { command: `git ${args.join(" ")}`, detail: first }));
}

/** Run git in `cwd`; returns stdout as bytes, or throws a GitError with git's first error line. */
export function gitBytes(cwd: string, args: string[], input?: string): Buffer {
  try {
    return execFileSync("git", args, {
      cwd,
      stdio: ["pipe", "pipe", "pipe"],
      maxBuffer: MAX_BUFFER,
      ...(input !== undefined ? { input } : {}),
    });
  } catch (e) {
    throw gitError(args, e);
  }
}

/** `git` without waiting: several can run at once. Resolves to stdout; rejects with a GitError. */
function gitAsync(cwd: string, args: string[]): Promise<string> {
  return new Promise((resolve, reject) => {
    execFile("git", args, { cwd, encoding: "utf8", maxBuffer: MAX_BUFFER }, (e, stdout) =>
      e ? reject(gitError(args, e)) : resolve(stdout),
    );
  });
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

/**
 * Throws "unknown revision" unless `rev` names a commit this clone has. The fetch-more-history hint
 * comes only when history could be missing: a shallow clone, or `<remote>/<branch>` of a remote
 * this clone has but a branch it has not fetched.
 */
export function requireKnownRevision(cwd: string, rev: string): void {
  if (hasRevision(cwd, rev)) return;
  const shallow = git(cwd, ["rev-parse", "--is-shallow-repository"]).trim() === "true";
  const remotes = git(cwd, ["remote"]).split("\n").filter(Boolean);
  const unfetched = remotes.some((r) => rev.startsWith(`${r}/`));
  if (shallow || unfetched) throw missingHistory(rev);
  throw new GitError(msg("git.unknown-revision", { rev }), msg("git.unknown-revision.hint"));
}

function missingHistory(rev: string): GitError {
  return new GitError(msg("git.missing-history", { rev }), msg("git.missing-history.hint"));
}

/**
 * Repository-relative paths (relative to `cwd`, forward slashes) changed since `rev`: committed
 * since the merge base (`rev...HEAD`), plus staged, unstaged and untracked files. Deleted files
 * are left out. The three listings run at the same time (in CI this is the whole of what
 * `--changed-since` adds to a check).
 */
export async function changedSince(cwd: string, rev: string): Promise<string[]> {
  if (!hasRevision(cwd, rev)) throw missingHistory(rev);
  const committed = gitAsync(cwd, [
    "diff",
    "--name-only",
    "--relative",
    "--diff-filter=d",
    "-z",
    `${rev}...HEAD`,
  ]).catch((e: unknown) => {
    throw e instanceof GitError && /merge base/i.test(e.message) ? missingHistory(rev) : e;
  });
  const uncommitted = gitAsync(cwd, ["diff", "--name-only", "--relative", "--diff-filter=d", "-z", "HEAD"]);
  const untracked = gitAsync(cwd, ["ls-files", "--others", "--exclude-standard", "-z"]);
  const all = await Promise.all([committed, uncommitted, untracked]);
  return [...new Set(all.flatMap(lines))].sort();
}

/** Paths (relative to `cwd`) that differ between two revisions, deleted ones included. */
export function changedBetween(cwd: string, a: string, b: string): string[] {
  for (const rev of [a, b]) if (!hasRevision(cwd, rev)) throw missingHistory(rev);
  return lines(git(cwd, ["diff", "--name-only", "--relative", "-z", a, b])).sort();
}
