// Many Kubernetes objects of one shape → one Terraform resource with for_each over a map keyed by blueprint
// names. The resource body keeps what all instances share as literals and refers to each.value for what differs;
// each.value holds only those differing parts. Construct count and addresses do not depend on the blueprint's size:
// kubernetes_namespace_v1.tenant["research"].
import type { TfBody, TfValue } from "./convert.js";

/** Terraform JSON interprets "${" in strings as interpolation: literals escape it. */
export function escapeTemplate(value: TfValue): TfValue {
  if (typeof value === "string") return value.replaceAll("${", "$${").replaceAll("%{", "%%{");
  if (Array.isArray(value)) return value.map(escapeTemplate);
  if (value !== null && typeof value === "object") {
    const out: TfBody = {};
    for (const [k, v] of Object.entries(value)) out[k] = escapeTemplate(v);
    return out;
  }
  return value;
}

function isBody(v: TfValue | undefined): v is TfBody {
  return typeof v === "object" && v !== null && !Array.isArray(v);
}

function isBlockList(v: TfValue | undefined): v is TfBody[] {
  return Array.isArray(v) && v.length > 0 && v.every(isBody);
}

function same(values: readonly (TfValue | undefined)[]): boolean {
  const first = JSON.stringify(values[0]);
  return values.every((v) => JSON.stringify(v) === first);
}

/** Marks which parts of each.value the template reads, so the data keeps only those. */
interface UsedTree {
  all?: boolean;
  fields: Map<string | number, UsedTree>;
}

function mark(tree: UsedTree, path: readonly (string | number)[]): void {
  let node = tree;
  for (const step of path) {
    let next = node.fields.get(step);
    if (next === undefined) {
      next = { fields: new Map() };
      node.fields.set(step, next);
    }
    node = next;
  }
  node.all = true;
}

function pick(value: TfValue | undefined, tree: UsedTree): TfValue | undefined {
  if (tree.all || value === undefined) return value;
  if (Array.isArray(value)) {
    const max = Math.max(-1, ...[...tree.fields.keys()].filter((k): k is number => typeof k === "number"));
    const out: TfValue[] = [];
    for (let i = 0; i <= max; i += 1) {
      const sub = tree.fields.get(i);
      out.push(sub ? (pick(value[i], sub) ?? {}) : {});
    }
    return out;
  }
  if (isBody(value)) {
    const out: TfBody = {};
    for (const [k, sub] of tree.fields) {
      const v = pick(value[String(k)], sub);
      if (v !== undefined) out[String(k)] = v;
    }
    return out;
  }
  return value;
}

function refPath(base: string, path: readonly (string | number)[]): string {
  return path.reduce<string>((acc, step) => (typeof step === "number" ? `${acc}[${step}]` : `${acc}.${step}`), base);
}

interface Scope {
  /** Expression of the current object in one instance: "each.value" or a dynamic block's iterator "ingress.value". */
  readonly base: string;
  readonly used: UsedTree | undefined;
}

/**
 * A template for the given instance values of one block body. Fields every instance has alike are literals; fields
 * that differ become references; blocks whose count differs become dynamic blocks.
 */
function templateBody(values: readonly TfBody[], scope: Scope, path: (string | number)[]): TfBody {
  const out: TfBody = {};
  const dynamic: TfBody = {};
  const fields = new Set<string>();
  for (const v of values) for (const k of Object.keys(v)) fields.add(k);
  for (const field of fields) {
    const vs = values.map((v) => v[field]);
    const here = [...path, field];
    const allPresent = vs.every((v) => v !== undefined);
    if (allPresent && same(vs)) {
      out[field] = escapeTemplate(vs[0] as TfValue);
    } else if (vs.every((v) => v === undefined || isBlockList(v))) {
      const lists = vs.map((v) => (v === undefined ? [] : (v as TfBody[])));
      const count = lists[0]?.length ?? 0;
      if (allPresent && lists.every((l) => l.length === count)) {
        out[field] = Array.from({ length: count }, (_, i) =>
          templateBody(
            lists.map((l) => l[i] as TfBody),
            scope,
            [...here, i],
          ),
        );
      } else {
        if (scope.used) mark(scope.used, here);
        const source = allPresent ? refPath(scope.base, here) : `lookup(${refPath(scope.base, path)}, "${field}", [])`;
        dynamic[field] = {
          for_each: `\${${source}}`,
          content: templateBody(lists.flat(), { base: `${field}.value`, used: undefined }, []),
        };
      }
    } else {
      if (scope.used) mark(scope.used, here);
      out[field] = allPresent
        ? `\${${refPath(scope.base, here)}}`
        : `\${lookup(${refPath(scope.base, path)}, "${field}", null)}`;
    }
  }
  if (Object.keys(dynamic).length > 0) out["dynamic"] = dynamic;
  return out;
}

/** One resource iterating over `instances` (key → provider body), keys in the given (blueprint) order. */
export function forEachResource(instances: ReadonlyMap<string, TfBody>): TfBody {
  const used: UsedTree = { fields: new Map() };
  const values = [...instances.values()];
  const template = templateBody(values, { base: "each.value", used }, []);
  const data: TfBody = {};
  for (const [key, value] of instances) data[key] = escapeTemplate((pick(value, used) as TfBody | undefined) ?? {});
  return { for_each: data, ...template };
}
