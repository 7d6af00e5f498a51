// `aifactory kind config|fake-gpus|smoke`: the kind workflow. Thin shells over src/synth/kind and src/kind; their
// KindErrors (a plain message and an exit code) are reported by the top of the CLI, like every error.
import { isAbsolute, resolve } from "node:path";
import { InvalidArgumentError, type Command } from "commander";
import type { Analysis } from "../../check/analyze.js";
import type { ResolvedCluster, ResolvedFactory } from "../../model/types.js";
import type { KubeCluster } from "../../kind/cluster.js";
import { noSuchCluster } from "../../kind/errors.js";
import { escapeUnsafe } from "../../io/escape.js";
import { applyFakeGpus, describeFakeGpuPlan, fakeGpuPlanOk } from "../../kind/fake-gpus.js";
import { applyFakeSlices, describeFakeSlicePlan } from "../../kind/fake-slices.js";
import { describeSmoke, runSmoke } from "../../kind/smoke.js";
import { writeFileAtomically } from "../../output/write-file.js";
import { DEFAULT_WORKERS_PER_POOL, renderKindConfig } from "../../synth/kind/config.js";
import { findingLines } from "../../report/validate-text.js";
import { analyzeInputs, exitCodeFor } from "../inputs.js";
import { EXIT_FINDINGS, EXIT_OK, type CommandContext } from "../io.js";

/** How the commands reach a cluster; tests replace it. */
export type ConnectCluster = (options: { context: string; kubeconfig?: string }) => Promise<KubeCluster>;

/** @kubernetes/client-node is loaded only when a command talks to a cluster (it costs startup time). */
const connectWithClientNode: ConnectCluster = async (options) => (await import("../../kind/client.js")).connectKubeCluster(options);

export function registerKind(program: Command, ctx: CommandContext, connect: ConnectCluster = connectWithClientNode): void {
  const kind = program
    .command("kind")
    .description("Run a blueprint's cluster on kind: cluster config, simulated GPUs, smoke test.")
    .addHelpText(
      "after",
      [
        "",
        "Walkthrough: aifactory kind config blueprints/dev-kind.yaml --out kind.yaml; kind create cluster --config kind.yaml;",
        "aifactory kind fake-gpus --context kind-dev blueprints/dev-kind.yaml; aifactory synth blueprints/dev-kind.yaml --profile kind;",
        "kubectl --context kind-dev apply -k cdktf.out/kubernetes/dev; aifactory kind smoke --context kind-dev blueprints/dev-kind.yaml.",
      ].join("\n"),
    );

  kind
    .command("config")
    .description("Write a kind cluster config standing in for one cluster of the blueprint (scaled down).")
    .argument("[blueprint]", "blueprint file (default: the bundled 10 GW blueprint; blueprints/dev-kind.yaml is kind-sized)")
    .option("--cluster <name>", "the blueprint cluster (default: the first)")
    .option("--out <file>", "write the config to this file instead of stdout")
    .option("--workers-per-pool <n>", `kind workers standing for each GPU pool (default ${DEFAULT_WORKERS_PER_POOL})`, positiveInt)
    .option("--image <image>", "kind node image for every node, e.g. kindest/node:v1.33.1 (default: kind's)")
    .action(async (blueprint: string | undefined, opts: { cluster?: string; out?: string; workersPerPool?: number; image?: string }) => {
      const picked = await pickCluster(ctx, blueprint, opts.cluster);
      if (picked === undefined) return;
      const text = renderKindConfig(picked.model, picked.cluster, {
        ...(opts.workersPerPool === undefined ? {} : { workersPerPool: opts.workersPerPool }),
        ...(opts.image === undefined ? {} : { image: opts.image }),
      });
      if (opts.out === undefined) {
        ctx.io.stdout(text);
        return;
      }
      const file = isAbsolute(opts.out) ? opts.out : resolve(ctx.io.cwd, opts.out);
      await writeFileAtomically(file, text);
      ctx.io.stderr(`wrote kind config for cluster ${picked.cluster.name} to ${escapeUnsafe(opts.out)}\n`);
    });

  kind
    .command("fake-gpus")
    .description(
      "Make each GPU pool's nodes advertise the pool's nvidia.com/gpu per node (status patch; idempotent). " +
        "On a gpuStack dra cluster: publish per node a ResourceSlice of driver gpu.nvidia.com with the node's GPUs, as NVIDIA's DRA driver would (idempotent).",
    )
    .argument("[blueprint]", "blueprint file (default: the bundled 10 GW blueprint)")
    .requiredOption("--context <context>", "kubeconfig context of the cluster, e.g. kind-dev")
    .option("--cluster <name>", "the blueprint cluster (default: the one whose kubeconfig context is --context, else the first)")
    .option("--kubeconfig <file>", "kubeconfig file (default: $KUBECONFIG, else ~/.kube/config)")
    .action(async (blueprint: string | undefined, opts: { context: string; cluster?: string; kubeconfig?: string }) => {
      const picked = await pickCluster(ctx, blueprint, opts.cluster, opts.context);
      if (picked === undefined) return;
      const client = await connect(connectOptions(ctx, opts));
      if (picked.cluster.gpuStack === "dra") {
        const slices = await applyFakeSlices(client, picked.cluster);
        ctx.io.stdout(`${describeFakeSlicePlan(slices, opts.context).join("\n")}\n`);
        ctx.exit(fakeGpuPlanOk(slices) ? EXIT_OK : EXIT_FINDINGS);
        return;
      }
      const plan = await applyFakeGpus(client, picked.cluster);
      ctx.io.stdout(`${describeFakeGpuPlan(plan, opts.context).join("\n")}\n`);
      ctx.exit(fakeGpuPlanOk(plan) ? EXIT_OK : EXIT_FINDINGS);
    });

  kind
    .command("smoke")
    .description(
      "Per GPU pool, schedule a pod requesting GPUs; report pool → node; fail if any stays unscheduled. " +
        "On a gpuStack dra cluster each pod claims its GPUs through a ResourceClaimTemplate of class gpu.aifactory.dev; " +
        "smoke checks scheduling only: without NVIDIA's DRA driver no kubelet plugin prepares the devices (the pods stay ContainerCreating).",
    )
    .argument("[blueprint]", "blueprint file (default: the bundled 10 GW blueprint)")
    .requiredOption("--context <context>", "kubeconfig context of the cluster, e.g. kind-dev")
    .option("--cluster <name>", "the blueprint cluster (default: the one whose kubeconfig context is --context, else the first)")
    .option("--kubeconfig <file>", "kubeconfig file (default: $KUBECONFIG, else ~/.kube/config)")
    .option("--timeout <seconds>", "how long to wait for the pods to be scheduled", positiveInt, 60)
    .option("--namespace <namespace>", "namespace of the smoke pods", "default")
    .option("--gpus <n>", "GPUs each pod requests (nvidia.com/gpu; devices of gpu.aifactory.dev it claims under gpuStack dra)", positiveInt, 1)
    .action(
      async (
        blueprint: string | undefined,
        opts: { context: string; cluster?: string; kubeconfig?: string; timeout: number; namespace: string; gpus: number },
      ) => {
        const picked = await pickCluster(ctx, blueprint, opts.cluster, opts.context);
        if (picked === undefined) return;
        const client = await connect(connectOptions(ctx, opts));
        const results = await runSmoke(client, picked.cluster, {
          namespace: opts.namespace,
          gpus: opts.gpus,
          timeoutSeconds: opts.timeout,
        });
        ctx.io.stdout(`${describeSmoke(results, opts.context, opts.timeout).join("\n")}\n`);
        ctx.exit(results.every((r) => r.node !== undefined) ? EXIT_OK : EXIT_FINDINGS);
      },
    );

  // Usage errors of the subcommands go through run()'s handler like every other verb's.
  for (const sub of kind.commands) sub.exitOverride().configureOutput(program.configureOutput());
}

