// How pools bind to real nodes: the labels a blueprint gives a pool leave aifactory's and NVIDIA's keys alone, and
// no node can be found by two pools' selectors (it would run two device plugins and count in both pools).
import { migConfigNames } from "../catalog/index.js";
import type { Finding } from "../findings/finding.js";
import type { ResolvedPool } from "../model/types.js";
import { clustersOf, poolsOf } from "../model/walk.js";
import { DEVICE_PLUGIN_CONFIG_LABEL } from "../model/defaults.js";
import { poolSelectorText } from "../objects/pool-scheduling.js";
import { finding, registered, type Rule } from "./rule.js";

export const poolLabelsOwnKeys: Rule = {
  ...registered("AIF-K010"),
  check: (m) =>
    poolsOf(m).flatMap((p) =>
      p.labelConflicts.map((c) =>
        finding(poolLabelsOwnKeys, {
          path: [...p.path, c.field, c.key],
          message:
            `pool ${p.cluster}/${p.name}: ${c.field === "labels" ? "label" : "selector"} ${c.key}=${c.given} ` +
            (c.owner === "aifactory" && c.key === DEVICE_PLUGIN_CONFIG_LABEL
              ? `${c.field === "labels" ? "would overwrite" : "contradicts"} the label gpuStack gpu-operator sets (${c.value ?? ""} on this pool's nodes: the GPU Operator's device plugin reads the pool's config by it)`
              : c.owner === "aifactory"
              ? c.field === "labels"
                ? `would overwrite aifactory's own label (${c.value ?? "set by aifactory"} on this pool's nodes)`
                : `contradicts aifactory's own label (${c.value ?? "set by aifactory"} on this pool's nodes), so it would select none of them`
              : `contradicts what NVIDIA's software puts on the node${c.value !== undefined ? ` (${c.value} for ${p.system.displayName})` : " (GPU Feature Discovery or the device plugin sets this key)"}`),
          fix:
            c.field === "labels"
              ? `remove ${c.key} from the labels of pool ${p.name}, or use a key of your own`
              : `remove ${c.key} from the selector of pool ${p.name}${c.value !== undefined ? `, or set it to ${c.value}` : ""}`,
        }),
      ),
    ),
};

/** Two equality selectors can match one node unless some key they share has different values. */
export function selectorsCanOverlap(a: Readonly<Record<string, string>>, b: Readonly<Record<string, string>>): boolean {
  return Object.entries(a).every(([k, v]) => b[k] === undefined || b[k] === v);
}

/** Two pools can find one node unless their equality selectors differ on a shared key or no GFD product is common. */
export function poolsCanOverlap(a: ResolvedPool, b: ResolvedPool): boolean {
  return selectorsCanOverlap(a.nodeSelector, b.nodeSelector) && a.gpuProducts.some((x) => b.gpuProducts.includes(x));
}

/**
 * For each pool, the first earlier pool whose selector can overlap its own, or undefined. Comparing every pair is
 * quadratic in pools; instead the earlier pools are indexed by label (key → value → count), and a pool with a key
 * that every earlier pool names with another value overlaps none of them (the usual case: each pool selects its own
 * aifactory.dev/pool value); whatever canOverlap adds (the GPU products), selectors that differ on a key never
 * overlap. Only a pool with no such key scans the earlier pools, and then for a finding or a near one.
 */
export function firstOverlapping<P extends Pick<ResolvedPool, "nodeSelector">>(
  pools: readonly P[],
  canOverlap: (a: P, b: P) => boolean,
): (P | undefined)[] {
  const withKey = new Map<string, number>();
  const withValue = new Map<string, number>();
  const valueKey = (k: string, v: string) => `${k}\u0000${v}`;
  return pools.map((p, i) => {
    const entries = Object.entries(p.nodeSelector);
    // An earlier pool can overlap p only if, for each key of p, it lacks the key or has p's value.
    const disjoint = entries.some(([k, v]) => i - (withKey.get(k) ?? 0) + (withValue.get(valueKey(k, v)) ?? 0) === 0);
    const earlier = disjoint ? undefined : pools.slice(0, i).find((q) => canOverlap(q, p));
    for (const [k, v] of entries) {
      withKey.set(k, (withKey.get(k) ?? 0) + 1);
      withValue.set(valueKey(k, v), (withValue.get(valueKey(k, v)) ?? 0) + 1);
    }
    return earlier;
  });
}

