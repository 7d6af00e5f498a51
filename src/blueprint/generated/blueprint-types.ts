/* Generated from schemas/blueprint.schema.json by scripts/generate-types.mjs. Do not edit: run `npm run gen:types`. */

/**
 * A name that becomes a Kubernetes name: DNS-1123 label (lowercase alphanumerics and '-', starting and ending alphanumeric, at most 63 characters).
 *
 * This interface was referenced by `AIFactoryBlueprint`'s JSON-Schema
 * via the `definition` "DnsLabel".
 */
export type DnsLabel = string;
/**
 * A system from the aifactory catalog (`aifactory catalog`). "vera-rubin-nvl144" is a deprecated alias of "vera-rubin-nvl72" (NVIDIA's GTC 2025 name, counting dies): it resolves to it, with a warning.
 *
 * This interface was referenced by `AIFactoryBlueprint`'s JSON-Schema
 * via the `definition` "SystemId".
 */
export type SystemId =
  | "h100"
  | "h200"
  | "b200"
  | "b300"
  | "gb200-nvl72"
  | "gb300-nvl72"
  | "vera-rubin-nvl72"
  | "rubin-ultra-nvl576"
  | "vera-rubin-nvl144";
/**
 * A named public site whose public figures (`aifactory catalog`, docs/sources.md) `aifactory plan` compares this site with.
 *
 * This interface was referenced by `AIFactoryBlueprint`'s JSON-Schema
 * via the `definition` "PublicSiteId".
 */
export type PublicSiteId =
  | "stargate-abilene"
  | "stargate-shackelford"
  | "stargate-dona-ana"
  | "stargate-midwest"
  | "stargate-lordstown"
  | "stargate-milam"
  | "stargate-michigan";
/**
 * Cluster node limit: a named profile (upstream 5,000; gke 65,000; eks 100,000) or an explicit number of nodes. @default "upstream".
 *
 * This interface was referenced by `AIFactoryBlueprint`'s JSON-Schema
 * via the `definition` "NodeLimit".
 */
export type NodeLimit = ("upstream" | "gke" | "eks") | number;
/**
 * A name that becomes a Kubernetes name: DNS-1123 label (lowercase alphanumerics and '-', starting and ending alphanumeric, at most 63 characters).
 */
export type DnsLabel1 = string;

/**
 * An AI factory blueprint: a program of phases and power caps, sites with data halls and Kubernetes clusters, GPU node pools and their networking. Numeric fields carry their unit in their name.
 */
export interface AIFactoryBlueprint {
  /**
   * Optional pointer to this schema, for editors.
   */
  $schema?: string;
  /**
   * Blueprint format version.
   */
  apiVersion: "aifactory.dev/v1alpha1";
  kind: "AIFactory";
  metadata: Metadata;
  spec: FactorySpec;
}
/**
 * This interface was referenced by `AIFactoryBlueprint`'s JSON-Schema
 * via the `definition` "Metadata".
 */
export interface Metadata {
  name: DnsLabel;
  description?: string;
  /**
   * What in this blueprint has no public source and is illustrative.
   */
  illustrative?: string;
}
/**
 * This interface was referenced by `AIFactoryBlueprint`'s JSON-Schema
 * via the `definition` "FactorySpec".
 */
export interface FactorySpec {
  program: Program;
  /**
   * Figures that replace catalog figures for this blueprint's own hardware. Overrides stay visible in every output.
   */
  catalogOverrides?: CatalogOverride[];
  /**
   * @minItems 1
   */
  sites: [Site, ...Site[]];
}
/**
 * This interface was referenced by `AIFactoryBlueprint`'s JSON-Schema
 * via the `definition` "Program".
 */
export interface Program {
  /**
   * Program facility power cap in MW. @default 10000 (the 10 GW letter of intent, openai.com/index/openai-nvidia-systems-partnership).
   */
  powerCapMW?: number;
  /**
   * Warn when a measured value reaches this share of its limit. @default 90
   */
  nearLimitPercent?: number;
  /**
   * @minItems 1
   */
  phases: [Phase, ...Phase[]];
  funding?: Funding;
  cost?: Cost;
}
/**
 * This interface was referenced by `AIFactoryBlueprint`'s JSON-Schema
 * via the `definition` "Phase".
 */
