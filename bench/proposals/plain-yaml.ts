// PROPOSAL (perf, issue 6) for src/synth/kubernetes/manifests.ts: a direct YAML writer for JSON-shaped objects
// that gives byte for byte what `stringify(o, { lineWidth: 0, aliasDuplicateObjects: false })` of yaml 2.9 gives,
// without building a yaml Document (the Document, its nodes and their visits are ~85 % of YAML emission).
// Anything it does not handle the same way for sure (multi-line strings, control characters, document markers,
// long keys, non-finite numbers, -0, holes or undefined in arrays, non-plain objects) returns undefined, and the
// caller falls back to yaml's stringify for that object. test/bench/plain-yaml.test.ts checks the equality.

/** yaml's plainString: strings that cannot be written plain (indicators, ": ", " #", trailing space or colon). */
const NOT_PLAIN = /^[\n\t ,[\]{}#&*!|>'"%@`]|^[?-]$|^[?-][ \t]|[\n:][ \t]|[ \t]\n|[\n\t ]#|[\n\t :]$/;
/** Plain scalars that YAML 1.2's core schema would read as null, booleans or numbers. */
const NOT_STRING = [
  /^(?:~|[Nn]ull|NULL)?$/,
  /^(?:[Tt]rue|TRUE|[Ff]alse|FALSE)$/,
  /^(?:[-+]?\.(?:inf|Inf|INF)|\.nan|\.NaN|\.NAN)$/,
  /^[-+]?(?:\.[0-9]+|[0-9]+(?:\.[0-9]*)?)[eE][-+]?[0-9]+$/,
  /^[-+]?(?:\.[0-9]+|[0-9]+\.[0-9]*)$/,
  /^0o[0-7]+$/,
  /^[-+]?[0-9]+$/,
  /^0x[0-9a-fA-F]+$/,
];
/** What yaml writes otherwise than a plain or simply quoted scalar: line breaks, tabs, control characters, lone surrogates, markers. */
const UNHANDLED = /[\n\t\x00-\x08\x0b-\x1f\x7f-\x9f\u2028\u2029\u00a0\u0085]|[\uD800-\uDFFF]|^(?:%|---|\.\.\.)/u;

class Unhandled extends Error {}

function scalarString(s: string, isKey: boolean): string {
  if (UNHANDLED.test(s) || (isKey && s.length > 1000)) throw new Unhandled();
  if (!NOT_PLAIN.test(s) && !NOT_STRING.some((re) => re.test(s))) return s;
  // yaml's quotedString with singleQuote unset: single quotes only when the text has double quotes and no single ones.
  if (s.includes('"') && !s.includes("'")) return `'${s}'`;
  return JSON.stringify(s);
}

function scalar(v: unknown): string | undefined {
  if (v === null) return "null";
  switch (typeof v) {
    case "string":
      return scalarString(v, false);
    case "boolean":
      return v ? "true" : "false";
    case "number":
      if (!Number.isFinite(v) || Object.is(v, -0)) throw new Unhandled();
      return JSON.stringify(v);
    case "object":
      return undefined;
    default:
      throw new Unhandled();
  }
}

function isPlainObject(v: object): v is Record<string, unknown> {
  const proto: unknown = Object.getPrototypeOf(v);
  return proto === Object.prototype || proto === null;
}

/** Appends `value` (a non-empty collection) at `indent`; `first` replaces the indent of the first line. */
function block(out: string[], value: object, indent: string, first: string): void {
  if (Array.isArray(value)) {
    for (let i = 0; i < value.length; i += 1) {
      if (!(i in value)) throw new Unhandled();
      const item: unknown = value[i];
      if (item === undefined) throw new Unhandled();
      const lead = i === 0 ? first : indent;
      const s = scalar(item);
      if (s !== undefined) out.push(`${lead}- ${s}\n`);
      else if (isEmpty(item as object)) out.push(`${lead}- ${Array.isArray(item) ? "[]" : "{}"}\n`);
      else block(out, item as object, `${indent}  `, `${lead}- `);
    }
    return;
  }
  if (!isPlainObject(value)) throw new Unhandled();
  let n = 0;
  for (const key of Object.keys(value)) {
    const v = value[key];
    if (v === undefined) continue;
    const lead = n === 0 ? first : indent;
    n += 1;
    const k = scalarString(key, true);
    const s = scalar(v);
    if (s !== undefined) out.push(`${lead}${k}: ${s}\n`);
    else if (isEmpty(v as object)) out.push(`${lead}${k}: ${Array.isArray(v) ? "[]" : "{}"}\n`);
    else {
      out.push(`${lead}${k}:\n`);
      block(out, v as object, `${indent}  `, `${indent}  `);
    }
  }
  if (n === 0) throw new Unhandled(); // every value undefined: yaml writes {}; rare, leave it to yaml
}

function isEmpty(v: object): boolean {
  if (Array.isArray(v)) return v.length === 0;
  if (!isPlainObject(v)) throw new Unhandled();
  return Object.keys(v).length === 0;
}

/** The YAML of a non-empty plain object, as yaml 2.9's stringify writes it with lineWidth 0; undefined when unsure. */
export function plainYaml(value: object): string | undefined {
  try {
    if (Array.isArray(value) || isEmpty(value)) return undefined;
    const out: string[] = [];
    block(out, value, "", "");
    return out.join("");
  } catch (e) {
    if (e instanceof Unhandled) return undefined;
    throw e;
  }
}
