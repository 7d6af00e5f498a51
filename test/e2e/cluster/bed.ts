// The steps the real-cluster suite runs against one control plane: apply aifactory's outputs the ways a user
// does, put nodes in, and read back what the API server, the scheduler and the controllers made of them.
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { expect } from "vitest";
import { describeRun, run, type RunResult } from "../harness/exec.js";
import { applyLines, poll, sleep, type Item, type Kube, type List } from "../harness/kube.js";
import type { ClusterOutput, KubeObject } from "../harness/outputs.js";
import { operatorPluginConfig, CLUSTER_POLICY_CRD_FILE, type ClusterPolicyLike } from "../harness/gpu-operator.js";
import { effectiveSettings, pluginConfigOnNode, type PodLike } from "../harness/plugin-config.js";
import { AIFACTORY_CLI, REPO_ROOT, type Tools } from "../harness/tools.js";
import type { DeclaredCluster } from "../world/blueprint-pools.js";
import { nodeObject, type TestNode } from "../world/nodes.js";

/** Installs the CRDs whose objects the outputs contain (from test/e2e/tools/crds and tools/kueue), and waits until served. */
export async function installCrds(k: Kube, tools: Tools, cluster: ClusterOutput): Promise<void> {
  if (cluster.objects.some((o) => o.apiVersion === "k8s.cni.cncf.io/v1")) {
    await k.ok(["apply", "-f", join(tools.crdDir, "network-attachment-definitions.yaml")]);
    await k.ok(["wait", "--for=condition=Established", "--timeout=60s", "crd/network-attachment-definitions.k8s.cni.cncf.io"]);
  }
  if (cluster.objects.some((o) => o.apiVersion.startsWith("kueue.x-k8s.io/"))) await installKueueCrds(k, join(tools.crdDir, "kueue"));
  if (cluster.objects.some((o) => o.kind === "ClusterPolicy")) {
    await k.ok(["apply", "-f", CLUSTER_POLICY_CRD_FILE]);
    await k.ok(["wait", "--for=condition=Established", "--timeout=60s", "crd/clusterpolicies.nvidia.com"]);
  }
}

/** gpuStack gpu-operator: the operator's namespace, where the ConfigMap its ClusterPolicy names lives. */
export function operatorNamespace(cluster: ClusterOutput): string | undefined {
  const policy = cluster.objects.find((o) => o.kind === "ClusterPolicy") as (KubeObject & ClusterPolicyLike) | undefined;
  const name = policy?.spec?.devicePlugin?.config?.name;
  return cluster.objects.find((o) => o.kind === "ConfigMap" && o.metadata.name === name)?.metadata.namespace;
}

/**
 * gpuStack gpu-operator: the node provisioner stamps node-labels.json on each pool's nodes, and under this stack that
 * is where nvidia.com/device-plugin.config comes from (the blueprint file cannot say it: AIF-K010).
 */
export function withProvisionedConfigLabel(nodes: TestNode[], cluster: ClusterOutput): TestNode[] {
  const file = JSON.parse(readFileSync(join(cluster.dir, "node-labels.json"), "utf8")) as { pools: { pool: string; labels: Record<string, string> }[] };
  return nodes.map((n) => {
    const value = file.pools.find((p) => p.pool === n.pool)?.labels["nvidia.com/device-plugin.config"];
    return value === undefined ? n : { ...n, labels: { ...n.labels, "nvidia.com/device-plugin.config": value } };
  });
}

