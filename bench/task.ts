// One measured step in a fresh process: `node dist/bench/task.js <task> <blueprint> <outdir>`.
// Prints one JSON line: { ms, maxRssKiB, bytes, files }. The time covers only the step itself (Node's start, imports
// and any preparation are not in it); the peak memory is the whole process's, preparation included.
//   analyze         read the file + load (YAML, schema) + resolve + rules         (analyzeText)
//   terraform       synthesizeTerraform + JSON per stack written to disk           (what cdk.tf.json holds)
//   terraform-floor JSON.stringify of the same stack objects written to disk      (objects built untimed)
//   yaml            Kubernetes YAML emission (kubernetesManifests) written to disk
//   yaml-floor      JSON.stringify (2-space, like cdk.tf.json) of the same Kubernetes objects, one file per cluster
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

async function analyzed(file: string): Promise<Analysis & { model: ResolvedFactory }> {
  const analysis = analyzeText(await readFile(file, "utf8"), file);
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
      const analysis = analyzeText(await readFile(file, "utf8"), file);
      const time = stop();
      if (analysis.model === undefined) throw new Error(`${file}: no model`);
      return { ...time, bytes: 0, files: 0 };
    }
    case "terraform":
    case "terraform-floor": {
      const { model, findings } = await analyzed(file);
      const { synthesizeTerraform } = await import("../src/synth/terraform/index.js");
      if (task === "terraform") {
        const stop = clock();
        const files = terraformText(synthesizeTerraform(model, findings));
        const bytes = await writeAll(out, files);
        return { ...stop(), bytes, files: files.size };
      }
      const stacks = synthesizeTerraform(model, findings);
      const stop = clock();
      const files = terraformText(stacks);
      const bytes = await writeAll(out, files);
      return { ...stop(), bytes, files: files.size };
    }
    case "yaml": {
      const { model } = await analyzed(file);
      const { kubernetesManifests } = await import("../src/synth/kubernetes/manifests.js");
      const stop = clock();
      const files = kubernetesManifests(model);
      const bytes = await writeAll(out, files);
      return { ...stop(), bytes, files: files.size };
    }
    case "yaml-floor": {
      const { model } = await analyzed(file);
      const { buildClusterObjects } = await import("../src/synth/kubernetes/objects/index.js");
      const perCluster = model.sites.flatMap((s) => s.clusters).map((c) => [c.name, buildClusterObjects(model, c).map((o) => o.object)] as const);
      const stop = clock();
      const files = new Map<string, string>();
      for (const [name, objects] of perCluster) files.set(`kubernetes/${name}/objects.json`, JSON.stringify(objects, null, 2));
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
