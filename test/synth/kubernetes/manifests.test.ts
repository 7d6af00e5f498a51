import { describe, expect, it } from "vitest";
import fc from "fast-check";
import { parse, parseAllDocuments, stringify } from "yaml";
import {
  CRD_OBJECTS_FILE,
  KUSTOMIZATION_FILE,
  MANIFESTS_FILE,
  clusterManifestFiles,
  kubernetesManifests,
  renderYamlStream,
} from "../../../src/synth/kubernetes/manifests.js";
import { buildClusterObjects, buildFactoryObjects, exampleJobs } from "../../../src/objects/index.js";
import { exampleGpuJob } from "../../../src/objects/workloads.js";
import type { ResolvedFactory } from "../../../src/model/types.js";
import { YAML_WRITE_OPTIONS } from "../../../src/yaml/write.js";
import { fixtureFactory, onlyCluster } from "../../kind/fixture-model.js";
import { bundledBlueprintFiles, loadBundled } from "./bundled.js";
import { strictValidate } from "./strict-validate.js";

function docsOf(text: string): unknown[] {
  const docs = parseAllDocuments(text);
  for (const d of docs) expect(d.errors).toEqual([]);
  return docs.map((d) => d.toJS() as unknown);
}

/** The objects as JSON would carry them (no undefined members). */
const plainJson = (o: unknown): unknown => JSON.parse(JSON.stringify(o)) as unknown;

function clusters(model: ResolvedFactory) {
  return model.sites.flatMap((s) => s.clusters);
}

