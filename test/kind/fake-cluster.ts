// An in-memory cluster for the kind tests: nodes made from a kind config (labels, and taints from its kubeadm
// patches), JSON patches of node status applied as the API server would, and a tiny scheduler that binds a pod
// to a node whose labels match its selector, whose taints it tolerates, and whose GPUs are free.
import { parse } from "yaml";
import type { IPod } from "kubernetes-models/v1/Pod";
import type { JsonPatchOp, KubeCluster, NodeView, ClusterPod, ResourceSliceObject } from "../../src/kind/cluster.js";
import type { KindClusterConfig } from "../../src/synth/kind/config.js";

interface FakeNode {
  name: string;
  labels: Record<string, string>;
  taints: { key: string; value?: string; effect: string }[];
  capacity: Record<string, string>;
  allocatable: Record<string, string>;
}

export class FakeCluster implements KubeCluster {
  readonly nodes: FakeNode[];
  readonly pods = new Map<string, { pod: IPod; nodeName?: string; reason?: string }>();
  readonly calls: string[] = [];
  /** ResourceSlices by name, with the resourceVersion the store gave each write. */
  readonly slices = new Map<string, ResourceSliceObject>();
  private version = 0;
  /** When set, createPod fails with this error (to test cleanup). */
  failCreate?: Error;

  constructor(
    readonly context: string,
    config: KindClusterConfig,
  ) {
    let workers = 0;
    this.nodes = config.nodes.map((n) => {
      const name = n.role === "control-plane" ? `${config.name}-control-plane` : `${config.name}-worker${workers++ === 0 ? "" : workers}`;
      const taints = (n.kubeadmConfigPatches ?? []).flatMap(
        (p) => (parse(p) as { nodeRegistration?: { taints?: FakeNode["taints"] } }).nodeRegistration?.taints ?? [],
      );
      if (n.role === "control-plane") taints.push({ key: "node-role.kubernetes.io/control-plane", effect: "NoSchedule" });
      const base = { cpu: "8", memory: "16Gi", pods: "110" };
      return { name, labels: { ...n.labels }, taints, capacity: { ...base }, allocatable: { ...base } };
    });
  }

  /** What the kubelet does when it restarts: extended resources it does not own disappear. */
  restartKubelets(): void {
    for (const n of this.nodes) {
      delete n.capacity["nvidia.com/gpu"];
      delete n.allocatable["nvidia.com/gpu"];
    }
  }

  listNodes(): Promise<NodeView[]> {
    this.calls.push("list nodes");
    return Promise.resolve(
      this.nodes.map((n) => ({ name: n.name, labels: { ...n.labels }, capacity: { ...n.capacity }, allocatable: { ...n.allocatable } })),
    );
  }

  patchNodeStatus(name: string, patch: readonly JsonPatchOp[]): Promise<void> {
    this.calls.push(`patch ${name}`);
    const node = this.nodes.find((n) => n.name === name);
    if (node === undefined) throw new Error(`no node ${name}`);
    for (const op of patch) {
      const parts = op.path.split("/").slice(1).map((p) => p.replace(/~1/g, "/").replace(/~0/g, "~"));
      if (parts[0] !== "status" || (parts[1] !== "capacity" && parts[1] !== "allocatable")) throw new Error(`bad path ${op.path}`);
      const field = parts[1];
      if (parts.length === 2 && typeof op.value === "object") node[field] = { ...op.value };
      else if (parts.length === 3 && typeof op.value === "string") node[field][parts[2]!] = op.value;
      else throw new Error(`bad op ${JSON.stringify(op)}`);
    }
    return Promise.resolve();
  }

  createPod(pod: IPod): Promise<void> {
    const key = `${pod.metadata!.namespace}/${pod.metadata!.name}`;
    this.calls.push(`create ${key}`);
    if (this.failCreate !== undefined) return Promise.reject(this.failCreate);
    if (this.pods.has(key)) return Promise.reject(new Error(`pod ${key} already exists`));
    this.pods.set(key, { pod });
    return Promise.resolve();
  }

