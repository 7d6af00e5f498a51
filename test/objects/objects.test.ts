import { describe, expect, it } from "vitest";
import { parse } from "yaml";
import { buildClusterObjects, type ClusterObject, type KubeObject } from "../../src/objects/index.js";
import type { IDaemonSet } from "../../src/objects/types.js";
import { fixture } from "./fixture.js";

const fx = fixture();
const objects = buildClusterObjects(fx.model, fx.alpha);

function find(kind: string, name: string, namespace?: string): KubeObject {
  const hit = objects.find(
    (o) => o.object.kind === kind && o.object.metadata?.name === name && o.object.metadata?.namespace === namespace,
  );
  if (!hit) throw new Error(`no ${kind} ${namespace ?? ""}/${name}`);
  return hit.object;
}

const daemonSets = objects.filter((o) => o.role === "device-plugin-daemon-set");
const daemonSet = find("DaemonSet", "nvidia-device-plugin-h100-shared", "nvidia-device-plugin") as IDaemonSet;
const podSpec = daemonSet.spec?.template.spec;

describe("device plugin DaemonSets", () => {
  it("match the upstream v0.20.0 static manifest's fields", () => {
    expect(daemonSet.apiVersion).toBe("apps/v1");
    expect(daemonSet.spec?.selector.matchLabels).toEqual({ name: "nvidia-device-plugin-ds", "aifactory.dev/pool": "h100-shared" });
    expect(daemonSet.spec?.template.metadata?.labels).toMatchObject({ name: "nvidia-device-plugin-ds" });
    expect(daemonSet.spec?.updateStrategy).toEqual({ type: "RollingUpdate" });
    expect(podSpec?.priorityClassName).toBe("system-node-critical");
    expect(podSpec?.tolerations?.[0]).toEqual({ key: "nvidia.com/gpu", operator: "Exists", effect: "NoSchedule" });
    const plugin = podSpec?.containers.find((c) => c.name === "nvidia-device-plugin-ctr");
    expect(plugin?.image).toBe("nvcr.io/nvidia/k8s-device-plugin:v0.20.0");
    expect(plugin?.volumeMounts).toContainEqual({
      name: "kubelet-device-plugins-dir",
      mountPath: "/var/lib/kubelet/device-plugins",
    });
    expect(podSpec?.volumes).toContainEqual({
      name: "kubelet-device-plugins-dir",
      hostPath: { path: "/var/lib/kubelet/device-plugins", type: "Directory" },
    });
  });

  it("give the container the upstream security context, a read-only root filesystem, RuntimeDefault seccomp and resource requests and limits", () => {
    expect(podSpec?.initContainers).toBeUndefined();
    expect(podSpec?.containers).toHaveLength(1);
    expect(podSpec?.securityContext).toEqual({ seccompProfile: { type: "RuntimeDefault" } });
    for (const c of podSpec?.containers ?? []) {
      expect(c.securityContext).toEqual({ allowPrivilegeEscalation: false, readOnlyRootFilesystem: true, capabilities: { drop: ["ALL"] } });
      expect(Object.keys(c.resources?.requests ?? {}).sort()).toEqual(["cpu", "memory"]);
      expect(Object.keys(c.resources?.limits ?? {}).sort()).toEqual(["cpu", "memory"]);
    }
  });

  it("are cut off the network by a deny-all NetworkPolicy that selects every pool's plugin pods and nothing else", () => {
    const policies = objects.filter((o) => o.role === "device-plugin-deny-all");
    expect(policies).toHaveLength(1);
    const policy = policies[0]!.object as { metadata: { namespace: string }; spec: { podSelector: { matchLabels: Record<string, string> }; policyTypes: string[]; ingress?: unknown; egress?: unknown } };
    expect(policy.metadata.namespace).toBe("nvidia-device-plugin");
    expect(policy.spec.policyTypes).toEqual(["Ingress", "Egress"]);
    expect(policy.spec.ingress).toBeUndefined();
    expect(policy.spec.egress).toBeUndefined();
    const selects = (labels: Record<string, string> | undefined) =>
      Object.entries(policy.spec.podSelector.matchLabels).every(([k, v]) => labels?.[k] === v);
    for (const ds of daemonSets) expect(selects((ds.object as IDaemonSet).spec?.template.metadata?.labels as Record<string, string>)).toBe(true);
    // Not the namespace's other pods: a blueprint may share the plugin's namespace.
    expect(Object.keys(policy.spec.podSelector.matchLabels)).not.toHaveLength(0);
  });

  it("are one per pool, keyed by the pool", () => {
    expect(daemonSets.map((o) => [o.key, o.object.metadata?.name])).toEqual(
      fx.alpha.pools.map((p) => [p.name, `nvidia-device-plugin-${p.name}`]),
    );
  });

  it("run on the nodes GFD labels with the pool's product (and the upstream GPU-node labels), and tolerate the pool's taints", () => {
    const terms = podSpec?.affinity?.nodeAffinity?.requiredDuringSchedulingIgnoredDuringExecution?.nodeSelectorTerms;
    // A time-sliced pool: GFD prints the product, or the product with -SHARED when it runs with a sharing config;
    // one term per value (ORed), each expression single-valued.
    const product = { key: "nvidia.com/gpu.product", operator: "In", values: ["NVIDIA-H100-80GB-HBM3"] };
    const shared = { key: "nvidia.com/gpu.product", operator: "In", values: ["NVIDIA-H100-80GB-HBM3-SHARED"] };
    const nfd = { key: "feature.node.kubernetes.io/pci-10de.present", operator: "In", values: ["true"] };
    const present = { key: "nvidia.com/gpu.present", operator: "In", values: ["true"] };
    expect(terms).toEqual([
      { matchExpressions: [nfd, product] },
      { matchExpressions: [nfd, shared] },
      { matchExpressions: [present, product] },
      { matchExpressions: [present, shared] },
    ]);
    // Nothing aifactory alone would set: the old DaemonSet selected aifactory.dev/pool and ran nowhere on a real cluster.
    expect(JSON.stringify(terms)).not.toContain("aifactory.dev/pool");
    expect(podSpec?.tolerations).toContainEqual({
      key: "dedicated",
      operator: "Equal",
      value: "inference",
      effect: "NoSchedule",
    });
    // Another pool's DaemonSet does not tolerate this pool's taint.
    const gb200 = find("DaemonSet", "nvidia-device-plugin-gb200", "nvidia-device-plugin") as IDaemonSet;
    expect(gb200.spec?.template.spec?.tolerations).not.toContainEqual(expect.objectContaining({ key: "dedicated" }));
  });

  it("mount their own pool's config file: no node label, no config-manager, no API access", () => {
    const plugin = podSpec?.containers[0];
    expect(plugin?.env).toContainEqual({ name: "CONFIG_FILE", value: "/etc/nvidia-device-plugin/config.yaml" });
    expect(podSpec?.volumes).toContainEqual({
      name: "config",
      configMap: { name: "nvidia-device-plugin-configs", items: [{ key: "h100-shared", path: "config.yaml" }] },
    });
    expect(podSpec?.automountServiceAccountToken).toBe(false);
    expect(objects.some((o) => o.object.kind === "ClusterRole" || o.object.kind === "ClusterRoleBinding")).toBe(false);
    for (const pool of fx.alpha.pools) expect(pool.labels).not.toHaveProperty("nvidia.com/device-plugin.config");
  });

  it("roll their pods when the pool's config changes (a hash of it on the pod template)", () => {
    const hashes = daemonSets.map((o) => (o.object as IDaemonSet).spec?.template.metadata?.annotations?.["aifactory.dev/device-plugin-config-sha256"]);
    expect(hashes.every((h) => /^[0-9a-f]{64}$/.test(h ?? ""))).toBe(true);
    expect(new Set(hashes).size).toBe(hashes.length);
  });
});

