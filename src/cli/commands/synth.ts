// `aifactory synth [BLUEPRINT] [--out DIR]`: every output of a blueprint (src/synth/outputs.ts), written in one
// atomic step that replaces only a previous aifactory output (src/output/write-tree.ts).
import { resolve } from "node:path";
import { type Command, Option } from "commander";
import { DEFAULT_BLUEPRINT_DISPLAY } from "../../check/analyze.js";
import { hasErrors } from "../../findings/finding.js";
import { escapeUnsafe } from "../../io/escape.js";
import { findingLines, summaryLine } from "../../report/validate-text.js";
import { SYNTH_EMITTERS, synthOutputs, type SynthEmitter } from "../../synth/outputs/index.js";
import { analyzeInputs, exitCodeFor } from "../inputs.js";
import { EXIT_FINDINGS, EXIT_OK, type CommandContext } from "../io.js";

export type { SynthEmitter } from "../../synth/outputs/index.js";

export const DEFAULT_OUT_DIR = "cdktf.out";

export interface SynthArgs {
  /** @default the bundled default blueprint */
  readonly blueprint?: string;
  /** @default DEFAULT_OUT_DIR, relative to the working directory */
  readonly out?: string;
  /** @default "default" */
  readonly profile?: "default" | "kind";
}

/** Checks the blueprint, runs the emitters and writes their files atomically; returns the exit code. */
export async function runSynth(args: SynthArgs, ctx: CommandContext, emitters: readonly SynthEmitter[] = SYNTH_EMITTERS): Promise<number> {
  const { io, style } = ctx;
  const [analysis] = await analyzeInputs(args.blueprint === undefined ? [] : [args.blueprint], { cwd: io.cwd, profile: args.profile ?? "default" });
  if (analysis === undefined) throw new Error("no blueprint analysed");
  for (const f of analysis.findings) io.stderr(`${findingLines(analysis.file, f, style).join("\n")}\n`);
  io.stdout(`${summaryLine(analysis, style)}\n`);
  if (analysis.model === undefined || analysis.objects === undefined || hasErrors(analysis.findings)) {
    io.stderr(`${analysis.file}: not synthesized: fix the errors above (previous outputs left as they were)\n`);
    // A file that cannot be read or loaded is exit 2, as for every verb; a blueprint with errors is exit 1.
    return Math.max(exitCodeFor([analysis]), EXIT_FINDINGS);
  }
  const files = await synthOutputs({ file: analysis.file, model: analysis.model, objects: analysis.objects, findings: analysis.findings }, emitters);
  const outDir = args.out ?? DEFAULT_OUT_DIR;
  const { writeTreeAtomically } = await import("../../output/write-tree.js");
  await writeTreeAtomically(resolve(io.cwd, outDir), files);
  io.stdout(`${analysis.file}: wrote ${files.size} files to ${escapeUnsafe(outDir)}\n`);
  return EXIT_OK;
}

export function registerSynth(program: Command, ctx: CommandContext): void {
  program
    .command("synth")
    .description(
      "Validate the blueprint, then write Terraform (one cdktf stack per cluster, the files `cdktf synth` writes) and each cluster's Kubernetes manifests.",
    )
    .argument("[blueprint]", `blueprint file (default: ${DEFAULT_BLUEPRINT_DISPLAY})`)
    .option("-o, --out <dir>", "output directory: created, or replaced when it is a previous aifactory output (or empty)", DEFAULT_OUT_DIR)
    .addOption(
      new Option("--profile <profile>", 'what the objects target: real GPU clusters, or the "kind" workflow (no GPUs)')
        .choices(["default", "kind"])
        .default("default"),
    )
    .addHelpText(
      "after",
      "\nExit codes: 0 written, 1 the blueprint has errors (nothing written; previous outputs left as they were), 2 usage or file problems.",
    )
    .action(async (blueprint: string | undefined, opts: { out: string; profile: "default" | "kind" }) => {
      const args = { out: opts.out, profile: opts.profile, ...(blueprint === undefined ? {} : { blueprint }) };
      ctx.exit(await runSynth(args, ctx));
    });
}