/** What the operator's device plugin would read on each of a pool's nodes, and advertise, against the blueprint. */
export async function operatorConfigReport(k: Kube, declared: DeclaredCluster, pool: string, nodes: readonly TestNode[], namespace: string): Promise<string[]> {
  const want = declared.pools.find((p) => p.name === pool)!;
  const policies = await k.json<List<Item & ClusterPolicyLike>>(["get", "clusterpolicies"]);
  if (policies.items.length !== 1) return [`${policies.items.length} ClusterPolicies on the cluster: the operator reconciles one`];
  const policy = policies.items[0]!;
  const configMaps = new Map<string, Item>();
  for (const cm of (await k.json<List>(["get", "configmaps", "-n", namespace])).items) configMaps.set(cm.metadata.name, cm);
  const nodeList = await k.json<List>(["get", "nodes"]);
  const problems: string[] = [];
  for (const node of nodes.filter((n) => n.pool === pool)) {
    const live = nodeList.items.find((n) => n.metadata.name === node.name);
    const labels = live?.metadata.labels ?? {};
    const got = operatorPluginConfig(policy, labels, (name) => configMaps.get(name));
    if (!got.ok) {
      problems.push(`node ${node.name}: the operator's plugin gets no config: ${got.reason}`);
      continue;
    }
    const eff = effectiveSettings(got.config);
    const migStrategy = got.migStrategy ?? eff.migStrategy;
    // A whole-GPU pool may run under the cluster's single or mixed strategy: the plugin falls back to whole GPUs.
    const migOk = migStrategy === want.migStrategy || (want.migStrategy === "none" && (labels["nvidia.com/mig.config"] ?? "all-disabled") === "all-disabled");
    if (!migOk || eff.sharing !== want.sharing || eff.replicas !== want.replicasPerGpu)
      problems.push(`node ${node.name}: the operator's plugin reads config "${got.name}" (${JSON.stringify({ ...eff, migStrategy })}), the blueprint asks ${JSON.stringify({ migStrategy: want.migStrategy, sharing: want.sharing, replicas: want.replicasPerGpu })} for pool ${pool}`);
    if (want.migStrategy === "none") {
      const count = Number(labels["nvidia.com/gpu.count"] ?? "0") * eff.replicas;
      const allocatable = ((live?.status as { allocatable?: Record<string, string> } | undefined)?.allocatable ?? {})["nvidia.com/gpu"];
      if (allocatable !== String(count)) problems.push(`node ${node.name}: allocatable nvidia.com/gpu ${allocatable ?? "(none)"}, the operator's plugin would advertise ${count} (GFD's gpu.count × the config's replicas)`);
    }
  }
  return problems;
}

/** Kueue's CRDs as its module ships them (copied by build-tools.sh), server-side (they exceed the last-applied annotation). */
export async function installKueueCrds(k: Kube, dir: string): Promise<string[]> {
  const files = readdirSync(dir).filter((f) => f.endsWith(".yaml")).sort();
  if (files.length === 0) throw new Error(`no Kueue CRDs in ${dir} (run: bash test/e2e/build-tools.sh)`);
  for (const f of files) await k.ok(["apply", "--server-side", "-f", join(dir, f)]);
  const names = files.map((f) => f.replace(/^kueue\.x-k8s\.io_(.*)\.yaml$/, "crd/$1.kueue.x-k8s.io"));
  await k.ok(["wait", "--for=condition=Established", "--timeout=60s", ...names]);
  return names;
}

/** `kubectl apply -k` (client-side), or server-side with aifactory's field manager. */
export function applyKustomization(k: Kube, cluster: ClusterOutput, mode: "client" | "server"): Promise<RunResult> {
  return k.run(["apply", "-k", cluster.dir, ...(mode === "server" ? ["--server-side", "--field-manager", "aifactory"] : [])]);
}

/** Every object of the kustomization as the API server holds it now: "Kind ns/name" → resourceVersion. */
export async function resourceVersions(k: Kube, cluster: ClusterOutput): Promise<Map<string, string>> {
  const list = await k.json<List>(["get", "-k", cluster.dir]);
  return new Map(list.items.map((o) => [`${o.kind} ${o.metadata.namespace ?? ""}/${o.metadata.name}`, o.metadata.resourceVersion ?? ""]));
}

export function verbs(r: RunResult): Map<string, string> {
  return new Map(applyLines(r.stdout).map((l) => [l.object, l.verb]));
}

/** Failure text for an apply step: the command, its output, and for objects kubectl changed, what changed. */
export async function explainApply(k: Kube, cluster: ClusterOutput, r: RunResult): Promise<string> {
  const diff = await k.run(["diff", "-k", cluster.dir]);
  return `${describeRun(r)}\n--- kubectl diff -k (what the API server holds vs the files):\n${diff.stdout || "(empty)"}${diff.stderr}`;
}

