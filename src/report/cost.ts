// Cost and capital of the plan, per program, phase and site, when the blueprint has a program.cost section:
// capital per GW of facility power, a yearly total cost of ownership per MW of IT power, and energy at the price the
// blueprint sets. A figure the blueprint leaves out is the catalog's, and the plan says so with its source; the
// energy price has no default. Pure: computed from the plan's own totals.
import { EPOCH_TCO_PER_MW, HUANG_CAPITAL_PER_GW } from "../catalog/index.js";
import { round } from "./format.js";
import type { Plan } from "./plan-types.js";

/** What the blueprint says about cost (program.cost and each site's energyPriceUSDPerMWh), as written. */
export interface CostInput {
  readonly energyPriceUSDPerMWh?: number;
  readonly capitalBillionUSDPerGW?: { readonly low: number; readonly high: number };
  readonly yearlyCostMillionUSDPerMW?: { readonly low: number; readonly high: number };
  readonly source?: string;
  /** Site name → its own price. */
  readonly sitePrices: Readonly<Record<string, number>>;
}

export interface Range {
  readonly low: number;
  readonly high: number;
}

export interface CostFigures {
  /** Facility power × capital per GW. */
  readonly capitalBillionUSD: Range;
  /** IT power × yearly cost per MW. */
  readonly yearlyCostBillionUSD: Range;
  /** Facility energy at the utilisation × price; null when no site of it has a price. */
  readonly energyBillionUSDPerYear: number | null;
}

export interface PlanCostBasis {
  readonly low: number;
  readonly high: number;
  /** "blueprint" when program.cost gives it, else "catalog". */
  readonly from: "blueprint" | "catalog";
  readonly basis: string;
  readonly source: string;
}

export interface PlanCost {
  readonly capitalPerGW: PlanCostBasis;
  readonly yearlyCostPerMW: PlanCostBasis;
  readonly energy: { readonly utilisation: number; readonly basis: string };
  readonly program: CostFigures & { readonly unpricedSites: readonly string[] };
  readonly phases: readonly (CostFigures & { readonly name: string })[];
  readonly sites: readonly (CostFigures & { readonly name: string; readonly energyPriceUSDPerMWh: number | null })[];
}

const b = (v: number): number => round(v, 3);
const sum = (xs: readonly CostFigures[]): CostFigures => {
  const priced = xs.filter((x) => x.energyBillionUSDPerYear !== null);
  return {
    capitalBillionUSD: { low: b(xs.reduce((a, x) => a + x.capitalBillionUSD.low, 0)), high: b(xs.reduce((a, x) => a + x.capitalBillionUSD.high, 0)) },
    yearlyCostBillionUSD: { low: b(xs.reduce((a, x) => a + x.yearlyCostBillionUSD.low, 0)), high: b(xs.reduce((a, x) => a + x.yearlyCostBillionUSD.high, 0)) },
    energyBillionUSDPerYear: priced.length === 0 ? null : b(priced.reduce((a, x) => a + (x.energyBillionUSDPerYear ?? 0), 0)),
  };
};

