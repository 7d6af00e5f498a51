// Which attribute changes make Terraform replace a resource (destroy, then create) instead of updating it in place,
// per resource type of the kubernetes provider. Terraform learns this from the provider at plan time (ForceNew in
// the provider's Go schema, RequiresReplace in its PlanResourceChange answer); it is not part of the provider schema
// Terraform exports (`terraform providers schema -json`) nor of @cdktf/provider-kubernetes's generated classes, so
// the table is recorded here with its source. test/report/replacement.test.ts fails when the provider version of the
// devDependency moves, when a path is not an attribute of the generated classes, and when the synthesis emits a
// resource type the table does not cover.

import type { AttributeChange, AttributePath } from "./diff-attributes.js";
import { isObject, type Json } from "./terraform-instances.js";

/** The provider release the table was read from: @cdktf/provider-kubernetes 12.1.1 is generated from it. */
export const REPLACEMENT_PROVIDER_VERSION = "2.38.0";

const SOURCE_BASE = "https://github.com/hashicorp/terraform-provider-kubernetes/blob/v2.38.0";
export const REPLACEMENT_SOURCE =
  `[P] hashicorp/terraform-provider-kubernetes v2.38.0 (checked 2026-12-01): ForceNew fields in kubernetes/*.go ` +
  `(metadata name, generate_name, namespace: kubernetes/schema_metadata.go), RequiresReplace in manifest/provider/plan.go; ${SOURCE_BASE}`;

/** "*" stands for any list index. */
type Pattern = readonly (string | "*")[];

interface ReplaceRule {
  readonly path: Pattern;
  /** Replacement only while this top-level boolean attribute is true in the base (config map `immutable`). */
  readonly whileTrue?: string;
  /** File of the provider that sets it, under SOURCE_BASE. */
  readonly source: string;
}

const METADATA = "kubernetes/schema_metadata.go";
const cluster: readonly ReplaceRule[] = [
  { path: ["metadata", "*", "name"], source: METADATA },
  { path: ["metadata", "*", "generate_name"], source: METADATA },
];
const namespaced: readonly ReplaceRule[] = [...cluster, { path: ["metadata", "*", "namespace"], source: METADATA }];

/** Resource type → the attribute paths whose change forces replacement. */
export const REPLACE_RULES: Readonly<Record<string, readonly ReplaceRule[]>> = {
  kubernetes_namespace_v1: cluster,
  kubernetes_priority_class_v1: [
    ...cluster,
    { path: ["value"], source: "kubernetes/resource_kubernetes_priority_class_v1.go" },
    { path: ["preemption_policy"], source: "kubernetes/resource_kubernetes_priority_class_v1.go" },
  ],
  kubernetes_cluster_role_v1: cluster,
  kubernetes_cluster_role_binding_v1: [...cluster, { path: ["role_ref"], source: "kubernetes/resource_kubernetes_cluster_role_binding_v1.go" }],
  kubernetes_service_account_v1: namespaced,
  kubernetes_config_map_v1: [
    ...namespaced,
    // CustomizeDiff: once `immutable` is true, a change to data, binary_data or immutable forces a new config map.
    ...["data", "binary_data", "immutable"].map((a) => ({ path: [a], whileTrue: "immutable", source: "kubernetes/resource_kubernetes_config_map_v1.go" })),
  ],
  kubernetes_resource_quota_v1: [...namespaced, { path: ["spec", "*", "scopes"], source: "kubernetes/resource_kubernetes_resource_quota_v1.go" }],
  kubernetes_limit_range_v1: namespaced,
  kubernetes_network_policy_v1: namespaced,
  kubernetes_daemon_set_v1: [...namespaced, { path: ["spec", "*", "selector"], source: "kubernetes/resource_kubernetes_daemon_set_v1.go" }],
  kubernetes_manifest: [
    { path: ["manifest", "apiVersion"], source: "manifest/provider/plan.go" },
    { path: ["manifest", "kind"], source: "manifest/provider/plan.go" },
    { path: ["manifest", "metadata", "name"], source: "manifest/provider/plan.go" },
    // Namespaced kinds only; a cluster-scoped manifest has no metadata.namespace to change.
    { path: ["manifest", "metadata", "namespace"], source: "manifest/provider/plan.go" },
  ],
};

function matches(pattern: Pattern, path: AttributePath): boolean {
  if (path.length < pattern.length) return false;
  return pattern.every((p, i) => (p === "*" ? typeof path[i] === "number" : p === path[i]));
}

/**
 * The paths (as the rules name them, list indexes filled in) that force replacement, from the changed attributes;
 * empty: an update in place. undefined: the type is not in the table, so aifactory cannot say.
 */
export function replacePaths(type: string, before: Json, changes: readonly AttributeChange[]): AttributePath[] | undefined {
  const rules = REPLACE_RULES[type];
  if (rules === undefined) return undefined;
  const out = new Map<string, AttributePath>();
  for (const rule of rules) {
    if (rule.whileTrue !== undefined && !(isObject(before) && before[rule.whileTrue] === true)) continue;
    for (const c of changes) {
      if (!matches(rule.path, c.path)) continue;
      const p = c.path.slice(0, rule.path.length);
      out.set(JSON.stringify(p), p);
    }
  }
  return [...out.values()];
}
