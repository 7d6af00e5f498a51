// Kubernetes' own limits: node labels the kubelet refuses in --node-labels (AIF-K014), taints unique by key and
// effect (AIF-K015), ConfigMaps over 1 MiB (AIF-K016). The label sets are the kubelet's (well_known_labels.go);
// the cases below are the ones its ValidateKubeletFlags decides, each written out.
import { readFileSync } from "node:fs";
import { join } from "node:path";
import fc from "fast-check";
import { stringify } from "yaml";
import { describe, expect, it } from "vitest";
import { heavyBlueprint } from "../../bench/heavy.js";
import { analyzeText, packageRoot } from "../../src/check/analyze.js";
import { checkObjectLimits, MAX_CONFIGMAP_DATA_BYTES } from "../../src/policy/index.js";
import { KUBELET_LABELS, kubeletRefusesLabel } from "../../src/rules/limits.js";
import type { EmittedObject } from "../../src/policy/index.js";
import { runs } from "../property/arbitraries.js";

const devKind = readFileSync(join(packageRoot(), "blueprints/dev-kind.yaml"), "utf8");
const withLabel = (key: string, value = "x") => devKind.replace("workload: inference", `workload: inference\n                ${key}: "${value}"`);
const errors = (text: string, code: string) => analyzeText(text, "t.yaml").findings.filter((f) => f.code === code);

describe("node labels the kubelet refuses (AIF-K014)", () => {
  it.each([
    ["node-role.kubernetes.io/worker", true],
    ["app.kubernetes.io/name", true],
    ["kubernetes.io/role", true],
    ["node-restriction.kubernetes.io/team", true],
    ["k8s.io/x", true],
    ["example.k8s.io/x", true],
    ["beta.kubernetes.io/fluentd-ds-ready", true],
    ["failure-domain.beta.kubernetes.io/rack", true],
    ["kubernetes.io/hostname", false],
    ["topology.kubernetes.io/zone", false],
    ["node.kubernetes.io/instance-type", false],
    ["node.kubernetes.io/anything", false],
    ["gpu.node.kubernetes.io/anything", false],
    ["kubelet.kubernetes.io/x", false],
    ["a.kubelet.kubernetes.io/x", false],
    ["notkubernetes.io/x", false],
    ["example.com/kubernetes.io", false],
    ["plain", false],
  ] as const)("%s: refused %s", (key, refused) => {
    expect(kubeletRefusesLabel(key)).toBe(refused);
  });

  it("allows every key of the kubelet's allowed set", () => {
    for (const key of KUBELET_LABELS) expect(kubeletRefusesLabel(key), key).toBe(false);
  });

  it("fails when a pool label is one the kubelet refuses, located at the label", () => {
    const found = errors(withLabel("node-role.kubernetes.io/worker", ""), "AIF-K014");
    expect(found).toHaveLength(1);
    expect(found[0]!.message).toMatch(/pool dev\/h100: label node-role.kubernetes.io\/worker .* kubelet refuses to start/);
    expect(found[0]!.location?.line).toBe(devKind.split("\n").findIndex((l) => l.includes("workload: inference")) + 2);
  });

  it("fails when a pool selector names a refused key, and passes on an allowed one", () => {
    const text = (key: string) =>
      devKind.replace("            - name: gb200\n", `              selector:\n                ${key}: a\n            - name: gb200\n`);
    expect(errors(text("app.kubernetes.io/part-of"), "AIF-K014").map((f) => f.path.join("."))).toEqual([
      "spec.sites.0.clusters.0.pools.0.selector.app.kubernetes.io/part-of",
    ]);
    expect(errors(text("node.kubernetes.io/instance-type"), "AIF-K014")).toEqual([]);
  });

  it("property: a pool label is an error exactly when the kubelet's rule refuses its key", () => {
    const prefix = fc.constantFrom("", "node.", "kubelet.", "topology.", "beta.", "app.", "node-role.", "node-restriction.", "failure-domain.beta.", "x.node.", "example.");
    const domain = fc.constantFrom("kubernetes.io", "k8s.io", "example.com", "kubernetes.iox");
    const name = fc.constantFrom("hostname", "zone", "region", "instance-type", "os", "arch", "worker", "team");
    fc.assert(
      fc.property(prefix, domain, name, (p, d, n) => {
        const key = `${p}${d}/${n}`;
        const found = errors(withLabel(key), "AIF-K014");
        const refused = d === "kubernetes.io" || d === "k8s.io" ? !KUBELET_LABELS.has(key) && !/(^|\.)(node|kubelet)\.kubernetes\.io$/.test(`${p}${d}`) : false;
        expect(found.length, key).toBe(refused ? 1 : 0);
      }),
      { numRuns: runs(60) },
    );
  });
});

