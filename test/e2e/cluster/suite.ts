// The real-cluster test bed: every bundled blueprint, in both profiles, applied to a real Kubernetes control
// plane (etcd, kube-apiserver, kube-controller-manager, kube-scheduler 1.34.4 on 127.0.0.1) whose nodes are
// simulated by kwok: first labelled as `aifactory kind config` labels them, then as a real cluster labels
// them (world/gpu-nodes.ts). Run with `npm run e2e`; README "Real-cluster test bed" says what it proves.
//
// A defect of aifactory's outputs that is known and not yet fixed is marked `it.fails` (strict: it turns red once
// the defect is fixed, and whoever fixes it flips it), with a comment naming the defect. None is marked today.
import { readFileSync } from "node:fs";
import { basename } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startControlPlane, type ControlPlane } from "../harness/control-plane.js";
import { describeRun } from "../harness/exec.js";
import { kube, poll, type Item, type Kube, type List } from "../harness/kube.js";
import { flowAllowed, type Endpoint, type NetworkPolicy } from "../harness/network-policy.js";
import { bundledBlueprints, byShape, synthesize, type ClusterOutput, type Profile } from "../harness/outputs.js";
import type { PodLike } from "../harness/plugin-config.js";
import { requireTools, type Tools } from "../harness/tools.js";
import { declaredClusters, type DeclaredCluster } from "../world/blueprint-pools.js";
import { kindNodes, realNodes, type Labelling, type TestNode } from "../world/nodes.js";
import {
  aifactory, applyKustomization, createNodes, explainApply, installCrds, operatorConfigReport, operatorNamespace, pluginConfigReport,
  pluginDaemonSets, pluginPodsByNode, podConditionMessages, removeNodesAndPods, resourceVersions, runExampleJob, verbs, withProvisionedConfigLabel,
} from "./bed.js";
import {
  claimOf, draExampleProblems, physicalGpus, publishDriverSlices, runDraExample, startDraWorld, GPU_DRIVER, type DraWorld,
} from "./dra-bed.js";
import { withoutDevicePlugin } from "../world/dra-driver.js";

const PROFILES: readonly Profile[] = ["default", "kind"];

/** A pod that restricted Pod Security admits, asking for `gpus` nvidia.com/gpu. */
function restrictedGpuPod(name: string, namespace: string, gpus: number, extra: Record<string, unknown> = {}): Record<string, unknown> {
  return {
    apiVersion: "v1",
    kind: "Pod",
    metadata: { name, namespace },
    spec: {
      restartPolicy: "Never",
      securityContext: { runAsNonRoot: true, runAsUser: 1000, seccompProfile: { type: "RuntimeDefault" } },
      containers: [{
        name: "c",
        image: "registry.k8s.io/pause:3.10",
        resources: { requests: { "nvidia.com/gpu": String(gpus) }, limits: { "nvidia.com/gpu": String(gpus) } },
        securityContext: { allowPrivilegeEscalation: false, capabilities: { drop: ["ALL"] } },
      }],
      ...extra,
    },
  };
}

function tenantEndpoints(cluster: ClusterOutput): Endpoint[] {
  return cluster.objects
    .filter((o) => o.kind === "Namespace" && o.metadata.labels?.["aifactory.dev/tenant"] !== undefined)
    .map((ns) => ({ namespace: ns.metadata.name, namespaceLabels: { ...ns.metadata.labels, "kubernetes.io/metadata.name": ns.metadata.name }, podLabels: { app: "trainer" } }));
}

// kube-dns as kubeadm, kind and the managed services label it.
const KUBE_DNS: Endpoint = {
  namespace: "kube-system",
  namespaceLabels: { "kubernetes.io/metadata.name": "kube-system" },
  podLabels: { "k8s-app": "kube-dns" },
};

