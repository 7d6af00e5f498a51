// Diff of synthesized Terraform JSON, stack by stack, by resource address. for_each over a literal map expands to one
// address per key (type.name["key"]); count over a literal number to type.name[i]. cdktf's "//" metadata blocks are
// ignored: they describe construct paths, not infrastructure.
import type { TerraformStackDiff } from "./plan-types.js";

type Json = null | boolean | number | string | Json[] | { [k: string]: Json };

function isObject(v: unknown): v is Record<string, unknown> {
  return typeof v === "object" && v !== null && !Array.isArray(v);
}

/** JSON with object keys sorted and "//" blocks dropped, as a string: equal strings mean equal resources. */
export function canonical(value: unknown): string {
  return JSON.stringify(normalise(value));
}

function normalise(value: unknown): Json {
  if (Array.isArray(value)) return value.map(normalise);
  if (isObject(value)) {
    const out: { [k: string]: Json } = {};
    for (const k of Object.keys(value).sort()) {
      if (k === "//") continue;
      out[k] = normalise(value[k]);
    }
    return out;
  }
  if (typeof value === "string" || typeof value === "number" || typeof value === "boolean" || value === null) return value;
  return null;
}

/** Resource (and data source) instances of one Terraform JSON document: address → canonical body. */
export function terraformInstances(doc: unknown): Map<string, string> {
  const out = new Map<string, string>();
  if (!isObject(doc)) return out;
  const blocks: [string, unknown][] = [
    ["", doc["resource"]],
    ["data.", doc["data"]],
  ];
  for (const [prefix, block] of blocks) {
    if (!isObject(block)) continue;
    for (const type of Object.keys(block)) {
      const byName = block[type];
      if (!isObject(byName)) continue;
      for (const name of Object.keys(byName)) {
        const body = byName[name];
        const address = `${prefix}${type}.${name}`;
        if (isObject(body) && isObject(body["for_each"])) {
          const forEach = body["for_each"];
          const { for_each: _ignored, ...rest } = body;
          const shared = canonical(rest);
          for (const k of Object.keys(forEach)) {
            out.set(`${address}[${JSON.stringify(k)}]`, `${shared}|${canonical(forEach[k])}`);
          }
        } else if (isObject(body) && typeof body["count"] === "number") {
          const { count: _ignored, ...rest } = body;
          const shared = canonical(rest);
          for (let i = 0; i < body["count"]; i++) out.set(`${address}[${i}]`, shared);
        } else {
          out.set(address, canonical(body));
        }
      }
    }
  }
  return out;
}

const byString = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);

/** Per stack: addresses added, removed and changed. Stacks without change are left out; stacks sorted by name. */
export function diffTerraform(
  base: ReadonlyMap<string, object>,
  head: ReadonlyMap<string, object>,
): TerraformStackDiff[] {
  const stacks = [...new Set([...base.keys(), ...head.keys()])].sort(byString);
  const out: TerraformStackDiff[] = [];
  for (const stack of stacks) {
    const b = terraformInstances(base.get(stack));
    const h = terraformInstances(head.get(stack));
    const added = [...h.keys()].filter((a) => !b.has(a)).sort(byString);
    const removed = [...b.keys()].filter((a) => !h.has(a)).sort(byString);
    const changed = [...h.keys()].filter((a) => b.has(a) && b.get(a) !== h.get(a)).sort(byString);
    const status = !base.has(stack) ? "added" : !head.has(stack) ? "removed" : "changed";
    if (status === "changed" && added.length + removed.length + changed.length === 0) continue;
    out.push({ stack, status, added, removed, changed });
  }
  return out;
}
