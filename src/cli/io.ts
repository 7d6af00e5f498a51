// The CLI's edge: where output goes, colour, exit codes, and reading blueprints (YAML, JSON or a compiled DSL module)
// for every verb. Verbs get a CommandContext and never touch process.* themselves.
import { stat } from "node:fs/promises";
import { formatNumber } from "../text/numbers.js";
import { isAbsolute, resolve } from "node:path";
import { pathToFileURL } from "node:url";
import { loadErrors } from "../blueprint/errors.js";
import type { AIFactoryBlueprint } from "../blueprint/generated/blueprint-types.js";
import {
  DEFAULT_BLUEPRINT_DISPLAY,
  analyzeBlueprint,
  analyzeFile,
  defaultBlueprintPath,
  type AnalyzeOptions,
  type Analysis,
} from "../check/analyze.js";
import type { Finding } from "../findings/finding.js";

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
    process.exit(2); // any other failure of the output itself: nothing left to report it on

  });
}

export function processIo(): CliIo {
  exitQuietlyOnClosedPipe(process.stdout);
  exitQuietlyOnClosedPipe(process.stderr);
  return {
    stdout: (text) => void process.stdout.write(text),
    stderr: (text) => void process.stderr.write(text),
    cwd: process.cwd(),
    isTTY: process.stdout.isTTY === true,
    env: process.env,
  };
}

/** Exit codes: 0 clean, 1 the blueprint has errors, 2 usage or I/O problems. */
export const EXIT_OK = 0;
export const EXIT_FINDINGS = 1;
export const EXIT_USAGE = 2;

/** A mistake in how the CLI was called: reported as one line, exit code 2. */
export class UsageError extends Error {
  override readonly name = "UsageError";
}

export interface Style {
  readonly error: (s: string) => string;
  readonly warning: (s: string) => string;
  readonly info: (s: string) => string;
  readonly bold: (s: string) => string;
  readonly dim: (s: string) => string;
  readonly ok: (s: string) => string;
}

/** ANSI styling when stdout is a TTY and NO_COLOR is unset or empty (no-color.org). */
export function styleFor(io: CliIo): Style {
  const enabled = io.isTTY === true && !(io.env?.["NO_COLOR"] ?? "");
  const sgr = (open: number, close: number) => (s: string) => (enabled ? `\u001b[${open}m${s}\u001b[${close}m` : s);
  return { error: sgr(31, 39), warning: sgr(33, 39), info: sgr(36, 39), bold: sgr(1, 22), dim: sgr(2, 22), ok: sgr(32, 39) };
}

export interface CommandContext {
  readonly io: CliIo;
  readonly style: Style;
  /** Raise the exit code of this run (the highest one set wins). */
  readonly exit: (code: number) => void;
}

const TS_FILE = /\.[cm]?ts$/;
const JS_MODULE = /\.[cm]?js$/;

/**
 * Analyzes each named blueprint, or the bundled default when none is named. YAML and JSON files are read as text;
 * a compiled DSL module (.js/.mjs) is imported and its default export checked like a file.
 */
export async function analyzeInputs(files: readonly string[], io: CliIo, options: AnalyzeOptions = {}): Promise<Analysis[]> {
  if (files.length === 0) {
    const analysis = await analyzeFile(defaultBlueprintPath(), { ...options, cwd: io.cwd });
    return [renameFile(analysis, DEFAULT_BLUEPRINT_DISPLAY)];
  }
  const out: Analysis[] = [];
  for (const file of files) out.push(await analyzeInput(file, io, options));
  return out;
}

async function analyzeInput(file: string, io: CliIo, options: AnalyzeOptions): Promise<Analysis> {
  if (TS_FILE.test(file)) return failed(file, loadErrors.typeScriptNeedsBuild(file));
  if (!JS_MODULE.test(file)) return analyzeFile(file, { ...options, cwd: io.cwd });
  const full = isAbsolute(file) ? file : resolve(io.cwd, file);
  const exists = await stat(full).then(
    (s) => s.isFile(),
    () => false,
  );
  if (!exists) return failed(file, loadErrors.fileNotFound(file));
  const loaded = await importBlueprint(full);
  if ("reason" in loaded) return failed(file, loadErrors.cannotLoadModule(file, loaded.reason));
  return analyzeBlueprint(loaded.blueprint, file, options);
}

async function importBlueprint(full: string): Promise<{ blueprint: AIFactoryBlueprint } | { reason: string }> {
  let mod: Record<string, unknown>;
  try {
    mod = (await import(pathToFileURL(full).href)) as Record<string, unknown>;
  } catch (e) {
    // The user's module failed to load or threw while building: that is a finding about their file, not a crash.
    return { reason: e instanceof Error ? e.message.split("\n")[0] ?? e.name : String(e) };
  }
  const value = mod["default"] ?? mod["blueprint"];
  if (value === null || typeof value !== "object") return { reason: "it has no default export (export default blueprint(...))" };
  // The schema check that follows decides whether it really is a blueprint.
  return { blueprint: value as AIFactoryBlueprint };
}

function failed(file: string, finding: Finding): Analysis {
  return { file, findings: [{ ...finding, location: { file, line: 1, column: 1 } }] };
}

function renameFile(analysis: Analysis, file: string): Analysis {
  return {
    ...analysis,
    file,
    findings: analysis.findings.map((f) => (f.location ? { ...f, location: { ...f.location, file } } : f)),
  };
}

/** Exit code for a set of analyses: 2 when a file could not be read or loaded, 1 on errors, else 0. */
export function exitCodeFor(analyses: readonly Analysis[]): number {
  const all = analyses.flatMap((a) => a.findings);
  if (all.some((f) => f.code.startsWith("AIF-IO"))) return EXIT_USAGE;
  return all.some((f) => f.severity === "error") ? EXIT_FINDINGS : EXIT_OK;
}

export { formatNumber };

export function plural(n: number, word: string): string {
  return `${formatNumber(n, 0)} ${word}${n === 1 ? "" : "s"}`;
}
