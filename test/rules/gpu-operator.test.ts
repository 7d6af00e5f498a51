// What a gpuStack gpu-operator blueprint can get wrong (AIF-K030..K033), beyond the one fixture each: the cases each
// rule must let through, so that a rule firing on every gpu-operator cluster would fail here.
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { analyzeText, packageRoot } from "../../src/check/analyze.js";

const e2e = readFileSync(join(packageRoot(), "test/fixtures/load/valid-gpu-operator-e2e.yaml"), "utf8");
const codes = (text: string) => analyzeText(text, "t.yaml").findings.map((f) => f.code).filter((c) => /^AIF-K03/.test(c));

describe("gpu-operator rules", () => {
  it("accept the e2e fixture: whole-GPU pools beside a mixed MIG pool, the operator in a namespace of its own", () => {
    expect(codes(e2e)).toEqual([]);
  });
  it("AIF-K030 on a second MIG strategy, not on whole-GPU pools beside one", () => {
    const single = e2e.replace("migStrategy: mixed\n                migConfig: all-balanced", "migStrategy: single\n                migConfig: all-1g.10gb");
    expect(codes(single)).toEqual([]);
    const two = single.replace("sharing:\n                  timeSlicingReplicas: 2", "migStrategy: mixed\n                migConfig: all-balanced");
    expect(codes(two)).toEqual(["AIF-K030"]);
  });
  it("AIF-K031 on a devicePlugin.namespace other than the default, not on devicePlugin.version", () => {
    const at = "          gpuStack: gpu-operator\n";
    expect(codes(e2e.replace(at, `${at}          devicePlugin: { version: v0.20.0 }\n`))).toEqual([]);
    expect(codes(e2e.replace(at, `${at}          devicePlugin: { namespace: nvidia-plugins }\n`))).toEqual(["AIF-K031"]);
  });
  it("AIF-K032 on a MIG pool without a layout", () => {
    expect(codes(e2e.replace("\n                migConfig: all-balanced", ""))).toEqual(["AIF-K032"]);
  });
  it("AIF-K033 on the operator in aifactory-system, located at gpuOperator.namespace", () => {
    const text = e2e.replace("namespace: nvidia-gpu-operator", "namespace: aifactory-system");
    const [f, ...rest] = analyzeText(text, "t.yaml").findings.filter((x) => x.code === "AIF-K033");
    expect(rest).toEqual([]);
    expect(f?.message).toMatch(/aifactory's own namespace/);
    expect(f?.location?.line).toBe(text.split("\n").findIndex((l) => l.includes("namespace: aifactory-system")) + 1);
  });
  it("none of them on a device-plugin cluster", () => {
    const text = e2e.replace("          gpuStack: gpu-operator\n          gpuOperator:\n            namespace: nvidia-gpu-operator\n", "").replace("\n                migConfig: all-balanced", "");
    expect(codes(text)).toEqual([]);
  });
});
