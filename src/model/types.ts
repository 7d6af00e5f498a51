// The resolved factory: the blueprint with every default applied, every catalog figure looked up
// and every derived figure computed. Plain typed data: rules, emitters and reports read only this.
import type { DocPath } from "../findings/finding.js";
import type { ResolvedKueue } from "./scheduling.js";
import type { CatalogSystemId, Cooling, DeprecatedSystemId, Figure, PublicSite, SystemSpec } from "../catalog/index.js";

/** Totals rolled up at every level: pool → cluster / hall → site → phase → program. */
export interface Totals {
  /** GPU packages: what Kubernetes advertises as nvidia.com/gpu (one per package, not per die). */
  readonly gpus: number;
  /** GPU dies (a Rubin package is 2 dies, a Rubin Ultra package 4): NVIDIA's "NVL144"/"NVL576" counts. */
  readonly dies: number;
  readonly nodes: number;
  readonly racks: number;
  /** IT power of the GPU systems, MW. */
  readonly systemsItMW: number;
  /** IT power of the scale-out network switches, MW. */
  readonly networkItMW: number;
  /** systemsItMW + networkItMW. */
  readonly itMW: number;
  /** itMW × PUE of the site(s). */
  readonly facilityMW: number;
  readonly switches: number;
}

/** A catalog system as this blueprint uses it: catalog figures with the blueprint's overrides applied. */
export interface ResolvedSystem extends SystemSpec {
  /** GPU packages per rack: nodesPerRack × gpusPerNode. */
  readonly gpusPerRack: Figure;
  readonly diesPerRack: Figure;
  /** The per-GPU share of node (HGX) or rack (rack-scale) power, W: not the GPU's own power (gpuPowerW). */
  readonly gpuShareW: Figure;
  /** Names of the figures the blueprint overrode (visible in every output). */
  readonly overridden: readonly string[];
  /** Names of the figures whose confidence is "unconfirmed" (visible in every output). */
  readonly unconfirmed: readonly string[];
}

export interface ResolvedDevicePluginConfig {
  /** Name of the device plugin config this pool's nodes select via nvidia.com/device-plugin.config. */
  readonly configName: string;
  readonly migStrategy: "none" | "single" | "mixed";
  readonly timeSlicingReplicas?: number;
  readonly mpsReplicas?: number;
  /** The MIG layout's name (the nvidia.com/mig.config label value), when the blueprint gives one. */
  readonly migConfig?: string;
  /** Instances per GPU of each MIG profile of that layout, when the system's catalog table has it. */
  readonly migLayout?: Readonly<Record<string, number>>;
  /** Why the MIG settings cannot be applied as written (a rule reports it, located); absent when they can. */
  readonly migProblem?: "config-without-strategy" | "unknown-config" | "single-needs-one-profile";
  /**
   * The extended resources each node advertises, in the order the device plugin's config lists them: nvidia.com/gpu
   * (whole GPUs, or MIG instances under the single strategy) or one nvidia.com/mig-<profile> per profile (mixed),
   * each times the sharing replicas.
   */
  readonly resources: readonly AdvertisedResource[];
  /** Units each node advertises over all its resources (GPUs × MIG instances × sharing replicas). */
  readonly advertisedGpusPerNode: number;
}

/** One extended resource a pool's nodes advertise. */
export interface AdvertisedResource {
  /** nvidia.com/gpu or nvidia.com/mig-<profile>. */
  readonly name: string;
  /** Units of it per node. */
  readonly perNode: number;
  /** Units of it per GPU (MIG instances × sharing replicas). */
  readonly perGpu: number;
}

export interface ResolvedTaint {
  readonly key: string;
  readonly value?: string;
  readonly effect: "NoSchedule" | "PreferNoSchedule" | "NoExecute";
}

/** A blueprint label (or selector entry) on a key that aifactory or NVIDIA's software sets itself. */
export interface ResolvedLabelConflict {
  readonly field: "labels" | "selector";
  readonly key: string;
  readonly given: string;
  /** Who sets the key: aifactory (the pool, system and hall labels) or NVIDIA (GPU Feature Discovery, the device plugin). */
  readonly owner: "aifactory" | "nvidia";
  /** The value the key has on this pool's nodes, when known. */
  readonly value?: string;
}

