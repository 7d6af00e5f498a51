// The MPS control daemon a pool with MPS sharing needs: the device plugin, configured for MPS, waits for the daemon's
// pipe and ready file under the MPS root before it advertises anything. Shape after the NVIDIA/k8s-device-plugin
// v0.20.0 Helm chart (deployments/helm/nvidia-device-plugin/templates/daemonset-mps-control-daemon.yml, values.yaml
// `mps`): the plugin's image; an init container `mps-control-daemon mount-shm` that mounts a tmpfs at /mps/shm with
// bidirectional propagation; the container `mps-control-daemon` with NVIDIA_VISIBLE_DEVICES=all and
// NVIDIA_DRIVER_CAPABILITIES=compute,utility; both privileged; hostPID (the chart's default, mps.enableHostPID: true);
// the host's MPS root and its shm directory mounted at /mps and /dev/shm.
//
// Where it differs from the chart, and why:
// - Node selection: the chart selects nvidia.com/mps.capable=true, a label GPU Feature Discovery sets only when its
//   own config (chosen by the nvidia.com/device-plugin.config node label) enables MPS. aifactory gives each pool its
//   config through the pool's DaemonSet instead of that label (see device-plugin.ts), so GFD would print
//   mps.capable=false and the daemon would never start. The daemon runs where the pool's plugin runs: the same node
//   affinity and tolerations.
// - Config: the pool's config file is mounted directly (CONFIG_FILE), as for the plugin, without the chart's
//   config-manager sidecar; so the daemon needs no API access either.
// - One DaemonSet per MPS pool, named mps-control-daemon-<pool>: no pool name can make it equal a plugin DaemonSet's
//   name (those all start nvidia-device-plugin-).
import { createHash } from "node:crypto";
import type { IContainer } from "kubernetes-models/v1/Container";
import type { ResolvedCluster, ResolvedPool } from "../model/types.js";
import {
  CONFIGMAP_NAME,
  CONFIG_DIR,
  CONFIG_FILE,
  CONFIG_HASH_ANNOTATION,
  MPS_ROOT,
  PLUGIN_RESOURCES,
  devicePluginConfigFile,
  migMonitorEnv,
  poolDaemonPlacement,
} from "./device-plugin.js";
import { POOL_LABEL, SECURITY_REASON_ANNOTATIONS, commonLabels } from "./labels.js";
import type { BuildOptions, IDaemonSet } from "./types.js";

type Profile = NonNullable<BuildOptions["profile"]>;

export const MPS_DAEMONSET_PREFIX = "mps-control-daemon";
/** Pod selector label of the daemon (the chart reuses the plugin's; a distinct one keeps the two DaemonSets apart). */
export const MPS_SELECTOR_LABELS = { name: "nvidia-mps-control-daemon" } as const;
export const MPS_CONTAINER_NAME = "mps-control-daemon-ctr";
export const MPS_INIT_CONTAINER_NAME = "mps-control-daemon-mounts";

/** The baseline exceptions the daemon needs, each with its reason (src/policy accepts them only when recorded). */
export const MPS_SECURITY_REASONS = {
  [SECURITY_REASON_ANNOTATIONS.privileged]:
    "as in the NVIDIA device plugin v0.20.0 Helm chart: the init container mounts a tmpfs for MPS's /dev/shm with " +
    "bidirectional mount propagation (which Kubernetes allows only to privileged containers), and the daemon " +
    "controls the GPUs' compute mode for MPS",
  [SECURITY_REASON_ANNOTATIONS.runAsRoot]: "the upstream image runs as root; mounting and the MPS server need it",
  [SECURITY_REASON_ANNOTATIONS.hostPath]: `the MPS root ${MPS_ROOT} on the host holds the pipes and shared memory the device plugin and workloads use`,
  [SECURITY_REASON_ANNOTATIONS.hostNamespaces]:
    "hostPID, the chart's default (mps.enableHostPID: true): the MPS server finds its own PID through /proc/self, " +
    "and the GPU driver runs in the host's PID namespace",
} as const;

export function mpsControlDaemonSetName(pool: ResolvedPool): string {
  return `${MPS_DAEMONSET_PREFIX}-${pool.name}`;
}

/** Whether the pool needs the daemon: MPS sharing is on. */
export function poolUsesMps(pool: ResolvedPool): boolean {
  return pool.devicePlugin.mpsReplicas !== undefined;
}

/** The pool's MPS control daemon, on the same nodes as the pool's device plugin; undefined without MPS. */
export function mpsControlDaemonSet(cluster: ResolvedCluster, pool: ResolvedPool, profile: Profile): IDaemonSet | undefined {
  if (!poolUsesMps(pool)) return undefined;
  const selector = { ...MPS_SELECTOR_LABELS, [POOL_LABEL]: pool.name };
  const labels = commonLabels({ "app.kubernetes.io/name": "nvidia-mps-control-daemon" });
  const config = devicePluginConfigFile(pool.devicePlugin, profile);
  const image = cluster.devicePlugin.image;
  const init: IContainer = {
    name: MPS_INIT_CONTAINER_NAME,
    image,
    command: ["mps-control-daemon", "mount-shm"],
    resources: PLUGIN_RESOURCES,
    securityContext: { privileged: true },
    volumeMounts: [{ name: "mps-root", mountPath: "/mps", mountPropagation: "Bidirectional" }],
  };
  const daemon: IContainer = {
    name: MPS_CONTAINER_NAME,
    image,
    command: ["mps-control-daemon"],
    env: [
      { name: "NODE_NAME", valueFrom: { fieldRef: { apiVersion: "v1", fieldPath: "spec.nodeName" } } },
      { name: "CONFIG_FILE", value: CONFIG_FILE },
      ...migMonitorEnv(pool),
      { name: "NVIDIA_VISIBLE_DEVICES", value: "all" },
      { name: "NVIDIA_DRIVER_CAPABILITIES", value: "compute,utility" },
    ],
    resources: PLUGIN_RESOURCES,
    securityContext: { privileged: true },
    volumeMounts: [
      { name: "mps-shm", mountPath: "/dev/shm" },
      { name: "mps-root", mountPath: "/mps" },
      { name: "config", mountPath: CONFIG_DIR, readOnly: true },
    ],
  };
  return {
    apiVersion: "apps/v1",
    kind: "DaemonSet",
    metadata: {
      name: mpsControlDaemonSetName(pool),
      namespace: cluster.devicePlugin.namespace,
      labels: { ...labels, [POOL_LABEL]: pool.name },
      annotations: { ...MPS_SECURITY_REASONS },
    },
    spec: {
      selector: { matchLabels: { ...selector } },
      updateStrategy: { type: "RollingUpdate" },
      template: {
        metadata: {
          labels: { ...selector, ...labels },
          annotations: { [CONFIG_HASH_ANNOTATION]: createHash("sha256").update(config).digest("hex") },
        },
        spec: {
          ...poolDaemonPlacement(pool),
          hostPID: true,
          initContainers: [init],
          containers: [daemon],
          volumes: [
            { name: "mps-root", hostPath: { path: MPS_ROOT, type: "DirectoryOrCreate" } },
            { name: "mps-shm", hostPath: { path: `${MPS_ROOT}/shm` } },
            { name: "config", configMap: { name: CONFIGMAP_NAME, items: [{ key: pool.devicePlugin.configName, path: "config.yaml" }] } },
          ],
        },
      },
    },
  };
}
