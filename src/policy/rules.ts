// The security baseline: checks over every object aifactory emits, reported as findings (AIF-SEC…) at the blueprint
// element the object comes from. Codes are stable: never renumbered, never reused.
import type { Finding, Severity } from "../findings/finding.js";
import { findingCode } from "../findings/registry.js";
import {
  GPU_RESOURCE,
  PSA,
  PSA_REASON_ANNOTATION,
  SECURITY_REASON_ANNOTATIONS,
  TENANT_LABEL,
} from "../objects/labels.js";
import { NVIDIA_GPU_DEVICE_CLASSES, deviceClassQuotaKey } from "../objects/dra.js";
import { GPU_QUOTA_KEY } from "../objects/tenants.js";
import { CREDENTIAL_ENV_NAME, findCredentials } from "./credentials.js";
import { describeObject, type EmittedObject, type PlainObject } from "./emitted.js";
import { containersOf, podOf, record, records, volumesOf, type ContainerView, type PodView } from "./pods.js";

export interface SecurityRule {
  /** Stable code AIF-SEC…. */
  readonly code: string;
  readonly severity: Severity;
  /** One line: what the rule checks. */
  readonly description: string;
  readonly check: (objects: readonly EmittedObject[]) => Finding[];
}

/** A security rule's code, severity and description, as the registry of finding codes gives them. */
function registeredSecurityRule(code: string): Pick<SecurityRule, "code" | "severity" | "description"> {
  const entry = findingCode(code);
  if (entry.family !== "security") throw new Error(`${code} is not a security rule's code`);
  return { code, severity: entry.severity, description: entry.title };
}

type Failure = { readonly message: string; readonly fix: string };

/** A rule that looks at one object at a time. */
function perObject(
  code: string,
  check: (o: PlainObject, e: EmittedObject) => readonly Failure[],
): SecurityRule {
  const rule = registeredSecurityRule(code);
  return {
    ...rule,
    check: (objects) =>
      objects.flatMap((e) =>
        check(e.object, e).map((f) => ({
          code,
          severity: rule.severity,
          message: `cluster ${e.cluster.name}: ${describeObject(e.object)}: ${f.message}`,
          path: e.path,
          fix: f.fix,
        })),
      ),
  };
}

/** A rule over each container of each workload object. */
function perContainer(
  code: string,
  check: (c: ContainerView, pod: PodView, o: PlainObject, e: EmittedObject) => readonly Failure[],
): SecurityRule {
  return perObject(code, (o, e) => {
    const pod = podOf(o);
    if (pod === undefined) return [];
    return containersOf(pod).flatMap((c) =>
      check(c, pod, o, e).map((f) => ({ ...f, message: `container ${c.name} ${f.message}` })),
    );
  });
}

const REPORT = "aifactory generated this object: please report it, with the blueprint, as a bug";
const LEVELS = ["privileged", "baseline", "restricted"] as const;
const hasReason = (pod: PodView, key: string) => (pod.annotations[key] ?? "").trim().length > 0;

export const psaLabels = perObject(
  "AIF-SEC001",
  (o) => {
    if (o.kind !== "Namespace") return [];
    const labels = o.metadata?.labels ?? {};
    const missing = [PSA.enforce, PSA.enforceVersion, PSA.audit, PSA.warn].filter((k) => !(labels[k] ?? "").trim());
    const invalid = [PSA.enforce, PSA.audit, PSA.warn].filter(
      (k) => labels[k] !== undefined && !(LEVELS as readonly string[]).includes(labels[k] ?? ""),
    );
    return [
      ...(missing.length > 0 ? [{ message: `lacks the Pod Security labels ${missing.join(", ")}`, fix: REPORT }] : []),
      ...invalid.map((k) => ({ message: `has ${k}=${labels[k]}, not one of ${LEVELS.join(", ")}`, fix: REPORT })),
    ];
  },
);

export const psaReason = perObject(
  "AIF-SEC002",
  (o) => {
    if (o.kind !== "Namespace") return [];
    const labels = o.metadata?.labels ?? {};
    const above = [PSA.enforce, PSA.audit, PSA.warn].filter((k) => labels[k] !== undefined && labels[k] !== "restricted");
    if (above.length === 0 || (o.metadata?.annotations?.[PSA_REASON_ANNOTATION] ?? "").trim()) return [];
    return [
      {
        message: `runs above restricted (${above.map((k) => `${k}=${labels[k]}`).join(", ")}) without the reason in ${PSA_REASON_ANNOTATION}`,
        fix: REPORT,
      },
    ];
  },
);

