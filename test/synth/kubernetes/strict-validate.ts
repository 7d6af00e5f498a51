// Strict validation of emitted objects against the upstream Kubernetes OpenAPI schemas shipped by
// kubernetes-models (its model classes carry compiled validators). Those validators ignore unknown
// fields, so the object is validated through a Proxy that records which properties the validator reads:
// a property of a schema object that the validator never read is a field the schema does not define.
// Maps (labels, resources, ...) are enumerated by the validator, which marks all their keys as read.
import { ConfigMap } from "kubernetes-models/v1/ConfigMap";
import { fileURLToPath } from "node:url";
import { findKueueCrds, kueueValidators, type KueueKind } from "../../objects/kueue-crds.js";

interface Validatable {
  validate(): void;
}
type ModelClass = new (data: object) => Validatable;

interface Tracker {
  readonly target: object;
  readonly path: string;
  readonly read: Set<string>;
  enumerated: boolean;
}

function track(value: unknown, path: string, trackers: Tracker[]): unknown {
  if (value === null || typeof value !== "object") return value;
  const isArray = Array.isArray(value);
  const tracker: Tracker = { target: value, path, read: new Set(), enumerated: false };
  if (!isArray) trackers.push(tracker);
  const children = new Map<string, unknown>();
  return new Proxy(value, {
    get(target, key, receiver) {
      const raw: unknown = Reflect.get(target, key, receiver);
      if (typeof key !== "string") return raw;
      tracker.read.add(key);
      if (!Object.prototype.hasOwnProperty.call(target, key)) return raw;
      if (!children.has(key)) children.set(key, track(raw, `${path}/${key}`, trackers));
      return children.get(key);
    },
    ownKeys(target) {
      tracker.enumerated = true;
      return Reflect.ownKeys(target);
    },
  });
}

/** Loads the kubernetes-models class for an apiVersion and kind ("apps/v1", "DaemonSet"). */
async function modelClass(apiVersion: string, kind: string): Promise<ModelClass | undefined> {
  const spec = `kubernetes-models/${apiVersion}/${kind}`;
  try {
    const mod = (await import(spec)) as Record<string, unknown>;
    const cls = mod[kind];
    return typeof cls === "function" ? (cls as ModelClass) : undefined;
  } catch {
    return undefined;
  }
}

/**
 * Fields the upstream schema defines but kubernetes-models' compiled validators never read: its generator
 * strips every member named "description" from the schemas, the PriorityClass field of that name included.
 */
const DEFINED_BUT_UNREAD: Readonly<Record<string, readonly string[]>> = {
  "scheduling.k8s.io/v1/PriorityClass": ["/description"],
};

function unknownFields(trackers: readonly Tracker[], type: string): string[] {
  const allowed = new Set(DEFINED_BUT_UNREAD[type] ?? []);
  const out: string[] = [];
  for (const t of trackers) {
    if (t.enumerated) continue;
    for (const key of Object.keys(t.target)) {
      const path = `${t.path}/${key}`;
      if (!t.read.has(key) && !allowed.has(path)) out.push(`${path}: unknown field`);
    }
  }
  return out;
}

function validateThrough(cls: ModelClass, object: object, type: string): string[] {
  const trackers: Tracker[] = [];
  const proxied = track(structuredClone(object), "", trackers) as object;
  const errors: string[] = [];
  try {
    // Validate the proxy itself (the class's validate() validates `this`).
    (cls.prototype as Validatable).validate.call(proxied);
  } catch (e) {
    errors.push(e instanceof Error ? e.message : String(e));
  }
  return [...errors, ...unknownFields(trackers, type)];
}

