import { describe, expect, it } from "vitest";
import { parse, parseAllDocuments } from "yaml";
import { kindClusterConfig, kindWorkersForPool, renderKindConfig } from "../../../src/synth/kind/config.js";
import { fixtureFactory, onlyCluster } from "../../kind/fixture-model.js";

describe("kind config", () => {
  const model = fixtureFactory();
  const cluster = onlyCluster(model);

  it("has a control plane and a few workers per pool, scaled down", () => {
    const config = kindClusterConfig(cluster);
    expect(config.apiVersion).toBe("kind.x-k8s.io/v1alpha4");
    expect(config.kind).toBe("Cluster");
    expect(config.name).toBe("dev");
    expect(config.nodes.map((n) => n.role)).toEqual(["control-plane", "worker", "worker", "worker", "worker"]);
    expect(kindClusterConfig(cluster, { workersPerPool: 3 }).nodes).toHaveLength(7);
  });

  it("never uses more workers than the pool has nodes, and at least one", () => {
    const pool = { ...cluster.pools[0]!, nodes: 1 };
    expect(kindWorkersForPool(pool, { workersPerPool: 5 })).toBe(1);
    expect(kindWorkersForPool(cluster.pools[1]!, { workersPerPool: 0 })).toBe(1);
  });

  it("labels each worker with its pool's labels and GPU Feature Discovery-style labels", () => {
    const worker = kindClusterConfig(cluster).nodes[1]!;
    expect(worker.labels).toMatchObject({
      "aifactory.dev/pool": "h100-train",
      team: "research",
      "nvidia.com/gpu.present": "true",
      "nvidia.com/gpu.product": "NVIDIA-H100-80GB-HBM3",
      // As GPU Feature Discovery prints them on a real H100 80GB node: MiB as the driver reports, not GB converted.
      "nvidia.com/gpu.memory": "81559",
      "nvidia.com/gpu.family": "hopper",
      "nvidia.com/gpu.count": "8",
    });
    // Each pool's DaemonSet mounts its config: kind nodes, like real ones, need no config label.
    expect(worker.labels).not.toHaveProperty("nvidia.com/device-plugin.config");
    const gb = kindClusterConfig(cluster).nodes[3]!;
    expect(gb.labels?.["nvidia.com/gpu.count"]).toBe("4");
    expect(gb.labels?.["nvidia.com/gpu.product"]).toBe("NVIDIA-GB200");
    expect(gb.labels?.["aifactory.dev/pool"]).toBe("gb200-infer");
  });

  it("registers tainted pools' workers with their taints through a kubeadm JoinConfiguration patch", () => {
    const [tainted, untainted] = [kindClusterConfig(cluster).nodes[1]!, kindClusterConfig(cluster).nodes[3]!];
    expect(untainted.kubeadmConfigPatches).toBeUndefined();
    const patches = (tainted.kubeadmConfigPatches ?? []).map((p) => parse(p) as unknown);
    expect(patches).toEqual([
      {
        kind: "JoinConfiguration",
        nodeRegistration: {
          taints: [
            { key: "nvidia.com/gpu", effect: "NoSchedule" },
            { key: "aifactory.dev/pool", value: "h100-train", effect: "NoExecute" },
          ],
        },
      },
    ]);
  });

  it("renders one YAML document that parses back to the config, with a header saying it is scaled down", () => {
    const text = renderKindConfig(model, cluster, { image: "kindest/node:v1.33.1" });
    const docs = parseAllDocuments(text);
    expect(docs).toHaveLength(1);
    expect(docs[0]!.errors).toEqual([]);
    expect(docs[0]!.toJS()).toEqual(
      JSON.parse(JSON.stringify(kindClusterConfig(cluster, { image: "kindest/node:v1.33.1" }))),
    );
    expect(text.startsWith("#")).toBe(true);
    expect(text).toMatch(/SCALED DOWN/);
    expect(text).toMatch(/pool h100-train: 2 of 4 nodes/);
    expect(text).toMatch(/pool gb200-infer: 2 of 18 nodes/);
    expect(text).not.toMatch(/\/(home|tmp|work)\//);
    expect(text).not.toMatch(/^\s*- [&*]/m); // each worker written in full, no YAML anchors or aliases
  });

  it("is deterministic", () => {
    expect(renderKindConfig(model, cluster)).toBe(renderKindConfig(fixtureFactory(), onlyCluster(fixtureFactory())));
  });
});
