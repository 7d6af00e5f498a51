// The shape of a capacity rule, and the helpers every rule family builds its findings with.
import type { DocPath, Finding, Quantity, Severity } from "../findings/finding.js";
import type { ResolvedFactory } from "../model/types.js";
import { findingCode } from "../findings/registry.js";
import { formatNumber } from "../text/numbers.js";

export type RuleFamily = "power" | "density" | "topology" | "kubernetes" | "network" | "scheduling" | "references";

export interface Rule {
  /** Stable code (AIF-P…, AIF-D…, AIF-T…, AIF-K…, AIF-N…, AIF-Q…, AIF-R…): never renumbered, never reused. */
  readonly code: string;
  readonly severity: Severity;
  readonly family: RuleFamily;
  /** One line: what the rule checks. */
  readonly description: string;
  readonly check: (model: ResolvedFactory) => Finding[];
}

/** A rule's code, severity, family and description, as the registry of finding codes gives them. */
export function registered(code: string): Pick<Rule, "code" | "severity" | "family" | "description"> {
  const entry = findingCode(code);
  if (entry.family === "yaml" || entry.family === "schema" || entry.family === "io" || entry.family === "security" || entry.family === "verify") {
    throw new Error(`${code} is not a capacity rule's code`);
  }
  return { code, severity: entry.severity, family: entry.family, description: entry.title };
}

export interface FindingInput {
  readonly path: DocPath;
  readonly message: string;
  readonly fix: string;
  readonly measured?: Quantity;
  readonly limit?: Quantity;
}

export function finding(rule: Pick<Rule, "code" | "severity">, f: FindingInput): Finding {
  return {
    code: rule.code,
    severity: rule.severity,
    message: f.message,
    path: f.path,
    fix: f.fix,
    ...(f.measured !== undefined ? { measured: f.measured } : {}),
    ...(f.limit !== undefined ? { limit: f.limit } : {}),
  };
}

export const q = (value: number, unit: string): Quantity => ({ value: round(value, 3), unit });

export function round(value: number, digits: number): number {
  const f = 10 ** digits;
  return Math.round(value * f) / f;
}

/** 1234567.891 → "1,234,567.9" (at most `digits` decimals, trailing zeros dropped); locale-independent. */
export const fmt = formatNumber;

/** Round a limit the user should raise to, upwards, to a readable figure. */
export function ceilTo(value: number, digits = 1): number {
  const f = 10 ** digits;
  return Math.ceil(value * f - 1e-9) / f;
}

export const pct = (fraction: number): string => `${fmt(fraction * 100, 1)} %`;

/** Megawatts at a precision that fits their size: 0.254, 197.1, 9,456. */
export const mw = (value: number): string => fmt(value, Math.abs(value) < 10 ? 3 : 1);
/** A megawatt limit to raise to: rounded up at the precision mw() prints. */
export const ceilMW = (value: number): number => ceilTo(value, Math.abs(value) < 10 ? 3 : 1);
