// `npm run bench`: programs of 1×, 10× and 100× the 10 GW reference, each step measured in fresh processes,
// interleaved (run 1 of every step and size, then run 2, ...), medians of wall time and of peak RSS.
//
//   npm run bench                              sizes 1,10,100, 5 runs
//   npm run bench -- --quick                   sizes 1,10, 2 runs
//   npm run bench -- --sizes 1,10 --runs 3     (or BENCH_SIZES=1,10 BENCH_RUNS=3)
//   npm run bench -- --skip cdktf-synth        leave steps out (comma-separated names from the table)
//   npm run bench -- --out bench/last.md       also write the table to a file
//   BENCH_TMPDIR=/dev/shm npm run bench        where programs and outputs are written (default: the OS temp dir)
//   npm run bench -- --distinct                no two clusters share an object (worst case; or BENCH_DISTINCT=1)
//   npm run bench -- --heavy                   tenants-heavy and pools-heavy programs instead (bench/heavy.ts): time per
//                                              tenant/pool at 1k, 10k, 100k, as ratios to the smallest count's (or BENCH_HEAVY=1;
//                                              --counts 1000,10000 --runs 3 --skip yaml --per-cluster 1000)
//
// Runs from dist/ (compiled by bench/tsconfig.json): no TypeScript loader. Generated blueprints go to a temp dir.
import { spawn } from "node:child_process";
import { existsSync } from "node:fs";
import { mkdtemp, readFile, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { performance } from "node:perf_hooks";
import { stringify } from "yaml";
import { analyzeFile, analyzeText, defaultBlueprintPath, packageRoot } from "../src/check/analyze.js";
import { MAX_BLUEPRINT_BYTES } from "../src/blueprint/errors.js";
import { programSize, scaleBlueprint, withDistinctClusters } from "./generate.js";
import { runHeavy } from "./heavy-run.js";
import { printBenchReport } from "./report.js";
import { TASKS, type Task, type TaskResult } from "./task.js";

const ROOT = packageRoot();
const TIME = "/usr/bin/time";

interface Options {
  sizes: number[];
  runs: number;
  skip: Set<string>;
  out?: string;
  /** Rename every cluster's pools and tenants so that no two clusters share an object (worst case for synthesis). */
  distinct: boolean;
}

function options(argv: readonly string[]): Options {
  const arg = (name: string): string | undefined => {
    const i = argv.indexOf(name);
    return i >= 0 ? argv[i + 1] : undefined;
  };
  const quick = argv.includes("--quick") || process.env["BENCH_QUICK"] === "1";
  const sizes = (arg("--sizes") ?? process.env["BENCH_SIZES"] ?? (quick ? "1,10" : "1,10,100")).split(",").map(Number);
  const runs = Number(arg("--runs") ?? process.env["BENCH_RUNS"] ?? (quick ? 2 : 5));
  const skip = new Set((arg("--skip") ?? process.env["BENCH_SKIP"] ?? "").split(",").filter((s) => s !== ""));
  if (sizes.some((s) => !Number.isInteger(s) || s < 1) || !Number.isInteger(runs) || runs < 1) throw new Error("bad --sizes or --runs");
  const out = arg("--out");
  const distinct = argv.includes("--distinct") || process.env["BENCH_DISTINCT"] === "1";
  return { sizes, runs, skip, distinct, ...(out === undefined ? {} : { out }) };
}

interface Sample {
  readonly ms: number;
  readonly cpuMs: number;
  readonly maxRssKiB: number;
  readonly bytes: number;
}

interface Step {
  readonly name: string;
  readonly what: string;
  /** Whole process (wall time from spawn to exit) or an in-process step (timed by the task itself). */
  readonly kind: "process" | "in-process";
  /** The step whose median is this step's floor. */
  readonly floor?: string;
  readonly perSize: boolean;
  command(file: string, out: string): { argv: string[]; env?: Record<string, string> };
}

const node = process.execPath;
const task = (t: Task) => (file: string, out: string) => ({ argv: [node, join(ROOT, "dist/bench/task.js"), t, file, out] });

const STEPS: readonly Step[] = [
  { name: "node", what: "bare `node -e 0`", kind: "process", perSize: false, command: () => ({ argv: [node, "-e", "0"] }) },
  {
    name: "validate",
    what: "`aifactory validate FILE` (whole process)",
    kind: "process",
    floor: "node",
    perSize: true,
    command: (file) => ({ argv: [node, join(ROOT, "bin/aifactory.js"), "validate", file] }),
  },
  { name: "analyze", what: "load + resolve + rules (in-process)", kind: "in-process", floor: "terraform-floor", perSize: true, command: task("analyze") },
  { name: "terraform-floor", what: "floor: JSON.stringify of the stacks' objects → disk", kind: "in-process", perSize: true, command: task("terraform-floor") },
  { name: "terraform", what: "`synthesizeTerraform` + cdk.tf.json → disk (in-process)", kind: "in-process", floor: "terraform-floor", perSize: true, command: task("terraform") },
  { name: "yaml-floor", what: "floor: JSON.stringify of the Kubernetes objects → the same files on disk", kind: "in-process", perSize: true, command: task("yaml-floor") },
  { name: "yaml", what: "Kubernetes YAML emission → disk (in-process)", kind: "in-process", floor: "yaml-floor", perSize: true, command: task("yaml") },
  {
    name: "synth",
    what: "`aifactory synth FILE` (whole process: validate, Terraform JSON as cdktf writes it, YAML, one atomic write)",
    kind: "process",
    floor: "node",
    perSize: true,
    command: (file, out) => ({ argv: [node, join(ROOT, "bin/aifactory.js"), "synth", file, "--out", join(out, "cdktf.out")] }),
  },
  {
    name: "cdktf-app",
    what: "the cdktf app alone: `node dist/src/cli/cdktf-app.js` (whole process)",
    kind: "process",
    floor: "node",
    perSize: true,
    command: (file, out) => ({ argv: [node, join(ROOT, "dist/src/cli/cdktf-app.js")], env: { AIFACTORY_BLUEPRINT: file, CDKTF_OUTDIR: out } }),
  },
  {
    name: "cdktf-synth",
    what: "`cdktf synth` (whole process, CLI around the app)",
    kind: "process",
    floor: "node",
    perSize: true,
    command: (file, out) => ({ argv: [join(ROOT, "node_modules/.bin/cdktf"), "synth", "--output", out], env: { AIFACTORY_BLUEPRINT: file } }),
  },
];
void TASKS;

/** Spawns argv under /usr/bin/time (peak RSS), returns wall ms from spawn to exit. */
async function spawnMeasured(
  argv: readonly string[],
  env: Record<string, string>,
  scratch: string,
): Promise<{ wallMs: number; cpuMs: number; stdout: string; maxRssKiB: number }> {
  const timeFile = join(scratch, "time.txt");
  const hasTime = existsSync(TIME);
  const full = hasTime ? [TIME, "-f", "%M %U %S", "-o", timeFile, ...argv] : [...argv];
  const t0 = performance.now();
  const { code, stdout, stderr } = await new Promise<{ code: number | null; stdout: string; stderr: string }>((resolve, reject) => {
    const child = spawn(full[0] as string, full.slice(1), {
      cwd: ROOT,
      env: { ...process.env, CHECKPOINT_DISABLE: "1", CI: "1", NO_COLOR: "1", ...env },
      stdio: ["ignore", "pipe", "pipe"],
    });
    let out = "";
    let err = "";
    child.stdout.on("data", (d: Buffer) => (out += d.toString()));
    child.stderr.on("data", (d: Buffer) => (err += d.toString()));
    child.on("error", reject);
    child.on("close", (c) => resolve({ code: c, stdout: out, stderr: err }));
  });
  const wallMs = performance.now() - t0;
  // validate exits 1 when a blueprint has errors; the generated ones have none, so any non-zero exit is a failure.
  if (code !== 0) throw new Error(`${argv.join(" ")} exited ${code}:\n${stderr.slice(-2000)}`);
  if (!hasTime) return { wallMs, cpuMs: Number.NaN, stdout, maxRssKiB: Number.NaN };
  const [rss, user, sys] = ((await readFile(timeFile, "utf8")).trim().split("\n").pop() ?? "").split(" ").map(Number);
  return { wallMs, cpuMs: ((user ?? Number.NaN) + (sys ?? Number.NaN)) * 1000, stdout, maxRssKiB: rss ?? Number.NaN };
}

async function runStep(step: Step, file: string, scratch: string): Promise<Sample> {
  const out = await mkdtemp(join(scratch, `${step.name}-`));
  try {
    const { argv, env } = step.command(file, out);
    const r = await spawnMeasured(argv, env ?? {}, scratch);
    if (step.kind === "process") return { ms: r.wallMs, cpuMs: r.cpuMs, maxRssKiB: r.maxRssKiB, bytes: 0 };
    const t = JSON.parse(r.stdout.trim().split("\n").pop() ?? "{}") as TaskResult;
    return { ms: t.ms, cpuMs: t.cpuMs, maxRssKiB: Number.isNaN(r.maxRssKiB) ? t.maxRssKiB : r.maxRssKiB, bytes: t.bytes };
  } finally {
    await rm(out, { recursive: true, force: true });
  }
}

const median = (xs: readonly number[]): number => {
  const s = [...xs].sort((a, b) => a - b);
  const m = Math.floor(s.length / 2);
  return s.length % 2 === 1 ? (s[m] as number) : ((s[m - 1] as number) + (s[m] as number)) / 2;
};

function fmtMs(ms: number): string {
  return ms >= 10_000 ? `${(ms / 1000).toFixed(1)} s` : ms >= 1000 ? `${(ms / 1000).toFixed(2)} s` : `${ms.toFixed(ms < 10 ? 1 : 0)} ms`;
}
const fmtMiB = (kib: number): string => (Number.isNaN(kib) ? "?" : `${Math.round(kib / 1024)}`);
const fmtX = (x: number): string => (Number.isFinite(x) ? `${x.toFixed(x < 10 ? 2 : 1)}×` : "–");

async function main(): Promise<void> {
  if (process.argv.includes("--heavy") || process.env["BENCH_HEAVY"] === "1") {
    await runHeavy(process.argv.slice(2), (argv, env, scratch) => spawnMeasured(argv, env, scratch));
    return;
  }
  const opts = options(process.argv.slice(2));
  const scratch = await mkdtemp(join(process.env["BENCH_TMPDIR"] ?? tmpdir(), "aifactory-bench-"));
  try {
    // The programs: the reference file itself at 1×, generated YAML files above.
    const reference = await analyzeFile(defaultBlueprintPath());
    if (reference.blueprint === undefined) throw new Error("the reference blueprint does not load");
    const files = new Map<number, string>();
    const sizeLines: string[] = [];
    for (const k of opts.sizes) {
      const scaled = scaleBlueprint(reference.blueprint, k);
      const bp = opts.distinct ? withDistinctClusters(scaled) : scaled;
      let file = defaultBlueprintPath();
      let text = await readFile(file, "utf8");
      if (k !== 1 || opts.distinct) {
        text = `${stringify(bp, { lineWidth: 0, aliasDuplicateObjects: false })}`;
        file = join(scratch, `program-x${k}.yaml`);
        await writeFile(file, text);
      }
      if (Buffer.byteLength(text) > MAX_BLUEPRINT_BYTES) throw new Error(`${k}×: ${Buffer.byteLength(text)} bytes, above the loader's limit`);
      const analysis = analyzeText(text, file);
      const errors = analysis.findings.filter((f) => f.severity === "error");
      if (analysis.model === undefined || errors.length > 0) throw new Error(`${k}×: not valid: ${errors[0]?.message ?? "no model"}`);
      const n = programSize(bp);
      const t = analysis.model.program.totals;
      sizeLines.push(
        `- ${k}×: ${n.sites} sites, ${n.clusters} clusters, ${n.pools} pools, ${n.tenants} tenants; ` +
          `${Math.round(t.facilityMW).toLocaleString("en-US")} MW facility, ${t.gpus.toLocaleString("en-US")} GPUs; blueprint ${(Buffer.byteLength(text) / 1024).toFixed(0)} KiB`,
      );
      files.set(k, file);
    }
    const steps = STEPS.filter((s) => !opts.skip.has(s.name));
    const samples = new Map<string, Sample[]>();
    const key = (step: string, k: number) => `${step}@${k}`;
    const started = performance.now();
    for (let run = 1; run <= opts.runs; run += 1) {
      for (const step of steps) {
        for (const k of step.perSize ? opts.sizes : [0]) {
          const s = await runStep(step, files.get(k === 0 ? (opts.sizes[0] as number) : k) as string, scratch);
          const list = samples.get(key(step.name, k)) ?? [];
          list.push(s);
          samples.set(key(step.name, k), list);
        }
      }
      process.stderr.write(`run ${run}/${opts.runs} done (${((performance.now() - started) / 1000).toFixed(0)} s)\n`);
    }
    const med = (step: string, k: number, f: (s: Sample) => number): number => {
      const list = samples.get(key(step, STEPS.find((s) => s.name === step)?.perSize ? k : 0));
      return list === undefined ? Number.NaN : median(list.map(f));
    };
    const table = (metric: (s: Sample) => number): string[] => {
      const header = ["step", "floor", ...opts.sizes.flatMap((k) => [`${k}×`, `${k}× peak MiB`, `${k}× / floor`])];
      const growth = opts.sizes.slice(1).map((k, i) => `growth ${opts.sizes[i]}× → ${k}×`);
      const rows = steps.map((step) => {
        const cells = opts.sizes.flatMap((k) => {
          const v = med(step.name, k, metric);
          const floor = step.floor === undefined ? Number.NaN : med(step.floor, k, metric);
          return [fmtMs(v), fmtMiB(med(step.name, k, (s) => s.maxRssKiB)), fmtX(v / floor)];
        });
        const grow = opts.sizes
          .slice(1)
          .map((k, i) => (step.perSize ? fmtX(med(step.name, k, metric) / med(step.name, opts.sizes[i] as number, metric)) : "–"));
        return [`${step.name}: ${step.what}`, step.floor ?? "", ...cells, ...grow];
      });
      return [`| ${[...header, ...growth].join(" | ")} |`, `|${[...header, ...growth].map(() => "---").join("|")}|`, ...rows.map((r) => `| ${r.join(" | ")} |`)];
    };
    const mib = (step: string, k: number): string => {
      const b = med(step, k, (s) => s.bytes);
      return Number.isFinite(b) ? `${(b / 1048576).toFixed(1)} MiB` : "not measured";
    };
    const bytes = opts.sizes.map((k) => `${k}×: cdk.tf.json ${mib("terraform", k)}, YAML ${mib("yaml", k)}`);
    await printBenchReport(
      {
        command: `npm run bench -- ${process.argv.slice(2).join(" ")} (sizes ${opts.sizes.join(",")}, ${opts.runs} runs each, interleaved; medians${opts.distinct ? "; every cluster's pools and tenants renamed: no object shared between clusters" : ""})`,
        programs: sizeLines,
        wallTitle: "Wall time (medians):",
        wall: table((s) => s.ms),
        cpuTitle: "CPU time, user + system (medians; steadier than wall time when other work shares the machine):",
        cpu: table((s) => s.cpuMs),
        notes: [
          `Output written: ${bytes.join("; ")}.`,
          "In-process steps: time of the step alone (no Node start, no imports); peak MiB: the whole process's max RSS.",
          "",
        ],
      },
      opts.out,
    );
  } finally {
    await rm(scratch, { recursive: true, force: true });
  }
}

await main();
