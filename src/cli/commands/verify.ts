// `aifactory verify --context CTX [BLUEPRINT]`: a live cluster held against the blueprint. A thin verb: the
// cluster's state is read by src/kind/client.ts (readClusterState), compared by src/verify (pure). Its KindErrors
// (unreachable: exit 2) are reported by the top of the CLI.
import { isAbsolute, resolve } from "node:path";
import type { Command } from "commander";
import { locateFinding } from "../../blueprint/locate.js";
import type { Analysis } from "../../check/analyze.js";
import { escapeUnsafe } from "../../io/escape.js";
import { noSuchCluster } from "../../kind/errors.js";
import { buildClusterObjects } from "../../objects/index.js";
import type { ClusterState } from "../../verify/state.js";
import { pluginNamespace, verifyCluster } from "../../verify/compare.js";
import { findingLines } from "../../report/validate-text.js";
import { analyzeInputs, exitCodeFor } from "../inputs.js";
import { EXIT_FINDINGS, EXIT_OK, type CommandContext } from "../io.js";

/** How the verb reads a cluster; tests replace it. */
export type ReadCluster = (options: { context: string; kubeconfig?: string; pluginNamespace: string; resourceSlices?: boolean }) => Promise<ClusterState>;

const readWithClientNode: ReadCluster = async (options) => (await import("../../kind/client.js")).readClusterState(options);

export function registerVerify(program: Command, ctx: CommandContext, read: ReadCluster = readWithClientNode): void {
  program
    .command("verify")
    .description("Hold a live cluster against the blueprint: pool nodes, allocatable GPUs, device plugin pods (gpuStack dra: GPUs in the DRA driver's ResourceSlices), namespaces, quotas.")
    .argument("[blueprint]", "blueprint file (default: the bundled 10 GW blueprint)")
    .requiredOption("--context <context>", "kubeconfig context of the cluster")
    .option("--cluster <name>", "the blueprint cluster (default: the one whose kubeconfig context is --context, else the first)")
    .option("--kubeconfig <file>", "kubeconfig file (default: $KUBECONFIG, else ~/.kube/config)")
    .action(async (blueprint: string | undefined, opts: { context: string; cluster?: string; kubeconfig?: string }) => {
      const [analysis]: Analysis[] = await analyzeInputs(blueprint === undefined ? [] : [blueprint], { cwd: ctx.io.cwd });
      if (analysis === undefined) return;
      const code = exitCodeFor([analysis]);
      if (analysis.model === undefined || code !== EXIT_OK) {
        for (const f of analysis.findings) if (f.severity === "error") ctx.io.stderr(`${findingLines(analysis.file, f, ctx.style).join("\n")}\n`);
        ctx.io.stderr(`${analysis.file}: fix the errors above first (\`aifactory validate ${analysis.file}\`)\n`);
        ctx.exit(code === EXIT_OK ? EXIT_FINDINGS : code);
        return;
      }
      const model = analysis.model;
      const clusters = model.sites.flatMap((s) => s.clusters);
      const cluster =
        opts.cluster !== undefined
          ? clusters.find((c) => c.name === opts.cluster)
          : (clusters.find((c) => c.kubeconfig.context === opts.context) ?? clusters[0]);
      if (cluster === undefined) throw noSuchCluster(opts.cluster ?? "(any)", clusters.map((c) => c.name));
      const kubeconfig = opts.kubeconfig === undefined ? undefined : isAbsolute(opts.kubeconfig) ? opts.kubeconfig : resolve(ctx.io.cwd, opts.kubeconfig);
      const state = await read({
        context: opts.context,
        ...(kubeconfig === undefined ? {} : { kubeconfig }),
        pluginNamespace: pluginNamespace(cluster),
        ...(cluster.gpuStack === "dra" ? { resourceSlices: true } : {}),
      });
      const locate = analysis.locate;
      const findings = verifyCluster(cluster, buildClusterObjects(model, cluster), state).map((f) =>
        locate === undefined ? f : locateFinding(f, analysis.file, locate),
      );
      for (const f of findings) ctx.io.stdout(`${findingLines(analysis.file, f, ctx.style).join("\n")}\n`);
      const errors = findings.filter((f) => f.severity === "error").length;
      ctx.io.stdout(
        `${analysis.file}: cluster ${cluster.name} on context ${escapeUnsafe(opts.context)}: ${errors} error(s), ${findings.length - errors} warning(s); ` +
          `${state.nodes.length} node(s), ${cluster.pools.length} pool(s)\n`,
      );
      ctx.exit(errors > 0 ? EXIT_FINDINGS : EXIT_OK);
    });
}