export interface ResolvedPool {
  readonly name: string;
  readonly cluster: string;
  readonly site: string;
  readonly hall: string;
  readonly systemId: CatalogSystemId;
  /** The deprecated id the blueprint wrote, when it wrote one (it resolves to systemId; a rule warns). */
  readonly systemAsWritten?: DeprecatedSystemId;
  readonly system: ResolvedSystem;
  /** Racks occupied (rack-scale: as given or nodes / nodesPerRack rounded up; HGX: nodes / nodesPerRack rounded up). */
  readonly racks: number;
  readonly nodes: number;
  readonly gpus: number;
  readonly dies: number;
  /** Power of one rack of this pool as deployed, kW (checked against the hall's maxRackKW). */
  readonly rackPowerKW: number;
  readonly devicePlugin: ResolvedDevicePluginConfig;
  /** How the blueprint sized the pool ("unsized" when it gives neither racks nor nodes: a rule reports it). */
  readonly sizedIn: "racks" | "nodes" | "unsized";
  /** Power one node draws as deployed, kW (rack-scale: rack power / nodes per rack). */
  readonly nodePowerKW: number;
  /** Scale-out NICs per node (the cluster's nicsPerNode, or the system's rail-optimised count). */
  readonly nicsPerNode: number;
  /** nvidia.com/gpu units the pool advertises (nodes × advertisedGpusPerNode). */
  readonly advertisedGpus: number;
  /** Node labels for this pool: extra labels from the blueprint plus aifactory's own pool labels. */
  readonly labels: Readonly<Record<string, string>>;
  /**
   * The node labels that find this pool's nodes on a real cluster, sorted by key: the GPU Feature Discovery product
   * label of its system (nvidia.com/gpu.product) plus the blueprint's selector. The device plugin DaemonSet of the
   * pool and its example Job select exactly these.
   */
  readonly nodeSelector: Readonly<Record<string, string>>;
  /**
   * The values GFD may give nvidia.com/gpu.product on the pool's nodes (sorted): one for plain pools (then it is also
   * in nodeSelector), several for shared or MIG-single pools ("-SHARED", "-MIG-<profile>"), which nodeSelector then
   * leaves out. A node is the pool's when it carries nodeSelector and one of these.
   */
  readonly gpuProducts: readonly string[];
  /** Blueprint labels or selector entries that contradict a key aifactory or NVIDIA's software sets (AIF-K010). */
  readonly labelConflicts: readonly ResolvedLabelConflict[];
  readonly taints: readonly ResolvedTaint[];
  readonly totals: Totals;
  readonly path: DocPath;
}

export interface ResolvedTenant {
  readonly name: string;
  /** GPUs of the tenant's ResourceQuota (gpuQuota, or gpuShare × cluster GPUs rounded down). */
  readonly gpuQuota: number;
  readonly gpuShare?: number;
  /** Which field the quota comes from ("none": the tenant gives neither; a rule reports it). */
  readonly quotaFrom: "gpuQuota" | "gpuShare" | "none";
  /** CIDRs the tenant's pods may reach beyond the defaults (DNS, their own namespace), in blueprint order. */
  readonly egressCIDRs: readonly string[];
  readonly path: DocPath;
}

export interface ResolvedPriorityTier {
  readonly name: string;
  readonly value: number;
  readonly preemption: boolean;
  readonly description?: string;
  readonly path: DocPath;
}

