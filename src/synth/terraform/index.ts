// Terraform synthesis: one stack per Kubernetes cluster, rendered from the cluster's Kubernetes objects.
// This folder is the only place that imports cdktf (archived upstream; CDK Terrain or plain Terraform JSON could
// replace it here without the rest of the code noticing). This module does not load cdktf: the in-process
// synthesis writes each stack's Terraform JSON directly (plain.ts), the same JSON cdktf gives (stack.ts, for the
// app that `cdktf synth` runs; test/synth/terraform/plain.test.ts compares them).
import type { Finding } from "../../findings/finding.js";
import type { ClusterObjects } from "../../objects/index.js";
import { findingsByCluster } from "./finding-lines.js";
import { type PlainStack, cdktfVersion, stackJson } from "./plain.js";
import { clusterResources, clusterStackName } from "./resources.js";

export { clusterStackName } from "./resources.js";
export { findingLine } from "./finding-lines.js";

export interface TerraformOptions {
  /** The blueprint as the user named it, for findings without a location. @default "blueprint" */
  readonly file?: string;
}

/** Every cluster's stack as plain Terraform JSON, with the stack's findings, clusters in blueprint order. */
export function plainStacks(factory: readonly ClusterObjects[], findings: readonly Finding[] = []): PlainStack[] {
  const version = cdktfVersion();
  const byCluster = findingsByCluster(findings, factory.map((c) => c.cluster));
  return factory.map(({ cluster, objects }) => ({
    cluster,
    json: stackJson(version, cluster, clusterResources(objects)),
    findings: byCluster.get(cluster) ?? [],
  }));
}

/**
 * Stack name → Terraform JSON (what cdktf.out/stacks/<name>/cdk.tf.json holds), in memory: no files, no
 * validations (findings are the caller's to act on). For the plan diff and the benchmark.
 */
export function synthesizeTerraform(factory: readonly ClusterObjects[], findings: readonly Finding[] = []): Map<string, object> {
  return new Map(plainStacks(factory, findings).map((s) => [clusterStackName(s.cluster), s.json]));
}