function clusterSuite(blueprint: string, profile: Profile, group: readonly ClusterOutput[], tools: Tools): void {
  const cluster = group[0]!;
  const declared: DeclaredCluster = declaredClusters(blueprint).find((c) => c.name === cluster.name)!;
  const others = group.slice(1);
  const title = `${basename(blueprint)} --profile ${profile}: cluster ${cluster.name}` +
    (others.length > 0 ? ` (its ${others.length} other clusters differ only in names)` : "");
  const networkOperator = cluster.objects.some((o) => o.apiVersion === "k8s.cni.cncf.io/v1");
  // gpuStack: the GPU Operator's clusters carry a ClusterPolicy instead of aifactory's plugin DaemonSets.
  const operatorNs = operatorNamespace(cluster);
  // gpuStack dra: NVIDIA's DRA driver (simulated, world/dra-driver.ts) stands where the static device plugin stood.
  const dra = declared.gpuStack === "dra";

  describe(title, () => {
    let cp: ControlPlane;
    let k: Kube;
    let draWorld: DraWorld | undefined;

    beforeAll(async () => {
      cp = await startControlPlane(tools, { context: cluster.context });
      k = kube(tools.kubectl, cp);
      // Pods need their namespace's default ServiceAccount, which the controller-manager creates.
      await poll(async () => ((await k.run(["get", "serviceaccount", "default", "-n", "default"])).code === 0 ? true : undefined), 30_000);
      await installCrds(k, tools, cluster);
      // As the operator's `helm install -n <ns> --create-namespace` leaves it: aifactory does not own the namespace.
      if (operatorNs !== undefined) await k.ok(["create", "namespace", operatorNs]);
      if (dra) draWorld = await startDraWorld(k);
    });
    afterAll(async () => {
      await draWorld?.stop();
      await cp?.stop();
    });

    it("kubectl apply -k creates every object, with no rejection and no warning", async () => {
      const r = await applyKustomization(k, cluster, "client");
      const notCreated = [...verbs(r)].filter(([, v]) => v !== "created");
      expect(r.code, describeRun(r)).toBe(0);
      expect(r.stderr, describeRun(r)).toBe("");
      expect(notCreated, describeRun(r)).toEqual([]);
    });

    it("a second kubectl apply -k says unchanged for every object", async () => {
      const r = await applyKustomization(k, cluster, "client");
      const changed = [...verbs(r)].filter(([, v]) => v !== "unchanged");
      expect(r.code, describeRun(r)).toBe(0);
      expect(changed, await explainApply(k, cluster, r)).toEqual([]);
    });

    it("kubectl diff -k is empty", async () => {
      const r = await k.run(["diff", "-k", cluster.dir]);
      expect(r.code, describeRun(r)).toBe(0);
    });

    it("switching to server-side apply (--server-side --field-manager aifactory) after kubectl apply: no conflict", async () => {
      const r = await applyKustomization(k, cluster, "server");
      expect(r.code, describeRun(r)).toBe(0);
    });

    it("kubectl delete -k removes every object (so that server-side apply starts from nothing)", async () => {
      const r = await k.run(["delete", "-k", cluster.dir, "--wait=true", "--timeout=120s"]);
      expect(r.code, describeRun(r)).toBe(0);
      const left = await poll(async () => {
        const got = await k.run(["get", "-k", cluster.dir, "-o", "name", "--ignore-not-found"]);
        return got.stdout.trim() === "" ? true : undefined;
      }, 120_000);
      expect(left, "objects still present after kubectl delete -k").toBe(true);
    });

    it("server-side apply (--server-side --field-manager aifactory) creates every object, with no rejection and no warning", async () => {
      const r = await applyKustomization(k, cluster, "server");
      expect(r.code, describeRun(r)).toBe(0);
      expect(r.stderr, describeRun(r)).toBe("");
      expect([...verbs(r)].filter(([, v]) => v !== "serverside-applied"), describeRun(r)).toEqual([]);
    });

    it("a second server-side apply changes no object (every resourceVersion stays)", async () => {
      const before = await resourceVersions(k, cluster);
      const r = await applyKustomization(k, cluster, "server");
      expect(r.code, describeRun(r)).toBe(0);
      const after = await resourceVersions(k, cluster);
      const moved = [...after].filter(([key, rv]) => before.get(key) !== rv).map(([key]) => key);
      expect(moved, await explainApply(k, cluster, r)).toEqual([]);
    });

    if (others.length > 0)
      it(`the ${others.length} other clusters of the same shape are accepted too (server-side dry run)`, async () => {
        for (const other of others) {
          const r = await k.run(["apply", "-k", other.dir, "--server-side", "--field-manager", "aifactory", "--dry-run=server", "--force-conflicts"]);
          expect(r.code, `cluster ${other.name}:\n${describeRun(r)}`).toBe(0);
          expect(r.stderr, `cluster ${other.name}:\n${describeRun(r)}`).toBe("");
        }
      });

    describe("NetworkPolicies the API server holds, evaluated (the test bed has no CNI)", () => {
      let policies: NetworkPolicy[];
      beforeAll(async () => {
        policies = (await k.json<List<NetworkPolicy & Item>>(["get", "networkpolicies", "-A"])).items;
      });
      const tenants = tenantEndpoints(cluster);
      for (const t of tenants) {
        it(`tenant ${t.namespace}: pods can resolve names (egress to kube-dns on 53/UDP and 53/TCP)`, () => {
          expect(flowAllowed(policies, t, KUBE_DNS, 53, "UDP")).toBe(true);
          expect(flowAllowed(policies, t, KUBE_DNS, 53, "TCP")).toBe(true);
        });
        it(`tenant ${t.namespace}: pods of the namespace reach each other (multi-node training)`, () => {
          expect(flowAllowed(policies, t, { ...t, podLabels: { app: "worker" } }, 29500, "TCP")).toBe(true);
        });
        for (const other of tenants.filter((o) => o.namespace !== t.namespace))
          it(`tenant ${t.namespace}: pods cannot reach tenant ${other.namespace}`, () => {
            expect(flowAllowed(policies, t, other, 29500, "TCP")).toBe(false);
          });
      }
    });

    describe("admission by the real API server", () => {
      for (const tenant of cluster.capacity.tenants.filter((t) => t.gpuQuota > 0).slice(0, 1))
        it(`a pod over tenant ${tenant.name}'s GPU quota (${tenant.gpuQuota}) is refused by ResourceQuota`, async () => {
          const pod = restrictedGpuPod("over-quota", tenant.name, tenant.gpuQuota + 1);
          const r = await k.run(["create", "-f", "-"], JSON.stringify(pod));
          expect(r.code, `${JSON.stringify(pod)}\n${describeRun(r)}`).not.toBe(0);
          expect(r.stderr).toMatch(/exceeded quota: gpu-quota, requested: requests\.nvidia\.com\/gpu=\d+, used: requests\.nvidia\.com\/gpu=\d+, limited: requests\.nvidia\.com\/gpu=\d+/);
        });
      if (dra)
        for (const tenant of cluster.capacity.tenants.filter((t) => t.gpuQuota > 0).slice(0, 1)) {
          it(`a ResourceClaim over tenant ${tenant.name}'s GPU quota (${tenant.gpuQuota} devices of gpu.aifactory.dev) is refused by ResourceQuota`, async () => {
            const claim = claimOf("over-quota", tenant.name, "gpu.aifactory.dev", tenant.gpuQuota + 1);
            const r = await k.run(["create", "-f", "-"], JSON.stringify(claim));
            expect(r.code, describeRun(r)).not.toBe(0);
            expect(r.stderr).toContain(`exceeded quota: gpu-quota, requested: gpu.aifactory.dev.deviceclass.resource.k8s.io/devices=${tenant.gpuQuota + 1}`);
            expect(r.stderr).toContain(`limited: gpu.aifactory.dev.deviceclass.resource.k8s.io/devices=${tenant.gpuQuota}`);
          });
          it(`a ResourceClaim through the driver's own class gpu.nvidia.com in tenant ${tenant.name} is refused by ResourceQuota`, async () => {
            const r = await k.run(["create", "-f", "-"], JSON.stringify(claimOf("driver-class", tenant.name, "gpu.nvidia.com", 1)));
            expect(r.code, describeRun(r)).not.toBe(0);
            expect(r.stderr).toMatch(/exceeded quota: gpu-quota, requested: gpu\.nvidia\.com\.deviceclass\.resource\.k8s\.io\/devices=1, used: gpu\.nvidia\.com\.deviceclass\.resource\.k8s\.io\/devices=0, limited: gpu\.nvidia\.com\.deviceclass\.resource\.k8s\.io\/devices=0/);
          });
          it(`a ResourceClaim within tenant ${tenant.name}'s quota is admitted (the refusals above are the quota's, not the claim's)`, async () => {
            const r = await k.run(["create", "-f", "-"], JSON.stringify(claimOf("within-quota", tenant.name, "gpu.aifactory.dev", 1)));
            expect(r.code, describeRun(r)).toBe(0);
            await k.ok(["delete", "resourceclaim", "-n", tenant.name, "within-quota"]);
          });
        }
      const namespaces = cluster.objects.filter((o) => o.kind === "Namespace" && o.metadata.labels?.["aifactory.dev/tenant"] !== undefined);
      for (const ns of namespaces) {
        const level = ns.metadata.labels?.["pod-security.kubernetes.io/enforce"];
        if (level === "restricted")
          it(`a privileged pod in tenant namespace ${ns.metadata.name} (restricted) is refused by Pod Security`, async () => {
            const pod = restrictedGpuPod("privileged", ns.metadata.name, 0, {});
            const spec = pod.spec as { containers: { securityContext: Record<string, unknown> }[] };
            spec.containers[0]!.securityContext = { privileged: true };
            const r = await k.run(["create", "-f", "-"], JSON.stringify(pod));
            expect(r.code, describeRun(r)).not.toBe(0);
            expect(r.stderr).toMatch(/violates PodSecurity "restricted:v\d+\.\d+": privileged/);
          });
        else
          it(`tenant namespace ${ns.metadata.name} enforces Pod Security "${level}" and says why`, () => {
            expect(level).toBe("privileged");
            expect(ns.metadata.annotations?.["aifactory.dev/pod-security-reason"] ?? "").not.toBe("");
          });
      }
    });

    nodeSuite("kind", profile, cluster, declared, networkOperator, () => k, operatorNs);
    nodeSuite("real", profile, cluster, declared, networkOperator, () => k, operatorNs);
  });
}

