// The cdktf app (cdktf.json: "app": "node dist/src/cli/cdktf-app.js"), an entry point like the CLI. Which blueprint:
//   1. the environment variable AIFACTORY_BLUEPRINT, else
//   2. the cdktf context key "blueprint" (cdktf.json "context", which the cdktf CLI passes in CDKTF_CONTEXT_JSON), else
//   3. the bundled default, blueprints/openai-nvidia-10gw.yaml.
// Likewise AIFACTORY_PROFILE / context "profile" ("default" or "kind"). The blueprint is read like the CLI's
// (bounded reader; a .js/.mjs DSL module in a child process). Findings: errors fail the synthesis with
// `aifactory validate`'s lines; warnings are printed, synthesis goes on.
//
// Output: cdktf synthesizes into a scratch directory; its files are then written into CDKTF_OUTDIR (default
// cdktf.out) by updateTreeInPlace, which keeps the Terraform state and .terraform/ that `cdktf deploy` puts in the
// stack directories, replaces each file atomically under a journal the next run completes, and removes the stacks of
// clusters the blueprint no longer has. Unlike `aifactory synth --out` the tree is not swapped as a whole (it would
// take the state with it): see src/output/update-tree.ts for what that cannot promise.
//
// Exit codes: 0 written, 1 the blueprint has errors, 2 a file or environment problem (as the CLI's).
import { resolve } from "node:path";
import { pathToFileURL } from "node:url";
import { DEFAULT_BLUEPRINT_DISPLAY, packageRoot } from "../check/analyze.js";
import { escapeUnsafe } from "../io/escape.js";
import { findingLines } from "../report/validate-text.js";
import { analyzeInputs, exitCodeFor } from "./inputs.js";
import { EXIT_FINDINGS, EXIT_OK, EXIT_USAGE, UsageError, styleFor, type CliIo } from "./io.js";

export const BLUEPRINT_ENV = "AIFACTORY_BLUEPRINT";
export const PROFILE_ENV = "AIFACTORY_PROFILE";
export const CONTEXT_ENV = "CDKTF_CONTEXT_JSON";
export const OUTDIR_ENV = "CDKTF_OUTDIR";
export const BLUEPRINT_CONTEXT = "blueprint";
export const PROFILE_CONTEXT = "profile";

type Env = Readonly<Record<string, string | undefined>>;

/** The cdktf context from CDKTF_CONTEXT_JSON: a JSON object, or an error naming the variable. */
export function cdktfContext(env: Env): Readonly<Record<string, unknown>> {
  const text = env[CONTEXT_ENV];
  if (text === undefined || text.trim() === "") return {};
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (e) {
    throw new UsageError(`${CONTEXT_ENV} is not valid JSON (${e instanceof Error ? e.message : String(e)}); it holds the cdktf context, e.g. {"blueprint": "blueprints/dev-kind.yaml"}`);
  }
  if (value === null || typeof value !== "object" || Array.isArray(value)) {
    throw new UsageError(`${CONTEXT_ENV} must be a JSON object (the cdktf context), got ${JSON.stringify(value)}`);
  }
  return value as Record<string, unknown>;
}

/** A setting from its environment variable, else its context key; a context value that is not a string is an error. */
function setting(env: Env, context: Readonly<Record<string, unknown>>, variable: string, key: string): string | undefined {
  const fromEnv = env[variable];
  if (fromEnv !== undefined && fromEnv !== "") return fromEnv;
  const value = context[key];
  if (value === undefined || value === null) return undefined;
  if (typeof value !== "string" || value === "") {
    throw new UsageError(`the cdktf context key "${key}" must be a non-empty string (a ${key === BLUEPRINT_CONTEXT ? "blueprint path" : "profile name"}), got ${JSON.stringify(value)}`);
  }
  return value;
}

function profileOf(value: string | undefined): "default" | "kind" {
  if (value === undefined || value === "default") return "default";
  if (value === "kind") return "kind";
  throw new UsageError(`unknown profile "${value}" (${PROFILE_ENV} or context "${PROFILE_CONTEXT}"): use "default" or "kind"`);
}

/** The app: returns its exit code. Errors of the cdktf synthesis (the findings' validation) propagate. */
export async function runCdktfApp(env: Env, io: CliIo): Promise<number> {
  const context = cdktfContext(env);
  const chosen = setting(env, context, BLUEPRINT_ENV, BLUEPRINT_CONTEXT);
  const profile = profileOf(setting(env, context, PROFILE_ENV, PROFILE_CONTEXT));
  // The default is read from the package, and named in messages as users see it in the repository.
  const [analysis] =
    chosen === undefined ? await analyzeInputs([], { cwd: packageRoot(), profile }) : await analyzeInputs([chosen], { cwd: io.cwd, profile });
  if (analysis === undefined) throw new Error(`no blueprint analysed (${DEFAULT_BLUEPRINT_DISPLAY})`);
  if (analysis.objects === undefined) {
    for (const f of analysis.findings) io.stderr(`${findingLines(analysis.file, f, styleFor(io)).join("\n")}\n`);
    return Math.max(exitCodeFor([analysis]), EXIT_FINDINGS);
  }
  const { cdktfTerraformFiles } = await import("../synth/terraform/cdktf-synth.js");
  // Throws cdktf's validation error (every finding line) when the blueprint has errors: nothing is written.
  const files = await cdktfTerraformFiles(analysis.objects, analysis.findings, { file: analysis.file });
  const { updateTreeInPlace } = await import("../output/update-tree.js");
  await updateTreeInPlace(resolve(io.cwd, env[OUTDIR_ENV] || "cdktf.out"), files);
  return EXIT_OK;
}

/** The top of the app: a message (cdktf's validation text holds every finding line), no stack trace. */
export async function cdktfAppMain(env: Env, io: CliIo): Promise<number> {
  try {
    return await runCdktfApp(env, io);
  } catch (e) {
    const message = e instanceof Error ? e.message : String(e);
    io.stderr(`${e instanceof UsageError || (e instanceof Error && e.name === "OutputRefusedError") ? "aifactory: error: " : ""}${escapeUnsafe(message, { text: true })}\n`);
    return e instanceof UsageError || (e instanceof Error && (e.name === "OutputRefusedError" || typeof (e as NodeJS.ErrnoException).syscall === "string")) ? EXIT_USAGE : EXIT_FINDINGS;
  }
}

// Run only as the program (node dist/src/cli/cdktf-app.js), not when imported by tests.
if (process.argv[1] !== undefined && import.meta.url === pathToFileURL(resolve(process.argv[1])).href) {
  const { processIo } = await import("./io.js");
  process.exitCode = await cdktfAppMain(process.env, processIo());
}
