import { mkdtempSync, writeFileSync } from "node:fs";
import { createServer } from "node:net";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { Command } from "commander";
import { describe, expect, it } from "vitest";
import { packageRoot } from "../../src/check/analyze.js";
import { registerVerify } from "../../src/cli/commands/verify.js";
import { run } from "../../src/cli/main.js";
import { styleFor, type CliIo, type CommandContext } from "../../src/cli/io.js";
import { buildClusterObjects } from "../../src/objects/index.js";
import { poolNodeLabels } from "../../src/objects/pool-scheduling.js";
import type { ClusterState } from "../../src/verify/state.js";
import { loadBundled } from "../synth/kubernetes/bundled.js";

function captureIo(): CliIo & { out: string[]; err: string[] } {
  const out: string[] = [];
  const err: string[] = [];
  return { out, err, cwd: packageRoot(), stdout: (t) => void out.push(t), stderr: (t) => void err.push(t) };
}

async function verify(state: ClusterState): Promise<{ code: number; out: string }> {
  const io = captureIo();
  let code = 0;
  const ctx: CommandContext = { io, style: styleFor(io), exit: (c) => void (code = Math.max(code, c)) };
  const program = new Command("aifactory").exitOverride();
  registerVerify(program, ctx, () => Promise.resolve(state));
  await program.parseAsync(["verify", "--context", "kind-dev", "blueprints/dev-kind.yaml"], { from: "user" });
  return { code, out: io.out.join("") };
}

/** dev-kind's cluster as its blueprint wants it. */
async function healthy(): Promise<ClusterState> {
  const model = await loadBundled("blueprints/dev-kind.yaml");
  const cluster = model.sites[0]!.clusters[0]!;
  const objects = buildClusterObjects(model, cluster);
  return {
    context: "kind-dev",
    nodes: cluster.pools.flatMap((p) =>
      Array.from({ length: p.nodes }, (_, i) => ({ name: `${p.name}-${i}`, labels: poolNodeLabels(p), allocatable: { "nvidia.com/gpu": String(p.devicePlugin.advertisedGpusPerNode) } })),
    ),
    pluginPods: cluster.pools.flatMap((p) =>
      Array.from({ length: p.nodes }, (_, i) => ({ namespace: "nvidia-device-plugin", name: `dp-${p.name}-${i}`, labels: { name: "nvidia-device-plugin-ds", "aifactory.dev/pool": p.name }, nodeName: `${p.name}-${i}`, ready: true })),
    ),
    namespaces: objects.filter((o) => o.object.kind === "Namespace").map((o) => o.object.metadata!.name!),
    quotas: objects
      .filter((o) => o.object.kind === "ResourceQuota")
      .map((o) => ({ namespace: o.object.metadata!.namespace!, name: o.object.metadata!.name!, hard: (o.object as { spec: { hard: Record<string, string> } }).spec.hard })),
  };
}

describe("aifactory verify", () => {
  it("exits 0 on a cluster as the blueprint wants it, 1 with located findings when a node is missing", async () => {
    const ok = await verify(await healthy());
    expect(ok.code, ok.out).toBe(0);
    expect(ok.out).toMatch(/cluster dev on context kind-dev: 0 error\(s\)/);
    const state = await healthy();
    const bad = await verify({ ...state, nodes: state.nodes.filter((n) => n.name !== "h100-1") });
    expect(bad.code).toBe(1);
    expect(bad.out).toMatch(/blueprints\/dev-kind\.yaml:\d+:\d+: error AIF-V001 pool dev\/h100: context kind-dev has 1 node\(s\)/);
  });

  it("exits 2 when the cluster cannot be reached", async () => {
    const server = createServer();
    await new Promise<void>((r) => server.listen(0, "127.0.0.1", r));
    const port = (server.address() as { port: number }).port;
    await new Promise<void>((r) => server.close(() => r()));
    const dir = mkdtempSync(join(tmpdir(), "aifactory-verify-"));
    const kubeconfig = join(dir, "config");
    writeFileSync(
      kubeconfig,
      `apiVersion: v1\nkind: Config\nclusters:\n- name: c\n  cluster: {server: "https://127.0.0.1:${port}", insecure-skip-tls-verify: true}\ncontexts:\n- name: kind-dev\n  context: {cluster: c, user: u}\ncurrent-context: kind-dev\nusers:\n- name: u\n  user: {token: not-a-secret}\n`,
    );
    const io = captureIo();
    expect(await run(["verify", "--context", "kind-dev", "--kubeconfig", kubeconfig, "blueprints/dev-kind.yaml"], io)).toBe(2);
    expect(io.err.join("")).toMatch(/kind-dev/);
  });
});
