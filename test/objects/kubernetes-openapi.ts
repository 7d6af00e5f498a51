// Kubernetes' own OpenAPI v3 schemas of one release (k8s.io/kubernetes v1.34.4, api/openapi-spec/v3), read from the
// Go module cache the test bed fills (GOMODCACHE, else <AIFACTORY_E2E_CACHE or ~/.cache/aifactory-e2e>/gomod; never
// copied into the repository), and a strict validator built from them: unknown fields are errors (the API server
// would drop them, and every apply would then show a diff), types and required fields as the schema says. What the
// schema leaves to the API server's Go validation (enum values, CEL, name formats) the real API server of the bed judges.
import { existsSync, readFileSync } from "node:fs";
import { homedir } from "node:os";
import { join } from "node:path";
import { Ajv, type ValidateFunction } from "ajv";

export const KUBERNETES_MODULE = "k8s.io/kubernetes";
export const KUBERNETES_MODULE_VERSION = "v1.34.4";

/** The module cache the test bed's build uses (test/e2e/run.sh): GOMODCACHE, else <cache>/gomod. */
export function goModCache(): string {
  return process.env.GOMODCACHE ?? join(process.env.AIFACTORY_E2E_CACHE ?? join(homedir(), ".cache/aifactory-e2e"), "gomod");
}

/** A file of a module in the module cache ("k8s.io/api", "v0.34.4", "core/v1/types.go"). */
export function moduleFile(module: string, version: string, path: string): string {
  return join(goModCache(), `${module}@${version}`, path);
}

type Schema = { [keyword: string]: unknown };

/** Keys of Kubernetes' OpenAPI that say nothing ajv should check (docs, list and patch semantics, unions, formats). */
const IGNORED = new Set(["description", "format", "discriminator", "x-kubernetes-group-version-kind", "x-kubernetes-list-map-keys", "x-kubernetes-list-type", "x-kubernetes-map-type", "x-kubernetes-patch-merge-key", "x-kubernetes-patch-strategy", "x-kubernetes-unions", "default"]);

function strict(schema: Schema): Schema {
  const out: Schema = {};
  for (const [k, v] of Object.entries(schema)) {
    if (IGNORED.has(k)) continue;
    if (k === "$ref" && typeof v === "string") out[k] = v.replace("#/components/schemas/", "#/$defs/");
    else if (k === "properties" && v !== null && typeof v === "object") {
      out[k] = Object.fromEntries(Object.entries(v as Record<string, Schema>).map(([name, s]) => [name, strict(s)]));
    } else if ((k === "items" || k === "additionalProperties") && v !== null && typeof v === "object") out[k] = strict(v as Schema);
    else if ((k === "allOf" || k === "oneOf" || k === "anyOf") && Array.isArray(v)) out[k] = v.map((s: Schema) => strict(s));
    else out[k] = v;
  }
  if (out["properties"] !== undefined && out["additionalProperties"] === undefined) out["additionalProperties"] = false;
  return out;
}

export type SchemaLookup = { readonly ok: true; readonly validate: (definition: string, object: unknown) => string[] } | { readonly ok: false; readonly why: string };

/**
 * A validator over the named spec files of api/openapi-spec/v3 ("apis__resource.k8s.io__v1_openapi.json"): validate
 * an object against a definition ("io.k8s.api.resource.v1.DeviceClass"). Says why when the module is not cached.
 */
export function kubernetesOpenApi(files: readonly string[]): SchemaLookup {
  const defs: Record<string, Schema> = {};
  for (const file of files) {
    const path = moduleFile(KUBERNETES_MODULE, KUBERNETES_MODULE_VERSION, join("api/openapi-spec/v3", file));
    if (!existsSync(path)) return { ok: false, why: `${path} is missing (the test bed's build fills the module cache: test/e2e/run.sh)` };
    const spec = JSON.parse(readFileSync(path, "utf8")) as { components: { schemas: Record<string, Schema> } };
    for (const [name, s] of Object.entries(spec.components.schemas)) defs[name] ??= strict(s);
  }
  const ajv = new Ajv({ allErrors: true, strict: false, validateFormats: false });
  ajv.addSchema({ $id: "k8s", $defs: defs });
  const compiled = new Map<string, ValidateFunction>();
  return {
    ok: true,
    validate: (definition, object) => {
      if (defs[definition] === undefined) return [`${definition}: no such definition`];
      let fn = compiled.get(definition);
      if (fn === undefined) {
        fn = ajv.compile({ $ref: `k8s#/$defs/${definition}` });
        compiled.set(definition, fn);
      }
      if (fn(object)) return [];
      return (fn.errors ?? []).map(
        (e) => `${e.instancePath || "/"}: ${e.message ?? "invalid"}${e.keyword === "additionalProperties" ? ` (${String((e.params as { additionalProperty?: string }).additionalProperty)})` : ""}`,
      );
    },
  };
}

/** The OpenAPI definition of an object's apiVersion and kind ("resource.k8s.io/v1", "DeviceClass"). */
export function definitionOf(apiVersion: string, kind: string): string {
  const [group, version] = apiVersion.includes("/") ? apiVersion.split("/") : ["core", apiVersion];
  const g = group === "core" ? "core" : (group ?? "").replace(/\.k8s\.io$/, "");
  return `io.k8s.api.${g}.${version}.${kind}`;
}
