import { run } from "../../src/cli/main.js";
import type { CliIo } from "../../src/cli/io.js";

export interface RunResult {
  readonly code: number;
  readonly stdout: string;
  readonly stderr: string;
}

/** Runs the CLI in memory, like a user in `cwd` would. */
export async function runCli(args: readonly string[], io: Partial<CliIo> = {}): Promise<RunResult> {
  let stdout = "";
  let stderr = "";
  const code = await run(args, {
    stdout: (s) => void (stdout += s),
    stderr: (s) => void (stderr += s),
    cwd: io.cwd ?? new URL("../..", import.meta.url).pathname,
    isTTY: io.isTTY ?? false,
    env: io.env ?? {},
  });
  return { code, stdout, stderr };
}
