// Public cost figures the plan's cost section falls back on when a blueprint's program.cost leaves them out. Each
// carries its source and its basis (what a figure is per); checked on CHECKED. Listed in docs/sources.md.
import { CHECKED, figure } from "./types.js";

/**
 * Capital per GW: Jensen Huang on NVIDIA's Q2 FY2026 earnings call (2025-08-27): a gigawatt of AI data center
 * capacity costs about $50–60B, about $35B of it NVIDIA systems. Reports of the call differ on the range (some give
 * "about $50B": $35B NVIDIA plus $15B of the rest), so it is [S], as reported.
 */
export const HUANG_CAPITAL_PER_GW = {
  lowBillionUSD: figure(50, "[S] Jensen Huang, NVIDIA Q2 FY2026 earnings call, 2025-08-27, as reported: $50–60B per GW of AI data center capacity"),
  highBillionUSD: figure(60, "[S] Jensen Huang, NVIDIA Q2 FY2026 earnings call, 2025-08-27, as reported: $50–60B per GW of AI data center capacity"),
  nvidiaBillionUSD: figure(35, "[S] Jensen Huang, NVIDIA Q2 FY2026 earnings call, 2025-08-27, as reported: about $35B of it NVIDIA systems"),
  basis: "per GW of facility power (Huang's figure is per gigawatt of AI factory, not split into IT and cooling)",
  asOf: CHECKED,
} as const;

/**
 * Yearly total cost of ownership per MW: Epoch AI, data insight "Servers account for 60% of the total cost of
 * ownership of a one-gigawatt AI data center" (2026-05-14, CC-BY): a stylised 1 GW (IT nameplate) US hyperscaler
 * facility of GB200 NVL72 systems; $38B CapEx and $0.9B yearly OpEx, CapEx annualised over 5 years (IT) and
 * 14 years (facility): $8.5B a year, $8.5M per MW. A 3-year IT life gives $12B, a 7-year one $7B.
 */
export const EPOCH_TCO_PER_MW = {
  millionUSDPerMWYear: figure(8.5, "[S] Epoch AI, data insight \"AI datacenter cost breakdown\", 2026-05-14 (epoch.ai/data-insights/ai-datacenter-cost-breakdown, CC-BY): $8.5M per MW per year"),
  capexBillionUSDPerGW: figure(38, "[S] Epoch AI, same data insight: $38B up-front CapEx for 1 GW of IT nameplate"),
  basis: "per MW of IT power (nameplate), GB200 NVL72, IT equipment annualised over 5 years and the facility over 14",
  asOf: CHECKED,
} as const;
