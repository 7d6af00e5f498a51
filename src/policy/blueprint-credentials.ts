// Credentials in the blueprint itself (AIF-SEC013). Everything aifactory renders comes from the blueprint or from
// aifactory's own constants: the objects' strings are scanned by AIF-SEC012, but pool labels and selectors
// (node-labels.json, the kind config, Terraform outputs), the kubeconfig path and context (the Terraform provider
// blocks, the kind helpers) and the descriptions (reports) reach outputs without being an object's field. Scanning the
// blueprint's every string covers them all at their source, with the blueprint path to point at.
import type { DocPath, Finding } from "../findings/finding.js";
import { findingCode } from "../findings/registry.js";
import { findCredentials } from "./credentials.js";

const FIX =
  "Remove the credential from the blueprint: give clusters their secrets out of band (a secret store, a kubeconfig " +
  "credential plugin, sealed secrets), never in a blueprint, whose strings reach the generated outputs";

/** Every string of a plain value with its path; a map's string entries also as `key: value`, as YAML writes them. */
function* stringsAt(value: unknown, path: DocPath): Generator<readonly [DocPath, string]> {
  if (typeof value === "string") yield [path, value];
  else if (Array.isArray(value)) for (const [i, v] of value.entries()) yield* stringsAt(v, [...path, i]);
  else if (value !== null && typeof value === "object") {
    for (const [k, v] of Object.entries(value)) {
      yield [[...path, k], k];
      if (typeof v === "string") yield [[...path, k], `${k}: ${v}`];
      yield* stringsAt(v, [...path, k]);
    }
  }
}

/** One finding per blueprint element whose text looks like a credential: unlocated (path only). Linear in the blueprint. */
export function checkBlueprintCredentials(blueprint: unknown): Finding[] {
  const { code, severity } = findingCode("AIF-SEC013");
  const seen = new Set<string>();
  const out: Finding[] = [];
  for (const [path, text] of stringsAt(blueprint, [])) {
    const m = findCredentials(text)[0];
    const key = JSON.stringify(path);
    if (m === undefined || seen.has(key)) continue;
    seen.add(key);
    out.push({
      code,
      severity,
      message: `${path.join(".")} looks like a ${m.name} (${m.excerpt}); it would reach the rendered outputs (Terraform, manifests, node-labels.json, kind configs, reports)`,
      path,
      fix: FIX,
    });
  }
  return out;
}

const startsWith = (path: DocPath, prefix: DocPath) => prefix.length <= path.length && prefix.every((p, i) => path[i] === p);

/**
 * The baseline's findings and the blueprint's, a leak reported once: an AIF-SEC012 (an object's string) at an element
 * that holds an AIF-SEC013 (the blueprint field it came from) is the same leak, and the field is the better place.
 */
export function mergeCredentialFindings(baseline: readonly Finding[], blueprint: readonly Finding[]): Finding[] {
  const kept = baseline.filter((f) => f.code !== "AIF-SEC012" || !blueprint.some((b) => startsWith(b.path, f.path)));
  return [...kept, ...blueprint];
}