function connectOptions(ctx: CommandContext, opts: { context: string; kubeconfig?: string }): { context: string; kubeconfig?: string } {
  if (opts.kubeconfig === undefined) return { context: opts.context };
  return { context: opts.context, kubeconfig: isAbsolute(opts.kubeconfig) ? opts.kubeconfig : resolve(ctx.io.cwd, opts.kubeconfig) };
}

/** Loads the blueprint (findings printed; errors stop here) and picks the cluster. */
async function pickCluster(
  ctx: CommandContext,
  blueprint: string | undefined,
  name: string | undefined,
  context?: string,
): Promise<{ model: ResolvedFactory; cluster: ResolvedCluster } | undefined> {
  const [analysis]: Analysis[] = await analyzeInputs(blueprint === undefined ? [] : [blueprint], { cwd: ctx.io.cwd });
  if (analysis === undefined) return undefined;
  const code = exitCodeFor([analysis]);
  if (analysis.model === undefined || code !== EXIT_OK) {
    for (const f of analysis.findings) if (f.severity === "error") ctx.io.stderr(`${findingLines(analysis.file, f, ctx.style).join("\n")}\n`);
    ctx.io.stderr(`${analysis.file}: fix the errors above first (\`aifactory validate ${analysis.file}\`)\n`);
    ctx.exit(code === EXIT_OK ? EXIT_FINDINGS : code);
    return undefined;
  }
  const model = analysis.model;
  const clusters = model.sites.flatMap((s) => s.clusters);
  if (name !== undefined) {
    const cluster = clusters.find((c) => c.name === name);
    if (cluster === undefined) throw noSuchCluster(name, clusters.map((c) => c.name));
    return { model, cluster };
  }
  const byContext = context === undefined ? undefined : clusters.find((c) => c.kubeconfig.context === context);
  const cluster = byContext ?? clusters[0];
  if (cluster === undefined) throw noSuchCluster("(any)", []);
  if (byContext === undefined && clusters.length > 1)
    ctx.io.stderr(`note: ${analysis.file} has ${clusters.length} clusters; using the first, ${cluster.name} (--cluster to choose)\n`);
  return { model, cluster };
}

function positiveInt(value: string): number {
  const n = Number(value);
  if (!Number.isInteger(n) || n < 1) throw new InvalidArgumentError(`expected a whole number of at least 1, got "${value}"`);
  return n;
}
