// `aifactory synth [BLUEPRINT] [--out DIR]`: every output of a blueprint, written in one atomic step.
// Emitters each return relative path → content; the Terraform emitter writes exactly what `cdktf synth` writes.
import { resolve } from "node:path";
import { type Command, Option } from "commander";
import { DEFAULT_BLUEPRINT_DISPLAY } from "../../check/analyze.js";
import { hasErrors, type Finding } from "../../findings/finding.js";
import type { ResolvedFactory } from "../../model/types.js";
import type { ClusterObjects } from "../../objects/index.js";
import { EXIT_FINDINGS, EXIT_OK, analyzeInputs, type CommandContext } from "../io.js";
import { findingLines, summaryLine } from "./validate.js";

export interface SynthContext {
  /** The blueprint as the user named it. */
  readonly file: string;
  readonly model: ResolvedFactory;
  /** Every cluster's objects, built for the profile by the analysis. */
  readonly objects: readonly ClusterObjects[];
  /** Findings of the blueprint: none of them errors (synthesis stops before emitters on errors). */
  readonly findings: readonly Finding[];
}

/** One output family: relative path (under --out) → file content. */
export type SynthEmitter = (context: SynthContext) => Promise<ReadonlyMap<string, string>>;

/** The emitters `aifactory synth` runs, in order. Add an emitter here to add outputs. */
export const SYNTH_EMITTERS: readonly SynthEmitter[] = [
  // cdktf.out layout: manifest.json, stacks/<cluster>/cdk.tf.json.
  // Loaded on use: cdktf costs ~0.15 s of start-up that the other verbs (validate, ...) should not pay.
  async (c) => {
    const { terraformFiles } = await import("../../synth/terraform/files.js");
    return terraformFiles(c.objects, c.findings, { file: c.file });
  },
  // kubernetes/<cluster>/{manifests.yaml, crd-objects.yaml, kustomization.yaml, examples/}: the same objects as YAML.
  // Loaded on use too, like the writer below: `aifactory validate` should not load what only synth needs.
  async (c) => (await import("../../synth/kubernetes/manifests.js")).kubernetesManifests(c.model, c.objects),
];

export const DEFAULT_OUT_DIR = "cdktf.out";

export interface SynthArgs {
  /** @default the bundled default blueprint */
  readonly blueprint?: string;
  /** @default DEFAULT_OUT_DIR, relative to the working directory */
  readonly out?: string;
  /** @default "default" */
  readonly profile?: "default" | "kind";
}

/** Runs the emitters and writes their files atomically; returns the exit code (1 when the blueprint has errors). */
export async function runSynth(
  args: SynthArgs,
  ctx: CommandContext,
  emitters: readonly SynthEmitter[] = SYNTH_EMITTERS,
): Promise<number> {
  const { io, style } = ctx;
  const [analysis] = await analyzeInputs(args.blueprint === undefined ? [] : [args.blueprint], io, { profile: args.profile ?? "default" });
  if (analysis === undefined) throw new Error("no blueprint analysed");
  for (const f of analysis.findings) io.stderr(`${findingLines(analysis.file, f, style).join("\n")}\n`);
  io.stdout(`${summaryLine(analysis, style)}\n`);
  if (analysis.model === undefined || analysis.objects === undefined || hasErrors(analysis.findings)) {
    io.stderr(`${analysis.file}: not synthesized: fix the errors above (previous outputs left as they were)\n`);
    return EXIT_FINDINGS;
  }
  const context: SynthContext = {
    file: analysis.file,
    model: analysis.model,
    objects: analysis.objects,
    findings: analysis.findings,
  };
  const files = new Map<string, string>();
  for (const emit of emitters) {
    for (const [path, content] of await emit(context)) {
      if (files.has(path)) throw new Error(`two emitters write ${path}`);
      files.set(path, content);
    }
  }
  const outDir = args.out ?? DEFAULT_OUT_DIR;
  const { writeTreeAtomically } = await import("../../output/write-tree.js");
  // manifest.json: what cdktf (and so every synth) writes at the top of its output; only such a tree is replaced.
  await writeTreeAtomically(resolve(io.cwd, outDir), files);
  io.stdout(`${analysis.file}: wrote ${files.size} files to ${outDir}\n`);
  return EXIT_OK;
}

export function registerSynth(program: Command, ctx: CommandContext): void {
  program
    .command("synth")
    .description(
      "Validate the blueprint, then write Terraform (one cdktf stack per cluster, the files `cdktf synth` writes) and each cluster's Kubernetes manifests.",
    )
    .argument("[blueprint]", `blueprint file (default: ${DEFAULT_BLUEPRINT_DISPLAY})`)
    .option("-o, --out <dir>", "output directory", DEFAULT_OUT_DIR)
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
