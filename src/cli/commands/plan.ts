// `aifactory plan [BLUEPRINT]`: the factory against the caps of its program, its findings, and with --base or
// --base-ref the changes against a base. The I/O lives here (files, git, output); src/report is pure.
import { execFile } from "node:child_process";
import { findingJson } from "../../findings/format.js";
import { isAbsolute, relative, resolve, sep } from "node:path";
import { promisify } from "node:util";
import { InvalidArgumentError, Option, type Command } from "commander";
import { analyzeText, DEFAULT_BLUEPRINT_DISPLAY, type Analysis } from "../../check/analyze.js";
import { hasErrors, type Finding } from "../../findings/finding.js";
import type { ResolvedFactory } from "../../model/types.js";
import type { ClusterObjects } from "../../objects/index.js";
// The report and the atomic writer are loaded when a plan runs (import() below), not when the CLI starts: every
// other verb (validate first) would pay for them (~10 ms).
import type { Plan, PlanDiff } from "../../report/index.js";
import { MAX_BLUEPRINT_BYTES } from "../../blueprint/errors.js";
import { escapeUnsafe } from "../../io/escape.js";
import { analyzeInputs } from "../inputs.js";
import { EXIT_FINDINGS, EXIT_OK, EXIT_USAGE, UsageError, type CliIo, type CommandContext } from "../io.js";

// The names only: the renderers (src/report/plan-formats.ts) load when the verb runs.
export type PlanFormat = "text" | "markdown" | "json" | "sarif";
const FORMATS: readonly PlanFormat[] = ["text", "markdown", "json", "sarif"];

export type FailOn = "error" | "warning" | "destroy";
const FAIL_ON: readonly FailOn[] = ["error", "warning", "destroy"];
const DEFAULT_FAIL_ON: readonly FailOn[] = ["error"];

/** "warning,destroy" → ["warning", "destroy"]; commander calls it once per --fail-on, so repeats add up. */
export function parseFailOn(value: string, previous: readonly FailOn[] | undefined = undefined): FailOn[] {
  const parts = value.split(",").map((p) => p.trim());
  const bad = parts.filter((p) => !FAIL_ON.includes(p as FailOn));
  if (bad.length > 0 || parts.length === 0) {
    throw new InvalidArgumentError(`expected error, warning or destroy (comma-separated), got "${escapeUnsafe(value)}"`);
  }
  // The default ["error"] is replaced by the first --fail-on, not added to.
  return [...new Set([...(previous ?? []), ...(parts as FailOn[])])];
}

export interface PlanCommandOptions {
  /** @default "text" */
  readonly format?: PlanFormat;
  /** Write the report here instead of standard output. */
  readonly out?: string;
  /** Compare with this blueprint file. */
  readonly base?: string;
  /** Compare with the same blueprint path at this git revision. */
  readonly baseRef?: string;
  /**
   * Exit 1 on findings of this severity or worse ("error", "warning"), and with "destroy" on any Terraform delete or
   * replace in the diff; a list, e.g. ["warning", "destroy"]. @default ["error"]
   */
  readonly failOn?: readonly FailOn[];
  /** @default 1 (full facility power all year) */
  readonly utilisation?: number;
  /** Markdown only: the longest report, in characters. @default 65,536 (GitHub's comment limit) */
  readonly maxChars?: number;
  /**
   * Terraform's own plans, `[STACK=]FILE` each (the JSON of `terraform show -json PLANFILE`); STACK may be left out
   * when the blueprint has one cluster. @default none
   */
  readonly terraformPlan?: readonly string[];
}

/** Largest plan JSON read: Terraform's JSON of a stack of a few thousand resources is a few MB. */
export const MAX_TERRAFORM_PLAN_BYTES = 64 * 1024 * 1024;

/** Stack name → Terraform JSON; loaded lazily so that a plan without a diff does not pay for cdktf. */
export type Synthesize = (objects: readonly ClusterObjects[], findings: readonly Finding[]) => Map<string, object>;

export interface PlanDeps {
  /** @default synthesizeTerraform from src/synth/terraform, imported on first use */
  readonly synthesize?: () => Promise<Synthesize>;
  /** Reads FILE at git revision REF (`git show REF:./FILE`, run in io.cwd). Returns undefined when the file is not there. */
  readonly gitShow?: (ref: string, file: string, cwd: string) => Promise<string | undefined>;
}

const defaultSynthesize = async (): Promise<Synthesize> => {
  const mod = await import("../../synth/terraform/index.js");
  return (objects, findings) => mod.synthesizeTerraform(objects, findings);
};

const run = promisify(execFile);

