// gpuStack "gpu-operator": what aifactory emits for the NVIDIA GPU Operator v26.7.0 instead of its static device
// plugin DaemonSets. The fields follow [P] NVIDIA/gpu-operator v26.7.0 api/nvidia/v1/clusterpolicy_types.go and the
// behaviour controllers/object_controls.go and controllers/nodelabeling_controller.go give them (checked 2026-12-01):
//
// - one ClusterPolicy (nvidia.com/v1, cluster-scoped), named as the chart's own (deployments/gpu-operator/templates/
//   clusterpolicy.yaml, "cluster-policy"); users install the chart with --set clusterPolicy.deployCR=false so that
//   this one is the only one the operator reconciles;
// - the device plugin ConfigMap in the operator's namespace, one key per pool with the same v1 config file the static
//   stack mounts (device-plugin.ts devicePluginConfigFile). The operator's config-manager sidecar picks a key by the
//   node label nvidia.com/device-plugin.config, which every pool's nodes carry (src/model/pools.ts stamps it on
//   gpu-operator clusters: node-labels.json, the Terraform output pool_nodes, the kind config);
// - on GKE, the ResourceQuota that admits system-node-critical pods outside kube-system, in the operator's namespace.
//
// Not emitted: the operator's namespace (the chart's `helm install --create-namespace` makes it, and deleting
// aifactory's objects must never delete the operator), the MPS control daemon (the operator runs it for pools whose
// config enables MPS), the driver (nodes bring theirs: see DRIVER).
import type { ResolvedCluster } from "../model/types.js";
import { devicePluginConfigFile, devicePluginPriorityQuota, devicePluginTolerations, poolConfigs, PLUGIN_PRIORITY_CLASS } from "./device-plugin.js";
import { commonLabels } from "./labels.js";
import { canonicalQuantity } from "./quantity.js";
import type { BuildOptions, CustomObject, IConfigMap, IResourceQuota } from "./types.js";

type Profile = NonNullable<BuildOptions["profile"]>;

export const CLUSTER_POLICY_API_VERSION = "nvidia.com/v1";
export const CLUSTER_POLICY_CRD = "clusterpolicies.nvidia.com";
/** [P] NVIDIA/gpu-operator v26.7.0 deployments/gpu-operator/templates/clusterpolicy.yaml: the chart's CR name. */
export const CLUSTER_POLICY_NAME = "cluster-policy";
/** The ConfigMap the ClusterPolicy's devicePlugin.config.name names (aifactory's name, the static stack's too). */
export const OPERATOR_PLUGIN_CONFIGMAP = "nvidia-device-plugin-configs";
/**
 * [P] NVIDIA/gpu-operator v26.7.0 assets/state-device-plugin/0500_daemonset.yaml: the DaemonSet the operator runs
 * the device plugin as, in its own namespace, labelled app=nvidia-device-plugin-daemonset (what `verify` looks for).
 */
export const OPERATOR_PLUGIN_DAEMONSET = "nvidia-device-plugin-daemonset";

/**
 * Component images, from [P] NVIDIA/gpu-operator v26.7.0 deployments/gpu-operator/values.yaml (checked 2026-12-01).
 * They must be in the ClusterPolicy: the operator takes a component's image from the CR, else from an environment
 * variable of its own pod (api/nvidia/v1 clusterpolicy_types.go imagePath, "empty image path provided through both
 * ClusterPolicy CR and ENV"), and the chart's operator Deployment sets only DRIVER_MANAGER_IMAGE and VALIDATOR_IMAGE
 * (templates/operator.yaml) — the chart's own CR carries the rest, and it is not deployed (deployCR=false).
 */
export const OPERATOR_IMAGES = {
  toolkit: { repository: "nvcr.io/nvidia/k8s", image: "container-toolkit", version: "v1.20.0" },
  /** The device plugin and GFD ship in one image; its version is the cluster's devicePlugin.version (v0.20.0 in both). */
  devicePlugin: { repository: "nvcr.io/nvidia", image: "k8s-device-plugin" },
  migManager: { repository: "nvcr.io/nvidia/cloud-native", image: "k8s-mig-manager", version: "v0.15.0" },
} as const;

