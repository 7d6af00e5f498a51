// The security baseline over every object emitted for every bundled blueprint (and its Network Operator variant),
// and each rule catching what it is about.
import { describe, expect, it } from "vitest";
import { analyzeText } from "../../src/check/analyze.js";
import type { Finding } from "../../src/findings/finding.js";
import type { ResolvedFactory } from "../../src/model/types.js";
import {
  SECURITY_RULES,
  checkObjects,
  checkSecurityBaseline,
  emittedObjects,
  parseImage,
  type EmittedObject,
  type PlainObject,
} from "../../src/policy/index.js";
import { RULES } from "../../src/rules/index.js";
import { BUNDLED, bundledText, modelOf, rdmaModelOf } from "./helpers.js";
import { buildFactoryObjects } from "../../src/objects/index.js";

const models: [string, ResolvedFactory][] = BUNDLED.flatMap((f) => [
  [f, modelOf(f)] as [string, ResolvedFactory],
  [`${f} (Network Operator)`, rdmaModelOf(f)] as [string, ResolvedFactory],
]);

describe("security rules", () => {
  it("have unique AIF-SEC codes, in order, none shared with the capacity rules", () => {
    const codes = SECURITY_RULES.map((r) => r.code);
    expect(codes).toEqual(codes.map((_, i) => `AIF-SEC${String(i + 1).padStart(3, "0")}`));
    for (const r of SECURITY_RULES) expect(r.description.length).toBeGreaterThan(20);
    expect(RULES.map((r) => r.code).filter((c) => codes.includes(c))).toEqual([]);
  });
});

describe.each(models)("%s", (_name, model) => {
  const objects = emittedObjects(buildFactoryObjects(model));

  it("passes the whole baseline", () => {
    expect(checkObjects(objects)).toEqual([]);
  });

  it("emits namespaces with Pod Security labels, and a reason on every one above restricted", () => {
    const namespaces = objects.filter((e) => e.object.kind === "Namespace");
    expect(namespaces.length).toBeGreaterThan(0);
    for (const { object } of namespaces) {
      const labels = object.metadata?.labels ?? {};
      expect(labels["pod-security.kubernetes.io/enforce"]).toMatch(/^(privileged|baseline|restricted)$/);
      if (labels["pod-security.kubernetes.io/enforce"] !== "restricted") {
        expect(object.metadata?.annotations?.["aifactory.dev/pod-security-reason"]).toBeTruthy();
      }
    }
  });

  it("agrees with itself on RDMA: IPC_LOCK only where the namespace enforces privileged and the workload says why", () => {
    const levels = new Map(
      objects
        .filter((e) => e.object.kind === "Namespace")
        .map((e) => [`${e.cluster.name}/${e.object.metadata?.name}`, e.object.metadata?.labels?.["pod-security.kubernetes.io/enforce"]]),
    );
    for (const e of objects.filter((o) => o.object.kind === "Job")) {
      const json = JSON.stringify(e.object);
      const rdma = e.cluster.networking.networkOperator.enabled;
      expect(json.includes("IPC_LOCK")).toBe(rdma);
      const ns = `${e.cluster.name}/${e.object.metadata?.namespace}`;
      // A namespace aifactory does not create ("default", clusters without tenants) is the cluster admin's.
      if (rdma && levels.has(ns)) expect(levels.get(ns)).toBe("privileged");
      if (rdma) expect(e.object.metadata?.annotations?.["aifactory.dev/capabilities-reason"]).toMatch(/IPC_LOCK/);
      if (!rdma && levels.has(ns)) expect(levels.get(ns)).toBe("restricted");
    }
  });
});

/** The dev-kind objects with one object changed. */
function mutated(model: ResolvedFactory, pick: (e: EmittedObject) => boolean, change: (o: PlainObject) => PlainObject): EmittedObject[] {
  let hit = 0;
  const out = emittedObjects(buildFactoryObjects(model)).map((e) => {
    if (!pick(e)) return e;
    hit++;
    return { ...e, object: change(structuredClone(e.object)) };
  });
  expect(hit).toBeGreaterThan(0);
  return out;
}

const devKind = () => rdmaModelOf("blueprints/dev-kind.yaml");
const isKind = (kind: string) => (e: EmittedObject) => e.object.kind === kind;
type Mutable = { [k: string]: unknown; metadata: { annotations?: Record<string, string>; labels?: Record<string, string> } };
const podSpec = (o: PlainObject): Record<string, unknown> => {
  const spec = (o as unknown as { spec: { template: { spec: Record<string, unknown> } } }).spec.template.spec;
  return spec;
};
const firstContainer = (o: PlainObject) => (podSpec(o)["containers"] as Record<string, unknown>[])[0]!;
const codes = (findings: readonly Finding[]) => [...new Set(findings.map((f) => f.code))];

