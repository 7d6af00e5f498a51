// gpuStack gpu-operator on a real control plane, with the pools the bundled blueprints lack: time-sliced (GFD's
// "-SHARED" product), MPS behind a pool taint, MIG mixed (all-balanced). No GPU Operator runs (its Go module is not
// served to the bed): its device plugin's choice of config is played from what the API server holds
// (harness/gpu-operator.ts), and its plugin DaemonSet is stood in for, as v26.7.0 names, labels and places it, with
// the tolerations of the ClusterPolicy the API server holds, to judge `aifactory verify`. The judges are the API
// server (aifactory's ClusterPolicy test CRD, typed from the v26.7.0 fields; ResourceQuota admission), the
// DaemonSet controller and the scheduler. Blueprint: test/fixtures/load/valid-gpu-operator-e2e.yaml.
// Narrow with AIFACTORY_E2E_ONLY=gpu-operator.
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startControlPlane, type ControlPlane } from "../harness/control-plane.js";
import { describeRun } from "../harness/exec.js";
import { kube, poll, sleep, type Item, type Kube, type List } from "../harness/kube.js";
import { synthesize, type ClusterOutput } from "../harness/outputs.js";
import type { PodLike } from "../harness/plugin-config.js";
import { REPO_ROOT, requireTools } from "../harness/tools.js";
import { declaredClusters, type DeclaredCluster } from "../world/blueprint-pools.js";
import { realNodes, type TestNode } from "../world/nodes.js";
import { asConfiguredByNvidia } from "../world/configured-nodes.js";
import {
  aifactory, applyKustomization, createNodes, installCrds, operatorConfigReport, operatorNamespace, expectExampleJobOnPool,
  withProvisionedConfigLabel,
} from "./bed.js";

const tools = requireTools("test/e2e/cluster/gpu-operator.e2e.ts");
const BLUEPRINT = join(REPO_ROOT, "test/fixtures/load/valid-gpu-operator-e2e.yaml");
const only = (process.env.AIFACTORY_E2E_ONLY ?? "").split(":")[0] ?? "";
const POOLS = ["shared", "mps", "mig"] as const;

interface PolicyItem extends Item {
  spec: { daemonsets: { tolerations: Record<string, string>[]; priorityClassName: string } };
}

/** The operator's plugin DaemonSet as v26.7.0 makes it (assets/state-device-plugin/0500_daemonset.yaml), minus its containers' work. */
function operatorPluginDaemonSet(namespace: string, policy: PolicyItem): Record<string, unknown> {
  const labels = { app: "nvidia-device-plugin-daemonset" };
  return {
    apiVersion: "apps/v1",
    kind: "DaemonSet",
    metadata: { name: "nvidia-device-plugin-daemonset", namespace, labels },
    spec: {
      selector: { matchLabels: labels },
      template: {
        metadata: { labels },
        spec: {
          // The operator's node selector is its own deploy label, which it puts on GPU nodes; GFD's present label stands in.
          nodeSelector: { "nvidia.com/gpu.present": "true" },
          tolerations: policy.spec.daemonsets.tolerations,
          priorityClassName: policy.spec.daemonsets.priorityClassName,
          containers: [{ name: "nvidia-device-plugin", image: "registry.k8s.io/pause:3.10", resources: { requests: { cpu: "10m", memory: "16Mi" } } }],
        },
      },
    },
  };
}

