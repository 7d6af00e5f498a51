// Totals arithmetic: pool → cluster / hall → site → phase → program.
import type { Totals } from "./types.js";

export const ZERO_TOTALS: Totals = {
  gpus: 0,
  dies: 0,
  nodes: 0,
  racks: 0,
  systemsItMW: 0,
  networkItMW: 0,
  itMW: 0,
  facilityMW: 0,
  switches: 0,
};

export function addTotals(a: Totals, b: Totals): Totals {
  return {
    gpus: a.gpus + b.gpus,
    dies: a.dies + b.dies,
    nodes: a.nodes + b.nodes,
    racks: a.racks + b.racks,
    systemsItMW: a.systemsItMW + b.systemsItMW,
    networkItMW: a.networkItMW + b.networkItMW,
    itMW: a.itMW + b.itMW,
    facilityMW: a.facilityMW + b.facilityMW,
    switches: a.switches + b.switches,
  };
}

export function sumTotals(list: readonly Totals[]): Totals {
  return list.reduce(addTotals, ZERO_TOTALS);
}

/** Facility power recomputed from IT power at a PUE (a site's totals apply its own PUE). */
export function withPue(t: Totals, pue: number): Totals {
  return { ...t, facilityMW: t.itMW * pue };
}
