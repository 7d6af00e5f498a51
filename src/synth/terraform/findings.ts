// Capacity findings as cdktf construct validations: errors make `cdktf synth` fail, warnings are annotations
// (the cdktf CLI prints them; synthesis goes on). One line per finding, in `aifactory validate`'s format.
import { Annotations } from "cdktf";
import { Construct } from "constructs";
import { formatPath } from "../../blueprint/describe.js";
import type { DocPath, Finding } from "../../findings/finding.js";
import type { ResolvedCluster } from "../../model/types.js";

/** `file:line:col: error CODE message`, as `aifactory validate` prints it (unlocated: `file: ... (at path)`). */
export function findingLine(f: Finding, file: string): string {
  const where = f.location ? `${f.location.file}:${f.location.line}:${f.location.column}` : file;
  const at = f.location || f.path.length === 0 ? "" : ` (at ${formatPath(f.path)})`;
  return `${where}: ${f.severity} ${f.code} ${f.message}${at}`;
}

function startsWith(path: DocPath, prefix: DocPath): boolean {
  return prefix.length <= path.length && prefix.every((p, i) => path[i] === p);
}

/** Whether a finding concerns this cluster's stack: inside the cluster, or not inside any cluster (factory-wide). */
export function concernsCluster(f: Finding, cluster: ResolvedCluster, clusters: readonly ResolvedCluster[]): boolean {
  if (startsWith(f.path, cluster.path)) return true;
  return !clusters.some((c) => startsWith(f.path, c.path));
}

/** A construct under the stack that carries the blueprint's findings for that stack. */
export class CapacityFindings extends Construct {
  constructor(scope: Construct, id: string, findings: readonly Finding[], file: string) {
    super(scope, id);
    const errors = findings.filter((f) => f.severity === "error").map((f) => findingLine(f, file));
    if (errors.length > 0) this.node.addValidation({ validate: () => errors });
    for (const f of findings) if (f.severity === "warning") Annotations.of(this).addWarning(findingLine(f, file));
  }
}
