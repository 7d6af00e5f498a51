// How pools bind to real nodes: the labels a blueprint gives a pool leave aifactory's and NVIDIA's keys alone, and
// no node can be found by two pools' selectors (it would run two device plugins and count in both pools).
import type { Finding } from "../findings/finding.js";
import type { ResolvedPool } from "../model/types.js";
import { clustersOf, poolsOf } from "../model/walk.js";
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
            (c.owner === "aifactory"
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

function overlaps(pools: readonly ResolvedPool[]): Finding[] {
  const out: Finding[] = [];
  pools.forEach((p, i) => {
    const earlier = pools.slice(0, i).find((q) => selectorsCanOverlap(q.nodeSelector, p.nodeSelector));
    if (earlier === undefined) return;
    const shown = Object.entries(p.nodeSelector).map(([k, v]) => `${k}=${v}`).join(", ");
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

export const POOL_RULES: readonly Rule[] = [poolLabelsOwnKeys, poolSelectorsDisjoint];
