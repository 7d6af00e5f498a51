// The real KubeCluster: @kubernetes/client-node against one kubeconfig context. The only file of src/kind
// that does network I/O. Failed requests are translated here into KindErrors naming the context (and a
// 404 where "absent" is an answer), so that the commands report them plainly.
import { ApiException, CoreV1Api, KubeConfig, PatchStrategy, setHeaderOptions } from "@kubernetes/client-node";
import type { V1Node, V1Pod } from "@kubernetes/client-node";
import type { IPod } from "kubernetes-models/v1/Pod";
import type { JsonPatchOp, KubeCluster, NodeView, ClusterPod } from "./cluster.js";
import { existsSync } from "node:fs";
import { homedir } from "node:os";
import { delimiter, join } from "node:path";
import { apiRefused, clusterUnreachable, connectionCause, contextNotFound, kubeconfigMissing } from "./errors.js";

export interface ConnectOptions {
  readonly context: string;
  /** kubeconfig file. @default $KUBECONFIG, else ~/.kube/config (as kubectl) */
  readonly kubeconfig?: string;
}

export function connectKubeCluster(options: ConnectOptions): KubeCluster {
  const kc = new KubeConfig();
  const source = options.kubeconfig ?? (process.env["KUBECONFIG"] || "~/.kube/config");
  // Without a file, client-node would fall back to an in-cluster or localhost:8080 context: say what is missing instead.
  const files =
    options.kubeconfig !== undefined
      ? [options.kubeconfig]
      : (process.env["KUBECONFIG"] || join(homedir(), ".kube", "config")).split(delimiter).filter((f) => f !== "");
  if (!files.some((f) => existsSync(f))) throw kubeconfigMissing(options.context, source);
  if (options.kubeconfig === undefined) kc.loadFromDefault();
  else kc.loadFromFile(options.kubeconfig);
  if (kc.getContextObject(options.context) === null)
    throw contextNotFound(options.context, source, kc.getContexts().map((c) => c.name));
  kc.setCurrentContext(options.context);
  const server = kc.getCurrentCluster()?.server ?? "(no server)";
  const api = kc.makeApiClient(CoreV1Api);
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
