// The aifactory CLI. `main` is what bin/aifactory.js calls; `run(args, io)` returns the exit code and is what tests call.
// Adding a verb: a file src/cli/commands/<verb>.ts exporting register<Verb>(program, ctx), plus one line in COMMANDS.
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { Command, CommanderError } from "commander";
import { packageRoot } from "../check/analyze.js";
import { registerCatalog } from "./commands/catalog.js";
import { registerExplain } from "./commands/explain.js";
import { registerInit } from "./commands/init.js";
import { registerKind } from "./commands/kind.js";
import { registerPlan } from "./commands/plan.js";
import { registerSynth } from "./commands/synth.js";
import { registerValidate } from "./commands/validate.js";
import { registerVerify } from "./commands/verify.js";
import { escapeUnsafe } from "../io/escape.js";
import { KindError } from "../kind/errors.js";
import { EXIT_INTERNAL, EXIT_OK, EXIT_USAGE, UsageError, processIo, styleFor, type CliIo, type CommandContext } from "./io.js";

export type RegisterCommand = (program: Command, ctx: CommandContext) => void;

const COMMANDS: readonly RegisterCommand[] = [
  registerValidate,
  registerCatalog,
  registerKind,
  registerPlan,
  registerSynth,
  registerExplain,
  registerVerify,
  registerInit,
];

/** Runs the CLI; `commands` is for tests (the default is every verb). */
export async function run(args: readonly string[], io: CliIo, commands: readonly RegisterCommand[] = COMMANDS): Promise<number> {
  let code = EXIT_OK;
  const ctx: CommandContext = { io, style: styleFor(io), exit: (c) => void (code = Math.max(code, c)) };
  const program = new Command("aifactory")
    .description("Infrastructure-as-code blueprints for AI factories: validate capacity, synthesize Terraform and Kubernetes manifests.")
    .version(packageVersion(), "-V, --version", "print the aifactory version")
    .option("--debug", "print stack traces of internal errors")
    .showSuggestionAfterError(true)
    .exitOverride()
    .configureOutput({
      writeOut: io.stdout,
      writeErr: io.stderr,
      outputError: (message, write) => write(message.startsWith("error:") ? `aifactory: ${message}` : message),
    });
  for (const register of commands) register(program, ctx);
  program.commands.forEach((c) => c.exitOverride().configureOutput(program.configureOutput()));

  try {
    await program.parseAsync([...args], { from: "user" });
    return code;
  } catch (e) {
    return reportError(e, io, args.includes("--debug"));
  }
}

/**
 * The one place errors are handled: each class of error the verbs and the library throw becomes one line on stderr
 * (escaped: it may quote a file name) and its exit code; anything else is an internal error (a bug).
 */
export function reportError(e: unknown, io: CliIo, debug: boolean): number {
  if (e instanceof CommanderError) return e.exitCode === 0 ? EXIT_OK : EXIT_USAGE; // help, version; usage errors (printed by commander)
  const line = (message: string) => io.stderr(`aifactory: error: ${escapeUnsafe(message)}\n`);
  if (e instanceof UsageError || isNamed(e, "OutputRefusedError")) {
    line(e.message);
    return EXIT_USAGE;
  }
  if (e instanceof KindError) {
    line(e.message);
    return e.exitCode;
  }
  if (e instanceof Error && (e as NodeJS.ErrnoException).code === "ERR_INVALID_ARG_VALUE") {
    line(`invalid path or argument: ${e.message}`); // e.g. a NUL byte in a path
    return EXIT_USAGE;
  }
  if (isFileSystemError(e)) {
    line(`${e.message}; check the path and its permissions`);
    return EXIT_USAGE;
  }
  const message = e instanceof Error ? e.message : String(e);
  io.stderr(`aifactory: internal error: ${escapeUnsafe(message)}\n`);
  io.stderr(debug && e instanceof Error && e.stack ? `${e.stack}\n` : "Run again with --debug for the stack trace, and please report it.\n");
  return EXIT_INTERNAL;
}

/** The version in package.json, read when the CLI runs (not at import). */
function packageVersion(): string {
  const pkg = JSON.parse(readFileSync(join(packageRoot(), "package.json"), "utf8")) as { version?: unknown };
  return typeof pkg.version === "string" ? pkg.version : "unknown";
}

/** By name: src/output is loaded only by the verbs that write, not at start-up. */
function isNamed(e: unknown, name: string): e is Error {
  return e instanceof Error && e.name === name;
}

/** A failed read or write of the file system (ENOENT, EACCES, ENOTDIR, ...) is an I/O problem, not a bug. */
function isFileSystemError(e: unknown): e is NodeJS.ErrnoException {
  return e instanceof Error && typeof (e as NodeJS.ErrnoException).code === "string" && typeof (e as NodeJS.ErrnoException).syscall === "string";
}

/** Entry point of bin/aifactory.js: never throws, returns the process exit code. */
export function main(argv: readonly string[]): Promise<number> {
  return run(argv, processIo());
}
