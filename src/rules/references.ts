// References and names: what the blueprint names exists, names are unique where they become Kubernetes or stack names,
// and the phases are in order.
import { SYSTEM_ALIASES } from "../catalog/index.js";
import type { DocPath, Finding } from "../findings/finding.js";
import { clustersOf } from "../model/walk.js";
import type { ResolvedFactory } from "../model/types.js";
import { NAME_RULES } from "./names.js";
import { finding, mw, q, registered, type Rule } from "./rule.js";


/** Findings for every item whose name an earlier item already has. */
function duplicates(
  rule: Rule,
  items: readonly { name: string; path: DocPath }[],
  what: string,
  scope: string,
): Finding[] {
  const seen = new Map<string, DocPath>();
  const out: Finding[] = [];
  for (const item of items) {
    const first = seen.get(item.name);
    if (first === undefined) {
      seen.set(item.name, item.path);
      continue;
    }
    out.push(
      finding(rule, {
        path: [...item.path, "name"],
        message: `${what} name ${item.name} is used twice ${scope} (first at ${first.join(".")})`,
        fix: `rename this ${what} (e.g. ${item.name}-2)`,
      }),
    );
  }
  return out;
}

export const sitePhaseExists: Rule = {
  ...registered("AIF-R001"),
  check: (m) =>
    m.sites
      .filter((s) => !m.phases.some((p) => p.name === s.phase))
      .map((s) =>
        finding(sitePhaseExists, {
          path: [...s.path, "phase"],
          message: `site ${s.name}: phase ${s.phase} is not a phase of the program (phases: ${m.phases.map((p) => p.name).join(", ")})`,
          fix: `set phase to one of ${m.phases.map((p) => p.name).join(", ")} or add a phase named ${s.phase}`,
        }),
      ),
};

export const poolHallExists: Rule = {
  ...registered("AIF-R002"),
  check: (m) =>
    m.sites.flatMap((s) => {
      const halls = new Set(s.halls.map((h) => h.name));
      return s.clusters.flatMap((c) =>
        c.pools
          .filter((p) => !halls.has(p.hall))
          .map((p) => {
            const elsewhere = m.sites.find((o) => o !== s && o.halls.some((h) => h.name === p.hall));
            return finding(poolHallExists, {
              path: [...p.path, "hall"],
              message: `pool ${c.name}/${p.name}: hall ${p.hall} is not a hall of site ${s.name}${elsewhere !== undefined ? ` (it belongs to site ${elsewhere.name})` : ""}; its power counts in no hall`,
              fix: `set hall to one of ${s.halls.map((h) => h.name).join(", ")} or add hall ${p.hall} to site ${s.name}`,
            });
          }),
      );
    }),
};

export const uniquePhases: Rule = {
  ...registered("AIF-R003"),
  check: (m) => duplicates(uniquePhases, m.phases, "phase", "in the program"),
};

export const uniqueSites: Rule = {
  ...registered("AIF-R004"),
  check: (m) => duplicates(uniqueSites, m.sites, "site", "in the factory"),
};

export const uniqueHalls: Rule = {
  ...registered("AIF-R005"),
  check: (m) => m.sites.flatMap((s) => duplicates(uniqueHalls, s.halls, "hall", `in site ${s.name}`)),
};

export const uniqueClusters: Rule = {
  ...registered("AIF-R006"),
  check: (m) => duplicates(uniqueClusters, clustersOf(m), "cluster", "in the factory (cluster names become stack names)"),
};

export const uniquePools: Rule = {
  ...registered("AIF-R007"),
  check: (m) => clustersOf(m).flatMap((c) => duplicates(uniquePools, c.pools, "pool", `in cluster ${c.name}`)),
};

export const uniqueTenants: Rule = {
  ...registered("AIF-R008"),
  check: (m) => clustersOf(m).flatMap((c) => duplicates(uniqueTenants, c.tenants, "tenant", `in cluster ${c.name}`)),
};

export const capsNonDecreasing: Rule = {
  ...registered("AIF-R009"),
  check: (m) =>
    m.phases.flatMap((p, i) => {
      const prev = m.phases[i - 1];
      if (prev === undefined || p.cumulativeCapMW >= prev.cumulativeCapMW) return [];
      return [
        finding(capsNonDecreasing, {
          path: [...p.path, "cumulativeCapMW"],
          message: `phase ${p.name}: cumulativeCapMW ${mw(p.cumulativeCapMW)} is below the ${mw(prev.cumulativeCapMW)} of the earlier phase ${prev.name}`,
          measured: q(p.cumulativeCapMW, "MW"),
          limit: q(prev.cumulativeCapMW, "MW"),
          fix: `set phase ${p.name} cumulativeCapMW to at least ${mw(prev.cumulativeCapMW)} (caps are cumulative: they include earlier phases)`,
        }),
      ];
    }),
};

/** "2026-H2" → months since year 0 at the start of the period; undefined if malformed (the schema rejects those). */
export function onlineMonth(online: string): number | undefined {
  const m = /^(\d{4})-(H[12]|Q[1-4])$/.exec(online);
  if (m === null) return undefined;
  const start: Record<string, number> = { H1: 0, H2: 6, Q1: 0, Q2: 3, Q3: 6, Q4: 9 };
  return Number(m[1]) * 12 + (start[m[2]!] ?? 0);
}

