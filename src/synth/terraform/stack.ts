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


/** A resource rendered by aifactory's converter rather than by a generated provider class (faster, same JSON). */
class RawResource extends TerraformResource {
  constructor(
    scope: Construct,
    id: string,
    type: string,
    provider: KubernetesProvider,
    private readonly body: TfBody,
  ) {
    super(scope, id, {
      terraformResourceType: type,
      terraformGeneratorMetadata: { providerName: "kubernetes" },
      provider,
    });
  }

  protected override synthesizeAttributes(): Record<string, unknown> {
    const { for_each: _forEach, depends_on: _dependsOn, ...attributes } = this.body;
    return attributes;
  }

  /** Meta-arguments go in as overrides: cdktf's own (unset) forEach and dependsOn would blank them otherwise. */
  applyMetaArguments(): void {
    for (const meta of ["for_each", "depends_on"]) {
      const value = this.body[meta];
      if (value !== undefined) this.addOverride(meta, value);
    }
  }
}

/** A stack whose JSON carries no per-resource "//" metadata (construct paths; bulky, and of no use to Terraform). */
export class ClusterStack extends TerraformStack {
  override toTerraform(): Record<string, unknown> {
    const tf = super.toTerraform() as Record<string, unknown>;
    const resources = tf["resource"] as Record<string, Record<string, Record<string, unknown>>> | undefined;
    for (const byName of Object.values(resources ?? {})) {
      for (const body of Object.values(byName)) {
        delete body["//"];
        delete body["provider"]; // the stack's only kubernetes provider is the default one
      }
    }
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
    group.bodies.set(key, toResourceBody(object));
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
    const resource = new RawResource(stack, `${group.type}.${group.name}`, group.type, provider, body);
    resource.overrideLogicalId(group.name);
    resource.applyMetaArguments();
  }
  return stack;
}
