// Terraform's own plan (the JSON of `terraform show -json PLANFILE`, format 1.x) read for its verdict per resource,
// and set against aifactory's diff of the same stack: where the two disagree, the deployed state is not the base
// (drift, or an apply not yet merged), or aifactory's view of the provider (replacement.ts) is wrong.
// Only the parts read are validated (ajv, a schema of them below); the rest of Terraform's format is left alone.
// Reference: https://developer.hashicorp.com/terraform/internals/json-format (checked 2026-12-01).
import { Ajv, type ErrorObject, type ValidateFunction } from "ajv";
import { isMap, isSeq, parseDocument, type Node } from "yaml";
import type { TerraformAction, TerraformStackDiff } from "./plan-types.js";

/** JSON Schema of the parts of Terraform's plan JSON that aifactory reads. */
export const TERRAFORM_PLAN_SCHEMA = {
  type: "object",
  required: ["format_version", "resource_changes"],
  properties: {
    format_version: { type: "string", pattern: "^1\\.[0-9]+$" },
    terraform_version: { type: "string" },
    errored: { type: "boolean" },
    resource_changes: {
      type: "array",
      items: {
        type: "object",
        required: ["address", "mode", "type", "change"],
        properties: {
          address: { type: "string", minLength: 1 },
          mode: { enum: ["managed", "data"] },
          type: { type: "string" },
          action_reason: { type: "string" },
          change: {
            type: "object",
            required: ["actions"],
            properties: {
              actions: {
                type: "array",
                minItems: 1,
                maxItems: 2,
                items: { enum: ["no-op", "create", "read", "update", "delete", "forget"] },
              },
              replace_paths: { type: "array", items: { type: "array", items: { anyOf: [{ type: "string" }, { type: "integer" }] } } },
            },
          },
        },
      },
    },
  },
} as const;

interface RawPlan {
  readonly format_version: string;
  readonly terraform_version?: string;
  readonly errored?: boolean;
  readonly resource_changes: readonly {
    readonly address: string;
    readonly mode: "managed" | "data";
    readonly type: string;
    readonly action_reason?: string;
    readonly change: { readonly actions: readonly string[]; readonly replace_paths?: readonly (readonly (string | number)[])[] };
  }[];
}

/** What Terraform plans for one resource: aifactory's actions, plus no-change and forget (removed from state only). */
export type TerraformVerdict = TerraformAction | "no-change" | "forget";

export interface TerraformPlanResource {
  readonly address: string;
  readonly terraform: TerraformVerdict | "absent";
  /** Terraform's action_reason, e.g. replace_because_cannot_update, delete_because_each_key. */
  readonly actionReason?: string;
  readonly replacePaths?: readonly (readonly (string | number)[])[];
  /** aifactory's action from its diff; null when there is no diff to compare with (no --base). */
  readonly aifactory: TerraformAction | "no-change" | null;
  /** null when there is nothing to compare with. */
  readonly agrees: boolean | null;
}

export interface TerraformPlanReport {
  readonly stack: string;
  readonly file: string;
  readonly terraformVersion?: string;
  readonly formatVersion: string;
  /** Terraform stopped with errors while planning: its verdicts are partial. */
  readonly errored: boolean;
  /** Every managed resource with a change on either side, sorted by address; no-ops both sides agree on left out. */
  readonly resources: readonly TerraformPlanResource[];
  readonly unchanged: number;
  readonly disagreements: number;
}

export interface LocatedError {
  readonly line: number;
  readonly column: number;
  readonly message: string;
}

function lineCol(text: string, offset: number): { line: number; column: number } {
  const before = text.slice(0, Math.max(0, Math.min(offset, text.length)));
  const line = before.split("\n").length;
  return { line, column: offset - before.lastIndexOf("\n") };
}

/** The node at a JSON pointer (/resource_changes/3/change), through the yaml parser's positions (JSON is YAML). */
function offsetOf(text: string, pointer: string): number {
  const doc = parseDocument(text, { keepSourceTokens: false, uniqueKeys: false });
  let node: unknown = doc.contents;
  for (const raw of pointer.split("/").slice(1)) {
    const step = raw.replace(/~1/g, "/").replace(/~0/g, "~");
    if (isMap(node)) node = node.items.find((p) => (p.key as { value?: unknown } | null)?.value === step)?.value;
    else if (isSeq(node)) node = node.items[Number(step)];
    else break;
  }
  const range = (node as Node | undefined)?.range;
  return range?.[0] ?? 0;
}

