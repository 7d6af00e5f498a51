// A tiny evaluator for the expressions aifactory's for_each rendering writes (references, lookup(), dynamic
// blocks), so that tests can expand a for_each resource back into one provider body per key.
import type { TfBody, TfValue } from "../../../src/synth/terraform/convert.js";

type Env = ReadonlyMap<string, TfValue>;

function isBody(v: unknown): v is TfBody {
  return typeof v === "object" && v !== null && !Array.isArray(v);
}

function resolveRef(ref: string, env: Env): TfValue | undefined {
  const m = /^([a-z_]+)\.value(.*)$/.exec(ref);
  if (!m) throw new Error(`unsupported reference ${ref}`);
  let value: TfValue | undefined = env.get(m[1] ?? "");
  const steps = (m[2] ?? "").match(/\.[a-z_0-9]+|\[\d+\]/g) ?? [];
  for (const step of steps) {
    if (value === undefined) return undefined;
    if (step.startsWith("[")) value = (value as TfValue[])[Number(step.slice(1, -1))];
    else value = (value as TfBody)[step.slice(1)];
  }
  return value;
}

function evalExpr(expr: string, env: Env): TfValue | undefined {
  const lookup = /^lookup\(([^,]+), "([^"]+)", (null|\[\])\)$/.exec(expr);
  if (lookup) {
    const obj = resolveRef(lookup[1] ?? "", env);
    const v = isBody(obj) ? obj[lookup[2] ?? ""] : undefined;
    return v ?? (lookup[3] === "[]" ? [] : undefined);
  }
  return resolveRef(expr, env);
}

function unescape(s: string): string {
  return s.replaceAll("$${", "${").replaceAll("%%{", "%{");
}

export function evaluate(value: TfValue, env: Env): TfValue | undefined {
  if (typeof value === "string") {
    const m = /^\$\{(.*)\}$/.exec(value);
    if (m && !value.startsWith("$${")) return evalExpr(m[1] ?? "", env);
    return unescape(value);
  }
  if (Array.isArray(value)) return value.map((v) => evaluate(v, env) as TfValue);
  if (isBody(value)) {
    const out: TfBody = {};
    for (const [k, v] of Object.entries(value)) {
      if (k === "dynamic" && isBody(v)) {
        for (const [block, spec] of Object.entries(v)) {
          const s = spec as TfBody;
          const items = (evaluate(s["for_each"] as TfValue, env) ?? []) as TfValue[];
          const expanded = items.map((item) => evaluate(s["content"] as TfValue, new Map([...env, [block, item]])) as TfValue);
          if (expanded.length > 0) out[block] = expanded;
        }
        continue;
      }
      const e = evaluate(v, env);
      if (e !== undefined && e !== null) out[k] = e;
    }
    return out;
  }
  return value;
}

/** key → body of each instance of a for_each resource ("" for a resource without for_each). */
export function expandResource(resource: TfBody): Map<string, TfBody> {
  const { for_each: forEach, depends_on: _dependsOn, ...template } = resource;
  if (forEach === undefined) return new Map([["", evaluate(template, new Map()) as TfBody]]);
  const out = new Map<string, TfBody>();
  for (const [key, data] of Object.entries(forEach as TfBody)) {
    out.set(key, evaluate(template, new Map([["each", evaluate(data, new Map()) as TfValue]])) as TfBody);
  }
  return out;
}
