// The test bed's steps for a gpuStack dra cluster: the world side (NVIDIA's DRA driver, simulated by
// world/dra-driver.ts) installed next to the control plane, the example workloads applied as a user does, and what the
// real scheduler allocated read back from the ResourceClaims (status.allocation) and the pods (spec.nodeName).
import { spawn } from "node:child_process";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { parseAllDocuments } from "yaml";
import type { RunResult } from "../harness/exec.js";
import { poll, type Item, type Kube, type List } from "../harness/kube.js";
import type { KubeObject } from "../harness/outputs.js";
import type { PodLike } from "../harness/plugin-config.js";
import { REPO_ROOT } from "../harness/tools.js";
import type { DeclaredCluster } from "../world/blueprint-pools.js";
import {
  COMPUTE_DOMAIN_DRIVER, GPU_DRIVER, driverSlices, installDriver, physicalGpus, publishSlices, startComputeDomainController,
} from "../world/dra-driver.js";
import type { TestNode } from "../world/nodes.js";

export const COMPUTE_DOMAIN_CRD_FILE = join(REPO_ROOT, "test/e2e/world/crds/computedomains.resource.nvidia.com.yaml");

export interface DraWorld {
  stop(): Promise<void>;
  /** What the simulated ComputeDomain controller could not create (API server refusals), for failure messages. */
  controllerErrors(): readonly string[];
}

/** The driver's cluster-wide side, as its Helm chart installs it: the ComputeDomain CRD, its DeviceClasses, its controller. */
export async function startDraWorld(k: Kube): Promise<DraWorld> {
  await installDriver(k, COMPUTE_DOMAIN_CRD_FILE);
  const controller = startComputeDomainController(k);
  return { stop: () => controller.stop(), controllerErrors: () => controller.errors() };
}

/** The driver's kubelet plugins on the bed's GPU nodes: their ResourceSlices, from the world's facts of each pool's system. */
export async function publishDriverSlices(k: Kube, declared: DeclaredCluster, nodes: readonly TestNode[]): Promise<void> {
  const systemOf = (pool: string) => declared.pools.find((p) => p.name === pool)!.system;
  await publishSlices(k, driverSlices(nodes, systemOf));
}

export { GPU_DRIVER, physicalGpus };

interface AllocationResult { request: string; driver: string; pool: string; device: string }

export interface ClaimOfPod {
  /** The pod's name for the claim (spec.resourceClaims[].name). */
  readonly name: string;
  /** The ResourceClaim the controller made for it; undefined while none exists. */
  readonly claim?: string;
  readonly allocated: readonly AllocationResult[] | undefined;
}

export interface PodWithClaims {
  readonly pod: PodLike & Item;
  readonly claims: readonly ClaimOfPod[];
}

export interface DraExampleRun {
  readonly apply: RunResult;
  readonly namespace: string;
  readonly name: string;
  /** The Job's parallelism: pods that must all be bound. */
  readonly parallelism: number;
  /** GPUs each pod's ResourceClaimTemplate asks for (ExactCount). */
  readonly gpusPerPod: number;
  readonly computeDomain: boolean;
  readonly pods: readonly PodWithClaims[];
  /** The first bound pod (or the first pod), as runExampleJob returns it. */
  readonly pod?: PodLike & Item;
  readonly events: string;
}

/** A claim as the watch saw it allocated: its pod (owner) and the pod's name for it, and the devices. */
interface SeenAllocation { claim: string; pod: string; podClaim: string; results: AllocationResult[] }

/**
 * Watches a namespace's ResourceClaims and keeps every allocation seen. Needed because kwok completes a Job's pods at
 * once, after which the resourceclaim controller releases and deletes their generated claims: the allocation the
 * scheduler made is only visible for a moment. The claim names its pod (ownerReferences) and the pod's name for it
 * (annotation resource.kubernetes.io/pod-claim-name, set by the resourceclaim controller).
 */