/** Runs git; resolves with its output, or undefined with git's stderr when it fails. */
async function git(args: readonly string[], cwd: string, maxBuffer: number): Promise<{ stdout: string } | { stderr: string; code: unknown }> {
  try {
    const { stdout } = await run("git", [...args], { cwd, maxBuffer, encoding: "utf8" });
    return { stdout };
  } catch (e) {
    const err = e as { stderr?: unknown; code?: unknown };
    return { stderr: typeof err.stderr === "string" ? err.stderr.trim() : String(e), code: err.code };
  }
}

export async function gitShow(ref: string, file: string, cwd: string): Promise<string | undefined> {
  const shown = escapeUnsafe(ref);
  if (ref.startsWith("-") || ref.includes(":")) throw new UsageError(`--base-ref "${shown}" is not a git revision`);
  // The revision first: only when it names a commit can a missing file mean "a blueprint new in this change".
  const commit = await git(["rev-parse", "--verify", "--quiet", "--end-of-options", `${ref}^{commit}`], cwd, 1024 * 1024);
  if (!("stdout" in commit)) {
    throw new UsageError(`--base-ref "${shown}" is not a commit in this repository${commit.stderr === "" ? "" : ` (${commit.stderr.split("\n")[0]})`}`);
  }
  const rel = isAbsolute(file) ? relative(cwd, file) : file;
  const path = `./${rel.split(sep).join("/").replace(/^\.\//, "")}`;
  const spec = `${commit.stdout.trim()}:${path}`;
  const listed = await git(["ls-tree", "--name-only", commit.stdout.trim(), "--", path], cwd, 1024 * 1024);
  if ("stdout" in listed && listed.stdout.trim() === "") return undefined;
  // Read through a bounded buffer: the base is a blueprint, limited like a file (limit + 1 byte: over means too large).
  const shownSpec = `${shown}:${escapeUnsafe(path)}`;
  const read = await git(["show", spec], cwd, MAX_BLUEPRINT_BYTES + 1);
  if ("stdout" in read) return read.stdout;
  if (read.code === "ERR_CHILD_PROCESS_STDIO_MAXBUFFER") {
    throw new UsageError(`cannot read ${shownSpec} from git: it is over the ${MAX_BLUEPRINT_BYTES.toLocaleString("en-US")}-byte limit for a blueprint`);
  }
  throw new UsageError(`cannot read ${shownSpec} from git: ${read.stderr}`);
}

function parseMaxChars(value: string): number {
  const n = Number(value);
  if (!Number.isInteger(n) || n < 1000) throw new InvalidArgumentError(`expected a whole number of characters, at least 1000, got "${value}"`);
  return n;
}

function parseUtilisation(value: string): number {
  const n = Number(value);
  if (!Number.isFinite(n) || n <= 0 || n > 1) throw new InvalidArgumentError(`utilisation must be a number in (0, 1], got "${value}"`);
  return n;
}

/**
 * Runs the verb and returns the exit code, as validate: 0 clean, 1 findings at --fail-on or worse (errors by default),
 * 2 usage, file or git problems (UsageError, thrown to the CLI's top).
 */
export async function runPlan(file: string | undefined, options: PlanCommandOptions, io: CliIo, deps: PlanDeps = {}): Promise<number> {
  const format = options.format ?? "text";
  if (!FORMATS.includes(format)) throw new UsageError(`unknown format "${String(format)}" (text, markdown, json, sarif)`);
  if (options.base !== undefined && options.baseRef !== undefined) throw new UsageError("give --base or --base-ref, not both");
  const utilisation = options.utilisation;
  if (utilisation !== undefined && !(utilisation > 0 && utilisation <= 1)) {
    throw new UsageError(`utilisation must be above 0 and at most 1, got ${utilisation}`);
  }

  const { buildPlan, costInput, diffCost, PLAN_FORMATS, renderWithoutPlan } = await import("../../report/index.js");
  const [head] = await analyzeInputs(file === undefined ? [] : [file], { cwd: io.cwd });
  if (head === undefined) throw new UsageError("no blueprint");
  const display = head.file;
  const failOn = options.failOn ?? ["error"];
  const failing = head.findings.some((f) => f.severity === "error" || (failOn.includes("warning") && f.severity === "warning"));
  const unreadable = head.findings.some((f) => f.code.startsWith("AIF-IO"));

  if (head.model === undefined) {
    // Nothing to measure: SARIF still carries the findings; the other formats say why there is no plan.
    await emit(renderWithoutPlan(format, head.findings.map(findingJson), display), options, io);
    return unreadable ? EXIT_USAGE : EXIT_FINDINGS;
  }

  const headCost = costInput(head.blueprint?.spec);
  const planOptions = { file: display, ...(utilisation === undefined ? {} : { utilisation }) };
  let planned: Plan = buildPlan(head.model, head.findings, { ...planOptions, ...(headCost === undefined ? {} : { cost: headCost }) });
  if (options.base !== undefined || options.baseRef !== undefined) {
    const { base, diff: d } = await diff(head as Analysis & { model: ResolvedFactory }, options, io, deps, display);
    // Cost deltas: the base's own cost section (its prices and figures) against the head's.
    const baseCost = base?.model === undefined ? undefined : costInput(base.blueprint?.spec);
    const baseCostPlan =
      base?.model === undefined || baseCost === undefined ? undefined : buildPlan(base.model, base.findings, { ...planOptions, cost: baseCost }).cost;
    const cost = planned.cost === undefined && baseCostPlan === undefined ? undefined : diffCost(baseCostPlan, planned.cost);
    planned = { ...planned, diff: cost === undefined ? d : { ...d, cost, changed: d.changed || cost.length > 0 } };
  }

  if (options.terraformPlan !== undefined && options.terraformPlan.length > 0) {
    planned = { ...planned, terraformPlans: await terraformPlans(options.terraformPlan, planned, io) };
  }

  const color = options.out === undefined && io.isTTY === true && !(io.env?.["NO_COLOR"] ?? "");
  const render = PLAN_FORMATS[format];
  await emit(render(planned, { color, ...(options.maxChars === undefined ? {} : { maxChars: options.maxChars }) }), options, io);
  // Either view counts: aifactory's diff, or Terraform's own plan of a stack.
  const destroys =
    (planned.diff?.terraform ?? []).some((s) => s.destructive.length > 0) ||
    (planned.terraformPlans ?? []).some((p) => p.resources.some((r) => r.terraform === "delete" || r.terraform === "replace"));
  if (failOn.includes("destroy") && planned.diff === undefined && planned.terraformPlans === undefined) {
    io.stderr("--fail-on destroy: no --base, --base-ref or --terraform-plan, so nothing is compared and nothing is destroyed\n");
  }
  return failing || (failOn.includes("destroy") && destroys) ? EXIT_FINDINGS : EXIT_OK;
}

