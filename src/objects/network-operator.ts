// NVIDIA Network Operator objects: one Multus NetworkAttachmentDefinition per RDMA rail of the cluster's
// fabric, in each namespace where GPU workloads run, plus what a GPU workload adds to use them
// (the RDMA shared device resource, the IPC_LOCK capability, the Multus networks annotation). [P] NVIDIA Network Operator documentation; docs/sources.md.
import type { ResolvedCluster, ResolvedFactory } from "../model/types.js";
import { commonLabels } from "./labels.js";
import type { ClusterObject, CustomObject } from "./types.js";

/** [P] k8snetworkplumbingwg/multus-cni: the NetworkAttachmentDefinition CRD and the pod annotation naming networks. */
export const NAD_CRD = "network-attachment-definitions.k8s.cni.cncf.io";
export const NAD_API_VERSION = "k8s.cni.cncf.io/v1";
export const MULTUS_NETWORKS_ANNOTATION = "k8s.v1.cni.cncf.io/networks";
/** [P] RDMA needs locked memory: pods using RDMA add IPC_LOCK (NVIDIA Network Operator documentation). */
export const RDMA_CAPABILITY = "IPC_LOCK";
/** Annotation saying which values of a generated object are site assumptions to adapt. */
export const ASSUMPTION_ANNOTATION = "aifactory.dev/assumption";

/** Namespace of GPU workloads when a cluster declares no tenants. */
export const DEFAULT_WORKLOAD_NAMESPACE = "default";

export interface RdmaRail {
  readonly index: number;
  /** NetworkAttachmentDefinition name: rdma-rail-<index>. */
  readonly name: string;
  /** Host interface the CNI attaches to (assumed naming; see ASSUMPTION_ANNOTATION). */
  readonly master: string;
  /** whereabouts IPAM range, CIDR. */
  readonly range: string;
}

/** Namespaces where GPU workloads run: one per tenant, or "default" when the cluster has none. */
export function workloadNamespaces(cluster: ResolvedCluster): string[] {
  return cluster.tenants.length === 0 ? [DEFAULT_WORKLOAD_NAMESPACE] : cluster.tenants.map((t) => t.name);
}

/**
 * One rail per scale-out NIC of a node (rail-optimised fabrics: one NIC per GPU, [P] NVIDIA DGX user guides; docs/sources.md).
 * Each rail gets its own address block in 10.128.0.0/9, sized for one address per GPU of the cluster
 * (at most one RDMA pod per GPU), at least a /24.
 */
export function rdmaRails(cluster: ResolvedCluster): RdmaRail[] {
  const rails = Math.max(1, cluster.networking.nicsPerNode);
  const addresses = Math.max(cluster.totals.gpus, 1) + 2; // network and broadcast addresses
  const hostBits = Math.max(8, Math.ceil(Math.log2(addresses)));
  const blockSize = 2 ** hostBits;
  const base = 10 * 2 ** 24 + 128 * 2 ** 16; // 10.128.0.0
  const out: RdmaRail[] = [];
  for (let i = 0; i < rails; i++) {
    out.push({
      index: i,
      name: `rdma-rail-${i}`,
      master: cluster.networking.fabric === "infiniband" ? `ib${i}` : `rdma${i}`,
      range: `${ipv4(base + i * blockSize)}/${32 - hostBits}`,
    });
  }
  return out;
}

function ipv4(n: number): string {
  return [24, 16, 8, 0].map((shift) => Math.floor(n / 2 ** shift) % 256).join(".");
}

/** CNI config of a rail: IPoIB on InfiniBand, macvlan on Ethernet fabrics (RoCE, Spectrum-X); whereabouts IPAM. */
export function railCniConfig(cluster: ResolvedCluster, rail: RdmaRail): string {
  const ipam = { type: "whereabouts", range: rail.range };
  const plugin =
    cluster.networking.fabric === "infiniband"
      ? { type: "ipoib", master: rail.master }
      : { type: "macvlan", master: rail.master, mode: "bridge" };
  return JSON.stringify({ cniVersion: "0.3.1", name: rail.name, ...plugin, ipam });
}

export function networkAttachmentDefinition(cluster: ResolvedCluster, rail: RdmaRail, namespace: string): CustomObject {
  return {
    apiVersion: NAD_API_VERSION,
    kind: "NetworkAttachmentDefinition",
    metadata: {
      name: rail.name,
      namespace,
      labels: commonLabels({ "aifactory.dev/rdma-rail": String(rail.index) }),
      annotations: {
        // [P] NVIDIA Network Operator: the RDMA shared device plugin resource this network is used with.
        "k8s.v1.cni.cncf.io/resourceName": cluster.networking.networkOperator.rdmaResource,
        [ASSUMPTION_ANNOTATION]:
          `host interface ${rail.master} and range ${rail.range} are aifactory's assumptions: ` +
          "adapt them to the nodes' interface names and the site's address plan",
      },
    },
    spec: { config: railCniConfig(cluster, rail) },
  };
}

/** What a GPU workload adds to use the cluster's RDMA fabric; undefined when the Network Operator is off. */
export interface RdmaWorkloadAdditions {
  readonly annotations: Readonly<Record<string, string>>;
  /** Extended resource to request and limit, 1 unit per pod (a shared RDMA device). */
  readonly resource: string;
  readonly capability: typeof RDMA_CAPABILITY;
}

export function rdmaWorkloadAdditions(cluster: ResolvedCluster): RdmaWorkloadAdditions | undefined {
  if (!cluster.networking.networkOperator.enabled) return undefined;
  return {
    annotations: { [MULTUS_NETWORKS_ANNOTATION]: rdmaRails(cluster).map((r) => r.name).join(",") },
    resource: cluster.networking.networkOperator.rdmaResource,
    capability: RDMA_CAPABILITY,
  };
}

/**
 * The Multus NetworkAttachmentDefinitions of a cluster that enables the Network Operator: one per rail and
 * workload namespace. They need the NAD CRD, so they exist only when the blueprint says the CRDs are present
 * (networking.networkOperator.crdsPresent), and carry requiresCrd so that renderers keep them apart.
 */
export function networkOperatorObjects(_model: ResolvedFactory, cluster: ResolvedCluster): ClusterObject[] {
  const operator = cluster.networking.networkOperator;
  if (!operator.enabled || !operator.crdsPresent) return [];
  const out: ClusterObject[] = [];
  for (const namespace of workloadNamespaces(cluster)) {
    for (const rail of rdmaRails(cluster)) {
      out.push({
        object: networkAttachmentDefinition(cluster, rail, namespace),
        role: "network-attachment-definition",
        key: `${namespace}/${rail.name}`,
        origin: [...cluster.path, "networking"],
        requiresCrd: NAD_CRD,
      });
    }
  }
  return out;
}