export async function createNodes(k: Kube, nodes: readonly TestNode[]): Promise<void> {
  const list = { apiVersion: "v1", kind: "List", items: nodes.map(nodeObject) };
  await k.ok(["create", "-f", "-"], JSON.stringify(list));
  // The API server keeps a node's status from its creation (as the kubelet's registration does); kwok then
  // marks it Ready. Wait for that, and check that capacity survived.
  const names = nodes.map((n) => n.name);
  const ready = await poll(async () => {
    const got = await k.json<List>(["get", "nodes"]);
    const byName = new Map(got.items.map((n) => [n.metadata.name, n]));
    const all = names.every((name) => {
      const conditions = ((byName.get(name)?.status?.conditions ?? []) as { type: string; status: string }[]);
      return conditions.some((c) => c.type === "Ready" && c.status === "True");
    });
    return all ? got : undefined;
  }, 60_000);
  if (ready === undefined) throw new Error(`nodes not Ready within 60 s: ${names.join(", ")}\n${k.cp.logTail("kwok")}`);
  for (const n of nodes) {
    if (n.gpus === undefined) continue;
    const node = ready.items.find((i) => i.metadata.name === n.name)!;
    const cap = (node.status?.capacity ?? {}) as Record<string, string>;
    if (cap["nvidia.com/gpu"] !== String(n.gpus)) throw new Error(`node ${n.name}: capacity nvidia.com/gpu ${cap["nvidia.com/gpu"]} after creation, expected ${n.gpus}`);
  }
}

/** Removes every node and every pod (pods go at once: no kubelet runs to stop them). */
export async function removeNodesAndPods(k: Kube): Promise<void> {
  await k.ok(["delete", "jobs", "--all-namespaces", "--all", "--wait=false"]);
  await k.ok(["delete", "nodes", "--all", "--wait=false"]);
  await k.ok(["delete", "pods", "--all-namespaces", "--all", "--force", "--grace-period=0", "--wait=false"]);
  await poll(async () => ((await k.json<List>(["get", "pods", "-A"])).items.length === 0 ? true : undefined), 30_000);
}

interface DaemonSet extends Item<{ template: { spec: PodLike["spec"] } }> {
  status?: { desiredNumberScheduled?: number; numberAvailable?: number; updatedNumberScheduled?: number; observedGeneration?: number };
  metadata: Item["metadata"] & { generation?: number };
}

/** The device plugin DaemonSets of the outputs: those whose pods run the nvidia-device-plugin binary. */
export function pluginDaemonSets(cluster: ClusterOutput): KubeObject[] {
  return cluster.objects.filter((o) => {
    if (o.kind !== "DaemonSet") return false;
    const spec = (o as unknown as { spec: { template: { spec: PodLike["spec"] } } }).spec.template.spec;
    return spec.containers.some((c) => (c.command ?? []).some((a) => a.endsWith("nvidia-device-plugin")));
  });
}

/** Waits until each plugin DaemonSet has settled for the nodes present, then returns its pods by node. */
export async function pluginPodsByNode(k: Kube, cluster: ClusterOutput): Promise<Map<string, (PodLike & Item)[]>> {
  const sets = pluginDaemonSets(cluster);
  await sleep(2000); // let the DaemonSet controller see the new nodes
  await poll(async () => {
    for (const ds of sets) {
      const got = await k.json<DaemonSet>(["get", "daemonset", "-n", ds.metadata.namespace!, ds.metadata.name]);
      const s = got.status ?? {};
      if ((s.observedGeneration ?? 0) < (got.metadata.generation ?? 0)) return undefined;
      if ((s.numberAvailable ?? 0) !== (s.desiredNumberScheduled ?? 0)) return undefined;
    }
    return true;
  }, 60_000);
  const byNode = new Map<string, (PodLike & Item)[]>();
  for (const ds of sets) {
    const pods = await k.json<List<PodLike & Item>>(["get", "pods", "-n", ds.metadata.namespace!]);
    for (const pod of pods.items) {
      if (!(pod.metadata.ownerReferences ?? []).some((o) => o.kind === "DaemonSet" && o.name === ds.metadata.name)) continue;
      const node = pod.spec.nodeName ?? "(unscheduled)";
      byNode.set(node, [...(byNode.get(node) ?? []), pod]);
    }
  }
  return byNode;
}