/**
 * The driver is not installed by the operator (driver.enabled false): aifactory does not know the nodes' OS, which
 * the driver container must match, and its static stack assumes the nodes bring the driver too (GKE's driver
 * installer, DGX OS, a cloud GPU image). The container toolkit is installed (toolkit.enabled), as NVIDIA's GKE
 * instructions for the operator do with a host driver.
 */
export const DRIVER = { enabled: false } as const;

/** The ClusterPolicy fields aifactory sets (v26.7.0 clusterpolicy_types.go; every other field keeps its default). */
interface ComponentImage {
  readonly repository: string;
  readonly image: string;
  /** A tag, or a digest "sha256:…" (imagePath then writes repository/image@digest). */
  readonly version: string;
}
interface Toleration {
  readonly key: string;
  readonly operator: "Exists" | "Equal";
  readonly value?: string;
  readonly effect: string;
}
export interface ClusterPolicySpec {
  readonly operator: Readonly<Record<string, never>>;
  readonly daemonsets: { readonly priorityClassName: string; readonly tolerations: readonly Toleration[] };
  readonly driver: { readonly enabled: boolean };
  readonly toolkit: { readonly enabled: true } & ComponentImage;
  readonly devicePlugin: { readonly enabled: true; readonly config: { readonly name: string } } & ComponentImage;
  readonly dcgmExporter: { readonly enabled: false };
  readonly dcgm: { readonly enabled: false };
  readonly nodeStatusExporter: { readonly enabled: false };
  readonly gfd: { readonly enabled: true } & ComponentImage;
  readonly mig: { readonly strategy: "none" | "single" | "mixed" };
  readonly migManager: { readonly enabled: false } | ({ readonly enabled: true; readonly config: { readonly default: "all-disabled" } } & ComponentImage);
}
export interface ClusterPolicy extends CustomObject {
  readonly spec: ClusterPolicySpec;
}

/** The operator's namespace (gpuOperator.namespace, @default gpu-operator). */
export function operatorNamespace(cluster: ResolvedCluster): string {
  return cluster.gpuOperator?.namespace ?? "gpu-operator";
}

/**
 * The cluster's one MIG strategy: the operator passes mig.strategy to every plugin pod as MIG_STRATEGY
 * (object_controls.go applyMIGConfiguration), and the plugin lets a flag set on its command line or environment
 * override the config file's flags.migStrategy ([P] NVIDIA/k8s-device-plugin v0.20.0 api/config/v1/config.go
 * NewConfig, flags.go UpdateFromCLIFlags; checked 2026-12-01), so it is cluster-wide; pools with different non-none strategies are
 * refused (AIF-K030). Pools without MIG advertise whole GPUs under single or mixed too (the plugin falls back to
 * them on GPUs with MIG disabled: NVIDIA/k8s-device-plugin v0.20.0 README, "MIG strategies").
 */
export function clusterMigStrategy(cluster: ResolvedCluster): "none" | "single" | "mixed" {
  return cluster.pools.map((p) => p.devicePlugin.migStrategy).find((s) => s !== "none") ?? "none";
}

/** The plugin's version as the operator takes it: the digest when the blueprint pins one, else the release tag. */
function pluginVersion(cluster: ResolvedCluster): string {
  const digest = /@(sha256:[a-f0-9]{64})$/.exec(cluster.devicePlugin.image)?.[1];
  return digest ?? cluster.devicePlugin.version;
}

/** Every pool's taints, tolerated by the operator's DaemonSets (daemonsets.tolerations applies to all of them). */
function operatorTolerations(cluster: ResolvedCluster): Toleration[] {
  const seen = new Set<string>();
  const out: Toleration[] = [];
  for (const pool of cluster.pools) {
    for (const t of devicePluginTolerations(pool)) {
      const id = `${t.key}|${t.operator}|${t.value ?? ""}|${t.effect}`;
      if (seen.has(id)) continue;
      seen.add(id);
      out.push({ key: t.key!, operator: t.operator as Toleration["operator"], ...(t.value === undefined ? {} : { value: t.value }), effect: t.effect! });
    }
  }
  return out;
}

