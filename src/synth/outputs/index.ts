// Every output of `aifactory synth`, as relative path → content: the emitters, in order. Pure (no writing): the
// CLI writes the map in one atomic step. Add an emitter here to add outputs.
import type { Finding } from "../../findings/finding.js";
import type { ResolvedFactory } from "../../model/types.js";
import type { ClusterObjects } from "../../objects/index.js";

export interface SynthContext {
  /** The blueprint as outputs name it. */
  readonly file: string;
  readonly model: ResolvedFactory;
  /** Every cluster's objects, built for the profile by the analysis. */
  readonly objects: readonly ClusterObjects[];
  /** Findings of the blueprint: none of them errors (synthesis stops before emitters on errors). */
  readonly findings: readonly Finding[];
}

/** One output family: relative path (under --out) → file content. */
export type SynthEmitter = (context: SynthContext) => Promise<ReadonlyMap<string, string>>;

export const SYNTH_EMITTERS: readonly SynthEmitter[] = [
  // cdktf.out layout: manifest.json, stacks/<cluster>/cdk.tf.json.
  // Loaded on use: cdktf costs ~0.15 s of start-up that the other verbs (validate, ...) should not pay.
  async (c) => {
    const { terraformFiles } = await import("../terraform/files.js");
    return terraformFiles(c.objects, c.findings, { file: c.file });
  },
  // kubernetes/<cluster>/{manifests.yaml, crd-objects.yaml, kustomization.yaml, examples/}: the same objects as YAML.
  async (c) => (await import("../kubernetes/manifests.js")).kubernetesManifests(c.model, c.objects),
];

/** Runs the emitters; two emitters writing one path is a bug. */
export async function synthOutputs(context: SynthContext, emitters: readonly SynthEmitter[] = SYNTH_EMITTERS): Promise<Map<string, string>> {
  const files = new Map<string, string>();
  for (const emit of emitters) {
    for (const [path, content] of await emit(context)) {
      if (files.has(path)) throw new Error(`two emitters write ${path}`);
      files.set(path, content);
    }
  }
  return files;
}
