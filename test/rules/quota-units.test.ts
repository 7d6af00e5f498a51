// A quota fix names the unit the quota is in: GPUs without sharing, advertised nvidia.com/gpu units with it.
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { analyzeText } from "../../src/check/analyze.js";

const base = readFileSync(new URL("../fixtures/rules/invalid-quota-sum.yaml", import.meta.url), "utf8");
const fixOf = (text: string) => analyzeText(text, "q.yaml").findings.find((f) => f.code === "AIF-K001")?.fix ?? "";

describe("AIF-K001's fix", () => {
  it("counts GPUs when nothing is shared", () => {
    expect(fixOf(base)).toMatch(/add capacity to cluster c1: 16 GPUs$/);
  });

  it("counts advertised units, and the GPUs they take, under time-slicing", () => {
    const shared = base
      .replace("gpuQuota: 60", "gpuQuota: 200")
      .replace("gpuQuota: 100", "gpuQuota: 160")
      .replace(/(\n(\s+)racks: 2)/, "$1\n$2devicePlugin:\n$2  sharing:\n$2    timeSlicingReplicas: 2");
    expect(fixOf(shared)).toMatch(/add capacity to cluster c1: 72 advertised units, about 36 GPUs at 2 units per GPU$/);
  });
});
