// The real KubeCluster: @kubernetes/client-node against one kubeconfig context. The only file of src/kind
// that does network I/O. Failed requests are translated here into KindErrors naming the context (and a
// 404 where "absent" is an answer), so that the commands report them plainly.
import { ApiException, CoreV1Api, KubeConfig, PatchStrategy, ResourceV1Api, setHeaderOptions } from "@kubernetes/client-node";
import type { V1Node, V1Pod, V1ResourceClaimTemplate, V1ResourceSlice } from "@kubernetes/client-node";
import type { IResourceClaimTemplate } from "kubernetes-models/resource.k8s.io/v1/ResourceClaimTemplate";
import type { ClusterState, SliceState } from "../verify/state.js";
import type { IPod } from "kubernetes-models/v1/Pod";
import type { JsonPatchOp, KubeCluster, NodeView, ClusterPod, ResourceSliceObject } from "./cluster.js";
import { homedir } from "node:os";
import { delimiter, dirname, join } from "node:path";
import { describeReadProblem, readBoundedFile } from "../io/read-file.js";
import { apiRefused, clusterUnreachable, connectionCause, contextNotFound, kubeconfigMissing, kubeconfigUnreadable } from "./errors.js";

export interface ConnectOptions {
  readonly context: string;
  /** kubeconfig file. @default $KUBECONFIG, else ~/.kube/config (as kubectl) */
  readonly kubeconfig?: string;
}

/** Largest kubeconfig read: real ones with hundreds of contexts stay well under 1 MiB. */
export const MAX_KUBECONFIG_BYTES = 4 * 1024 * 1024;

/**
 * Loads the kubeconfig as kubectl does ($KUBECONFIG's files merged, else ~/.kube/config), but each file through the
 * one bounded reader: a device, FIFO or huge file is an error naming it, never a hang.
 */
async function loadKubeConfig(options: ConnectOptions): Promise<{ kc: KubeConfig; source: string }> {
  const source = options.kubeconfig ?? (process.env["KUBECONFIG"] || "~/.kube/config");
  // Without a file, client-node would fall back to an in-cluster or localhost:8080 context: say what is missing instead.
  const files =
    options.kubeconfig !== undefined
      ? [options.kubeconfig]
      : (process.env["KUBECONFIG"] || join(homedir(), ".kube", "config")).split(delimiter).filter((f) => f !== "");
  let kc: KubeConfig | undefined;
  for (const file of files) {
    const read = await readBoundedFile(file, { maxBytes: MAX_KUBECONFIG_BYTES });
    if ("problem" in read) {
      // kubectl skips files of $KUBECONFIG that do not exist; every other problem is one to report.
      if (read.problem.kind === "not-found") continue;
      throw kubeconfigUnreadable(file, describeReadProblem(read.problem));
    }
    const one = new KubeConfig();
    try {
      one.loadFromString(read.bytes.toString("utf8"));
    } catch (e) {
      throw kubeconfigUnreadable(file, `it is not a kubeconfig (${e instanceof Error ? e.message.split("\n")[0] : String(e)})`);
    }
    one.makePathsAbsolute(dirname(file));
    if (kc === undefined) kc = one;
    else kc.mergeConfig(one);
  }
  if (kc === undefined) throw kubeconfigMissing(options.context, source);
  return { kc, source };
}

