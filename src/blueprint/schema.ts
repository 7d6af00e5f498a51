// Step 2 of loading: apiVersion and kind first, then strict validation against schemas/blueprint.schema.json
// (every error at once). Findings carry paths only. "Both racks and nodes" is the schema's; "neither" is left to the
// rules (AIF-T006, AIF-K008), which see the resolved model.
import type { ErrorObject } from "ajv";
import type { DocPath, Finding } from "../findings/finding.js";
import { BLUEPRINT_KIND, SUPPORTED_API_VERSION, loadErrors, schemaErrors } from "./errors.js";
import { closest, describePlace, describeValue, valueAt } from "./describe.js";
import { validate as generatedValidate } from "./generated/blueprint-validator.js";

/** Ajv's validate function: true when valid, else the errors in `errors`. */
interface Validator {
  (data: unknown): boolean;
  errors?: ErrorObject[] | null;
}

/**
 * The schema's validator, generated ahead of time by Ajv's standalone code generation with the same options as a
 * runtime compile (scripts/generate-validator.mjs; `npm run gen:validator`): the same checks and error objects,
 * without compiling the schema at every start.
 */
function validator(): Validator {
  return generatedValidate as unknown as Validator;
}

/** apiVersion and kind, checked before anything else: an unknown version is not worth a schema report. */
export function checkVersion(value: Record<string, unknown>): Finding[] {
  const findings: Finding[] = [];
  const { apiVersion, kind } = value;
  if (apiVersion !== SUPPORTED_API_VERSION) {
    findings.push(loadErrors.unsupportedApiVersion(apiVersion === undefined ? undefined : describeRaw(apiVersion)));
  }
  if (kind !== BLUEPRINT_KIND) findings.push(loadErrors.wrongKind(kind === undefined ? undefined : describeRaw(kind)));
  return findings;
}

/** Schema findings for a document whose apiVersion and kind are right. */
export function checkSchema(value: unknown): Finding[] {
  const validate = validator();
  const findings: Finding[] = [];
  if (!validate(value)) {
    const errors = validate.errors ?? [];
    const oneOfs = errors.filter((e) => e.keyword === "oneOf");
    const misspelt = misspeltRequired(errors);
    for (const e of errors) {
      // Errors inside a oneOf branch are summed up by the oneOf error itself.
      if (oneOfs.some((o) => o !== e && e.schemaPath.startsWith(`${o.schemaPath}/`))) continue;
      if (e.keyword === "propertyNames" || e.keyword === "if") continue;
      // A required field given under a misspelt name is one mistake: the unknown field says it, with the right name.
      if (e.keyword === "required" && misspelt.has(`${e.instancePath}\u0000${String((e.params as { missingProperty: string }).missingProperty)}`)) continue;
      const finding = toFinding(e, value);
      if (finding) findings.push(finding);
    }
  }
  return dedupe(findings);
}

/** "instancePath\u0000field" of each missing required field that an unknown field of the same mapping is a typo of. */
function misspeltRequired(errors: readonly ErrorObject[]): Set<string> {
  const out = new Set<string>();
  const missing = new Map<string, string[]>();
  for (const e of errors) {
    if (e.keyword !== "required") continue;
    const field = String((e.params as { missingProperty: string }).missingProperty);
    missing.set(e.instancePath, [...(missing.get(e.instancePath) ?? []), field]);
  }
  for (const e of errors) {
    if (e.keyword !== "additionalProperties") continue;
    const unknown = String((e.params as { additionalProperty: string }).additionalProperty);
    const suggestion = closest(unknown, missing.get(e.instancePath) ?? []);
    if (suggestion !== undefined) out.add(`${e.instancePath}\u0000${suggestion}`);
  }
  return out;
}

