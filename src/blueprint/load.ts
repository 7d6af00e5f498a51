// The loading pipeline, after kind's load.go: read → parse (one YAML document, with positions)
// → apiVersion and kind → strict schema → typed blueprint. Every finding at once, each located.
import type { Finding } from "../findings/finding.js";
import type { AIFactoryBlueprint } from "./generated/blueprint-types.js";
import { locateFinding, makeLocator, noLocator, type Locator } from "./locate.js";
import { parseBlueprintText, type ParseOptions } from "./parse.js";
import { checkSchema, checkVersion } from "./schema.js";

export interface LoadResult {
  readonly file: string;
  /** Present only when there are no load or schema errors. */
  readonly blueprint?: AIFactoryBlueprint;
  /** Located findings of the load and schema steps. */
  readonly findings: readonly Finding[];
  /** The parsed document, when it parsed (with or without schema errors). */
  readonly value?: unknown;
  /** Locates later findings (rules) in the same text. */
  readonly locate: Locator;
}

export function loadBlueprintText(text: string, file: string, options: ParseOptions = {}): LoadResult {
  const parsed = parseBlueprintText(text, file, options);
  if (parsed.value === undefined || parsed.findings.length > 0) {
    return { file, findings: parsed.findings, locate: noLocator };
  }
  const locate = parsed.doc ? makeLocator(parsed.doc, parsed.lineCounter) : noLocator;
  const checked = validateBlueprintValue(parsed.value);
  return {
    file,
    findings: checked.findings.map((f) => locateFinding(f, file, locate)),
    ...(checked.blueprint ? { blueprint: checked.blueprint } : {}),
    value: parsed.value,
    locate,
  };
}

/** Version, schema and structural checks on plain data (a parsed file or a DSL object); findings unlocated. */
export function validateBlueprintValue(value: unknown): { blueprint?: AIFactoryBlueprint; findings: Finding[] } {
  if (value === null || typeof value !== "object" || Array.isArray(value)) {
    return { findings: checkSchema(value) };
  }
  const version = checkVersion(value as Record<string, unknown>);
  if (version.length > 0) return { findings: version };
  const findings = checkSchema(value);
  if (findings.some((f) => f.severity === "error")) return { findings };
  return { blueprint: value as AIFactoryBlueprint, findings };
}
