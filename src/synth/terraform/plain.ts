// Each cluster's Terraform stack as Terraform JSON, written directly: what cdktf's synthesis of the same stack
// (stack.ts) gives, key for key and byte for byte, without cdktf's per-stack cost (construct tree, token resolution,
// a scratch directory written and read back: 3-7 ms per stack, bench/RESULTS.md). No cdktf import here: loading
// cdktf costs ~0.25 s. test/synth/terraform/plain.test.ts proves both renderings give the same files.
import stringify from "json-stable-stringify";
import { join } from "node:path";
import type { Finding } from "../../findings/finding.js";
import type { ResolvedCluster } from "../../model/types.js";
import { engineVersion } from "./engine-name.js";
import { FINDINGS_ID, findingLine } from "./finding-lines.js";
import { POOL_NODES_OUTPUT, poolNodesOutput } from "./outputs.js";
import { type StackResource, clusterStackName } from "./resources.js";

/**
 * The kubernetes provider version and source (provider.ts; the version @cdktf/provider-kubernetes 12.1.1 was
 * generated for, whose resource schemas the converter follows), one constant for both renderings.
 */
export const KUBERNETES_PROVIDER = { version: "2.38.0", source: "kubernetes" } as const;

/** The engine's (cdktf's or cdktn's) version, as its App records it in each stack's metadata and in manifest.json. */
export function cdktfVersion(): string {
  return engineVersion();
}

/** One stack's Terraform JSON, keys in the order cdktf's TerraformStack.toTerraform gives them. */
export function stackJson(version: string, cluster: ResolvedCluster, resources: readonly StackResource[]): Record<string, unknown> {
  const name = clusterStackName(cluster);
  const provider: Record<string, string> = {};
  // cdktf leaves unset arguments out; config_context before config_path, as the provider class synthesizes them.
  if (cluster.kubeconfig.context !== undefined) provider["config_context"] = cluster.kubeconfig.context;
  if (cluster.kubeconfig.path !== undefined) provider["config_path"] = cluster.kubeconfig.path;
  const resource: Record<string, Record<string, unknown>> = {};
  for (const r of resources) (resource[r.type] ??= {})[r.name] = r.body;
  return {
    "//": { metadata: { version, stackName: name, backend: "local" }, outputs: { [name]: { [POOL_NODES_OUTPUT]: POOL_NODES_OUTPUT } } },
    terraform: {
      // Relative: Terraform runs in cdktf.out/stacks/<stack>.
      backend: { local: { path: `terraform.${name}.tfstate` } },
      required_providers: { kubernetes: { ...KUBERNETES_PROVIDER } },
    },
    provider: { kubernetes: [provider] },
    resource,
    output: { [POOL_NODES_OUTPUT]: poolNodesOutput(cluster) },
  };
}

/**
 * JSON as cdktf writes its files: cdktf serializes with json-stable-stringify and `space: 2` (keys sorted, two-space
 * indent), so the same library with the same option gives the same bytes.
 */
export function stableJson(value: unknown): string {
  return stringify(value, { space: 2 }) ?? "null";
}

export interface PlainStack {
  readonly cluster: ResolvedCluster;
  readonly json: Record<string, unknown>;
  /** The stack's findings (findingsByCluster); warnings become manifest annotations, as cdktf records them. */
  readonly findings: readonly Finding[];
}

/** manifest.json and stacks/<name>/cdk.tf.json, as cdktf's App.synth writes them (paths sorted, as read back). */
export function plainTerraformFiles(version: string, stacks: readonly PlainStack[], file: string): Map<string, string> {
  const manifestStacks: Record<string, unknown> = {};
  const files: Array<[string, string]> = [];
  for (const { cluster, json, findings } of stacks) {
    const name = clusterStackName(cluster);
    manifestStacks[name] = {
      name,
      constructPath: name,
      workingDirectory: join("stacks", name),
      synthesizedStackPath: join("stacks", name, "cdk.tf.json"),
      stackMetadataPath: join("stacks", name, "metadata.json"),
      annotations: findings
        .filter((f) => f.severity === "warning")
        .map((f) => ({ constructPath: `${name}/${FINDINGS_ID}`, level: "@cdktf/warn", message: findingLine(f, file) })),
      dependencies: [],
    };
    files.push([`stacks/${name}/cdk.tf.json`, stableJson(json)]);
  }
  files.push(["manifest.json", stableJson({ version, stacks: manifestStacks })]);
  return new Map(files.sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)));
}
