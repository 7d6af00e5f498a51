// Public figures of the OpenAI–NVIDIA program: the funding rules a blueprint may state and the anchors `aifactory
// plan` compares a program with. Each carries its source; all checked on CHECKED. Sources: docs/sources.md.
import { CHECKED, figure, type Figure } from "./types.js";

export const LOI_SOURCE = "[P] openai.com/index/openai-nvidia-systems-partnership (letter of intent, 22 Sep 2025); NVIDIA blog";

/** The 2025 letter of intent: at least 10 GW, up to $100B invested progressively as each GW is deployed. */
export const LETTER_OF_INTENT_2025 = {
  date: "2025-09-22",
  powerCapMW: figure(10_000, `${LOI_SOURCE}: at least 10 GW of NVIDIA systems`),
  perGWBillionUSD: figure(10, `${LOI_SOURCE}: up to $100B progressively as each GW is deployed (≈ $10B per GW)`),
  ceilingBillionUSD: figure(100, `${LOI_SOURCE}: NVIDIA intends to invest up to $100B`),
  firstPhase: figure("2026-H2", `${LOI_SOURCE}: first gigawatt in the second half of 2026 on the Vera Rubin platform`),
  status: figure(
    "non-binding; later reported on ice",
    "[S] digitimes 2025-12-03 (NVIDIA 10-Q: \"no assurance\" of definitive agreements); hindustantimes 2026-01-31 (WSJ: the $100B plan \"on ice\")",
  ),
  asOf: CHECKED,
} as const;

export const EQUITY_2026_SOURCE =
  '[S] tomshardware.com, "OpenAI raises $110 billion…" (27 Feb 2026); channelnewsasia.com; Reuters/FT/CNBC 2026-02-20 as reported';

/** What press reported for 2026: NVIDIA's ~$30B in OpenAI's $110B round, 3 GW inference + 2 GW training on Vera Rubin. */
export const EQUITY_2026 = {
  date: "2026-02-27",
  equityBillionUSD: figure(30, `${EQUITY_2026_SOURCE}: NVIDIA $30B of a $110B round (Amazon $50B, SoftBank $30B)`),
  inferenceMW: figure(3000, `${EQUITY_2026_SOURCE}: 3 GW of dedicated inference capacity on Vera Rubin systems`),
  trainingMW: figure(2000, `${EQUITY_2026_SOURCE}: 2 GW of training capacity on Vera Rubin systems`),
  tiedToDeployment: figure(false, `${EQUITY_2026_SOURCE}: the stake is reported as not tied to deployment milestones`),
  asOf: CHECKED,
} as const;

/**
 * Huang's "4 million or 5 million GPUs" for 10 GW (CNBC, Sept 2025): about 2.0–2.5 kW of facility power per GPU
 * all-in, the Blackwell-era ratio (GB200 NVL72 at PUE 1.2 is ≈ 2.0 kW per GPU).
 */
export const HUANG_GPUS_FOR_10GW = {
  gw: 10,
  low: figure(4_000_000, '[S] Jensen Huang, CNBC interview, Sept 2025, as reported: "4 million or 5 million GPUs" for 10 GW'),
  high: figure(5_000_000, '[S] Jensen Huang, CNBC interview, Sept 2025, as reported: "4 million or 5 million GPUs" for 10 GW'),
  basis: "said of the Blackwell-era ratio, about 2.0–2.5 kW of facility power per GPU all-in",
  asOf: CHECKED,
} as const;

/** kW of facility power per GPU implied by Huang's range: 10 GW / 5 M = 2.0 kW, 10 GW / 4 M = 2.5 kW. */
export function huangKWPerGpu(): { readonly low: number; readonly high: number; readonly source: string } {
  const kw = HUANG_GPUS_FOR_10GW.gw * 1e6;
  return {
    low: kw / HUANG_GPUS_FOR_10GW.high.value,
    high: kw / HUANG_GPUS_FOR_10GW.low.value,
    source: `DERIVED: 10 GW / 5 M = 2.0 kW, 10 GW / 4 M = 2.5 kW per GPU; ${HUANG_GPUS_FOR_10GW.low.source.slice(4)}`,
  };
}

/** The Stargate sites in all: Abilene plus five sites announced in September 2025, about 7 GW planned. */
export const STARGATE_PLANNED: Figure = figure(7000, "[S] evertiq.com, 2025-09-26: the Stargate sites total about 7 GW planned");