(tools === undefined || !"valid-gpu-operator-e2e.yaml".includes(only) ? describe.skip : describe)("gpuStack gpu-operator on a real control plane", () => {
  let cp: ControlPlane;
  let k: Kube;
  let cluster: ClusterOutput;
  let declared: DeclaredCluster;
  let nodes: TestNode[];
  let namespace: string;

  beforeAll(async () => {
    cluster = synthesize(BLUEPRINT, "default").clusters[0]!;
    declared = declaredClusters(BLUEPRINT)[0]!;
    namespace = operatorNamespace(cluster)!;
    cp = await startControlPlane(tools!, { context: cluster.context });
    k = kube(tools!.kubectl, cp);
    await poll(async () => ((await k.run(["get", "serviceaccount", "default", "-n", "default"])).code === 0 ? true : undefined), 30_000);
    await installCrds(k, tools!, cluster);
    await k.ok(["create", "namespace", namespace]); // as `helm install -n <ns> --create-namespace` leaves it
    nodes = withProvisionedConfigLabel(realNodes(declared, { networkOperator: false }), cluster).map(asConfiguredByNvidia);
  });
  afterAll(async () => {
    await cp?.stop();
  });

  it("server-side apply creates the ClusterPolicy, the plugin ConfigMap and GKE's quota in the operator's namespace, with no warning", async () => {
    const r = await applyKustomization(k, cluster, "server");
    expect(r.code, describeRun(r)).toBe(0);
    expect(r.stderr.trim(), describeRun(r)).toBe("");
    expect(r.stdout).toMatch(/clusterpolicy.nvidia.com\/cluster-policy serverside-applied/);
    expect(r.stdout).toMatch(new RegExp(`configmap/nvidia-device-plugin-configs serverside-applied`));
    expect(r.stdout).not.toMatch(/daemonset/);
    const quota = await k.json<Item & { spec: { scopeSelector: unknown } }>(["get", "resourcequota", "-n", namespace, "system-node-critical-pods"]);
    expect(JSON.stringify(quota.spec.scopeSelector)).toMatch(/system-node-critical/);
  });

  it("nodes join as the provisioner (node-labels.json), GFD and the MIG manager label them", async () => {
    await createNodes(k, nodes);
    for (const pool of POOLS)
      for (const n of nodes.filter((x) => x.pool === pool)) expect(n.labels["nvidia.com/device-plugin.config"], n.name).toBe(pool);
  });

  for (const pool of POOLS)
    it(`pool ${pool}: the operator's plugin on each node reads the pool's own configuration (and advertises its GPUs)`, async () => {
      expect(await operatorConfigReport(k, declared, pool, nodes, namespace)).toEqual([]);
    });

  for (const pool of POOLS)
    it(`pool ${pool}: the example Job's pod is scheduled onto a node of the pool`, async () => {
      await expectExampleJobOnPool(k, cluster.examples[pool]!, nodes.filter((n) => n.pool === pool).map((n) => n.name));
    });

  it("aifactory verify wants the operator's plugin pod on every pool node, and is satisfied once the operator's DaemonSet runs there", async () => {
    const verify = () => aifactory(["verify", "--kubeconfig", cp.kubeconfig, "--context", cp.context, "--cluster", cluster.name, BLUEPRINT]);
    const before = await verify();
    expect(before.code, describeRun(before)).toBe(1);
    expect(before.stdout, describeRun(before)).toMatch(new RegExp(`node mps-0 has no device plugin pod`));
    expect(before.stdout).toMatch(new RegExp(`kubectl -n ${namespace} describe daemonset nvidia-device-plugin-daemonset`));
    // The operator's DaemonSet, tolerating what the ClusterPolicy held by the API server says: the MPS pool's taint too.
    const policy = await k.json<PolicyItem>(["get", "clusterpolicy", "cluster-policy"]);
    await k.ok(["create", "-f", "-"], JSON.stringify(operatorPluginDaemonSet(namespace, policy)));
    await sleep(2000);
    const gpuNodes = nodes.filter((n) => n.role === "gpu").length;
    const ready = await poll(async () => {
      const pods = await k.json<List<PodLike & Item>>(["get", "pods", "-n", namespace, "-l", "app=nvidia-device-plugin-daemonset"]);
      const isReady = (p: PodLike & Item) => ((p.status?.conditions ?? []) as { type: string; status: string }[]).some((c) => c.type === "Ready" && c.status === "True");
      return pods.items.filter(isReady).length === gpuNodes ? pods : undefined;
    }, 60_000);
    expect(ready, `the operator's plugin pods did not become Ready on the ${gpuNodes} GPU nodes`).toBeDefined();
    const after = await verify();
    expect(after.code, describeRun(after)).toBe(0);
  });
});
