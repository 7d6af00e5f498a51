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

const daemonSet = find("DaemonSet", "nvidia-device-plugin-daemonset", "nvidia-device-plugin") as IDaemonSet;
const podSpec = daemonSet.spec?.template.spec;

describe("device plugin DaemonSet", () => {
  it("matches the upstream v0.20.0 static manifest's fields", () => {
    expect(daemonSet.apiVersion).toBe("apps/v1");
    expect(daemonSet.spec?.selector.matchLabels).toEqual({ name: "nvidia-device-plugin-ds" });
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

  it("gives every container the upstream security context and resource requests and limits", () => {
    const all = [...(podSpec?.initContainers ?? []), ...(podSpec?.containers ?? [])];
    expect(all).toHaveLength(3);
    for (const c of all) {
      expect(c.securityContext).toEqual({ allowPrivilegeEscalation: false, capabilities: { drop: ["ALL"] } });
      expect(Object.keys(c.resources?.requests ?? {}).sort()).toEqual(["cpu", "memory"]);
      expect(Object.keys(c.resources?.limits ?? {}).sort()).toEqual(["cpu", "memory"]);
    }
  });

  it("runs only on the blueprint's GPU pools and tolerates their taints", () => {
    const terms = podSpec?.affinity?.nodeAffinity?.requiredDuringSchedulingIgnoredDuringExecution?.nodeSelectorTerms;
    expect(terms).toEqual([
      { matchExpressions: [{ key: "aifactory.dev/pool", operator: "In", values: ["h100-shared", "b200-mig", "gb200"] }] },
    ]);
    // The pool label is the one the model puts on the pool's nodes.
    for (const pool of fx.alpha.pools) expect(pool.labels["aifactory.dev/pool"]).toBe(pool.name);
    expect(podSpec?.tolerations).toContainEqual({
      key: "dedicated",
      operator: "Equal",
      value: "inference",
      effect: "NoSchedule",
    });
  });

  it("selects each node's config through the nvidia.com/device-plugin.config label", () => {
    const sidecar = podSpec?.containers.find((c) => c.name === "nvidia-device-plugin-sidecar");
    expect(sidecar?.env).toContainEqual({ name: "NODE_LABEL", value: "nvidia.com/device-plugin.config" });
    expect(podSpec?.volumes).toContainEqual({ name: "available-configs", configMap: { name: "nvidia-device-plugin-configs" } });
    for (const pool of fx.alpha.pools) {
      expect(pool.labels["nvidia.com/device-plugin.config"]).toBe(pool.devicePlugin.configName);
    }
  });
});

describe("device plugin configs", () => {
  const data = (find("ConfigMap", "nvidia-device-plugin-configs", "nvidia-device-plugin") as { data: Record<string, string> })
    .data;

  it("holds one v1 config per pool, with its sharing and MIG strategy", () => {
    expect(Object.keys(data)).toEqual(["aifactory-default", "h100-shared", "b200-mig", "gb200"]);
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
      expect(ns.metadata?.annotations?.["aifactory.dev/pod-security-reason"]).toMatch(/IPC_LOCK/);
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
    expect(find("PriorityClass", "batch")).toMatchObject({ value: 1000, preemptionPolicy: "Never", globalDefault: false });
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
    expect(byRole("device-plugin-daemon-set")?.origin).toEqual([...fx.alpha.path, "devicePlugin"]);
    expect(byRole("capacity-summary")?.origin).toEqual(fx.alpha.path);
  });

  it("key per-element objects by blueprint names, and nothing in a cluster without tenants or tiers", () => {
    expect(objects.filter((o: ClusterObject) => o.role === "tenant-namespace").map((o: ClusterObject) => o.key)).toContain("research");
    expect(buildClusterObjects(fx.model, fx.beta).every((o) => o.key === undefined)).toBe(true);
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
    ClusterRole: (await import("kubernetes-models/rbac.authorization.k8s.io/v1/ClusterRole")).ClusterRole,
    ClusterRoleBinding: (await import("kubernetes-models/rbac.authorization.k8s.io/v1/ClusterRoleBinding")).ClusterRoleBinding,
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