  readPod(namespace: string, name: string): Promise<ClusterPod | undefined> {
    const entry = this.pods.get(`${namespace}/${name}`);
    if (entry === undefined) return Promise.resolve(undefined);
    if (entry.nodeName === undefined) this.schedule(entry);
    return Promise.resolve(entry.nodeName !== undefined ? { nodeName: entry.nodeName } : { unschedulable: entry.reason ?? "pending" });
  }

  deletePod(namespace: string, name: string): Promise<void> {
    this.calls.push(`delete ${namespace}/${name}`);
    this.pods.delete(`${namespace}/${name}`);
    return Promise.resolve();
  }

  listResourceSlices(labelSelector: string): Promise<ResourceSliceObject[]> {
    this.calls.push(`list resourceslices ${labelSelector}`);
    const [key, value] = labelSelector.split("=");
    return Promise.resolve([...this.slices.values()].filter((x) => x.metadata.labels?.[key!] === value).map((x) => structuredClone(x)));
  }

  createResourceSlice(slice: ResourceSliceObject): Promise<void> {
    this.calls.push(`create resourceslice ${slice.metadata.name}`);
    if (this.slices.has(slice.metadata.name)) return Promise.reject(new Error(`resourceslice ${slice.metadata.name} already exists`));
    this.slices.set(slice.metadata.name, { ...structuredClone(slice), metadata: { ...slice.metadata, resourceVersion: String(++this.version) } });
    return Promise.resolve();
  }

  replaceResourceSlice(slice: ResourceSliceObject): Promise<void> {
    this.calls.push(`replace resourceslice ${slice.metadata.name}`);
    const have = this.slices.get(slice.metadata.name);
    if (have === undefined || have.metadata.resourceVersion !== slice.metadata.resourceVersion) return Promise.reject(new Error(`conflict on ${slice.metadata.name}`));
    this.slices.set(slice.metadata.name, { ...structuredClone(slice), metadata: { ...slice.metadata, resourceVersion: String(++this.version) } });
    return Promise.resolve();
  }

  readonly claimTemplates = new Map<string, unknown>();

  createResourceClaimTemplate(template: { metadata?: { namespace?: string; name?: string } }): Promise<void> {
    const key = `${template.metadata?.namespace}/${template.metadata?.name}`;
    this.calls.push(`create resourceclaimtemplate ${key}`);
    if (this.claimTemplates.has(key)) return Promise.reject(new Error(`resourceclaimtemplate ${key} already exists`));
    this.claimTemplates.set(key, template);
    return Promise.resolve();
  }

  deleteResourceClaimTemplate(namespace: string, name: string): Promise<void> {
    this.calls.push(`delete resourceclaimtemplate ${namespace}/${name}`);
    this.claimTemplates.delete(`${namespace}/${name}`);
    return Promise.resolve();
  }

  private schedule(entry: { pod: IPod; nodeName?: string; reason?: string }): void {
    const spec = entry.pod.spec!;
    const wanted = Number(spec.containers[0]?.resources?.requests?.["nvidia.com/gpu"] ?? "0");
    const fits = this.nodes.filter(
      (n) =>
        Object.entries(spec.nodeSelector ?? {}).every(([k, v]) => n.labels[k] === v) &&
        n.taints.every((t) =>
          (spec.tolerations ?? []).some(
            (tol) => tol.key === t.key && tol.effect === t.effect && (tol.operator === "Exists" || tol.value === t.value),
          ),
        ) &&
        Number(n.allocatable["nvidia.com/gpu"] ?? "0") >= wanted,
    );
    const node = fits[0];
    if (node === undefined) entry.reason = `0/${this.nodes.length} nodes are available`;
    else entry.nodeName = node.name;
  }
}
