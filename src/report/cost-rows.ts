// The cost section as rows and lines, shared by the text and Markdown renderers.
import type { CostFigures, PlanCost } from "./cost.js";
import type { PlanDiff } from "./plan-types.js";
import type { Rows } from "./rows.js";

const R = "right" as const;

/** "$1.2B", "$350M" below a billion, "$0" for nothing. */
export function usd(billion: number): string {
  if (billion === 0) return "$0";
  if (Math.abs(billion) >= 1) return `$${Number(billion.toFixed(billion >= 100 ? 0 : 1)).toLocaleString("en-US")}B`;
  return `$${Number((billion * 1000).toFixed(1)).toLocaleString("en-US")}M`;
}

const range = (r: { low: number; high: number }): string => (r.low === r.high ? usd(r.low) : `${usd(r.low)}–${usd(r.high)}`);
const cells = (c: CostFigures): string[] => [range(c.capitalBillionUSD), range(c.yearlyCostBillionUSD), c.energyBillionUSDPerYear === null ? "not priced" : usd(c.energyBillionUSDPerYear)];

export function costRows(cost: PlanCost): Rows {
  return {
    columns: [{ header: "scope" }, { header: "capital", align: R }, { header: "yearly cost (TCO)", align: R }, { header: "energy a year", align: R }],
    rows: [
      ["program", ...cells(cost.program)],
      ...cost.phases.map((p) => [`phase ${p.name}`, ...cells(p)]),
      ...cost.sites.map((s) => [`site ${s.name}${s.energyPriceUSDPerMWh === null ? "" : ` ($${s.energyPriceUSDPerMWh}/MWh)`}`, ...cells(s)]),
    ],
  };
}

/** The basis of each figure, with where it comes from: nothing is defaulted without saying so. */
export function costBasisLines(cost: PlanCost): string[] {
  const fig = (name: string, b: PlanCost["capitalPerGW"], unit: string) =>
    `${name}: ${b.low === b.high ? b.low : `${b.low}–${b.high}`} ${unit} ${b.basis}; ${b.from === "catalog" ? "catalog figure, the blueprint gives none" : "from the blueprint"}: ${b.source}`;
  const lines = [
    fig("capital", cost.capitalPerGW, "billion USD"),
    fig("yearly cost", cost.yearlyCostPerMW, "million USD"),
    `energy: ${cost.energy.basis}`,
  ];
  if (cost.program.unpricedSites.length > 0 && cost.program.energyBillionUSDPerYear !== null) {
    lines.push(`energy not priced for: ${cost.program.unpricedSites.join(", ")} (not in the program's energy figure)`);
  }
  return lines;
}

export function costDiffRows(diff: PlanDiff): Rows {
  const side = (v: number | null) => (v === null ? "—" : usd(v));
  return {
    columns: [{ header: "cost" }, { header: "base", align: R }, { header: "head", align: R }, { header: "change", align: R }],
    rows: (diff.cost ?? []).map((c) => [
      c.measure,
      side(c.base),
      side(c.head),
      c.base === null || c.head === null ? "—" : `${c.head >= c.base ? "+" : "-"}${usd(Math.abs(c.head - c.base))}`,
    ]),
  };
}