/** What the plugin on each of a pool's nodes would run with, against what the blueprint asks for the pool. */
export async function pluginConfigReport(
  k: Kube, declared: DeclaredCluster, pool: string, nodes: readonly TestNode[], podsByNode: Map<string, (PodLike & Item)[]>,
): Promise<string[]> {
  const want = declared.pools.find((p) => p.name === pool)!;
  const problems: string[] = [];
  const nodeList = await k.json<List>(["get", "nodes"]);
  for (const node of nodes.filter((n) => n.pool === pool)) {
    const pods = podsByNode.get(node.name) ?? [];
    if (pods.length !== 1) {
      problems.push(`node ${node.name}: ${pods.length} device plugin pods, so nothing reads a config there`);
      continue;
    }
    const pod = pods[0]!;
    const labels = nodeList.items.find((n) => n.metadata.name === node.name)?.metadata.labels ?? {};
    const configMaps = new Map<string, Item>();
    for (const cm of (await k.json<List>(["get", "configmaps", "-n", pod.metadata.namespace!])).items) configMaps.set(cm.metadata.name, cm);
    const got = pluginConfigOnNode(pod, labels, (name) => configMaps.get(name));
    if (!got.ok) {
      problems.push(`node ${node.name}: the plugin gets no config: ${got.reason}`);
      continue;
    }
    const eff = effectiveSettings(got.config);
    const expected = { migStrategy: want.migStrategy, sharing: want.sharing, replicas: want.replicasPerGpu };
    if (eff.migStrategy !== expected.migStrategy || eff.sharing !== expected.sharing || eff.replicas !== expected.replicas)
      problems.push(`node ${node.name}: the plugin reads config "${got.name}" (${JSON.stringify(eff)}), the blueprint asks ${JSON.stringify(expected)} for pool ${pool}`);
  }
  return problems;
}

export function aifactory(args: readonly string[]): Promise<RunResult> {
  return run(process.execPath, [AIFACTORY_CLI, ...args], { cwd: REPO_ROOT, timeoutMs: 180_000 });
}

/** Applies an example Job as a user would and returns what happened to its pod. */
export async function runExampleJob(
  k: Kube, file: string, waitMs: number,
): Promise<{ apply: RunResult; namespace: string; name: string; pod?: PodLike & Item; events: string }> {
  const apply = await k.run(["apply", "-f", file]);
  const job = (await import("yaml")).parseAllDocuments(readFileSync(file, "utf8")).map((d) => d.toJS() as KubeObject | null).find((o) => o?.kind === "Job")!;
  const namespace = job.metadata.namespace ?? "default";
  const name = job.metadata.name;
  const pod = await poll(async () => {
    const pods = await k.json<List<PodLike & Item>>(["get", "pods", "-n", namespace, "-l", `batch.kubernetes.io/job-name=${name}`]);
    return pods.items.find((p) => p.spec.nodeName !== undefined);
  }, waitMs);
  const fallback = pod ?? (await k.json<List<PodLike & Item>>(["get", "pods", "-n", namespace, "-l", `batch.kubernetes.io/job-name=${name}`])).items[0];
  const ev = await k.run(["get", "events", "-n", namespace, "-o", "custom-columns=OBJECT:.involvedObject.name,REASON:.reason,MESSAGE:.message"]);
  return { apply, namespace, name, ...(fallback === undefined ? {} : { pod: fallback }), events: ev.stdout };
}

export function podConditionMessages(pod: (PodLike & Item) | undefined): string {
  const conditions = (pod?.status?.conditions ?? []) as { type: string; status: string; reason?: string; message?: string }[];
  return conditions.filter((c) => c.status !== "True").map((c) => `${c.type}=${c.status} ${c.reason ?? ""}: ${c.message ?? ""}`).join("; ");
}

/** Runs a pool's example Job (its file) and expects its pod on one of the pool's nodes, saying where it went if not. */
export async function expectExampleJobOnPool(k: Kube, file: string, poolNodes: readonly string[]): Promise<void> {
  const o = await runExampleJob(k, file, 20_000);
  expect(o.apply.code, describeRun(o.apply)).toBe(0);
  const pod = o.pod as (PodLike & Item) | undefined;
  expect(poolNodes, `${pod?.metadata.name} on ${pod?.spec.nodeName ?? "no node"}: ${podConditionMessages(pod)}\n${o.events}`).toContain(pod?.spec.nodeName);
}
