import { describe, expect, it } from "vitest";
import {
  exampleGpuJob,
  gpuPod,
  PAUSE_IMAGE,
} from "../../src/objects/workloads.js";
import {
  MULTUS_NETWORKS_ANNOTATION,
  NAD_CRD,
  networkOperatorObjects,
  rdmaRails,
} from "../../src/objects/network-operator.js";
import { fixtureFactory, onlyCluster } from "../kind/fixture-model.js";
import { strictValidate } from "../synth/kubernetes/strict-validate.js";

const plain = fixtureFactory();

function nadConfig(object: object): string {
  const spec = (object as { spec?: { config?: unknown } }).spec;
  return typeof spec?.config === "string" ? spec.config : "";
}
const rdma = fixtureFactory({ networkOperator: { enabled: true, crdsPresent: true } });

describe("GPU workload templates", () => {
  const cluster = onlyCluster(plain);
  const [h100, gb200] = cluster.pools;

  it("land on their pool: node selector and one toleration per taint", () => {
    const pod = gpuPod(cluster, h100!, { name: "p", namespace: "default" });
    // The pool's selector on a real cluster: GFD's product label (the same the pool's device plugin DaemonSet selects).
    expect(pod.spec?.nodeSelector).toEqual({ "nvidia.com/gpu.product": "NVIDIA-H100-80GB-HBM3" });
    expect(pod.spec?.tolerations).toEqual([
      { key: "nvidia.com/gpu", operator: "Exists", effect: "NoSchedule" },
      { key: "aifactory.dev/pool", operator: "Equal", value: "h100-train", effect: "NoExecute" },
    ]);
    // GB200 trays are Arm nodes: GKE taints them kubernetes.io/arch=arm64:NoSchedule, so the pod tolerates that;
    // and GPU nodes' nvidia.com/gpu taint whatever the pool declares (GKE's nvidia.com/gpu=present).
    expect(gpuPod(cluster, gb200!, { name: "p", namespace: "default" }).spec?.tolerations).toEqual([
      { key: "nvidia.com/gpu", operator: "Exists", effect: "NoSchedule" },
      { key: "kubernetes.io/arch", operator: "Equal", value: "arm64", effect: "NoSchedule" },
    ]);
    expect(pod.spec?.tolerations).not.toContainEqual(expect.objectContaining({ key: "kubernetes.io/arch" }));
  });

  it("request GPUs in requests and limits alike, with a pinned image and a restricted security context", () => {
    const pod = gpuPod(cluster, h100!, { name: "p", namespace: "default" }, { gpus: 2 });
    const c = pod.spec!.containers[0]!;
    expect(c.resources?.limits?.["nvidia.com/gpu"]).toBe("2");
    expect(c.resources?.requests).toEqual(c.resources?.limits);
    expect(c.image).toBe(PAUSE_IMAGE);
    expect(c.image).toMatch(/:[0-9][\w.-]*$/);
    expect(c.securityContext).toEqual({
      allowPrivilegeEscalation: false,
      readOnlyRootFilesystem: true,
      capabilities: { drop: ["ALL"] },
    });
    expect(pod.spec?.securityContext).toMatchObject({ runAsNonRoot: true, seccompProfile: { type: "RuntimeDefault" } });
    expect(pod.metadata?.annotations).toBeUndefined();
  });

  it("with the Network Operator: the RDMA resource, IPC_LOCK and the rails' networks", () => {
    const c = onlyCluster(rdma);
    const job = exampleGpuJob(c, c.pools[0]!);
    const container = job.spec!.template.spec!.containers[0]!;
    expect(container.resources?.limits?.["rdma/rdma_shared_device_a"]).toBe("1");
    expect(container.securityContext?.capabilities).toEqual({ drop: ["ALL"], add: ["IPC_LOCK"] });
    expect(job.spec!.template.metadata?.annotations?.[MULTUS_NETWORKS_ANNOTATION]).toBe(
      rdmaRails(c).map((r) => r.name).join(","),
    );
    expect(job.metadata?.namespace).toBe("research");
    // A pod can opt out (the kind smoke pod has no RDMA fabric to use).
    const smoke = gpuPod(c, c.pools[0]!, { name: "s", namespace: "default" }, { rdma: false });
    expect(smoke.spec!.containers[0]!.securityContext?.capabilities).toEqual({ drop: ["ALL"] });
  });

  it("validate strictly against the Kubernetes schemas", async () => {
    for (const model of [plain, rdma]) {
      const c = onlyCluster(model);
      for (const pool of c.pools) {
        expect(await strictValidate(gpuPod(c, pool, { name: "p", namespace: "default" }))).toEqual([]);
        expect(await strictValidate(exampleGpuJob(c, pool))).toEqual([]);
      }
    }
  });
});

describe("Network Operator objects", () => {
  it("are none when the cluster does not enable the Network Operator", () => {
    expect(networkOperatorObjects(plain, onlyCluster(plain))).toEqual([]);
  });

  it("are none while the blueprint does not say the Multus CRDs are present", () => {
    const noCrds = fixtureFactory({ networkOperator: { enabled: true, crdsPresent: false } });
    expect(networkOperatorObjects(noCrds, onlyCluster(noCrds))).toEqual([]);
  });

  it("are one NetworkAttachmentDefinition per rail and tenant namespace, needing the Multus CRD", async () => {
    const c = onlyCluster(rdma);
    const objects = networkOperatorObjects(rdma, c);
    expect(objects).toHaveLength(8 * 2);
    expect(new Set(objects.map((o) => o.requiresCrd))).toEqual(new Set([NAD_CRD]));
    expect(objects.map((o) => o.key)).toContain("research/rdma-rail-7");
    for (const o of objects) expect(await strictValidate(o.object)).toEqual([]);
    const config = JSON.parse(nadConfig(objects[0]!.object)) as Record<string, unknown>;
    expect(config).toMatchObject({ type: "ipoib", master: "ib0", ipam: { type: "whereabouts" } });
  });

  it("give each rail its own address block, sized for every GPU of the cluster", () => {
    const rails = rdmaRails(onlyCluster(rdma));
    // 32 + 72 = 104 GPUs → the /24 minimum.
    expect(rails.map((r) => r.range).slice(0, 3)).toEqual(["10.128.0.0/24", "10.128.1.0/24", "10.128.2.0/24"]);
    const big = { ...onlyCluster(rdma), totals: { ...onlyCluster(rdma).totals, gpus: 400_000 } };
    expect(rdmaRails(big).map((r) => r.range).slice(0, 2)).toEqual(["10.128.0.0/13", "10.136.0.0/13"]);
  });

  it("use macvlan on Ethernet fabrics", () => {
    const eth = fixtureFactory({ networkOperator: { enabled: true, crdsPresent: true }, fabric: "roce" });
    const nad = networkOperatorObjects(eth, onlyCluster(eth))[0]!.object;
    expect(JSON.parse(nadConfig(nad))).toMatchObject({ type: "macvlan", mode: "bridge" });
  });
});
