// Kubernetes object ⇄ kubernetes provider resource body. One generic converter: camelCase → snake_case,
// lists of objects → repeated blocks under the provider's block name, nested objects → single blocks,
// string maps (labels, data, quota limits, ...) → map attributes, apiVersion/kind implied by the resource type.
// The reverse converter exists so that a test can prove every object survives the trip.
import type { KubeObject } from "../../objects/index.js";

export type TfValue = string | number | boolean | null | TfValue[] | TfBody;
export interface TfBody {
  [key: string]: TfValue;
}

/** The apiVersion and kind each resource type stands for. */
export const RESOURCE_KINDS: Readonly<Record<string, { readonly apiVersion: string; readonly kind: string }>> = {
  kubernetes_namespace_v1: { apiVersion: "v1", kind: "Namespace" },
  kubernetes_config_map_v1: { apiVersion: "v1", kind: "ConfigMap" },
  kubernetes_service_account_v1: { apiVersion: "v1", kind: "ServiceAccount" },
  kubernetes_resource_quota_v1: { apiVersion: "v1", kind: "ResourceQuota" },
  kubernetes_limit_range_v1: { apiVersion: "v1", kind: "LimitRange" },
  kubernetes_network_policy_v1: { apiVersion: "networking.k8s.io/v1", kind: "NetworkPolicy" },
  kubernetes_priority_class_v1: { apiVersion: "scheduling.k8s.io/v1", kind: "PriorityClass" },
  kubernetes_cluster_role_v1: { apiVersion: "rbac.authorization.k8s.io/v1", kind: "ClusterRole" },
  kubernetes_cluster_role_binding_v1: { apiVersion: "rbac.authorization.k8s.io/v1", kind: "ClusterRoleBinding" },
  kubernetes_daemon_set_v1: { apiVersion: "apps/v1", kind: "DaemonSet" },
};

/** Kubernetes list-of-objects fields and the provider's (repeated) block name for them. */
const LIST_BLOCKS: Readonly<Record<string, string>> = {
  containers: "container",
  initContainers: "init_container",
  tolerations: "toleration",
  volumes: "volume",
  volumeMounts: "volume_mount",
  env: "env",
  envFrom: "env_from",
  ports: "port",
  nodeSelectorTerms: "node_selector_term",
  matchExpressions: "match_expressions",
  limits: "limit",
  rules: "rule",
  subjects: "subject",
  ingress: "ingress",
  egress: "egress",
  from: "from",
  to: "to",
  items: "items",
};

/**
 * List fields whose block name depends on the enclosing field: a NetworkPolicy rule's ports are the provider's
 * `ports` blocks (kubernetes_network_policy_v1 ingress/egress), a container's are `port`.
 */
const NESTED_LIST_BLOCKS: Readonly<Record<string, Readonly<Record<string, string>>>> = {
  ingress: { ports: "ports" },
  egress: { ports: "ports" },
  // kubernetes_resource_quota_v1 spec.scope_selector.match_expression (a node selector's are match_expressions).
  scopeSelector: { matchExpressions: "match_expression" },
};

/** Kubernetes fields the provider names otherwise (apart from case). */
const RENAMES: Readonly<Record<string, string>> = {
  updateStrategy: "strategy",
  // The provider's pod spec spells it host_pid (snake case would give host_p_i_d).
  hostPID: "host_pid",
};

/** Object-valued fields that are string maps (attributes), not blocks. */
const MAP_FIELDS = new Set([
  "labels",
  "annotations",
  "data",
  "binaryData",
  "nodeSelector",
  "matchLabels",
  "hard",
  "limits",
  "requests",
  "default",
  "defaultRequest",
  "max",
  "min",
  "maxLimitRequestRatio",
]);

const BLOCK_TO_LIST = Object.fromEntries(Object.entries(LIST_BLOCKS).map(([k, v]) => [v, k]));
const RENAMED_FROM = Object.fromEntries(Object.entries(RENAMES).map(([k, v]) => [v, k]));
/** Top-level fields outside `metadata` that identify the object, not configure it. */
const TYPE_FIELDS = new Set(["apiVersion", "kind"]);

export function snakeCase(name: string): string {
  return name.replace(/[A-Z]/g, (c) => `_${c.toLowerCase()}`);
}

export function camelCase(name: string): string {
  return name.replace(/_([a-z0-9])/g, (_, c: string) => c.toUpperCase());
}

function isPlainObject(v: unknown): v is Record<string, unknown> {
  return typeof v === "object" && v !== null && !Array.isArray(v);
}

