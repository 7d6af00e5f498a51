// Terraform synthesis: one stack per Kubernetes cluster, rendered from the cluster's Kubernetes objects.
// This folder is the only place that imports cdktf (archived upstream; CDK Terrain or plain Terraform JSON could
// replace it here without the rest of the code noticing).
import { createRequire } from "node:module";
import { Construct } from "constructs";
import type { Finding } from "../../findings/finding.js";
import type { ResolvedCluster, ResolvedFactory } from "../../model/types.js";
import { buildClusterObjects, type BuildOptions } from "../kubernetes/objects/index.js";
import { type ClusterStack, buildClusterStack } from "./stack.js";

export { clusterStackName } from "./stack.js";
export { findingLine } from "./findings.js";

export function allClusters(model: ResolvedFactory): ResolvedCluster[] {
  return model.sites.flatMap((s) => s.clusters);
}

export interface TerraformOptions extends BuildOptions {
  /** The blueprint as the user named it, for findings without a location. @default "blueprint" */
  readonly file?: string;
}

/** Adds one stack per cluster of the model under `scope` (a cdktf App, or a bare root for in-memory synthesis). */
export function addClusterStacks(
  scope: Construct,
  model: ResolvedFactory,
  findings: readonly Finding[] = [],
  options: TerraformOptions = {},
): ClusterStack[] {
  const file = options.file ?? "blueprint";
  return allClusters(model).map((cluster) =>
    buildClusterStack(scope, { model, cluster, objects: buildClusterObjects(model, cluster, options), findings, file }),
  );
}

/** cdktf's version, as App records it in each stack's metadata. */
function cdktfVersion(): string {
  const pkg: unknown = createRequire(import.meta.url)("cdktf/package.json");
  return (pkg as { version: string }).version;
}

/**
 * Stack name → Terraform JSON (what cdktf.out/stacks/<name>/cdk.tf.json holds), in memory: no files, no
 * validations (findings are the caller's to act on). For the plan diff and the benchmark.
 */
export function synthesizeTerraform(
  model: ResolvedFactory,
  findings: readonly Finding[] = [],
  options: TerraformOptions = {},
): Map<string, object> {
  const root = new Construct(undefined as unknown as Construct, "");
  root.node.setContext("cdktfVersion", cdktfVersion());
  const out = new Map<string, object>();
  for (const stack of addClusterStacks(root, model, findings, options)) out.set(stack.node.id, stack.toTerraform());
  return out;
}