export interface Phase {
  name: DnsLabel;
  /**
   * When the phase comes online, as YYYY-H1|H2 or YYYY-Q1..Q4.
   */
  online: string;
  /**
   * Facility power cap in MW for this phase and all earlier ones together.
   */
  cumulativeCapMW: number;
  platform?: SystemId;
}
/**
 * The program's funding rule. Without a funding section the program has none: no funding appears in any output.
 *
 * This interface was referenced by `AIFactoryBlueprint`'s JSON-Schema
 * via the `definition` "Funding".
 */
export interface Funding {
  /**
   * per-gw-tranches: perGWBillionUSD unlocked per whole GW of facility power deployed, up to ceilingBillionUSD (the 2025 letter of intent). equity: equityBillionUSD invested, not tied to deployment (what press reported for 2026). none: no funding rule.
   */
  rule: "per-gw-tranches" | "equity" | "none";
  /**
   * Where the rule and its figures come from (shown in the plan).
   */
  source?: string;
  /**
   * Who invests, e.g. NVIDIA.
   */
  investor?: string;
  /**
   * per-gw-tranches: funding unlocked per whole GW deployed, in billion USD.
   */
  perGWBillionUSD?: number;
  /**
   * per-gw-tranches: funding ceiling in billion USD.
   */
  ceilingBillionUSD?: number;
  /**
   * equity: the amount invested, in billion USD.
   */
  equityBillionUSD?: number;
  /**
   * Shares of funding by modality, summing to 1. Undisclosed in the plan: leave out unless known.
   */
  modalityShares?: {
    chips?: number;
    cloudCredits?: number;
    cash?: number;
  };
}
/**
 * Cost and capital in the plan. Without a cost section the plan shows none. A figure left out is the catalog's (src/catalog/cost.ts), and the plan names it and its source; the energy price has no default.
 *
 * This interface was referenced by `AIFactoryBlueprint`'s JSON-Schema
 * via the `definition` "Cost".
 */
export interface Cost {
  /**
   * Electricity price in USD per MWh, for every site that does not set its own. @default none: without it (and without a site price) energy cost is not computed.
   */
  energyPriceUSDPerMWh?: number;
  capitalBillionUSDPerGW?: CostRange;
  yearlyCostMillionUSDPerMW?: CostRange1;
  /**
   * Where the figures given here come from (shown in the plan). Required when capitalBillionUSDPerGW or yearlyCostMillionUSDPerMW is given.
   */
  source?: string;
}
/**
 * Capital expenditure per GW of facility power, as a range. @default the catalog's: $50–60B per GW (Jensen Huang, NVIDIA Q2 FY2026 earnings call, 2025-08-27, as reported).
 */
export interface CostRange {
  low: number;
  high: number;
}
/**
 * Yearly total cost of ownership per MW of IT power (capital annualised plus operating cost). @default the catalog's: $8.5M per MW (Epoch AI's stylised 1 GW GB200 NVL72 model, 2026-05-14).
 */
export interface CostRange1 {
  low: number;
  high: number;
}
/**
 * Figures of one catalog system replaced by the blueprint's own hardware, with their source. Figures derived from them (a rack's power from its nodes, a GPU's share of rack power, GPUs per rack) are recomputed; every output marks overridden figures.
 *
 * This interface was referenced by `AIFactoryBlueprint`'s JSON-Schema
 * via the `definition` "CatalogOverride".
 */
