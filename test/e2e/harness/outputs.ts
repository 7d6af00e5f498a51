// aifactory's outputs for one blueprint and profile, produced with the CLI as a user runs it
// (`aifactory synth --out DIR [--profile kind] BLUEPRINT`), and what the test bed reads from them.
import { spawnSync } from "node:child_process";
import { createHash } from "node:crypto";
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { parseAllDocuments } from "yaml";
import { AIFACTORY_CLI, REPO_ROOT } from "./tools.js";

export type Profile = "default" | "kind";

export interface ClusterOutput {
  readonly name: string;
  /** kubernetes/<cluster>: the kustomization directory. */
  readonly dir: string;
  /** Example Job files (examples/gpu-job-<pool>.yaml) by pool. */
  readonly examples: Readonly<Record<string, string>>;
  /** The kubeconfig context the cluster's Terraform provider names. */
  readonly context: string;
  /** The capacity document aifactory writes (ConfigMap aifactory-system/aifactory-capacity). */
  readonly capacity: Capacity;
  /** Every object of the kustomization (manifests and CRD objects), parsed. */
  readonly objects: readonly KubeObject[];
  /** Hash of the outputs with the cluster's own names (cluster, site, halls) replaced. */
  readonly shape: string;
}

export interface KubeObject {
  apiVersion: string;
  kind: string;
  metadata: { name: string; namespace?: string; labels?: Record<string, string>; annotations?: Record<string, string> };
  [k: string]: unknown;
}

export interface Capacity {
  cluster: string;
  site: string;
  pools: { name: string; system: string; hall: string; nodes: number; gpusPerNode: number; advertisedGpusPerNode: number; devicePluginConfig: string }[];
  tenants: { name: string; gpuQuota: number }[];
}

export interface Outputs {
  readonly blueprint: string;
  readonly profile: Profile;
  readonly dir: string;
  readonly clusters: readonly ClusterOutput[];
}

export function readYamlObjects(file: string): KubeObject[] {
  return parseAllDocuments(readFileSync(file, "utf8"))
    .map((d) => d.toJS() as KubeObject | null)
    .filter((o): o is KubeObject => o !== null);
}

/** Runs `aifactory synth` (synchronously: the test tree is built from its outputs) and reads them. */
export function synthesize(blueprint: string, profile: Profile): Outputs {
  const dir = mkdtempSync(join(process.env.AIFACTORY_E2E_TMP ?? tmpdir(), "aifactory-e2e-out-"));
  if (process.env.AIFACTORY_E2E_KEEP !== "1") process.on("exit", () => rmSync(dir, { recursive: true, force: true }));
  const args = [AIFACTORY_CLI, "synth", "--out", dir, ...(profile === "kind" ? ["--profile", "kind"] : []), blueprint];
  const r = spawnSync(process.execPath, args, { cwd: REPO_ROOT, encoding: "utf8" });
  if (r.status !== 0) throw new Error(`aifactory synth failed (exit ${r.status}):\n${r.stdout}\n${r.stderr}`);
  const k8s = join(dir, "kubernetes");
  const clusters = readdirSync(k8s).sort().map((name) => readCluster(dir, name));
  return { blueprint, profile, dir, clusters };
}

function readCluster(out: string, name: string): ClusterOutput {
  const dir = join(out, "kubernetes", name);
  const files = ["manifests.yaml", "crd-objects.yaml"].map((f) => join(dir, f)).filter((f) => existsSync(f));
  const objects = files.flatMap(readYamlObjects);
  const capacityMap = objects.find((o) => o.kind === "ConfigMap" && o.metadata.name === "aifactory-capacity") as
    | { data: Record<string, string> } | undefined;
  if (capacityMap === undefined) throw new Error(`${dir}: no aifactory-capacity ConfigMap`);
  const capacity = JSON.parse(capacityMap.data["capacity.json"]!) as Capacity;
  const examplesDir = join(dir, "examples");
  const examples: Record<string, string> = {};
  if (existsSync(examplesDir))
    for (const f of readdirSync(examplesDir).sort()) {
      const m = /^gpu-job-(.+)\.yaml$/.exec(f);
      if (m !== null) examples[m[1]!] = join(examplesDir, f);
    }
  const stack = JSON.parse(readFileSync(join(out, "stacks", name, "cdk.tf.json"), "utf8")) as {
    provider: { kubernetes: { config_context?: string }[] };
  };
  const context = stack.provider.kubernetes[0]?.config_context ?? name;
  // The shape: everything the cluster's files say, with its own names taken out.
  let text = [...files, ...Object.values(examples)].map((f) => readFileSync(f, "utf8")).join("\n");
  const names: Record<string, string> = { [capacity.cluster]: "<cluster>", [capacity.site]: "<site>", [context]: "<context>" };
  for (const p of capacity.pools) names[p.hall] = `<hall of ${p.name}>`;
  for (const n of Object.keys(names).sort((a, b) => b.length - a.length)) text = text.split(n).join(names[n]!);
  const shape = createHash("sha256").update(text).digest("hex").slice(0, 12);
  return { name, dir, examples, context, capacity, objects, shape };
}

/** Clusters grouped by shape: the first of each group is the one the test bed runs. */
export function byShape(clusters: readonly ClusterOutput[]): ClusterOutput[][] {
  const groups = new Map<string, ClusterOutput[]>();
  for (const c of clusters) groups.set(c.shape, [...(groups.get(c.shape) ?? []), c]);
  return [...groups.values()];
}

export function bundledBlueprints(): string[] {
  return readdirSync(join(REPO_ROOT, "blueprints"))
    .filter((f) => f.endsWith(".yaml"))
    .sort()
    .map((f) => join(REPO_ROOT, "blueprints", f));
}
