// The Terraform side of the test bed, offline (the kubernetes provider cannot be installed here):
//  1. every resource instance of a stack (for_each expanded) is rendered again through
//     @cdktf/provider-kubernetes's generated construct: its …ToTerraform mappings drop what the provider's
//     schema does not know, so an unchanged rendering means the schema accepts every field;
//  2. the object each instance makes (Terraform blocks → Kubernetes fields, as the provider expands them) is
//     compared field for field with the YAML object of the same kind and name, lists the provider stores as
//     sets compared without order.
import { Testing } from "cdktf";
import type { KubeObject } from "../harness/outputs.js";
import { camel, resourceSchema, toConfig } from "./provider-schema.js";

export interface Instance {
  readonly type: string;
  readonly name: string;
  readonly key?: string;
  /** The body with for_each expanded and Terraform meta-arguments removed. */
  readonly body: Record<string, unknown>;
}

const META_ARGUMENTS = new Set(["for_each", "depends_on", "count", "provider", "lifecycle", "provisioner", "connection"]);
/** Provider arguments that configure Terraform's handling and are not fields of the Kubernetes object. */
const PROVIDER_ONLY = new Set(["wait_for_rollout", "wait_for_default_service_account", "wait_for_load_balancer", "timeouts", "field_manager", "computed_fields", "wait"]);

type Each = { key: string | number; value: unknown };
/** The iteration variables in scope, by name: `each` in a for_each resource, and each enclosing dynamic block's
 * iterator, named as Terraform names it by default: the block's type (`node_selector_term.value`). */
type Scope = ReadonlyMap<string, Each>;

function lookupPath(root: unknown, path: string, where: string): unknown {
  let cur: unknown = root;
  for (const part of path.match(/[^.[\]]+/g) ?? []) {
    if (cur === null || typeof cur !== "object") throw new Error(`${where}: ${path} does not resolve`);
    cur = (cur as Record<string, unknown>)[part];
  }
  return cur;
}

function variable(scope: Scope, name: string, where: string, value: string): Each {
  const v = scope.get(name);
  if (v === undefined) throw new Error(`${where}: expression ${value} names ${name}, which is not in scope`);
  return v;
}

/**
 * Expands the expressions aifactory's stacks use, as Terraform would: ${NAME.key}, ${NAME.value.PATH},
 * ${lookup(NAME.value.PATH, "k", null)} and ${lookup(…, "k", [])}, where NAME is `each` or a dynamic block's
 * iterator; and `dynamic "type" { for_each, content }` blocks, which become one `type` block per element.
 */
function evaluate(value: unknown, scope: Scope, where: string): unknown {
  if (typeof value === "string" && value.includes("${")) {
    let m = /^\$\{(\w+)\.key\}$/.exec(value);
    if (m !== null) return variable(scope, m[1]!, where, value).key;
    m = /^\$\{(\w+)\.value((?:\.\w+|\[\d+\])*)\}$/.exec(value);
    if (m !== null) return lookupPath(variable(scope, m[1]!, where, value).value, m[2]!, where);
    m = /^\$\{lookup\((\w+)\.value((?:\.\w+|\[\d+\])*), "(\w+)", (null|\[\])\)\}$/.exec(value);
    if (m !== null) {
      const obj = lookupPath(variable(scope, m[1]!, where, value).value, m[2]!, where) as Record<string, unknown> | undefined;
      return obj?.[m[3]!] ?? (m[4] === "[]" ? [] : null);
    }
    throw new Error(`${where}: expression not understood by the test bed: ${value}`);
  }
  if (Array.isArray(value)) return value.map((v) => evaluate(v, scope, where));
  if (value !== null && typeof value === "object") {
    const out: Record<string, unknown> = {};
    for (const [k, v] of Object.entries(value as Record<string, unknown>)) {
      if (k === "dynamic") continue;
      const e = evaluate(v, scope, where);
      if (e !== null) out[k] = e;
    }
    const dynamic = (value as Record<string, unknown>)["dynamic"] as Record<string, { for_each: unknown; content: unknown }> | undefined;
    for (const [type, block] of Object.entries(dynamic ?? {})) {
      const items = evaluate(block.for_each, scope, `${where} dynamic ${type}`);
      const elements: Each[] = Array.isArray(items)
        ? items.map((v, i) => ({ key: i, value: v }))
        : Object.entries((items ?? {}) as Record<string, unknown>).map(([key, v]) => ({ key, value: v }));
      const blocks = elements.map((el) => evaluate(block.content, new Map([...scope, [type, el]]), `${where} ${type}[${String(el.key)}]`));
      out[type] = [...((out[type] as unknown[] | undefined) ?? []), ...blocks];
    }
    return out;
  }
  return value;
}

