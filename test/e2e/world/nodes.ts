// The nodes of the test bed, two ways:
//  - "real":  as a real cluster labels them (world/gpu-nodes.ts: GFD, NFD, the kubelet, the cloud provider),
//             plus the labels and taints the blueprint declares for its pools (the user's node provisioner
//             stamps those). GPU nodes advertise nvidia.com/gpu as a working device plugin would.
//  - "kind":  exactly as `aifactory kind config` labels and taints its workers; no nvidia.com/gpu until
//             `aifactory kind fake-gpus` patches it in, as on kind.
// Both add two CPU-only nodes and a tainted control-plane node, so "lands nowhere else" is tested too.
//
// SCALED DOWN: 2 nodes per GPU pool (fewer when the pool has fewer), whatever the blueprint's size; for
// NVLink-domain systems both sit in the same rack (one gpu.clique).
import { parse } from "yaml";
import type { DeclaredCluster, DeclaredTaint } from "./blueprint-pools.js";
import { GPU_NODES, gfdFamily, gfdProduct } from "./gpu-nodes.js";

export const NODES_PER_POOL = 2;
export type Labelling = "real" | "kind";

export interface TestNode {
  readonly name: string;
  /** The pool the node belongs to; undefined for CPU-only and control-plane nodes. */
  readonly pool?: string;
  readonly role: "gpu" | "cpu" | "control-plane";
  readonly labels: Readonly<Record<string, string>>;
  readonly taints: readonly DeclaredTaint[];
  /** nvidia.com/gpu in status.capacity and allocatable at creation (absent: the node has none). */
  readonly gpus?: number;
  /** Other extended resources the node advertises (RDMA shared devices with the Network Operator). */
  readonly extended?: Readonly<Record<string, string>>;
  readonly arch: "amd64" | "arm64";
}

function kubeletLabels(name: string, arch: string): Record<string, string> {
  return {
    "kubernetes.io/hostname": name,
    "kubernetes.io/os": "linux",
    "kubernetes.io/arch": arch,
    "beta.kubernetes.io/os": "linux",
    "beta.kubernetes.io/arch": arch,
  };
}

const CONTROL_PLANE_TAINT: DeclaredTaint = { key: "node-role.kubernetes.io/control-plane", effect: "NoSchedule" };

function commonNodes(cluster: DeclaredCluster, prefix: string): TestNode[] {
  const cpu = [0, 1].map((i): TestNode => {
    const name = `${prefix}cpu-${i}`;
    return {
      name,
      role: "cpu",
      arch: "amd64",
      labels: { ...kubeletLabels(name, "amd64"), ...(cluster.platform === "gke" ? { "cloud.google.com/gke-nodepool": "cpu" } : {}) },
      taints: [],
    };
  });
  const cpName = `${prefix}control-plane`;
  const cp: TestNode = {
    name: cpName,
    role: "control-plane",
    arch: "amd64",
    labels: { ...kubeletLabels(cpName, "amd64"), "node-role.kubernetes.io/control-plane": "" },
    taints: [CONTROL_PLANE_TAINT],
  };
  return [cp, ...cpu];
}

/** Adds taints by key and effect: a later one with the same key and effect replaces the earlier (the API server forbids duplicates). */
function mergeTaints(...lists: (readonly DeclaredTaint[])[]): DeclaredTaint[] {
  const byKey = new Map<string, DeclaredTaint>();
  for (const list of lists) for (const t of list) byKey.set(`${t.key}:${t.effect}`, t);
  return [...byKey.values()];
}

/** RDMA shared devices per node with the NVIDIA Network Operator's RDMA shared device plugin (see NODE_SOURCES.rdma). */
export const RDMA_SHARED_DEVICES = 63;

