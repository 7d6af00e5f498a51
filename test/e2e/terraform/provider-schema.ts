// What @cdktf/provider-kubernetes (generated from hashicorp/kubernetes 2.38.0's schema) says about a resource
// type: its class, which attributes are maps (their keys are data, not attribute names) and which lists the
// provider stores as sets (unordered). Read from the generated code itself, the schema's owner, rather than
// from a table kept by hand.
import { readdirSync, readFileSync, statSync } from "node:fs";
import { createRequire } from "node:module";
import { dirname, join } from "node:path";

const require = createRequire(import.meta.url);
const PROVIDER_LIB = join(dirname(require.resolve("@cdktf/provider-kubernetes/package.json")), "lib");

export interface ResourceSchema {
  readonly type: string;
  /** The generated construct class: new Class(scope, id, config). */
  readonly construct: new (scope: unknown, id: string, config: Record<string, unknown>) => unknown;
  /** Attribute names (Terraform spelling) whose value is a map. */
  readonly mapAttributes: ReadonlySet<string>;
  /** Attribute and block names (Terraform spelling) the provider stores as sets. */
  readonly setAttributes: ReadonlySet<string>;
  /** Blocks of at most one item: the construct's config takes them as an object, not a list. */
  readonly singleBlocks: ReadonlySet<string>;
}

function sources(dir: string): string {
  return readdirSync(dir)
    .map((f) => join(dir, f))
    .map((p) => (statSync(p).isDirectory() ? sources(p) : p.endsWith(".js") ? readFileSync(p, "utf8") : ""))
    .join("\n");
}

/**
 * The property names written just before each match ("name: cdktf.hashMapper(" → name). The pattern starts
 * with a literal and the name is read backwards, which stays linear on the multi-megabyte generated files.
 */
function namesBefore(code: string, after: RegExp): Set<string> {
  const names = new Set<string>();
  for (const m of code.matchAll(after)) {
    let start = m.index;
    while (start > 0 && /\w/.test(code[start - 1]!)) start--;
    if (start < m.index) names.add(code.slice(start, m.index));
  }
  return names;
}

const cache = new Map<string, ResourceSchema>();

export function resourceSchema(type: string): ResourceSchema {
  const hit = cache.get(type);
  if (hit !== undefined) return hit;
  const dir = join(PROVIDER_LIB, type.replace(/^kubernetes_/, "").replace(/_/g, "-"));
  const mod = require(join(dir, "index.js")) as Record<string, unknown>;
  const construct = Object.values(mod).find(
    (v) => typeof v === "function" && (v as { tfResourceType?: string }).tfResourceType === type,
  );
  if (construct === undefined) throw new Error(`@cdktf/provider-kubernetes has no class for ${type} in ${dir}`);
  const code = sources(dir);
  const mapAttributes = namesBefore(code, /: cdktf\.hashMapper\(/g);
  const setAttributes = new Set([
    ...[...code.matchAll(/Fn\.tolist\(this\.getListAttribute\('(\w+)'\)\)/g)].map((m) => m[1]!),
    ...[...code.matchAll(/List\(this, ["'](\w+)["'], true\)/g)].map((m) => m[1]!),
  ]);
  // "name: fooToTerraform(struct.name)", or across files "name: (0, structs0_1.fooToTerraform)(struct.name)".
  const singleBlocks = namesBefore(code, /: (?:\(0, \w+\.)?[A-Za-z0-9]+ToTerraform\)?\(/g);
  const schema = { type, construct: construct as unknown as ResourceSchema["construct"], mapAttributes, setAttributes, singleBlocks };
  cache.set(type, schema);
  return schema;
}

export const camel = (snake: string): string => snake.replace(/_([a-z0-9])/g, (_, c: string) => c.toUpperCase());

/**
 * A Terraform body in the construct's config spelling: camelCase names, single blocks as objects, map values
 * left as they are. A single block given as a list of several items is passed as it is: the construct then
 * drops or rejects it, which the comparison shows.
 */
export function toConfig(value: unknown, schema: ResourceSchema): unknown {
  if (Array.isArray(value)) return value.map((v) => toConfig(v, schema));
  if (value === null || typeof value !== "object") return value;
  return Object.fromEntries(
    Object.entries(value as Record<string, unknown>).map(([k, v]) => {
      if (schema.mapAttributes.has(k)) return [camel(k), v];
      const single = schema.singleBlocks.has(k) && Array.isArray(v) && v.length === 1;
      return [camel(k), toConfig(single ? v[0] : v, schema)];
    }),
  );
}

/**
 * Terraform's JSON syntax takes a block as an object or as a list of objects; cdktf writes single blocks as
 * objects. The form with single blocks as objects, keys sorted, for comparing two bodies.
 */
export function normalBody(value: unknown, schema: ResourceSchema, key = ""): unknown {
  if (Array.isArray(value)) {
    if (schema.singleBlocks.has(key) && value.length === 1) return normalBody(value[0], schema, "");
    return value.map((v) => normalBody(v, schema, ""));
  }
  if (value === null || typeof value !== "object") return value;
  return Object.fromEntries(
    Object.entries(value as Record<string, unknown>)
      .sort(([a], [b]) => (a < b ? -1 : 1))
      .map(([k, v]) => [k, schema.mapAttributes.has(k) ? sortDeep(v) : normalBody(v, schema, k)]),
  );
}

function sortDeep(v: unknown): unknown {
  if (Array.isArray(v)) return v.map(sortDeep);
  if (v !== null && typeof v === "object")
    return Object.fromEntries(Object.entries(v as Record<string, unknown>).sort(([a], [b]) => (a < b ? -1 : 1)).map(([k, x]) => [k, sortDeep(x)]));
  return v;
}
