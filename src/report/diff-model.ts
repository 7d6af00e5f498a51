// Diff of two resolved factories as the plan reports it: totals, pools added / removed / resized, limits whose
// headroom moved. Pure. Pools are matched by "cluster/pool" (names are the contract with users' state).
import type { ResolvedFactory, ResolvedPool } from "../model/types.js";
import { buildHeadroom, planTotals } from "./build-plan.js";
import { round } from "./format.js";
import type {
  PlanDiff,
  PlanDiffTotal,
  PlanHeadroom,
  PlanHeadroomChange,
  PlanPoolRef,
  PlanPoolResize,
  PlanTotals,
  TerraformStackDiff,
} from "./plan-types.js";

const TOTAL_MEASURES: readonly (keyof PlanTotals)[] = ["facilityMW", "itMW", "gpus", "dies", "racks", "nodes"];

function pools(model: ResolvedFactory | undefined): ResolvedPool[] {
  return model === undefined ? [] : model.sites.flatMap((s) => s.clusters.flatMap((c) => c.pools));
}

const ZERO: PlanTotals = { facilityMW: 0, itMW: 0, gpus: 0, dies: 0, racks: 0, nodes: 0 };

const key = (p: ResolvedPool): string => `${p.cluster}/${p.name}`;

function ref(p: ResolvedPool): PlanPoolRef {
  return {
    cluster: p.cluster,
    pool: p.name,
    site: p.site,
    system: p.systemId,
    racks: p.racks,
    nodes: p.nodes,
    gpus: p.gpus,
    facilityMW: round(p.totals.facilityMW, 3),
  };
}

const change = (base: number, head: number, decimals = 0) => ({
  base: round(base, decimals),
  head: round(head, decimals),
  delta: round(head - base, decimals),
});

export interface DiffOptions {
  /** Stack diffs from diffTerraform. @default absent: the diff says nothing about Terraform */
  readonly terraform?: readonly TerraformStackDiff[];
  /** Why the base has no model (new blueprint, base does not load): said in the report. */
  readonly note?: string;
}

/** `base` undefined: the blueprint is new (or its base does not load), and everything in head counts as added. */
export function diffModels(
  base: ResolvedFactory | undefined,
  head: ResolvedFactory,
  baseLabel: string,
  options: DiffOptions = {},
): PlanDiff {
  const terraform = options.terraform;
  const bt = base === undefined ? ZERO : planTotals(base.program.totals);
  const ht = planTotals(head.program.totals);
  const totals: PlanDiffTotal[] = TOTAL_MEASURES.filter((m) => bt[m] !== ht[m]).map((m) => ({
    measure: m,
    base: bt[m],
    head: ht[m],
    delta: round(ht[m] - bt[m], 3),
  }));

  const basePools = new Map(pools(base).map((p) => [key(p), p]));
  const headPools = new Map(pools(head).map((p) => [key(p), p]));
  const poolsAdded = pools(head).filter((p) => !basePools.has(key(p))).map(ref);
  const poolsRemoved = pools(base).filter((p) => !headPools.has(key(p))).map(ref);
  const poolsResized: PlanPoolResize[] = [];
  for (const h of pools(head)) {
    const b = basePools.get(key(h));
    if (b === undefined) continue;
    const same =
      b.systemId === h.systemId &&
      b.racks === h.racks &&
      b.nodes === h.nodes &&
      b.gpus === h.gpus &&
      round(b.totals.facilityMW, 3) === round(h.totals.facilityMW, 3);
    if (same) continue;
    poolsResized.push({
      cluster: h.cluster,
      pool: h.name,
      site: h.site,
      system: { base: b.systemId, head: h.systemId },
      racks: change(b.racks, h.racks),
      nodes: change(b.nodes, h.nodes),
      gpus: change(b.gpus, h.gpus),
      facilityMW: change(b.totals.facilityMW, h.totals.facilityMW, 3),
    });
  }

  const headroom = diffHeadroom(base === undefined ? [] : buildHeadroom(base), buildHeadroom(head));
  const tf = terraform?.filter((s) => s.added.length + s.removed.length + s.changed.length > 0 || s.status !== "changed");
  const changed =
    totals.length + poolsAdded.length + poolsRemoved.length + poolsResized.length + headroom.length + (tf?.length ?? 0) > 0;
  return {
    base: baseLabel,
    ...(options.note === undefined ? {} : { note: options.note }),
    changed,
    totals,
    poolsAdded,
    poolsRemoved,
    poolsResized,
    headroom,
    ...(tf === undefined ? {} : { terraform: tf }),
  };
}

const hkey = (h: PlanHeadroom): string => `${h.scope}\u0000${h.name}\u0000${h.measure}`;
const side = (h: PlanHeadroom | undefined) =>
  h === undefined ? null : { used: h.used, limit: h.limit, headroom: h.headroom };

/** Limits whose used figure or limit moved, in head order, then limits only the base has. */
export function diffHeadroom(base: readonly PlanHeadroom[], head: readonly PlanHeadroom[]): PlanHeadroomChange[] {
  const baseBy = new Map(base.map((h) => [hkey(h), h]));
  const headKeys = new Set(head.map(hkey));
  const out: PlanHeadroomChange[] = [];
  for (const h of head) {
    const b = baseBy.get(hkey(h));
    if (b !== undefined && b.used === h.used && b.limit === h.limit) continue;
    out.push({ scope: h.scope, name: h.name, measure: h.measure, base: side(b), head: side(h) });
  }
  for (const b of base) {
    if (!headKeys.has(hkey(b))) out.push({ scope: b.scope, name: b.name, measure: b.measure, base: side(b), head: null });
  }
  return out;
}