function overlaps(pools: readonly ResolvedPool[]): Finding[] {
  const out: Finding[] = [];
  const first = firstOverlapping(pools, poolsCanOverlap);
  pools.forEach((p, i) => {
    const earlier = first[i];
    if (earlier === undefined) return;
    const shown = poolSelectorText(p).replace(/,(?![^(]*\))/g, ", ");
    out.push(
      finding(poolSelectorsDisjoint, {
        path: [...p.path, "selector"],
        message:
          `pool ${p.cluster}/${p.name} selects ${shown}, and pool ${earlier.name} (at ${earlier.path.join(".")}) can match the same nodes: ` +
          "no label they both name has different values, so a node could run two device plugins and count in both pools",
        fix: `give pools ${earlier.name} and ${p.name} a selector label with a different value each (e.g. selector: { aifactory.dev/pool: ${p.name} }, stamped by the node provisioner from node-labels.json)`,
      }),
    );
  });
  return out;
}

export const poolSelectorsDisjoint: Rule = {
  ...registered("AIF-K011"),
  check: (m) => clustersOf(m).flatMap((c) => overlaps(c.pools)),
};

const MIG_PROBLEMS = {
  "config-without-strategy": (p: ResolvedPool) => `migConfig ${p.devicePlugin.migConfig} is set, but migStrategy is none: the device plugin would advertise no MIG device`,
  "unknown-config": (p: ResolvedPool) =>
    `migConfig ${p.devicePlugin.migConfig} is not a MIG layout of ${p.system.displayName}` +
    (migConfigNames(p.systemId).length === 0 ? " (the catalog has no sourced MIG table for it)" : ` (its layouts: ${migConfigNames(p.systemId).join(", ")})`),
  "single-needs-one-profile": (p: ResolvedPool) =>
    `migConfig ${p.devicePlugin.migConfig} mixes profiles ${Object.keys(p.devicePlugin.migLayout ?? {}).join(", ")}, which migStrategy single cannot advertise (GFD marks such a node invalid)`,
} as const;

const MIG_FIXES = {
  "config-without-strategy": (p: ResolvedPool) => `set migStrategy to single or mixed on pool ${p.name}, or remove migConfig`,
  "unknown-config": (p: ResolvedPool) =>
    migConfigNames(p.systemId).length === 0 ? `remove migConfig from pool ${p.name}` : `set migConfig to one of ${migConfigNames(p.systemId).join(", ")}`,
  "single-needs-one-profile": (p: ResolvedPool) => `set migStrategy to mixed on pool ${p.name}, or choose an all-<profile> layout`,
} as const;

export const poolMigConfig: Rule = {
  ...registered("AIF-K012"),
  check: (m) =>
    poolsOf(m).flatMap((p) => {
      const problem = p.devicePlugin.migProblem;
      if (problem === undefined) return [];
      return [
        finding(poolMigConfig, {
          path: [...p.path, "devicePlugin", problem === "config-without-strategy" ? "migStrategy" : "migConfig"],
          message: `pool ${p.cluster}/${p.name}: ${MIG_PROBLEMS[problem](p)}`,
          fix: MIG_FIXES[problem](p),
        }),
      ];
    }),
};

export const poolMigLayoutGiven: Rule = {
  ...registered("AIF-K013"),
  check: (m) =>
    poolsOf(m)
      .filter((p) => p.devicePlugin.migStrategy !== "none" && p.devicePlugin.migConfig === undefined && p.system.migInstancesPerGpu.value > 0)
      .map((p) =>
        finding(poolMigLayoutGiven, {
          path: [...p.path, "devicePlugin", "migStrategy"],
          message: `pool ${p.cluster}/${p.name}: migStrategy ${p.devicePlugin.migStrategy} without migConfig: no layout is applied, and its ${p.devicePlugin.advertisedGpusPerNode} units per node count whole GPUs`,
          fix: `set devicePlugin.migConfig on pool ${p.name}${migConfigNames(p.systemId).length > 0 ? ` (one of ${migConfigNames(p.systemId).join(", ")})` : ""}, or set migStrategy to none`,
        }),
      ),
};

export const POOL_RULES: readonly Rule[] = [poolLabelsOwnKeys, poolSelectorsDisjoint, poolMigConfig, poolMigLayoutGiven];