function toFinding(e: ErrorObject, root: unknown): Finding | undefined {
  const path = toDocPath(e.instancePath);
  const data: unknown = e.data;
  const parent = (e.parentSchema ?? {}) as SchemaNode;
  switch (e.keyword) {
    case "additionalProperties": {
      const field = String((e.params as { additionalProperty: string }).additionalProperty);
      const allowed = Object.keys(parent.properties ?? {});
      return schemaErrors.unknownField(path, field, describePlace(root, path), allowed, closest(field, allowed));
    }
    case "required": {
      const field = String((e.params as { missingProperty: string }).missingProperty);
      return schemaErrors.missingField(path, field, describePlace(root, path));
    }
    case "type":
      return typeFinding(path, root, data, String((e.params as { type: string | string[] }).type));
    case "enum": {
      const allowed = (Array.isArray(e.schema) ? e.schema : []).map(String);
      const got = describeValue(data);
      return schemaErrors.notAllowedValue(path, describePlace(root, path), got, allowed, typeof data === "string" ? closest(data, allowed) : undefined);
    }
    case "const":
      return schemaErrors.notAllowedValue(path, describePlace(root, path), describeValue(data), [String(e.schema)]);
    case "oneOf":
      return schemaErrors.notAllowedValue(path, describePlace(root, path), describeValue(data), oneOfChoices(parent));
    case "pattern": {
      const pattern = String(e.schema);
      if (e.propertyName !== undefined) {
        const keyPath = [...path, e.propertyName];
        return schemaErrors.badPattern(keyPath, `label key in ${describePlace(root, path)}`, JSON.stringify(e.propertyName), patternMeaning(pattern));
      }
      const meaning = patternMeaning(pattern);
      const suggestion = meaning === DNS_LABEL && typeof data === "string" ? toDnsLabel(data) : undefined;
      return schemaErrors.badPattern(path, describePlace(root, path), describeValue(data), meaning, suggestion);
    }
    case "minimum":
    case "maximum":
    case "exclusiveMinimum":
    case "exclusiveMaximum": {
      const bound = `${RANGE_WORDS[e.keyword]} ${String(e.schema)}`;
      return schemaErrors.outOfRange(path, describePlace(root, path), describeValue(data), bound, `Use a value ${bound}.`);
    }
    case "minItems":
    case "maxItems":
    case "minLength":
    case "maxLength": {
      const n = Number(e.schema);
      const what = describePlace(root, e.propertyName !== undefined ? [...path, e.propertyName] : path);
      const detail = SIZE_WORDS[e.keyword](n);
      const fix = detail.startsWith("must have") ? `Give ${what} ${detail.replace(/^must have /, "")}.` : `Make ${what} ${detail.replace(/^must be /, "")}.`;
      return schemaErrors.badSize(path, what, detail, fix);
    }
    case "not": {
      const fields = ((e.schema as SchemaNode).required ?? []) as string[];
      if (fields.length === 2) return exactlyOneFinding(path, root, [fields[0] ?? "", fields[1] ?? ""], "both");
      return schemaErrors.other(path, describePlace(root, path), e.message ?? "is not allowed");
    }
    case "integer":
    case "multipleOf":
    default:
      return schemaErrors.other(path, describePlace(root, path), e.message ?? "is not valid");
  }
}

interface SchemaNode {
  readonly properties?: Record<string, unknown>;
  readonly required?: readonly string[];
  readonly oneOf?: readonly SchemaNode[];
  readonly enum?: readonly unknown[];
  readonly type?: string;
  readonly minimum?: number;
}

const RANGE_WORDS: Record<string, string> = { minimum: "≥", maximum: "≤", exclusiveMinimum: ">", exclusiveMaximum: "<" };
const SIZE_WORDS: Record<"minItems" | "maxItems" | "minLength" | "maxLength", (n: number) => string> = {
  minItems: (n) => `must have at least ${n} ${n === 1 ? "entry" : "entries"}`,
  maxItems: (n) => `must have at most ${n} entries`,
  minLength: (n) => `must be at least ${n} ${n === 1 ? "character" : "characters"} long`,
  maxLength: (n) => `must be at most ${n} characters long`,
};

function typeFinding(path: DocPath, root: unknown, data: unknown, expected: string): Finding {
  const what = describePlace(root, path);
  const field = path[path.length - 1];
  const expectedWords: Record<string, string> = {
    number: "a number",
    integer: "a whole number",
    string: "a string",
    boolean: "true or false",
    object: "a mapping",
    array: "a list",
  };
  const expectedText = expectedWords[expected] ?? expected;
  let fix = `Write ${what} as ${expectedText}.`;
  if ((expected === "number" || expected === "integer") && typeof data === "number" && !Number.isFinite(data)) {
    return schemaErrors.wrongType(path, what, `a finite ${expected === "integer" ? "whole number" : "number"}`, describeValue(data), "Replace .nan/.inf with a real figure.");
  }
  if ((expected === "number" || expected === "integer") && typeof data === "string" && data.trim() !== "" && !Number.isNaN(Number(data))) {
    fix = `Remove the quotes: ${String(field)}: ${data.trim()}`;
  } else if (expected === "string" && (typeof data === "number" || typeof data === "boolean")) {
    const example = field === "kubernetesVersion" && typeof data === "number" ? versionAsWritten(data) : String(data);
    fix = `Quote the value: ${String(field)}: "${example}" (unquoted, YAML reads it as a ${typeof data}: 1.30 becomes 1.3).`;
  }
  return schemaErrors.wrongType(path, what, expectedText, describeValue(data), fix);
}