export interface ResolvedNetworking {
  readonly fabric: "infiniband" | "spectrum-x" | "roce";
  readonly nicGbps: number;
  readonly nicsPerNode: number;
  readonly switchRadix: number;
  readonly oversubscription: number;
  readonly switchPowerKW: Figure;
  /** The switch model the fabric is sized with (the fabric's default, whose radix and power apply unless overridden). */
  readonly switchModel: string;
  readonly switchId: string;
  /** The fabrics the switch model builds (a rule reports a switch of another fabric). */
  readonly switchFabrics: readonly ("infiniband" | "spectrum-x" | "roce")[];
  /** Whether the blueprint names the switch (networking.switch) rather than taking the fabric's default. */
  readonly switchGiven: boolean;
  readonly switchRadixSource: string;
  /** 1 (one switch), 2 (leaf/spine) or 3 (leaf/spine/core) tiers; 0 without NICs. */
  readonly tiers: 0 | 1 | 2 | 3;
  /** Largest port count a three-tier fat tree of this radix serves at this oversubscription. */
  readonly maxPortsThreeTier: number;
  /** Whether the blueprint gives switchPorts (installed ports) rather than letting them be derived. */
  readonly switchPortsGiven: boolean;
  /** Whether the blueprint gives a networking section (otherwise every figure here is a default). */
  readonly declared: boolean;
  /** NIC ports of all nodes of the cluster. */
  readonly nicPorts: number;
  /** Leaf and spine switches a two-tier (or three-tier when needed) fat tree needs for those ports. */
  readonly leafSwitches: number;
  readonly spineSwitches: number;
  readonly coreSwitches: number;
  /** Switch ports the design provides (installed switchPorts when given, else derived). */
  readonly switchPortsProvided: number;
  /** Switch ports the NICs need at the chosen oversubscription. */
  readonly switchPortsNeeded: number;
  readonly networkOperator: {
    readonly enabled: boolean;
    readonly rdmaResource: string;
    readonly crdsPresent: boolean;
  };
  readonly path: DocPath;
}

export type NodeLimitProfile = "upstream" | "gke" | "eks" | "explicit";

/**
 * How GPUs reach pods: aifactory's static device plugin DaemonSets, the NVIDIA GPU Operator's device plugin (driven by
 * a ClusterPolicy), or Dynamic Resource Allocation with NVIDIA's DRA driver. Every stack counts the same devices.
 */
export type GpuStack = "device-plugin" | "gpu-operator" | "dra";

export interface ResolvedCluster {
  readonly name: string;
  readonly site: string;
  readonly kubernetesVersion: string;
  readonly nodeLimit: { readonly profile: NodeLimitProfile; readonly nodes: number; readonly source: string };
  readonly maxPodsPerNode: number;
  readonly kubeconfig: { readonly path: string; readonly context: string };
  readonly devicePlugin: {
    readonly version: string;
    /** Full image reference: nvcr.io/nvidia/k8s-device-plugin:<version>[@<digest>]. */
    readonly image: string;
    readonly namespace: string;
  };
  /** How GPUs reach pods (gpuStack, @default "device-plugin"). */
  readonly gpuStack: GpuStack;
  /** The GPU Operator's install: present with gpuStack "gpu-operator" (defaults applied), or when the blueprint gives
   * the section on another stack (a rule warns that nothing reads it). */
  readonly gpuOperator?: { readonly namespace: string };
  readonly tenants: readonly ResolvedTenant[];
  readonly priorityTiers: readonly ResolvedPriorityTier[];
  readonly networking: ResolvedNetworking;
  readonly pools: readonly ResolvedPool[];
  /** The cluster's Kueue queueing layer (scheduling.kueue); absent when the blueprint does not enable it. */
  readonly kueue?: ResolvedKueue;
  /** nvidia.com/gpu units the cluster advertises (GPUs × sharing replicas); equals totals.gpus without sharing. */
  readonly advertisedGpus: number;
  readonly totals: Totals;
  readonly path: DocPath;
}

export interface ResolvedHall {
  readonly name: string;
  readonly site: string;
  readonly itPowerMW: number;
  readonly cooling: Cooling;
  readonly maxRackKW: number;
  /** Names of the pools placed in this hall, as "cluster/pool". */
  readonly pools: readonly string[];
  /** Totals of the pools placed here, network power (and switches, fractionally) shared pro rata to the pools' nodes. */
  readonly totals: Totals;
  /** itPowerMW − totals.itMW. */
  readonly headroomMW: number;
  readonly path: DocPath;
}

