// Smoke test: per GPU pool, one pod requesting GPUs with the pool's node selector and tolerations; it passes
// when every pod is scheduled onto a node of its pool. The pods are removed afterwards, whatever happened.
// On a gpuStack dra cluster each pod claims its GPUs instead, through a ResourceClaimTemplate of aifactory's
// DeviceClass gpu.aifactory.dev: the scheduler binds a pod only once it has allocated the claim on that node, so a
// scheduled pod means its GPUs were found in the driver's ResourceSlices. That is all it checks: on a kind cluster no
// kubelet plugin prepares the devices unless NVIDIA's DRA driver runs there, so the pods stay ContainerCreating.
import { smokePodName as derivedSmokePodName } from "../model/names.js";
import type { IPod } from "kubernetes-models/v1/Pod";
import type { ResolvedCluster, ResolvedPool } from "../model/types.js";
import type { IResourceClaimTemplate } from "kubernetes-models/resource.k8s.io/v1/ResourceClaimTemplate";
import { gpuClaimTemplate, usesDra } from "../objects/dra.js";
import { gpuPod, PAUSE_IMAGE } from "../objects/workloads.js";
import type { KubeCluster } from "./cluster.js";

export interface SmokeOptions {
  /** Namespace the pods run in. @default "default" */
  readonly namespace?: string;
  /** nvidia.com/gpu each pod requests. @default 1 */
  readonly gpus?: number;
  /** How long to wait for every pod to be scheduled, seconds. @default 60 */
  readonly timeoutSeconds?: number;
  /** Time between two looks at the pods, ms. @default 1000 */
  readonly pollMs?: number;
  /** @default PAUSE_IMAGE */
  readonly image?: string;
}

export const SMOKE_LABEL = "aifactory.dev/smoke";

export interface SmokePod {
  readonly pool: string;
  readonly pod: IPod;
  /** gpuStack dra: the template the pod claims its GPUs from (created before the pod, deleted after). */
  readonly claimTemplate?: IResourceClaimTemplate;
}

export function smokePodName(pool: ResolvedPool): string {
  return derivedSmokePodName(pool.name);
}

/** The smoke pods as data: no RDMA (kind has no fabric), restricted Pod Security, pause image, no restarts. */
export function smokePods(cluster: ResolvedCluster, options: SmokeOptions = {}): SmokePod[] {
  const namespace = options.namespace ?? "default";
  return cluster.pools.map((pool) => {
    const gpus = options.gpus ?? 1;
    const name = smokePodName(pool);
    const claimTemplate = usesDra(cluster) ? gpuClaimTemplate(pool, `${name}-gpus`, namespace, gpus) : undefined;
    const pod = gpuPod(
      cluster,
      pool,
      { name, namespace, labels: { [SMOKE_LABEL]: pool.name } },
      { gpus, image: options.image ?? PAUSE_IMAGE, rdma: false, ...(claimTemplate === undefined ? {} : { claims: { gpus: claimTemplate.metadata!.name! } }) },
    );
    // Pods left behind by an interrupted run end on their own.
    const smoke = { ...pod, spec: { ...pod.spec!, activeDeadlineSeconds: 600, terminationGracePeriodSeconds: 0 } };
    return { pool: pool.name, pod: smoke, ...(claimTemplate === undefined ? {} : { claimTemplate }) };
  });
}

export interface SmokeResult {
  readonly pool: string;
  readonly pod: string;
  /** The node the pod was scheduled onto; undefined when it was not within the timeout. */
  readonly node?: string;
  /** Why not, as the scheduler said. */
  readonly reason?: string;
}

export interface Clock {
  now(): number;
  sleep(ms: number): Promise<void>;
}

export const realClock: Clock = {
  now: () => Date.now(),
  sleep: (ms) => new Promise((resolve) => setTimeout(resolve, ms)),
};

/** Creates the pods, waits until all are scheduled or the timeout passes, deletes them, returns pool → node. */
export async function runSmoke(
  client: KubeCluster,
  cluster: ResolvedCluster,
  options: SmokeOptions = {},
  clock: Clock = realClock,
): Promise<SmokeResult[]> {
  const pods = smokePods(cluster, options);
  const namespace = options.namespace ?? "default";
  const names = pods.map((p) => p.pod.metadata!.name!);
  // Leftovers of an interrupted run would make the create fail.
  const templates = pods.flatMap((p) => (p.claimTemplate === undefined ? [] : [p.claimTemplate]));
  for (const name of names) await client.deletePod(namespace, name);
  for (const t of templates) await client.deleteResourceClaimTemplate(namespace, t.metadata!.name!);
  const results = new Map<string, SmokeResult>();
  try {
    for (const t of templates) await client.createResourceClaimTemplate(t);
    for (const p of pods) await client.createPod(p.pod);
    const deadline = clock.now() + (options.timeoutSeconds ?? 60) * 1000;
    for (;;) {
      for (const p of pods) {
        const name = p.pod.metadata!.name!;
        if (results.get(name)?.node !== undefined) continue;
        const view = await client.readPod(namespace, name);
        results.set(name, {
          pool: p.pool,
          pod: name,
          ...(view?.nodeName === undefined ? {} : { node: view.nodeName }),
          ...(view?.unschedulable === undefined ? {} : { reason: view.unschedulable }),
          ...(view === undefined ? { reason: "pod disappeared" } : {}),
        });
      }
      if ([...results.values()].every((r) => r.node !== undefined) || clock.now() >= deadline) break;
      await clock.sleep(options.pollMs ?? 1000);
    }
  } finally {
    // A pod's generated ResourceClaim is owned by the pod: the garbage collector removes it with the pod.
    for (const name of names) await client.deletePod(namespace, name);
    for (const t of templates) await client.deleteResourceClaimTemplate(namespace, t.metadata!.name!);
  }
  return pods.map((p) => {
    const name = p.pod.metadata!.name!;
    return results.get(name) ?? { pool: p.pool, pod: name, reason: "not created" };
  });
}

export function describeSmoke(results: readonly SmokeResult[], context: string, timeoutSeconds: number): string[] {
  const lines = results.map((r) =>
    r.node !== undefined
      ? `pool ${r.pool} → node ${r.node}`
      : `pool ${r.pool}: pod ${r.pod} not scheduled within ${timeoutSeconds}s${r.reason === undefined ? "" : ` (${r.reason})`}`,
  );
  const failed = results.filter((r) => r.node === undefined).length;
  lines.push(
    failed === 0
      ? `smoke test passed in context ${context}: ${results.length} pool(s) scheduled`
      : `smoke test FAILED in context ${context}: ${failed} of ${results.length} pool(s) unscheduled`,
  );
  return lines;
}
