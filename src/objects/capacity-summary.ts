// The cluster's resolved capacity, as JSON in a ConfigMap, for tools running in the cluster.
import type { ResolvedCluster, Totals } from "../model/types.js";
import { clusterResources } from "../model/device-plugin.js";
import { commonLabels } from "./labels.js";
import { tenantQuotaHard } from "./tenants.js";
import { SYSTEM_NAMESPACE } from "./namespaces.js";
import type { IConfigMap } from "./types.js";
import { DRA_DEVICE_CLASS, usesDra } from "./dra.js";

export const CAPACITY_CONFIGMAP = "aifactory-capacity";
export const CAPACITY_KEY = "capacity.json";

function totals(t: Totals): Totals {
  // A fresh object in a fixed key order: the JSON text must not depend on how the model was built.
  return {
    gpus: t.gpus,
    dies: t.dies,
    nodes: t.nodes,
    racks: t.racks,
    systemsItMW: t.systemsItMW,
    networkItMW: t.networkItMW,
    itMW: t.itMW,
    facilityMW: t.facilityMW,
    switches: t.switches,
  };
}

export function capacitySummary(cluster: ResolvedCluster): IConfigMap {
  // Under DRA the nodes advertise no extended resource: the driver publishes each GPU as a device, which aifactory's
  // DeviceClass selects; the counts are the same (sharing and MIG are refused on DRA pools, AIF-K022).
  const dra = usesDra(cluster);
  const advertisedAs = (name: string) => (dra ? DRA_DEVICE_CLASS : name);
  const summary = {
    cluster: cluster.name,
    site: cluster.site,
    kubernetesVersion: cluster.kubernetesVersion,
    nodeLimit: { profile: cluster.nodeLimit.profile, nodes: cluster.nodeLimit.nodes, source: cluster.nodeLimit.source },
    maxPodsPerNode: cluster.maxPodsPerNode,
    advertisedGpus: cluster.advertisedGpus,
    ...(dra ? { gpuStack: cluster.gpuStack } : {}),
    advertised: Object.fromEntries(clusterResources(cluster.pools).map((r) => [advertisedAs(r.name), r.units])),
    totals: totals(cluster.totals),
    pools: cluster.pools.map((p) => ({
      name: p.name,
      system: p.systemId,
      hall: p.hall,
      nodes: p.nodes,
      racks: p.racks,
      gpus: p.gpus,
      dies: p.dies,
      gpusPerNode: p.system.gpusPerNode.value,
      advertisedGpusPerNode: p.devicePlugin.advertisedGpusPerNode,
      // What each node advertises, per resource (nvidia.com/gpu, or nvidia.com/mig-<profile> under MIG mixed).
      // Under DRA: devices of aifactory's DeviceClass per node.
      advertisedPerNode: Object.fromEntries(p.devicePlugin.resources.map((r) => [advertisedAs(r.name), r.perNode])),
      ...(p.devicePlugin.migConfig !== undefined ? { migConfig: p.devicePlugin.migConfig } : {}),
      ...(dra ? {} : { devicePluginConfig: p.devicePlugin.configName }),
      unconfirmed: [...p.system.unconfirmed],
      overridden: [...p.system.overridden],
    })),
    tenants: cluster.tenants.map((t) => ({ name: t.name, gpuQuota: t.gpuQuota, quota: tenantQuotaHard(cluster, t) })),
  };
  return {
    apiVersion: "v1",
    kind: "ConfigMap",
    metadata: { name: CAPACITY_CONFIGMAP, namespace: SYSTEM_NAMESPACE, labels: commonLabels() },
    data: { [CAPACITY_KEY]: `${JSON.stringify(summary, null, 2)}\n` },
  };
}
