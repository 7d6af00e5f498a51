// A live cluster held against the blueprint: per pool, the nodes its selector finds vs its size, each node's
// allocatable GPU units vs what the device plugin advertises, a ready plugin pod per node; the namespaces and
// quotas the manifests create. Pure: the cluster's state comes in as data (src/verify/state.ts).
import type { DocPath, Finding } from "../findings/finding.js";
import { findingCode } from "../findings/registry.js";
import type { ResolvedCluster, ResolvedPool } from "../model/types.js";
import type { ClusterObject } from "../objects/index.js";
import { POOL_LABEL } from "../objects/labels.js";
import { SELECTOR_LABELS } from "../objects/device-plugin.js";
import { OPERATOR_PLUGIN_DAEMONSET, operatorNamespace } from "../objects/gpu-operator.js";
import { NVIDIA_GPU_DRIVER, WHOLE_GPU_TYPE } from "../objects/dra.js";
import { nodeMatchesPool, poolSelectorText } from "../objects/pool-scheduling.js";
import { escapeUnsafe } from "../io/escape.js";
import type { ClusterState, NodeState, PodState, SliceState } from "./state.js";

function verifyFinding(code: string, path: DocPath, message: string, fix: string): Finding {
  return { code, severity: findingCode(code).severity, message, path, fix };
}

function poolFindings(cluster: ResolvedCluster, pool: ResolvedPool, state: ClusterState): Finding[] {
  const out: Finding[] = [];
  const nodes = state.nodes.filter((n) => nodeMatchesPool(n.labels, pool));
  const selector = poolSelectorText(pool);
  if (nodes.length < pool.nodes) {
    out.push(
      verifyFinding(
        "AIF-V001",
        [...pool.path, "nodes"],
        `pool ${cluster.name}/${pool.name}: context ${shown(state.context)} has ${nodes.length} node(s) matching ${selector}, the pool has ${pool.nodes}`,
        `add the missing nodes, or label them as node-labels.json says (kubectl get nodes -l ${selector})`,
      ),
    );
  } else if (nodes.length > pool.nodes) {
    out.push(
      verifyFinding(
        "AIF-V002",
        [...pool.path, "nodes"],
        `pool ${cluster.name}/${pool.name}: context ${shown(state.context)} has ${nodes.length} node(s) matching ${selector}, more than the pool's ${pool.nodes}`,
        `raise the pool's size to ${nodes.length}, or tell the extra nodes apart with a selector`,
      ),
    );
  }
  if (cluster.gpuStack === "dra") return [...out, ...nodes.flatMap((node) => draNodeFindings(cluster, pool, node, state))];
  for (const node of nodes) {
    // Every resource the pool advertises: nvidia.com/gpu, or one nvidia.com/mig-<profile> per profile under MIG mixed.
    for (const r of pool.devicePlugin.resources) {
      const have = allocatable(node, r.name);
      if (have >= r.perNode) continue;
      out.push(
        verifyFinding(
          "AIF-V003",
          pool.path,
          `pool ${cluster.name}/${pool.name}: node ${shown(node.name)} has ${have} allocatable ${r.name}, the pool's nodes advertise ${r.perNode} (${unitsOf(pool)})`,
          pool.devicePlugin.migConfig !== undefined
            ? `check the node's MIG layout (nvidia-smi mig -lgi; label nvidia.com/mig.config=${pool.devicePlugin.migConfig}) and its device plugin pod's log`
            : `check the node's GPUs (nvidia-smi) and its device plugin pod's log`,
        ),
      );
    }
    // The pool's plugin pod for this node: scheduled there, or pinned there by the DaemonSet and still Pending.
    const plugin = pluginOf(cluster, pool);
    const ofPool = state.pluginPods.filter(plugin.owns);
    const pod = ofPool.find((p) => p.nodeName === node.name) ?? ofPool.find((p) => p.nodeName === undefined && p.targetNode === node.name);
    if (pod === undefined || !pod.ready) {
      out.push(
        verifyFinding(
          "AIF-V004",
          plugin.origin,
          `pool ${cluster.name}/${pool.name}: node ${shown(node.name)} has ${pod === undefined ? "no device plugin pod" : podProblem(pod)}`,
          `kubectl -n ${pluginNamespace(cluster)} describe ${pod === undefined ? `daemonset ${plugin.daemonSet}` : `pod ${shown(pod.name)}`}`,
        ),
      );
    }
  }
  return out;
}

/** The namespace the cluster's device plugin pods run in: aifactory's plugin namespace, or the GPU Operator's. */
export function pluginNamespace(cluster: ResolvedCluster): string {
  return cluster.gpuStack === "gpu-operator" ? operatorNamespace(cluster) : cluster.devicePlugin.namespace;
}

/**
 * Which plugin pods serve a pool, by stack: aifactory's per-pool DaemonSet (its pool and name labels), or under the
 * GPU Operator its one DaemonSet for every GPU node (label app=nvidia-device-plugin-daemonset, [P] NVIDIA/gpu-operator
 * v26.7.0 assets/state-device-plugin/0500_daemonset.yaml).
 */
function pluginOf(cluster: ResolvedCluster, pool: ResolvedPool): { owns: (p: PodState) => boolean; daemonSet: string; origin: DocPath } {
  if (cluster.gpuStack === "gpu-operator")
    return { owns: (p) => p.labels["app"] === OPERATOR_PLUGIN_DAEMONSET, daemonSet: OPERATOR_PLUGIN_DAEMONSET, origin: [...cluster.path, "gpuStack"] };
  return {
    owns: (p) => p.labels[POOL_LABEL] === pool.name && p.labels["name"] === SELECTOR_LABELS.name,
    daemonSet: `nvidia-device-plugin-${pool.name}`,
    origin: [...cluster.path, "devicePlugin"],
  };
}

