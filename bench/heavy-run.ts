// `npm run bench -- --heavy`: the tenants-heavy and pools-heavy programs (heavy.ts) at 1k, 10k and 100k tenants or
// pools, each in-process step (task.ts) measured in fresh processes, interleaved, medians. What it reports is the time
// per tenant or pool, and that time as a ratio to the smallest count's in the same run: a step linear in the
// blueprint's size stays near 1× (fixed costs make it fall below), a quadratic one grows about 10× per 10× count.
// No timed assertion anywhere: the ratios are for people to read (bench/RESULTS.md).
import { mkdtemp, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { performance } from "node:perf_hooks";
import { stringify } from "yaml";
import { analyzeText, packageRoot } from "../src/check/analyze.js";
import { DEFAULT_PER_CLUSTER, HEAVY_KINDS, heavyBlueprint, type HeavyKind } from "./heavy.js";
import { printBenchReport } from "./report.js";
import type { Task, TaskResult } from "./task.js";

type Spawn = (argv: readonly string[], env: Record<string, string>, scratch: string) => Promise<{ stdout: string; maxRssKiB: number }>;

const STEPS: readonly { task: Task; what: string }[] = [
  { task: "analyze", what: "load + resolve + rules + security baseline" },
  { task: "terraform", what: "Terraform JSON → disk" },
  { task: "yaml", what: "Kubernetes YAML → disk" },
];

interface HeavyOptions {
  counts: number[];
  runs: number;
  skip: Set<string>;
  kinds: HeavyKind[];
  perCluster: number;
  out?: string;
}

function heavyOptions(argv: readonly string[]): HeavyOptions {
  const arg = (name: string): string | undefined => {
    const i = argv.indexOf(name);
    return i >= 0 ? argv[i + 1] : undefined;
  };
  const counts = (arg("--counts") ?? process.env["BENCH_COUNTS"] ?? "1000,10000,100000").split(",").map(Number);
  const runs = Number(arg("--runs") ?? process.env["BENCH_RUNS"] ?? 3);
  const perCluster = Number(arg("--per-cluster") ?? DEFAULT_PER_CLUSTER);
  const skip = new Set((arg("--skip") ?? process.env["BENCH_SKIP"] ?? "").split(",").filter((s) => s !== ""));
  const kinds = (arg("--kinds") ?? HEAVY_KINDS.join(",")).split(",") as HeavyKind[];
  if (counts.some((n) => !Number.isInteger(n) || n < 1) || !Number.isInteger(runs) || runs < 1) throw new Error("bad --counts or --runs");
  if (kinds.some((k) => !HEAVY_KINDS.includes(k))) throw new Error(`--kinds takes ${HEAVY_KINDS.join(", ")}`);
  const out = arg("--out");
  return { counts, runs, skip, kinds, perCluster, ...(out === undefined ? {} : { out }) };
}

const median = (xs: readonly number[]): number => {
  const s = [...xs].sort((a, b) => a - b);
  const m = Math.floor(s.length / 2);
  return s.length % 2 === 1 ? (s[m] as number) : ((s[m - 1] as number) + (s[m] as number)) / 2;
};
const fmtMs = (ms: number): string => (ms >= 10_000 ? `${(ms / 1000).toFixed(1)} s` : ms >= 1000 ? `${(ms / 1000).toFixed(2)} s` : `${ms.toFixed(0)} ms`);
const fmtUs = (us: number): string => `${us.toFixed(us < 10 ? 1 : 0)} µs`;
const fmtX = (x: number): string => (Number.isFinite(x) ? `${x.toFixed(2)}×` : "–");

export async function runHeavy(argv: readonly string[], spawnMeasured: Spawn): Promise<void> {
  const opts = heavyOptions(argv);
  const root = packageRoot();
  const scratch = await mkdtemp(join(process.env["BENCH_TMPDIR"] ?? tmpdir(), "aifactory-bench-heavy-"));
  try {
    const files = new Map<string, string>();
    const programs: string[] = [];
    for (const kind of opts.kinds) {
      for (const n of opts.counts) {
        const text = stringify(heavyBlueprint(kind, n, opts.perCluster), { lineWidth: 0 });
        const file = join(scratch, `${kind}-${n}.yaml`);
        await writeFile(file, text);
        // A program that does not validate would measure the error paths: refuse it.
        const analysis = analyzeText(text, file, { maxBytes: Number.MAX_SAFE_INTEGER });
        const errors = analysis.findings.filter((f) => f.severity === "error");
        if (analysis.model === undefined || errors.length > 0) throw new Error(`${kind} ${n}: not valid: ${errors[0]?.code} ${errors[0]?.message ?? "no model"}`);
        const clusters = analysis.model.sites.reduce((s, site) => s + site.clusters.length, 0);
        programs.push(`- ${kind} ${n.toLocaleString("en-US")}: ${clusters} cluster${clusters === 1 ? "" : "s"}, blueprint ${(Buffer.byteLength(text) / 1024).toFixed(0)} KiB`);
        files.set(`${kind}@${n}`, file);
      }
    }
    const steps = STEPS.filter((s) => !opts.skip.has(s.task));
    const samples = new Map<string, { ms: number; cpuMs: number; rss: number }[]>();
    const started = performance.now();
    for (let run = 1; run <= opts.runs; run += 1) {
      for (const kind of opts.kinds) {
        for (const step of steps) {
          for (const n of opts.counts) {
            const out = await mkdtemp(join(scratch, `${step.task}-`));
            try {
              const argvTask = [process.execPath, join(root, "dist/bench/task.js"), step.task, files.get(`${kind}@${n}`) as string, out];
              const r = await spawnMeasured(argvTask, {}, scratch);
              const t = JSON.parse(r.stdout.trim().split("\n").pop() ?? "{}") as TaskResult;
              const key = `${kind}/${step.task}@${n}`;
              samples.set(key, [...(samples.get(key) ?? []), { ms: t.ms, cpuMs: t.cpuMs, rss: Number.isNaN(r.maxRssKiB) ? t.maxRssKiB : r.maxRssKiB }]);
            } finally {
              await rm(out, { recursive: true, force: true });
            }
          }
        }
      }
      process.stderr.write(`run ${run}/${opts.runs} done (${((performance.now() - started) / 1000).toFixed(0)} s)\n`);
    }
    const first = opts.counts[0] as number;
    const med = (kind: string, task: string, n: number, f: (s: { ms: number; cpuMs: number; rss: number }) => number) =>
      median((samples.get(`${kind}/${task}@${n}`) ?? []).map(f));
    const table = (metric: (s: { ms: number; cpuMs: number; rss: number }) => number): string[] => {
      const header = ["program", "step", ...opts.counts.flatMap((n) => [`${n}`, `per unit at ${n}`, `/ per unit at ${first}`]), `peak MiB at ${opts.counts.at(-1)}`];
      const rows = opts.kinds.flatMap((kind) =>
        steps.map((step) => {
          const base = med(kind, step.task, first, metric) / first;
          const cells = opts.counts.flatMap((n) => {
            const v = med(kind, step.task, n, metric);
            return [fmtMs(v), fmtUs((v / n) * 1000), fmtX(v / n / base)];
          });
          return [`${kind}-heavy`, `${step.task}: ${step.what}`, ...cells, `${Math.round(med(kind, step.task, opts.counts.at(-1) as number, (s) => s.rss) / 1024)}`];
        }),
      );
      return [`| ${header.join(" | ")} |`, `|${header.map(() => "---").join("|")}|`, ...rows.map((r) => `| ${r.join(" | ")} |`)];
    };
    await printBenchReport(
      {
        command: `npm run bench -- ${argv.join(" ")} (counts ${opts.counts.join(",")}, at most ${opts.perCluster} per cluster, ${opts.runs} runs each, interleaved; medians)`,
        programs,
        wallTitle:
          "Wall time (medians); per unit: per tenant (tenants-heavy) or per pool (pools-heavy); the last column of each count is its per-unit time over the smallest count's (linear ≈ 1×):",
        wall: table((s) => s.ms),
        cpuTitle: "CPU time, user + system (medians):",
        cpu: table((s) => s.cpuMs),
      },
      opts.out,
    );
  } finally {
    await rm(scratch, { recursive: true, force: true });
  }
}
