// The NVIDIA device plugin, after the upstream v0.20.0 static manifest (NVIDIA/k8s-device-plugin
// deployments/static/nvidia-device-plugin.yml, [P] upstream repository), plus what per-pool configs need:
// the chart's config-manager (init container + sidecar, same image) picks each node's config from the
// nvidia.com/device-plugin.config label, which is why the pods read nodes (ServiceAccount + ClusterRole).
import { stringifyYaml } from "../yaml/write.js";
import type { ResolvedCluster, ResolvedDevicePluginConfig, ResolvedPool } from "../model/types.js";
import { DEVICE_PLUGIN_CONFIG_LABEL, GPU_RESOURCE, POOL_LABEL, SECURITY_REASON_ANNOTATIONS, commonLabels } from "./labels.js";
import { poolTolerations } from "./pool-scheduling.js";
import type { IToleration } from "kubernetes-models/v1/Toleration";
import type { IVolume } from "kubernetes-models/v1/Volume";
import type { BuildOptions, IClusterRole, IClusterRoleBinding, IConfigMap, IDaemonSet, IServiceAccount } from "./types.js";

type Profile = NonNullable<BuildOptions["profile"]>;

/** Names from the upstream manifest. */
export const DAEMONSET_NAME = "nvidia-device-plugin-daemonset";
export const SELECTOR_LABELS = { name: "nvidia-device-plugin-ds" } as const;
export const CONTAINER_NAME = "nvidia-device-plugin-ctr";
export const DEVICE_PLUGINS_DIR = "/var/lib/kubelet/device-plugins";
/** aifactory's names for what the static manifest lacks. */
export const SERVICE_ACCOUNT = "nvidia-device-plugin";
export const CONFIGMAP_NAME = "nvidia-device-plugin-configs";
/** Config used by a GPU node that carries no nvidia.com/device-plugin.config label: no sharing, no MIG. */
export const FALLBACK_CONFIG = "aifactory-default";
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
  const key = JSON.stringify([config?.migStrategy, config?.timeSlicingReplicas, config?.mpsReplicas, profile]);
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
  const replicas = (n: number) => ({ resources: [{ name: GPU_RESOURCE, replicas: n }] });
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
  const data: Record<string, string> = { [FALLBACK_CONFIG]: devicePluginConfigFile(undefined, profile) };
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
  };
}

export function devicePluginClusterRole(): IClusterRole {
  return {
    apiVersion: "rbac.authorization.k8s.io/v1",
    kind: "ClusterRole",
    metadata: { name: SERVICE_ACCOUNT, labels: labels() },
    // config-manager reads its node's nvidia.com/device-plugin.config label.
    rules: [{ apiGroups: [""], resources: ["nodes"], verbs: ["get", "list", "watch"] }],
  };
}

export function devicePluginClusterRoleBinding(cluster: ResolvedCluster): IClusterRoleBinding {
  return {
    apiVersion: "rbac.authorization.k8s.io/v1",
    kind: "ClusterRoleBinding",
    metadata: { name: SERVICE_ACCOUNT, labels: labels() },
    roleRef: { apiGroup: "rbac.authorization.k8s.io", kind: "ClusterRole", name: SERVICE_ACCOUNT },
    subjects: [{ kind: "ServiceAccount", name: SERVICE_ACCOUNT, namespace: cluster.devicePlugin.namespace }],
  };
}

/** Tolerations: the upstream one, then each pool's own taints (deduplicated, blueprint order). */
function tolerations(pools: readonly ResolvedPool[]): IToleration[] {
  const out: IToleration[] = [{ key: GPU_RESOURCE, operator: "Exists", effect: "NoSchedule" }];
  const seen = new Set([`${GPU_RESOURCE}||NoSchedule`]);
  for (const t of pools.flatMap(poolTolerations)) {
    const id = `${t.key}|${t.value ?? ""}|${t.effect}`;
    if (seen.has(id)) continue;
    seen.add(id);
    out.push({ ...t });
  }
  return out;
}

/** Security context of every container: as upstream (no privilege escalation, no capabilities). */
const SECURITY_CONTEXT = { allowPrivilegeEscalation: false, capabilities: { drop: ["ALL"] } };

/** aifactory's sizing (upstream sets none): the plugin is a small Go daemon, config-manager smaller still. */
const PLUGIN_RESOURCES = { requests: { cpu: "50m", memory: "64Mi" }, limits: { cpu: "500m", memory: "256Mi" } };
const CONFIG_MANAGER_RESOURCES = { requests: { cpu: "10m", memory: "32Mi" }, limits: { cpu: "100m", memory: "64Mi" } };