function toScalarList(field: string, list: readonly unknown[]): TfValue[] {
  return list.map((v) => {
    if (typeof v === "string" || typeof v === "number" || typeof v === "boolean") return v;
    throw new Error(`cannot render list field "${field}": mixes objects and scalars; add it to LIST_BLOCKS`);
  });
}

function toMap(field: string, value: Record<string, unknown>): TfBody {
  const out: TfBody = {};
  for (const [k, v] of Object.entries(value)) {
    if (typeof v !== "string" && typeof v !== "number" && typeof v !== "boolean") {
      throw new Error(`cannot render map field "${field}.${k}": values must be scalars`);
    }
    out[k] = v;
  }
  return out;
}

function toBlockBody(value: Record<string, unknown>, parent?: string): TfBody {
  const out: TfBody = {};
  for (const [field, v] of Object.entries(value)) {
    if (v === undefined) continue;
    if (Array.isArray(v)) {
      if (v.length > 0 && v.every(isPlainObject)) {
        const block = (parent !== undefined ? NESTED_LIST_BLOCKS[parent]?.[field] : undefined) ?? LIST_BLOCKS[field];
        if (block === undefined) throw new Error(`cannot render list field "${field}": no provider block name known`);
        out[block] = v.map((item) => toBlockBody(item, field));
      } else {
        if (v.length === 0 && field in LIST_BLOCKS) continue; // an empty block list is no block at all
        out[snakeCase(field)] = toScalarList(field, v);
      }
    } else if (isPlainObject(v)) {
      if (MAP_FIELDS.has(field)) out[snakeCase(field)] = toMap(field, v);
      else out[RENAMES[field] ?? snakeCase(field)] = [toBlockBody(v, field)];
    } else if (typeof v === "string" || typeof v === "number" || typeof v === "boolean") {
      out[RENAMES[field] ?? snakeCase(field)] = v;
    } else {
      throw new Error(`cannot render field "${field}": unsupported value`);
    }
  }
  return out;
}

/** Objects of custom resources go whole into kubernetes_manifest's `manifest` attribute (an object, not blocks). */
export const MANIFEST_RESOURCE = "kubernetes_manifest";

function plainData(value: unknown): TfValue {
  if (typeof value === "string" || typeof value === "number" || typeof value === "boolean" || value === null) return value;
  if (Array.isArray(value)) return value.map(plainData);
  if (isPlainObject(value)) {
    const out: TfBody = {};
    for (const [k, v] of Object.entries(value)) if (v !== undefined) out[k] = plainData(v);
    return out;
  }
  throw new Error("cannot render a manifest value that is not plain data");
}

/** The provider resource body for a Kubernetes object (blocks as arrays of objects, Terraform JSON syntax). */
export function toResourceBody(object: KubeObject, resourceType?: string): TfBody {
  if (resourceType === MANIFEST_RESOURCE) return { manifest: plainData(object) };
  const rest: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(object)) if (!TYPE_FIELDS.has(k)) rest[k] = v;
  return toBlockBody(rest);
}

function fromBlockBody(body: TfBody, parent?: string): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const [field, v] of Object.entries(body)) {
    if (Array.isArray(v) && v.length > 0 && v.every(isPlainObject)) {
      const nested = parent !== undefined ? Object.entries(NESTED_LIST_BLOCKS[parent] ?? {}).find(([, b]) => b === field)?.[0] : undefined;
      const listField = nested ?? BLOCK_TO_LIST[field];
      const blocks = (v as TfBody[]).map((b) => fromBlockBody(b, listField ?? camelCase(field)));
      if (listField !== undefined) out[listField] = blocks;
      else out[RENAMED_FROM[field] ?? camelCase(field)] = blocks[0];
    } else if (isPlainObject(v)) {
      out[camelCase(field)] = { ...v };
    } else {
      out[RENAMED_FROM[field] ?? camelCase(field)] = Array.isArray(v) ? [...v] : v;
    }
  }
  return out;
}

/** The Kubernetes object a provider resource body stands for (the reverse of toResourceBody). */
export function fromResourceBody(resourceType: string, body: TfBody): KubeObject {
  if (resourceType === MANIFEST_RESOURCE) return body["manifest"] as unknown as KubeObject;
  const kind = RESOURCE_KINDS[resourceType];
  if (kind === undefined) throw new Error(`unknown resource type ${resourceType}`);
  return { ...kind, ...fromBlockBody(body) } as KubeObject;
}