export const noPrivileged = perContainer(
  "AIF-SEC003",
  (c, pod) =>
    c.securityContext["privileged"] === true && !hasReason(pod, SECURITY_REASON_ANNOTATIONS.privileged)
      ? [{ message: `is privileged without the reason in ${SECURITY_REASON_ANNOTATIONS.privileged}`, fix: REPORT }]
      : [],
);

export const noRoot = perContainer(
  "AIF-SEC004",
  (c, pod) => {
    const root = c.runAsUser === 0 || c.runAsNonRoot !== true;
    if (!root || hasReason(pod, SECURITY_REASON_ANNOTATIONS.runAsRoot)) return [];
    const why = c.runAsUser === 0 ? "runs as UID 0" : "may run as root (runAsNonRoot is not true)";
    return [{ message: `${why} without the reason in ${SECURITY_REASON_ANNOTATIONS.runAsRoot}`, fix: REPORT }];
  },
);

export const capabilities = perContainer(
  "AIF-SEC005",
  (c, pod) => {
    const caps = record(c.securityContext["capabilities"]);
    const drop = Array.isArray(caps["drop"]) ? caps["drop"] : [];
    const add = Array.isArray(caps["add"]) ? caps["add"].map(String) : [];
    const out: Failure[] = [];
    // A privileged container has every capability whatever it drops; its recorded reason (AIF-SEC003) covers them.
    if (privilegedWithReason(c, pod)) return out;
    if (!drop.includes("ALL")) out.push({ message: "does not drop ALL capabilities", fix: REPORT });
    if (add.length > 0 && !hasReason(pod, SECURITY_REASON_ANNOTATIONS.capabilities)) {
      out.push({
        message: `adds ${add.join(", ")} without the reason in ${SECURITY_REASON_ANNOTATIONS.capabilities}`,
        fix: add.includes("IPC_LOCK")
          ? "IPC_LOCK comes with the Network Operator (networking.networkOperator.enabled); " + REPORT
          : REPORT,
      });
    }
    return out;
  },
);

export const hostAccess = perObject(
  "AIF-SEC006",
  (o) => {
    const pod = podOf(o);
    if (pod === undefined) return [];
    const out: Failure[] = [];
    for (const k of ["hostNetwork", "hostPID", "hostIPC"] as const) {
      if (pod.spec[k] === true && !hasReason(pod, SECURITY_REASON_ANNOTATIONS.hostNamespaces)) {
        out.push({ message: `sets ${k}: true without the reason in ${SECURITY_REASON_ANNOTATIONS.hostNamespaces}`, fix: REPORT });
      }
    }
    const ports = [...records(pod.spec["containers"]), ...records(pod.spec["initContainers"])].flatMap((c) => records(c["ports"]));
    if (ports.some((p) => p["hostPort"] !== undefined && p["hostPort"] !== 0)) out.push({ message: "uses a hostPort", fix: REPORT });
    const hostPaths = volumesOf(pod)
      .map((v) => record(v["hostPath"])["path"])
      .filter((p): p is string => typeof p === "string");
    if (hostPaths.length > 0 && !hasReason(pod, SECURITY_REASON_ANNOTATIONS.hostPath)) {
      out.push({ message: `mounts hostPath ${hostPaths.join(", ")} without the reason in ${SECURITY_REASON_ANNOTATIONS.hostPath}`, fix: REPORT });
    }
    return out;
  },
);

/** A privileged container whose reason is recorded: the API server refuses allowPrivilegeEscalation: false on it. */
function privilegedWithReason(c: ContainerView, pod: PodView): boolean {
  return c.securityContext["privileged"] === true && hasReason(pod, SECURITY_REASON_ANNOTATIONS.privileged);
}

export const noEscalation = perContainer(
  "AIF-SEC007",
  (c, pod) =>
    c.securityContext["allowPrivilegeEscalation"] === false || privilegedWithReason(c, pod)
      ? []
      : [{ message: "does not set allowPrivilegeEscalation: false", fix: REPORT }],
);

