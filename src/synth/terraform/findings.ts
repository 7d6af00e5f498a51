// Capacity findings as cdktf construct validations: errors make `cdktf synth` fail, warnings are annotations
// (the cdktf CLI prints them; synthesis goes on). One line per finding, in `aifactory validate`'s format.
import { cdk } from "./engine.js";
import { Construct } from "constructs";
import type { Finding } from "../../findings/finding.js";
import { findingLine } from "./finding-lines.js";

export { FINDINGS_ID, concernsCluster, findingLine, findingsByCluster } from "./finding-lines.js";

/** A construct under the stack that carries the blueprint's findings for that stack. */
export class CapacityFindings extends Construct {
  constructor(scope: Construct, id: string, findings: readonly Finding[], file: string) {
    super(scope, id);
    const errors = findings.filter((f) => f.severity === "error").map((f) => findingLine(f, file));
    if (errors.length > 0) this.node.addValidation({ validate: () => errors });
    for (const f of findings) if (f.severity === "warning") cdk.Annotations.of(this).addWarning(findingLine(f, file));
  }
}