describe("each rule catches its violation, at the element the object comes from", () => {
  const cases: [string, (e: EmittedObject) => boolean, (o: PlainObject) => PlainObject, string][] = [
    ["a namespace without PSA labels", isKind("Namespace"), (o) => ({ ...o, metadata: { ...o.metadata, labels: {} } }), "AIF-SEC001"],
    [
      "a privileged namespace without its reason",
      (e) => e.object.kind === "Namespace" && e.object.metadata?.annotations !== undefined,
      (o) => ({ ...o, metadata: { ...o.metadata, annotations: {} } }),
      "AIF-SEC002",
    ],
    [
      "a privileged container",
      isKind("Job"),
      (o) => {
        (firstContainer(o)["securityContext"] as Record<string, unknown>)["privileged"] = true;
        return o;
      },
      "AIF-SEC003",
    ],
    [
      "a container running as UID 0",
      isKind("Job"),
      (o) => {
        (firstContainer(o)["securityContext"] as Record<string, unknown>)["runAsUser"] = 0;
        return o;
      },
      "AIF-SEC004",
    ],
    [
      "the device plugin without its run-as-root reason",
      isKind("DaemonSet"),
      (o) => {
        delete (o as unknown as Mutable).metadata.annotations?.["aifactory.dev/run-as-root-reason"];
        return o;
      },
      "AIF-SEC004",
    ],
    [
      "IPC_LOCK without its reason",
      isKind("Job"),
      (o) => {
        delete (o as unknown as Mutable).metadata.annotations?.["aifactory.dev/capabilities-reason"];
        return o;
      },
      "AIF-SEC005",
    ],
    [
      "the device plugin's hostPath without its reason",
      isKind("DaemonSet"),
      (o) => {
        delete (o as unknown as Mutable).metadata.annotations?.["aifactory.dev/host-path-reason"];
        return o;
      },
      "AIF-SEC006",
    ],
    [
      "hostNetwork",
      isKind("Job"),
      (o) => {
        podSpec(o)["hostNetwork"] = true;
        return o;
      },
      "AIF-SEC006",
    ],
    [
      "privilege escalation left on",
      isKind("DaemonSet"),
      (o) => {
        delete (firstContainer(o)["securityContext"] as Record<string, unknown>)["allowPrivilegeEscalation"];
        return o;
      },
      "AIF-SEC007",
    ],
    [
      "a container without limits",
      isKind("Job"),
      (o) => {
        delete (firstContainer(o)["resources"] as Record<string, unknown>)["limits"];
        return o;
      },
      "AIF-SEC008",
    ],
    [
      "an unpinned image",
      isKind("Job"),
      (o) => {
        firstContainer(o)["image"] = "nvcr.io/nvidia/k8s/cuda-sample:latest";
        return o;
      },
      "AIF-SEC009",
    ],
    ["a tenant without its default-deny policy", isKind("NetworkPolicy"), (o) => ({ ...o, kind: "ConfigMap" }), "AIF-SEC010"],
    ["a tenant without its GPU quota", isKind("ResourceQuota"), (o) => ({ ...o, spec: { hard: { pods: "10" } } }), "AIF-SEC011"],
    [
      "a token in a ConfigMap",
      (e) => e.object.kind === "ConfigMap" && e.object.metadata?.name === "aifactory-capacity",
      (o) => ({ ...o, data: { note: "ghp_" + "a1B2c3D4e5F6g7H8i9J0k1L2m3N4o5P6q7R8s9" } }),
      "AIF-SEC012",
    ],
    ["a Secret", isKind("ConfigMap"), (o) => ({ ...o, kind: "Secret" }), "AIF-SEC012"],
    [
      "a password in an environment variable",
      isKind("DaemonSet"),
      (o) => {
        (firstContainer(o)["env"] as Record<string, unknown>[]).push({ name: "NGC_API_KEY", value: "hunter2" });
        return o;
      },
      "AIF-SEC012",
    ],
  ];

  it.each(cases)("%s", (_name, pick, change, code) => {
    const model = devKind();
    const objects = mutated(model, pick, change);
    const findings = checkObjects(objects);
    expect(codes(findings)).toEqual([code]);
    const cluster = model.sites[0]!.clusters[0]!;
    for (const f of findings) {
      expect(f.severity).toBe("error");
      expect(f.message).toMatch(new RegExp(`^cluster ${cluster.name}: `));
      expect(f.fix.length).toBeGreaterThan(20);
      // At the cluster, or inside it (a tenant, a pool, the device plugin).
      expect(f.path.slice(0, cluster.path.length)).toEqual(cluster.path);
    }
  });

  it("pins the device plugin to the digest the blueprint gives", () => {
    const model = devKind();
    const digest = `sha256:${"a".repeat(64)}`;
    const cluster = model.sites[0]!.clusters[0]!;
    const pinned = { ...model, sites: [{ ...model.sites[0]!, clusters: [{ ...cluster, devicePlugin: { ...cluster.devicePlugin, image: `${cluster.devicePlugin.image}@${digest}` } }] }] };
    expect(checkSecurityBaseline(buildFactoryObjects(pinned))).toEqual([]);
    const objects = emittedObjects(buildFactoryObjects(pinned)).map((e) =>
      e.object.kind !== "DaemonSet"
        ? e
        : { ...e, object: JSON.parse(JSON.stringify(e.object).replaceAll(`@${digest}`, "")) as PlainObject },
    );
    const findings = checkObjects(objects);
    expect(codes(findings)).toEqual(["AIF-SEC009"]);
    expect(findings[0]!.message).toMatch(/not the digest sha256:a{64}/);
    expect(findings[0]!.path).toEqual([...cluster.path, "devicePlugin"]);
  });

  it("parses image references", () => {
    expect(parseImage("registry.k8s.io/pause:3.10")).toEqual({ repository: "registry.k8s.io/pause", tag: "3.10" });
    expect(parseImage("localhost:5000/x")).toEqual({ repository: "localhost:5000/x" });
    expect(parseImage(`a/b:v1@sha256:${"0".repeat(64)}`)).toEqual({ repository: "a/b", tag: "v1", digest: `sha256:${"0".repeat(64)}` });
  });
});