export function instances(stack: { resource?: Record<string, Record<string, Record<string, unknown>>> }): Instance[] {
  const out: Instance[] = [];
  for (const [type, byName] of Object.entries(stack.resource ?? {}))
    for (const [name, body] of Object.entries(byName)) {
      const plain = Object.fromEntries(Object.entries(body).filter(([k]) => !META_ARGUMENTS.has(k)));
      const forEach = body.for_each as Record<string, unknown> | undefined;
      if (forEach === undefined) out.push({ type, name, body: evaluate(plain, new Map(), `${type}.${name}`) as Record<string, unknown> });
      else
        for (const [key, value] of Object.entries(forEach))
          out.push({ type, name, key, body: evaluate(plain, new Map([["each", { key, value }]]), `${type}.${name}["${key}"]`) as Record<string, unknown> });
    }
  return out;
}

export const address = (i: Instance) => `${i.type}.${i.name}${i.key === undefined ? "" : `["${i.key}"]`}`;

/** The instances rendered by the provider's constructs, in one synthesis (the JSON `cdktf synth` would write for them). */
export function renderThroughProvider(list: readonly Instance[]): Record<string, unknown>[] {
  const json = Testing.synthScope((scope) => {
    list.forEach((i, n) => {
      const schema = resourceSchema(i.type);
      new schema.construct(scope, `r${n}`, toConfig(i.body, schema) as Record<string, unknown>);
    });
  });
  const doc = JSON.parse(json) as { resource: Record<string, Record<string, Record<string, unknown>>> };
  return list.map((i, n) => doc.resource[i.type]![`r${n}`]!);
}

const KIND_OF: Readonly<Record<string, string>> = {
  kubernetes_namespace_v1: "Namespace",
  kubernetes_cluster_role_v1: "ClusterRole",
  kubernetes_cluster_role_binding_v1: "ClusterRoleBinding",
  kubernetes_config_map_v1: "ConfigMap",
  kubernetes_daemon_set_v1: "DaemonSet",
  kubernetes_limit_range_v1: "LimitRange",
  kubernetes_network_policy_v1: "NetworkPolicy",
  kubernetes_priority_class_v1: "PriorityClass",
  kubernetes_resource_quota_v1: "ResourceQuota",
  kubernetes_service_account_v1: "ServiceAccount",
};

/** Block names the provider spells differently from the Kubernetes field (singular blocks, renamed fields). */
const RENAME: Readonly<Record<string, string>> = {
  container: "containers",
  init_container: "initContainers",
  volume: "volumes",
  volume_mount: "volumeMounts",
  toleration: "tolerations",
  node_selector_term: "nodeSelectorTerms",
  rule: "rules",
  subject: "subjects",
  limit: "limits",
  strategy: "updateStrategy", // kubernetes_daemon_set_v1 spec.strategy is the DaemonSet's updateStrategy
  image_pull_secrets: "imagePullSecrets",
  match_expression: "matchExpressions", // kubernetes_resource_quota_v1 spec.scope_selector.match_expression
};

/** The Kubernetes object an instance would create: kind, name and namespace. */
export function objectKey(i: Instance): { kind: string; name: string; namespace?: string } {
  if (i.type === "kubernetes_manifest") {
    const m = i.body.manifest as KubeObject;
    return { kind: m.kind, name: m.metadata.name, ...(m.metadata.namespace === undefined ? {} : { namespace: m.metadata.namespace }) };
  }
  const kind = KIND_OF[i.type];
  if (kind === undefined) throw new Error(`${address(i)}: the test bed does not know which Kubernetes kind ${i.type} makes`);
  const meta = (i.body.metadata as Record<string, string>[])[0]!;
  return { kind, name: meta.name!, ...(meta.namespace === undefined ? {} : { namespace: meta.namespace }) };
}

const canonical = (v: unknown): string => JSON.stringify(v, (_, x: unknown) =>
  x !== null && typeof x === "object" && !Array.isArray(x) ? Object.fromEntries(Object.entries(x as object).sort(([a], [b]) => (a < b ? -1 : 1))) : x);

