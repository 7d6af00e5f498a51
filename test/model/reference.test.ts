import { describe, expect, it } from "vitest";
import { analyzeFile } from "../../src/check/analyze.js";
import type { AIFactoryBlueprint } from "../../src/blueprint/generated/blueprint-types.js";
import { resolveFactory } from "../../src/model/resolve.js";
import { sizeFabric } from "../../src/model/network.js";

const ROOT = new URL("../../", import.meta.url).pathname;

describe("blueprints/openai-nvidia-10gw.yaml", () => {
  it("resolves to 2.16 million Vera Rubin NVL72 GPUs (4.32 million dies) within 10 GW, without findings", async () => {
    const a = await analyzeFile("blueprints/openai-nvidia-10gw.yaml", { cwd: ROOT });
    expect(a.findings).toEqual([]);
    const t = a.model!.program.totals;
    expect(t.gpus).toBe(2_160_000); // 20 clusters × 1,500 Vera Rubin NVL72 racks × 72 GPU packages
    expect(t.dies).toBe(4_320_000); // × 2 dies per package
    expect(t.facilityMW).toBeLessThanOrEqual(10_000);
    expect(t.facilityMW).toBeCloseTo(9450, 6);
    // Huang's 4–5 million GPUs for 10 GW means 2.0–2.5 kW per GPU all-in (CNBC, Sept 2025): it is the die count of a
    // Rubin program that lands there, the package count is about twice that power per GPU.
    const kwPerDie = (t.facilityMW * 1000) / t.dies;
    expect(kwPerDie).toBeGreaterThan(2.0);
    expect(kwPerDie).toBeLessThan(2.5);
    expect((t.facilityMW * 1000) / t.gpus).toBeGreaterThan(4);
  });

  it("has multi-cluster sites, phases in order from 2026-H2 on Vera Rubin, and partners", async () => {
    const m = (await analyzeFile("blueprints/openai-nvidia-10gw.yaml", { cwd: ROOT })).model!;
    expect(m.phases[0]).toMatchObject({ online: "2026-H2", platform: "vera-rubin-nvl72", cumulativeCapMW: 1000 });
    expect(m.phases.at(-1)!.cumulativeCapMW).toBe(10_000);
    expect(m.sites.every((s) => s.clusters.length >= 2)).toBe(true);
    expect(new Set(m.sites.map((s) => s.partner))).toEqual(new Set(["Microsoft", "Oracle", "SoftBank", "Stargate partners"]));
    // 9,450 MW facility: 9 whole GW deployed, one $10B tranche each (the letter of intent's rule, stated in the blueprint).
    expect(m.program.funding).toMatchObject({ rule: "per-gw-tranches", unlockedBillionUSD: 90, ceilingBillionUSD: 100 });
  });
});

describe("blueprints/openai-nvidia-2026.yaml", () => {
  it("holds about 3 GW of inference and 2 GW of training on Vera Rubin under NVIDIA's equity, without findings", async () => {
    const a = await analyzeFile("blueprints/openai-nvidia-2026.yaml", { cwd: ROOT });
    expect(a.findings).toEqual([]);
    const m = a.model!;
    expect(m.program.funding).toMatchObject({ rule: "equity", equityBillionUSD: 30, investor: "NVIDIA" });
    expect(m.program.powerCapMW).toBe(5000);
    const pools = m.sites.flatMap((s) => s.clusters.flatMap((c) => c.pools));
    expect(new Set(pools.map((p) => p.systemId))).toEqual(new Set(["vera-rubin-nvl72"]));
    const mwOf = (prefix: string) => m.sites.filter((s) => s.name.startsWith(prefix)).reduce((n, s) => n + s.totals.facilityMW, 0);
    expect(mwOf("inference")).toBeGreaterThan(2500);
    expect(mwOf("inference")).toBeLessThanOrEqual(3000);
    expect(mwOf("training")).toBeGreaterThan(1700);
    expect(mwOf("training")).toBeLessThanOrEqual(2000);
  });
});

