// One measured step in a fresh process: `node dist/bench/task.js <task> <blueprint> <outdir>`.
// Prints one JSON line: { ms, maxRssKiB, bytes, files }. The time covers only the step itself (Node's start, imports
// and any preparation are not in it); the peak memory is the whole process's, preparation included.
//   analyze         read the file + load (YAML, schema) + resolve + rules         (analyzeText)
//   terraform       synthesizeTerraform + JSON per stack written to disk           (what cdk.tf.json holds)
//   terraform-floor JSON.stringify of the same stack objects written to disk      (objects built untimed)
//   yaml            Kubernetes YAML emission (kubernetesManifests) written to disk
//   yaml-floor      JSON.stringify (2-space, like cdk.tf.json) of the same Kubernetes objects, in the same files
import { mkdir, readFile, writeFile } from "node:fs/promises";
import { dirname, join } from "node:path";
import { performance } from "node:perf_hooks";
import { analyzeText, type Analysis } from "../src/check/analyze.js";
import type { ResolvedFactory } from "../src/model/types.js";

export const TASKS = ["analyze", "terraform", "terraform-floor", "yaml", "yaml-floor"] as const;
export type Task = (typeof TASKS)[number];

export interface TaskResult {
  readonly ms: number;
  /** CPU time (user + system) of the step: less disturbed than wall time when the machine is busy. */
  readonly cpuMs: number;
  readonly maxRssKiB: number;
  readonly bytes: number;
  readonly files: number;
}

async function writeAll(dir: string, files: ReadonlyMap<string, string>): Promise<number> {
  let bytes = 0;
  const dirs = new Set([...files.keys()].map((p) => dirname(join(dir, p))));
  for (const d of dirs) await mkdir(d, { recursive: true });
  for (const [path, content] of files) {
    await writeFile(join(dir, path), content);
    bytes += Buffer.byteLength(content);
  }
  return bytes;
}

/** cdktf writes cdk.tf.json pretty-printed with two spaces; both the synthesis and its floor write the same bytes. */
function terraformText(stacks: ReadonlyMap<string, object>): Map<string, string> {
  const files = new Map<string, string>();
  for (const [name, tf] of stacks) files.set(`stacks/${name}/cdk.tf.json`, JSON.stringify(tf, null, 2));
  return files;
}

/** The heavy programs (bench/heavy.ts) pass the loader's 4 MiB limit at 100k pools: the bench measures the checks, not the limit. */
const UNBOUNDED = { maxBytes: Number.MAX_SAFE_INTEGER } as const;

async function analyzed(file: string): Promise<Analysis & { model: ResolvedFactory }> {
  const analysis = analyzeText(await readFile(file, "utf8"), file, UNBOUNDED);
  if (analysis.model === undefined) throw new Error(`${file}: no model (${analysis.findings[0]?.message ?? "?"})`);
  return analysis as Analysis & { model: ResolvedFactory };
}

/** Starts the clock; calling the result stops it: wall and CPU milliseconds since. */
function clock(): () => { ms: number; cpuMs: number } {
  const t0 = performance.now();
  const cpu0 = process.cpuUsage();
  return () => {
    const cpu = process.cpuUsage(cpu0);
    return { ms: performance.now() - t0, cpuMs: (cpu.user + cpu.system) / 1000 };
  };
}

async function measure(task: Task, file: string, out: string): Promise<{ ms: number; cpuMs: number; bytes: number; files: number }> {
  switch (task) {
    case "analyze": {
      const stop = clock();
      const analysis = analyzeText(await readFile(file, "utf8"), file, UNBOUNDED);
      const time = stop();
      if (analysis.model === undefined) throw new Error(`${file}: no model`);
      return { ...time, bytes: 0, files: 0 };
    }
    case "terraform":
    case "terraform-floor": {
      const { model, findings } = await analyzed(file);
      const { synthesizeTerraform } = await import("../src/synth/terraform/index.js");
      const { buildFactoryObjects } = await import("../src/objects/index.js");
      if (task === "terraform") {
        const stop = clock();
        const files = terraformText(synthesizeTerraform(buildFactoryObjects(model), findings));
        const bytes = await writeAll(out, files);
        return { ...stop(), bytes, files: files.size };
      }
      const stacks = synthesizeTerraform(buildFactoryObjects(model), findings);
      const stop = clock();
      const files = terraformText(stacks);
      const bytes = await writeAll(out, files);
      return { ...stop(), bytes, files: files.size };
    }
    case "yaml": {
      const { model } = await analyzed(file);
      const { kubernetesManifests } = await import("../src/synth/kubernetes/manifests.js");
      const { buildFactoryObjects } = await import("../src/objects/index.js");
      const stop = clock();
      const files = kubernetesManifests(model, buildFactoryObjects(model));
      const bytes = await writeAll(out, files);
      return { ...stop(), bytes, files: files.size };
    }
    case "yaml-floor": {
      // The same objects in the same files as the YAML emission (manifests, CRD objects, kustomization, one example
      // per pool), each file the JSON of its objects: the same number of files to create, the bytes JSON's.
      const { model } = await analyzed(file);
      const { buildClusterObjects } = await import("../src/objects/index.js");
      const { exampleGpuJob } = await import("../src/objects/workloads.js");
      const { MANIFESTS_DIR, MANIFESTS_FILE, CRD_OBJECTS_FILE, KUSTOMIZATION_FILE } = await import("../src/synth/kubernetes/manifests.js");
      const perFile: Array<readonly [string, readonly object[]]> = [];
      for (const cluster of model.sites.flatMap((s) => s.clusters)) {
        const dir = `${MANIFESTS_DIR}/${cluster.name}`;
        const objects = buildClusterObjects(model, cluster);
        const crdBound = objects.filter((o) => o.requiresCrd !== undefined).map((o) => o.object);
        perFile.push([`${dir}/${MANIFESTS_FILE}`, objects.filter((o) => o.requiresCrd === undefined).map((o) => o.object)]);
        if (crdBound.length > 0) perFile.push([`${dir}/${CRD_OBJECTS_FILE}`, crdBound]);
        perFile.push([`${dir}/${KUSTOMIZATION_FILE}`, [{ apiVersion: "kustomize.config.k8s.io/v1beta1", kind: "Kustomization", resources: [MANIFESTS_FILE] }]]);
        for (const pool of cluster.pools) perFile.push([`${dir}/examples/gpu-job-${pool.name}.yaml`, [exampleGpuJob(cluster, pool)]]);
      }
      const stop = clock();
      const files = new Map<string, string>();
      for (const [path, objects] of perFile) files.set(path, JSON.stringify(objects, null, 2));
      const bytes = await writeAll(out, files);
      return { ...stop(), bytes, files: files.size };
    }
  }
}

async function main(): Promise<void> {
  const [task, file, out] = process.argv.slice(2);
  if (!TASKS.includes(task as Task) || file === undefined || out === undefined) {
    throw new Error(`usage: node dist/bench/task.js <${TASKS.join("|")}> <blueprint> <outdir>`);
  }
  const r = await measure(task as Task, file, out);
  const result: TaskResult = { ...r, maxRssKiB: process.resourceUsage().maxRSS };
  process.stdout.write(`${JSON.stringify(result)}\n`);
}

// Run only as a program, not when the runner imports TASKS.
if (process.argv[1]?.endsWith("task.js")) await main();