function watchClaims(k: Kube, namespace: string): { stop(): Promise<{ seen: SeenAllocation[]; log: string }> } {
  const template =
    '{.metadata.name}{"|"}{.metadata.ownerReferences[0].name}{"|"}{.metadata.annotations.resource\\.kubernetes\\.io/pod-claim-name}{"|"}{.status.allocation.devices.results}{"\\n"}';
  const child = spawn(k.kubectl, ["--kubeconfig", k.cp.kubeconfig, "--context", k.cp.context, "get", "resourceclaims", "-n", namespace, "--watch", "-o", `jsonpath=${template}`], {
    stdio: ["ignore", "pipe", "pipe"],
  });
  let out = "";
  let err = "";
  child.stdout.on("data", (d: Buffer) => (out += d.toString()));
  child.stderr.on("data", (d: Buffer) => (err += d.toString()));
  const exited = new Promise<void>((res) => child.on("exit", () => res()));
  return {
    stop: async () => {
      child.kill("SIGTERM");
      await exited;
      const seen: SeenAllocation[] = [];
      for (const line of out.split("\n")) {
        // "|", not a tab: kubectl get writes through a tabwriter, which turns tabs into spaces.
        const [claim, pod, podClaim, results] = line.split("|");
        if (claim === undefined || results === undefined || results.trim() === "") continue;
        seen.push({ claim, pod: pod ?? "", podClaim: podClaim ?? "", results: JSON.parse(results) as AllocationResult[] });
      }
      return { seen, log: `kubectl get resourceclaims --watch: ${out.split("\n").length - 1} line(s)\n${out.slice(0, 4000)}${err}` };
    },
  };
}

/** Applies an example file (ResourceClaimTemplate, ComputeDomain, Job) as a user does and reads what the scheduler did. */
export async function runDraExample(k: Kube, file: string, waitMs: number): Promise<DraExampleRun> {
  const docs0 = parseAllDocuments(readFileSync(file, "utf8")).map((d) => d.toJS() as KubeObject | null);
  const watch = watchClaims(k, docs0.find((o) => o?.kind === "Job")?.metadata.namespace ?? "default");
  await new Promise((res) => setTimeout(res, 1000)); // let the watch start before anything is allocated
  const apply = await k.run(["apply", "-f", file]);
  const docs = parseAllDocuments(readFileSync(file, "utf8")).map((d) => d.toJS() as KubeObject | null).filter((o): o is KubeObject => o !== null);
  const job = docs.find((o) => o.kind === "Job")! as KubeObject & { spec: { parallelism?: number } };
  const rct = docs.find((o) => o.kind === "ResourceClaimTemplate") as (KubeObject & { spec: { spec: { devices: { requests: { exactly: { count?: number } }[] } } } }) | undefined;
  const namespace = job.metadata.namespace ?? "default";
  const name = job.metadata.name;
  const parallelism = job.spec.parallelism ?? 1;
  const listPods = async () => (await k.json<List<PodLike & Item>>(["get", "pods", "-n", namespace, "-l", `batch.kubernetes.io/job-name=${name}`])).items;
  await poll(async () => {
    const pods = await listPods();
    return pods.filter((p) => p.spec.nodeName !== undefined).length >= parallelism ? true : undefined;
  }, waitMs);
  await new Promise((res) => setTimeout(res, 1000)); // the last allocation's watch event
  const { seen, log: watchLog } = await watch.stop();
  const pods = await listPods();
  const withClaims = pods.map((pod): PodWithClaims => {
    const declaredClaims = ((pod.spec as { resourceClaims?: { name: string }[] }).resourceClaims ?? []);
    return {
      pod,
      claims: declaredClaims.map((c) => {
        const got = seen.filter((x) => x.pod === pod.metadata.name && x.podClaim === c.name).at(-1);
        return { name: c.name, ...(got === undefined ? {} : { claim: got.claim }), allocated: got?.results };
      }),
    };
  });
  const ev = await k.run(["get", "events", "-n", namespace, "-o", "custom-columns=OBJECT:.involvedObject.name,REASON:.reason,MESSAGE:.message"]);
  const bound = pods.find((p) => p.spec.nodeName !== undefined) ?? pods[0];
  return {
    apply, namespace, name, parallelism,
    gpusPerPod: rct?.spec.spec.devices.requests[0]?.exactly.count ?? 1,
    computeDomain: docs.some((o) => o.kind === "ComputeDomain"),
    pods: withClaims,
    ...(bound === undefined ? {} : { pod: bound }),
    events: `${ev.stdout}\n${watchLog}`,
  };
}