/**
 * Where JSON.parse stopped: its message gives a position in some cases and not in others (it varies with the V8
 * version); otherwise the yaml parser's first error (JSON is YAML; its flow syntax fails at the same token).
 */
function syntaxErrorAt(text: string, message: string): { line: number; column: number } {
  const lc = /line (\d+) column (\d+)/.exec(message);
  if (lc !== null) return { line: Number(lc[1]), column: Number(lc[2]) };
  const at = /position (\d+)/.exec(message);
  if (at !== null) return lineCol(text, Number(at[1]));
  const first = parseDocument(text).errors[0]?.linePos?.[0];
  return first === undefined ? { line: 1, column: 1 } : { line: first.line, column: first.col };
}

let validator: ValidateFunction | undefined;
function validate(value: unknown): readonly ErrorObject[] {
  validator ??= new Ajv({ allErrors: true, strict: true }).compile(TERRAFORM_PLAN_SCHEMA);
  return validator(value) ? [] : (validator.errors ?? []);
}

/** Parses and checks the plan JSON; errors located at line:column of the text. */
export function parseTerraformPlan(text: string): { readonly plan: RawPlan } | { readonly errors: readonly LocatedError[] } {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (e) {
    const message = e instanceof Error ? e.message : String(e);
    return { errors: [{ ...syntaxErrorAt(text, message), message: `not JSON: ${message.replace(/ in JSON at position \d+.*$/, "")}` }] };
  }
  const errors = validate(value);
  if (errors.length === 0) return { plan: value as RawPlan };
  const located = errors.slice(0, 20).map((e): LocatedError => {
    const where = lineCol(text, offsetOf(text, e.instancePath));
    const path = e.instancePath === "" ? "the document" : e.instancePath;
    const detail = e.keyword === "enum" ? `${e.message ?? "invalid"}: ${JSON.stringify((e.params as { allowedValues?: unknown }).allowedValues)}` : (e.message ?? "invalid");
    return { ...where, message: `${path}: ${detail} (is this the JSON of \`terraform show -json PLANFILE\`?)` };
  });
  return { errors: located };
}

function verdict(actions: readonly string[]): TerraformVerdict | undefined {
  const a = [...actions].sort().join(",");
  if (a === "no-op") return "no-change";
  if (a === "create,delete") return "replace";
  if (a === "create" || a === "update" || a === "delete" || a === "forget") return a;
  return undefined; // read: data sources and deferred reads, not resources aifactory manages
}

const byString = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);

/**
 * Terraform's verdicts for one stack against aifactory's diff of it. `diff` undefined: the stack has no change in
 * aifactory's diff; `compared` false: there is no diff at all (no --base), so nothing is compared.
 */
export function mergeTerraformPlan(
  stack: string,
  file: string,
  plan: RawPlan,
  diff: TerraformStackDiff | undefined,
  compared: boolean,
): TerraformPlanReport {
  const ours = new Map((diff?.resources ?? []).map((r) => [r.address, r.action]));
  const resources: TerraformPlanResource[] = [];
  const seen = new Set<string>();
  let unchanged = 0;
  for (const rc of plan.resource_changes) {
    if (rc.mode !== "managed") continue;
    const theirs = verdict(rc.change.actions);
    if (theirs === undefined) continue;
    seen.add(rc.address);
    const mine = compared ? (ours.get(rc.address) ?? "no-change") : null;
    if (theirs === "no-change" && (mine === "no-change" || mine === null)) {
      unchanged++;
      continue;
    }
    resources.push({
      address: rc.address,
      terraform: theirs,
      ...(rc.action_reason === undefined ? {} : { actionReason: rc.action_reason }),
      ...(rc.change.replace_paths === undefined ? {} : { replacePaths: rc.change.replace_paths }),
      aifactory: mine,
      agrees: mine === null ? null : mine === theirs,
    });
  }
  for (const [address, action] of ours) {
    if (!seen.has(address)) resources.push({ address, terraform: "absent", aifactory: action, agrees: false });
  }
  resources.sort((a, b) => byString(a.address, b.address));
  return {
    stack,
    file,
    ...(plan.terraform_version === undefined ? {} : { terraformVersion: plan.terraform_version }),
    formatVersion: plan.format_version,
    errored: plan.errored === true,
    resources,
    unchanged,
    disagreements: resources.filter((r) => r.agrees === false).length,
  };
}
