// Human names for places and values in a blueprint: "pool gpu-a", "`itPowerMW` of hall h1", "\"100\"".
import type { DocPath } from "../findings/finding.js";
import { formatPath } from "../findings/format.js";

const ENTITIES: Readonly<Record<string, { readonly kind: string; readonly nameField: string }>> = {
  phases: { kind: "phase", nameField: "name" },
  sites: { kind: "site", nameField: "name" },
  halls: { kind: "hall", nameField: "name" },
  clusters: { kind: "cluster", nameField: "name" },
  pools: { kind: "pool", nameField: "name" },
  tenants: { kind: "tenant", nameField: "name" },
  priorityTiers: { kind: "priority tier", nameField: "name" },
  taints: { kind: "taint", nameField: "key" },
  catalogOverrides: { kind: "catalog override", nameField: "system" },
};

/** Follows a path through plain data; undefined when it leaves the data. */
export function valueAt(root: unknown, path: DocPath): unknown {
  let node = root;
  for (const segment of path) {
    if (node === null || typeof node !== "object") return undefined;
    node = (node as Record<string | number, unknown>)[segment];
  }
  return node;
}

/** "pool gpu-a", "`networking` of cluster c1", "`spec.program`", "the blueprint". */
export function describePlace(root: unknown, path: DocPath): string {
  let entity: string | undefined;
  let entityEnd = 0;
  for (let i = 1; i < path.length; i++) {
    const collection = path[i - 1];
    const index = path[i];
    const meta = typeof collection === "string" ? ENTITIES[collection] : undefined;
    if (!meta || typeof index !== "number") continue;
    const item = valueAt(root, path.slice(0, i + 1));
    const name = item !== null && typeof item === "object" ? (item as Record<string, unknown>)[meta.nameField] : undefined;
    entity = typeof name === "string" && name !== "" ? `${meta.kind} ${name}` : `${meta.kind} #${index + 1}`;
    entityEnd = i + 1;
  }
  const rest = formatPath(path.slice(entityEnd));
  if (entity === undefined) return rest === "" ? "the blueprint" : `\`${rest}\``;
  return rest === "" ? entity : `\`${rest}\` of ${entity}`;
}

/** A value as the user would recognise it in a message. */
export function describeValue(value: unknown): string {
  if (value === null || value === undefined) return "nothing (empty value)";
  if (typeof value === "number") {
    if (Number.isNaN(value)) return "NaN";
    if (!Number.isFinite(value)) return value > 0 ? "Infinity" : "-Infinity";
    return String(value);
  }
  if (typeof value === "string") return JSON.stringify(value.length > 60 ? `${value.slice(0, 57)}...` : value);
  if (typeof value === "boolean") return String(value);
  if (Array.isArray(value)) return "a list";
  if (value instanceof Uint8Array) return "binary data";
  if (typeof value === "object") return "a mapping";
  return typeof value;
}

/**
 * The likeliest intent, for "did you mean": a candidate the word begins, as a whole dash-separated part (`gb300` →
 * `gb300-nvl72`: the family before its variants), the shortest first; else the closest within a small edit distance.
 */
export function closest(word: string, candidates: readonly string[]): string | undefined {
  const lower = word.toLowerCase();
  if (lower.length >= 3) {
    const family = candidates.filter((c) => c.toLowerCase().startsWith(`${lower}-`)).sort((a, b) => a.length - b.length || (a < b ? -1 : 1));
    if (family[0] !== undefined) return family[0];
  }
  let best: string | undefined;
  let bestDistance = Math.max(2, Math.floor(word.length / 3)) + 1;
  for (const c of candidates) {
    const d = editDistance(word.toLowerCase(), c.toLowerCase());
    if (d < bestDistance) {
      best = c;
      bestDistance = d;
    }
  }
  return best;
}

function editDistance(a: string, b: string): number {
  let previous = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const current = [i];
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      current[j] = Math.min((previous[j] ?? 0) + 1, (current[j - 1] ?? 0) + 1, (previous[j - 1] ?? 0) + cost);
    }
    previous = current;
  }
  return previous[b.length] ?? 0;
}
