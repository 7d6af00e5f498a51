// The changed attributes of one resource instance, base body against head body: every leaf whose value differs,
// with its path in Terraform's own form (the segments of `replace_paths`: attribute names, list indexes, map keys).
import { isObject, type Json } from "./terraform-instances.js";

export type AttributePath = readonly (string | number)[];

export interface AttributeChange {
  readonly path: AttributePath;
  /** Absent: the attribute is not set in the base. */
  readonly before?: Json;
  /** Absent: the attribute is not set in the head. */
  readonly after?: Json;
}

const isLeaf = (v: Json): boolean =>
  !(Array.isArray(v) ? v.length > 0 : isObject(v) ? Object.keys(v).length > 0 : false);

function leaves(value: Json, path: (string | number)[], out: Map<string, { path: AttributePath; value: Json }>): void {
  if (isLeaf(value)) {
    out.set(JSON.stringify(path), { path: [...path], value });
    return;
  }
  if (Array.isArray(value)) value.forEach((v: Json, i: number) => leaves(v, [...path, i], out));
  else if (isObject(value)) for (const k of Object.keys(value).sort()) leaves(value[k]!, [...path, k], out);
}

const comparePaths = (a: AttributePath, b: AttributePath): number => {
  for (let i = 0; i < Math.min(a.length, b.length); i++) {
    const x = a[i]!;
    const y = b[i]!;
    if (x === y) continue;
    if (typeof x === "number" && typeof y === "number") return x - y;
    return String(x) < String(y) ? -1 : 1;
  }
  return a.length - b.length;
};

/** Leaves that differ, sorted by path. */
export function diffAttributes(before: Json | undefined, after: Json | undefined): AttributeChange[] {
  const b = new Map<string, { path: AttributePath; value: Json }>();
  const a = new Map<string, { path: AttributePath; value: Json }>();
  if (before !== undefined) leaves(before, [], b);
  if (after !== undefined) leaves(after, [], a);
  const out: AttributeChange[] = [];
  for (const k of new Set([...b.keys(), ...a.keys()])) {
    const x = b.get(k);
    const y = a.get(k);
    if (x !== undefined && y !== undefined && JSON.stringify(x.value) === JSON.stringify(y.value)) continue;
    const path = (x ?? y)!.path;
    out.push({ path, ...(x === undefined ? {} : { before: x.value }), ...(y === undefined ? {} : { after: y.value }) });
  }
  return out.sort((p, q) => comparePaths(p.path, q.path));
}

/**
 * `metadata.labels["pod-security.kubernetes.io/enforce"]`: the path for a reader. Index 0 of a block list is left out
 * (Terraform JSON writes single blocks as lists of one); other indexes and map keys that are not plain names are
 * bracketed.
 */
export function formatPath(path: AttributePath): string {
  let out = "";
  path.forEach((step, i) => {
    if (typeof step === "number") {
      if (step !== 0 || i === path.length - 1) out += `[${step}]`;
    } else if (/^[a-z_][a-z0-9_]*$/.test(step)) out += out === "" ? step : `.${step}`;
    else out += `[${JSON.stringify(step)}]`;
  });
  return out;
}

/** A value on one line: strings quoted, long or multi-line strings said by their length. */
export function formatValue(v: Json | undefined, max = 160): string {
  if (v === undefined) return "(unset)";
  const s = JSON.stringify(v);
  return s.length <= max ? s : `${s.slice(0, max - 1)}…`;
}

/** True when the change is best shown as lines (config files in a config map). */
export function isMultiline(c: AttributeChange): boolean {
  return (typeof c.before === "string" && c.before.includes("\n")) || (typeof c.after === "string" && c.after.includes("\n"));
}

/** A line diff of two texts ("- old", "+ new", "  same"), longest common subsequence; for config files. */
export function lineDiff(before: string, after: string, context = 2): string[] {
  const a = before.split("\n");
  const b = after.split("\n");
  if (a.at(-1) === "" && b.at(-1) === "") {
    a.pop();
    b.pop();
  }
  // Bounded: a config file is short; past 2,000 lines a side the diff is all-removed, all-added.
  if (a.length * b.length > 4_000_000) return [...a.map((l) => `- ${l}`), ...b.map((l) => `+ ${l}`)];
  const lcs: number[][] = Array.from({ length: a.length + 1 }, () => new Array<number>(b.length + 1).fill(0));
  for (let i = a.length - 1; i >= 0; i--) {
    for (let j = b.length - 1; j >= 0; j--) {
      lcs[i]![j] = a[i] === b[j] ? lcs[i + 1]![j + 1]! + 1 : Math.max(lcs[i + 1]![j]!, lcs[i]![j + 1]!);
    }
  }
  const out: string[] = [];
  let i = 0;
  let j = 0;
  while (i < a.length || j < b.length) {
    if (i < a.length && j < b.length && a[i] === b[j]) {
      out.push(`  ${a[i]}`);
      i++;
      j++;
    } else if (i < a.length && (j === b.length || lcs[i + 1]![j]! >= lcs[i]![j + 1]!)) {
      out.push(`- ${a[i]}`);
      i++;
    } else {
      out.push(`+ ${b[j]}`);
      j++;
    }
  }
  return withContext(out, context);
}

/** The changed lines with `context` unchanged lines around each run; "  …" where lines are left out. */
function withContext(lines: readonly string[], context: number): string[] {
  const keep = lines.map(() => false);
  lines.forEach((l, i) => {
    if (l.startsWith("  ")) return;
    for (let k = Math.max(0, i - context); k <= Math.min(lines.length - 1, i + context); k++) keep[k] = true;
  });
  const out: string[] = [];
  lines.forEach((l, i) => {
    if (keep[i]) out.push(l);
    else if (out.at(-1) !== "  …") out.push("  …");
  });
  return out;
}
