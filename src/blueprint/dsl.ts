// The typed DSL: builds the same AIFactoryBlueprint a YAML file holds, with compile-time checks the file format
// can only check at load time (catalog systems as a union, exactly one of racks/nodes, date and version shapes).
// Builders never throw and never fill in defaults: the resolver applies them (src/model/defaults.ts), so a DSL
// blueprint and its YAML twin resolve to the same model. `aifactory validate` runs the result through the same
// schema and rules as a file and reports with the same codes.
import { recordOrigin } from "./dsl-origins.js";
import type {
  AIFactoryBlueprint,
  CatalogOverride,
  Cluster,
  DevicePluginConfig,
  DevicePluginDeployment,
  Funding,
  Hall,
  Kubeconfig,
  Networking,
  NodeLimit,
  Phase,
  Pool,
  PriorityTier,
  Site,
  SystemId,
  Taint,
  Tenant,
} from "./generated/blueprint-types.js";
import { BLUEPRINT_KIND, SUPPORTED_API_VERSION } from "./errors.js";

export type { AIFactoryBlueprint, SystemId };

type Digit = "0" | "1" | "2" | "3" | "4" | "5" | "6" | "7" | "8" | "9";
/** A half or quarter: "2026-H2", "2027-Q1". */
export type OnlineDate = `20${Digit}${Digit}-${"H1" | "H2" | "Q1" | "Q2" | "Q3" | "Q4"}`;
/** A Kubernetes minor version: "1.33". */
export type KubernetesVersion = `1.${Digit}${Digit}`;
type NonEmpty<T> = readonly [T, ...T[]];

export interface FactoryProps {
  /** metadata.name: a DNS-1123 label. */
  readonly name: string;
  readonly description?: string;
  /** What in this blueprint has no public source. */
  readonly illustrative?: string;
  /** Program facility power cap, MW. @default 10000 (the 10 GW letter of intent) */
  readonly powerCapMW?: number;
  /** Warn when a value reaches this share of its limit. @default 90 */
  readonly nearLimitPercent?: number;
  /** Funding rule (per-gw-tranches, equity or none). @default none: no funding in any output */
  readonly funding?: Funding;
  readonly phases: NonEmpty<Phase>;
  /** Figures replacing catalog figures for this blueprint's own hardware. @default none */
  readonly catalogOverrides?: readonly CatalogOverride[];
  readonly sites: NonEmpty<Site>;
}

export interface PhaseProps {
  readonly name: string;
  readonly online: OnlineDate;
  /** Facility power cap of this phase and all earlier ones together, MW. */
  readonly cumulativeCapMW: number;
  /** The platform the phase is built on. @default none stated */
  readonly platform?: SystemId;
}

export interface SiteProps {
  readonly name: string;
  /** Partner or operator of the site. */
  readonly partner: string;
  /** Name of the phase the site is built in. */
  readonly phase: string;
  readonly gridInterconnectMW: number;
  /** Power usage effectiveness. @default 1.2 */
  readonly pue?: number;
  readonly location?: string;
  readonly gridCarbonGCO2PerKWh?: number;
  readonly halls: NonEmpty<Hall>;
  readonly clusters: NonEmpty<Cluster>;
}

export interface HallProps {
  readonly name: string;
  /** IT power budget of the hall, MW. */
  readonly itPowerMW: number;
  readonly cooling: "liquid" | "air";
  /** Highest rack power the hall can feed and cool, kW. */
  readonly maxRackKW: number;
}

export interface ClusterProps {
  readonly name: string;
  readonly kubernetesVersion: KubernetesVersion;
  /** @default "upstream" (5,000 nodes) */
  readonly nodeLimit?: NodeLimit;
  /** @default 110 */
  readonly maxPodsPerNode?: number;
  /** @default path "~/.kube/config", context the cluster's name */
  readonly kubeconfig?: Kubeconfig;
  /** @default no tenants */
  readonly tenants?: readonly Tenant[];
  /** @default no priority tiers */
  readonly priorityTiers?: readonly PriorityTier[];
  /** @default InfiniBand, the system's NICs, non-blocking */
  readonly networking?: Networking;
  /** @default device plugin v0.20.0 in namespace nvidia-device-plugin */
  readonly devicePlugin?: DevicePluginDeployment;
  readonly pools: NonEmpty<Pool>;
}

