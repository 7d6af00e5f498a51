// GPU pools on a real control plane (issue 12's remaining parts): MPS pools get the MPS control daemon on exactly the
// pool's nodes; time-sliced nodes that GFD labels "<product>-SHARED" are still the pool's; MIG mixed pools advertise
// nvidia.com/mig-<profile>, their Jobs request it and the tenant quota limits it; an Arm system on GKE (tainted
// kubernetes.io/arch=arm64) gets its plugin and its Jobs; `aifactory verify` says a Pending plugin pod is Pending.
// The judges are the API server (server-side apply, quota admission), the DaemonSet controller and the scheduler.
// Blueprint: test/fixtures/load/valid-pools-e2e.yaml. Narrow with AIFACTORY_E2E_ONLY=pools.
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startControlPlane, type ControlPlane } from "../harness/control-plane.js";
import { describeRun } from "../harness/exec.js";
import { kube, poll, sleep, type Item, type Kube, type List } from "../harness/kube.js";
import { synthesize, type ClusterOutput } from "../harness/outputs.js";
import type { PodLike } from "../harness/plugin-config.js";
import { REPO_ROOT, requireTools } from "../harness/tools.js";
import { declaredClusters } from "../world/blueprint-pools.js";
import { realNodes, type TestNode } from "../world/nodes.js";
import { asConfiguredByNvidia } from "../world/configured-nodes.js";
import { aifactory, applyKustomization, createNodes, podConditionMessages, expectExampleJobOnPool } from "./bed.js";

const tools = requireTools("test/e2e/cluster/pools.e2e.ts");
const BLUEPRINT = join(REPO_ROOT, "test/fixtures/load/valid-pools-e2e.yaml");
const only = (process.env.AIFACTORY_E2E_ONLY ?? "").split(":")[0] ?? "";

interface DaemonSetItem extends Item {
  spec: { template: { spec: PodLike["spec"] } };
}

