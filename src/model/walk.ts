// Walks over the resolved factory that rules, renderers and reports share.
import type { ResolvedCluster, ResolvedFactory, ResolvedPool } from "./types.js";

/** Every cluster, sites and clusters in blueprint order. */
export function clustersOf(model: ResolvedFactory): ResolvedCluster[] {
  return model.sites.flatMap((s) => s.clusters);
}

/** Every pool, in blueprint order. */
export function poolsOf(model: ResolvedFactory): ResolvedPool[] {
  return clustersOf(model).flatMap((c) => c.pools);
}