describe("taints unique by key and effect (AIF-K015)", () => {
  const taints = (extra: string) =>
    devKind.replace(
      "              taints:\n                - key: nvidia.com/gpu\n                  effect: NoSchedule\n            - name: gb200",
      `              taints:\n                - key: nvidia.com/gpu\n                  effect: NoSchedule\n${extra}            - name: gb200`,
    );

  it("fails when two taints of a pool share key and effect, even with other values", () => {
    const found = errors(taints("                - key: nvidia.com/gpu\n                  value: other\n                  effect: NoSchedule\n"), "AIF-K015");
    expect(found.map((f) => f.path.join("."))).toEqual(["spec.sites.0.clusters.0.pools.0.taints.1"]);
    expect(found[0]!.message).toMatch(/taints 0 and 1 both have key nvidia.com\/gpu and effect NoSchedule/);
    expect(found[0]!.location).toBeDefined();
  });

  it("passes the same key with another effect", () => {
    expect(errors(taints("                - key: nvidia.com/gpu\n                  effect: NoExecute\n"), "AIF-K015")).toEqual([]);
  });
});

describe("objects within Kubernetes' size limits (AIF-K016)", () => {
  const configMap = (bytes: number, binary = false): EmittedObject =>
    ({
      object: {
        apiVersion: "v1",
        kind: "ConfigMap",
        metadata: { name: "m", namespace: "n" },
        ...(binary ? { binaryData: { b: Buffer.alloc(bytes, 1).toString("base64") } } : { data: { a: "é".repeat(bytes / 2) } }),
      },
      cluster: { name: "c" },
      path: ["spec", "sites", 0, "clusters", 0],
      role: "capacity-summary",
    }) as unknown as EmittedObject;

  it("passes a ConfigMap of exactly 1 MiB of data and fails one byte more (UTF-8 bytes, binaryData decoded)", () => {
    expect(checkObjectLimits([configMap(MAX_CONFIGMAP_DATA_BYTES)])).toEqual([]);
    expect(checkObjectLimits([configMap(MAX_CONFIGMAP_DATA_BYTES, true)])).toEqual([]);
    expect(checkObjectLimits([configMap(MAX_CONFIGMAP_DATA_BYTES + 2)]).map((f) => f.code)).toEqual(["AIF-K016"]);
    expect(checkObjectLimits([configMap(MAX_CONFIGMAP_DATA_BYTES + 1, true)]).map((f) => f.measured?.value)).toEqual([MAX_CONFIGMAP_DATA_BYTES + 1]);
  });

  it("fails a cluster whose capacity summary passes 1 MiB (4,000 pools), located at the cluster", () => {
    const text = stringify(heavyBlueprint("pools", 4000, 4000), { lineWidth: 0 });
    const found = errors(text, "AIF-K016");
    expect(found.map((f) => f.path.join("."))).toEqual(["spec.sites.0.clusters.0"]);
    expect(found[0]!.message).toMatch(/ConfigMap aifactory-system\/aifactory-capacity holds [\d,]+ bytes of data/);
    expect(found[0]!.fix).toMatch(/split the cluster/);
    expect(found[0]!.location?.line).toBeGreaterThan(0);
  }, 60_000);
});
