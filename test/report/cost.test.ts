// Cost and capital: only with program.cost, every catalog figure named with its source, no energy price by default.
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { analyzeText, type Analysis } from "../../src/check/analyze.js";
import { EPOCH_TCO_PER_MW, HUANG_CAPITAL_PER_GW } from "../../src/catalog/index.js";
import { buildPlan, costInput, diffCost, renderMarkdown, renderText } from "../../src/report/index.js";
import { PLAN_FIXTURES, ROOT } from "./helpers.js";

const text = readFileSync(`${ROOT}${PLAN_FIXTURES}/valid-small.yaml`, "utf8");
const withCost = (cost: string, beta = "") =>
  text.replace("  program:\n", `  program:\n    cost:\n${cost}`).replace("      pue: 1.15\n", `      pue: 1.15\n${beta}`);
function plan(source: string) {
  const a = analyzeText(source, "bp.yaml") as Analysis;
  if (a.model === undefined) throw new Error(a.findings.map((f) => f.message).join("; "));
  const cost = costInput(a.blueprint?.spec);
  return { analysis: a, plan: buildPlan(a.model, a.findings, { file: "bp.yaml", ...(cost === undefined ? {} : { cost }) }) };
}

describe("the plan's cost section", () => {
  it("is absent when the blueprint has no program.cost", () => {
    const p = plan(text).plan;
    expect(p.cost).toBeUndefined();
    expect(renderText(p)).not.toContain("Cost and capital");
  });

  it("takes capital per GW from Huang and yearly cost per MW from Epoch AI when the blueprint gives none, and says so", () => {
    const p = plan(withCost("      energyPriceUSDPerMWh: 50\n", "      energyPriceUSDPerMWh: 70\n")).plan;
    const c = p.cost!;
    expect(c.capitalPerGW).toMatchObject({ low: 50, high: 60, from: "catalog" });
    expect(c.capitalPerGW.source).toContain("2025-08-27");
    expect(c.yearlyCostPerMW).toMatchObject({ low: 8.5, high: 8.5, from: "catalog" });
    expect(c.yearlyCostPerMW.source).toContain("epoch.ai/data-insights/ai-datacenter-cost-breakdown");
    // Capital on facility power, TCO on IT power (Epoch's basis), energy on the facility's yearly MWh at each price.
    const [alpha, beta] = p.sites;
    expect(c.program.capitalBillionUSD.low).toBeCloseTo((p.summary.facilityMW / 1000) * HUANG_CAPITAL_PER_GW.lowBillionUSD.value, 2);
    expect(c.program.capitalBillionUSD.high).toBeCloseTo((p.summary.facilityMW / 1000) * 60, 2);
    expect(c.program.yearlyCostBillionUSD.low).toBeCloseTo((p.summary.itMW * EPOCH_TCO_PER_MW.millionUSDPerMWYear.value) / 1000, 2);
    const twh = (mw: number) => (mw * 8760) / 1e6;
    expect(c.sites[0]?.energyBillionUSDPerYear).toBeCloseTo((twh(alpha!.totals.facilityMW) * 50) / 1000, 3);
    expect(c.sites[1]?.energyBillionUSDPerYear).toBeCloseTo((twh(beta!.totals.facilityMW) * 70) / 1000, 3);
    expect(c.phases.map((x) => x.name)).toEqual(["first", "second"]);
    expect(c.phases[0]?.capitalBillionUSD).toEqual(c.sites[0]?.capitalBillionUSD);
    const md = renderMarkdown(p);
    expect(md).toContain("### Cost and capital");
    expect(md).toContain("catalog figure, the blueprint gives none");
  });

  it("does not price energy without a price, and says why", () => {
    const c = plan(withCost("      capitalBillionUSDPerGW: { low: 40, high: 45 }\n      source: Illustrative quote for this test\n")).plan.cost!;
    expect(c.capitalPerGW).toMatchObject({ low: 40, high: 45, from: "blueprint", source: "Illustrative quote for this test" });
    expect(c.program.energyBillionUSDPerYear).toBeNull();
    expect(c.energy.basis).toContain("energy cost not computed");
  });

  it("fails validation when the blueprint gives a figure without its source", () => {
    const a = analyzeText(withCost("      yearlyCostMillionUSDPerMW: { low: 9, high: 11 }\n"), "bp.yaml");
    expect(a.findings.some((f) => f.severity === "error" && /source/.test(f.message))).toBe(true);
  });

  it("diffs the program's cost between base and head", () => {
    const base = plan(withCost("      energyPriceUSDPerMWh: 50\n")).plan.cost;
    const head = plan(withCost("      energyPriceUSDPerMWh: 80\n")).plan.cost;
    const d = diffCost(base, head);
    expect(d.map((x) => x.measure)).toEqual(["energy a year"]);
    expect(d[0]!.head! / d[0]!.base!).toBeCloseTo(80 / 50, 1);
  });
});