export interface CatalogOverride {
  system: SystemId;
  /**
   * Where the overriding figures come from.
   */
  source: string;
  /**
   * GPU packages per node (what the node advertises as nvidia.com/gpu).
   */
  gpusPerNode?: number;
  nodesPerRack?: number;
  /**
   * Scale-out NICs per node.
   */
  nicsPerNode?: number;
  /**
   * GPU packages in one NVLink domain.
   */
  nvlinkDomainGpus?: number;
  /**
   * The GPU's own maximum power in W (not its share of node or rack power, which is derived).
   */
  gpuPowerW?: number;
  nodePowerKW?: number;
  rackPowerKW?: number;
  gpuMemoryGB?: number;
  nicGbps?: number;
}
/**
 * This interface was referenced by `AIFactoryBlueprint`'s JSON-Schema
 * via the `definition` "Site".
 */
export interface Site {
  name: DnsLabel;
  /**
   * Partner or operator of the site.
   */
  partner: string;
  phase: DnsLabel;
  gridInterconnectMW: number;
  /**
   * Power usage effectiveness. @default 1.2 (liquid-cooled AI halls run 1.1-1.2; Uptime Institute industry average ~1.56).
   */
  pue?: number;
  location?: string;
  publicSite?: PublicSiteId;
  /**
   * Grid carbon intensity in gCO2 per kWh.
   */
  gridCarbonGCO2PerKWh?: number;
  /**
   * This site's electricity price in USD per MWh. @default program.cost.energyPriceUSDPerMWh; none when that is not set either.
   */
  energyPriceUSDPerMWh?: number;
  /**
   * @minItems 1
   */
  halls: [Hall, ...Hall[]];
  /**
   * @minItems 1
   */
  clusters: [Cluster, ...Cluster[]];
}
/**
 * This interface was referenced by `AIFactoryBlueprint`'s JSON-Schema
 * via the `definition` "Hall".
 */
export interface Hall {
  name: DnsLabel;
  /**
   * IT power budget of the hall in MW.
   */
  itPowerMW: number;
  cooling: "liquid" | "air";
  /**
   * Highest rack power the hall can feed and cool, in kW.
   */
  maxRackKW: number;
}
/**
 * This interface was referenced by `AIFactoryBlueprint`'s JSON-Schema
 * via the `definition` "Cluster".
 */
export interface Cluster {
  name: DnsLabel;
  /**
   * Kubernetes minor version, e.g. "1.33".
   */
  kubernetesVersion: string;
  nodeLimit?: NodeLimit;
  /**
   * @default 110 (kubelet default and upstream tested limit).
   */
  maxPodsPerNode?: number;
  kubeconfig?: Kubeconfig;
  tenants?: Tenant[];
  priorityTiers?: PriorityTier[];
  networking?: Networking;
  devicePlugin?: DevicePluginDeployment;
  /**
   * How GPUs reach pods. "device-plugin": aifactory's own NVIDIA device plugin DaemonSet per pool (static, after the v0.20.0 manifest); "gpu-operator": a ClusterPolicy (nvidia.com/v1) for the NVIDIA GPU Operator, whose device plugin reads each pool's config by the node label nvidia.com/device-plugin.config; "dra": Dynamic Resource Allocation (resource.k8s.io/v1, Kubernetes 1.34 or later) with NVIDIA's DRA driver for GPUs: a DeviceClass, and ComputeDomains for multi-node NVLink jobs on rack-scale pools. @default "device-plugin"
   */
  gpuStack?: "device-plugin" | "gpu-operator" | "dra";
  gpuOperator?: GpuOperator;
  scheduling?: Scheduling;
  /**
   * @minItems 1
   */
  pools: [Pool, ...Pool[]];
}
/**
 * How Terraform and the kind helpers reach the cluster. path @default "~/.kube/config"; context @default the cluster's name.
 *
 * This interface was referenced by `AIFactoryBlueprint`'s JSON-Schema
 * via the `definition` "Kubeconfig".
 */
export interface Kubeconfig {
  /**
   * Path to the kubeconfig file, as Terraform should read it. @default "~/.kube/config"
   */
  path?: string;
  /**
   * kubeconfig context. @default the cluster's name
   */
  context?: string;
}
/**
 * A tenant of the cluster: gives exactly one of gpuQuota or gpuShare.
 *
 * This interface was referenced by `AIFactoryBlueprint`'s JSON-Schema
 * via the `definition` "Tenant".
 */
