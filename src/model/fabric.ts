// The scale-out fabric of a cluster: one per cluster, sized from the NIC ports of its pools, its switch power part
// of the cluster's IT power.
import type { Cluster } from "../blueprint/generated/blueprint-types.js";
import { defaultSwitch, getSwitch } from "../catalog/index.js";
import type { DocPath } from "../findings/finding.js";
import * as D from "./defaults.js";
import { sizeFabric } from "./network.js";
import type { ResolvedNetworking, ResolvedSystem } from "./types.js";

/** What the fabric needs to know of each pool. */
export interface FabricPool {
  readonly system: ResolvedSystem;
  readonly nodes: number;
  readonly nicsPerNode: number;
}

export interface ResolvedFabric {
  readonly networking: ResolvedNetworking;
  /** Whole switches of the cluster. */
  readonly switches: number;
  /** Power of the switches, MW. */
  readonly networkItMW: number;
}

export function resolveFabric(cluster: Cluster, pools: readonly FabricPool[], path: DocPath): ResolvedFabric {
  const net = cluster.networking;
  const fabric = net?.fabric ?? D.DEFAULT_FABRIC;
  const nicGbps = net?.nicGbps ?? Math.max(0, ...pools.map((p) => p.system.nicGbps.value));
  const sw = (net?.switch !== undefined ? getSwitch(net.switch) : undefined) ?? defaultSwitch(fabric, nicGbps);
  const switchRadix = net?.switchRadix ?? sw.radix.value;
  const oversubscription = net?.oversubscription ?? D.DEFAULT_OVERSUBSCRIPTION;
  const nicPorts = pools.reduce((n, p) => n + p.nodes * p.nicsPerNode, 0);
  const size = sizeFabric(nicPorts, switchRadix, oversubscription);
  const switches = size.leafSwitches + size.spineSwitches + size.coreSwitches;
  const switchPowerKW =
    net?.switchPowerKW !== undefined
      ? { value: net.switchPowerKW, source: "blueprint networking.switchPowerKW", confidence: "override" as const }
      : sw.powerKW;
  const networking: ResolvedNetworking = {
    fabric,
    nicGbps,
    nicsPerNode: net?.nicsPerNode ?? pools[0]?.nicsPerNode ?? 0,
    switchRadix,
    oversubscription,
    switchPowerKW,
    switchModel: sw.displayName,
    switchId: sw.id,
    switchFabrics: sw.fabrics,
    switchGiven: net?.switch !== undefined,
    switchRadixSource: net?.switchRadix !== undefined ? "blueprint networking.switchRadix" : sw.radix.source,
    tiers: size.tiers,
    maxPortsThreeTier: size.maxPortsThreeTier,
    switchPortsGiven: net?.switchPorts !== undefined,
    declared: net !== undefined,
    nicPorts,
    leafSwitches: size.leafSwitches,
    spineSwitches: size.spineSwitches,
    coreSwitches: size.coreSwitches,
    switchPortsProvided: net?.switchPorts ?? size.portsProvided,
    switchPortsNeeded: size.portsNeeded,
    networkOperator: {
      enabled: net?.networkOperator?.enabled ?? false,
      rdmaResource: net?.networkOperator?.rdmaResource ?? D.DEFAULT_RDMA_RESOURCE,
      crdsPresent: net?.networkOperator?.crdsPresent ?? false,
    },
    path: net !== undefined ? [...path, "networking"] : path,
  };
  return { networking, switches, networkItMW: (switches * switchPowerKW.value) / 1000 };
}