async function diff(
  head: Analysis & { model: ResolvedFactory },
  options: PlanCommandOptions,
  io: CliIo,
  deps: PlanDeps,
  display: string,
): Promise<{ base: Analysis | undefined; diff: PlanDiff }> {
  let base: Analysis | undefined;
  let label: string;
  let note: string | undefined;
  if (options.baseRef !== undefined) {
    label = `${escapeUnsafe(options.baseRef)}:${display}`;
    const text = await (deps.gitShow ?? gitShow)(options.baseRef, display, io.cwd);
    if (text === undefined) note = `${display} does not exist at ${escapeUnsafe(options.baseRef)}: everything is new.`;
    else base = analyzeText(text, display);
  } else {
    [base] = await analyzeInputs([options.base ?? ""], { cwd: io.cwd });
    label = base?.file ?? "";
    if (base === undefined || base.findings.some((f) => f.code.startsWith("AIF-IO"))) {
      throw new UsageError(`cannot read --base ${label}: ${base?.findings[0]?.message ?? "unreadable"}`);
    }
  }
  if (base !== undefined && base.model === undefined) {
    note = `the base does not load (${base.findings.filter((f) => f.severity === "error").length} errors): everything is new.`;
  }
  const synthesize = await (deps.synthesize ?? defaultSynthesize)();
  // A blueprint with errors has no Terraform (synth refuses it, and its objects may clash, e.g. two tiers of one
  // name): the Terraform side of the diff is then left out, and the note says why.
  const headBroken = hasErrors(head.findings);
  const baseBroken = base?.model !== undefined && hasErrors(base.findings);
  const headTf = headBroken || head.objects === undefined ? new Map<string, object>() : synthesize(head.objects, head.findings);
  const baseTf =
    headBroken || base?.objects === undefined || baseBroken ? new Map<string, object>() : synthesize(base.objects, base.findings);
  if (headBroken) note = [note, "Terraform not compared: the blueprint has errors, so it has no Terraform."].filter(Boolean).join(" ");
  else if (baseBroken) note = [note, "the base has errors, so it has no Terraform: every Terraform resource is new."].filter(Boolean).join(" ");
  const { diffModels, diffTerraform } = await import("../../report/index.js");
  return {
    base,
    diff: diffModels(base?.model, head.model, label, {
      terraform: diffTerraform(baseTf, headTf),
      ...(note === undefined ? {} : { note }),
    }),
  };
}

