// Power rules: halls within their IT budget, sites within their grid interconnect, phases and the program within their caps.
import type { Finding } from "../findings/finding.js";
import type { ResolvedFactory, ResolvedPool, ResolvedSite } from "../model/types.js";
import { ceilMW, finding, fmt, mw, pct, q, registered, type Rule } from "./rule.js";

/**
 * "reduce pool c/p to 90 racks": the smallest cut of the largest pool that removes `excessItMW` ("remove pool c/p"
 * when nothing of it can stay), or undefined when even removing it would not do.
 */
export function shrinkHint(pools: readonly ResolvedPool[], excessItMW: number): string | undefined {
  const largest = [...pools].sort((a, b) => b.totals.itMW - a.totals.itMW)[0];
  if (largest === undefined || largest.totals.itMW <= excessItMW) return undefined;
  const byRacks = largest.sizedIn === "racks";
  const units = byRacks ? largest.racks : largest.nodes;
  if (units === 0) return undefined;
  const perUnit = largest.totals.itMW / units;
  const keep = units - Math.ceil(excessItMW / perUnit - 1e-9);
  if (keep < 1) return `remove pool ${largest.cluster}/${largest.name}`;
  return `reduce pool ${largest.cluster}/${largest.name} to ${fmt(keep, 0)} ${byRacks ? "rack" : "node"}${keep === 1 ? "" : "s"}`;
}

const poolsOfHall = (site: ResolvedSite, hall: string): ResolvedPool[] =>
  site.clusters.flatMap((c) => c.pools).filter((p) => p.hall === hall);
const poolsOfSite = (site: ResolvedSite): ResolvedPool[] => site.clusters.flatMap((c) => c.pools);

export const hallItBudget: Rule = {
  ...registered("AIF-P001"),
  check: (m) =>
    m.sites.flatMap((site) =>
      site.halls
        .filter((h) => h.totals.itMW > h.itPowerMW + 1e-9)
        .map((h) => {
          const hint = shrinkHint(poolsOfHall(site, h.name), h.totals.itMW - h.itPowerMW);
          return finding(hallItBudget, {
            path: [...h.path, "itPowerMW"],
            message: `hall ${site.name}/${h.name}: pools draw ${mw(h.totals.itMW)} MW IT, budget ${mw(h.itPowerMW)} MW`,
            measured: q(h.totals.itMW, "MW"),
            limit: q(h.itPowerMW, "MW"),
            fix: `${hint !== undefined ? `${hint} or ` : "move pools to another hall or "}raise ${h.name} itPowerMW to ${mw(ceilMW(h.totals.itMW))}`,
          });
        }),
    ),
};

export const siteGrid: Rule = {
  ...registered("AIF-P002"),
  check: (m) =>
    m.sites
      .filter((s) => s.totals.facilityMW > s.gridInterconnectMW + 1e-9)
      .map((s) => {
        const excessIt = (s.totals.facilityMW - s.gridInterconnectMW) / s.pue;
        const hint = shrinkHint(poolsOfSite(s), excessIt);
        return finding(siteGrid, {
          path: [...s.path, "gridInterconnectMW"],
          message: `site ${s.name}: ${mw(s.totals.itMW)} MW IT × PUE ${s.pue} = ${mw(s.totals.facilityMW)} MW facility, grid interconnect ${mw(s.gridInterconnectMW)} MW`,
          measured: q(s.totals.facilityMW, "MW"),
          limit: q(s.gridInterconnectMW, "MW"),
          fix: `${hint !== undefined ? `${hint} or ` : ""}raise ${s.name} gridInterconnectMW to ${mw(ceilMW(s.totals.facilityMW))}`,
        });
      }),
};