/** Validators for custom resources kubernetes-models does not ship, after their upstream CRDs. */
const CUSTOM: Record<string, (object: Record<string, unknown>) => string[]> = {
  // [P] k8snetworkplumbingwg/network-attachment-definition-client: spec has one field, config (CNI JSON).
  "k8s.cni.cncf.io/v1/NetworkAttachmentDefinition": (object) => {
    const errors: string[] = [];
    const { apiVersion: _a, kind: _k, metadata, spec, ...rest } = object;
    for (const key of Object.keys(rest)) errors.push(`/${key}: unknown field`);
    // ObjectMeta checked strictly through a ConfigMap carrying the same metadata.
    errors.push(
      ...validateThrough(ConfigMap as unknown as ModelClass, { apiVersion: "v1", kind: "ConfigMap", metadata }, "v1/ConfigMap"),
    );
    if (spec === null || typeof spec !== "object") return [...errors, "/spec: required object"];
    const { config, ...specRest } = spec as Record<string, unknown>;
    for (const key of Object.keys(specRest)) errors.push(`/spec/${key}: unknown field`);
    if (typeof config !== "string") errors.push("/spec/config: must be a string");
    else {
      try {
        const parsed = JSON.parse(config) as Record<string, unknown>;
        for (const k of ["cniVersion", "name", "type"]) if (typeof parsed[k] !== "string") errors.push(`/spec/config: ${k} missing`);
      } catch {
        errors.push("/spec/config: not JSON");
      }
    }
    return errors;
  },
};

let kueue: Map<string, KueueKind> | undefined;

/** Kueue's objects: against Kueue's own CRDs (test/objects/kueue-crds.ts); unavailable CRDs fail in CI, are said elsewhere. */
function kueueErrors(object: object, apiVersion: string, kind: string): string[] {
  if (kueue === undefined) {
    const found = findKueueCrds();
    if (!found.ok) {
      if (process.env.CI === "true") return [`Kueue CRDs unavailable (CI=true): ${found.why}`];
      process.stderr.write(`SKIPPED strict check of ${apiVersion} ${kind}: ${found.why}\n`);
      return [];
    }
    kueue = kueueValidators(found.dir);
  }
  const v = kueue.get(`${apiVersion}/${kind}`);
  return v === undefined ? [`${apiVersion} ${kind}: no CRD of Kueue serves it`] : v.validate(object);
}

let world: Map<string, KueueKind> | undefined;

/** NVIDIA's custom resources: against the CRDs the test bed types from their upstream fields (test/e2e/world/crds). */
function worldCrdErrors(object: object, apiVersion: string, kind: string): string[] {
  world ??= kueueValidators(fileURLToPath(new URL("../../e2e/world/crds/", import.meta.url)));
  const v = world.get(`${apiVersion}/${kind}`);
  return v === undefined ? [`${apiVersion} ${kind}: no CRD in test/e2e/world/crds serves it`] : v.validate(object);
}

/** Every problem with the object: schema errors and unknown fields. Empty when the object is valid. */
export async function strictValidate(object: object): Promise<string[]> {
  const { apiVersion, kind } = object as { apiVersion?: unknown; kind?: unknown };
  if (typeof apiVersion !== "string" || typeof kind !== "string") return ["apiVersion and kind are required"];
  const custom = CUSTOM[`${apiVersion}/${kind}`];
  if (custom !== undefined) return custom(object as Record<string, unknown>);
  if (apiVersion.startsWith("kueue.x-k8s.io/")) return kueueErrors(object, apiVersion, kind);
  // NVIDIA's CRDs, typed by the bed from their documented fields: the GPU Operator's ClusterPolicy (nvidia.com/v1,
  // v26.7.0) and the DRA driver's ComputeDomain (resource.nvidia.com/v1beta1, v0.4.0).
  if (apiVersion === "nvidia.com/v1" || apiVersion.startsWith("resource.nvidia.com/")) return worldCrdErrors(object, apiVersion, kind);
  const cls = await modelClass(apiVersion, kind);
  if (cls === undefined) return [`${apiVersion} ${kind}: no schema known`];
  return validateThrough(cls, object, `${apiVersion}/${kind}`);
}
