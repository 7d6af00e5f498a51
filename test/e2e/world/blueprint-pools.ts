// What the user's blueprint states about the nodes of each pool: the system, the extra labels and taints
// the user's node provisioner gives them, and the GPU sharing the pool asks for. Read from the blueprint file
// itself, as a person setting up the cluster would, not from aifactory's model.
import { readFileSync } from "node:fs";
import { parse } from "yaml";

export interface DeclaredTaint {
  readonly key: string;
  readonly value?: string;
  readonly effect: "NoSchedule" | "PreferNoSchedule" | "NoExecute";
}

export interface DeclaredPool {
  readonly name: string;
  readonly system: string;
  readonly labels: Readonly<Record<string, string>>;
  readonly taints: readonly DeclaredTaint[];
  /** nvidia.com/gpu a working device plugin advertises per GPU under the pool's sharing (1 without sharing). */
  readonly replicasPerGpu: number;
  readonly sharing: "none" | "time-slicing" | "mps";
  /** @default "none" */
  readonly migStrategy: "none" | "single" | "mixed";
}

export interface DeclaredCluster {
  readonly name: string;
  /** kubeconfig context the blueprint names (default: the cluster's name). */
  readonly context: string;
  /** nodeLimit profile: "gke" and "eks" are managed clouds whose nodes carry the provider's labels and taints. */
  readonly platform: "gke" | "eks" | "other";
  readonly pools: readonly DeclaredPool[];
  /** How the blueprint says GPUs reach pods (gpuStack; absent: the static device plugin). */
  readonly gpuStack: "device-plugin" | "gpu-operator" | "dra";
}

interface RawPool {
  name: string;
  system: string;
  labels?: Record<string, string>;
  selector?: Record<string, string>;
  taints?: DeclaredTaint[];
  devicePlugin?: { migStrategy?: "none" | "single" | "mixed"; sharing?: { timeSlicingReplicas?: number; mpsReplicas?: number } };
}
interface RawCluster {
  name: string;
  nodeLimit?: unknown;
  kubeconfig?: { context?: string };
  gpuStack?: "device-plugin" | "gpu-operator" | "dra";
  pools?: RawPool[];
}

/** Label keys the cloud provider or the kubelet set (instance type, zone, node pool), which no provisioner stamps. */
const PROVIDER_KEYS = /^(node\.kubernetes\.io\/|topology\.kubernetes\.io\/|kubernetes\.io\/|cloud\.google\.com\/|eks\.amazonaws\.com\/)/;

export function declaredClusters(blueprintPath: string): DeclaredCluster[] {
  const doc = parse(readFileSync(blueprintPath, "utf8"), { merge: true }) as {
    spec: { sites: { clusters?: RawCluster[] }[] };
  };
  return doc.spec.sites.flatMap((site) =>
    (site.clusters ?? []).map((c): DeclaredCluster => ({
      name: c.name,
      context: c.kubeconfig?.context ?? c.name,
      platform: c.nodeLimit === "gke" ? "gke" : c.nodeLimit === "eks" ? "eks" : "other",
      gpuStack: c.gpuStack ?? "device-plugin",
      pools: (c.pools ?? []).map((p) => ({
        name: p.name,
        system: p.system,
        // The pool's labels, and the selector labels nothing else puts on a node (not GFD's nvidia.com/*, not the
        // cloud's): the user's node provisioner stamps both, as the blueprint's selector says its nodes are found.
        labels: Object.fromEntries(
          [...Object.entries(p.labels ?? {}), ...Object.entries(p.selector ?? {}).filter(([k]) => !k.startsWith("nvidia.com/") && !PROVIDER_KEYS.test(k))]
            .map(([k, v]) => [k, String(v)]),
        ),
        taints: p.taints ?? [],
        replicasPerGpu: p.devicePlugin?.sharing?.timeSlicingReplicas ?? p.devicePlugin?.sharing?.mpsReplicas ?? 1,
        sharing: p.devicePlugin?.sharing?.timeSlicingReplicas !== undefined ? "time-slicing"
          : p.devicePlugin?.sharing?.mpsReplicas !== undefined ? "mps" : "none",
        migStrategy: p.devicePlugin?.migStrategy ?? "none",
      })),
    })),
  );
}