describe("GKE and clean applies", () => {
  it("gives a GKE cluster's plugin namespace a ResourceQuota scoped to system-node-critical, and others none", () => {
    const beta = buildClusterObjects(fx.model, fx.beta);
    const quota = beta.find((o) => o.role === "device-plugin-priority-quota")?.object;
    expect(quota).toEqual({
      apiVersion: "v1",
      kind: "ResourceQuota",
      metadata: { name: "system-node-critical-pods", namespace: "nvidia-device-plugin", labels: expect.any(Object) },
      spec: {
        hard: { pods: "2" },
        scopeSelector: { matchExpressions: [{ scopeName: "PriorityClass", operator: "In", values: ["system-node-critical"] }] },
      },
    });
    expect(objects.some((o) => o.role === "device-plugin-priority-quota")).toBe(false);
  });

  it("write no zero-value fields the API server drops (a second apply is unchanged)", () => {
    for (const { object } of objects) {
      expect(JSON.stringify(object), `${object.kind} ${object.metadata?.name}`).not.toMatch(/"globalDefault":false|"value":""/);
    }
  });
});

describe("device plugin configs", () => {
  const data = (find("ConfigMap", "nvidia-device-plugin-configs", "nvidia-device-plugin") as { data: Record<string, string> })
    .data;

  it("holds one v1 config per pool, with its sharing and MIG strategy", () => {
    expect(Object.keys(data)).toEqual(["h100-shared", "b200-mig", "gb200"]);
    expect(parse(data["h100-shared"] ?? "")).toEqual({
      version: "v1",
      flags: { migStrategy: "none", failOnInitError: true },
      sharing: { timeSlicing: { resources: [{ name: "nvidia.com/gpu", replicas: 4 }] } },
    });
    expect(parse(data["b200-mig"] ?? "")).toEqual({ version: "v1", flags: { migStrategy: "single", failOnInitError: true } });
    expect(parse(data["gb200"] ?? "").sharing).toEqual({ mps: { resources: [{ name: "nvidia.com/gpu", replicas: 2 }] } });
  });

  it("lets the plugin idle without GPUs in the kind profile", () => {
    const kind = buildClusterObjects(fx.model, fx.alpha, { profile: "kind" });
    const cm = kind.find((o) => o.object.metadata?.name === "nvidia-device-plugin-configs")?.object as {
      data: Record<string, string>;
    };
    for (const text of Object.values(cm.data)) expect(parse(text).flags.failOnInitError).toBe(false);
  });
});

