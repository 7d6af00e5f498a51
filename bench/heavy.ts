// Tenants-heavy and pools-heavy programs for the benchmark: n tenants (a GPU quota of 1 each, on one H100 pool per
// cluster big enough for them) or n pools (one H100 node each, each selecting its own aifactory.dev/pool value), in
// clusters of at most `perCluster` of them, all in one site and one hall. The 1k program is one cluster: a check that
// scans a cluster's tenants or pools once per tenant or pool shows there; the larger ones show what scans the whole
// factory. Clusters stay within Kubernetes' limits (5,000 nodes; a ConfigMap under 1 MiB: the capacity summary
// lists every pool and tenant). Pure: the kind and count in, a blueprint out.
import type { AIFactoryBlueprint } from "../src/blueprint/generated/blueprint-types.js";

export type HeavyKind = "tenants" | "pools";
export const HEAVY_KINDS: readonly HeavyKind[] = ["tenants", "pools"];
export const DEFAULT_PER_CLUSTER = 1000;

/** The catalog's h100 system: 8 GPUs per node; 10.2 kW per node leaves room with 20 kW per node budgeted below. */
const GPUS_PER_NODE = 8;
const KW_PER_NODE_BUDGET = 20;

function cluster(kind: HeavyKind, index: number, from: number, count: number) {
  const name = `c${index}`;
  if (kind === "tenants") {
    const tenants = Array.from({ length: count }, (_, i) => ({ name: `t${from + i}`, gpuQuota: 1 }));
    return { name, kubernetesVersion: "1.33", tenants, pools: [{ name: "h100", system: "h100", nodes: Math.ceil(count / GPUS_PER_NODE), hall: "hall-1" }] };
  }
  const pools = Array.from({ length: count }, (_, i) => {
    const pool = `p${from + i}`;
    return { name: pool, system: "h100", nodes: 1, hall: "hall-1", selector: { "aifactory.dev/pool": pool } };
  });
  return { name, kubernetesVersion: "1.33", tenants: [{ name: "t0", gpuQuota: 1 }], pools };
}

export function heavyBlueprint(kind: HeavyKind, n: number, perCluster = DEFAULT_PER_CLUSTER): AIFactoryBlueprint {
  if (!Number.isInteger(n) || n < 1) throw new Error(`count must be a positive integer, got ${n}`);
  if (!Number.isInteger(perCluster) || perCluster < 1) throw new Error(`per-cluster count must be a positive integer, got ${perCluster}`);
  const clusters = Array.from({ length: Math.ceil(n / perCluster) }, (_, i) => cluster(kind, i, i * perCluster, Math.min(perCluster, n - i * perCluster)));
  const nodes = kind === "tenants" ? clusters.reduce((s, c) => s + (c.pools[0]?.nodes ?? 0), 0) : n;
  const itMW = Math.max(1, Math.ceil((nodes * KW_PER_NODE_BUDGET) / 1000));
  return {
    apiVersion: "aifactory.dev/v1alpha1",
    kind: "AIFactory",
    metadata: { name: `${kind}-heavy-${n}` },
    spec: {
      program: { powerCapMW: itMW * 4, phases: [{ name: "one", online: "2026-H1", cumulativeCapMW: itMW * 2 }] },
      sites: [
        {
          name: "site",
          partner: "bench",
          phase: "one",
          gridInterconnectMW: itMW * 2,
          pue: 1.2,
          halls: [{ name: "hall-1", itPowerMW: itMW, cooling: "liquid", maxRackKW: 130 }],
          clusters,
        },
      ],
    },
  } as unknown as AIFactoryBlueprint;
}
