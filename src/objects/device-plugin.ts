// The NVIDIA device plugin, after the upstream v0.20.0 static manifest and Helm chart (NVIDIA/k8s-device-plugin
// deployments/static/nvidia-device-plugin.yml, deployments/helm/nvidia-device-plugin), one DaemonSet per pool.
//
// Why one DaemonSet per pool, each mounting its own config file, rather than one DaemonSet whose config-manager
// sidecar picks a config by the node label nvidia.com/device-plugin.config (the chart's way): the label would have
// to be put on real nodes by someone, and nothing in a declarative apply does that. A pool's DaemonSet selects its
// nodes by the labels they already carry (GPU Feature Discovery's product label plus the blueprint's selector), so
// time-slicing, MPS and MIG settings reach the pool's nodes with nothing but `kubectl apply` or `terraform apply`,
// and the plugin needs no API access (no ClusterRole on nodes, no sidecar). A changed config changes the pod
// template's config hash, so the DaemonSet rolls its pods to read it.
import { createHash } from "node:crypto";
import { stringifyYaml } from "../yaml/write.js";
import type { ResolvedCluster, ResolvedDevicePluginConfig, ResolvedPool } from "../model/types.js";
import { GPU_RESOURCE, POOL_LABEL, SECURITY_REASON_ANNOTATIONS, commonLabels } from "./labels.js";
import { denyAllNetworkPolicy, hardenedContainerSecurityContext, hardenedPodSecurityContext } from "./hardening.js";
import { poolProductTerms, poolTolerations } from "./pool-scheduling.js";
import type { IToleration } from "kubernetes-models/v1/Toleration";
import type { IVolume } from "kubernetes-models/v1/Volume";
import type { IContainer } from "kubernetes-models/v1/Container";
import type { INodeSelectorTerm } from "kubernetes-models/v1/NodeSelectorTerm";
import type { BuildOptions, IConfigMap, IDaemonSet, INetworkPolicy, IResourceQuota, IServiceAccount } from "./types.js";
import { canonicalQuantity } from "./quantity.js";

type Profile = NonNullable<BuildOptions["profile"]>;

/** Names from the upstream manifest; the DaemonSet's name and its pod selector add the pool's name. */
export const DAEMONSET_NAME_PREFIX = "nvidia-device-plugin";
export const SELECTOR_LABELS = { name: "nvidia-device-plugin-ds" } as const;
export const CONTAINER_NAME = "nvidia-device-plugin-ctr";
export const DEVICE_PLUGINS_DIR = "/var/lib/kubelet/device-plugins";
/** aifactory's names for what the static manifest lacks. */
export const SERVICE_ACCOUNT = "nvidia-device-plugin";
export const CONFIGMAP_NAME = "nvidia-device-plugin-configs";
/** Where each pool's DaemonSet mounts its own config file (the plugin's CONFIG_FILE). */
export const CONFIG_DIR = "/etc/nvidia-device-plugin";
export const CONFIG_FILE = `${CONFIG_DIR}/config.yaml`;
/** [P] NVIDIA/k8s-device-plugin Helm chart: MPS root on the host. */
export const MPS_ROOT = "/run/nvidia/mps";

/**
 * Config files already written, by what they depend on: a factory has few distinct ones (MIG strategy × sharing ×
 * profile) and every pool of every cluster asks, in each emitter. Bounded, as the inputs come from blueprints.
 */
const configFiles = new Map<string, string>();
const MAX_CACHED_CONFIG_FILES = 1024;

/** The device plugin config file (format version v1) for one pool. */
export function devicePluginConfigFile(config: ResolvedDevicePluginConfig | undefined, profile: Profile): string {
  const key = JSON.stringify([config?.migStrategy, config?.timeSlicingReplicas, config?.mpsReplicas, config?.resources.map((r) => r.name), profile]);
  let file = configFiles.get(key);
  if (file === undefined) {
    if (configFiles.size >= MAX_CACHED_CONFIG_FILES) configFiles.clear();
    file = writeConfigFile(config, profile);
    configFiles.set(key, file);
  }
  return file;
}

