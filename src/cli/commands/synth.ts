// `aifactory synth [BLUEPRINT] [--out DIR]`: every output of a blueprint, written in one atomic step.
// Emitters each return relative path → content; the Terraform emitter writes exactly what `cdktf synth` writes.
import { resolve } from "node:path";
import type { Command } from "commander";
import { DEFAULT_BLUEPRINT_DISPLAY, analyzeFile, packageRoot } from "../../check/analyze.js";
import { hasErrors, type Finding } from "../../findings/finding.js";
import type { ResolvedFactory } from "../../model/types.js";
import { writeTreeAtomically } from "../../output/write-tree.js";
import { findingLine } from "../../synth/terraform/findings.js";
import { terraformFiles } from "../../synth/terraform/files.js";
import { kubernetesManifests } from "../../synth/kubernetes/manifests.js";

export interface SynthContext {
  /** The blueprint as the user named it. */
  readonly file: string;
  readonly model: ResolvedFactory;
  /** Findings of the blueprint: none of them errors (synthesis stops before emitters on errors). */
  readonly findings: readonly Finding[];
  readonly profile: "default" | "kind";
}

/** One output family: relative path (under --out) → file content. */
export type SynthEmitter = (context: SynthContext) => Promise<ReadonlyMap<string, string>>;

/** The emitters `aifactory synth` runs, in order. Add an emitter here to add outputs. */
export const SYNTH_EMITTERS: readonly SynthEmitter[] = [
  // cdktf.out layout: manifest.json, stacks/<cluster>/cdk.tf.json.
  (c) => terraformFiles(c.model, c.findings, { profile: c.profile }),
  // kubernetes/<cluster>/{manifests.yaml, crd-objects.yaml, kustomization.yaml, examples/}: the same objects as YAML.
  (c) => Promise.resolve(kubernetesManifests(c.model, { profile: c.profile })),
];

export const DEFAULT_OUT_DIR = "cdktf.out";

export interface SynthIo {
  readonly out: (text: string) => void;
  readonly err: (text: string) => void;
  /** Directory relative paths are resolved from. @default process.cwd() */
  readonly cwd?: string;
}

export interface SynthArgs {
  readonly blueprint?: string;
  readonly out?: string;
  readonly profile?: string;
}

/** Runs the emitters and writes their files; returns the exit code (1 on findings with errors or bad arguments). */
export async function runSynth(
  args: SynthArgs,
  io: SynthIo,
  emitters: readonly SynthEmitter[] = SYNTH_EMITTERS,
): Promise<number> {
  const cwd = io.cwd ?? process.cwd();
  const profile = args.profile ?? "default";
  if (profile !== "default" && profile !== "kind") {
    io.err(`aifactory synth: unknown profile "${profile}": use "default" or "kind"\n`);
    return 2;
  }
  const analysis =
    args.blueprint === undefined
      ? await analyzeFile(DEFAULT_BLUEPRINT_DISPLAY, { cwd: packageRoot() })
      : await analyzeFile(args.blueprint, { cwd });
  for (const f of analysis.findings) io.err(`${findingLine(f)}\n`);
  if (analysis.model === undefined || hasErrors(analysis.findings)) {
    io.err(`${analysis.file}: not synthesized: fix the errors above (outputs left as they were)\n`);
    return 1;
  }
  const context: SynthContext = { file: analysis.file, model: analysis.model, findings: analysis.findings, profile };
  const files = new Map<string, string>();
  for (const emit of emitters) {
    for (const [path, content] of await emit(context)) {
      if (files.has(path)) throw new Error(`two emitters write ${path}`);
      files.set(path, content);
    }
  }
  const outDir = args.out ?? DEFAULT_OUT_DIR;
  await writeTreeAtomically(resolve(cwd, outDir), files);
  io.out(`${analysis.file}: wrote ${files.size} files to ${outDir}\n`);
  return 0;
}

export function registerSynth(program: Command, io: SynthIo, setExitCode: (code: number) => void): void {
  program
    .command("synth")
    .description("write Terraform (one cdktf stack per cluster) and the other outputs of a blueprint")
    .argument("[blueprint]", `blueprint file (default: ${DEFAULT_BLUEPRINT_DISPLAY})`)
    .option("-o, --out <dir>", "output directory", DEFAULT_OUT_DIR)
    .option("--profile <profile>", 'objects for "default" clusters or for the "kind" workflow (no real GPUs)', "default")
    .action(async (blueprint: string | undefined, opts: { out: string; profile: string }) => {
      setExitCode(await runSynth({ ...(blueprint === undefined ? {} : { blueprint }), out: opts.out, profile: opts.profile }, io));
    });
}
