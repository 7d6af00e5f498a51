// Diff of synthesized Terraform JSON, stack by stack, by resource address (for_each instances as type.name["key"]):
// what is created, updated in place, replaced or deleted, with the attributes that change. Replacement follows the
// provider's ForceNew fields (replacement.ts); a for_each key that changes is a new address, so Terraform deletes the
// old instance and creates the new one. A namespace that goes takes every object in it.
import { diffAttributes } from "./diff-attributes.js";
import { formatPath } from "./diff-attributes.js";
import type { TerraformDestructive, TerraformResourceChange, TerraformStackDiff } from "./plan-types.js";
import { replacePaths } from "./replacement.js";
import { canonical, isObject, terraformInstanceBodies, type Json, type TerraformInstance } from "./terraform-instances.js";

export { canonical } from "./terraform-instances.js";

/** Resource (and data source) instances of one Terraform JSON document: address → canonical body. */
export function terraformInstances(doc: unknown): Map<string, string> {
  return new Map([...terraformInstanceBodies(doc)].map(([a, i]) => [a, canonical(i.body)]));
}

const byString = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);

/** metadata[0].namespace of a resource, manifest.metadata.namespace of a kubernetes_manifest. */
function namespaceOf(i: TerraformInstance): string | undefined {
  const meta = i.body["metadata"];
  const first = Array.isArray(meta) ? (meta as readonly Json[])[0] : meta;
  if (i.type === "kubernetes_namespace_v1") return isObject(first) && typeof first["name"] === "string" ? first["name"] : undefined;
  if (isObject(first) && typeof first["namespace"] === "string") return first["namespace"];
  const manifest = i.body["manifest"];
  const mm = isObject(manifest) ? manifest["metadata"] : undefined;
  return isObject(mm) && typeof mm["namespace"] === "string" ? mm["namespace"] : undefined;
}

function change(i: TerraformInstance, action: TerraformResourceChange["action"]): TerraformResourceChange {
  const ns = namespaceOf(i);
  return { address: i.address, type: i.type, action, attributes: [], ...(ns === undefined ? {} : { namespace: ns }) };
}

function changed(b: TerraformInstance, h: TerraformInstance): TerraformResourceChange {
  const attributes = diffAttributes(b.body, h.body);
  const paths = replacePaths(h.type, b.body, attributes);
  const ns = namespaceOf(b);
  return {
    address: h.address,
    type: h.type,
    action: paths !== undefined && paths.length > 0 ? "replace" : "update",
    attributes,
    ...(paths !== undefined && paths.length > 0 ? { replacePaths: paths } : {}),
    ...(paths === undefined ? { replacementUnknown: true as const } : {}),
    ...(ns === undefined ? {} : { namespace: ns }),
  };
}

function destructive(stack: string, resources: readonly TerraformResourceChange[], base: ReadonlyMap<string, TerraformInstance>): TerraformDestructive[] {
  const out: TerraformDestructive[] = [];
  for (const r of resources) {
    if (r.action !== "delete" && r.action !== "replace") continue;
    const isNamespace = r.type === "kubernetes_namespace_v1";
    const contents = isNamespace && r.namespace !== undefined
      ? [...base.values()].filter((i) => i.type !== "kubernetes_namespace_v1" && namespaceOf(i) === r.namespace).map((i) => i.address).sort(byString)
      : [];
    const reason = r.action === "delete"
      ? "not in the head: Terraform destroys it"
      : `Terraform replaces it (destroy, then create): ${(r.replacePaths ?? []).map(formatPath).join(", ")} cannot change in place`;
    out.push({
      stack,
      address: r.address,
      action: r.action,
      ...(isNamespace && r.namespace !== undefined ? { namespace: r.namespace } : {}),
      contents,
      reason,
    });
  }
  // Namespaces first: they take the most with them.
  return out.sort((a, b) => Number(b.namespace !== undefined) - Number(a.namespace !== undefined) || byString(a.address, b.address));
}

/** Per stack: addresses added, removed and changed, with actions and attributes. Stacks without change are left out. */
export function diffTerraform(base: ReadonlyMap<string, object>, head: ReadonlyMap<string, object>): TerraformStackDiff[] {
  const stacks = [...new Set([...base.keys(), ...head.keys()])].sort(byString);
  const out: TerraformStackDiff[] = [];
  for (const stack of stacks) {
    const b = terraformInstanceBodies(base.get(stack));
    const h = terraformInstanceBodies(head.get(stack));
    const added = [...h.keys()].filter((a) => !b.has(a)).sort(byString);
    const removed = [...b.keys()].filter((a) => !h.has(a)).sort(byString);
    const changedAddresses = [...h.keys()].filter((a) => b.has(a) && canonical(b.get(a)!.body) !== canonical(h.get(a)!.body)).sort(byString);
    const status = !base.has(stack) ? "added" : !head.has(stack) ? "removed" : "changed";
    if (status === "changed" && added.length + removed.length + changedAddresses.length === 0) continue;
    const resources = [
      ...added.map((a) => change(h.get(a)!, "create")),
      ...removed.map((a) => change(b.get(a)!, "delete")),
      ...changedAddresses.map((a) => changed(b.get(a)!, h.get(a)!)),
    ].sort((x, y) => byString(x.address, y.address));
    out.push({ stack, status, added, removed, changed: changedAddresses, resources, destructive: destructive(stack, resources, b) });
  }
  return out;
}
