// What one cluster's Terraform stack holds, as plain data: one resource per (resource type, name), objects sharing
// a name grouped into one resource with for_each over their blueprint keys, namespaced resources depending on the
// resource that creates their namespace. Both renderings of a stack use it: the cdktf constructs (stack.ts, for the
// app `cdktf synth` runs) and the direct Terraform JSON (plain.ts, for `aifactory synth`, plan and the benchmark).
import type { ResolvedCluster } from "../../model/types.js";
import type { ClusterObject } from "../../objects/index.js";
import { type TfBody, toResourceBody } from "./convert.js";
import { terraformAddress } from "./addresses.js";
import { forEachResource } from "./for-each.js";

export interface StackResource {
  readonly type: string;
  readonly name: string;
  readonly body: TfBody;
}

export function clusterStackName(cluster: ResolvedCluster): string {
  return cluster.name;
}

interface Group {
  readonly type: string;
  readonly name: string;
  readonly keyed: boolean;
  readonly bodies: Map<string, TfBody>;
  readonly namespaces: Set<string>;
}

/** Objects grouped by Terraform address, in first-appearance (apply) order. */
function groups(objects: readonly ClusterObject[]): Group[] {
  const byAddress = new Map<string, Group>();
  for (const o of objects) {
    const { object } = o;
    const tf = terraformAddress(o);
    const address = `${tf.type}.${tf.name}`;
    let group = byAddress.get(address);
    if (group === undefined) {
      group = { type: tf.type, name: tf.name, keyed: tf.key !== undefined, bodies: new Map(), namespaces: new Set() };
      byAddress.set(address, group);
    }
    const key = tf.key ?? "";
    if (group.keyed !== (tf.key !== undefined) || group.bodies.has(key) || (!group.keyed && group.bodies.size > 0)) {
      throw new Error(`Terraform address ${address}${tf.key === undefined ? "" : `["${tf.key}"]`} is given twice`);
    }
    group.bodies.set(key, toResourceBody(object, tf.type));
    const ns = object.metadata?.namespace;
    if (ns !== undefined) group.namespaces.add(ns);
  }
  return [...byAddress.values()];
}

/** The stack's resources, in first-appearance (apply) order of their addresses. */
export function clusterResources(objects: readonly ClusterObject[]): StackResource[] {
  // Which resource creates each namespace, so that namespaced resources wait for it.
  const namespaceOwner = new Map<string, string>();
  for (const o of objects) {
    const { object } = o;
    if (object.kind === "Namespace" && object.metadata?.name !== undefined) {
      const tf = terraformAddress(o);
      namespaceOwner.set(object.metadata.name, `${tf.type}.${tf.name}`);
    }
  }
  return groups(objects).map((group) => {
    const body: TfBody = group.keyed ? forEachResource(group.bodies) : (group.bodies.get("") as TfBody);
    const dependsOn = [...new Set([...group.namespaces].flatMap((ns) => namespaceOwner.get(ns) ?? []))].sort();
    if (dependsOn.length > 0) body["depends_on"] = dependsOn;
    return { type: group.type, name: group.name, body };
  });
}
