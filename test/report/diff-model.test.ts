import { describe, expect, it } from "vitest";
import { diffModels } from "../../src/report/index.js";
import { analyze, PLAN_FIXTURES } from "./helpers.js";

const head = analyze(`${PLAN_FIXTURES}/valid-small.yaml`);
const base = analyze(`${PLAN_FIXTURES}/valid-small-base.yaml`);

describe("diffModels", () => {
  const diff = diffModels(base.model, head.model, "base.yaml");

  it("finds pools added, removed and resized by cluster/pool", () => {
    expect(diff.poolsAdded.map((p) => `${p.cluster}/${p.pool}`)).toEqual(["beta-infer/b300"]);
    expect(diff.poolsRemoved.map((p) => `${p.cluster}/${p.pool}`)).toEqual(["beta-infer/h100"]);
    expect(diff.poolsResized).toHaveLength(1);
    expect(diff.poolsResized[0]).toMatchObject({
      cluster: "alpha-train",
      pool: "gb200",
      racks: { base: 5000, head: 5500, delta: 500 },
      nodes: { base: 90_000, head: 99_000, delta: 9000 },
      gpus: { base: 360_000, head: 396_000, delta: 36_000 },
    });
  });

  it("reports total deltas and only the limits whose headroom moved", () => {
    const gpus = diff.totals.find((t) => t.measure === "gpus");
    expect(gpus).toEqual({ measure: "gpus", base: 360_000 + 8000 + 16_000, head: 396_000 + 32_000 + 16_000, delta: 36_000 + 24_000 });
    const limits = diff.headroom.map((h) => `${h.scope}:${h.name}`);
    expect(limits).toContain("program:plan-small");
    expect(limits).toContain("cluster:alpha-train");
    expect(limits).not.toContain("phase:nonexistent");
    const cluster = diff.headroom.find((h) => h.name === "alpha-train");
    expect(cluster?.base?.headroom).toBe(10_000);
    expect(cluster?.head?.headroom).toBe(1000);
    expect(diff.changed).toBe(true);
  });

  it("says no change for identical models", () => {
    const same = diffModels(head.model, head.model, "same.yaml", { terraform: [] });
    expect(same).toEqual({
      base: "same.yaml",
      changed: false,
      totals: [],
      poolsAdded: [],
      poolsRemoved: [],
      poolsResized: [],
      headroom: [],
      terraform: [],
    });
  });

  it("treats everything as added when there is no base", () => {
    const fresh = diffModels(undefined, head.model, "main:x.yaml", { note: "new" });
    expect(fresh.poolsAdded).toHaveLength(3);
    expect(fresh.note).toBe("new");
    expect(fresh.headroom.every((h) => h.base === null)).toBe(true);
  });
});
