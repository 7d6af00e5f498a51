// Density and cooling rules: racks a hall can feed and cool.
import type { ResolvedFactory, ResolvedHall, ResolvedPool } from "../model/types.js";
import { ceilTo, finding, fmt, q, registered, type Rule } from "./rule.js";

/** Every pool with the hall it is placed in (pools whose hall is missing are the references rules' business). */
function placed(m: ResolvedFactory): { pool: ResolvedPool; hall: ResolvedHall }[] {
  return m.sites.flatMap((s) => {
    // The first hall of each name, as find() gave it: one lookup per pool, not a scan of the halls.
    const halls = new Map<string, ResolvedHall>();
    for (const h of s.halls) if (!halls.has(h.name)) halls.set(h.name, h);
    return s.clusters.flatMap((c) =>
      c.pools.flatMap((pool) => {
        const hall = halls.get(pool.hall);
        return hall !== undefined ? [{ pool, hall }] : [];
      }),
    );
  });
}

export const rackDensity: Rule = {
  ...registered("AIF-D001"),
  check: (m) =>
    placed(m)
      .filter(({ pool, hall }) => pool.rackPowerKW > hall.maxRackKW + 1e-9)
      .map(({ pool, hall }) =>
        finding(rackDensity, {
          path: [...pool.path, "hall"],
          message: `pool ${pool.cluster}/${pool.name}: ${pool.system.displayName} racks draw ${fmt(pool.rackPowerKW)} kW, hall ${hall.name} feeds and cools at most ${fmt(hall.maxRackKW)} kW per rack`,
          measured: q(pool.rackPowerKW, "kW"),
          limit: q(hall.maxRackKW, "kW"),
          fix: `place pool ${pool.name} in a hall rated for ${fmt(ceilTo(pool.rackPowerKW))} kW per rack or raise ${hall.name} maxRackKW to ${fmt(ceilTo(pool.rackPowerKW))}`,
        }),
      ),
};

export const liquidInAirHall: Rule = {
  ...registered("AIF-D002"),
  check: (m) =>
    placed(m)
      .filter(({ pool, hall }) => pool.system.cooling.value === "liquid" && hall.cooling === "air")
      .map(({ pool, hall }) =>
        finding(liquidInAirHall, {
          path: [...pool.path, "hall"],
          message: `pool ${pool.cluster}/${pool.name}: ${pool.system.displayName} is liquid-cooled, hall ${hall.name} is air-cooled`,
          fix: `place pool ${pool.name} in a liquid-cooled hall or set ${hall.name} cooling to liquid`,
        }),
      ),
};

export const DENSITY_RULES: readonly Rule[] = [rackDensity, liquidInAirHall];