export const phaseCap: Rule = {
  ...registered("AIF-P003"),
  check: (m) =>
    m.phases
      .filter((p) => p.cumulativeTotals.facilityMW > p.cumulativeCapMW + 1e-9)
      .map((p) =>
        finding(phaseCap, {
          path: [...p.path, "cumulativeCapMW"],
          message: `phase ${p.name} (${p.online}): ${mw(p.cumulativeTotals.facilityMW)} MW facility up to this phase, cap ${mw(p.cumulativeCapMW)} MW`,
          measured: q(p.cumulativeTotals.facilityMW, "MW"),
          limit: q(p.cumulativeCapMW, "MW"),
          fix: `remove ${mw(ceilMW(p.cumulativeTotals.facilityMW - p.cumulativeCapMW))} MW of facility power from phase ${p.name} or earlier (or move a site to a later phase), or raise its cumulativeCapMW to ${mw(ceilMW(p.cumulativeTotals.facilityMW))}`,
        }),
      ),
};

export const programCap: Rule = {
  ...registered("AIF-P004"),
  check: (m) => {
    const p = m.program;
    if (p.totals.facilityMW <= p.powerCapMW + 1e-9) return [];
    return [
      finding(programCap, {
        path: p.powerCapGiven ? [...p.path, "powerCapMW"] : p.path,
        message: `program: ${mw(p.totals.facilityMW)} MW facility, cap ${mw(p.powerCapMW)} MW${p.powerCapGiven ? "" : " (default: the 10 GW letter of intent)"}`,
        measured: q(p.totals.facilityMW, "MW"),
        limit: q(p.powerCapMW, "MW"),
        fix: `remove ${mw(ceilMW(p.totals.facilityMW - p.powerCapMW))} MW of facility power or raise program powerCapMW to ${mw(ceilMW(p.totals.facilityMW))}`,
      }),
    ];
  },
};

export const powerNearLimit: Rule = {
  ...registered("AIF-P005"),
  check: (m) => {
    const frac = m.program.nearLimitFraction;
    const out: Finding[] = [];
    const near = (measured: number, limit: number): boolean => limit > 0 && measured >= frac * limit && measured <= limit + 1e-9;
    const add = (path: Finding["path"], what: string, measured: number, limit: number, field: string): void => {
      out.push(
        finding(powerNearLimit, {
          path,
          message: `${what}: ${mw(measured)} MW is ${pct(measured / limit)} of its ${mw(limit)} MW limit (warning at ${pct(frac)})`,
          measured: q(measured, "MW"),
          limit: q(limit, "MW"),
          fix: `keep below ${mw(frac * limit)} MW or raise ${field} to at least ${mw(ceilMW(measured / frac))}`,
        }),
      );
    };
    for (const s of m.sites) {
      for (const h of s.halls) {
        if (near(h.totals.itMW, h.itPowerMW)) add([...h.path, "itPowerMW"], `hall ${s.name}/${h.name} IT power`, h.totals.itMW, h.itPowerMW, `${h.name} itPowerMW`);
      }
      if (near(s.totals.facilityMW, s.gridInterconnectMW)) {
        add([...s.path, "gridInterconnectMW"], `site ${s.name} facility power`, s.totals.facilityMW, s.gridInterconnectMW, `${s.name} gridInterconnectMW`);
      }
    }
    for (const p of m.phases) {
      if (near(p.cumulativeTotals.facilityMW, p.cumulativeCapMW)) {
        add([...p.path, "cumulativeCapMW"], `phase ${p.name} cumulative facility power`, p.cumulativeTotals.facilityMW, p.cumulativeCapMW, `phase ${p.name} cumulativeCapMW`);
      }
    }
    const p = m.program;
    if (near(p.totals.facilityMW, p.powerCapMW)) {
      add(p.powerCapGiven ? [...p.path, "powerCapMW"] : p.path, "program facility power", p.totals.facilityMW, p.powerCapMW, "program powerCapMW");
    }
    return out;
  },
};

export const POWER_RULES: readonly Rule[] = [hallItBudget, siteGrid, phaseCap, programCap, powerNearLimit];
