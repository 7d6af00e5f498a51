// The program's funding, resolved from the rule the blueprint states (program.funding.rule). No funding section, or
// rule none: no funding at all (no ceiling appears on a blueprint that states none).
import type { Funding } from "../blueprint/generated/blueprint-types.js";
import type { ResolvedFunding } from "./types.js";

/**
 * Per-GW tranches: one tranche per whole GW of facility power deployed ("progressively as each gigawatt is
 * deployed", [P] openai.com/index/openai-nvidia-systems-partnership), capped at the ceiling.
 * The epsilon keeps a float sum of 999.9999999 MW from losing its gigawatt.
 */
export function wholeGigawatts(facilityMW: number): number {
  return Math.floor(facilityMW / 1000 + 1e-9);
}

export function unlockedFundingBillionUSD(facilityMW: number, perGWBillionUSD: number, ceilingBillionUSD: number): number {
  return Math.min(ceilingBillionUSD, wholeGigawatts(facilityMW) * perGWBillionUSD);
}

/** The schema requires each rule's figures and its source; a missing one (only possible past the schema) counts as 0. */
export function resolveFunding(funding: Funding | undefined, facilityMW: number): ResolvedFunding | undefined {
  if (funding === undefined || funding.rule === "none") return undefined;
  const common = {
    ...(funding.investor !== undefined ? { investor: funding.investor } : {}),
    ...(funding.modalityShares !== undefined ? { modalityShares: { ...funding.modalityShares } } : {}),
    source: funding.source ?? "blueprint program.funding (no source given)",
  };
  if (funding.rule === "equity") return { rule: "equity", equityBillionUSD: funding.equityBillionUSD ?? 0, ...common };
  const perGW = funding.perGWBillionUSD ?? 0;
  const ceiling = funding.ceilingBillionUSD ?? 0;
  return {
    rule: "per-gw-tranches",
    perGWBillionUSD: perGW,
    ceilingBillionUSD: ceiling,
    ...common,
    unlockedBillionUSD: unlockedFundingBillionUSD(facilityMW, perGW, ceiling),
  };
}
