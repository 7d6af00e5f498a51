// What `aifactory verify` reads from a live cluster: plain data, so that the comparison is pure and tested offline.
export interface NodeState {
  readonly name: string;
  readonly labels: Readonly<Record<string, string>>;
  /** status.allocatable, undefined when the node reports none. */
  readonly allocatable: Readonly<Record<string, string>> | undefined;
}

export interface PodState {
  readonly namespace: string;
  readonly name: string;
  readonly labels: Readonly<Record<string, string>>;
  readonly nodeName?: string;
  /**
   * The node a DaemonSet pod is meant for, before it is scheduled: the DaemonSet controller pins each pod to its node
   * by a required node affinity on the field metadata.name ([P] kubernetes.io/docs/concepts/workloads/controllers/
   * daemonset, "How Daemon Pods are scheduled"). A Pending pod has it but no nodeName.
   */
  readonly targetNode?: string;
  /** status.phase (Pending, Running, ...), when reported. */
  readonly phase?: string;
  /** The scheduler's message when PodScheduled is False. */
  readonly unschedulable?: string;
  /** The pod's Ready condition is True. */
  readonly ready: boolean;
}

export interface QuotaState {
  readonly namespace: string;
  readonly name: string;
  readonly hard: Readonly<Record<string, string>>;
}

/** One device of a ResourceSlice: its name and, when it has one, its string attribute `type` (in the driver's domain). */
export interface SliceDeviceState {
  readonly name: string;
  readonly type?: string;
}

/**
 * A resource.k8s.io/v1 ResourceSlice, as far as verify reads it: which driver, which node, which pool (generation and
 * slice count: a pool's current devices are those of the slices of its highest generation, [P] Kubernetes v1.34
 * API reference, ResourcePool), and its devices.
 */
export interface SliceState {
  readonly name: string;
  readonly driver: string;
  readonly nodeName?: string;
  readonly pool: { readonly name: string; readonly generation: number };
  readonly devices: readonly SliceDeviceState[];
}

export interface ClusterState {
  readonly context: string;
  readonly nodes: readonly NodeState[];
  /** The device plugin's pods (its namespace). */
  readonly pluginPods: readonly PodState[];
  readonly namespaces: readonly string[];
  readonly quotas: readonly QuotaState[];
  /** The cluster's ResourceSlices: read for clusters with gpuStack dra, absent (not read) otherwise. */
  readonly resourceSlices?: readonly SliceState[];
}
