// cdktf's own synthesis (App.synth: validations, manifest.json, stacks/<name>/cdk.tf.json), run into a scratch
// directory and read back as a file map: what `cdktf synth` writes. `aifactory synth` writes the same files
// directly (files.ts); this is the reference the tests compare with, and the path for blueprints with errors
// (cdktf's validation error names each one).
import { mkdtemp, readFile, readdir, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join, relative, sep } from "node:path";
import { cdk } from "./engine.js";
import { Construct } from "constructs";
import type { Finding } from "../../findings/finding.js";
import type { ClusterObjects } from "../../objects/index.js";
import type { TerraformOptions } from "./index.js";
import { cdktfVersion } from "./plain.js";
import { addClusterStacks } from "./stack.js";

/** Synthesizes into `outdir` as the cdktf CLI's app does; throws when a finding is an error. */
export function synthesizeApp(
  outdir: string | undefined,
  factory: readonly ClusterObjects[],
  findings: readonly Finding[],
  options: TerraformOptions = {},
): void {
  // No stack traces in the manifest's annotations: they hold this machine's paths.
  const app = new cdk.App({ stackTraces: false, ...(outdir === undefined ? {} : { outdir }) });
  addClusterStacks(app, factory, findings, options);
  app.synth();
}

async function listFiles(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { withFileTypes: true, recursive: true });
  return entries
    .filter((e) => e.isFile())
    .map((e) => relative(dir, join(e.parentPath, e.name)).split(sep).join("/"))
    .sort();
}

/** Relative path → content of what `cdktf synth` writes for these objects, through cdktf. */
export async function cdktfTerraformFiles(
  factory: readonly ClusterObjects[],
  findings: readonly Finding[],
  options: TerraformOptions = {},
): Promise<Map<string, string>> {
  const scratch = await mkdtemp(join(tmpdir(), "aifactory-cdktf-"));
  try {
    synthesizeApp(scratch, factory, findings, options);
    const files = new Map<string, string>();
    for (const path of await listFiles(scratch)) files.set(path, await readFile(join(scratch, path), "utf8"));
    return files;
  } finally {
    await rm(scratch, { recursive: true, force: true });
  }
}

/** synthesizeTerraform through cdktf's constructs and token resolution: the reference the direct JSON is compared with. */
export function cdktfStackJson(
  factory: readonly ClusterObjects[],
  findings: readonly Finding[] = [],
  options: TerraformOptions = {},
): Map<string, object> {
  const root = new Construct(undefined as unknown as Construct, "");
  root.node.setContext("cdktfVersion", cdktfVersion());
  const out = new Map<string, object>();
  for (const stack of addClusterStacks(root, factory, findings, options)) out.set(stack.node.id, stack.toTerraform());
  return out;
}