/** The nodes as a real cluster has them; `networkOperator`: the cluster runs the NVIDIA Network Operator. */
export function realNodes(cluster: DeclaredCluster, options: { readonly networkOperator: boolean }): TestNode[] {
  const nodes = commonNodes(cluster, "");
  // One fabric cluster UUID per Kubernetes cluster; a clique id per rack (NVLink domain): a pool's nodes share one rack.
  const fabricUuid = "6f1d2c3b-0000-4000-8000-00000000e2e0";
  for (const [poolIndex, pool] of cluster.pools.entries()) {
    const facts = GPU_NODES[pool.system];
    if (facts === undefined) throw new Error(`world/gpu-nodes.ts has no entry for system "${pool.system}" (pool ${pool.name})`);
    const arch = facts.arch.value;
    for (let i = 0; i < NODES_PER_POOL; i++) {
      const name = `${pool.name}-${i}`;
      const [major, minor] = facts.computeCapability.value;
      const labels: Record<string, string> = {
        ...kubeletLabels(name, arch),
        "feature.node.kubernetes.io/pci-10de.present": "true",
        "nvidia.com/gpu.present": "true",
        "nvidia.com/gpu.product": gfdProduct(facts.nvmlName.value),
        "nvidia.com/gpu.count": String(facts.gpusPerNode.value),
        "nvidia.com/gpu.memory": String(facts.memoryMiB.value),
        "nvidia.com/gpu.family": gfdFamily(major),
        "nvidia.com/gpu.compute.major": String(major),
        "nvidia.com/gpu.compute.minor": String(minor),
        "nvidia.com/gpu.replicas": "1",
        "nvidia.com/gpu.sharing-strategy": "none",
        ...(facts.nvlinkDomainNodes === undefined ? {} : { "nvidia.com/gpu.clique": `${fabricUuid}.${poolIndex}` }),
        ...pool.labels,
      };
      const cloudTaints: DeclaredTaint[] = [];
      if (cluster.platform === "gke") {
        labels["cloud.google.com/gke-nodepool"] = pool.name;
        if (facts.gke !== undefined) {
          labels["node.kubernetes.io/instance-type"] = facts.gke.machineType.value;
          labels["cloud.google.com/gke-accelerator"] = facts.gke.accelerator.value;
        }
        cloudTaints.push({ key: "nvidia.com/gpu", value: "present", effect: "NoSchedule" });
        if (arch === "arm64") cloudTaints.push({ key: "kubernetes.io/arch", value: "arm64", effect: "NoSchedule" });
      } else if (cluster.platform === "eks") {
        labels["eks.amazonaws.com/nodegroup"] = pool.name;
        if (facts.eks !== undefined) labels["node.kubernetes.io/instance-type"] = facts.eks.instanceType.value;
      }
      nodes.push({
        name,
        pool: pool.name,
        role: "gpu",
        arch,
        labels,
        taints: mergeTaints(pool.taints, cloudTaints),
        gpus: facts.gpusPerNode.value * pool.replicasPerGpu,
        ...(options.networkOperator ? { extended: { "rdma/rdma_shared_device_a": String(RDMA_SHARED_DEVICES) } } : {}),
      });
    }
  }
  return nodes;
}

interface KindNode {
  role: "control-plane" | "worker";
  labels?: Record<string, string>;
  kubeadmConfigPatches?: string[];
}

/** The nodes as `aifactory kind config` describes them (its YAML output), named as kind names them. */
export function kindNodes(cluster: DeclaredCluster, kindConfigYaml: string): TestNode[] {
  const config = parse(kindConfigYaml) as { name: string; nodes: KindNode[] };
  const nodes = commonNodes(cluster, `${config.name}-`);
  let worker = 0;
  for (const n of config.nodes) {
    if (n.role !== "worker") continue;
    worker++;
    const name = `${config.name}-worker${worker === 1 ? "" : worker}`;
    const taints = (n.kubeadmConfigPatches ?? []).flatMap((patch) => {
      const doc = parse(patch) as { nodeRegistration?: { taints?: DeclaredTaint[] } };
      return doc.nodeRegistration?.taints ?? [];
    });
    const labels = n.labels ?? {};
    const arch = "amd64"; // kind nodes are containers of the host's architecture
    nodes.push({
      name,
      pool: labels["aifactory.dev/pool"],
      role: "gpu",
      arch,
      labels: { ...kubeletLabels(name, arch), ...labels },
      taints,
    });
  }
  return nodes;
}

/** The Node object to create: kwok manages it (annotation), capacity as a kubelet would report it. */
export function nodeObject(node: TestNode): Record<string, unknown> {
  const resources: Record<string, string> = { cpu: "64", memory: "512Gi", pods: "110", "ephemeral-storage": "1Ti" };
  if (node.gpus !== undefined) resources["nvidia.com/gpu"] = String(node.gpus);
  Object.assign(resources, node.extended ?? {});
  return {
    apiVersion: "v1",
    kind: "Node",
    metadata: { name: node.name, labels: node.labels, annotations: { "kwok.x-k8s.io/node": "fake" } },
    spec: { taints: node.taints.map((t) => ({ key: t.key, ...(t.value === undefined ? {} : { value: t.value }), effect: t.effect })) },
    status: {
      capacity: resources,
      allocatable: resources,
      nodeInfo: {
        architecture: node.arch, operatingSystem: "linux", kubeletVersion: "v1.34.4", kubeProxyVersion: "",
        containerRuntimeVersion: "kwok", kernelVersion: "", osImage: "", machineID: "", systemUUID: "", bootID: "",
      },
    },
  };
}
