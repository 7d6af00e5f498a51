import { describe, expect, it } from "vitest";
import { buildPlan } from "../../src/report/index.js";
import { KWH_PER_HOUSEHOLD_YEAR } from "../../src/report/sources.js";
import type { ResolvedFactory, ResolvedTranches } from "../../src/model/types.js";
import type { PlanTranches } from "../../src/report/plan-types.js";
import { analyze, PLAN_FIXTURES } from "./helpers.js";

const small = analyze(`${PLAN_FIXTURES}/valid-small.yaml`);
const plan = buildPlan(small.model, small.findings, { file: small.file });

function withFunding(model: ResolvedFactory, facilityMW: number, funding: Partial<ResolvedTranches>): ResolvedFactory {
  const { modalityShares: _shares, ...stated } = model.program.funding as ResolvedTranches;
  return {
    ...model,
    program: { ...model.program, totals: { ...model.program.totals, facilityMW }, funding: { ...stated, ...funding } },
  };
}

const tranches = (p: { funding?: unknown }): PlanTranches => p.funding as PlanTranches;

describe("buildPlan", () => {
  it("sums the program against its cap", () => {
    expect(plan.summary.capMW).toBe(2000);
    expect(plan.summary.facilityMW).toBeCloseTo(small.model.program.totals.facilityMW, 3);
    expect(plan.summary.capPercent).toBeCloseTo((small.model.program.totals.facilityMW / 2000) * 100, 2);
    expect(plan.summary.gpus).toBe(5500 * 72 + 4000 * 8 + 2000 * 8);
    expect(plan.summary).toMatchObject({ sites: 2, clusters: 2, pools: 3 });
  });

  it("reports phases cumulatively, sites with partner, in blueprint order", () => {
    expect(plan.phases.map((p) => [p.name, p.online, p.cumulativeCapMW])).toEqual([
      ["first", "2026-H2", 1000],
      ["second", "2027-H1", 2000],
    ]);
    const [first, second] = plan.phases;
    expect(second?.cumulative.facilityMW).toBeCloseTo((first?.totals.facilityMW ?? 0) + (second?.totals.facilityMW ?? 0), 2);
    expect(plan.sites.map((s) => [s.name, s.partner])).toEqual([
      ["alpha", "Oracle"],
      ["beta", "Microsoft"],
    ]);
  });

  it("unlocks one tranche per whole GW deployed, split by the given shares, the rest unspecified", () => {
    expect(plan.summary.facilityMW).toBeGreaterThan(1000);
    expect(plan.summary.facilityMW).toBeLessThan(2000);
    expect(tranches(plan).wholeGW).toBe(1);
    expect(tranches(plan).unlockedBillionUSD).toBe(10);
    expect(tranches(plan).source).toContain("openai.com");
    expect(tranches(plan).modalities).toEqual([
      { modality: "chips", share: 0.5, billionUSD: 5 },
      { modality: "cash", share: 0.25, billionUSD: 2.5 },
      { modality: "unspecified", share: 0.25, billionUSD: 2.5 },
    ]);
  });

  it("says modalities are undisclosed when the blueprint gives no shares", () => {
    const p = buildPlan(withFunding(small.model, 999.9, {}), [], { file: "x.yaml" });
    expect(tranches(p).modalities).toBe("undisclosed");
    expect(tranches(p).unlockedBillionUSD).toBe(0);
  });

  it("has no funding section when the blueprint states no funding rule", () => {
    const { funding: _f, ...program } = small.model.program;
    const p = buildPlan({ ...small.model, program }, [], { file: "x.yaml" });
    expect(p.funding).toBeUndefined();
  });

  it("reports an equity rule as a fixed amount, not tied to deployment", () => {
    const model: ResolvedFactory = {
      ...small.model,
      program: { ...small.model.program, funding: { rule: "equity", equityBillionUSD: 30, investor: "NVIDIA", source: "[S] press" } },
    };
    expect(buildPlan(model, [], { file: "x.yaml" }).funding).toEqual({
      rule: "equity",
      description: expect.stringContaining("not tied to deployment") as unknown as string,
      source: "[S] press",
      investor: "NVIDIA",
      equityBillionUSD: 30,
      tiedToDeployment: false,
      modalities: "undisclosed",
    });
  });

  it("reports GPU packages and dies apart, and compares GPUs per GW with Huang's ratio", () => {
    // GB200 and B300 packages are 2 dies each, H200 one.
    expect(plan.summary.dies).toBe(5500 * 72 * 2 + 4000 * 8 * 2 + 2000 * 8);
    const r = plan.anchors.gpuRatio!;
    expect(r.anchor).toMatchObject({ gpusLow: 4_000_000, gpusHigh: 5_000_000, gw: 10, kWPerGpuLow: 2, kWPerGpuHigh: 2.5 });
    expect(r.kWPerGpu).toBeCloseTo((plan.summary.facilityMW * 1000) / plan.summary.gpus, 2);
    expect(r.matches).toBe(r.kWPerGpu >= 2 && r.kWPerGpu <= 2.5 ? (r.kWPerDie >= 2 ? "both" : "gpus") : r.kWPerDie >= 2 && r.kWPerDie <= 2.5 ? "dies" : "neither");
    expect(plan.anchors.sites).toEqual([]);
  });

  it("caps funding at the ceiling", () => {
    const p = buildPlan(withFunding(small.model, 12_500, { perGWBillionUSD: 10, ceilingBillionUSD: 100 }), [], { file: "x.yaml" });
    expect(p.funding).toMatchObject({ rule: "per-gw-tranches", wholeGW: 12, unlockedBillionUSD: 100, cappedAtCeiling: true });
  });

  it("derives yearly energy and households from the stated utilisation", () => {
    expect(KWH_PER_HOUSEHOLD_YEAR).toBe(10_950);
    const full = buildPlan(withFunding(small.model, 10_000, {}), [], { file: "x.yaml" });
    expect(full.energy.facilityTWh).toBeCloseTo(87.6, 3);
    expect(full.energy.households).toBe(8_000_000);
    expect(full.energy.utilisation).toBe(1);
    const half = buildPlan(withFunding(small.model, 10_000, {}), [], { file: "x.yaml", utilisation: 0.5 });
    expect(half.energy.facilityTWh).toBeCloseTo(43.8, 3);
    expect(half.energy.utilisationBasis).toContain("--utilisation 0.5");
  });

  it("counts emissions only for sites that give a grid carbon intensity", () => {
    const alpha = small.model.sites[0];
    const twh = ((alpha?.totals.facilityMW ?? 0) * 8760) / 1e6;
    expect(plan.emissions.bySite.map((s) => s.site)).toEqual(["alpha"]);
    expect(plan.emissions.MtCO2).toBeCloseTo((twh * 380) / 1000, 3);
    expect(plan.emissions.sitesWithoutIntensity).toEqual(["beta"]);
  });

  it("lists every limit with its headroom, and overridden and UNCONFIRMED figures with sources", () => {
    expect(plan.headroom.map((h) => `${h.scope}:${h.name}`)).toEqual([
      "program:plan-small",
      "phase:first",
      "phase:second",
      "site:alpha",
      "site:beta",
      "hall:alpha/hall-1",
      "hall:beta/hall-1",
      "cluster:alpha-train",
      "cluster:beta-infer",
    ]);
    const h200 = plan.systems.find((s) => s.id === "h200");
    expect(h200?.overridden).toEqual([{ figure: "nodePowerKW", value: "10.5", source: "Illustrative vendor quote for this fixture" }]);
    const b300 = plan.systems.find((s) => s.id === "b300");
    // B300's power is sourced since the SuperPOD B300 reference architecture (1,100 W), and its GFD values since
    // public node dumps (NVIDIA-B300-SXM6-AC, 275040 MiB): nothing UNCONFIRMED is left.
    expect(b300?.unconfirmed).toEqual([]);
    expect(b300).toMatchObject({ asOf: "2026-12-01", gpusPerRack: 32, diesPerGpu: 2 });
  });

  it("carries findings with their location", () => {
    expect(plan.findings.length).toBe(small.findings.length);
    expect(plan.findings.length).toBeGreaterThan(0);
    expect(plan.findings[0]?.file).toBe(`${PLAN_FIXTURES}/valid-small.yaml`);
    expect(plan.findings[0]?.line).toBeGreaterThan(1);
  });
});
