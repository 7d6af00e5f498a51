// One Terraform stack per Kubernetes cluster: the kubernetes provider for the cluster's kubeconfig, a relative
// local backend, and one resource per (resource type, name): objects sharing a name become one resource with
// for_each over their blueprint keys.
import { cdk } from "./engine.js";
import type { Construct } from "constructs";
import type { Finding } from "../../findings/finding.js";
import type { ResolvedCluster } from "../../model/types.js";
import type { ClusterObject, ClusterObjects } from "../../objects/index.js";
import type { TfBody } from "./convert.js";
import { POOL_NODES_OUTPUT, poolNodesOutput } from "./outputs.js";
import { CapacityFindings, FINDINGS_ID, findingsByCluster } from "./findings.js";
import type { TerraformOptions } from "./index.js";
import { KubernetesProvider } from "./provider.js";
import { clusterResources, clusterStackName } from "./resources.js";

export { clusterStackName } from "./resources.js";

/**
 * A resource rendered by aifactory's converter rather than by a generated provider class. Its body is plain data
 * (no cdktf tokens), so the stack puts it into the JSON after cdktf's token resolution: resolving it costs 85 % of
 * synthesis and changes nothing (measured on the 10 GW reference: 263 ms → see the report).
 */
class RawResource extends cdk.TerraformResource {
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

export interface ClusterStackProps {
  readonly cluster: ResolvedCluster;
  readonly objects: readonly ClusterObject[];
  /** The findings of this cluster's stack (findingsByCluster). */
  readonly findings: readonly Finding[];
  /** The blueprint as the user named it, for findings without a location. */
  readonly file: string;
}

/**
 * One cluster's stack: backend, provider, findings, resources. Its JSON carries the raw bodies and no per-resource
 * "//" metadata (construct paths, of no use to Terraform). Users add their own constructs to it.
 */
export class ClusterStack extends cdk.TerraformStack {
  readonly cluster: ResolvedCluster;
  /** The cluster's kubernetes provider (the stack's default one): pass it to your own kubernetes resources. */
  readonly kubernetesProvider: KubernetesProvider;

  constructor(scope: Construct, props: ClusterStackProps) {
    const { cluster } = props;
    super(scope, clusterStackName(cluster));
    this.cluster = cluster;
    // Relative: Terraform runs in cdktf.out/stacks/<stack>; cdktf's default would embed this machine's cwd.
    new cdk.LocalBackend(this, { path: `terraform.${clusterStackName(cluster)}.tfstate` });
    this.kubernetesProvider = new KubernetesProvider(this, "kubernetes", {
      configPath: cluster.kubeconfig.path,
      configContext: cluster.kubeconfig.context,
    });
    new CapacityFindings(this, FINDINGS_ID, props.findings, props.file);
    for (const { type, name, body } of clusterResources(props.objects)) {
      new RawResource(this, `${type}.${name}`, type, name, this.kubernetesProvider, body);
    }
    // What a node-group module stamps on each pool's nodes (the same data as kubernetes/<cluster>/node-labels.json).
    new cdk.TerraformOutput(this, POOL_NODES_OUTPUT, poolNodesOutput(cluster));
  }

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

export function buildClusterStack(scope: Construct, props: ClusterStackProps): ClusterStack {
  return new ClusterStack(scope, props);
}

/** Adds one stack per cluster under `scope` (a cdktf App, or a bare root for in-memory synthesis). */
export function addClusterStacks(
  scope: Construct,
  factory: readonly ClusterObjects[],
  findings: readonly Finding[] = [],
  options: TerraformOptions = {},
): ClusterStack[] {
  const file = options.file ?? "blueprint";
  const byCluster = findingsByCluster(findings, factory.map((c) => c.cluster));
  return factory.map(({ cluster, objects }) =>
    buildClusterStack(scope, { cluster, objects, findings: byCluster.get(cluster) ?? [], file }),
  );
}
