// Terraform synthesis: one stack per Kubernetes cluster, rendered from the cluster's Kubernetes objects.
// This folder is the only place that imports cdktf (archived upstream; CDK Terrain or plain Terraform JSON could
// replace it here without the rest of the code noticing). This module does not load cdktf: the in-process
// synthesis writes each stack's Terraform JSON directly (plain.ts), the same JSON cdktf gives (stack.ts, for the
// app that `cdktf synth` runs; test/synth/terraform/plain.test.ts compares them).
import type { Finding } from "../../findings/finding.js";
import type { ResolvedCluster, ResolvedFactory } from "../../model/types.js";
import { buildClusterObjects, type BuildOptions } from "../kubernetes/objects/index.js";
import { findingsByCluster } from "./finding-lines.js";
import { type PlainStack, cdktfVersion, stackJson } from "./plain.js";
import { clusterResources, clusterStackName } from "./resources.js";

export { clusterStackName } from "./resources.js";
export { findingLine } from "./finding-lines.js";

export function allClusters(model: ResolvedFactory): ResolvedCluster[] {
  return model.sites.flatMap((s) => s.clusters);
}

export interface TerraformOptions extends BuildOptions {
  /** The blueprint as the user named it, for findings without a location. @default "blueprint" */
  readonly file?: string;
}

/** Every cluster's stack as plain Terraform JSON, with the stack's findings, clusters in blueprint order. */
export function plainStacks(model: ResolvedFactory, findings: readonly Finding[] = [], options: TerraformOptions = {}): PlainStack[] {
  const version = cdktfVersion();
  const clusters = allClusters(model);
  const byCluster = findingsByCluster(findings, clusters);
  return clusters.map((cluster) => ({
    cluster,
    json: stackJson(version, cluster, clusterResources(buildClusterObjects(model, cluster, options))),
    findings: byCluster.get(cluster) ?? [],
  }));
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
  return new Map(plainStacks(model, findings, options).map((s) => [clusterStackName(s.cluster), s.json]));
}
