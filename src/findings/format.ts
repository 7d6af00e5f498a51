// The one way findings are written out: one path notation, one JSON shape (validate --format json, the plan's JSON,
// SARIF properties), one text layout, compiler style (validate, plan text, the cdktf validations).
import type { DocPath, Finding, Quantity, Severity } from "./finding.js";

/** ["spec", "sites", 0, "labels", "bad key!"] → `spec.sites[0].labels["bad key!"]`. */
export function formatPath(path: DocPath): string {
  let out = "";
  for (const segment of path) {
    if (typeof segment === "number") out += `[${segment}]`;
    else if (/^[A-Za-z_$][\w$]*$/.test(segment)) out += out === "" ? segment : `.${segment}`;
    else out += `[${JSON.stringify(segment)}]`;
  }
  return out;
}

/** A finding as JSON: its path in formatPath's notation, its location flattened. */
export interface FindingJson {
  readonly code: string;
  readonly severity: Severity;
  readonly message: string;
  /** The blueprint path: spec.sites[0].halls[1]. */
  readonly path: string;
  readonly file?: string;
  /** 1-based. */
  readonly line?: number;
  /** 1-based. */
  readonly column?: number;
  readonly measured?: Quantity;
  readonly limit?: Quantity;
  readonly fix: string;
}

export function findingJson(f: Finding): FindingJson {
  return {
    code: f.code,
    severity: f.severity,
    message: f.message,
    path: formatPath(f.path),
    ...(f.location === undefined ? {} : { file: f.location.file, line: f.location.line, column: f.location.column }),
    ...(f.measured === undefined ? {} : { measured: { value: f.measured.value, unit: f.measured.unit } }),
    ...(f.limit === undefined ? {} : { limit: { value: f.limit.value, unit: f.limit.unit } }),
    fix: f.fix,
  };
}

/** How a terminal paints parts of the text; plain text by default. */
export interface Paint {
  readonly bold: (s: string) => string;
  readonly dim: (s: string) => string;
  readonly severity: (severity: Severity, s: string) => string;
}

export const PLAIN: Paint = { bold: (s) => s, dim: (s) => s, severity: (_, s) => s };

/**
 * `file:line:col: error AIF-P001 message`; a finding without a position names the file and its path:
 * `file: error AIF-P001 message (at spec.program)`.
 */
export function findingLine(f: FindingJson, file: string, paint: Paint = PLAIN): string {
  const where = f.file === undefined ? file : `${f.file}:${f.line ?? 1}:${f.column ?? 1}`;
  const at = f.file !== undefined || f.path === "" ? "" : ` (at ${f.path})`;
  return `${paint.bold(`${where}:`)} ${paint.severity(f.severity, f.severity)} ${paint.bold(f.code)} ${f.message}${at}`;
}

/** The finding's line, then its fix, indented. */
export function findingText(f: FindingJson, file: string, paint: Paint = PLAIN): string[] {
  return [findingLine(f, file, paint), `    ${paint.dim("fix:")} ${f.fix}`];
}
