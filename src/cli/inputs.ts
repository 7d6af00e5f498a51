// Reading the blueprints named on a command line (or by the cdktf app's environment): YAML and JSON files through
// the one bounded reader, compiled DSL modules (.js/.mjs) in an isolated child process. Shared by every verb and the
// cdktf app entry; each problem is a located AIF-IO finding, never an exception.
import { isAbsolute, resolve } from "node:path";
import { loadErrors } from "../blueprint/errors.js";
import type { AIFactoryBlueprint } from "../blueprint/generated/blueprint-types.js";
import {
  DEFAULT_BLUEPRINT_DISPLAY,
  analyzeBlueprint,
  analyzeFile,
  analyzeText,
  defaultBlueprintPath,
  type AnalyzeOptions,
  type Analysis,
} from "../check/analyze.js";
import type { Finding } from "../findings/finding.js";
import { loadDslModule, type DslLimits } from "../io/dsl-module.js";
import { escapeUnsafe } from "../io/escape.js";
import { readBlueprintText } from "../blueprint/load.js";
import { EXIT_FINDINGS, EXIT_OK, EXIT_USAGE } from "./io.js";

const TS_FILE = /\.[cm]?ts$/;
const JS_MODULE = /\.[cm]?js$/;

export interface InputOptions extends AnalyzeOptions {
  /** Directory relative file names are read from. */
  readonly cwd: string;
  /** Limits of a DSL module's run. @default DSL_TIMEOUT_MS, DSL_MEMORY_MIB, DSL_MAX_BYTES */
  readonly dsl?: DslLimits;
}

/**
 * Analyzes each named blueprint, or the bundled default when none is named. Each file is named in findings and
 * outputs by its display name: the name as given, with control and bidi characters escaped (escapeUnsafe).
 */
export async function analyzeInputs(files: readonly string[], options: InputOptions): Promise<Analysis[]> {
  if (files.length === 0) {
    const analysis = await analyzeFile(defaultBlueprintPath(), options);
    return [renameFile(analysis, DEFAULT_BLUEPRINT_DISPLAY)];
  }
  const out: Analysis[] = [];
  for (const file of files) out.push(await analyzeInput(file, options));
  return out;
}

/** The name of a file as outputs show it. */
export function displayName(file: string): string {
  return escapeUnsafe(file);
}

async function analyzeInput(file: string, options: InputOptions): Promise<Analysis> {
  const shown = displayName(file);
  if (TS_FILE.test(file)) return failed(shown, loadErrors.typeScriptNeedsBuild(shown));
  const read = await readBlueprintText(file, { ...options, display: shown });
  if (!JS_MODULE.test(file)) return "finding" in read ? { file: shown, findings: [read.finding] } : analyzeText(read.text, shown, options);
  // A module goes through the bounded reader first too: a directory named x.js or a FIFO is named as such.
  // (Not UTF-8 is no reason to refuse it: Node decides what it can import.)
  if ("finding" in read && read.finding.code !== "AIF-IO004") return { file: shown, findings: [read.finding] };
  const full = isAbsolute(file) ? file : resolve(options.cwd, file);
  const loaded = await loadDslModule(full, { cwd: options.cwd, ...options.dsl });
  if ("reason" in loaded) return failed(shown, loadErrors.cannotLoadModule(shown, loaded.reason));
  // The schema check that follows decides whether it really is a blueprint.
  return analyzeBlueprint(loaded.value as AIFactoryBlueprint, shown, { ...options, origins: loaded.origins });
}

function failed(file: string, finding: Finding): Analysis {
  return { file, findings: [{ ...finding, location: { file, line: 1, column: 1 } }] };
}

/** The default blueprint is read from the package and named as users see it in the repository. */
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