/**
 * The version the user most likely wrote, from the number YAML read: 1.34 → "1.34"; 1.3 → "1.30", since YAML drops
 * the trailing zero and Kubernetes minor versions below 10 are long past (the schema wants 1.25 or later).
 */
function versionAsWritten(value: number): string {
  const text = String(value);
  const [major, minor = ""] = text.split(".");
  return minor.length === 1 ? `${major}.${minor}0` : text;
}

function oneOfChoices(parent: SchemaNode): string[] {
  const choices: string[] = [];
  for (const branch of parent.oneOf ?? []) {
    if (branch.enum) choices.push(...branch.enum.map(String));
    else if (branch.type === "integer") choices.push(`a whole number${branch.minimum !== undefined ? ` ≥ ${branch.minimum}` : ""}`);
    else if (branch.type) choices.push(`a ${branch.type}`);
  }
  return choices;
}

const DNS_LABEL = "a DNS-1123 label (lowercase letters, digits and '-', starting and ending with a letter or digit, at most 63 characters)";
const PATTERN_MEANINGS: ReadonlyArray<readonly [RegExp, string]> = [
  [/^\^\[a-z0-9\]\(\[-a-z0-9\]\*\[a-z0-9\]\)\?\$$/, DNS_LABEL],
  [/^\^20/, "a half or quarter such as 2026-H2 or 2027-Q1"],
  [/^\^1\\\./, 'a Kubernetes minor version such as "1.33"'],
  [/^\^v\[0-9\]/, 'a release tag such as "v0.20.0"'],
  [/^\^sha256/, "an image digest such as sha256:<64 lowercase hex digits>"],
  [/^\^\(\[a-z0-9\]\(\[-a-z0-9\]\*\[a-z0-9\]\)\?\(\\\./, "a Kubernetes label key ([dns-prefix/]name, the name at most 63 letters, digits, '-', '_' or '.')"],
  [/^\^\(\(\[A-Za-z0-9\]/, "a Kubernetes label value (at most 63 letters, digits, '-', '_' or '.', starting and ending with a letter or digit)"],
  [/^\^\[a-z0-9\.-\]\+\//, "an extended resource name such as rdma/rdma_shared_device_a"],
  // Free text ends up in terminals and pull-request comments: control characters (terminal escapes) are refused.
  [/^\^\[\^\\u0000-\\u0008/, "text without control characters (line breaks and tabs allowed; terminal escape sequences are not)"],
  [/^\^\[\^\\u0000-\\u001f/, "one line of text without control characters (terminal escape sequences are not allowed)"],
];

/** "Hall_A" → "hall-a": a valid name close to what the user wrote. */
function toDnsLabel(name: string): string | undefined {
  const label = name
    .toLowerCase()
    .replace(/[^a-z0-9-]+/g, "-")
    .slice(0, 63)
    .replace(/^-+|-+$/g, "");
  return label === "" ? undefined : label;
}

function patternMeaning(pattern: string): string {
  return PATTERN_MEANINGS.find(([re]) => re.test(pattern))?.[1] ?? `text matching /${pattern}/`;
}

const EXACTLY_ONE_HINTS: Record<string, string> = {
  "racks/nodes": "Size a rack-scale pool (NVL72 and later) in racks and an 8-GPU pool in nodes: give one of them.",
  "gpuQuota/gpuShare": "Give an absolute gpuQuota or a gpuShare of the cluster's GPUs: one of them.",
};

function exactlyOneFinding(path: DocPath, root: unknown, fields: readonly [string, string], given: "both"): Finding {
  const hint = EXACTLY_ONE_HINTS[`${fields[0]}/${fields[1]}`] ?? `Give one of \`${fields[0]}\` or \`${fields[1]}\`.`;
  return schemaErrors.exactlyOne(path, describePlace(root, path), fields, given, hint);
}

function toDocPath(instancePath: string): DocPath {
  if (instancePath === "") return [];
  return instancePath
    .slice(1)
    .split("/")
    .map((s) => s.replace(/~1/g, "/").replace(/~0/g, "~"))
    .map((s) => (/^(0|[1-9][0-9]*)$/.test(s) ? Number(s) : s));
}

function describeRaw(v: unknown): string {
  return typeof v === "string" ? v : describeValue(v);
}

function dedupe(findings: Finding[]): Finding[] {
  const seen = new Set<string>();
  return findings.filter((f) => {
    const key = `${f.code}\u0000${f.path.join("\u0000")}\u0000${f.message}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}
