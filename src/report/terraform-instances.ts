// The resource instances of a Terraform JSON document, each with its own body: for_each over a literal map expands
// to one address per key (type.name["key"]) and count over a literal number to type.name[i], as Terraform addresses
// them. The body of a for_each instance is the resource's template evaluated for that key: `${each.value.a[0].b}`
// and `${lookup(each.value.a[0], "b", null)}` read the key's value, `dynamic` blocks iterate over a list of it, and
// literals have their `$${` / `%%{` escapes undone. Those are the only expressions aifactory's synthesis writes
// (src/synth/terraform/for-each.ts; test/report/terraform-instances.test.ts checks the expansion against the
// objects of every bundled blueprint). cdktf's "//" metadata blocks are dropped: they describe construct paths.

export type Json = null | boolean | number | string | readonly Json[] | { readonly [k: string]: Json };
type JsonObject = { readonly [k: string]: Json };

export function isObject(v: unknown): v is JsonObject {
  return typeof v === "object" && v !== null && !Array.isArray(v);
}

/** JSON with object keys sorted and "//" blocks dropped. */
export function normalise(value: unknown): Json {
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

/** Equal strings mean equal resources. */
export function canonical(value: unknown): string {
  return JSON.stringify(normalise(value));
}

type Step = string | number;
const REF = /^\$\{([A-Za-z_][A-Za-z0-9_]*)\.value((?:\.[A-Za-z0-9_]+|\[\d+\])*)\}$/;
const LOOKUP = /^\$\{lookup\(([A-Za-z_][A-Za-z0-9_]*)\.value((?:\.[A-Za-z0-9_]+|\[\d+\])*), "([A-Za-z0-9_]+)", (null|\[\])\)\}$/;

function steps(path: string): Step[] {
  return [...path.matchAll(/\.([A-Za-z0-9_]+)|\[(\d+)\]/g)].map((m) => (m[1] !== undefined ? m[1] : Number(m[2])));
}

function at(value: Json | undefined, path: readonly Step[]): Json | undefined {
  let v = value;
  for (const s of path) {
    if (typeof s === "number") v = Array.isArray(v) ? (v as readonly Json[])[s] : undefined;
    else v = isObject(v) ? v[s] : undefined;
    if (v === undefined) return undefined;
  }
  return v;
}

/** Iterator name → the value it stands for ("each" → the for_each value, "ingress" → a dynamic block's item). */
type Scope = ReadonlyMap<string, Json>;

/** A string of the template: a reference resolves (undefined: the attribute is absent), anything else is kept. */
function resolveString(s: string, scope: Scope): Json | undefined {
  if (s === "${each.key}" && typeof scope.get("each.key") === "string") return scope.get("each.key");
  const ref = REF.exec(s);
  if (ref !== null && scope.has(ref[1]!)) return at(scope.get(ref[1]!), steps(ref[2]!));
  const lookup = LOOKUP.exec(s);
  if (lookup !== null && scope.has(lookup[1]!)) {
    const v = at(at(scope.get(lookup[1]!), steps(lookup[2]!)), [lookup[3]!]);
    return v === undefined || v === null ? undefined : v;
  }
  return s;
}

function evaluate(template: Json, scope: Scope): Json | undefined {
  if (typeof template === "string") return resolveString(template, scope);
  if (Array.isArray(template)) return template.map((t) => evaluate(t, scope) ?? null);
  if (!isObject(template)) return template;
  const out: { [k: string]: Json } = {};
  for (const [k, t] of Object.entries(template)) {
    if (k === "dynamic" && isObject(t)) continue;
    const v = evaluate(t, scope);
    if (v !== undefined) out[k] = v;
  }
  const dynamic = template["dynamic"];
  if (isObject(dynamic)) {
    for (const [field, block] of Object.entries(dynamic)) {
      if (!isObject(block) || typeof block["for_each"] !== "string") continue;
      const items = resolveString(block["for_each"], scope);
      const content = block["content"] ?? {};
      if (!Array.isArray(items)) continue;
      out[field] = (items as readonly Json[]).map((item) => evaluate(content, new Map([...scope, [field, item]])) ?? {});
    }
  }
  return out;
}

/** Literal strings of the synthesized JSON escape Terraform's template syntax; the instance body is unescaped. */
function unescape(value: Json): Json {
  if (typeof value === "string") return value.replaceAll("$${", "${").replaceAll("%%{", "%{");
  if (Array.isArray(value)) return value.map(unescape);
  if (isObject(value)) return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, unescape(v)]));
  return value;
}

export interface TerraformInstance {
  /** `type.name`, `type.name["key"]` or `type.name[i]`, as Terraform prints it. */
  readonly address: string;
  readonly type: string;
  /** The for_each key, when the resource iterates over a map. */
  readonly key?: string;
  /** The instance's own arguments, keys sorted; for_each, count and depends_on left out. */
  readonly body: JsonObject;
}

function withoutMeta(body: JsonObject): JsonObject {
  const { for_each: _f, count: _c, depends_on: _d, ...rest } = body;
  return rest;
}

/** Resource (and data source) instances of one Terraform JSON document, by address. */
export function terraformInstanceBodies(doc: unknown): Map<string, TerraformInstance> {
  const out = new Map<string, TerraformInstance>();
  if (!isObject(doc)) return out;
  const blocks: [string, Json | undefined][] = [
    ["", doc["resource"]],
    ["data.", doc["data"]],
  ];
  for (const [prefix, block] of blocks) {
    if (!isObject(block)) continue;
    for (const type of Object.keys(block)) {
      const byName = block[type];
      if (!isObject(byName)) continue;
      for (const name of Object.keys(byName)) {
        const raw = byName[name];
        if (!isObject(raw)) continue;
        const body = normalise(raw) as JsonObject;
        const address = `${prefix}${type}.${name}`;
        const forEach = body["for_each"];
        if (isObject(forEach)) {
          const template = withoutMeta(body);
          // The keys in the document's order (normalise sorts them): the order the synthesis wrote.
          for (const key of Object.keys(isObject(raw["for_each"]) ? raw["for_each"] : forEach)) {
            const value = evaluate(template, new Map([["each", forEach[key] ?? null], ["each.key", key]])) ?? {};
            out.set(`${address}[${JSON.stringify(key)}]`, { address: `${address}[${JSON.stringify(key)}]`, type, key, body: normalise(unescape(value)) as JsonObject });
          }
        } else if (typeof body["count"] === "number") {
          const shared = normalise(unescape(withoutMeta(body))) as JsonObject;
          for (let i = 0; i < body["count"]; i++) out.set(`${address}[${i}]`, { address: `${address}[${i}]`, type, body: shared });
        } else {
          out.set(address, { address, type, body: normalise(unescape(withoutMeta(body))) as JsonObject });
        }
      }
    }
  }
  return out;
}