function writeConfigFile(config: ResolvedDevicePluginConfig | undefined, profile: Profile): string {
  const flags = {
    migStrategy: config?.migStrategy ?? "none",
    // Without GPUs (kind) the plugin must idle rather than crash-loop.
    failOnInitError: profile !== "kind",
  };
  // Sharing applies to every resource the pool advertises: nvidia.com/gpu, or each MIG profile's resource under mixed
  // ([P] NVIDIA/k8s-device-plugin v0.20.0 README, "Shared Access to GPUs": resources may name MIG resources).
  const names = config?.resources.map((r) => r.name) ?? [GPU_RESOURCE];
  const replicas = (n: number) => ({ resources: names.map((name) => ({ name, replicas: n })) });
  const sharing =
    config?.timeSlicingReplicas !== undefined
      ? { timeSlicing: replicas(config.timeSlicingReplicas) }
      : config?.mpsReplicas !== undefined
        ? { mps: replicas(config.mpsReplicas) }
        : undefined;
  return stringifyYaml({ version: "v1", flags, ...(sharing ? { sharing } : {}) });
}

/** The distinct configs of the cluster's pools, in blueprint order (first definition of a name wins). */
export function poolConfigs(cluster: ResolvedCluster): ResolvedDevicePluginConfig[] {
  const seen = new Map<string, ResolvedDevicePluginConfig>();
  for (const pool of cluster.pools) {
    if (!seen.has(pool.devicePlugin.configName)) seen.set(pool.devicePlugin.configName, pool.devicePlugin);
  }
  return [...seen.values()];
}

function labels(): Record<string, string> {
  return commonLabels({ "app.kubernetes.io/name": "nvidia-device-plugin" });
}

export function devicePluginConfigMap(cluster: ResolvedCluster, profile: Profile): IConfigMap {
  const data: Record<string, string> = {};
  for (const config of poolConfigs(cluster)) data[config.configName] = devicePluginConfigFile(config, profile);
  return {
    apiVersion: "v1",
    kind: "ConfigMap",
    metadata: { name: CONFIGMAP_NAME, namespace: cluster.devicePlugin.namespace, labels: labels() },
    data,
  };
}

export function devicePluginServiceAccount(cluster: ResolvedCluster): IServiceAccount {
  return {
    apiVersion: "v1",
    kind: "ServiceAccount",
    metadata: { name: SERVICE_ACCOUNT, namespace: cluster.devicePlugin.namespace, labels: labels() },
    // The plugin talks to the kubelet, not to the API server.
    automountServiceAccountToken: false,
  };
}

/** Tolerations: the upstream one, then the pool's own taints (deduplicated). */
export function devicePluginTolerations(pool: ResolvedPool): IToleration[] {
  const out: IToleration[] = [{ key: GPU_RESOURCE, operator: "Exists", effect: "NoSchedule" }];
  const seen = new Set([`${GPU_RESOURCE}||NoSchedule`]);
  for (const t of poolTolerations(pool)) {
    const id = `${t.key}|${t.value ?? ""}|${t.effect}`;
    if (seen.has(id)) continue;
    seen.add(id);
    out.push({ ...t });
  }
  return out;
}

/**
 * [P] NVIDIA/k8s-device-plugin v0.20.0 Helm chart values.yaml (affinity): a node is a GPU node when NFD labels the
 * NVIDIA PCI vendor (10de) present, or when nvidia.com/gpu.present=true (the GPU Operator's label, which also forces
 * it). The chart's third term (NFD's CPU vendor NVIDIA, for Tegra boards) is left out: no catalog system is a Tegra.
 */
export const GPU_NODE_LABELS = ["feature.node.kubernetes.io/pci-10de.present", "nvidia.com/gpu.present"] as const;

/**
 * The pool's node affinity: each upstream GPU-node term AND every label of the pool's selector (terms are ORed,
 * expressions ANDed). Every expression has one value, so the order Terraform's provider stores a set in cannot
 * differ from the YAML's.
 */
export function poolNodeAffinityTerms(pool: ResolvedPool): INodeSelectorTerm[] {
  const selector = Object.entries(pool.nodeSelector).map(([key, value]) => ({ key, operator: "In" as const, values: [value] }));
  const products = poolProductTerms(pool);
  const variants = products.length === 0 ? [[]] : products;
  return GPU_NODE_LABELS.flatMap((key) =>
    variants.map((product) => ({ matchExpressions: [{ key, operator: "In" as const, values: ["true"] }, ...selector, ...product] })),
  );
}