describe("blueprints/stargate-sites.yaml", () => {
  it("names a public site for each of its sites, stays within the public figures, and states no funding", async () => {
    const a = await analyzeFile("blueprints/stargate-sites.yaml", { cwd: ROOT });
    expect(a.findings).toEqual([]);
    const m = a.model!;
    expect(m.program.funding).toBeUndefined();
    for (const s of m.sites) {
      expect(s.publicSite, s.name).toBeDefined();
      const planned = s.publicSite!.figures.find((f) => f.basis === "planned");
      if (planned !== undefined) expect(s.totals.facilityMW, s.name).toBeLessThanOrEqual(planned.mw.value);
    }
    const abilene = m.sites.find((s) => s.name === "abilene")!;
    expect(abilene.gridInterconnectMW).toBe(1200);
    expect(abilene.halls).toHaveLength(8);
  });
});

describe("DERIVED sanity (docs/sources.md)", () => {
  const gb200 = (racks: number): AIFactoryBlueprint => ({
    apiVersion: "aifactory.dev/v1alpha1",
    kind: "AIFactory",
    metadata: { name: "sanity" },
    spec: {
      program: { phases: [{ name: "p", online: "2026-H2", cumulativeCapMW: 2000 }] },
      sites: [
        {
          name: "s",
          partner: "t",
          phase: "p",
          gridInterconnectMW: 2000,
          halls: [{ name: "h", itPowerMW: 1500, cooling: "liquid", maxRackKW: 130 }],
          clusters: [{ name: "c", kubernetesVersion: "1.33", nodeLimit: 1_000_000, pools: [{ name: "p", system: "gb200-nvl72", racks, hall: "h" }] }],
        },
      ],
    },
  });

  it("1 GW of IT in GB200 NVL72 is ≈ 8,333 racks ≈ 150k nodes ≈ 600k GPUs", () => {
    const t = resolveFactory(gb200(8333)).program.totals;
    expect(t.systemsItMW).toBeCloseTo(999.96, 6);
    expect(t.nodes).toBe(149_994);
    expect(t.gpus).toBe(599_976);
  });

  it("at PUE 1.2, 1 GW of facility power is ≈ 833 MW IT ≈ 500k GPUs", () => {
    const t = resolveFactory(gb200(6944)).program.totals;
    expect(t.systemsItMW * 1.2).toBeCloseTo(999.9, 0);
    expect(t.gpus).toBe(499_968);
  });
});

describe("sizeFabric", () => {
  it("one switch up to its radix", () => {
    expect(sizeFabric(64, 64, 1)).toMatchObject({ tiers: 1, leafSwitches: 1, spineSwitches: 0 });
  });
  it("two tiers up to k²/2 ports non-blocking", () => {
    expect(sizeFabric(2048, 64, 1)).toMatchObject({ tiers: 2, leafSwitches: 64, spineSwitches: 32, coreSwitches: 0 });
    expect(sizeFabric(2049, 64, 1).tiers).toBe(3);
  });
  it("three tiers: leaves, aggregation and core; k³/4 ports at most", () => {
    const s = sizeFabric(65_536, 64, 1);
    expect(s).toMatchObject({ tiers: 3, leafSwitches: 2048, spineSwitches: 2048, coreSwitches: 1024, maxPortsThreeTier: 65_536 });
    expect(s.portsProvided).toBeGreaterThanOrEqual(s.portsNeeded);
  });
  it("oversubscription 3:1 gives leaves 48 down and 16 up ports", () => {
    const s = sizeFabric(480, 64, 3);
    expect(s).toMatchObject({ tiers: 2, leafSwitches: 10, spineSwitches: 3 });
    expect(s.portsNeeded).toBe(480 + 2 * 160);
  });
  it("no NICs, no switches", () => {
    expect(sizeFabric(0, 64, 1)).toMatchObject({ tiers: 0, leafSwitches: 0, portsNeeded: 0 });
  });
});