export const onlineInOrder: Rule = {
  ...registered("AIF-R010"),
  check: (m) =>
    m.phases.flatMap((p, i) => {
      const prev = m.phases[i - 1];
      const a = prev !== undefined ? onlineMonth(prev.online) : undefined;
      const b = onlineMonth(p.online);
      if (prev === undefined || a === undefined || b === undefined || b >= a) return [];
      return [
        finding(onlineInOrder, {
          path: [...p.path, "online"],
          message: `phase ${p.name} comes online ${p.online}, before the earlier phase ${prev.name} (${prev.online})`,
          fix: `list phase ${p.name} before ${prev.name}, or set its online date to ${prev.online} or later`,
        }),
      ];
    }),
};

export const phaseCapWithinProgram: Rule = {
  ...registered("AIF-R011"),
  check: (m) =>
    m.phases
      .filter((p) => p.cumulativeCapMW > m.program.powerCapMW)
      .map((p) =>
        finding(phaseCapWithinProgram, {
          path: [...p.path, "cumulativeCapMW"],
          message: `phase ${p.name}: cumulativeCapMW ${mw(p.cumulativeCapMW)} exceeds the program cap of ${mw(m.program.powerCapMW)} MW`,
          measured: q(p.cumulativeCapMW, "MW"),
          limit: q(m.program.powerCapMW, "MW"),
          fix: `lower phase ${p.name} cumulativeCapMW to ${mw(m.program.powerCapMW)} or raise program powerCapMW to ${mw(p.cumulativeCapMW)}`,
        }),
      ),
};

export const uniqueTiers: Rule = {
  ...registered("AIF-R012"),
  check: (m) => clustersOf(m).flatMap((c) => duplicates(uniqueTiers, c.priorityTiers, "priority tier", `in cluster ${c.name}`)),
};

export const duplicateOverride: Rule = {
  ...registered("AIF-R013"),
  check: (m) =>
    m.catalogOverrides.flatMap((o, i) =>
      Object.keys(o.figures).flatMap((figure) => {
        const earlier = m.catalogOverrides.slice(0, i).find((e) => e.system === o.system && e.figures[figure] !== undefined);
        if (earlier === undefined) return [];
        return [
          finding(duplicateOverride, {
            path: [...o.path, figure],
            message: `${figure} of ${o.system} is overridden twice (${earlier.figures[figure]} then ${o.figures[figure]}); the last one wins`,
            fix: `keep one override of ${o.system} ${figure}`,
          }),
        ];
      }),
    ),
};

export const phasePlatform: Rule = {
  ...registered("AIF-R014"),
  check: (m) =>
    m.phases.flatMap((ph) => {
      if (ph.platform === undefined) return [];
      return m.sites
        .filter((s) => s.phase === ph.name)
        .flatMap((s) =>
          s.clusters.flatMap((c) =>
            c.pools
              .filter((p) => p.systemId !== ph.platform)
              .map((p) =>
                finding(phasePlatform, {
                  path: [...p.path, "system"],
                  message: `pool ${c.name}/${p.name} (site ${s.name}) uses ${p.systemId}, phase ${ph.name} is on ${ph.platform}`,
                  fix: `set system to ${ph.platform}, move site ${s.name} to a phase on ${p.systemId}, or remove the phase's platform`,
                }),
              ),
          ),
        );
    }),
};

export const deprecatedSystemId: Rule = {
  ...registered("AIF-R015"),
  check: (m) => {
    const out: Finding[] = [];
    const warn = (path: DocPath, what: string, id: keyof typeof SYSTEM_ALIASES): void => {
      const a = SYSTEM_ALIASES[id];
      out.push(
        finding(deprecatedSystemId, {
          path,
          message: `${what} names ${a.id}, a deprecated id resolved to ${a.to}: ${a.reason} (${a.source})`,
          fix: `write ${a.to} instead of ${a.id}`,
        }),
      );
    };
    for (const p of m.phases) if (p.platformAsWritten !== undefined) warn([...p.path, "platform"], `phase ${p.name} platform`, p.platformAsWritten);
    for (const c of clustersOf(m)) {
      for (const p of c.pools) if (p.systemAsWritten !== undefined) warn([...p.path, "system"], `pool ${c.name}/${p.name}`, p.systemAsWritten);
    }
    m.catalogOverrides.forEach((o, i) => {
      if (o.systemAsWritten !== undefined) warn([...o.path, "system"], `catalog override ${i}`, o.systemAsWritten);
    });
    return out;
  },
};

export const REFERENCE_RULES: readonly Rule[] = [
  sitePhaseExists,
  poolHallExists,
  uniquePhases,
  uniqueSites,
  uniqueHalls,
  uniqueClusters,
  uniquePools,
  uniqueTenants,
  capsNonDecreasing,
  onlineInOrder,
  phaseCapWithinProgram,
  uniqueTiers,
  duplicateOverride,
  phasePlatform,
  deprecatedSystemId,
  ...NAME_RULES,
];
