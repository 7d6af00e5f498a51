// The kubernetes provider of each cluster's stack: a small class on cdktf's TerraformProvider rather than the
// generated @cdktf/provider-kubernetes class. That package pins one engine (it fails under CDK Terrain at run time:
// `_resetResolveDiscoveredProviderFeatureUsage is not a function`, and there is no @cdktn twin) and weighs a
// consumer's install; a stack needs only the provider block and its version pin. Users who want typed kubernetes
// resources install @cdktf/provider-kubernetes themselves and pass this provider to them.
import { cdk } from "./engine.js";
import type { Construct } from "constructs";
import { KUBERNETES_PROVIDER } from "./plain.js";

export interface KubernetesProviderProps {
  /** The kubeconfig file. @default the provider's own default (KUBE_CONFIG_PATH, in-cluster config) */
  readonly configPath?: string;
  /** The kubeconfig context. @default the kubeconfig's current context */
  readonly configContext?: string;
  /** A provider alias, for a second kubernetes provider in the same stack. @default none: the default provider */
  readonly alias?: string;
}

/** `provider "kubernetes"`, pinned to the version aifactory's resource bodies are written for. */
export class KubernetesProvider extends cdk.TerraformProvider {
  readonly configPath: string | undefined;
  readonly configContext: string | undefined;
  private readonly providerAlias: string | undefined;

  constructor(scope: Construct, id: string, props: KubernetesProviderProps = {}) {
    super(scope, id, {
      terraformResourceType: "kubernetes",
      terraformGeneratorMetadata: { providerName: "kubernetes", providerVersion: KUBERNETES_PROVIDER.version },
      terraformProviderSource: KUBERNETES_PROVIDER.source,
    });
    this.configPath = props.configPath;
    this.configContext = props.configContext;
    this.providerAlias = props.alias;
  }

  override get alias(): string | undefined {
    return this.providerAlias;
  }

  // config_context before config_path: the order plain.ts writes, and the generated class's.
  protected override synthesizeAttributes(): Record<string, unknown> {
    const out: Record<string, unknown> = {};
    if (this.configContext !== undefined) out["config_context"] = this.configContext;
    if (this.configPath !== undefined) out["config_path"] = this.configPath;
    return out;
  }
}
