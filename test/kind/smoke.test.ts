import { describe, expect, it } from "vitest";
import { applyFakeGpus } from "../../src/kind/fake-gpus.js";
import { describeSmoke, runSmoke, smokePods, type Clock } from "../../src/kind/smoke.js";
import { kindClusterConfig } from "../../src/synth/kind/config.js";
import { PAUSE_IMAGE } from "../../src/objects/workloads.js";
import { strictValidate } from "../synth/kubernetes/strict-validate.js";
import { FakeCluster } from "./fake-cluster.js";
import { fixtureFactory, onlyCluster } from "./fixture-model.js";

const cluster = onlyCluster(fixtureFactory());
const rdmaCluster = onlyCluster(fixtureFactory({ networkOperator: { enabled: true, crdsPresent: true } }));

/** A clock that advances only when slept on: timeouts without waiting. */
function fakeClock(): Clock & { slept: number } {
  let t = 0;
  const clock = {
    slept: 0,
    now: () => t,
    sleep: (ms: number) => {
      t += ms;
      clock.slept += ms;
      return Promise.resolve();
    },
  };
  return clock;
}

describe("smoke pods", () => {
  it("are one per pool, with its selector and tolerations, GPUs in requests and limits, and the pinned pause image", () => {
    const pods = smokePods(cluster, { gpus: 2 });
    expect(pods.map((p) => [p.pool, p.pod.metadata?.name])).toEqual([
      ["h100-train", "aifactory-smoke-h100-train"],
      ["gb200-infer", "aifactory-smoke-gb200-infer"],
    ]);
    const spec = pods[0]!.pod.spec!;
    // The pool's selector on a real cluster (GFD's product label), not the aifactory.dev/pool label kind alone sets.
    expect(spec.nodeSelector).toEqual({ "nvidia.com/gpu.product": "NVIDIA-H100-80GB-HBM3" });
    expect(spec.tolerations?.map((t) => t.key)).toEqual(["nvidia.com/gpu", "aifactory.dev/pool"]);
    expect(spec.containers[0]!.resources?.requests?.["nvidia.com/gpu"]).toBe("2");
    expect(spec.containers[0]!.resources?.limits?.["nvidia.com/gpu"]).toBe("2");
    expect(spec.containers[0]!.image).toBe(PAUSE_IMAGE);
    expect(spec.activeDeadlineSeconds).toBe(600);
  });

  it("pass the restricted Pod Security level, even on clusters with RDMA (no IPC_LOCK on kind)", () => {
    for (const c of [cluster, rdmaCluster]) {
      for (const { pod } of smokePods(c)) {
        const spec = pod.spec!;
        expect(spec.securityContext?.runAsNonRoot).toBe(true);
        expect(spec.securityContext?.seccompProfile?.type).toBe("RuntimeDefault");
        for (const container of spec.containers) {
          expect(container.securityContext?.allowPrivilegeEscalation).toBe(false);
          expect(container.securityContext?.capabilities).toEqual({ drop: ["ALL"] });
        }
        expect(pod.metadata?.annotations).toBeUndefined();
      }
    }
  });

  it("validate strictly against the Kubernetes schemas", async () => {
    for (const { pod } of smokePods(rdmaCluster)) expect(await strictValidate(pod)).toEqual([]);
  });
});