export async function connectKubeCluster(options: ConnectOptions): Promise<KubeCluster> {
  const { kc, source } = await loadKubeConfig(options);
  if (kc.getContextObject(options.context) === null)
    throw contextNotFound(options.context, source, kc.getContexts().map((c) => c.name));
  kc.setCurrentContext(options.context);
  const server = kc.getCurrentCluster()?.server ?? "(no server)";
  const api = kc.makeApiClient(CoreV1Api);
  const resource = kc.makeApiClient(ResourceV1Api);
  const context = options.context;

  async function call<T>(what: string, request: () => Promise<T>, absent?: T): Promise<T> {
    try {
      return await request();
    } catch (err) {
      if (err instanceof ApiException) {
        if (err.code === 404 && absent !== undefined) return absent;
        throw apiRefused(context, what, err.code, statusMessage(err.body));
      }
      const cause = connectionCause(err);
      if (cause !== undefined) throw clusterUnreachable(context, server, cause);
      throw err;
    }
  }

  return {
    context,
    async listNodes() {
      const list = await call("list nodes", () => api.listNode());
      return list.items.map(nodeView);
    },
    async patchNodeStatus(name: string, patch: readonly JsonPatchOp[]) {
      await call(`patch the status of node ${name}`, () =>
        api.patchNodeStatus({ name, body: patch }, setHeaderOptions("Content-Type", PatchStrategy.JsonPatch)),
      );
    },
    async createPod(pod: IPod) {
      const namespace = pod.metadata?.namespace ?? "default";
      await call(`create pod ${namespace}/${pod.metadata?.name ?? ""}`, () =>
        api.createNamespacedPod({ namespace, body: pod as V1Pod }),
      );
    },
    async readPod(namespace: string, name: string) {
      const pod = await call<V1Pod | null>(
        `read pod ${namespace}/${name}`,
        () => api.readNamespacedPod({ name, namespace }),
        null,
      );
      return pod === null ? undefined : podView(pod);
    },
    async deletePod(namespace: string, name: string) {
      await call<unknown>(
        `delete pod ${namespace}/${name}`,
        () => api.deleteNamespacedPod({ name, namespace, gracePeriodSeconds: 0 }),
        null,
      );
    },
    async listResourceSlices(labelSelector: string) {
      const list = await call("list resource slices (resource.k8s.io/v1, Kubernetes 1.34+)", () => resource.listResourceSlice({ labelSelector }));
      // The generated models keep the wire names of the attributes aifactory writes (string, version, bool).
      return list.items as unknown as ResourceSliceObject[];
    },
    async createResourceSlice(slice: ResourceSliceObject) {
      await call(`create resource slice ${slice.metadata.name}`, () => resource.createResourceSlice({ body: slice as unknown as V1ResourceSlice }));
    },
    async createResourceClaimTemplate(template: IResourceClaimTemplate) {
      const namespace = template.metadata?.namespace ?? "default";
      await call(`create resource claim template ${namespace}/${template.metadata?.name ?? ""}`, () =>
        resource.createNamespacedResourceClaimTemplate({ namespace, body: template as V1ResourceClaimTemplate }),
      );
    },
    async deleteResourceClaimTemplate(namespace: string, name: string) {
      await call<unknown>(
        `delete resource claim template ${namespace}/${name}`,
        () => resource.deleteNamespacedResourceClaimTemplate({ name, namespace }),
        null,
      );
    },
    async replaceResourceSlice(slice: ResourceSliceObject) {
      await call(`replace resource slice ${slice.metadata.name}`, () =>
        resource.replaceResourceSlice({ name: slice.metadata.name, body: slice as unknown as V1ResourceSlice }),
      );
    },
  };
}

/**
 * What `aifactory verify` compares (src/verify): nodes, the device plugin's pods, namespaces and ResourceQuotas.
 * Read-only; errors as for the kind helpers (unreachable, refused, context not found).
 */