describe("namespaces and tenants", () => {
  it("puts namespaces first", () => {
    const firstOther = objects.findIndex((o) => o.object.kind !== "Namespace");
    expect(objects.slice(firstOther).some((o) => o.object.kind === "Namespace")).toBe(false);
  });

  it("labels the device plugin's namespace privileged, with the reason, and tenants restricted", () => {
    const dp = find("Namespace", "nvidia-device-plugin");
    expect(dp.metadata?.labels?.["pod-security.kubernetes.io/enforce"]).toBe("privileged");
    expect(dp.metadata?.annotations?.["aifactory.dev/pod-security-reason"]).toMatch(/hostPath \/var\/lib\/kubelet\/device-plugins/);
    // alpha enables the Network Operator: RDMA pods add IPC_LOCK, so tenants enforce privileged, with the reason,
    // while audit and warn stay restricted (src/policy AIF-SEC002).
    expect(fx.alpha.networking.networkOperator.enabled).toBe(true);
    for (const t of fx.alpha.tenants) {
      const ns = find("Namespace", t.name);
      const labels = ns.metadata?.labels;
      expect(labels?.["pod-security.kubernetes.io/enforce"]).toBe("privileged");
      expect(labels?.["pod-security.kubernetes.io/audit"]).toBe("restricted");
      expect(labels?.["pod-security.kubernetes.io/warn"]).toBe("restricted");
      expect(labels?.["pod-security.kubernetes.io/enforce-version"]).toBe("v1.33");
      // Pinned too: a mode without its -version label follows "latest", so warn would tighten on upgrade.
      expect(labels?.["pod-security.kubernetes.io/audit-version"]).toBe("v1.33");
      expect(labels?.["pod-security.kubernetes.io/warn-version"]).toBe("v1.33");
      expect(ns.metadata?.annotations?.["aifactory.dev/pod-security-reason"]).toMatch(/IPC_LOCK/);
    }
    for (const o of objects.filter((x) => x.object.kind === "Namespace")) {
      const labels = o.object.metadata?.labels ?? {};
      for (const mode of ["enforce", "audit", "warn"]) expect(labels[`pod-security.kubernetes.io/${mode}-version`], o.object.metadata?.name).toBe("v1.33");
    }
  });

  it("sizes GPU quotas from the blueprint, adding up to at most the GPUs the pools advertise", () => {
    const quotas = fx.alpha.tenants.map((t) => {
      const q = find("ResourceQuota", "gpu-quota", t.name) as { spec: { hard: Record<string, string> } };
      return Number(q.spec.hard["requests.nvidia.com/gpu"]);
    });
    expect(quotas).toEqual(fx.alpha.tenants.map((t) => t.gpuQuota));
    expect(quotas.reduce((a, b) => a + b, 0)).toBeLessThanOrEqual(fx.alpha.advertisedGpus);
  });

  it("gives each tenant a LimitRange and a default-deny NetworkPolicy", () => {
    for (const t of fx.alpha.tenants) {
      expect(find("LimitRange", "container-defaults", t.name)).toBeDefined();
      expect((find("NetworkPolicy", "default-deny", t.name) as { spec: unknown }).spec).toEqual({
        podSelector: {},
        policyTypes: ["Ingress", "Egress"],
      });
    }
  });

  it("creates a PriorityClass per tier", () => {
    expect(find("PriorityClass", "batch")).toMatchObject({ value: 1000, preemptionPolicy: "Never" });
    expect(find("PriorityClass", "batch")).not.toHaveProperty("globalDefault");
    expect(find("PriorityClass", "serving")).toMatchObject({ value: 200000, preemptionPolicy: "PreemptLowerPriority" });
  });

  it("publishes the capacity summary", () => {
    const cm = find("ConfigMap", "aifactory-capacity", "aifactory-system") as { data: Record<string, string> };
    const summary = JSON.parse(cm.data["capacity.json"] ?? "{}");
    expect(summary.cluster).toBe("alpha");
    expect(summary.totals.gpus).toBe(fx.alpha.totals.gpus);
    expect(summary.pools.map((p: { name: string }) => p.name)).toEqual(["h100-shared", "b200-mig", "gb200"]);
  });
});