/**
 * What is wrong with a DRA example run against the world: every pod bound to a node of the pool; its GPU claim
 * allocated with the template's count of distinct whole GPUs of NVIDIA's driver from that node's own pool of devices;
 * in a ComputeDomain, its channel claim allocated from the compute-domain driver on the same node; a multi-node Job's
 * pods on different nodes of one NVLink domain (one nvidia.com/gpu.clique).
 */
export function draExampleProblems(o: DraExampleRun, pool: string, nodes: readonly TestNode[]): string[] {
  const problems: string[] = [];
  const poolNodes = new Map(nodes.filter((n) => n.pool === pool).map((n) => [n.name, n]));
  const bound = o.pods.filter((p) => p.pod.spec.nodeName !== undefined);
  if (bound.length < o.parallelism) problems.push(`${bound.length} of ${o.parallelism} pod(s) of Job ${o.namespace}/${o.name} bound to a node`);
  for (const { pod, claims } of bound) {
    const node = pod.spec.nodeName!;
    const where = `pod ${pod.metadata.name} on ${node}`;
    if (!poolNodes.has(node)) problems.push(`${where}: not a node of pool ${pool} (${[...poolNodes.keys()].join(", ")})`);
    const gpus = claims.find((c) => c.name === "gpus");
    if (gpus?.allocated === undefined) problems.push(`${where}: its GPU claim ${gpus?.claim ?? "(none)"} is not allocated`);
    else {
      const devices = gpus.allocated.filter((r) => r.driver === GPU_DRIVER && r.pool === node);
      const distinct = new Set(devices.map((d) => d.device));
      if (devices.length !== gpus.allocated.length || distinct.size !== o.gpusPerPod)
        problems.push(`${where}: GPU claim ${gpus.claim} allocated ${JSON.stringify(gpus.allocated)}, expected ${o.gpusPerPod} distinct devices of ${GPU_DRIVER} from pool ${node}`);
    }
    if (o.computeDomain) {
      const channel = claims.find((c) => c.name === "channel");
      const ok = channel?.allocated?.length === 1 && channel.allocated[0]!.driver === COMPUTE_DOMAIN_DRIVER && channel.allocated[0]!.pool === node;
      if (!ok) problems.push(`${where}: channel claim ${channel?.claim ?? "(none)"} allocated ${JSON.stringify(channel?.allocated)}, expected one device of ${COMPUTE_DOMAIN_DRIVER} from pool ${node}`);
    }
  }
  if (o.parallelism > 1) {
    const used = bound.map((p) => p.pod.spec.nodeName!);
    if (new Set(used).size !== used.length) problems.push(`pods share nodes: ${used.join(", ")}`);
    const cliques = new Set(used.map((n) => poolNodes.get(n)?.labels["nvidia.com/gpu.clique"] ?? "(no clique)"));
    if (cliques.size !== 1 || cliques.has("(no clique)")) problems.push(`pods span NVLink domains: ${[...cliques].join(", ")}`);
  }
  return problems;
}

/** The claim a user would create by hand: `count` devices of one class, in the namespace. */
export function claimOf(name: string, namespace: string, deviceClassName: string, count: number): Record<string, unknown> {
  return {
    apiVersion: "resource.k8s.io/v1",
    kind: "ResourceClaim",
    metadata: { name, namespace },
    spec: { devices: { requests: [{ name: "gpus", exactly: { deviceClassName, allocationMode: "ExactCount", count } }] } },
  };
}