/**
 * Whole GPUs of the driver a node's ResourceSlices publish now: of each pool of slices on the node (the driver
 * names one pool per node), only the slices of its highest generation count, as the scheduler reads them
 * ([P] Kubernetes v1.34 API reference, ResourcePool.generation: "combined with the pool name, ... the slices with
 * the highest generation are the current ones").
 */
export function draGpusOnNode(slices: readonly SliceState[], node: string): number {
  const onNode = slices.filter((s) => s.driver === NVIDIA_GPU_DRIVER && s.nodeName === node);
  const latest = new Map<string, number>();
  for (const s of onNode) latest.set(s.pool.name, Math.max(latest.get(s.pool.name) ?? 0, s.pool.generation));
  return onNode
    .filter((s) => s.pool.generation === latest.get(s.pool.name))
    .reduce((sum, s) => sum + s.devices.filter((d) => d.type === WHOLE_GPU_TYPE).length, 0);
}

/** gpuStack dra: each node of the pool publishes the pool's GPUs per node as devices of the driver; no plugin pods. */
function draNodeFindings(cluster: ResolvedCluster, pool: ResolvedPool, node: NodeState, state: ClusterState): Finding[] {
  const want = pool.system.gpusPerNode.value;
  const slices = state.resourceSlices ?? [];
  const have = draGpusOnNode(slices, node.name);
  if (have >= want) return [];
  const none = !slices.some((s) => s.driver === NVIDIA_GPU_DRIVER && s.nodeName === node.name);
  return [
    verifyFinding(
      "AIF-V006",
      pool.path,
      `pool ${cluster.name}/${pool.name}: node ${shown(node.name)} publishes ${have} whole GPU(s) of driver ${NVIDIA_GPU_DRIVER} in its ResourceSlices, the pool's nodes have ${want}` +
        (none ? " (no ResourceSlice of the driver names the node)" : ""),
      none
        ? `check that NVIDIA's DRA driver runs its kubelet plugin on the node (kubectl get resourceslices --field-selector spec.nodeName=${shown(node.name)}; the driver's Helm chart, kubeletPlugin.nodeSelector)`
        : `check the node's GPUs (nvidia-smi) and the driver's kubelet plugin log (kubectl get resourceslices --field-selector spec.nodeName=${shown(node.name)} -o yaml)`,
    ),
  ];
}

/** Text read from the cluster (names, the kubeconfig context, the scheduler's messages) as one line, every control
 * and bidi character escaped: the CLI keeps ESC and newlines of the text it composes, not of what a cluster says. */
function shown(value: string): string {
  return escapeUnsafe(value);
}

/** What is wrong with a plugin pod that exists for the node but is not ready. */
function podProblem(pod: PodState): string {
  if (pod.nodeName === undefined) {
    return `device plugin pod ${shown(pod.name)} Pending, not scheduled${pod.unschedulable === undefined ? "" : `: ${shown(pod.unschedulable)}`}`;
  }
  return `device plugin pod ${shown(pod.name)}, not ready${pod.phase === undefined || pod.phase === "Running" ? "" : ` (${shown(pod.phase)})`}`;
}

function allocatable(node: NodeState, resource: string): number {
  const v = Number(node.allocatable?.[resource] ?? "0");
  return Number.isFinite(v) ? v : 0;
}

/** How a pool's per-node units are made up, for messages. */
function unitsOf(pool: ResolvedPool): string {
  const dp = pool.devicePlugin;
  const parts = ["GPUs"];
  if (dp.migConfig !== undefined && dp.migProblem === undefined) parts.push(`MIG instances of ${dp.migConfig}`);
  if (dp.timeSlicingReplicas !== undefined || dp.mpsReplicas !== undefined) parts.push("sharing replicas");
  return parts.join(" × ");
}

/** The synthesized namespaces and quotas, present with the hard limits the manifests give them. */
function objectFindings(objects: readonly ClusterObject[], state: ClusterState): Finding[] {
  const out: Finding[] = [];
  const namespaces = new Set(state.namespaces);
  for (const o of objects) {
    const { kind, metadata } = o.object;
    const name = metadata?.name ?? "";
    if (kind === "Namespace" && !namespaces.has(name)) {
      out.push(verifyFinding("AIF-V005", o.origin, `namespace ${name} is missing on context ${shown(state.context)}`, "apply the cluster's manifests (kubectl apply -k kubernetes/<cluster>) or its Terraform stack"));
    }
    if (kind === "ResourceQuota") {
      const want = (o.object as { spec?: { hard?: Record<string, string> } }).spec?.hard ?? {};
      const got = state.quotas.find((q) => q.namespace === metadata?.namespace && q.name === name);
      const differs = got === undefined ? [] : Object.entries(want).filter(([k, v]) => got.hard[k] !== v);
      if (got === undefined || differs.length > 0) {
        const what =
          got === undefined
            ? "is missing"
            : `has ${differs.map(([k]) => `${k}=${shown(got.hard[k] ?? "(unset)")}`).join(", ")}, the manifests ${differs.map(([k, v]) => `${k}=${v}`).join(", ")}`;
        out.push(verifyFinding("AIF-V005", o.origin, `ResourceQuota ${metadata?.namespace}/${name} ${what} on context ${shown(state.context)}`, "apply the cluster's manifests or its Terraform stack"));
      }
    }
  }
  return out;
}

export function verifyCluster(cluster: ResolvedCluster, objects: readonly ClusterObject[], state: ClusterState): Finding[] {
  return [...cluster.pools.flatMap((p) => poolFindings(cluster, p, state)), ...objectFindings(objects, state)];
}
