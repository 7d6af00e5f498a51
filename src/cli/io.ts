// The CLI's edge: where output goes, colour, exit codes. Verbs get a CommandContext and never touch process.*
// themselves. Everything written to the terminal passes escapeUnsafe: no control or bidi character from a file
// name or a blueprint reaches it raw.
import { escapeUnsafe } from "../io/escape.js";
import { ansiStyle, type Style } from "../report/validate-text.js";

export type { Style } from "../report/validate-text.js";

export interface CliIo {
  readonly stdout: (text: string) => void;
  readonly stderr: (text: string) => void;
  /** Directory relative paths are resolved against. */
  readonly cwd: string;
  /** Whether stdout is a terminal: colour only then. @default false */
  readonly isTTY?: boolean;
  /** Environment (NO_COLOR). @default {} */
  readonly env?: Readonly<Record<string, string | undefined>>;
}

/** A reader that stops early (`aifactory plan | head`) closes the pipe: stop quietly, as Unix tools do. */
function exitQuietlyOnClosedPipe(stream: NodeJS.WriteStream): void {
  if (stream.listenerCount("error") > 0) return;
  stream.on("error", (e: NodeJS.ErrnoException) => {
    if (e.code === "EPIPE") process.exit(process.exitCode ?? 0);
    process.exit(EXIT_USAGE); // any other failure of the output itself: nothing left to report it on
  });
}

export function processIo(): CliIo {
  exitQuietlyOnClosedPipe(process.stdout);
  exitQuietlyOnClosedPipe(process.stderr);
  return {
    stdout: (text) => void process.stdout.write(escapeUnsafe(text, { text: true })),
    stderr: (text) => void process.stderr.write(escapeUnsafe(text, { text: true })),
    cwd: process.cwd(),
    isTTY: process.stdout.isTTY === true,
    env: process.env,
  };
}

/** Exit codes (the README's table): 0 clean, 1 findings with errors, 2 usage, file or I/O problems, 3 internal errors. */
export const EXIT_OK = 0;
export const EXIT_FINDINGS = 1;
export const EXIT_USAGE = 2;
export const EXIT_INTERNAL = 3;

/** A mistake in how the CLI was called: reported as one line, exit code 2. */
export class UsageError extends Error {
  override readonly name = "UsageError";
}

/** ANSI styling when stdout is a TTY and NO_COLOR is unset or empty (no-color.org). */
export function styleFor(io: CliIo): Style {
  return ansiStyle(io.isTTY === true && !(io.env?.["NO_COLOR"] ?? ""));
}

export interface CommandContext {
  readonly io: CliIo;
  readonly style: Style;
  /** Raise the exit code of this run (the highest one set wins). */
  readonly exit: (code: number) => void;
}
