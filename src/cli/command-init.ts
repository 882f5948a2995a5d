/** `bcreport init [dir]`: scaffold a department repository; never overwrite a file. */
import { mkdirSync } from "node:fs";
import { basename, relative, resolve } from "node:path";
import type { Command } from "commander";
import { nodeWorld } from "../world.js";
import { startDir } from "./command-check.js";
import { createFiles } from "./command-new.js";
import { resolveToday } from "./command-status.js";
import { writeRepoSchemas } from "./command-schema.js";
import { EXIT } from "./exit-codes.js";
import type { CliIo } from "./io.js";
import { vendorBcreport } from "./vendor-bcreport.js";

export function registerInit(program: Command, io: CliIo, setCode: (c: number) => void): void {
  program
    .command("init")
    .description("create a department repository: bcreport.yaml, templates/, CI for GitHub and GitLab, .gitignore, package.json, vendor/")
    .argument("[dir]", "the folder to create it in (default: the -C folder, i.e. the current one)")
    .option("--from <source>", "where the repository installs bcreport from: a release .tgz (copied into vendor/) or a git URL (default: a copy of this bcreport in vendor/)")
    .action(async (dir: string | undefined, opts: { from?: string }) => {
      const { planInit } = await import("../commands/init-repo.js");
      const root = resolve(startDir(program, io), dir ?? ".");
      mkdirSync(root, { recursive: true });
      if (nodeWorld(root, io.env).fileSize("bcreport.yaml") !== undefined) {
        io.stderr(`error: ${root} already has a bcreport.yaml; init does not overwrite files\n  hint: start a period with \`bcreport new <period>\`\n`);
        return setCode(EXIT.usage);
      }
      const vendored = vendorBcreport(root, opts.from, io.cwd, io.env);
      if ("error" in vendored) {
        io.stderr(`error: ${vendored.error}\n`);
        return setCode(EXIT.usage);
      }
      const files = planInit(nodeWorld(root, io.env), basename(root), vendored.dependency);
      const error = createFiles(root, files.filter((f) => !f.exists), io);
      if (vendored.created) io.stdout(`created ${vendored.created}\n`);
      if (vendored.kept) io.stdout(`kept ${vendored.kept} (already exists)\n`);
      for (const f of files.filter((x) => x.exists)) io.stdout(`kept ${f.path} (already exists)\n`);
      if (error) {
        io.stderr(`error: ${error}\n`);
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
      io.stdout(
        [
          "next:",
          ...(cd ? [`  cd ${cd}`] : []),
          "  1. edit bcreport.yaml: your agency, units (with their reviewers), signers and outline",
          kept
            ? `  2. npm install --save-dev ${vendored.dependency}   (your package.json was kept); commit package-lock.json`
            : `  2. npm install   and commit package.json, package-lock.json, schemas/${vendored.created || vendored.kept ? " and vendor/" : ""} (CI runs \`npm ci\`)`,
          // `npx --no-install`: runs the installed bcreport and never fetches a package of that name.
          `  3. npx --no-install bcreport new ${month}     creates the month's report file and a stub per unit and section`,
          `  4. npx --no-install bcreport codeowners     gives each unit's reviewers its fragments`,
          `  5. npx --no-install bcreport build ${month}   writes out/${month}/monthly.docx and .pdf`,
          "",
        ].join("\n"),
      );
      setCode(EXIT.ok);
    });
}