/**
 * Whether the pool's plugin gets what the v0.20.0 Helm chart adds for MIG (templates/_helpers.tpl,
 * requiresCapSysAdmin and addMigMonitorDevices): CAP_SYS_ADMIN and NVIDIA_MIG_MONITOR_DEVICES=all whenever a MIG
 * strategy other than none may be in use. The chart also adds them for any external config map, because it cannot
 * read the strategy inside; aifactory writes each pool's config itself, so only pools with a MIG strategy get them.
 */
export function poolUsesMig(pool: ResolvedPool): boolean {
  return pool.devicePlugin.migStrategy !== "none";
}

/** NVIDIA_MIG_MONITOR_DEVICES=all on MIG pools (see poolUsesMig): the runtime then exposes the MIG monitor capability. */
export function migMonitorEnv(pool: ResolvedPool): { name: string; value: string }[] {
  return poolUsesMig(pool) ? [{ name: "NVIDIA_MIG_MONITOR_DEVICES", value: "all" }] : [];
}

/** Why MIG pools' plugins add SYS_ADMIN, recorded on the DaemonSet (src/policy accepts added capabilities only so). */
export const MIG_CAPABILITY_REASON =
  "SYS_ADMIN on MIG pools, as the NVIDIA device plugin v0.20.0 Helm chart adds it with NVIDIA_MIG_MONITOR_DEVICES=all " +
  "whenever a MIG strategy is set: the plugin enumerates MIG devices through the MIG monitor capability " +
  "(/dev/nvidia-caps), which the container runtime exposes with that variable and which needs CAP_SYS_ADMIN; " +
  "every other capability is dropped";

/** aifactory's sizing (upstream sets none): the plugin is a small Go daemon. */
export const PLUGIN_RESOURCES = { requests: { cpu: "50m", memory: "64Mi" }, limits: { cpu: "500m", memory: "256Mi" } };

/** The baseline exceptions the plugin needs, each with its reason (src/policy accepts them only when recorded). */
export const DEVICE_PLUGIN_SECURITY_REASONS = {
  [SECURITY_REASON_ANNOTATIONS.hostPath]:
    `the plugin registers with the kubelet through a socket in ${DEVICE_PLUGINS_DIR}, mounted from the host ` +
    "as in the upstream static manifest (NVIDIA/k8s-device-plugin v0.20.0); MPS pools also mount the host's MPS root",
  [SECURITY_REASON_ANNOTATIONS.runAsRoot]:
    `the upstream image runs as root: the kubelet's ${DEVICE_PLUGINS_DIR} is owned by root, and the plugin creates ` +
    "its socket there; privilege escalation stays off and every capability is dropped",
} as const;

/** Pod template annotation: the SHA-256 of the pool's config file, so that a changed config rolls the pods. */
export const CONFIG_HASH_ANNOTATION = "aifactory.dev/device-plugin-config-sha256";

/** The DaemonSet's name: the upstream prefix and the pool's name (a DNS label, so the name stays a DNS subdomain). */
export function devicePluginDaemonSetName(pool: ResolvedPool): string {
  return `${DAEMONSET_NAME_PREFIX}-${pool.name}`;
}

