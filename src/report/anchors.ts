// The program against the public figures it cites: GPUs per GW against Huang's "4–5 million GPUs for 10 GW" (as a
// per-GPU power ratio, for GPU packages and for dies), and each site that names a public site against that site's
// public power figures. Pure: figures from the catalog, arithmetic here.
import { HUANG_GPUS_FOR_10GW, huangKWPerGpu } from "../catalog/index.js";
import type { ResolvedFactory } from "../model/types.js";
import { round } from "./format.js";
import type { PlanAnchors, PlanGpuRatio, PlanSiteAnchor } from "./plan-types.js";

const within = (kw: number, low: number, high: number): boolean => kw >= low - 1e-9 && kw <= high + 1e-9;

export function buildAnchors(model: ResolvedFactory): PlanAnchors {
  return { gpuRatio: gpuRatio(model), sites: siteAnchors(model) };
}

/** Huang's ratio was said of a gigawatt program: below this facility power (a lab, a pilot hall) it is not compared. */
export const GPU_RATIO_MIN_FACILITY_MW = 100;

function gpuRatio(model: ResolvedFactory): PlanGpuRatio | null {
  const t = model.program.totals;
  if (t.gpus === 0 || t.facilityMW < GPU_RATIO_MIN_FACILITY_MW) return null;
  const huang = huangKWPerGpu();
  const facilityKW = t.facilityMW * 1000;
  const kWPerGpu = facilityKW / t.gpus;
  const kWPerDie = facilityKW / t.dies;
  const gpusIn = within(kWPerGpu, huang.low, huang.high);
  const diesIn = within(kWPerDie, huang.low, huang.high);
  const matches = gpusIn && diesIn ? "both" : gpusIn ? "gpus" : diesIn ? "dies" : "neither";
  const low = Math.round(facilityKW / huang.high);
  const high = Math.round(facilityKW / huang.low);
  const at = (kw: number) => `${kw.toFixed(2)} kW`;
  const range = `${at(huang.low)}–${at(huang.high)}`;
  const verdict =
    matches === "both"
      ? `both counts fall in Huang's ${range} per GPU (one die per GPU package)`
      : matches === "gpus"
        ? `the GPU-package count matches Huang's ${range} per GPU; counting dies (${at(kWPerDie)} each) would not`
        : matches === "dies"
          ? `the die count matches Huang's ${range} per GPU (${at(kWPerDie)} per die), the GPU-package count does not (${at(kWPerGpu)} per package): his "GPUs" match dies here`
          : `neither count falls in Huang's ${range} per GPU (${at(kWPerGpu)} per package, ${at(kWPerDie)} per die)`;
  return {
    facilityMW: round(t.facilityMW, 3),
    gpus: t.gpus,
    dies: t.dies,
    kWPerGpu: round(kWPerGpu, 3),
    kWPerDie: round(kWPerDie, 3),
    anchor: {
      gpusLow: HUANG_GPUS_FOR_10GW.low.value,
      gpusHigh: HUANG_GPUS_FOR_10GW.high.value,
      gw: HUANG_GPUS_FOR_10GW.gw,
      kWPerGpuLow: round(huang.low, 3),
      kWPerGpuHigh: round(huang.high, 3),
      basis: HUANG_GPUS_FOR_10GW.basis,
      source: HUANG_GPUS_FOR_10GW.low.source,
    },
    matches,
    anchorGpusForFacility: { low, high },
    verdict,
  };
}

function siteAnchors(model: ResolvedFactory): PlanSiteAnchor[] {
  return model.sites.flatMap((s): PlanSiteAnchor[] => {
    const pub = s.publicSite;
    if (pub === undefined) return [];
    return [
      {
        site: s.name,
        publicSite: pub.id,
        name: pub.name,
        facilityMW: round(s.totals.facilityMW, 3),
        gridInterconnectMW: round(s.gridInterconnectMW, 3),
        itMW: round(s.totals.itMW, 3),
        figures: pub.figures.map((f) => {
          // An IT-power figure is compared with the site's IT power; planned and operating power with its facility power.
          const measure = f.basis === "it-power" ? "IT MW" : "facility MW";
          const blueprintMW = f.basis === "it-power" ? s.totals.itMW : s.totals.facilityMW;
          return {
            basis: f.basis,
            mw: f.mw.value,
            date: f.date,
            note: f.note,
            source: f.mw.source,
            measure,
            blueprintMW: round(blueprintMW, 3),
            percent: f.mw.value > 0 ? round((blueprintMW / f.mw.value) * 100, 2) : 0,
          };
        }),
        notes: [...pub.notes],
      },
    ];
  });
}