export interface ResolvedSite {
  readonly name: string;
  readonly partner: string;
  readonly phase: string;
  readonly gridInterconnectMW: number;
  readonly pue: number;
  readonly location?: string;
  /** The named public site this site stands for, with its public figures (compared in the plan). */
  readonly publicSite?: PublicSite;
  readonly gridCarbonGCO2PerKWh?: number;
  readonly halls: readonly ResolvedHall[];
  readonly clusters: readonly ResolvedCluster[];
  readonly totals: Totals;
  /** gridInterconnectMW − totals.facilityMW. */
  readonly gridHeadroomMW: number;
  readonly path: DocPath;
}

export interface ResolvedPhase {
  readonly name: string;
  /** "2026-H2" etc. */
  readonly online: string;
  readonly cumulativeCapMW: number;
  readonly platform?: CatalogSystemId;
  /** The deprecated id the blueprint wrote for the platform, when it wrote one. */
  readonly platformAsWritten?: DeprecatedSystemId;
  /** Sites built in this phase. */
  readonly sites: readonly string[];
  /** Totals of this phase's own sites. */
  readonly totals: Totals;
  /** Totals of this phase and every earlier one (phases in blueprint order). */
  readonly cumulativeTotals: Totals;
  /** cumulativeCapMW − cumulativeTotals.facilityMW. */
  readonly headroomMW: number;
  /** Funding unlocked by the facility GW deployed up to and including this phase (per-gw-tranches only). */
  readonly cumulativeFundingBillionUSD?: number;
  readonly path: DocPath;
}

/** The program's funding rule, as the blueprint states it (no funding section: none). */
export type ResolvedFunding = ResolvedTranches | ResolvedEquity;

/** Per-GW tranches with a ceiling: the 2025 letter of intent. */
export interface ResolvedTranches {
  readonly rule: "per-gw-tranches";
  readonly perGWBillionUSD: number;
  readonly ceilingBillionUSD: number;
  readonly investor?: string;
  readonly modalityShares?: { readonly chips?: number; readonly cloudCredits?: number; readonly cash?: number };
  readonly source: string;
  /** Funding unlocked by the program's facility GW (one tranche per whole GW, capped at the ceiling). */
  readonly unlockedBillionUSD: number;
}

/** An equity investment not tied to deployment: what press reported for 2026. */
export interface ResolvedEquity {
  readonly rule: "equity";
  readonly equityBillionUSD: number;
  readonly investor?: string;
  readonly modalityShares?: { readonly chips?: number; readonly cloudCredits?: number; readonly cash?: number };
  readonly source: string;
}

export interface ResolvedProgram {
  readonly powerCapMW: number;
  /** 0–1: warn when a measured value reaches this share of its limit. */
  readonly nearLimitFraction: number;
  /** Absent when the blueprint states no funding rule (or rule none): no funding anywhere in the outputs. */
  readonly funding?: ResolvedFunding;
  readonly totals: Totals;
  /** powerCapMW − totals.facilityMW. */
  readonly headroomMW: number;
  /** Whether powerCapMW comes from the blueprint (else the 10 GW default). */
  readonly powerCapGiven: boolean;
  readonly path: DocPath;
}

export interface ResolvedFactory {
  readonly name: string;
  readonly description?: string;
  readonly illustrative?: string;
  readonly program: ResolvedProgram;
  readonly phases: readonly ResolvedPhase[];
  readonly sites: readonly ResolvedSite[];
  /** The systems the blueprint uses, with overrides applied, in catalog order. */
  readonly systems: readonly ResolvedSystem[];
  /** The blueprint's catalog overrides, as written (for reports and the duplicate-override rule). */
  readonly catalogOverrides: readonly ResolvedCatalogOverride[];
}

export interface ResolvedCatalogOverride {
  readonly system: CatalogSystemId;
  /** The deprecated id the blueprint wrote, when it wrote one. */
  readonly systemAsWritten?: DeprecatedSystemId;
  readonly source: string;
  /** Names of the figures this entry overrides, with their values. */
  readonly figures: Readonly<Record<string, number>>;
  readonly path: DocPath;
}
