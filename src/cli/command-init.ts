/** `bcreport init [dir]`: scaffold a department repository; never overwrite a file. */
import { mkdirSync } from "node:fs";
import { basename, relative, resolve } from "node:path";
import type { Command } from "commander";
import { nodeWorld } from "../world.js";
import { startDir } from "./command-check.js";
import { inGitRepo } from "./find-repo.js";
import { createFiles } from "./command-new.js";
import { resolveToday } from "./command-status.js";
import { writeRepoSchemas } from "./command-schema.js";
import { EXIT } from "./exit-codes.js";
import { say, type CliIo } from "./io.js";
import { problemLines } from "./problem-lines.js";
import { vendorBcreport } from "./vendor-bcreport.js";

export function registerInit(program: Command, io: CliIo, setCode: (c: number) => void): void {
  program
    .command("init")
    .description(say(io, "cli.init.description"))
    .argument("[dir]", say(io, "cli.init.dir"))
    .option("--from <source>", say(io, "cli.init.from"))
    .action(async (dir: string | undefined, opts: { from?: string }) => {
      const { planInit } = await import("../commands/init-repo.js");
      const root = resolve(startDir(program, io), dir ?? ".");
      mkdirSync(root, { recursive: true });
      if (nodeWorld(root, io.env).fileSize("bcreport.yaml") !== undefined) {
        io.stderr(
          `${say(io, "error")}: ${say(io, "cli.init.exists", { root })}\n  ${say(io, "hint")}: ${say(io, "cli.init.exists.hint")}\n`,
        );
        return setCode(EXIT.usage);
      }
      const vendored = vendorBcreport(root, opts.from, io.cwd, io.env);
      if ("error" in vendored) {
        io.stderr(problemLines(io, vendored.error, vendored.hint));
        return setCode(EXIT.usage);
      }
      const files = planInit(nodeWorld(root, io.env), basename(root), vendored.dependency, io.lang ?? "en");
      const error = createFiles(
        root,
        files.filter((f) => !f.exists),
        io,
      );
      if (vendored.created) io.stdout(say(io, "cli.created", { file: vendored.created }) + "\n");
      if (vendored.kept) io.stdout(say(io, "cli.kept", { file: vendored.kept }) + "\n");
      for (const f of files.filter((x) => x.exists)) io.stdout(say(io, "cli.kept", { file: f.path }) + "\n");
      if (error) {
        io.stderr(`${say(io, "error")}: ${error}\n`);
        return setCode(EXIT.usage);
      }
      // bcreport.yaml's `$schema` line points into schemas/: write it now.
      const schemaCode = await writeRepoSchemas(root, io, true);
      if (schemaCode !== EXIT.ok) return setCode(schemaCode);
      const rel = relative(io.cwd, root);
      const cd = rel.startsWith("..") ? root : rel;
      const kept = files.some((f) => f.path === "package.json" && f.exists);
      // The scaffold's kind is monthly: name this month as the example period.
      const today = resolveToday(undefined, io.env);
      const month = /^\d{4}-\d{2}/.test(today) ? today.slice(0, 7) : "2024-05";
      const steps = [
        // `bcreport diff`, the CI and the commits of step 2 need a git repository.
        ...(inGitRepo(root) ? [] : [`git init   ${say(io, "cli.init.step-git")}`]),
        say(io, "cli.init.step-config"),
        kept
          ? `npm install --save-dev ${vendored.dependency}   ${say(io, "cli.init.step-install-kept")}`
          : `npm install   ${say(io, vendored.created || vendored.kept ? "cli.init.step-install-vendor" : "cli.init.step-install")}`,
        // `npx --no-install`: runs the installed bcreport and never fetches a package of that name.
        `npx --no-install bcreport new ${month}     ${say(io, "cli.init.step-new")}`,
        `npx --no-install bcreport codeowners     ${say(io, "cli.init.step-codeowners")}`,
        `npx --no-install bcreport build ${month}   ${say(io, "cli.init.step-build", { month })}`,
      ];
      io.stdout(
        [
          say(io, "cli.init.next"),
          ...(cd ? [`  cd ${cd}`] : []),
          ...steps.map((step, i) => `  ${i + 1}. ${step}`),
          "",
        ].join("\n"),
      );
      setCode(EXIT.ok);
    });
}
