/**
 * Funding unlocked by the facility power deployed: one tranche per whole GW ("progressively as each gigawatt is
 * deployed", openai.com/index/openai-nvidia-systems-partnership; DOMAIN.md §1), capped at the ceiling.
 * The epsilon keeps a float sum of 999.9999999 MW from losing its gigawatt.
 */
export function wholeGigawatts(facilityMW: number): number {
  return Math.floor(facilityMW / 1000 + 1e-9);
}

export function unlockedFundingBillionUSD(facilityMW: number, perGWBillionUSD: number, ceilingBillionUSD: number): number {
  return Math.min(ceilingBillionUSD, wholeGigawatts(facilityMW) * perGWBillionUSD);
}