export interface Tenant {
  name: DnsLabel;
  /**
   * GPUs this tenant may request (requests.nvidia.com/gpu).
   */
  gpuQuota?: number;
  /**
   * Share of the cluster's GPUs, when no absolute quota is given.
   */
  gpuShare?: number;
  /**
   * IPv4 or IPv6 CIDRs the tenant's pods may reach on any port (e.g. storage, an object store, a package mirror), beyond what the defaults allow: DNS to the cluster DNS and all traffic between pods of the tenant's namespace.
   *
   * @maxItems 256
   */
  egressCIDRs?: string[];
}
/**
 * This interface was referenced by `AIFactoryBlueprint`'s JSON-Schema
 * via the `definition` "PriorityTier".
 */
export interface PriorityTier {
  name: DnsLabel;
  /**
   * PriorityClass value; user classes stay at or below 1,000,000,000.
   */
  value: number;
  /**
   * Whether pods of this tier may preempt lower ones. @default true
   */
  preemption?: boolean;
  description?: string;
}
/**
 * This interface was referenced by `AIFactoryBlueprint`'s JSON-Schema
 * via the `definition` "Networking".
 */
export interface Networking {
  fabric: "infiniband" | "spectrum-x" | "roce";
  /**
   * The scale-out switch model (`aifactory catalog`), of the cluster's fabric: its radix and power size the fabric unless switchRadix or switchPowerKW say otherwise. @default the fabric's default switch for the NIC speed.
   */
  switch?:
    | "quantum-2-qm9700"
    | "quantum-x800-q3400"
    | "spectrum-x800-sn5600"
    | "spectrum-6-sn6810"
    | "spectrum-6-sn6800";
  /**
   * Speed of each scale-out NIC in Gb/s. @default the system's NIC speed from the catalog.
   */
  nicGbps?: number;
  /**
   * @default the system's scale-out NIC count from the catalog (rail-optimised).
   */
  nicsPerNode?: number;
  /**
   * Ports per switch at the NIC speed. @default the fabric's default switch: InfiniBand up to 400G Quantum-2 QM9700 (64), XDR 800G Quantum-X800 Q3400 (144); Spectrum-X and RoCE up to 800G Spectrum-X800 SN5600 (64), faster Spectrum-6 SN6810.
   */
  switchRadix?: number;
  /**
   * Leaf downlink:uplink ratio (1 = non-blocking). @default 1
   */
  oversubscription?: number;
  /**
   * Power per switch in kW, counted in hall IT power.
   */
  switchPowerKW?: number;
  /**
   * Switch ports installed for the scale-out fabric; when given, checked against what the NICs need.
   */
  switchPorts?: number;
  networkOperator?: NetworkOperator;
}
/**
 * This interface was referenced by `AIFactoryBlueprint`'s JSON-Schema
 * via the `definition` "NetworkOperator".
 */
export interface NetworkOperator {
  enabled: boolean;
  /**
   * RDMA extended resource that GPU workloads request. @default "rdma/rdma_shared_device_a"
   */
  rdmaResource?: string;
  /**
   * Whether the Multus NetworkAttachmentDefinition CRD is installed, so that objects using it can be emitted. @default false
   */
  crdsPresent?: boolean;
}
/**
 * The NVIDIA device plugin deployed on the cluster (version @default v0.20.0, namespace @default nvidia-device-plugin).
 *
 * This interface was referenced by `AIFactoryBlueprint`'s JSON-Schema
 * via the `definition` "DevicePluginDeployment".
 */
