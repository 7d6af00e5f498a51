// Kueue's own CustomResourceDefinitions (sigs.k8s.io/kueue v0.17.0, config/components/crd/bases), taken from the Go
// module cache at test time (never copied into the repository), and a strict validator built from their OpenAPI v3
// schemas: what the API server's structural schema accepts, with unknown fields rejected (pruning taken as an error).
// CEL rules (x-kubernetes-validations) are not evaluated here: the real API server of the test bed judges them.
import { spawnSync } from "node:child_process";
import { existsSync, readFileSync, readdirSync } from "node:fs";
import { homedir } from "node:os";
import { join, resolve } from "node:path";
import { Ajv, type ValidateFunction } from "ajv";
import { parse } from "yaml";

export const KUEUE_MODULE = "sigs.k8s.io/kueue";
export const KUEUE_MODULE_VERSION = "v0.17.0";
const CRD_SUBDIR = "config/components/crd/bases";
const TOOLS_DIR = resolve(import.meta.dirname, "../e2e/tools/kueue");

function e2eCache(): string {
  return process.env.AIFACTORY_E2E_CACHE ?? join(homedir(), ".cache/aifactory-e2e");
}

/** The module's CRD directory in the module cache build-tools.sh uses (GOMODCACHE, else <cache>/gomod). */
function cachedCrdDir(): string {
  const modcache = process.env.GOMODCACHE ?? join(e2eCache(), "gomod");
  return join(modcache, `${KUEUE_MODULE}@${KUEUE_MODULE_VERSION}`, CRD_SUBDIR);
}

export type CrdLookup = { readonly ok: true; readonly dir: string } | { readonly ok: false; readonly why: string };

/**
 * Finds the CRDs: in the module cache when it has them (offline, instant), else through `go mod download` of the
 * pinned wrapper module test/e2e/tools/kueue (the Go module proxy, ~3 s). Says why when neither works.
 */
export function findKueueCrds(): CrdLookup {
  const dir = cachedCrdDir();
  if (existsSync(dir)) return { ok: true, dir };
  const env = { ...process.env, GOTOOLCHAIN: "local", GOFLAGS: "-mod=mod", GOMODCACHE: process.env.GOMODCACHE ?? join(e2eCache(), "gomod") };
  const r = spawnSync("go", ["mod", "download", "-json", `${KUEUE_MODULE}@${KUEUE_MODULE_VERSION}`], { cwd: TOOLS_DIR, env, encoding: "utf8", timeout: 120_000 });
  if (r.error !== undefined) return { ok: false, why: `the Go toolchain is needed to fetch ${KUEUE_MODULE}@${KUEUE_MODULE_VERSION} (${r.error.message})` };
  if (r.status === 0 && existsSync(dir)) return { ok: true, dir };
  return { ok: false, why: `go mod download ${KUEUE_MODULE}@${KUEUE_MODULE_VERSION} failed: ${(r.stderr || r.stdout).trim().slice(0, 500)}` };
}

interface Crd {
  readonly spec: {
    readonly group: string;
    readonly names: { readonly kind: string; readonly plural: string };
    readonly scope: "Cluster" | "Namespaced";
    readonly versions: readonly { readonly name: string; readonly served: boolean; readonly schema: { readonly openAPIV3Schema: Schema } }[];
  };
}
type Schema = { [keyword: string]: unknown };

export interface KueueKind {
  readonly crdName: string;
  readonly scope: "Cluster" | "Namespaced";
  readonly validate: (object: unknown) => string[];
}

/** Kubernetes' structural-schema extensions: no effect on what ajv checks (CEL and list semantics are the API server's). */
const K8S_KEYWORDS = [
  "x-kubernetes-validations",
  "x-kubernetes-list-type",
  "x-kubernetes-list-map-keys",
  "x-kubernetes-map-type",
  "x-kubernetes-int-or-string",
  "x-kubernetes-preserve-unknown-fields",
  "x-kubernetes-embedded-resource",
];

/**
 * The schema as the API server applies it on create: an object schema with `properties` keeps only those (unknown
 * fields are pruned; here they are errors) unless it preserves unknown fields; `metadata` (ObjectMeta) is checked
 * apart. `format` is left to the API server (int32 and the like are not JSON Schema formats).
 */