/** config-manager settings, after the upstream Helm chart. */
function configManagerEnv(oneshot: boolean) {
  return [
    { name: "ONESHOT", value: String(oneshot) },
    { name: "KUBECONFIG", value: "" },
    { name: "NODE_NAME", valueFrom: { fieldRef: { fieldPath: "spec.nodeName" } } },
    { name: "NODE_LABEL", value: DEVICE_PLUGIN_CONFIG_LABEL },
    { name: "CONFIG_FILE_SRCDIR", value: "/available-configs" },
    { name: "CONFIG_FILE_DST", value: "/config/config.yaml" },
    { name: "DEFAULT_CONFIG", value: FALLBACK_CONFIG },
    { name: "FALLBACK_STRATEGIES", value: "named,single" },
    { name: "SEND_SIGNAL", value: String(!oneshot) },
    // SIGHUP makes the plugin reload its config.
    { name: "SIGNAL", value: oneshot ? "" : "1" },
    { name: "PROCESS_TO_SIGNAL", value: oneshot ? "" : "nvidia-device-plugin" },
  ];
}

const CONFIG_MOUNTS = [
  { name: "available-configs", mountPath: "/available-configs" },
  { name: "config", mountPath: "/config" },
];

/** The baseline exceptions the plugin needs, each with its reason (src/policy accepts them only when recorded). */
export const DEVICE_PLUGIN_SECURITY_REASONS = {
  [SECURITY_REASON_ANNOTATIONS.hostPath]:
    `the plugin registers with the kubelet through a socket in ${DEVICE_PLUGINS_DIR}, mounted from the host ` +
    "as in the upstream static manifest (NVIDIA/k8s-device-plugin v0.20.0); MPS pools also mount the host's MPS root",
  [SECURITY_REASON_ANNOTATIONS.runAsRoot]:
    `the upstream image runs as root: the kubelet's ${DEVICE_PLUGINS_DIR} is owned by root, and the plugin creates ` +
    "its socket there; privilege escalation stays off and every capability is dropped",
} as const;

export function devicePluginDaemonSet(cluster: ResolvedCluster): IDaemonSet {
  const image = cluster.devicePlugin.image;
  const usesMps = cluster.pools.some((p) => p.devicePlugin.mpsReplicas !== undefined);
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
  return {
    apiVersion: "apps/v1",
    kind: "DaemonSet",
    metadata: {
      name: DAEMONSET_NAME,
      namespace: cluster.devicePlugin.namespace,
      labels: labels(),
      annotations: { ...DEVICE_PLUGIN_SECURITY_REASONS },
    },
    spec: {
      selector: { matchLabels: { ...SELECTOR_LABELS } },
      updateStrategy: { type: "RollingUpdate" },
      template: {
        metadata: { labels: { ...SELECTOR_LABELS, ...labels() } },
        spec: {
          // Only the blueprint's GPU pools.
          affinity: {
            nodeAffinity: {
              requiredDuringSchedulingIgnoredDuringExecution: {
                nodeSelectorTerms: [
                  { matchExpressions: [{ key: POOL_LABEL, operator: "In", values: cluster.pools.map((p) => p.name) }] },
                ],
              },
            },
          },
          tolerations: tolerations(cluster.pools),
          priorityClassName: "system-node-critical",
          serviceAccountName: SERVICE_ACCOUNT,
          // The sidecar signals the plugin process when the node's config label changes.
          shareProcessNamespace: true,
          initContainers: [
            {
              name: "nvidia-device-plugin-init",
              image,
              command: ["config-manager"],
              env: configManagerEnv(true),
              resources: CONFIG_MANAGER_RESOURCES,
              securityContext: SECURITY_CONTEXT,
              volumeMounts: CONFIG_MOUNTS,
            },
          ],
          containers: [
            {
              name: "nvidia-device-plugin-sidecar",
              image,
              command: ["config-manager"],
              env: configManagerEnv(false),
              resources: CONFIG_MANAGER_RESOURCES,
              securityContext: SECURITY_CONTEXT,
              volumeMounts: CONFIG_MOUNTS,
            },
            {
              name: CONTAINER_NAME,
              image,
              command: ["nvidia-device-plugin"],
              env: [{ name: "CONFIG_FILE", value: "/config/config.yaml" }, ...mpsEnv],
              resources: PLUGIN_RESOURCES,
              securityContext: SECURITY_CONTEXT,
              volumeMounts: [{ name: "kubelet-device-plugins-dir", mountPath: DEVICE_PLUGINS_DIR }, ...mpsMounts, ...CONFIG_MOUNTS],
            },
          ],
          volumes: [
            { name: "kubelet-device-plugins-dir", hostPath: { path: DEVICE_PLUGINS_DIR, type: "Directory" } },
            ...mpsVolumes,
            { name: "available-configs", configMap: { name: CONFIGMAP_NAME } },
            { name: "config", emptyDir: {} },
          ],
        },
      },
    },
  };
}
