// gpuStack dra on a real control plane, beyond what the generic suite (suite.ts) checks for every bundled blueprint:
// an HGX pool next to an NVL72 rack, every node of both simulated, so that `aifactory verify` can be held against the
// driver's ResourceSlices (passes, then fails when a node's slice lacks a device); a multi-node example that must
// never span two NVLink domains; the second tenant's own quota. The judges are the API server (quota admission), the
// scheduler (claim allocation, pod affinity) and the resourceclaim controller; the driver is world/dra-driver.ts.
// Blueprint: test/fixtures/load/valid-dra-e2e.yaml. Narrow with AIFACTORY_E2E_ONLY=dra.
import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { parseAllDocuments, stringify } from "yaml";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startControlPlane, type ControlPlane } from "../harness/control-plane.js";
import { describeRun } from "../harness/exec.js";
import { kube, poll, type Item, type Kube, type List } from "../harness/kube.js";
import { synthesize, type ClusterOutput } from "../harness/outputs.js";
import type { PodLike } from "../harness/plugin-config.js";
import { REPO_ROOT, requireTools } from "../harness/tools.js";
import { declaredClusters, type DeclaredCluster } from "../world/blueprint-pools.js";
import { gpuSlice, physicalGpus, publishSlices, withoutDevicePlugin } from "../world/dra-driver.js";
import { realNodes, type TestNode } from "../world/nodes.js";
import { aifactory, applyKustomization, createNodes, podConditionMessages } from "./bed.js";
import { claimOf, draExampleProblems, publishDriverSlices, runDraExample, startDraWorld, type DraWorld } from "./dra-bed.js";

const tools = requireTools("test/e2e/cluster/dra.e2e.ts");
const BLUEPRINT = join(REPO_ROOT, "test/fixtures/load/valid-dra-e2e.yaml");
const only = (process.env.AIFACTORY_E2E_ONLY ?? "").split(":")[0] ?? "";

/**
 * The bed's kwok stages without pod-complete: here Job pods keep running, as training does for hours. With pods that
 * succeed at once the scheduler forgets them before it places the next pod of the Job, and a required pod affinity
 * among the Job's pods is then met by no pod at all (which the scheduler allows), so it could not be tested.
 */
function longRunningStages(): string {
  const file = join(REPO_ROOT, "test/e2e/harness/kwok-stages.yaml");
  const docs = parseAllDocuments(readFileSync(file, "utf8")).map((d) => d.toJS() as { metadata: { name: string } });
  const kept = docs.filter((d) => d.metadata.name !== "pod-complete");
  if (kept.length !== docs.length - 1) throw new Error(`${file}: no stage pod-complete to leave out`);
  const out = join(mkdtempSync(join(process.env.AIFACTORY_E2E_TMP ?? tmpdir(), "aifactory-e2e-kwok-")), "kwok-stages.yaml");
  writeFileSync(out, kept.map((d) => stringify(d)).join("---\n"));
  return out;
}

/** Every node of each pool, as many as the blueprint says (world/nodes.ts makes 2 per pool: the rest are copies). */
function allPoolNodes(declared: DeclaredCluster, sizes: ReadonlyMap<string, number>): TestNode[] {
  const base = withoutDevicePlugin(realNodes(declared, { networkOperator: false }));
  const out: TestNode[] = base.filter((n) => n.role !== "gpu");
  for (const pool of declared.pools) {
    const template = base.find((n) => n.pool === pool.name)!;
    for (let i = 0; i < sizes.get(pool.name)!; i++) {
      const name = `${pool.name}-${i}`;
      out.push({ ...template, name, labels: { ...template.labels, "kubernetes.io/hostname": name } });
    }
  }
  return out;
}

