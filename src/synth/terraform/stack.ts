// One Terraform stack per Kubernetes cluster: the kubernetes provider for the cluster's kubeconfig, a relative
// local backend, and one resource per (resource type, name): objects sharing a name become one resource with
// for_each over their blueprint keys.
import { LocalBackend, TerraformResource, TerraformStack } from "cdktf";
import { KubernetesProvider } from "@cdktf/provider-kubernetes/lib/provider/index.js";
import type { Construct } from "constructs";
import type { Finding } from "../../findings/finding.js";
import type { ResolvedCluster, ResolvedFactory } from "../../model/types.js";
import type { ClusterObject } from "../kubernetes/objects/index.js";
import { type TfBody, toResourceBody } from "./convert.js";
import { CapacityFindings, concernsCluster } from "./findings.js";
import { forEachResource } from "./for-each.js";


/**
 * A resource rendered by aifactory's converter rather than by a generated provider class. Its body is plain data
 * (no cdktf tokens), so the stack puts it into the JSON after cdktf's token resolution: resolving it costs 85 % of
 * synthesis and changes nothing (measured on the 10 GW reference: 263 ms → see the report).
 */
class RawResource extends TerraformResource {
  constructor(
    scope: Construct,
    id: string,
    readonly resourceType: string,
    readonly logicalName: string,
    provider: KubernetesProvider,
    readonly body: TfBody,
  ) {
    super(scope, id, {
      terraformResourceType: resourceType,
      terraformGeneratorMetadata: { providerName: "kubernetes" },
      provider,
    });
    this.overrideLogicalId(logicalName);
  }
}

/** A stack whose JSON carries the raw bodies and no per-resource "//" metadata (construct paths, of no use to Terraform). */
export class ClusterStack extends TerraformStack {
  override toTerraform(): Record<string, unknown> {
    const tf = super.toTerraform() as Record<string, unknown>;
    const resources = (tf["resource"] ?? {}) as Record<string, Record<string, unknown>>;
    for (const child of this.node.children) {
      if (!(child instanceof RawResource)) continue;
      const byName = resources[child.resourceType] ?? {};
      // The stack's only kubernetes provider is the default one: no "provider" argument needed.
      byName[child.logicalName] = child.body;
      resources[child.resourceType] = byName;
    }
    tf["resource"] = resources;
    return tf;
  }
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
  for (const { object, tf } of objects) {
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

export interface ClusterStackProps {
  readonly model: ResolvedFactory;
  readonly cluster: ResolvedCluster;
  readonly objects: readonly ClusterObject[];
  readonly findings: readonly Finding[];
  /** The blueprint as the user named it, for findings without a location. */
  readonly file: string;
}

export function clusterStackName(cluster: ResolvedCluster): string {
  return cluster.name;
}

export function buildClusterStack(scope: Construct, props: ClusterStackProps): ClusterStack {
  const { cluster, model } = props;
  const stack = new ClusterStack(scope, clusterStackName(cluster));
  // Relative: Terraform runs in cdktf.out/stacks/<stack>; cdktf's default would embed this machine's cwd.
  new LocalBackend(stack, { path: `terraform.${clusterStackName(cluster)}.tfstate` });
  const provider = new KubernetesProvider(stack, "kubernetes", {
    configPath: cluster.kubeconfig.path,
    configContext: cluster.kubeconfig.context,
  });
  const clusters = model.sites.flatMap((s) => s.clusters);
  new CapacityFindings(
    stack,
    "findings",
    props.findings.filter((f) => concernsCluster(f, cluster, clusters)),
    props.file,
  );

  // Which resource creates each namespace, so that namespaced resources wait for it.
  const namespaceOwner = new Map<string, string>();
  for (const { object, tf } of props.objects) {
    if (object.kind === "Namespace" && object.metadata?.name !== undefined) {
      namespaceOwner.set(object.metadata.name, `${tf.type}.${tf.name}`);
    }
  }
  for (const group of groups(props.objects)) {
    const body: TfBody = group.keyed ? forEachResource(group.bodies) : (group.bodies.get("") as TfBody);
    const dependsOn = [...new Set([...group.namespaces].flatMap((ns) => namespaceOwner.get(ns) ?? []))].sort();
    if (dependsOn.length > 0) body["depends_on"] = dependsOn;
    new RawResource(stack, `${group.type}.${group.name}`, group.type, group.name, provider, body);
  }
  return stack;
}