describe("aifactory validate includes the baseline", () => {
  it("reports a credential in a blueprint field, located at the element whose object carries it", () => {
    const text = bundledText("blueprints/dev-kind.yaml");
    const original = "description: Serving traffic; preempts training and batch.";
    expect(text).toContain(original);
    const leaked = text.replace(original, 'description: "ops token: xoxb-1234567890-abcdefghij"');
    const a = analyzeText(leaked, "leak.yaml");
    const sec = a.findings.filter((f) => f.code.startsWith("AIF-SEC"));
    // Reported once, at the blueprint field (AIF-SEC013), not again at the PriorityClass that carries it (AIF-SEC012).
    expect(sec.map((f) => f.code)).toEqual(["AIF-SEC013"]);
    expect(sec[0]!.message).toMatch(/priorityTiers\.0\.description looks like a Slack token/);
    expect(sec[0]!.message).not.toContain("abcdefghij");
    const line = leaked.split("\n").findIndex((l) => l.includes("ops token")) + 1;
    expect(sec[0]!.location).toMatchObject({ file: "leak.yaml", line });
  });
});

describe("tenant GPU quotas on a DRA cluster (AIF-SEC011)", () => {
  // training-a-1 of openai-nvidia-2026 runs gpuStack dra: its tenants' quotas must cap every GPU DeviceClass.
  const model = modelOf("blueprints/openai-nvidia-2026.yaml");
  const dra = (e: EmittedObject) => e.cluster.gpuStack === "dra";
  const quotaWithout = (key: string) => (o: PlainObject) => {
    const hard = { ...((o as { spec: { hard: Record<string, string> } }).spec.hard) };
    delete hard[key];
    return { ...o, spec: { hard } };
  };

  it("passes as emitted", () => {
    expect(emittedObjects(buildFactoryObjects(model)).some(dra)).toBe(true);
    expect(checkObjects(emittedObjects(buildFactoryObjects(model))).filter((f) => f.code === "AIF-SEC011")).toEqual([]);
  });

  it.each(["gpu.aifactory.dev", "gpu.nvidia.com", "mig.nvidia.com", "vfio.gpu.nvidia.com"])(
    "refuses a tenant quota that leaves out the devices of %s",
    (deviceClass) => {
      const key = `${deviceClass}.deviceclass.resource.k8s.io/devices`;
      const objects = mutated(model, (e) => dra(e) && e.object.kind === "ResourceQuota" && e.role === "tenant-quota", quotaWithout(key));
      const found = checkObjects(objects).filter((f) => f.code === "AIF-SEC011");
      expect(found.length).toBeGreaterThan(0);
      for (const f of found) expect(f.message).toMatch(new RegExp(`^cluster training-a-1: tenant namespace \\S+ has no ResourceQuota on ${key.replaceAll(".", "\\.")}$`));
    },
  );
});