export function buildCost(plan: Plan, input: CostInput): PlanCost {
  const given = input.source ?? "";
  const capitalPerGW: PlanCostBasis =
    input.capitalBillionUSDPerGW === undefined
      ? {
          low: HUANG_CAPITAL_PER_GW.lowBillionUSD.value,
          high: HUANG_CAPITAL_PER_GW.highBillionUSD.value,
          from: "catalog",
          basis: `${HUANG_CAPITAL_PER_GW.basis}, about $${HUANG_CAPITAL_PER_GW.nvidiaBillionUSD.value}B of it NVIDIA systems`,
          source: HUANG_CAPITAL_PER_GW.lowBillionUSD.source,
        }
      : { ...input.capitalBillionUSDPerGW, from: "blueprint", basis: "per GW of facility power", source: given };
  const yearlyCostPerMW: PlanCostBasis =
    input.yearlyCostMillionUSDPerMW === undefined
      ? {
          low: EPOCH_TCO_PER_MW.millionUSDPerMWYear.value,
          high: EPOCH_TCO_PER_MW.millionUSDPerMWYear.value,
          from: "catalog",
          basis: `a year ${EPOCH_TCO_PER_MW.basis}`,
          source: EPOCH_TCO_PER_MW.millionUSDPerMWYear.source,
        }
      : { ...input.yearlyCostMillionUSDPerMW, from: "blueprint", basis: "a year per MW of IT power", source: given };
  const utilisation = plan.energy.utilisation;
  const sites = plan.sites.map((s) => {
    const price = input.sitePrices[s.name] ?? input.energyPriceUSDPerMWh ?? null;
    // TWh × 1e6 MWh/TWh × USD/MWh / 1e9 = billion USD.
    const twh = (s.totals.facilityMW * plan.energy.hoursPerYear * utilisation) / 1e6;
    return {
      name: s.name,
      energyPriceUSDPerMWh: price,
      capitalBillionUSD: { low: b((s.totals.facilityMW / 1000) * capitalPerGW.low), high: b((s.totals.facilityMW / 1000) * capitalPerGW.high) },
      yearlyCostBillionUSD: { low: b((s.totals.itMW * yearlyCostPerMW.low) / 1000), high: b((s.totals.itMW * yearlyCostPerMW.high) / 1000) },
      energyBillionUSDPerYear: price === null ? null : b((twh * price) / 1000),
    };
  });
  const bySite = new Map(sites.map((s) => [s.name, s]));
  return {
    capitalPerGW,
    yearlyCostPerMW,
    energy: {
      utilisation,
      basis:
        input.energyPriceUSDPerMWh === undefined && Object.keys(input.sitePrices).length === 0
          ? "no energy price in the blueprint (program.cost.energyPriceUSDPerMWh or a site's energyPriceUSDPerMWh): energy cost not computed"
          : `facility energy at utilisation ${utilisation} × the blueprint's price per MWh (${given === "" ? "no source given" : given})`,
    },
    program: { ...sum(sites), unpricedSites: sites.filter((s) => s.energyPriceUSDPerMWh === null).map((s) => s.name) },
    phases: plan.phases.map((p) => ({ name: p.name, ...sum(p.sites.flatMap((n) => bySite.get(n) ?? [])) })),
    sites,
  };
}

export interface PlanCostChange {
  readonly measure: "capital low" | "capital high" | "yearly cost low" | "yearly cost high" | "energy a year";
  /** Billion USD; null where that side has no figure. */
  readonly base: number | null;
  readonly head: number | null;
}

/** Program-level cost figures that moved between base and head (billion USD). */
export function diffCost(base: PlanCost | undefined, head: PlanCost | undefined): PlanCostChange[] {
  const pick = (c: PlanCost | undefined): Record<PlanCostChange["measure"], number | null> => ({
    "capital low": c?.program.capitalBillionUSD.low ?? null,
    "capital high": c?.program.capitalBillionUSD.high ?? null,
    "yearly cost low": c?.program.yearlyCostBillionUSD.low ?? null,
    "yearly cost high": c?.program.yearlyCostBillionUSD.high ?? null,
    "energy a year": c?.program.energyBillionUSDPerYear ?? null,
  });
  const x = pick(base);
  const y = pick(head);
  return (Object.keys(x) as PlanCostChange["measure"][]).filter((m) => x[m] !== y[m]).map((m) => ({ measure: m, base: x[m], head: y[m] }));
}

/** The blueprint's cost input, from its spec as written; undefined without program.cost. */
export function costInput(spec: { readonly program?: { readonly cost?: Omit<CostInput, "sitePrices"> }; readonly sites?: readonly { readonly name: string; readonly energyPriceUSDPerMWh?: number }[] } | undefined): CostInput | undefined {
  const cost = spec?.program?.cost;
  if (cost === undefined) return undefined;
  const sitePrices: Record<string, number> = {};
  for (const s of spec?.sites ?? []) if (s.energyPriceUSDPerMWh !== undefined) sitePrices[s.name] = s.energyPriceUSDPerMWh;
  return { ...cost, sitePrices };
}
