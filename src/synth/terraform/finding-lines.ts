// Findings as lines and which stack they belong to (no cdktf: the direct Terraform JSON uses these too).
import { findingJson, findingLine as formatFindingLine } from "../../findings/format.js";
import type { DocPath, Finding } from "../../findings/finding.js";
import type { ResolvedCluster } from "../../model/types.js";

/** The construct id of the findings under each stack: annotations name it `<stack>/findings`. */
export const FINDINGS_ID = "findings";

/** `file:line:col: error CODE message`, as `aifactory validate` prints it (unlocated: `file: ... (at path)`). */
export function findingLine(f: Finding, file: string): string {
  return formatFindingLine(findingJson(f), file);
}

function startsWith(path: DocPath, prefix: DocPath): boolean {
  return prefix.length <= path.length && prefix.every((p, i) => path[i] === p);
}

/** Whether a finding concerns this cluster's stack: inside the cluster, or not inside any cluster (factory-wide). */
export function concernsCluster(f: Finding, cluster: ResolvedCluster, clusters: readonly ResolvedCluster[]): boolean {
  if (startsWith(f.path, cluster.path)) return true;
  return !clusters.some((c) => startsWith(f.path, c.path));
}

/**
 * Each cluster's findings (those `concernsCluster` gives it), in the findings' order, found in one pass: a finding
 * is looked up by its path's prefixes instead of being compared with every cluster (findings × clusters per stack).
 */
export function findingsByCluster(findings: readonly Finding[], clusters: readonly ResolvedCluster[]): Map<ResolvedCluster, Finding[]> {
  const out = new Map<ResolvedCluster, Finding[]>(clusters.map((c) => [c, []]));
  const byPrefix = new Map<string, ResolvedCluster[]>();
  const lengths = new Set<number>();
  for (const c of clusters) {
    const key = JSON.stringify(c.path);
    byPrefix.set(key, [...(byPrefix.get(key) ?? []), c]);
    lengths.add(c.path.length);
  }
  const sortedLengths = [...lengths].sort((a, b) => a - b);
  for (const f of findings) {
    const owners: ResolvedCluster[] = [];
    for (const n of sortedLengths) {
      if (n > f.path.length) break;
      owners.push(...(byPrefix.get(JSON.stringify(f.path.slice(0, n))) ?? []));
    }
    for (const c of owners.length > 0 ? owners : clusters) out.get(c)?.push(f);
  }
  return out;
}
