import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { parse } from "yaml";
import type { AIFactoryBlueprint } from "../../src/blueprint/generated/blueprint-types.js";
import { resolveFactory } from "../../src/model/resolve.js";
import type { ResolvedFactory } from "../../src/model/types.js";
import { checkFactory, getRule, RULES } from "../../src/rules/index.js";
import { fmt } from "../../src/rules/rule.js";

const base = (): AIFactoryBlueprint =>
  parse(readFileSync(new URL("../fixtures/rules/valid-base.yaml", import.meta.url), "utf8")) as AIFactoryBlueprint;
const codes = (m: ResolvedFactory): string[] => checkFactory(m).map((f) => f.code);

describe("rule registry", () => {
  it("has unique, well-formed codes with descriptions", () => {
    const all = RULES.map((r) => r.code);
    expect(new Set(all).size).toBe(all.length);
    for (const r of RULES) {
      expect(r.code).toMatch(/^AIF-(P|D|T|K|N|Q|R)\d{3}$/);
      expect(r.description.length).toBeGreaterThan(20);
      expect(r.code.charAt(4)).toBe({ power: "P", density: "D", topology: "T", kubernetes: "K", network: "N", scheduling: "Q", references: "R" }[r.family]);
    }
  });

  it("passes every rule on the valid base fixture", () => {
    expect(codes(resolveFactory(base()))).toEqual([]);
  });
});

describe("AIF-K003 MIG on a system without MIG", () => {
  // No catalog system lacks MIG, so the model is edited: this is the rule's failing case.
  const withMig = (instances: number, strategy: "none" | "single"): ResolvedFactory => {
    const m = resolveFactory(base());
    const site = m.sites[0]!;
    const cluster = site.clusters[0]!;
    const pool = cluster.pools[0]!;
    const edited = {
      ...pool,
      system: { ...pool.system, migInstancesPerGpu: { value: instances, source: "test", confidence: "primary" as const } },
      devicePlugin: { ...pool.devicePlugin, migStrategy: strategy },
    };
    return { ...m, sites: [{ ...site, clusters: [{ ...cluster, pools: [edited] }] }] };
  };
  it("fails when migStrategy is set on a GPU without MIG", () => {
    const f = checkFactory(withMig(0, "single")).filter((x) => x.code === "AIF-K003");
    expect(f).toHaveLength(1);
    expect(f[0]!.path).toEqual(["spec", "sites", 0, "clusters", 0, "pools", 0, "devicePlugin", "migStrategy"]);
    expect(f[0]!.message).toContain("migStrategy single");
  });
  it("passes with migStrategy none, or on a MIG-capable GPU", () => {
    expect(codes(withMig(0, "none"))).not.toContain("AIF-K003");
    expect(codes(withMig(7, "single"))).not.toContain("AIF-K003");
  });
});

describe("messages and fixes carry the actual values", () => {
  it("AIF-P001 names the hall, the values, and a concrete pool size", () => {
    const bp = base();
    bp.spec.sites[0].halls[0].itPowerMW = 0.2;
    const f = checkFactory(resolveFactory(bp)).find((x) => x.code === "AIF-P001")!;
    expect(f.message).toBe("hall s1/hall-a: pools draw 0.254 MW IT, budget 0.2 MW");
    expect(f.measured).toEqual({ value: 0.254, unit: "MW" });
    expect(f.limit).toEqual({ value: 0.2, unit: "MW" });
    // 2 racks at ~127 kW IT each (120 kW + switch share): 0.054 MW over → 1 rack.
    expect(f.fix).toBe("reduce pool c1/gb200 to 1 rack or raise hall-a itPowerMW to 0.254");
  });

  it("AIF-P001 proposes removing a pool, never sizing it to 0, when nothing of it can stay", () => {
    const bp = base();
    bp.spec.sites[0].halls[0].itPowerMW = 0.1;
    const f = checkFactory(resolveFactory(bp)).find((x) => x.code === "AIF-P001")!;
    expect(f.fix).toBe("remove pool c1/gb200 or raise hall-a itPowerMW to 0.254");
    expect(f.fix).not.toMatch(/to 0 (racks|nodes)/);
  });

  it("AIF-K001 says which units it counts when sharing is on", () => {
    const bp = base();
    const cluster = bp.spec.sites[0].clusters[0];
    cluster.pools[0].devicePlugin = { sharing: { timeSlicingReplicas: 2 } };
    cluster.tenants = [{ name: "a", gpuQuota: 300 }];
    const f = checkFactory(resolveFactory(bp)).find((x) => x.code === "AIF-K001")!;
    expect(f.message).toContain("tenant quotas add up to 300 advertised units, the cluster has 288 advertised units (nvidia.com/gpu; 144 GPUs");
    expect(f.fix).toContain("lower tenant a gpuQuota to 288");
  });

  it("near-limit warnings follow program.nearLimitPercent", () => {
    const bp = base();
    bp.spec.sites[0].halls[0].itPowerMW = 0.27; // 94 % used
    expect(codes(resolveFactory(bp))).toContain("AIF-P005");
    bp.spec.program.nearLimitPercent = 95;
    expect(codes(resolveFactory(bp))).not.toContain("AIF-P005");
  });

  it("AIF-T001 offers the whole-rack sizes on both sides", () => {
    const bp = base();
    const pool = bp.spec.sites[0].clusters[0].pools[0];
    delete pool.racks;
    pool.nodes = 20;
    const f = checkFactory(resolveFactory(bp)).find((x) => x.code === "AIF-T001")!;
    expect(f.fix).toBe("size pool gb200 in racks (racks: 2) or set nodes to 18 or 36");
  });
});

describe("broken references resolve and are reported, never thrown", () => {
  it("a pool in a missing hall and a site in a missing phase", () => {
    const bp = base();
    bp.spec.sites[0].phase = "nowhere";
    bp.spec.sites[0].clusters[0].pools[0].hall = "nowhere";
    const m = resolveFactory(bp);
    expect(m.program.totals.gpus).toBe(144);
    expect(m.phases[0]!.totals.gpus).toBe(0);
    expect(m.sites[0]!.halls[0]!.totals.gpus).toBe(0);
    expect(codes(m)).toEqual(expect.arrayContaining(["AIF-R001", "AIF-R002"]));
  });
});

describe("fmt", () => {
  it("groups thousands and trims decimals", () => {
    expect(fmt(1234567.891)).toBe("1,234,567.9");
    expect(fmt(0.25, 2)).toBe("0.25");
    expect(fmt(-1000)).toBe("-1,000");
  });
});

it("getRule finds a rule by code", () => {
  expect(getRule("AIF-P001")?.family).toBe("power");
  expect(getRule("AIF-X999")).toBeUndefined();
});
