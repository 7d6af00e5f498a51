// A small hand-built ResolvedFactory for the kind and Kubernetes YAML tests: one site, one cluster,
// two GPU pools (an HGX pool with a taint and time-slicing, a rack-scale pool), optional RDMA networking.
import { resolveSystem } from "../../src/model/system.js";
import type {
  ResolvedCluster,
  ResolvedFactory,
  ResolvedNetworking,
  ResolvedPool,
  ResolvedSystem,
  Totals,
} from "../../src/model/types.js";
import type { CatalogSystemId as SystemId } from "../../src/catalog/types.js";
import { ZERO_TOTALS } from "../../src/model/totals.js";

const zero: Totals = ZERO_TOTALS;

function system(id: SystemId): ResolvedSystem {
  return { ...resolveSystem(id), overridden: [], unconfirmed: [] };
}

export interface FixtureOptions {
  readonly networkOperator?: { readonly enabled: boolean; readonly crdsPresent: boolean };
  readonly fabric?: ResolvedNetworking["fabric"];
  /** @default "device-plugin" */
  readonly gpuStack?: ResolvedCluster["gpuStack"];
}

export function fixturePool(
  name: string,
  id: SystemId,
  nodes: number,
  extra: Partial<ResolvedPool> = {},
): ResolvedPool {
  const sys = system(id);
  const gpusPerNode = sys.gpusPerNode.value;
  return {
    name,
    cluster: "dev",
    site: "site-a",
    hall: "hall-a",
    systemId: id,
    system: sys,
    racks: Math.ceil(nodes / sys.nodesPerRack.value),
    nodes,
    gpus: nodes * gpusPerNode,
    dies: nodes * gpusPerNode * sys.diesPerGpu.value,
    rackPowerKW: sys.rackPowerKW.value,
    devicePlugin: { configName: name, migStrategy: "none", resources: [{ name: "nvidia.com/gpu", perNode: gpusPerNode, perGpu: 1 }], advertisedGpusPerNode: gpusPerNode },
    sizedIn: "nodes",
    nodePowerKW: sys.nodePowerKW.value,
    nicsPerNode: sys.nicsPerNode.value,
    advertisedGpus: nodes * gpusPerNode,
    labels: { "aifactory.dev/pool": name, "aifactory.dev/cluster": "dev" },
    nodeSelector: { "nvidia.com/gpu.product": sys.gpuProduct.value },
    gpuProducts: [sys.gpuProduct.value],
    labelConflicts: [],
    taints: [],
    totals: { ...zero, gpus: nodes * gpusPerNode, nodes },
    path: ["spec", "sites", 0, "clusters", 0, "pools", name],
    ...extra,
  };
}

export function fixtureFactory(options: FixtureOptions = {}): ResolvedFactory {
  const h100 = fixturePool("h100-train", "h100", 4, {
    devicePlugin: { configName: "h100-train", migStrategy: "none", timeSlicingReplicas: 2, resources: [{ name: "nvidia.com/gpu", perNode: 16, perGpu: 2 }], advertisedGpusPerNode: 16 },
    advertisedGpus: 64,
    labels: { "aifactory.dev/pool": "h100-train", "aifactory.dev/cluster": "dev", team: "research" },
    taints: [
      { key: "nvidia.com/gpu", effect: "NoSchedule" },
      { key: "aifactory.dev/pool", value: "h100-train", effect: "NoExecute" },
    ],
  });
  const gb200 = fixturePool("gb200-infer", "gb200-nvl72", 18);
  const networking: ResolvedNetworking = {
    fabric: options.fabric ?? "infiniband",
    nicGbps: 400,
    nicsPerNode: 8,
    switchRadix: 64,
    oversubscription: 1,
    switchPowerKW: { value: 1.7, source: "fixture", confidence: "unconfirmed" },
    switchModel: "fixture-switch",
    switchId: "fixture-switch",
    switchFabrics: ["infiniband", "spectrum-x", "roce"],
    switchGiven: false,
    switchRadixSource: "fixture",
    tiers: 2,
    maxPortsThreeTier: 65536,
    switchPortsGiven: false,
    declared: true,
    nicPorts: 22 * 8,
    leafSwitches: 6,
    spineSwitches: 3,
    coreSwitches: 0,
    switchPortsProvided: 384,
    switchPortsNeeded: 352,
    networkOperator: {
      enabled: options.networkOperator?.enabled ?? false,
      rdmaResource: "rdma/rdma_shared_device_a",
      crdsPresent: options.networkOperator?.crdsPresent ?? false,
    },
    path: ["spec", "sites", 0, "clusters", 0, "networking"],
  };
  const cluster: ResolvedCluster = {
    name: "dev",
    site: "site-a",
    kubernetesVersion: options.gpuStack === "dra" ? "1.34" : "1.33",
    gpuStack: options.gpuStack ?? "device-plugin",
    nodeLimit: { profile: "upstream", nodes: 5000, source: "fixture" },
    maxPodsPerNode: 110,
    kubeconfig: { path: "~/.kube/config", context: "kind-dev" },
    devicePlugin: {
      version: "v0.20.0",
      image: "nvcr.io/nvidia/k8s-device-plugin:v0.20.0",
      namespace: "nvidia-device-plugin",
    },
    tenants: [
      { name: "research", gpuQuota: 32, quotaFrom: "gpuQuota", egressCIDRs: [], path: ["spec", "sites", 0, "clusters", 0, "tenants", 0] },
      { name: "product", gpuQuota: 40, quotaFrom: "gpuQuota", egressCIDRs: [], path: ["spec", "sites", 0, "clusters", 0, "tenants", 1] },
    ],
    priorityTiers: [],
    networking,
    pools: [h100, gb200],
    advertisedGpus: h100.advertisedGpus + gb200.advertisedGpus,
    totals: { ...zero, gpus: h100.gpus + gb200.gpus, nodes: h100.nodes + gb200.nodes },
    path: ["spec", "sites", 0, "clusters", 0],
  };
  return {
    name: "fixture",
    program: {
      powerCapMW: 10_000,
      nearLimitFraction: 0.9,
      totals: cluster.totals,
      headroomMW: 10_000,
      powerCapGiven: false,
      path: ["spec", "program"],
    },
    phases: [],
    sites: [
      {
        name: "site-a",
        partner: "fixture",
        phase: "p1",
        gridInterconnectMW: 100,
        pue: 1.2,
        halls: [],
        clusters: [cluster],
        totals: cluster.totals,
        gridHeadroomMW: 100,
        path: ["spec", "sites", 0],
      },
    ],
    systems: [system("h100"), system("gb200-nvl72")],
    catalogOverrides: [],
  };
}

export function onlyCluster(model: ResolvedFactory): ResolvedCluster {
  const cluster = model.sites[0]?.clusters[0];
  if (cluster === undefined) throw new Error("fixture has no cluster");
  return cluster;
}
