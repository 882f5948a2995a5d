/** Start `bcreport preview` as a real process (the bin) and read its URL from stdout. */
import { spawn, type ChildProcess } from "node:child_process";
import { fileURLToPath } from "node:url";

const BIN = fileURLToPath(new URL("../../bin/bcreport.cjs", import.meta.url));

export interface PreviewProcess {
  child: ChildProcess;
  url: string;
  output(): string;
  /** Ctrl-C, then the exit code. */
  stop(): Promise<number | null>;
}

export function startPreviewProcess(dir: string, args: string[]): Promise<PreviewProcess> {
  const child = spawn(process.execPath, [BIN, "-C", dir, "preview", ...args], {
    env: { ...process.env, SOURCE_DATE_EPOCH: "1700000000", NO_COLOR: "1" },
    stdio: ["ignore", "pipe", "pipe"],
  });
  let out = "";
  const exited = new Promise<number | null>((resolve) => child.once("exit", (code) => resolve(code)));
  return new Promise((resolve, reject) => {
    const onData = (chunk: Buffer) => {
      out += chunk.toString();
      const m = /(http:\/\/\S+\/)/.exec(out); // "… at <url>" or "… tại <url>"
      if (m) resolve({ child, url: m[1]!, output: () => out, stop: () => (child.kill("SIGINT"), exited) });
    };
    child.stdout!.on("data", onData);
    child.stderr!.on("data", (c: Buffer) => void (out += c.toString()));
    void exited.then((code) => reject(new Error(`preview exited (${code}) before printing its URL:\n${out}`)));
  });
}