describe("runSmoke", () => {
  it("reports pool → node once fake GPUs are there, and cleans up", async () => {
    const fake = new FakeCluster("kind-dev", kindClusterConfig(cluster));
    await applyFakeGpus(fake, cluster);
    const results = await runSmoke(fake, cluster, { timeoutSeconds: 5, pollMs: 100 }, fakeClock());
    expect(results).toEqual([
      { pool: "h100-train", pod: "aifactory-smoke-h100-train", node: "dev-worker" },
      { pool: "gb200-infer", pod: "aifactory-smoke-gb200-infer", node: "dev-worker3" },
    ]);
    expect(fake.pods.size).toBe(0);
    expect(describeSmoke(results, "kind-dev", 5)).toEqual([
      "pool h100-train → node dev-worker",
      "pool gb200-infer → node dev-worker3",
      "smoke test passed in context kind-dev: 2 pool(s) scheduled",
    ]);
  });

  it("fails after the timeout when the nodes advertise no GPUs, saying why, and still cleans up", async () => {
    const fake = new FakeCluster("kind-dev", kindClusterConfig(cluster));
    const clock = fakeClock();
    const results = await runSmoke(fake, cluster, { timeoutSeconds: 3, pollMs: 1000 }, clock);
    expect(results.every((r) => r.node === undefined)).toBe(true);
    expect(results[0]!.reason).toMatch(/nodes are available/);
    expect(clock.slept).toBe(3000);
    expect(fake.pods.size).toBe(0);
    expect(describeSmoke(results, "kind-dev", 3).at(-1)).toBe("smoke test FAILED in context kind-dev: 2 of 2 pool(s) unscheduled");
  });

  it("fails a pool whose GPUs are too few for the request", async () => {
    const fake = new FakeCluster("kind-dev", kindClusterConfig(cluster));
    await applyFakeGpus(fake, cluster);
    const results = await runSmoke(fake, cluster, { gpus: 8, timeoutSeconds: 1, pollMs: 500 }, fakeClock());
    expect(results.map((r) => r.node)).toEqual(["dev-worker", undefined]); // GB200 trays have 4 GPUs
  });

  it("removes leftovers first and its own pods even when creating one fails", async () => {
    const fake = new FakeCluster("kind-dev", kindClusterConfig(cluster));
    fake.failCreate = new Error("boom");
    await expect(runSmoke(fake, cluster, {}, fakeClock())).rejects.toThrow("boom");
    expect(fake.calls).toEqual([
      "delete default/aifactory-smoke-h100-train",
      "delete default/aifactory-smoke-gb200-infer",
      "create default/aifactory-smoke-h100-train",
      "delete default/aifactory-smoke-h100-train",
      "delete default/aifactory-smoke-gb200-infer",
    ]);
  });
});

describe("smoke pods on a gpuStack dra cluster", () => {
  const dra = onlyCluster(fixtureFactory({ gpuStack: "dra" }));

  it("claim their GPUs through a ResourceClaimTemplate of gpu.aifactory.dev, request no nvidia.com/gpu, and pass the strict schemas", async () => {
    const pods = smokePods(dra, { gpus: 2 });
    for (const p of pods) {
      const t = p.claimTemplate!;
      expect(t.metadata!.name).toBe(`${p.pod.metadata!.name}-gpus`);
      expect(t.spec.spec.devices!.requests![0]!.exactly).toEqual({ deviceClassName: "gpu.aifactory.dev", allocationMode: "ExactCount", count: 2 });
      expect(p.pod.spec!.resourceClaims).toEqual([{ name: "gpus", resourceClaimTemplateName: t.metadata!.name }]);
      const c = p.pod.spec!.containers[0]!;
      expect(c.resources!.claims).toEqual([{ name: "gpus" }]);
      expect(JSON.stringify(c.resources!.limits)).not.toContain("nvidia.com/gpu");
      expect(await strictValidate(t)).toEqual([]);
      expect(await strictValidate(p.pod)).toEqual([]);
    }
  });

  it("create the templates before the pods and delete them after, whatever happened", async () => {
    const fake = new FakeCluster("kind-dev", kindClusterConfig(dra));
    fake.failCreate = new Error("boom");
    await expect(runSmoke(fake, dra, { timeoutSeconds: 1 }, fakeClock())).rejects.toThrow("boom");
    const creates = fake.calls.filter((c) => c.startsWith("create "));
    expect(creates[0]).toMatch(/^create resourceclaimtemplate default\/aifactory-smoke-.*-gpus$/);
    expect(fake.claimTemplates.size).toBe(0);
    expect(fake.calls.at(-1)).toMatch(/^delete resourceclaimtemplate /);
  });
});