export const resources = perContainer(
  "AIF-SEC008",
  (c) => {
    const missing = (["requests", "limits"] as const).flatMap((kind) =>
      (["cpu", "memory"] as const).filter((r) => record(c.resources[kind])[r] === undefined).map((r) => `${kind}.${r}`),
    );
    return missing.length === 0 ? [] : [{ message: `has no ${missing.join(", ")}`, fix: REPORT }];
  },
);

/** "repo/name:tag@sha256:…" → its parts; the tag is after the last ":" of the last path segment. */
export function parseImage(image: string): { repository: string; tag?: string; digest?: string } {
  const [ref = "", digest] = image.split("@", 2);
  const slash = ref.lastIndexOf("/");
  const colon = ref.lastIndexOf(":");
  const tagged = colon > slash;
  return {
    repository: tagged ? ref.slice(0, colon) : ref,
    ...(tagged ? { tag: ref.slice(colon + 1) } : {}),
    ...(digest === undefined ? {} : { digest }),
  };
}

export const pinnedImages = perContainer(
  "AIF-SEC009",
  (c, _pod, _o, e) => {
    if (typeof c.image !== "string" || c.image.trim() === "") return [{ message: "has no image", fix: REPORT }];
    const image = parseImage(c.image);
    const out: Failure[] = [];
    if (image.digest === undefined && (image.tag === undefined || image.tag === "" || image.tag === "latest")) {
      out.push({ message: `uses image ${c.image}, which is not pinned to a version`, fix: REPORT });
    }
    const wanted = parseImage(e.cluster.devicePlugin.image);
    if (wanted.digest !== undefined && image.repository === wanted.repository && image.digest !== wanted.digest) {
      out.push({
        message: `uses image ${c.image}, not the digest ${wanted.digest} the blueprint pins (devicePlugin.imageDigest)`,
        fix: REPORT,
      });
    }
    return out;
  },
);

function tenantNamespaces(objects: readonly EmittedObject[]): EmittedObject[] {
  return objects.filter((e) => e.object.kind === "Namespace" && e.object.metadata?.labels?.[TENANT_LABEL] !== undefined);
}

/** Objects of one kind in one namespace of one cluster; the index is built once per check (tenants × objects was quadratic). */
type NamespaceIndex = (ns: EmittedObject, kind: string) => readonly EmittedObject[];

function indexByNamespace(objects: readonly EmittedObject[]): NamespaceIndex {
  const byCluster = new Map<EmittedObject["cluster"], Map<string, EmittedObject[]>>();
  for (const e of objects) {
    const namespace = e.object.metadata?.namespace;
    if (namespace === undefined) continue;
    const key = `${namespace}\u0000${e.object.kind ?? ""}`;
    let map = byCluster.get(e.cluster);
    if (map === undefined) byCluster.set(e.cluster, (map = new Map()));
    const list = map.get(key);
    if (list === undefined) map.set(key, [e]);
    else list.push(e);
  }
  return (ns, kind) => byCluster.get(ns.cluster)?.get(`${ns.object.metadata?.name ?? ""}\u0000${kind}`) ?? [];
}

function tenantRule(
  code: string,
  ok: (inNamespace: NamespaceIndex, ns: EmittedObject) => boolean,
  what: string,
): SecurityRule {
  const rule = registeredSecurityRule(code);
  return {
    ...rule,
    check: (objects) => {
      const inNamespace = indexByNamespace(objects);
      return tenantNamespaces(objects)
        .filter((ns) => !ok(inNamespace, ns))
        .map((ns) => ({
          code,
          severity: rule.severity,
          message: `cluster ${ns.cluster.name}: tenant namespace ${ns.object.metadata?.name ?? ""} has no ${what}`,
          path: ns.path,
          fix: REPORT,
        }));
    },
  };
}

export const defaultDeny = tenantRule(
  "AIF-SEC010",
  (inNamespace, ns) =>
    inNamespace(ns, "NetworkPolicy").some((p) => {
      const spec = record(p.object["spec"]);
      const types = Array.isArray(spec["policyTypes"]) ? spec["policyTypes"] : [];
      const selector = record(spec["podSelector"]);
      return (
        Object.keys(selector).length === 0 &&
        types.includes("Ingress") &&
        types.includes("Egress") &&
        records(spec["ingress"]).length === 0 &&
        records(spec["egress"]).length === 0
      );
    }),
  "default-deny NetworkPolicy",
);