export async function readClusterState(
  options: ConnectOptions & { readonly pluginNamespace: string; /** Read resource.k8s.io/v1 ResourceSlices (gpuStack dra). @default false */ readonly resourceSlices?: boolean },
): Promise<ClusterState> {
  const cluster = await connectKubeCluster(options);
  const kc = new KubeConfig();
  if (options.kubeconfig === undefined) kc.loadFromDefault();
  else kc.loadFromFile(options.kubeconfig);
  kc.setCurrentContext(options.context);
  const api = kc.makeApiClient(CoreV1Api);
  const server = kc.getCurrentCluster()?.server ?? "(no server)";
  const call = async <T>(what: string, request: () => Promise<T>): Promise<T> => {
    try {
      return await request();
    } catch (err) {
      if (err instanceof ApiException) throw apiRefused(options.context, what, err.code, statusMessage(err.body));
      const cause = connectionCause(err);
      if (cause !== undefined) throw clusterUnreachable(options.context, server, cause);
      throw err;
    }
  };
  const nodes = await cluster.listNodes();
  const pods = await call("list the device plugin's pods", () => api.listNamespacedPod({ namespace: options.pluginNamespace }));
  const namespaces = await call("list namespaces", () => api.listNamespace());
  const quotas = await call("list resource quotas", () => api.listResourceQuotaForAllNamespaces());
  const slices =
    options.resourceSlices === true
      ? await call("list resource slices (resource.k8s.io/v1, Kubernetes 1.34+)", () => kc.makeApiClient(ResourceV1Api).listResourceSlice())
      : undefined;
  return {
    context: options.context,
    nodes: nodes.map((n) => ({ name: n.name, labels: n.labels, allocatable: n.allocatable })),
    pluginPods: pods.items.map((p) => ({
      namespace: p.metadata?.namespace ?? "",
      name: p.metadata?.name ?? "",
      labels: p.metadata?.labels ?? {},
      ...(p.spec?.nodeName === undefined ? {} : { nodeName: p.spec.nodeName }),
      ...daemonPodTarget(p),
      ...(p.status?.phase === undefined ? {} : { phase: p.status.phase }),
      ...unschedulableMessage(p),
      ready: p.status?.conditions?.some((c) => c.type === "Ready" && c.status === "True") ?? false,
    })),
    namespaces: namespaces.items.map((n) => n.metadata?.name ?? ""),
    quotas: quotas.items.map((q) => ({ namespace: q.metadata?.namespace ?? "", name: q.metadata?.name ?? "", hard: q.spec?.hard ?? {} })),
    ...(slices === undefined ? {} : { resourceSlices: slices.items.map(sliceState) }),
  };
}

/** A ResourceSlice as verify reads it; a device's `type` is its string attribute `type` (the driver's own domain). */
export function sliceState(slice: V1ResourceSlice): SliceState {
  const driver = slice.spec.driver;
  return {
    name: slice.metadata?.name ?? "",
    driver,
    ...(slice.spec.nodeName === undefined ? {} : { nodeName: slice.spec.nodeName }),
    pool: { name: slice.spec.pool.name, generation: slice.spec.pool.generation },
    devices: (slice.spec.devices ?? []).map((d) => {
      // Attribute names are qualified: "type" is short for "<driver>/type" ([P] Kubernetes v1.34 API, Device.attributes).
      const type = d.attributes?.["type"]?.string ?? d.attributes?.[`${driver}/type`]?.string;
      return { name: d.name, ...(type === undefined ? {} : { type }) };
    }),
  };
}

function statusMessage(body: unknown): string {
  if (typeof body === "string") return body.slice(0, 300);
  if (body !== null && typeof body === "object" && "message" in body && typeof body.message === "string")
    return body.message;
  return "";
}

function nodeView(node: V1Node): NodeView {
  return {
    name: node.metadata?.name ?? "",
    ...(node.metadata?.uid === undefined ? {} : { uid: node.metadata.uid }),
    labels: node.metadata?.labels ?? {},
    capacity: node.status?.capacity,
    allocatable: node.status?.allocatable,
  };
}

function podView(pod: V1Pod): ClusterPod {
  const scheduled = pod.status?.conditions?.find((c) => c.type === "PodScheduled");
  return {
    ...(pod.spec?.nodeName === undefined ? {} : { nodeName: pod.spec.nodeName }),
    ...(pod.status?.phase === undefined ? {} : { phase: pod.status.phase }),
    ...(scheduled?.status === "False" && scheduled.message !== undefined ? { unschedulable: scheduled.message } : {}),
  };
}

/** The node a DaemonSet pod is pinned to by its matchFields affinity on metadata.name (see PodState.targetNode). */
function daemonPodTarget(pod: V1Pod): { targetNode?: string } {
  const terms = pod.spec?.affinity?.nodeAffinity?.requiredDuringSchedulingIgnoredDuringExecution?.nodeSelectorTerms ?? [];
  for (const t of terms) {
    const f = (t.matchFields ?? []).find((m) => m.key === "metadata.name" && m.operator === "In" && m.values?.length === 1);
    if (f?.values?.[0] !== undefined) return { targetNode: f.values[0] };
  }
  return {};
}

function unschedulableMessage(pod: V1Pod): { unschedulable?: string } {
  const scheduled = pod.status?.conditions?.find((c) => c.type === "PodScheduled");
  return scheduled?.status === "False" && scheduled.message !== undefined ? { unschedulable: scheduled.message } : {};
}