/** Reads each --terraform-plan (bounded), checks it, and sets it against the diff of its stack. */
async function terraformPlans(specs: readonly string[], planned: Plan, io: CliIo): Promise<NonNullable<Plan["terraformPlans"]>> {
  const { readBoundedFile, describeReadProblem } = await import("../../io/read-file.js");
  const { mergeTerraformPlan, parseTerraformPlan } = await import("../../report/index.js");
  // One Terraform stack per cluster, named after it (src/synth/terraform clusterStackName).
  const stacks = planned.clusters.map((c) => c.name);
  const out: NonNullable<Plan["terraformPlans"]>[number][] = [];
  for (const spec of specs) {
    const m = /^([a-z0-9]([a-z0-9-]*[a-z0-9])?)=(.+)$/.exec(spec);
    const file = m === null ? spec : m[3]!;
    const shown = escapeUnsafe(file);
    let stack: string;
    if (m !== null) stack = m[1]!;
    else if (stacks.length === 1) stack = stacks[0]!;
    else throw new UsageError(`--terraform-plan ${shown}: say which stack it is (STACK=FILE); the stacks are ${stacks.join(", ")}`);
    if (!stacks.includes(stack)) throw new UsageError(`--terraform-plan ${escapeUnsafe(spec)}: no stack ${stack} in this blueprint (stacks: ${stacks.join(", ")})`);
    const read = await readBoundedFile(isAbsolute(file) ? file : resolve(io.cwd, file), { maxBytes: MAX_TERRAFORM_PLAN_BYTES });
    if ("problem" in read) throw new UsageError(`cannot read --terraform-plan ${shown}: ${describeReadProblem(read.problem)}`);
    const parsed = parseTerraformPlan(read.bytes.toString("utf8"));
    if ("errors" in parsed) {
      throw new UsageError(
        [`--terraform-plan ${shown} is not a Terraform plan aifactory can read:`, ...parsed.errors.map((e) => `  ${shown}:${e.line}:${e.column}: ${e.message}`)].join("\n"),
      );
    }
    const diff = planned.diff?.terraform?.find((s) => s.stack === stack);
    out.push(mergeTerraformPlan(stack, file, parsed.plan, diff, planned.diff?.terraform !== undefined));
  }
  return out;
}

async function emit(output: string, options: PlanCommandOptions, io: CliIo): Promise<void> {
  if (options.out === undefined) {
    io.stdout(output);
    return;
  }
  const target = isAbsolute(options.out) ? options.out : resolve(io.cwd, options.out);
  const { writeFileAtomically } = await import("../../output/write-file.js");
  // The same boundary as the terminal's (processIo): a PR comment or a SARIF file gets no control or bidi character
  // from the blueprint's free text raw. In JSON and SARIF the escape is JSON's own (\u202E), so the data is unchanged.
  await writeFileAtomically(target, escapeUnsafe(output, { text: true })).catch((e: unknown) => {
    if (e instanceof Error && e.name === "OutputRefusedError") throw e;
    throw new UsageError(`cannot write --out ${escapeUnsafe(options.out ?? "")}: ${e instanceof Error ? e.message : String(e)}`);
  });
}

export function registerPlan(program: Command, ctx: CommandContext): void {
  program
    .command("plan")
    .description("Report the factory against the caps of its program (power, GPUs, funding, energy), its findings, and what changed against a base.")
    .argument("[blueprint]", `blueprint file (default: the bundled ${DEFAULT_BLUEPRINT_DISPLAY})`)
    .addOption(new Option("--format <format>", "output format").choices([...FORMATS]).default("text"))
    .option("--out <file>", "write the report to this file instead of standard output")
    .addOption(new Option("--base <file>", "compare with this blueprint file").conflicts("baseRef"))
    .option("--base-ref <ref>", "compare with the same blueprint path at this git revision, e.g. origin/main")
    .addOption(
      new Option("--fail-on <list>", "exit 1 on findings of this severity or worse (error, warning), or on any Terraform delete or replace (destroy); comma-separated, e.g. warning,destroy")
        .argParser((v: string, prev: readonly FailOn[] | undefined) => parseFailOn(v, prev === DEFAULT_FAIL_ON ? undefined : prev))
        .default(DEFAULT_FAIL_ON, "error"),
    )
    .option("--utilisation <share>", "share of the year at full facility power, for yearly energy (default 1: all year)", parseUtilisation)
    .option(
      "--terraform-plan <[stack=]file>",
      "Terraform's own plan of a stack (the JSON of `terraform show -json PLANFILE`), set against aifactory's diff; repeat per stack",
      (v: string, prev: string[] | undefined) => [...(prev ?? []), v],
    )
    .option("--max-chars <n>", "markdown: longest report in characters, details cut first (default 65536, GitHub's comment limit)", parseMaxChars)
    .addHelpText(
      "after",
      [
        "",
        "Exit codes: 0 no finding at --fail-on or worse, 1 such findings, a Terraform delete or replace with --fail-on destroy, or a blueprint that does not load; 2 usage, file or git problems.",
        "CI: `aifactory plan --base-ref origin/main --format markdown --out plan.md` for the pull-request comment, `--format sarif` for code scanning.",
      ].join("\n"),
    )
    .action(async (blueprint: string | undefined, opts: PlanCommandOptions) => {
      ctx.exit(await runPlan(blueprint, opts, ctx.io));
    });
}
