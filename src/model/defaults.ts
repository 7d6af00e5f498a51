// Every default the resolver applies, in one place, each with its reason and its named public source, checked on
// DEFAULTS_CHECKED (docs/sources.md lists the sources). The schema's @default annotations state the same values;
// a test keeps them in step.
import { CHECKED, LETTER_OF_INTENT_2025 } from "../catalog/index.js";

/** The date the defaults below were last checked against their sources. */
export const DEFAULTS_CHECKED = CHECKED;

/** Program facility power cap: the 10 GW letter of intent. [P] openai.com/index/openai-nvidia-systems-partnership */
export const DEFAULT_POWER_CAP_MW = LETTER_OF_INTENT_2025.powerCapMW.value;
export const POWER_CAP_SOURCE = `${LETTER_OF_INTENT_2025.powerCapMW.source} (checked ${CHECKED})`;

/** Warn when a measured value reaches this share of its limit (90 %): early enough to re-plan a phase. */
export const DEFAULT_NEAR_LIMIT_PERCENT = 90;

// Funding has no default: a blueprint states its rule (program.funding), or it has none.

/** PUE: liquid-cooled AI halls run 1.1–1.2 (median 1.16 direct-to-chip) [S]; industry average ~1.56 (Uptime Institute) [S]. */
export const DEFAULT_PUE = 1.2;

/** Kubernetes cluster node limits by profile (sources checked on DEFAULTS_CHECKED). */
export const NODE_LIMITS = {
  upstream: { nodes: 5_000, source: "[P] kubernetes.io/docs/setup/best-practices/cluster-large: 5,000 nodes tested upstream" },
  gke: { nodes: 65_000, source: "[S] Google Cloud blog: GKE supports 65,000-node clusters" },
  eks: { nodes: 100_000, source: "[P] AWS containers blog, Jul 2025: EKS supports 100,000 nodes per cluster" },
} as const;
export const DEFAULT_NODE_LIMIT_PROFILE = "upstream" as const;

/** Pods per node: kubelet default and the upstream tested limit. [P] kubernetes.io best-practices/cluster-large */
export const DEFAULT_MAX_PODS_PER_NODE = 110;
export const UPSTREAM_MAX_PODS_PER_NODE = 110;

/** kubeconfig: the kubectl default file; the context is named after the cluster (kind names contexts kind-<name>, set it then). */
export const DEFAULT_KUBECONFIG_PATH = "~/.kube/config";

/** NVIDIA device plugin: v0.20.0 static manifest. [P] github.com/NVIDIA/k8s-device-plugin, deployments/static */
export const DEFAULT_DEVICE_PLUGIN_VERSION = "v0.20.0";
export const DEVICE_PLUGIN_IMAGE_REPOSITORY = "nvcr.io/nvidia/k8s-device-plugin";
export const DEFAULT_DEVICE_PLUGIN_NAMESPACE = "nvidia-device-plugin";
export const DEFAULT_MIG_STRATEGY = "none" as const;

/** How GPUs reach pods when the blueprint does not say: aifactory's own static device plugin DaemonSets, which need
 * nothing installed beyond what `kubectl apply` sends (the GPU Operator and the DRA driver are opt-in). */
export const DEFAULT_GPU_STACK = "device-plugin" as const;
/** [P] NVIDIA GPU Operator v26.7.0 docs, "Installing the NVIDIA GPU Operator" (helm install -n gpu-operator
 * --create-namespace): the namespace the chart's operator, and the device plugin ConfigMap it reads, live in. */
export const DEFAULT_GPU_OPERATOR_NAMESPACE = "gpu-operator";
/** The device plugin's resources: whole GPUs (and MIG instances under the single strategy), and one resource per MIG
 * profile under mixed. [P] NVIDIA/k8s-device-plugin v0.20.0 README, "Configuration Option Details" (MIG strategies). */
export const GPU_RESOURCE = "nvidia.com/gpu";
export const MIG_RESOURCE_PREFIX = "nvidia.com/mig-";

/** Network Operator RDMA shared device plugin resource. [P] NVIDIA Network Operator documentation (rdma-shared-device-plugin) */
export const DEFAULT_RDMA_RESOURCE = "rdma/rdma_shared_device_a";

/** Scale-out fabric when the cluster names none: NVIDIA's SuperPOD reference architectures use InfiniBand. */
export const DEFAULT_FABRIC = "infiniband" as const;
/** Leaf downlink:uplink ratio: non-blocking, as the reference architectures build the compute fabric. */
export const DEFAULT_OVERSUBSCRIPTION = 1;

/** Node labels aifactory puts on every GPU node of a pool. */
export const POOL_LABEL = "aifactory.dev/pool";
export const SYSTEM_LABEL = "aifactory.dev/system";
export const HALL_LABEL = "aifactory.dev/hall";
/** The device plugin picks a named config per node with this label ([P] NVIDIA/k8s-device-plugin README). aifactory
 * does not use it (each pool's DaemonSet mounts its own config), so a blueprint label with this key is refused. */
export const DEVICE_PLUGIN_CONFIG_LABEL = "nvidia.com/device-plugin.config";
/** GPU Feature Discovery's product label: a pool's nodes are found by it by default.
 * [P] NVIDIA/k8s-device-plugin v0.20.0, docs/gpu-feature-discovery (label nvidia.com/gpu.product) */
export const GPU_PRODUCT_LABEL = "nvidia.com/gpu.product";
/** Label keys aifactory sets on a pool's nodes itself: a blueprint's labels may not set them. */
export const AIFACTORY_NODE_LABELS = [POOL_LABEL, SYSTEM_LABEL, HALL_LABEL] as const;