/**
 * Differences between what the instance would create and the YAML object, as "path: …" lines. Terraform
 * blocks (lists) stand for objects where Kubernetes has an object; lists the provider stores as sets are
 * compared without order.
 */
export function differences(i: Instance, yaml: KubeObject): string[] {
  const schema = resourceSchema(i.type);
  const diffs: string[] = [];
  if (i.type === "kubernetes_manifest") {
    if (canonical(i.body.manifest) !== canonical(yaml)) diffs.push(`manifest: ${canonical(i.body.manifest)} vs YAML ${canonical(yaml)}`);
    return diffs;
  }
  const value = (tf: unknown, y: unknown, path: string, tfKey: string): void => {
    if (schema.mapAttributes.has(tfKey)) {
      if (canonical(tf) !== canonical(y ?? {})) diffs.push(`${path}: Terraform ${canonical(tf)}, YAML ${canonical(y)}`);
      return;
    }
    if (Array.isArray(tf)) {
      const blocks = tf.length > 0 && tf.every((e) => e !== null && typeof e === "object");
      if (blocks && y !== null && typeof y === "object" && !Array.isArray(y)) {
        if (tf.length !== 1) diffs.push(`${path}: ${tf.length} Terraform blocks for one Kubernetes object`);
        else object(tf[0] as Record<string, unknown>, y as Record<string, unknown>, path);
        return;
      }
      if (y === undefined) {
        if (tf.length > 0 && !(tf.length === 1 && canonical(tf[0]) === "{}")) diffs.push(`${path}: only in Terraform: ${canonical(tf)}`);
        return;
      }
      if (!Array.isArray(y)) {
        diffs.push(`${path}: Terraform list, YAML ${canonical(y)}`);
        return;
      }
      if (tf.length !== y.length) {
        diffs.push(`${path}: ${tf.length} items in Terraform, ${y.length} in YAML`);
        return;
      }
      if (!blocks) {
        const [a, b] = schema.setAttributes.has(tfKey) ? [[...tf].map(canonical).sort(), [...y].map(canonical).sort()] : [tf.map(canonical), y.map(canonical)];
        if (a.join() !== b.join()) diffs.push(`${path}: Terraform ${a.join(",")}, YAML ${b.join(",")}${schema.setAttributes.has(tfKey) ? " (a set: order ignored)" : ""}`);
        return;
      }
      tf.forEach((e, n) => object(e as Record<string, unknown>, y[n] as Record<string, unknown>, `${path}[${n}]`));
      return;
    }
    if (canonical(tf) !== canonical(y)) diffs.push(`${path}: Terraform ${canonical(tf)}, YAML ${canonical(y)}`);
  };
  const object = (tf: Record<string, unknown>, y: Record<string, unknown> | undefined, path: string): void => {
    if (y === undefined || y === null || typeof y !== "object") {
      diffs.push(`${path}: only in Terraform: ${canonical(tf)}`);
      return;
    }
    const seen = new Set<string>();
    for (const [k, v] of Object.entries(tf)) {
      if (PROVIDER_ONLY.has(k)) continue;
      const name = RENAME[k] ?? camel(k);
      seen.add(name);
      value(v, y[name], `${path}.${name}`, k);
    }
    for (const [k, v] of Object.entries(y))
      if (!seen.has(k) && !(path === "" && (k === "apiVersion" || k === "kind"))) diffs.push(`${path}.${k}: only in YAML: ${canonical(v)}`);
  };
  object(i.body, yaml as unknown as Record<string, unknown>, "");
  return diffs;
}

/** Paths where two JSON values differ ("path: body … rendered …"), for failure messages. */
export function jsonDifferences(a: unknown, b: unknown, path = ""): string[] {
  if (canonical(a) === canonical(b)) return [];
  if (Array.isArray(a) && Array.isArray(b) && a.length === b.length) return a.flatMap((x, n) => jsonDifferences(x, b[n], `${path}[${n}]`));
  if (a !== null && b !== null && typeof a === "object" && typeof b === "object" && !Array.isArray(a) && !Array.isArray(b)) {
    const keys = [...new Set([...Object.keys(a), ...Object.keys(b)])].sort();
    return keys.flatMap((k) => jsonDifferences((a as Record<string, unknown>)[k], (b as Record<string, unknown>)[k], `${path}.${k}`));
  }
  return [`${path || "(root)"}: body ${canonical(a) ?? "(absent)"}, rendered ${canonical(b) ?? "(absent)"}`];
}