export function clusterPolicy(cluster: ResolvedCluster): ClusterPolicy {
  const plugin = { ...OPERATOR_IMAGES.devicePlugin, version: pluginVersion(cluster) };
  const strategy = clusterMigStrategy(cluster);
  return {
    apiVersion: CLUSTER_POLICY_API_VERSION,
    kind: "ClusterPolicy",
    metadata: { name: CLUSTER_POLICY_NAME, labels: commonLabels() },
    spec: {
      operator: {},
      daemonsets: { priorityClassName: PLUGIN_PRIORITY_CLASS, tolerations: operatorTolerations(cluster) },
      driver: { ...DRIVER },
      toolkit: { enabled: true, ...OPERATOR_IMAGES.toolkit },
      devicePlugin: { enabled: true, ...plugin, config: { name: OPERATOR_PLUGIN_CONFIGMAP } },
      // Monitoring is left to the user (aifactory emits no ServiceMonitor): off, so that no image is needed for it.
      dcgmExporter: { enabled: false },
      dcgm: { enabled: false },
      nodeStatusExporter: { enabled: false },
      gfd: { enabled: true, ...plugin },
      mig: { strategy },
      // The MIG manager applies the nvidia.com/mig.config layout each MIG pool's nodes carry; with the default
      // all-disabled, the operator labels MIG-capable nodes that carry none all-disabled (nodelabeling_controller.go),
      // so whole-GPU pools stay unpartitioned and a MIG pool without migConfig is refused (AIF-K032).
      migManager: strategy === "none" ? { enabled: false } : { enabled: true, ...OPERATOR_IMAGES.migManager, config: { default: "all-disabled" } },
    },
  };
}

/**
 * One key per pool config (the pool's name), each the v1 config file of the static stack. No default key: a GPU
 * node without the label gets the plugin's built-in defaults (the operator sets FALLBACK_STRATEGIES=empty). The
 * operator's plugin runs with FAIL_ON_INIT_ERROR=true (v26.7.0 assets/state-device-plugin/0500_daemonset.yaml), which
 * overrides the kind profile's failOnInitError: false as MIG_STRATEGY overrides migStrategy.
 */
export function operatorPluginConfigMap(cluster: ResolvedCluster, profile: Profile): IConfigMap {
  const data: Record<string, string> = {};
  for (const config of poolConfigs(cluster)) data[config.configName] = devicePluginConfigFile(config, profile);
  return {
    apiVersion: "v1",
    kind: "ConfigMap",
    metadata: { name: OPERATOR_PLUGIN_CONFIGMAP, namespace: operatorNamespace(cluster), labels: commonLabels({ "app.kubernetes.io/name": "nvidia-device-plugin" }) },
    data,
  };
}

/**
 * System-node-critical pods the chart and the operator run per GPU node ([P] NVIDIA/gpu-operator v26.7.0 values.yaml
 * daemonsets.priorityClassName and node-feature-discovery.priorityClassName; assets/state-*): the container toolkit,
 * the device plugin, GFD, the operator validator, the MIG manager, the MPS control daemon and NFD's worker.
 */
export const OPERATOR_CRITICAL_PODS_PER_NODE = 7;
/** And once per cluster: the operator's Deployment, NFD's master and its garbage collector. */
export const OPERATOR_CRITICAL_PODS_PER_CLUSTER = 3;

/**
 * GKE's priority quota (device-plugin.ts devicePluginPriorityQuota says why), in the operator's namespace, sized for
 * the operator's pods. Nodes outside the pools run an NFD worker too: the quota counts the pools' nodes only.
 */
export function operatorPriorityQuota(cluster: ResolvedCluster): IResourceQuota | undefined {
  const quota = devicePluginPriorityQuota(cluster);
  if (quota === undefined) return undefined;
  const pods = cluster.totals.nodes * OPERATOR_CRITICAL_PODS_PER_NODE + OPERATOR_CRITICAL_PODS_PER_CLUSTER;
  return {
    ...quota,
    metadata: { ...quota.metadata, namespace: operatorNamespace(cluster) },
    spec: { ...quota.spec, hard: { pods: canonicalQuantity(pods) } },
  };
}