export interface DevicePluginDeployment {
  /**
   * NVIDIA device plugin release. @default "v0.20.0"
   */
  version?: string;
  /**
   * Pin the image to this digest.
   */
  imageDigest?: string;
  namespace?: DnsLabel;
}
/**
 * The NVIDIA GPU Operator the cluster runs (gpuStack "gpu-operator"): the namespace its Helm chart is installed in, where the device plugin's ConfigMap must be. namespace @default "gpu-operator".
 *
 * This interface was referenced by `AIFactoryBlueprint`'s JSON-Schema
 * via the `definition` "GpuOperator".
 */
export interface GpuOperator {
  namespace?: DnsLabel1;
}
/**
 * How GPU workloads are queued and placed on the cluster. Without it, the cluster has no queueing layer (GPU quotas are the tenants' ResourceQuotas only).
 *
 * This interface was referenced by `AIFactoryBlueprint`'s JSON-Schema
 * via the `definition` "Scheduling".
 */
export interface Scheduling {
  kueue?: Kueue;
}
/**
 * Kueue (kueue.x-k8s.io/v1beta2, tested with Kueue v0.17.0): a ResourceFlavor per pool, a Topology from the factory's halls, racks and hosts, a Cohort, a ClusterQueue and a LocalQueue per tenant, a WorkloadPriorityClass per tier. Its objects need Kueue's CRDs installed: giving this section says they are. cohort: the Cohort the tenants' ClusterQueues share (they borrow each other's unused GPUs within it), @default the cluster's name.
 *
 * This interface was referenced by `AIFactoryBlueprint`'s JSON-Schema
 * via the `definition` "Kueue".
 */
export interface Kueue {
  cohort?: DnsLabel;
  topology?: KueueTopology;
  /**
   * Per-tenant settings of the tenants' ClusterQueues; a tenant not listed gets the defaults.
   *
   * @maxItems 1000
   */
  queues?: KueueQueue[];
  rackLocalTraining?: RackLocalTraining;
}
/**
 * Topology-aware scheduling: the flavors name a Topology whose levels are node labels, broadest first. Give this section to enable it.
 *
 * This interface was referenced by `AIFactoryBlueprint`'s JSON-Schema
 * via the `definition` "KueueTopology".
 */
export interface KueueTopology {
  /**
   * Node labels of the levels, broadest first; kubernetes.io/hostname may only be the last. @default [aifactory.dev/hall, the rack level, kubernetes.io/hostname]: the rack level is nvidia.com/gpu.clique (set by GPU Feature Discovery per NVLink domain) on rack-scale systems, rackLabel on 8-GPU systems.
   *
   * @minItems 1
   * @maxItems 16
   */
  levels?:
    | [string]
    | [string, string]
    | [string, string, string]
    | [string, string, string, string]
    | [string, string, string, string, string]
    | [string, string, string, string, string, string]
    | [string, string, string, string, string, string, string]
    | [string, string, string, string, string, string, string, string]
    | [string, string, string, string, string, string, string, string, string]
    | [string, string, string, string, string, string, string, string, string, string]
    | [string, string, string, string, string, string, string, string, string, string, string]
    | [
        string,
        string,
        string,
        string,
        string,
        string,
        string,
        string,
        string,
        string,
        string,
        string
      ]
    | [
        string,
        string,
        string,
        string,
        string,
        string,
        string,
        string,
        string,
        string,
        string,
        string,
        string
      ]
    | [
        string,
        string,
        string,
        string,
        string,
        string,
        string,
        string,
        string,
        string,
        string,
        string,
        string,
        string
      ]
    | [
        string,
        string,
        string,
        string,
        string,
        string,
        string,
        string,
        string,
        string,
        string,
        string,
        string,
        string,
        string
      ]
    | [
        string,
        string,
        string,
        string,
        string,
        string,
        string,
        string,
        string,
        string,
        string,
        string,
        string,
        string,
        string,
        string
      ];
  /**
   * Node label the provisioner stamps with each node's rack on 8-GPU (HGX) systems. @default "aifactory.dev/rack"
   */
  rackLabel?: string;
}
/**
 * One tenant's ClusterQueue settings.
 *
 * This interface was referenced by `AIFactoryBlueprint`'s JSON-Schema
 * via the `definition` "KueueQueue".
 */
