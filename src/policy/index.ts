// The security baseline of what aifactory generates (AIF-SEC…): `aifactory validate` reports it with the capacity
// findings, each at the blueprint element (cluster, pool, tenant) whose objects break it.
import type { Finding } from "../findings/finding.js";
import type { ClusterObjects } from "../objects/index.js";
import { emittedObjects, type EmittedObject } from "./emitted.js";
import { checkObjectLimits } from "./limits.js";
import { SECURITY_RULES } from "./rules.js";

export { SECURITY_RULES, parseImage, type SecurityRule } from "./rules.js";
export { emittedObjects, describeObject, type EmittedObject, type PlainObject } from "./emitted.js";
export { checkBlueprintCredentials, mergeCredentialFindings } from "./blueprint-credentials.js";
export { checkObjectLimits, configMapDataBytes, MAX_CONFIGMAP_DATA_BYTES } from "./limits.js";
export { findCredentials, CREDENTIAL_PATTERNS, type CredentialMatch } from "./credentials.js";

/** Runs every security rule, then Kubernetes' object size limits, over the given objects: unlocated findings (path only), in rule order. */
export function checkObjects(objects: readonly EmittedObject[]): Finding[] {
  return [...SECURITY_RULES.flatMap((rule) => rule.check(objects)), ...checkObjectLimits(objects)];
}

/** The baseline over every object built for the blueprint (buildFactoryObjects). Pure. */
export function checkSecurityBaseline(factory: readonly ClusterObjects[]): Finding[] {
  return checkObjects(emittedObjects(factory));
}
