import { describe, expect, it } from "vitest";
import { strictValidate } from "./strict-validate.js";

const pod = (container: Record<string, unknown>, meta: Record<string, unknown> = {}) => ({
  apiVersion: "v1",
  kind: "Pod",
  metadata: { name: "p", labels: { a: "b", "nvidia.com/gpu.present": "true" }, ...meta },
  spec: { containers: [{ name: "c", image: "i", resources: { limits: { "nvidia.com/gpu": "1" } }, ...container }] },
});

describe("strictValidate (the checker the manifest tests rely on)", () => {
  it("accepts a valid pod, maps of any keys included", async () => {
    expect(await strictValidate(pod({}))).toEqual([]);
  });

  it("fails on an unknown field at any depth", async () => {
    expect(await strictValidate(pod({ bogus: 1 }))).toEqual(["/spec/containers/0/bogus: unknown field"]);
    expect(await strictValidate(pod({}, { colour: "red" }))).toEqual(["/metadata/colour: unknown field"]);
    expect(await strictValidate({ ...pod({}), extra: {} })).toEqual(["/extra: unknown field"]);
  });

  it("knows the PriorityClass description field kubernetes-models' validator skips, and only there", async () => {
    const pc = { apiVersion: "scheduling.k8s.io/v1", kind: "PriorityClass", metadata: { name: "x" }, value: 1, description: "d" };
    expect(await strictValidate(pc)).toEqual([]);
    expect(await strictValidate({ ...pod({}), description: "d" })).toEqual(["/description: unknown field"]);
  });

  it("fails on a wrong type", async () => {
    const errors = await strictValidate(pod({ resources: { limits: { "nvidia.com/gpu": "one gpu" } } }));
    expect(errors.join("\n")).toMatch(/quantity/);
  });

  it("fails on a kind it has no schema for", async () => {
    expect(await strictValidate({ apiVersion: "example.com/v1", kind: "Nope", metadata: { name: "x" } })).toEqual([
      "example.com/v1 Nope: no schema known",
    ]);
  });

  it("checks NetworkAttachmentDefinitions after their CRD", async () => {
    const nad = {
      apiVersion: "k8s.cni.cncf.io/v1",
      kind: "NetworkAttachmentDefinition",
      metadata: { name: "n", namespace: "x" },
      spec: { config: JSON.stringify({ cniVersion: "0.3.1", name: "n", type: "ipoib" }) },
    };
    expect(await strictValidate(nad)).toEqual([]);
    expect(await strictValidate({ ...nad, spec: { ...nad.spec, other: 1 } })).toEqual(["/spec/other: unknown field"]);
    expect(await strictValidate({ ...nad, metadata: { name: "n", bogus: 1 } })).toEqual(["/metadata/bogus: unknown field"]);
  });
});
