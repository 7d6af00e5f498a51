// A finding is the one shape every check reports in: load and schema errors, capacity rules,
// security baseline. Terminal, JSON, SARIF and cdktf validations all render this.

export type Severity = "error" | "warning" | "info";

/** A path into the blueprint document, as keys and indexes: ["spec", "sites", 0, "halls", 1]. */
export type DocPath = readonly (string | number)[];

export interface Quantity {
  readonly value: number;
  /** Unit of the value: "MW", "kW", "GPUs", "nodes", "ports", "%", ... */
  readonly unit: string;
}

export interface SourceLocation {
  /** The blueprint file as the user named it (relative paths stay relative: outputs carry no machine paths). */
  readonly file: string;
  /** 1-based. */
  readonly line: number;
  /** 1-based. */
  readonly column: number;
}

export interface Finding {
  /** Stable code, e.g. "AIF-P001". Never reused for another meaning. */
  readonly code: string;
  readonly severity: Severity;
  /** What is wrong, with the actual values: "hall hall-a: pools draw 212.4 MW IT, budget 200 MW". */
  readonly message: string;
  /** Where in the blueprint document the problem sits. */
  readonly path: DocPath;
  /** Filled in once the document's positions are known (see src/blueprint). */
  readonly location?: SourceLocation;
  readonly measured?: Quantity;
  readonly limit?: Quantity;
  /** How to fix it, in one sentence. */
  readonly fix: string;
}

export function hasErrors(findings: readonly Finding[]): boolean {
  return findings.some((f) => f.severity === "error");
}