function nodeSuite(
  labelling: Labelling, profile: Profile, cluster: ClusterOutput, declared: DeclaredCluster, networkOperator: boolean, getKube: () => Kube,
  operatorNs?: string,
): void {
  const real = labelling === "real";
  const dra = declared.gpuStack === "dra";
  const blueprintFile = () => declaredBlueprintPath(cluster);
  describe(real ? "nodes as a real cluster labels them (GFD, NFD, kubelet, cloud provider)" : "nodes as `aifactory kind config` labels them", () => {
    let k: Kube;
    let nodes: TestNode[];
    beforeAll(async () => {
      k = getKube();
      if (real) {
        nodes = realNodes(declared, { networkOperator });
        if (operatorNs !== undefined) nodes = withProvisionedConfigLabel(nodes, cluster);
        if (dra) nodes = withoutDevicePlugin(nodes);
      } else {
        const r = await aifactory(["kind", "config", "--cluster", cluster.name, blueprintFile()]);
        if (r.code !== 0) throw new Error(describeRun(r));
        nodes = kindNodes(declared, r.stdout);
      }
      await createNodes(k, nodes);
      // On a real dra cluster the driver's kubelet plugins publish the GPUs; on kind, `aifactory kind fake-gpus` does.
      if (dra && real) await publishDriverSlices(k, declared, nodes);
    });
    afterAll(async () => {
      await removeNodesAndPods(k);
    });

    // Read once per set of nodes: the DaemonSets' pods, and the example Jobs (all applied together).
    let plugins: ReturnType<typeof pluginPodsByNode> | undefined;
    const pluginPods = () => (plugins ??= pluginPodsByNode(k, cluster));
    let jobs: Promise<Map<string, Awaited<ReturnType<typeof runExampleJob>>>> | undefined;
    const exampleJobs = () =>
      (jobs ??= Promise.all(
        Object.entries(cluster.examples).map(async ([pool, file]) => [pool, dra ? await runDraExample(k, file, real ? 30_000 : 20_000) : await runExampleJob(k, file, real ? 10_000 : 20_000)] as const),
      ).then((entries) => new Map(entries)));

    const kubeArgs = () => ["--kubeconfig", k.cp.kubeconfig, "--context", k.cp.context, "--cluster", cluster.name];

    if (!real && dra)
      it("aifactory kind fake-gpus publishes on every pool node a ResourceSlice of the node's GPUs (driver gpu.nvidia.com), and a second run changes nothing", async () => {
        const first = await aifactory(["kind", "fake-gpus", ...kubeArgs(), blueprintFile()]);
        expect(first.code, describeRun(first)).toBe(0);
        const slices = (await k.json<List<Item<{ driver: string; nodeName?: string; devices?: unknown[] }>>>(["get", "resourceslices"])).items;
        for (const n of nodes.filter((x) => x.role === "gpu")) {
          const system = declared.pools.find((p) => p.name === n.pool)!.system;
          const mine = slices.filter((sl) => sl.spec?.driver === GPU_DRIVER && sl.spec.nodeName === n.name);
          expect(mine.reduce((sum, sl) => sum + (sl.spec?.devices ?? []).length, 0), `${n.name}\n${describeRun(first)}`).toBe(physicalGpus(system));
        }
        const before = new Map(slices.map((sl) => [sl.metadata.name, sl.metadata.resourceVersion]));
        const again = await aifactory(["kind", "fake-gpus", ...kubeArgs(), blueprintFile()]);
        expect(again.code, describeRun(again)).toBe(0);
        expect(again.stdout, describeRun(again)).toMatch(/^0 of \d+ GPU node\(s\) given ResourceSlices/m);
        const after = (await k.json<List>(["get", "resourceslices"])).items;
        expect(new Map(after.map((sl) => [sl.metadata.name, sl.metadata.resourceVersion]))).toEqual(before);
      });

    if (!real && !dra)
      it("aifactory kind fake-gpus makes every pool node advertise the pool's nvidia.com/gpu, and a second run changes nothing", async () => {
        const first = await aifactory(["kind", "fake-gpus", ...kubeArgs(), blueprintFile()]);
        expect(first.code, describeRun(first)).toBe(0);
        const list = await k.json<List>(["get", "nodes"]);
        for (const n of nodes.filter((x) => x.role === "gpu")) {
          const pool = cluster.capacity.pools.find((p) => p.name === n.pool)!;
          const node = list.items.find((i) => i.metadata.name === n.name)!;
          const st = node.status as { capacity: Record<string, string>; allocatable: Record<string, string> };
          expect(st.capacity["nvidia.com/gpu"], `${n.name}\n${describeRun(first)}`).toBe(String(pool.advertisedGpusPerNode));
          expect(st.allocatable["nvidia.com/gpu"], n.name).toBe(String(pool.advertisedGpusPerNode));
        }
        const again = await aifactory(["kind", "fake-gpus", ...kubeArgs(), blueprintFile()]);
        expect(again.code, describeRun(again)).toBe(0);
        expect(again.stdout, describeRun(again)).toMatch(/^0 of \d+ GPU node\(s\) patched/m);
      });

    const dsTitle = "the device plugin runs one pod on every GPU node of every pool and none on other nodes";
    const dsCheck = async () => {
      const byNode = await pluginPods();
      const report = nodes.map((n) => `${n.name} (${n.role}${n.pool === undefined ? "" : ` pool ${n.pool}`}): ${(byNode.get(n.name) ?? []).length}`);
      const ds = await k.run(["get", "daemonsets", "-A", "-o", "wide"]);
      const msg = `plugin pods per node:\n  ${report.join("\n  ")}\n${ds.stdout}` +
        `\nlabels of ${nodes.find((n) => n.role === "gpu")?.name}: ${JSON.stringify(nodes.find((n) => n.role === "gpu")?.labels)}` +
        `\ntaints: ${JSON.stringify(nodes.find((n) => n.role === "gpu")?.taints)}`;
      for (const n of nodes) expect((byNode.get(n.name) ?? []).length, msg).toBe(n.role === "gpu" ? 1 : 0);
      expect(byNode.get("(unscheduled)") ?? [], msg).toEqual([]);
    };
    if (dra)
      it("gpuStack dra: no device plugin DaemonSet is emitted, and none runs (the DRA driver's kubelet plugins publish the GPUs)", async () => {
        expect(pluginDaemonSets(cluster).map((o) => o.metadata.name)).toEqual([]);
        const ds = await k.json<List>(["get", "daemonsets", "-A"]);
        expect(ds.items.map((d) => `${d.metadata.namespace}/${d.metadata.name}`)).toEqual([]);
      });
    else if (operatorNs === undefined) {
      it(dsTitle, dsCheck);

      for (const pool of declared.pools) {
        const title = `pool ${pool.name}: the plugin on each of its nodes reads the pool's own configuration`;
        const check = async () => {
          const byNode = await pluginPods();
          expect(await pluginConfigReport(k, declared, pool.name, nodes, byNode)).toEqual([]);
        };
        it(title, check);
      }
    } else {
      it("no device plugin DaemonSet of aifactory's runs: the GPU Operator runs the plugin", async () => {
        expect((await k.json<List>(["get", "daemonsets", "-A"])).items.map((d) => d.metadata.name)).toEqual([]);
      });
      for (const pool of declared.pools)
        it(`pool ${pool.name}: the GPU Operator's plugin on each of its nodes reads the pool's own configuration and advertises its GPUs`, async () => {
          expect(await operatorConfigReport(k, declared, pool.name, nodes, operatorNs)).toEqual([]);
        });
    }

    const smokeTitle = "aifactory kind smoke schedules a GPU pod onto every pool";
    const smoke = async () => {
      const r = await aifactory(["kind", "smoke", ...kubeArgs(), "--timeout", real ? "10" : "60", blueprintFile()]);
      expect(r.code, describeRun(r)).toBe(0);
      expect(r.stdout, describeRun(r)).toMatch(/smoke test passed/);
    };
    it(smokeTitle, smoke);

    for (const pool of declared.pools) {
      const file = cluster.examples[pool.name];
      if (file === undefined) continue;
      const run = async () => (await exampleJobs()).get(pool.name)!;
      it(`pool ${pool.name}: the example GPU Job is admitted under its namespace's Pod Security level`, async () => {
        const o = await run();
        expect(o.apply.code, describeRun(o.apply)).toBe(0);
        // The only warnings allowed are those the namespace asks for: a `warn` level stricter than `enforce`
        // (set on purpose, with the reason in aifactory.dev/pod-security-reason).
        const ns = cluster.objects.find((x) => x.kind === "Namespace" && x.metadata.name === o.namespace);
        const enforce = ns?.metadata.labels?.["pod-security.kubernetes.io/enforce"];
        const warn = ns?.metadata.labels?.["pod-security.kubernetes.io/warn"];
        const unexplained = o.apply.stderr.split("\n").filter((l) => l.trim() !== "")
          .filter((l) => !(warn !== undefined && warn !== enforce && l.startsWith(`Warning: would violate PodSecurity "${warn}:`)));
        expect(unexplained, describeRun(o.apply)).toEqual([]);
        const pods = await k.json<List>(["get", "pods", "-n", o.namespace, "-l", `batch.kubernetes.io/job-name=${o.name}`]);
        expect(pods.items.length, `no pod created for Job ${o.namespace}/${o.name}; events:\n${o.events}`).toBeGreaterThan(0);
      });
      if (dra) {
        const draRun = async () => (await run()) as Awaited<ReturnType<typeof runDraExample>>;
        const multiNode = readFileSync(file, "utf8").includes("kind: ComputeDomain");
        if (!real && multiNode)
          it(`pool ${pool.name}: kind nodes carry no nvidia.com/gpu.clique, so the multi-node NVLink example stays unscheduled, and the scheduler says why`, async () => {
            const o = await draRun();
            expect(o.pods.length, o.events).toBeGreaterThan(0);
            for (const p of o.pods) {
              expect(p.pod.spec.nodeName, `${p.pod.metadata.name}: ${podConditionMessages(p.pod)}`).toBeUndefined();
              expect(podConditionMessages(p.pod)).toMatch(/didn't match Pod's node affinity\/selector/);
            }
          });
        else
          it(`pool ${pool.name}: the real scheduler allocates the example's claims from the pool's nodes` +
            (multiNode ? " and places its pods on 2 nodes of one NVLink domain, each with a ComputeDomain channel" : ""), async () => {
            const o = await draRun();
            const problems = draExampleProblems(o, pool.name, nodes);
            expect(problems, `${JSON.stringify(o.pods.map((p) => ({ pod: p.pod.metadata.name, node: p.pod.spec.nodeName, why: podConditionMessages(p.pod), claims: p.claims })), null, 1)}\nevents:\n${o.events}`).toEqual([]);
          });
        continue;
      }
      const title = `pool ${pool.name}: the example GPU Job's pod is scheduled onto a node of the pool`;
      const check = async () => {
        const o = await run();
        const poolNodes = nodes.filter((n) => n.pool === pool.name).map((n) => n.name);
        const pod = o.pod as (PodLike & Item) | undefined;
        expect(poolNodes, `pod ${o.namespace}/${pod?.metadata.name} on ${pod?.spec.nodeName ?? "no node"}: ${podConditionMessages(pod)}\nevents:\n${o.events}`)
          .toContain(pod?.spec.nodeName);
      };
      it(title, check);
    }

    if (real && dra)
      it("a pod claiming a GPU of gpu.aifactory.dev without the GPU toleration stays off the GPU nodes", async () => {
        const ns = cluster.capacity.tenants[0]!.name;
        await k.ok(["create", "-f", "-"], JSON.stringify(claimOf("no-toleration", ns, "gpu.aifactory.dev", 1)));
        const pod = restrictedGpuPod("no-toleration", ns, 0) as { spec: { containers: { resources: Record<string, unknown> }[]; resourceClaims?: unknown[] } };
        pod.spec.containers[0]!.resources = { claims: [{ name: "gpus" }] };
        pod.spec.resourceClaims = [{ name: "gpus", resourceClaimName: "no-toleration" }];
        const r = await k.run(["create", "-f", "-"], JSON.stringify(pod));
        expect(r.code, describeRun(r)).toBe(0);
        const placed = await poll(async () => {
          const p = await k.json<PodLike & Item>(["get", "pod", "-n", ns, "no-toleration"]);
          return p.spec.nodeName !== undefined || /untolerated taint/.test(podConditionMessages(p)) ? p : undefined;
        }, 20_000);
        expect(placed?.spec.nodeName, podConditionMessages(placed)).toBeUndefined();
        // Every GPU node turned it away for its taint (and the control-plane node for its own), not for want of devices.
        const tainted = nodes.filter((n) => n.role !== "cpu").length;
        expect(podConditionMessages(placed)).toContain(`${tainted} node(s) had untolerated taint`);
        await k.run(["delete", "pod", "-n", ns, "no-toleration", "--force", "--grace-period=0"]);
        await k.run(["delete", "resourceclaim", "-n", ns, "no-toleration", "--wait=false"]);
      });

    if (real && !dra)
      it("a GPU pod without the GPU toleration stays off the GPU nodes", async () => {
        const ns = cluster.capacity.tenants[0]!.name;
        const pod = restrictedGpuPod("no-toleration", ns, 1);
        const r = await k.run(["create", "-f", "-"], JSON.stringify(pod));
        expect(r.code, describeRun(r)).toBe(0);
        const placed = await poll(async () => {
          const p = await k.json<PodLike & Item>(["get", "pod", "-n", ns, "no-toleration"]);
          const unsched = ((p.status?.conditions ?? []) as { type: string; reason?: string }[]).some((c) => c.type === "PodScheduled" && c.reason === "Unschedulable");
          return p.spec.nodeName !== undefined || unsched ? p : undefined;
        }, 20_000);
        expect(placed?.spec.nodeName, podConditionMessages(placed)).toBeUndefined();
        expect(podConditionMessages(placed)).toMatch(/untolerated taint/);
        await k.run(["delete", "pod", "-n", ns, "no-toleration", "--force", "--grace-period=0"]);
      });
  });
}