/** The device plugin of one pool: on every node its selector finds, and only there, with the pool's own config. */
export function devicePluginDaemonSet(cluster: ResolvedCluster, pool: ResolvedPool, profile: Profile): IDaemonSet {
  const image = cluster.devicePlugin.image;
  const name = devicePluginDaemonSetName(pool);
  const selector = { ...SELECTOR_LABELS, [POOL_LABEL]: pool.name };
  const config = devicePluginConfigFile(pool.devicePlugin, profile);
  const usesMps = pool.devicePlugin.mpsReplicas !== undefined;
  const mpsEnv = usesMps ? [{ name: "MPS_ROOT", value: MPS_ROOT }] : [];
  const mpsMounts = usesMps
    ? [
        { name: "mps-shm", mountPath: "/dev/shm" },
        { name: "mps-root", mountPath: "/mps" },
      ]
    : [];
  const mpsVolumes: IVolume[] = usesMps
    ? [
        { name: "mps-root", hostPath: { path: MPS_ROOT, type: "DirectoryOrCreate" } },
        { name: "mps-shm", hostPath: { path: `${MPS_ROOT}/shm` } },
      ]
    : [];
  const plugin: IContainer = {
    name: CONTAINER_NAME,
    image,
    command: ["nvidia-device-plugin"],
    env: [{ name: "CONFIG_FILE", value: CONFIG_FILE }, ...mpsEnv, ...migMonitorEnv(pool)],
    resources: PLUGIN_RESOURCES,
    securityContext: poolUsesMig(pool)
      ? { ...hardenedContainerSecurityContext(), capabilities: { drop: ["ALL"], add: ["SYS_ADMIN"] } }
      : hardenedContainerSecurityContext(),
    volumeMounts: [
      { name: "kubelet-device-plugins-dir", mountPath: DEVICE_PLUGINS_DIR },
      ...mpsMounts,
      { name: "config", mountPath: CONFIG_DIR, readOnly: true },
    ],
  };
  return {
    apiVersion: "apps/v1",
    kind: "DaemonSet",
    metadata: {
      name,
      namespace: cluster.devicePlugin.namespace,
      labels: { ...labels(), [POOL_LABEL]: pool.name },
      annotations: {
        ...DEVICE_PLUGIN_SECURITY_REASONS,
        ...(poolUsesMig(pool) ? { [SECURITY_REASON_ANNOTATIONS.capabilities]: MIG_CAPABILITY_REASON } : {}),
      },
    },
    spec: {
      selector: { matchLabels: { ...selector } },
      updateStrategy: { type: "RollingUpdate" },
      template: {
        metadata: {
          labels: { ...selector, ...labels() },
          annotations: { [CONFIG_HASH_ANNOTATION]: createHash("sha256").update(config).digest("hex") },
        },
        spec: {
          ...poolDaemonPlacement(pool),
          securityContext: hardenedPodSecurityContext(),
          containers: [plugin],
          volumes: [
            { name: "kubelet-device-plugins-dir", hostPath: { path: DEVICE_PLUGINS_DIR, type: "Directory" } },
            ...mpsVolumes,
            { name: "config", configMap: { name: CONFIGMAP_NAME, items: [{ key: pool.devicePlugin.configName, path: "config.yaml" }] } },
          ],
        },
      },
    },
  };
}

/** The plugin's pods talk to nothing over the network (hardening.ts says why): every pool's, by their shared label. */
export const DENY_ALL_POLICY_NAME = "nvidia-device-plugin-deny-all";
export function devicePluginNetworkPolicy(cluster: ResolvedCluster): INetworkPolicy {
  return denyAllNetworkPolicy(DENY_ALL_POLICY_NAME, cluster.devicePlugin.namespace, SELECTOR_LABELS, labels());
}

/** The priority class the plugin's pods run at, as in the upstream static manifest. */
export const PLUGIN_PRIORITY_CLASS = "system-node-critical";

/**
 * GKE admits pods of the system-node-critical and system-cluster-critical classes outside kube-system only in a
 * namespace with a ResourceQuota scoped to that class ([S] NVIDIA/gpu-operator#660, GKE's "insufficient quota to
 * match these scopes" on the device plugin's pods). One plugin pod per GPU node: the quota is the cluster's nodes.
 * Emitted for clusters whose node-limit profile is gke, the one place a blueprint names the platform today.
 */
export function devicePluginPriorityQuota(cluster: ResolvedCluster): IResourceQuota | undefined {
  if (cluster.nodeLimit.profile !== "gke") return undefined;
  return {
    apiVersion: "v1",
    kind: "ResourceQuota",
    metadata: { name: "system-node-critical-pods", namespace: cluster.devicePlugin.namespace, labels: labels() },
    spec: {
      hard: { pods: canonicalQuantity(Math.max(1, cluster.totals.nodes)) },
      scopeSelector: { matchExpressions: [{ scopeName: "PriorityClass", operator: "In", values: [PLUGIN_PRIORITY_CLASS] }] },
    },
  };
}

/** Where a pool's node daemons (the plugin, the MPS control daemon) run and as whom: the pool's nodes only. */
export function poolDaemonPlacement(pool: ResolvedPool) {
  return {
    affinity: { nodeAffinity: { requiredDuringSchedulingIgnoredDuringExecution: { nodeSelectorTerms: poolNodeAffinityTerms(pool) } } },
    tolerations: devicePluginTolerations(pool),
    priorityClassName: PLUGIN_PRIORITY_CLASS,
    serviceAccountName: SERVICE_ACCOUNT,
    automountServiceAccountToken: false,
  } as const;
}