describe("Kubernetes manifests of a small cluster", () => {
  const model = fixtureFactory();
  const cluster = onlyCluster(model);
  const files = kubernetesManifests(model, buildFactoryObjects(model));

  it("exports per pool the labels and taints a node provisioner stamps, and the selector its device plugin uses", () => {
    const doc = JSON.parse(files.get("kubernetes/dev/node-labels.json")!) as { cluster: string; pools: unknown[] };
    expect(doc.cluster).toBe("dev");
    expect(doc.pools[0]).toEqual({
      pool: "h100-train",
      system: "h100",
      nodes: 4,
      labels: { "aifactory.dev/cluster": "dev", "aifactory.dev/pool": "h100-train", team: "research" },
      taints: [
        { key: "nvidia.com/gpu", effect: "NoSchedule" },
        { key: "aifactory.dev/pool", value: "h100-train", effect: "NoExecute" },
      ],
      selector: { "nvidia.com/gpu.product": "NVIDIA-H100-80GB-HBM3" },
      gpuProducts: ["NVIDIA-H100-80GB-HBM3"],
    });
  });

  it("writes manifests, a kustomization and one example per pool under kubernetes/<cluster>/", () => {
    expect([...files.keys()]).toEqual([
      "kubernetes/dev/manifests.yaml",
      "kubernetes/dev/kustomization.yaml",
      "kubernetes/dev/node-labels.json",
      "kubernetes/dev/examples/gpu-job-h100-train.yaml",
      "kubernetes/dev/examples/gpu-job-gb200-infer.yaml",
    ]);
    expect(parse(files.get("kubernetes/dev/kustomization.yaml")!)).toEqual({
      apiVersion: "kustomize.config.k8s.io/v1beta1",
      kind: "Kustomization",
      resources: [MANIFESTS_FILE],
    });
  });

  it("puts namespaces first", () => {
    const kinds = docsOf(files.get("kubernetes/dev/manifests.yaml")!).map((d) => (d as { kind: string }).kind);
    const firstOther = kinds.findIndex((k) => k !== "Namespace");
    expect(firstOther).toBeGreaterThan(0);
    expect(kinds.slice(firstOther)).not.toContain("Namespace");
  });

  it("keeps objects of CRDs apart, and emits them only when the blueprint says the CRDs are present", () => {
    const absent = fixtureFactory({ networkOperator: { enabled: true, crdsPresent: false } });
    expect([...kubernetesManifests(absent, buildFactoryObjects(absent)).keys()]).not.toContain(`kubernetes/dev/${CRD_OBJECTS_FILE}`);
    const present = fixtureFactory({ networkOperator: { enabled: true, crdsPresent: true } });
    const withCrds = kubernetesManifests(present, buildFactoryObjects(present));
    const crdDocs = docsOf(withCrds.get(`kubernetes/dev/${CRD_OBJECTS_FILE}`)!);
    expect(crdDocs.length).toBe(16);
    expect(new Set(crdDocs.map((d) => (d as { kind: string }).kind))).toEqual(new Set(["NetworkAttachmentDefinition"]));
    expect(docsOf(withCrds.get(`kubernetes/dev/${MANIFESTS_FILE}`)!).map((d) => (d as { kind: string }).kind)).not.toContain(
      "NetworkAttachmentDefinition",
    );
    expect((parse(withCrds.get(`kubernetes/dev/${KUSTOMIZATION_FILE}`)!) as { resources: string[] }).resources).toEqual([
      MANIFESTS_FILE,
      CRD_OBJECTS_FILE,
    ]);
    expect(withCrds.get("kubernetes/dev/examples/gpu-job-h100-train.yaml")).toMatch(/privileged Pod Security level/);
  });

  it("renders exactly the objects (hence what Terraform renders): parsed back, they deep-equal them", () => {
    const objects = buildClusterObjects(model, cluster);
    const rendered = clusterManifestFiles(model, { cluster, objects, examples: exampleJobs(cluster) });
    const docs = [
      ...docsOf(rendered.get(`kubernetes/dev/${MANIFESTS_FILE}`)!),
      ...(rendered.has(`kubernetes/dev/${CRD_OBJECTS_FILE}`) ? docsOf(rendered.get(`kubernetes/dev/${CRD_OBJECTS_FILE}`)!) : []),
    ];
    expect(docs).toEqual(objects.map((o) => plainJson(o.object)));
  });

  it("is deterministic and carries no absolute path or timestamp", () => {
    const again = kubernetesManifests(fixtureFactory(), buildFactoryObjects(fixtureFactory()));
    expect([...again.entries()]).toEqual([...files.entries()]);
    for (const text of files.values()) {
      expect(text).not.toMatch(/\/(home|tmp|work|root|Users)\//);
      expect(text).not.toMatch(/\d{4}-\d{2}-\d{2}T\d{2}:/);
    }
  });
});

describe.each(bundledBlueprintFiles())("bundled blueprint %s", (file) => {
  it("every object of every cluster validates strictly against the Kubernetes schemas, for both profiles", async () => {
    const model = await loadBundled(file);
    expect(clusters(model).length).toBeGreaterThan(0);
    for (const profile of ["default", "kind"] as const) {
      for (const cluster of clusters(model)) {
        for (const o of buildClusterObjects(model, cluster, { profile })) {
          const errors = await strictValidate(o.object);
          expect(errors, `${cluster.name}: ${o.object.kind} ${o.object.metadata?.name ?? ""}`).toEqual([]);
        }
      }
    }
  });

  it("renders YAML that parses back to the very same objects, cluster by cluster", async () => {
    const model = await loadBundled(file);
    const files = kubernetesManifests(model, buildFactoryObjects(model));
    for (const cluster of clusters(model)) {
      const objects = buildClusterObjects(model, cluster);
      const dir = `kubernetes/${cluster.name}`;
      const docs = [
        ...docsOf(files.get(`${dir}/${MANIFESTS_FILE}`)!),
        ...(files.has(`${dir}/${CRD_OBJECTS_FILE}`) ? docsOf(files.get(`${dir}/${CRD_OBJECTS_FILE}`)!) : []),
      ];
      expect(docs).toEqual(objects.map((o) => plainJson(o.object)));
      const crd = objects.some((o) => o.requiresCrd !== undefined);
      expect(crd).toBe((cluster.networking.networkOperator.enabled && cluster.networking.networkOperator.crdsPresent) || cluster.gpuStack === "gpu-operator");
    }
  });

  it("example workloads validate strictly", async () => {
    const model = await loadBundled(file);
    const files = kubernetesManifests(model, buildFactoryObjects(model));
    const examples = [...files.entries()].filter(([p]) => p.includes("/examples/"));
    expect(examples.length).toBe(clusters(model).reduce((n, c) => n + c.pools.length, 0));
    for (const [path, text] of examples) {
      for (const doc of docsOf(text)) expect(await strictValidate(doc as object), path).toEqual([]);
    }
  });
});

// renderYamlStream reuses one yaml Document per stream (measured faster); the bytes must stay what yaml's own
// stringify writes for each object.
describe("renderYamlStream: yaml's stringify of each object, after `---`", () => {
  // The shared writer quotes for YAML 1.1 readers too (src/yaml/write.ts): the reference stringify does the same.
  const OPTIONS = { lineWidth: 0, aliasDuplicateObjects: false, ...YAML_WRITE_OPTIONS } as const;
  const expected = (objects: readonly object[], header: string) => `# ${header}\n${objects.map((o) => `---\n${stringify(o, OPTIONS)}`).join("")}`;

  it("every object of the bundled blueprints, both profiles, and the example jobs", async () => {
    for (const file of bundledBlueprintFiles()) {
      const model = await loadBundled(file);
      for (const cluster of model.sites.flatMap((s) => s.clusters)) {
        for (const profile of ["default", "kind"] as const) {
          const objects = [...buildClusterObjects(model, cluster, { profile }).map((o) => o.object), ...cluster.pools.map((p) => exampleGpuJob(cluster, p))];
          expect(renderYamlStream(objects, ["h"]), `${file} ${cluster.name} ${profile}`).toBe(expected(objects, "h"));
        }
      }
    }
  });

  it("does not mistake objects JSON cannot tell apart for one another (the cache's keys)", () => {
    const twins: object[][] = [
      [{ a: -0 }, { a: 0 }],
      [{ a: Number.NaN }, { a: null }, { a: Number.POSITIVE_INFINITY }, { a: Number.NEGATIVE_INFINITY }],
      [{ a: [undefined] }, { a: [null] }],
      [{ a: new Date(0) }, { a: new Date(0).toISOString() }],
      [{ a: "u" }, { a: [undefined] }, { a: "n-0" }, { a: -0 }],
    ];
    for (const objects of twins) {
      const cache = new Map<string, string>();
      expect(renderYamlStream(objects, ["h"], cache)).toBe(expected(objects, "h"));
      expect(renderYamlStream([...objects].reverse(), ["h"], cache)).toBe(expected([...objects].reverse(), "h"));
    }
  });

  it("arbitrary JSON-shaped objects (quoting, multi-line strings, empty collections)", () => {
    const key = fc.oneof(fc.string(), fc.constantFrom("true", "1", "0x1f", "a: b", "#x", "-", "null", "~", "---", "a\nb", "x #y"));
    // Values JSON cannot tell apart (the cache's keys must): -0, NaN, ±Infinity, undefined, a Date and its text.
    const odd = fc.constantFrom(-0, 0, Number.NaN, Number.POSITIVE_INFINITY, Number.NEGATIVE_INFINITY, undefined, "n-0", "u", new Date(0), new Date(0).toISOString());
    const leaf = fc.oneof(key, fc.integer(), fc.double(), fc.boolean(), fc.constant(null), odd);
    const value = fc.letrec((tie) => ({
      v: fc.oneof({ depthSize: "small" }, leaf, fc.array(tie("v")), fc.dictionary(key, tie("v"))),
    })).v;
    fc.assert(
      fc.property(fc.array(fc.dictionary(key, value), { maxLength: 4 }), fc.array(fc.dictionary(key, value), { maxLength: 4 }), (a, b) => {
        // One cache over two streams, as kubernetesManifests shares it over every cluster's files.
        const cache = new Map<string, string>();
        expect(renderYamlStream(a, ["h"], cache)).toBe(expected(a, "h"));
        expect(renderYamlStream([...b, ...a], ["h"], cache)).toBe(expected([...b, ...a], "h"));
      }),
      { numRuns: 60 },
    );
  });
});