export interface KueueQueue {
  tenant: DnsLabel;
  /**
   * nominalQuota of nvidia.com/gpu per pool (flavor), by pool name. @default the tenant's GPU quota split over the pools in proportion to their advertised GPUs.
   */
  flavorQuotasGPUs?: {
    [k: string]: number | undefined;
  };
  /**
   * GPUs per flavor the queue may borrow from the cohort's unused quota beyond its nominal quota. @default 0: the tenant's ResourceQuota caps its namespace at its GPU quota, so a Job admitted on borrowed GPUs would have its pods refused; raise it only with the ResourceQuota in mind.
   */
  borrowingLimitGPUs?: number;
  /**
   * GPUs per flavor of its nominal quota the queue lends to the cohort when unused. @default no limit (all unused GPUs).
   */
  lendingLimitGPUs?: number;
}
/**
 * Training gangs that must run within one NVLink domain (one rack on rack-scale systems): checked against every pool's NVLink domain size; the example Jobs of rack-scale pools ask Kueue for one rack.
 *
 * This interface was referenced by `AIFactoryBlueprint`'s JSON-Schema
 * via the `definition` "RackLocalTraining".
 */
export interface RackLocalTraining {
  /**
   * GPUs of the largest training gang that must stay in one NVLink domain.
   */
  gangGPUs: number;
}
/**
 * A GPU node pool: gives exactly one of racks or nodes.
 *
 * This interface was referenced by `AIFactoryBlueprint`'s JSON-Schema
 * via the `definition` "Pool".
 */
export interface Pool {
  name: DnsLabel;
  system: SystemId;
  /**
   * Size in racks (rack-scale systems).
   */
  racks?: number;
  /**
   * Size in nodes (8-GPU systems; for rack-scale systems, a node is one compute tray).
   */
  nodes?: number;
  hall: DnsLabel;
  devicePlugin?: DevicePluginConfig;
  /**
   * Extra node labels.
   */
  labels?: {
    [k: string]: string | undefined;
  };
  /**
   * Node labels that find this pool's nodes on a real cluster, added to the label GPU Feature Discovery gives every node of the pool's system (nvidia.com/gpu.product). Needed when two pools of a cluster share a system: their selectors must not both match one node. The device plugin DaemonSet and the example Jobs of the pool select these labels.
   */
  selector?: {
    [k: string]: string | undefined;
  };
  taints?: Taint[];
}
/**
 * This interface was referenced by `AIFactoryBlueprint`'s JSON-Schema
 * via the `definition` "DevicePluginConfig".
 */
export interface DevicePluginConfig {
  /**
   * @default "none"
   */
  migStrategy?: "none" | "single" | "mixed";
  /**
   * MIG layout of every GPU of the pool: a named config of NVIDIA's default MIG configuration (all-<profile>, e.g. all-1g.10gb, or all-balanced), put on the pool's nodes as the nvidia.com/mig.config label for NVIDIA's MIG manager. Needs migStrategy single (one profile) or mixed. `aifactory catalog` lists each system's profiles.
   */
  migConfig?: string;
  sharing?: GpuSharing;
}
/**
 * This interface was referenced by `AIFactoryBlueprint`'s JSON-Schema
 * via the `definition` "GpuSharing".
 */
export interface GpuSharing {
  /**
   * Advertise each GPU this many times (time-slicing).
   */
  timeSlicingReplicas?: number;
  /**
   * Share each GPU between this many MPS clients.
   */
  mpsReplicas?: number;
}
/**
 * This interface was referenced by `AIFactoryBlueprint`'s JSON-Schema
 * via the `definition` "Taint".
 */
export interface Taint {
  key: string;
  value?: string;
  effect: "NoSchedule" | "PreferNoSchedule" | "NoExecute";
}
/**
 * This interface was referenced by `AIFactoryBlueprint`'s JSON-Schema
 * via the `definition` "CostRange".
 */
export interface CostRange2 {
  low: number;
  high: number;
}