interface PoolCommon {
  readonly name: string;
  readonly system: SystemId;
  /** Name of the hall of the cluster's site the pool stands in. */
  readonly hall: string;
  /** @default migStrategy "none", no sharing */
  readonly devicePlugin?: DevicePluginConfig;
  /** Extra node labels. @default none */
  readonly labels?: Readonly<Record<string, string>>;
  /** Node labels that find the pool's nodes, beside its system's GPU Feature Discovery product label. @default the product label only */
  readonly selector?: Readonly<Record<string, string>>;
  /** @default none */
  readonly taints?: readonly Taint[];
}
/** A pool is sized in racks (rack-scale systems) or in nodes (8-GPU systems), never both. */
export type PoolProps = PoolCommon & ({ readonly racks: number; readonly nodes?: never } | { readonly nodes: number; readonly racks?: never });

/** A tenant gets an absolute quota or a share of the cluster's GPUs, never both. */
export type TenantProps = {
  readonly name: string;
  /** CIDRs the tenant's pods may reach beyond DNS and their own namespace. @default none */
  readonly egressCIDRs?: readonly string[];
} & (
  | { readonly gpuQuota: number; readonly gpuShare?: never }
  | { readonly gpuShare: number; readonly gpuQuota?: never }
);

export interface PriorityTierProps {
  readonly name: string;
  /** PriorityClass value, at most 1,000,000,000. */
  readonly value: number;
  /** @default true */
  readonly preemption?: boolean;
  readonly description?: string;
}

/** The taint GPU nodes carry so that only GPU workloads (which tolerate it) land there. */
export const GPU_NO_SCHEDULE: Taint = { key: "nvidia.com/gpu", effect: "NoSchedule" };

export function factory(props: FactoryProps): AIFactoryBlueprint {
  return recordOrigin({
    apiVersion: SUPPORTED_API_VERSION,
    kind: BLUEPRINT_KIND,
    metadata: compact({ name: props.name, description: props.description, illustrative: props.illustrative }),
    spec: compact({
      program: compact({
        powerCapMW: props.powerCapMW,
        nearLimitPercent: props.nearLimitPercent,
        phases: [...props.phases] as [Phase, ...Phase[]],
        funding: props.funding,
      }),
      catalogOverrides: props.catalogOverrides ? [...props.catalogOverrides] : undefined,
      sites: [...props.sites] as [Site, ...Site[]],
    }),
  });
}

export function phase(props: PhaseProps): Phase {
  return recordOrigin(compact({ ...props }));
}

export function site(props: SiteProps): Site {
  return recordOrigin(compact({ ...props, halls: [...props.halls] as [Hall, ...Hall[]], clusters: [...props.clusters] as [Cluster, ...Cluster[]] }));
}

export function hall(props: HallProps): Hall {
  return recordOrigin({ ...props });
}

export function cluster(props: ClusterProps): Cluster {
  return recordOrigin(compact({
    ...props,
    tenants: props.tenants ? [...props.tenants] : undefined,
    priorityTiers: props.priorityTiers ? [...props.priorityTiers] : undefined,
    pools: [...props.pools] as [Pool, ...Pool[]],
  }));
}

export function pool(props: PoolProps): Pool {
  return recordOrigin(compact({
    ...props,
    labels: props.labels ? { ...props.labels } : undefined,
    selector: props.selector ? { ...props.selector } : undefined,
    taints: props.taints ? props.taints.map((t) => ({ ...t })) : undefined,
  }) as Pool);
}

export function tenant(props: TenantProps): Tenant {
  return recordOrigin(compact({ ...props, egressCIDRs: props.egressCIDRs ? [...props.egressCIDRs] : undefined }) as Tenant);
}

export function priorityTier(props: PriorityTierProps): PriorityTier {
  return recordOrigin(compact({ ...props }));
}

/** Drops props left undefined: the file format has no `undefined`, and a YAML twin must compare equal. */
function compact<T extends object>(value: T): T {
  return Object.fromEntries(Object.entries(value).filter(([, v]) => v !== undefined)) as T;
}