function strictSchema(schema: Schema, atRoot = true): Schema {
  const out: Schema = {};
  for (const [k, v] of Object.entries(schema)) {
    if (k === "format" || k === "description") continue;
    if (k === "properties" && v !== null && typeof v === "object") {
      out[k] = Object.fromEntries(
        Object.entries(v as Record<string, Schema>).map(([name, s]) => [name, atRoot && name === "metadata" ? { type: "object" } : strictSchema(s, false)]),
      );
    } else if ((k === "items" || k === "additionalProperties") && v !== null && typeof v === "object") {
      out[k] = strictSchema(v as Schema, false);
    } else if ((k === "anyOf" || k === "allOf" || k === "oneOf") && Array.isArray(v)) {
      out[k] = v.map((s: Schema) => strictSchema(s, false));
    } else out[k] = v;
  }
  if (out["type"] === "object" && out["properties"] !== undefined && out["additionalProperties"] === undefined && out["x-kubernetes-preserve-unknown-fields"] !== true) {
    out["additionalProperties"] = false;
  }
  return out;
}

const METADATA_FIELDS = new Set(["name", "namespace", "labels", "annotations"]);

/** The metadata aifactory writes: a DNS name, string maps, nothing else. */
function metadataErrors(metadata: unknown, scope: "Cluster" | "Namespaced"): string[] {
  if (metadata === null || typeof metadata !== "object") return ["/metadata: required object"];
  const m = metadata as Record<string, unknown>;
  const errors = Object.keys(m).filter((k) => !METADATA_FIELDS.has(k)).map((k) => `/metadata/${k}: not a field aifactory may set`);
  if (typeof m["name"] !== "string" || !/^[a-z0-9]([-a-z0-9.]*[a-z0-9])?$/.test(m["name"]) || m["name"].length > 253) errors.push("/metadata/name: not a DNS subdomain");
  if (scope === "Namespaced" && typeof m["namespace"] !== "string") errors.push("/metadata/namespace: required for a namespaced kind");
  if (scope === "Cluster" && m["namespace"] !== undefined) errors.push("/metadata/namespace: the kind is cluster-scoped");
  for (const map of ["labels", "annotations"]) {
    const v = m[map];
    if (v !== undefined && (v === null || typeof v !== "object" || Object.values(v).some((x) => typeof x !== "string"))) errors.push(`/metadata/${map}: must map strings to strings`);
  }
  return errors;
}

/** CRD patterns are Go (RE2) regular expressions; the one RE2 construct they use that JavaScript lacks is (?i) at the start. */
const goRegExp = Object.assign(
  (pattern: string, flags: string): RegExp => {
    const m = /^(\^?)\(\?i\)/.exec(pattern);
    return m === null ? new RegExp(pattern, flags) : new RegExp(`${m[1] ?? ""}${pattern.slice(m[0].length)}`, `${flags}i`);
  },
  { code: "new RegExp" },
);

/** A validator per "apiVersion/kind" of every served version of every CRD in the directory. */
export function kueueValidators(dir: string): Map<string, KueueKind> {
  const ajv = new Ajv({ allErrors: true, strict: false, code: { regExp: goRegExp } });
  for (const keyword of K8S_KEYWORDS) ajv.addKeyword(keyword);
  const out = new Map<string, KueueKind>();
  for (const file of readdirSync(dir).filter((f) => f.endsWith(".yaml")).sort()) {
    const crd = parse(readFileSync(join(dir, file), "utf8")) as Crd;
    const crdName = `${crd.spec.names.plural}.${crd.spec.group}`;
    for (const version of crd.spec.versions.filter((v) => v.served)) {
      const fn: ValidateFunction = ajv.compile(strictSchema(version.schema.openAPIV3Schema));
      const scope = crd.spec.scope;
      out.set(`${crd.spec.group}/${version.name}/${crd.spec.names.kind}`, {
        crdName,
        scope,
        validate: (object) => {
          const errors = fn(object) ? [] : (fn.errors ?? []).map((e) => `${e.instancePath || "/"}: ${e.message ?? "invalid"}${e.keyword === "additionalProperties" ? ` (${String((e.params as { additionalProperty?: string }).additionalProperty)})` : ""}`);
          return [...errors, ...metadataErrors((object as { metadata?: unknown }).metadata, scope)];
        },
      });
    }
  }
  return out;
}
