// The MPS control daemon of MPS pools: the shape of the NVIDIA device plugin v0.20.0 Helm chart's
// mps-control-daemon DaemonSet (templates/daemonset-mps-control-daemon.yml), on exactly the pool's plugin nodes.
import { describe, expect, it } from "vitest";
import { parse } from "yaml";
import { buildClusterObjects } from "../../src/objects/index.js";
import type { IDaemonSet } from "../../src/objects/types.js";
import { checkSecurityBaseline } from "../../src/policy/index.js";
import { fixture, fixtureBlueprint } from "./fixture.js";

const fx = fixture();
const objects = buildClusterObjects(fx.model, fx.alpha);
const daemons = objects.filter((o) => o.role === "device-plugin-mps-control-daemon");
const daemon = daemons[0]?.object as IDaemonSet;
const plugin = objects.find((o) => o.role === "device-plugin-daemon-set" && o.key === "gb200")?.object as IDaemonSet;
const spec = daemon.spec!.template.spec!;

describe("MPS control daemon", () => {
  it("exists once per MPS pool, keyed by the pool, and for no other pool", () => {
    expect(daemons.map((o) => [o.key, o.object.metadata?.name])).toEqual([["gb200", "mps-control-daemon-gb200"]]);
    expect(buildClusterObjects(fx.model, fx.beta).some((o) => o.role === "device-plugin-mps-control-daemon")).toBe(false);
  });

  it("runs on the pool's plugin nodes: the same node affinity, tolerations and priority class", () => {
    const pluginSpec = plugin.spec!.template.spec!;
    expect(spec.affinity).toEqual(pluginSpec.affinity);
    expect(spec.tolerations).toEqual(pluginSpec.tolerations);
    expect(spec.priorityClassName).toBe("system-node-critical");
    // GFD's nvidia.com/mps.capable is not required: GFD does not see the pool's config (see mps-control-daemon.ts).
    expect(spec.nodeSelector).toBeUndefined();
  });

  it("has the chart's shape: mount-shm init container, the daemon, hostPID, the MPS root from the host", () => {
    expect(spec.hostPID).toBe(true);
    expect(spec.initContainers?.map((c) => [c.name, c.command, c.securityContext?.privileged])).toEqual([
      ["mps-control-daemon-mounts", ["mps-control-daemon", "mount-shm"], true],
    ]);
    expect(spec.initContainers?.[0]?.volumeMounts).toEqual([{ name: "mps-root", mountPath: "/mps", mountPropagation: "Bidirectional" }]);
    const ctr = spec.containers[0]!;
    expect(ctr.command).toEqual(["mps-control-daemon"]);
    expect(ctr.image).toBe(plugin.spec!.template.spec!.containers[0]!.image);
    expect(ctr.env).toEqual(
      expect.arrayContaining([
        { name: "NVIDIA_VISIBLE_DEVICES", value: "all" },
        { name: "NVIDIA_DRIVER_CAPABILITIES", value: "compute,utility" },
        { name: "NODE_NAME", valueFrom: { fieldRef: { apiVersion: "v1", fieldPath: "spec.nodeName" } } },
      ]),
    );
    expect(ctr.volumeMounts?.map((m) => [m.name, m.mountPath])).toEqual([
      ["mps-shm", "/dev/shm"],
      ["mps-root", "/mps"],
      ["config", "/etc/nvidia-device-plugin"],
    ]);
    expect(spec.volumes?.filter((v) => v.hostPath).map((v) => v.hostPath)).toEqual([
      { path: "/run/nvidia/mps", type: "DirectoryOrCreate" },
      { path: "/run/nvidia/mps/shm" },
    ]);
  });

  it("reads the pool's own MPS config, the one its plugin reads", () => {
    const cm = objects.find((o) => o.role === "device-plugin-configs")!.object as { data: Record<string, string> };
    const config = spec.volumes?.find((v) => v.name === "config")?.configMap;
    expect(config?.items).toEqual([{ key: "gb200", path: "config.yaml" }]);
    expect(parse(cm.data["gb200"]!).sharing.mps.resources).toEqual([{ name: "nvidia.com/gpu", replicas: 2 }]);
    expect(daemon.spec!.template.metadata!.annotations).toEqual(plugin.spec!.template.metadata!.annotations);
  });

  it("selects its own pods, not the plugin's (distinct selector labels in one namespace)", () => {
    expect(daemon.spec!.selector.matchLabels).toEqual({ name: "nvidia-mps-control-daemon", "aifactory.dev/pool": "gb200" });
    expect(daemon.spec!.selector.matchLabels).not.toEqual(plugin.spec!.selector.matchLabels);
  });

  it("passes the security baseline only because each exception's reason is recorded", () => {
    const of = (o: IDaemonSet) =>
      checkSecurityBaseline([{ cluster: fx.alpha, objects: [{ object: o, role: "device-plugin-mps-control-daemon", key: "gb200", origin: ["x"] }], examples: [] }]);
    expect(of(daemon)).toEqual([]);
    const bare = { ...daemon, metadata: { ...daemon.metadata, annotations: {} } } as IDaemonSet;
    const codes = of(bare).map((f) => f.code);
    expect(codes).toEqual(expect.arrayContaining(["AIF-SEC003", "AIF-SEC006"]));
  });

  it("is not emitted when the pool drops MPS", () => {
    const bp = fixtureBlueprint();
    const pools = bp.spec.sites[0]!.clusters[0]!.pools;
    const gb200 = pools.find((p) => p.name === "gb200")!;
    delete gb200.devicePlugin;
    const f = fixture(bp);
    expect(buildClusterObjects(f.model, f.alpha).some((o) => o.role === "device-plugin-mps-control-daemon")).toBe(false);
  });
});
