// Resolve a schema-valid blueprint into the factory model: defaults applied, catalog looked up, totals rolled up.
// Never throws on broken references (a pool naming a missing hall, a site naming a missing phase): it resolves
// what it can and leaves the reporting to the rules.
import type { AIFactoryBlueprint, Site } from "../blueprint/generated/blueprint-types.js";
import { PUBLIC_SITES, SYSTEM_IDS, canonicalSystemId, isDeprecatedSystemId, type CatalogSystemId } from "../catalog/index.js";
import { resolveFunding, unlockedFundingBillionUSD } from "./funding.js";
import { resolveSystem } from "./system.js";
import { resolveCluster } from "./cluster.js";
import * as D from "./defaults.js";
import { addTotals, sumTotals, withPue, ZERO_TOTALS } from "./totals.js";
import type {
  ResolvedCatalogOverride,
  ResolvedFactory,
  ResolvedHall,
  ResolvedPhase,
  ResolvedPool,
  ResolvedSite,
  Totals,
} from "./types.js";

export function resolveFactory(blueprint: AIFactoryBlueprint): ResolvedFactory {
  const spec = blueprint.spec;
  const overrides = spec.catalogOverrides ?? [];
  const sites = spec.sites.map((s, i) => resolveSite(s, overrides, i));

  const program = spec.program;
  const totals = sumTotals(sites.map((s) => s.totals));
  const funding = resolveFunding(program.funding, totals.facilityMW);
  const cumulativeFunding = (facilityMW: number): { cumulativeFundingBillionUSD?: number } =>
    funding?.rule === "per-gw-tranches"
      ? { cumulativeFundingBillionUSD: unlockedFundingBillionUSD(facilityMW, funding.perGWBillionUSD, funding.ceilingBillionUSD) }
      : {};

  // Each site counts in the first phase of its name (a duplicate phase name is reported by a rule, not counted twice).
  const firstPhaseIndex = new Map<string, number>();
  program.phases.forEach((p, i) => {
    if (!firstPhaseIndex.has(p.name)) firstPhaseIndex.set(p.name, i);
  });
  let cumulative: Totals = ZERO_TOTALS;
  const phases: ResolvedPhase[] = program.phases.map((p, i) => {
    const own = firstPhaseIndex.get(p.name) === i ? sites.filter((s) => s.phase === p.name) : [];
    const totals = sumTotals(own.map((s) => s.totals));
    cumulative = addTotals(cumulative, totals);
    return {
      name: p.name,
      online: p.online,
      cumulativeCapMW: p.cumulativeCapMW,
      ...(p.platform !== undefined ? { platform: canonicalSystemId(p.platform) } : {}),
      ...(p.platform !== undefined && isDeprecatedSystemId(p.platform) ? { platformAsWritten: p.platform } : {}),
      sites: own.map((s) => s.name),
      totals,
      cumulativeTotals: cumulative,
      headroomMW: p.cumulativeCapMW - cumulative.facilityMW,
      ...cumulativeFunding(cumulative.facilityMW),
      path: ["spec", "program", "phases", i],
    };
  });

  const powerCapMW = program.powerCapMW ?? D.DEFAULT_POWER_CAP_MW;

  const used = new Set<CatalogSystemId>();
  for (const s of spec.sites) for (const c of s.clusters) for (const p of c.pools) used.add(canonicalSystemId(p.system));
  for (const p of program.phases) if (p.platform !== undefined) used.add(canonicalSystemId(p.platform));

  const catalogOverrides: ResolvedCatalogOverride[] = overrides.map((o, i) => {
    const { system, source, ...figures } = o;
    return {
      system: canonicalSystemId(system),
      ...(isDeprecatedSystemId(system) ? { systemAsWritten: system } : {}),
      source,
      figures: { ...figures },
      path: ["spec", "catalogOverrides", i],
    };
  });

  return {
    name: blueprint.metadata.name,
    ...(blueprint.metadata.description !== undefined ? { description: blueprint.metadata.description } : {}),
    ...(blueprint.metadata.illustrative !== undefined ? { illustrative: blueprint.metadata.illustrative } : {}),
    program: {
      powerCapMW,
      nearLimitFraction: (program.nearLimitPercent ?? D.DEFAULT_NEAR_LIMIT_PERCENT) / 100,
      ...(funding !== undefined ? { funding } : {}),
      totals,
      headroomMW: powerCapMW - totals.facilityMW,
      powerCapGiven: program.powerCapMW !== undefined,
      path: ["spec", "program"],
    },
    phases,
    sites,
    systems: SYSTEM_IDS.filter((id) => used.has(id)).map((id) => resolveSystem(id, overrides)),
    catalogOverrides,
  };
}

function resolveSite(site: Site, overrides: NonNullable<AIFactoryBlueprint["spec"]["catalogOverrides"]>, index: number): ResolvedSite {
  const path = ["spec", "sites", index] as const;
  const pue = site.pue ?? D.DEFAULT_PUE;
  const clusters = site.clusters.map((c, i) => resolveCluster(c, site.name, pue, overrides, [...path, "clusters", i]));
  // The site's pools by hall name, grouped once (a filter of every pool per hall was halls × pools).
  const poolsByHall = new Map<string, ResolvedPool[]>();
  for (const p of clusters.flatMap((c) => c.pools)) {
    const list = poolsByHall.get(p.hall);
    if (list === undefined) poolsByHall.set(p.hall, [p]);
    else list.push(p);
  }
  const seenHall = new Set<string>();
  const halls: ResolvedHall[] = site.halls.map((h, i) => {
    // Pools naming a hall twice-declared land in the first declaration (the duplicate is reported by a rule).
    const first = !seenHall.has(h.name);
    seenHall.add(h.name);
    const pools = first ? (poolsByHall.get(h.name) ?? []) : [];
    const totals = withPue(sumTotals(pools.map((p) => p.totals)), pue);
    return {
      name: h.name,
      site: site.name,
      itPowerMW: h.itPowerMW,
      cooling: h.cooling,
      maxRackKW: h.maxRackKW,
      pools: pools.map((p) => `${p.cluster}/${p.name}`),
      totals,
      headroomMW: h.itPowerMW - totals.itMW,
      path: [...path, "halls", i],
    };
  });
  const totals = withPue(sumTotals(clusters.map((c) => c.totals)), pue);
  return {
    name: site.name,
    partner: site.partner,
    phase: site.phase,
    gridInterconnectMW: site.gridInterconnectMW,
    pue,
    ...(site.location !== undefined ? { location: site.location } : {}),
    ...(site.publicSite !== undefined ? { publicSite: PUBLIC_SITES[site.publicSite] } : {}),
    ...(site.gridCarbonGCO2PerKWh !== undefined ? { gridCarbonGCO2PerKWh: site.gridCarbonGCO2PerKWh } : {}),
    halls,
    clusters,
    totals,
    gridHeadroomMW: site.gridInterconnectMW - totals.facilityMW,
    path: [...path],
  };
}