const blueprintOf = new Map<string, string>();
function declaredBlueprintPath(cluster: ClusterOutput): string {
  return blueprintOf.get(cluster.dir)!;
}

/**
 * The test bed's suites for one bundled blueprint (its file name under blueprints/), in both profiles. One file per
 * blueprint (test/e2e/cluster/<blueprint>.e2e.ts) so that vitest runs two control planes at once on two cores.
 */
export function blueprintSuites(fileName: string): void {
  const tools = requireTools(`test/e2e/cluster/${fileName.replace(/\.yaml$/, "")}.e2e.ts`);
  if (tools === undefined) {
    describe.skip(`${fileName}: real-cluster test bed (tools missing: see the SKIPPED line above)`, () => {
      it("needs the control plane built by test/e2e/build-tools.sh", () => undefined);
    });
    return;
  }
  const blueprint = bundledBlueprints().find((b) => basename(b) === fileName);
  if (blueprint === undefined) throw new Error(`no bundled blueprint ${fileName} in blueprints/`);
  // AIFACTORY_E2E_ONLY=dev-kind:kind narrows a local run (blueprint file name part, optional :profile).
  const [onlyBlueprint, onlyProfile] = (process.env.AIFACTORY_E2E_ONLY ?? "").split(":");
  if (!fileName.includes(onlyBlueprint ?? "")) {
    describe.skip(`${fileName}: not selected by AIFACTORY_E2E_ONLY=${process.env.AIFACTORY_E2E_ONLY}`, () => {
      it("runs when AIFACTORY_E2E_ONLY is unset or names this blueprint", () => undefined);
    });
    return;
  }
  for (const profile of PROFILES.filter((p) => onlyProfile === undefined || onlyProfile === p)) {
    const outputs = synthesize(blueprint, profile);
    for (const c of outputs.clusters) blueprintOf.set(c.dir, blueprint);
    for (const group of byShape(outputs.clusters)) clusterSuite(blueprint, profile, group, tools);
  }
}