(tools === undefined || !"valid-pools-e2e.yaml".includes(only) ? describe.skip : describe)("GPU pools on a real control plane", () => {
  let cp: ControlPlane;
  let k: Kube;
  let cluster: ClusterOutput;
  let nodes: TestNode[];

  beforeAll(async () => {
    cluster = synthesize(BLUEPRINT, "default").clusters[0]!;
    cp = await startControlPlane(tools!, { context: cluster.context });
    k = kube(tools!.kubectl, cp);
    await poll(async () => ((await k.run(["get", "serviceaccount", "default", "-n", "default"])).code === 0 ? true : undefined), 30_000);
    nodes = realNodes(declaredClusters(BLUEPRINT)[0]!, { networkOperator: false }).map(asConfiguredByNvidia);
  });
  afterAll(async () => {
    await cp?.stop();
  });

  it("server-side apply creates every object (MPS daemon: privileged, hostPID, Bidirectional mount; MIG plugin: SYS_ADMIN), with no warning", async () => {
    const r = await applyKustomization(k, cluster, "server");
    expect(r.code, describeRun(r)).toBe(0);
    expect(r.stderr.trim(), describeRun(r)).toBe("");
    expect(r.stdout).toMatch(/daemonset.apps\/mps-control-daemon-mps serverside-applied/);
  });

  it("the DaemonSet controller and scheduler put one plugin pod on each node of each pool, -SHARED and Arm-tainted nodes included, and the MPS daemon on the MPS pool's nodes only", async () => {
    await createNodes(k, nodes);
    await sleep(2000);
    const sets = (await k.json<List<DaemonSetItem>>(["get", "daemonsets", "-n", "nvidia-device-plugin"])).items;
    const byDs = new Map<string, string[]>();
    const settled = await poll(async () => {
      byDs.clear();
      const pods = await k.json<List<PodLike & Item>>(["get", "pods", "-n", "nvidia-device-plugin"]);
      for (const p of pods.items) {
        const owner = (p.metadata.ownerReferences ?? []).find((o) => o.kind === "DaemonSet")?.name ?? "(none)";
        byDs.set(owner, [...(byDs.get(owner) ?? []), p.spec.nodeName ?? "(unscheduled)"].sort());
      }
      return [...byDs.values()].flat().length >= nodes.filter((n) => n.role === "gpu").length + 2 && ![...byDs.values()].flat().includes("(unscheduled)") ? true : undefined;
    }, 60_000);
    const shown = JSON.stringify(Object.fromEntries(byDs), null, 1);
    expect(settled, shown).toBe(true);
    const poolNodes = (pool: string) => nodes.filter((n) => n.pool === pool).map((n) => n.name).sort();
    for (const pool of ["mps", "shared", "mig", "arm"]) expect(byDs.get(`nvidia-device-plugin-${pool}`), `${pool}\n${shown}`).toEqual(poolNodes(pool));
    expect(byDs.get("mps-control-daemon-mps"), shown).toEqual(poolNodes("mps"));
    expect(sets.map((s) => s.metadata.name).sort()).toEqual([
      "mps-control-daemon-mps", "nvidia-device-plugin-arm", "nvidia-device-plugin-mig", "nvidia-device-plugin-mps", "nvidia-device-plugin-shared",
    ]);
  });

  for (const pool of ["mps", "shared", "mig", "arm"]) {
    it(`pool ${pool}: the example Job's pod is scheduled onto a node of the pool`, async () => {
      await expectExampleJobOnPool(k, cluster.examples[pool]!, nodes.filter((n) => n.pool === pool).map((n) => n.name));
    });
  }

  it("the tenant quota limits the MIG resources too: a pod over it is refused by ResourceQuota", async () => {
    const quota = await k.json<Item & { spec: { hard: Record<string, string> } }>(["get", "resourcequota", "-n", "research", "gpu-quota"]);
    const limit = Number(quota.spec.hard["requests.nvidia.com/mig-3g.40gb"]);
    expect(limit).toBeGreaterThan(0);
    const pod = {
      apiVersion: "v1",
      kind: "Pod",
      metadata: { name: "over-mig-quota", namespace: "research" },
      spec: {
        restartPolicy: "Never",
        securityContext: { runAsNonRoot: true, runAsUser: 1000, seccompProfile: { type: "RuntimeDefault" } },
        containers: [{
          name: "c",
          image: "registry.k8s.io/pause:3.10",
          resources: { requests: { "nvidia.com/mig-3g.40gb": String(limit + 1) }, limits: { "nvidia.com/mig-3g.40gb": String(limit + 1) } },
          securityContext: { allowPrivilegeEscalation: false, capabilities: { drop: ["ALL"] } },
        }],
      },
    };
    const r = await k.run(["create", "-f", "-"], JSON.stringify(pod));
    expect(r.code, describeRun(r)).not.toBe(0);
    expect(r.stderr).toMatch(/exceeded quota: gpu-quota, requested: requests\.nvidia\.com\/mig-3g\.40gb=/);
  });

  it("aifactory verify reports a plugin pod the scheduler cannot place as Pending, with the scheduler's reason", async () => {
    // One more node of the MPS pool, too small for the plugin's CPU request: its DaemonSet pod stays Pending.
    const base = nodes.find((n) => n.pool === "mps")!;
    const name = "mps-small";
    const small = { ...base, name, labels: { ...base.labels, "kubernetes.io/hostname": name } };
    const object = (await import("../world/nodes.js")).nodeObject(small) as { status: { capacity: Record<string, string>; allocatable: Record<string, string> } };
    object.status.capacity = { ...object.status.capacity, cpu: "10m" };
    object.status.allocatable = { ...object.status.allocatable, cpu: "10m" };
    await k.ok(["create", "-f", "-"], JSON.stringify(object));
    const pending = await poll(async () => {
      const pods = await k.json<List<PodLike & Item>>(["get", "pods", "-n", "nvidia-device-plugin", "--field-selector", "status.phase=Pending"]);
      return pods.items.find((p) => JSON.stringify(p.spec).includes(name) && /Insufficient cpu/.test(podConditionMessages(p)));
    }, 60_000);
    expect(pending, "no Pending plugin pod for the small node").toBeDefined();
    const r = await aifactory(["verify", "--kubeconfig", cp.kubeconfig, "--context", cp.context, "--cluster", cluster.name, BLUEPRINT]);
    expect(r.code, describeRun(r)).toBe(1);
    expect(r.stdout, describeRun(r)).toMatch(/node mps-small has device plugin pod nvidia-device-plugin-mps-\w+ Pending, not scheduled: .*Insufficient cpu/);
    expect(r.stdout).not.toMatch(/node mps-small has no device plugin pod/);
  });
});
