// Programs of k times the 10 GW reference, for the benchmark: the reference's sites repeated k times (each copy
// renamed, with its clusters), and the program's caps scaled by k (power cap, phase caps, funding ceiling), so that
// every copy is as valid as the reference and sits as close to its limits. k = 1 is the reference itself.
// Pure: the reference blueprint in, a new blueprint out.
import type { AIFactoryBlueprint, Cluster, Site } from "../src/blueprint/generated/blueprint-types.js";

/** Schema limits (schemas/blueprint.schema.json): the largest scale the program caps allow is 100. */
export const MAX_SCALE = 100;

function renamed(name: string, oldPrefix: string, newPrefix: string): string {
  return name.startsWith(oldPrefix) ? `${newPrefix}${name.slice(oldPrefix.length)}` : `${newPrefix}-${name}`;
}

function copySite(site: Site, copy: number): Site {
  if (copy === 0) return structuredClone(site);
  const name = `${site.name}-x${copy}`;
  const clusters = site.clusters.map((c): Cluster => ({ ...structuredClone(c), name: renamed(c.name, site.name, name) }));
  return { ...structuredClone(site), name, clusters: clusters as Site["clusters"] };
}

/**
 * Every cluster's pools and tenants renamed after the cluster (pool "vr-a" of cluster 7 becomes "vr-a-c7"), so that
 * no two clusters emit an identical object: the worst case for synthesis, which writes each distinct object once.
 * Tiers are left alone (a PriorityClass is a cluster-scoped name, identical across clusters by design).
 */
export function withDistinctClusters(bp: AIFactoryBlueprint): AIFactoryBlueprint {
  const out = structuredClone(bp);
  let index = 0;
  for (const site of out.spec.sites) {
    for (const cluster of site.clusters) {
      const suffix = `-c${index++}`;
      // New objects: a parsed blueprint may share one list between clusters (YAML aliases).
      // A selector naming the pool's own aifactory.dev/pool label follows the rename (AIF-K010 checks it agrees).
      cluster.pools = cluster.pools.map((pool) => ({
        ...pool,
        name: `${pool.name}${suffix}`,
        ...(pool.selector?.["aifactory.dev/pool"] === pool.name
          ? { selector: { ...pool.selector, "aifactory.dev/pool": `${pool.name}${suffix}` } }
          : {}),
      })) as typeof cluster.pools;
      if (cluster.tenants !== undefined) cluster.tenants = cluster.tenants.map((t) => ({ ...t, name: `${t.name}${suffix}` }));
    }
  }
  return out;
}

/** The reference scaled k times (1 ≤ k ≤ MAX_SCALE, an integer). */
export function scaleBlueprint(reference: AIFactoryBlueprint, k: number): AIFactoryBlueprint {
  if (!Number.isInteger(k) || k < 1 || k > MAX_SCALE) throw new Error(`scale must be an integer from 1 to ${MAX_SCALE}, got ${k}`);
  const ref = structuredClone(reference);
  if (k === 1) return ref;
  const { program } = ref.spec;
  const phases = program.phases.map((p) => ({ ...p, cumulativeCapMW: p.cumulativeCapMW * k }));
  const funding = program.funding === undefined ? undefined : { ...program.funding };
  if (funding !== undefined) funding.ceilingBillionUSD = (funding.ceilingBillionUSD ?? 100) * k;
  // Copies of a site stay next to it, so sites remain grouped by phase as in the reference.
  const sites = ref.spec.sites.flatMap((site) => Array.from({ length: k }, (_, copy) => copySite(site, copy)));
  return {
    ...ref,
    metadata: { ...ref.metadata, name: `${ref.metadata.name}-x${k}` },
    spec: {
      ...ref.spec,
      program: {
        ...program,
        powerCapMW: (program.powerCapMW ?? 10_000) * k,
        phases: phases as AIFactoryBlueprint["spec"]["program"]["phases"],
        ...(funding === undefined ? {} : { funding }),
      },
      sites: sites as AIFactoryBlueprint["spec"]["sites"],
    },
  };
}

/** Counts that say how big a program is. */
export function programSize(bp: AIFactoryBlueprint): { sites: number; clusters: number; pools: number; tenants: number } {
  const clusters = bp.spec.sites.flatMap((s) => s.clusters);
  return {
    sites: bp.spec.sites.length,
    clusters: clusters.length,
    pools: clusters.reduce((n, c) => n + (c.pools?.length ?? 0), 0),
    tenants: clusters.reduce((n, c) => n + (c.tenants?.length ?? 0), 0),
  };
}
