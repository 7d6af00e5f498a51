// Runs a command to completion and keeps everything it said: the test bed reports a failing step with the
// command line, its exit code and the API server's own words (stderr), never a summary of them.
import { spawn } from "node:child_process";

export interface RunResult {
  readonly command: string;
  readonly code: number | null;
  readonly stdout: string;
  readonly stderr: string;
}

export interface RunOptions {
  readonly input?: string;
  readonly env?: NodeJS.ProcessEnv;
  readonly cwd?: string;
  /** @default 120_000 */
  readonly timeoutMs?: number;
}

export function run(file: string, args: readonly string[], options: RunOptions = {}): Promise<RunResult> {
  const command = [file, ...args].map((a) => (/^[\w./:=,@+-]+$/.test(a) ? a : JSON.stringify(a))).join(" ");
  return new Promise((resolve, reject) => {
    const child = spawn(file, args, {
      env: options.env ?? process.env,
      cwd: options.cwd,
      stdio: ["pipe", "pipe", "pipe"],
    });
    const out: Buffer[] = [];
    const err: Buffer[] = [];
    child.stdout.on("data", (b: Buffer) => out.push(b));
    child.stderr.on("data", (b: Buffer) => err.push(b));
    const timer = setTimeout(() => child.kill("SIGKILL"), options.timeoutMs ?? 120_000);
    child.on("error", (e) => {
      clearTimeout(timer);
      reject(new Error(`cannot run ${command}: ${e.message}`));
    });
    child.on("close", (code) => {
      clearTimeout(timer);
      resolve({ command, code, stdout: Buffer.concat(out).toString("utf8"), stderr: Buffer.concat(err).toString("utf8") });
    });
    // A command that exits before reading all its input (kubectl refusing its arguments) closes the pipe: the EPIPE
    // is not an error of the run, whose exit code and output say what happened.
    child.stdin.on("error", (e: NodeJS.ErrnoException) => {
      if (e.code !== "EPIPE") reject(e);
    });
    child.stdin.end(options.input ?? "");
  });
}

/** The result as a failure message: what ran, how it ended, and what it printed. */
export function describeRun(r: RunResult): string {
  const parts = [`$ ${r.command}`, `exit ${r.code ?? "killed"}`];
  if (r.stdout.trim() !== "") parts.push(`stdout:\n${r.stdout.trimEnd()}`);
  if (r.stderr.trim() !== "") parts.push(`stderr:\n${r.stderr.trimEnd()}`);
  return parts.join("\n");
}

/** Runs and throws (with describeRun) unless the command exits 0. */
export async function runOk(file: string, args: readonly string[], options: RunOptions = {}): Promise<RunResult> {
  const r = await run(file, args, options);
  if (r.code !== 0) throw new Error(describeRun(r));
  return r;
}