/**
 * The quota keys that cap a tenant's GPUs on its cluster: nvidia.com/gpu always; on a DRA cluster also the devices of
 * every DeviceClass aifactory emits there and of NVIDIA's own GPU classes (a claim naming any of them takes GPUs).
 */
function gpuQuotaKeys(objects: readonly EmittedObject[]): (cluster: EmittedObject["cluster"]) => readonly string[] {
  const classes = new Map<EmittedObject["cluster"], string[]>();
  for (const e of objects) {
    if (e.object.kind !== "DeviceClass" || e.object.metadata?.name === undefined) continue;
    classes.set(e.cluster, [...(classes.get(e.cluster) ?? []), e.object.metadata.name]);
  }
  return (cluster) => {
    const own = classes.get(cluster) ?? [];
    const dra = own.length > 0 ? [...new Set([...own, ...NVIDIA_GPU_DEVICE_CLASSES])].map(deviceClassQuotaKey) : [];
    return [GPU_QUOTA_KEY, ...dra];
  };
}

const gpuQuotaRule = registeredSecurityRule("AIF-SEC011");
export const gpuQuota: SecurityRule = {
  ...gpuQuotaRule,
  check: (objects) => {
    const inNamespace = indexByNamespace(objects);
    const keysOf = gpuQuotaKeys(objects);
    return tenantNamespaces(objects).flatMap((ns) => {
      const capped = new Set(inNamespace(ns, "ResourceQuota").flatMap((q) => Object.keys(record(record(q.object["spec"])["hard"]))));
      const missing = keysOf(ns.cluster).filter((k) => !capped.has(k));
      return missing.length === 0
        ? []
        : [{
            code: gpuQuotaRule.code,
            severity: gpuQuotaRule.severity,
            message: `cluster ${ns.cluster.name}: tenant namespace ${ns.object.metadata?.name ?? ""} has no ResourceQuota on ${missing.join(", ")}`,
            path: ns.path,
            fix: REPORT,
          }];
    });
  },
};

/** Every string in a value, keys included, with where it sits ("data.config", "spec.template...env[0].value"). */
function* stringsIn(value: unknown, at = ""): Generator<readonly [string, string]> {
  if (typeof value === "string") yield [at, value];
  else if (Array.isArray(value)) for (const [i, v] of value.entries()) yield* stringsIn(v, `${at}[${i}]`);
  else if (value !== null && typeof value === "object") {
    for (const [k, v] of Object.entries(value)) {
      const here = at === "" ? k : `${at}.${k}`;
      yield [here, k];
      yield* stringsIn(v, here);
    }
  }
}

export const noCredentials = perObject(
  "AIF-SEC012",
  (o) => {
    const out: Failure[] = [];
    const fix = "Remove the credential from the blueprint; give clusters their secrets out of band (a secret store, sealed secrets), never in generated outputs";
    if (o.kind === "Secret") out.push({ message: "is a Secret; generated outputs carry no secrets", fix });
    for (const [at, text] of stringsIn(o)) {
      // One finding per string: the first (most specific) pattern it matches.
      const m = findCredentials(text)[0];
      if (m !== undefined) out.push({ message: `${at} looks like a ${m.name} (${m.excerpt})`, fix });
    }
    const pod = podOf(o);
    if (pod !== undefined) {
      for (const c of [...records(pod.spec["containers"]), ...records(pod.spec["initContainers"])]) {
        for (const env of records(c["env"])) {
          const name = String(env["name"] ?? "");
          if (CREDENTIAL_ENV_NAME.test(name) && typeof env["value"] === "string" && env["value"] !== "") {
            out.push({ message: `sets ${name} to a literal value; credentials come from a Secret (valueFrom.secretKeyRef)`, fix });
          }
        }
      }
    }
    return out;
  },
);

/** Every security rule, in code order. */
export const SECURITY_RULES: readonly SecurityRule[] = [
  psaLabels,
  psaReason,
  noPrivileged,
  noRoot,
  capabilities,
  hostAccess,
  noEscalation,
  resources,
  pinnedImages,
  defaultDeny,
  gpuQuota,
  noCredentials,
];
