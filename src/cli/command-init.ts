/** `bcreport init [dir]`: scaffold a department repository; never overwrite a file. */
import { mkdirSync } from "node:fs";
import { basename, relative, resolve } from "node:path";
import type { Command } from "commander";
import { nodeWorld } from "../world.js";
import { repoDir } from "./command-check.js";
import { createFiles } from "./command-new.js";
import { EXIT } from "./exit-codes.js";
import type { CliIo } from "./io.js";
import { VERSION } from "./main.js";

export function registerInit(program: Command, io: CliIo, setCode: (c: number) => void): void {
  program
    .command("init")
    .description("create a department repository: bcreport.yaml, templates/, CI for GitHub and GitLab, .gitignore, package.json")
    .argument("[dir]", "the folder to create it in (default: the -C folder, i.e. the current one)")
    .action(async (dir: string | undefined) => {
      const { planInit } = await import("../commands/init-repo.js");
      const root = resolve(repoDir(program, io), dir ?? ".");
      mkdirSync(root, { recursive: true });
      const files = planInit(nodeWorld(root, io.env), basename(root), VERSION);
      if (files.find((f) => f.path === "bcreport.yaml")?.exists) {
        io.stderr(`error: ${root} already has a bcreport.yaml; init does not overwrite files\n  hint: start a period with \`bcreport new <period>\`\n`);
        return setCode(EXIT.usage);
      }
      const error = createFiles(root, files.filter((f) => !f.exists), io);
      for (const f of files.filter((x) => x.exists)) io.stdout(`kept ${f.path} (already exists)\n`);
      if (error) {
        io.stderr(`error: ${error}\n`);
        return setCode(EXIT.usage);
      }
      const rel = relative(io.cwd, root);
      const cd = rel.startsWith("..") ? root : rel;
      const kept = files.some((f) => f.path === "package.json" && f.exists);
      io.stdout(
        [
          "next:",
          ...(cd ? [`  cd ${cd}`] : []),
          "  1. edit bcreport.yaml: your agency, units (with their reviewers), signers and outline",
          kept ? "  2. npm install --save-dev bcreport   (your package.json was kept); commit package-lock.json" : "  2. npm install   and commit package.json with package-lock.json (CI runs `npm ci`)",
          "  3. npx bcreport new <YYYY-MM>   creates the period's report file and a stub per unit and section",
          "  4. npx bcreport codeowners      gives each unit's reviewers its fragments",
          "  5. npx bcreport build <YYYY-MM> writes out/<YYYY-MM>/monthly.docx and .pdf",
          "",
        ].join("\n"),
      );
      setCode(EXIT.ok);
    });
}