if (tools === undefined || !"dra".includes(only)) {
  describe.skip("gpuStack dra on the test bed (tools missing, or not selected by AIFACTORY_E2E_ONLY)", () => {
    it("runs with the control plane built and AIFACTORY_E2E_ONLY unset or naming dra", () => undefined);
  });
} else {
  const outputs = synthesize(BLUEPRINT, "default");
  const cluster: ClusterOutput = outputs.clusters[0]!;
  const declared = declaredClusters(BLUEPRINT)[0]!;

  describe("gpuStack dra: verify, NVLink domains and tenant quotas (test/fixtures/load/valid-dra-e2e.yaml)", () => {
    let cp: ControlPlane;
    let k: Kube;
    let world: DraWorld;
    let nodes: TestNode[];
    const verify = () => aifactory(["verify", "--kubeconfig", cp.kubeconfig, "--context", cp.context, "--cluster", cluster.name, BLUEPRINT]);

    beforeAll(async () => {
      cp = await startControlPlane(tools, { context: cluster.context, kwokStages: longRunningStages() });
      k = kube(tools.kubectl, cp);
      await poll(async () => ((await k.run(["get", "serviceaccount", "default", "-n", "default"])).code === 0 ? true : undefined), 30_000);
      world = await startDraWorld(k);
      const applied = await applyKustomization(k, cluster, "server");
      if (applied.code !== 0) throw new Error(describeRun(applied));
      nodes = allPoolNodes(declared, new Map(cluster.capacity.pools.map((p) => [p.name, p.nodes])));
      await createNodes(k, nodes);
      await publishDriverSlices(k, declared, nodes);
    });
    afterAll(async () => {
      await world?.stop();
      await cp?.stop();
    });

    it("aifactory verify passes: every pool node publishes its GPUs in the driver's ResourceSlices (no device plugin, no nvidia.com/gpu)", async () => {
      const r = await verify();
      expect(r.code, describeRun(r)).toBe(0);
      expect(r.stdout, describeRun(r)).toMatch(/cluster dra on context .*: 0 error\(s\), 0 warning\(s\); 23 node\(s\), 2 pool\(s\)/);
    });

    it("aifactory verify fails when a node's slice lacks a device, naming the node and the counts", async () => {
      const node = "nvl-3";
      const system = declared.pools.find((p) => p.name === "nvl")!.system;
      await publishSlices(k, [gpuSlice(node, system, physicalGpus(system), { drop: 2 })]);
      try {
        const r = await verify();
        expect(r.code, describeRun(r)).toBe(1);
        expect(r.stdout, describeRun(r)).toContain(`AIF-V006 pool dra/nvl: node ${node} publishes 3 whole GPU(s) of driver gpu.nvidia.com in its ResourceSlices, the pool's nodes have 4`);
        expect(r.stdout).toMatch(/1 error\(s\)/);
      } finally {
        await publishSlices(k, [gpuSlice(node, system, physicalGpus(system))]);
      }
      const again = await verify();
      expect(again.code, describeRun(again)).toBe(0);
    });

    it("tenant product's own quota (4 GPUs) refuses a claim of 5 devices of gpu.aifactory.dev that tenant research's (12) admits", async () => {
      const refused = await k.run(["create", "-f", "-"], JSON.stringify(claimOf("five", "product", "gpu.aifactory.dev", 5)));
      expect(refused.code, describeRun(refused)).not.toBe(0);
      expect(refused.stderr).toMatch(/exceeded quota: gpu-quota, requested: gpu\.aifactory\.dev\.deviceclass\.resource\.k8s\.io\/devices=5, used: gpu\.aifactory\.dev\.deviceclass\.resource\.k8s\.io\/devices=0, limited: gpu\.aifactory\.dev\.deviceclass\.resource\.k8s\.io\/devices=4/);
      const admitted = await k.run(["create", "-f", "-"], JSON.stringify(claimOf("five", "research", "gpu.aifactory.dev", 5)));
      expect(admitted.code, describeRun(admitted)).toBe(0);
      await k.ok(["delete", "resourceclaim", "-n", "research", "five"]);
    });

    it("pool hgx: the example pod's claim is allocated one GPU of driver gpu.nvidia.com on the pod's own node of the pool", async () => {
      const o = await runDraExample(k, cluster.examples["hgx"]!, 30_000);
      expect(o.apply.code, describeRun(o.apply)).toBe(0);
      expect(o.gpusPerPod).toBe(1);
      expect(draExampleProblems(o, "hgx", nodes), `${JSON.stringify(o.pods.map((p) => p.claims))}\n${o.events}`).toEqual([]);
    });

    it("pool nvl: the multi-node example runs on 2 nodes of the rack, each claiming all 4 GPUs of its node and a ComputeDomain channel", async () => {
      const o = await runDraExample(k, cluster.examples["nvl"]!, 30_000);
      expect(o.apply.code, describeRun(o.apply)).toBe(0);
      expect([o.parallelism, o.gpusPerPod, o.computeDomain]).toEqual([2, 4, true]);
      expect(draExampleProblems(o, "nvl", nodes), `${JSON.stringify(o.pods.map((p) => p.claims))}\n${o.events}\n${world.controllerErrors().join("\n")}`).toEqual([]);
    });

    it("pool nvl: when every node is its own NVLink domain, the example never spans two: one pod runs, the other waits on its pod affinity", async () => {
      const name = "gpu-example-nvl";
      // Pods go at once (no kubelet runs to stop them), as removeNodesAndPods does it.
      await k.ok(["delete", "job", "-n", "research", name, "--wait=false"]);
      await k.ok(["delete", "pods", "-n", "research", "-l", `batch.kubernetes.io/job-name=${name}`, "--force", "--grace-period=0", "--wait=false"]);
      const gone = await poll(async () => ((await k.json<List>(["get", "pods", "-n", "research", "-l", `batch.kubernetes.io/job-name=${name}`])).items.length === 0 ? true : undefined), 30_000);
      expect(gone, "the first run's pods are still there").toBe(true);
      for (const n of nodes.filter((x) => x.pool === "nvl"))
        await k.ok(["label", "node", n.name, "--overwrite", `nvidia.com/gpu.clique=6f1d2c3b-0000-4000-8000-00000000e2e0.${n.name}`]);
      await k.ok(["apply", "-f", cluster.examples["nvl"]!]);
      const settled = await poll(async () => {
        const pods = (await k.json<List<PodLike & Item>>(["get", "pods", "-n", "research", "-l", `batch.kubernetes.io/job-name=${name}`])).items;
        const bound = pods.filter((p) => p.spec.nodeName !== undefined);
        const waiting = pods.filter((p) => p.spec.nodeName === undefined && /pod affinity/.test(podConditionMessages(p)));
        return bound.length === 1 && waiting.length === 1 ? { bound, waiting } : undefined;
      }, 30_000);
      const pods = (await k.json<List<PodLike & Item>>(["get", "pods", "-n", "research", "-l", `batch.kubernetes.io/job-name=${name}`])).items;
      expect(settled, pods.map((p) => `${p.metadata.name} on ${p.spec.nodeName ?? "-"}: ${podConditionMessages(p)}`).join("\n")).toBeDefined();
    });

  });
}