describe("origins", () => {
  it("record the blueprint element each object comes from", () => {
    const byRole = (role: string, key?: string) => objects.find((o: ClusterObject) => o.role === role && o.key === key);
    const tenant = fx.alpha.tenants.find((t) => t.name === "research");
    expect(byRole("tenant-quota", "research")?.origin).toEqual(tenant?.path);
    expect(byRole("device-plugin-daemon-set", "gb200")?.origin).toEqual([...fx.alpha.path, "devicePlugin"]);
    expect(byRole("capacity-summary")?.origin).toEqual(fx.alpha.path);
  });

  it("key per-element objects by blueprint names, and only the per-pool DaemonSets in a cluster without tenants or tiers", () => {
    expect(objects.filter((o: ClusterObject) => o.role === "tenant-namespace").map((o: ClusterObject) => o.key)).toContain("research");
    const keyed = buildClusterObjects(fx.model, fx.beta).filter((o) => o.key !== undefined);
    expect(keyed.map((o) => [o.role, o.key])).toEqual([["device-plugin-daemon-set", "h200"]]);
  });
});

describe("objects validate against the Kubernetes schemas (kubernetes-models)", async () => {
  const models = {
    Namespace: (await import("kubernetes-models/v1/Namespace")).Namespace,
    ConfigMap: (await import("kubernetes-models/v1/ConfigMap")).ConfigMap,
    ServiceAccount: (await import("kubernetes-models/v1/ServiceAccount")).ServiceAccount,
    ResourceQuota: (await import("kubernetes-models/v1/ResourceQuota")).ResourceQuota,
    LimitRange: (await import("kubernetes-models/v1/LimitRange")).LimitRange,
    NetworkPolicy: (await import("kubernetes-models/networking.k8s.io/v1/NetworkPolicy")).NetworkPolicy,
    PriorityClass: (await import("kubernetes-models/scheduling.k8s.io/v1/PriorityClass")).PriorityClass,
    DaemonSet: (await import("kubernetes-models/apps/v1/DaemonSet")).DaemonSet,
  } as const;
  for (const profile of ["default", "kind"] as const) {
    it(`in the ${profile} profile`, () => {
      for (const { object, requiresCrd } of buildClusterObjects(fx.model, fx.alpha, { profile })) {
        if (requiresCrd !== undefined) continue; // custom resources: kubernetes-models has no schema for them
        const Model = models[object.kind as keyof typeof models];
        expect(Model, object.kind).toBeDefined();
        expect(() => new Model(object as never).validate(), `${object.kind} ${object.metadata?.name}`).not.toThrow();
      }
    });
  }
});
