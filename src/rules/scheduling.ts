// Scheduling rules: the Kueue layer of a cluster (scheduling.kueue) against the pools and tenants it queues for.
import type { Finding } from "../findings/finding.js";
import { clustersOf } from "../model/walk.js";
import { GPU_CLIQUE_LABEL, HOSTNAME_LABEL } from "../model/scheduling.js";
import type { ResolvedCluster, ResolvedFactory } from "../model/types.js";
import { poolNodeLabels } from "../objects/pool-scheduling.js";
import { finding, fmt, q, registered, type Rule } from "./rule.js";

const kueueClusters = (m: ResolvedFactory): ResolvedCluster[] => clustersOf(m).filter((c) => c.kueue !== undefined);

export const flavorQuotaWithinPool: Rule = {
  ...registered("AIF-Q001"),
  check: (m) =>
    kueueClusters(m).flatMap((c) => {
      const kueue = c.kueue!;
      return kueue.flavors.flatMap((f): Finding[] => {
        const quotas = kueue.queues.map((qu) => ({ queue: qu, quota: qu.flavorQuotas.find((x) => x.pool === f.pool) }));
        const total = quotas.reduce((n, x) => n + (x.quota?.nominalGpus ?? 0), 0);
        if (total <= f.advertisedGpus) return [];
        const given = quotas.find((x) => x.quota?.given === true && x.queue.settingsPath !== undefined);
        const parts = quotas.map((x) => `${x.queue.tenant} ${fmt(x.quota?.nominalGpus ?? 0, 0)}`).join(", ");
        return [
          finding(flavorQuotaWithinPool, {
            path: given?.queue.settingsPath !== undefined ? [...given.queue.settingsPath, "flavorQuotasGPUs", f.pool] : [...c.path, "tenants"],
            message: `cluster ${c.name}: the Kueue nominal quotas of flavor ${f.pool} add up to ${fmt(total, 0)} GPUs (${parts}), but pool ${f.pool} advertises ${fmt(f.advertisedGpus, 0)} nvidia.com/gpu`,
            measured: q(total, "GPUs"),
            limit: q(f.advertisedGpus, "GPUs"),
            fix: `lower the tenants' flavorQuotasGPUs.${f.pool} (or their gpuQuota/gpuShare) by ${fmt(total - f.advertisedGpus, 0)} GPUs in all, or grow pool ${f.pool}`,
          }),
        ];
      });
    }),
};

export const topologyLevelLabelled: Rule = {
  ...registered("AIF-Q002"),
  check: (m) =>
    kueueClusters(m).flatMap((c) => {
      const topology = c.kueue!.topology;
      if (topology === undefined) return [];
      return c.pools.flatMap((pool) => {
        const t = topology.topologies.find((x) => x.pools.includes(pool.name));
        if (t === undefined) return [];
        const carried = new Set([...Object.keys(poolNodeLabels(pool)), HOSTNAME_LABEL, topology.rackLabel]);
        if (pool.system.form === "rack-scale") carried.add(GPU_CLIQUE_LABEL);
        return t.levels.flatMap((level, i): Finding[] =>
          carried.has(level)
            ? []
            : [
                finding(topologyLevelLabelled, {
                  path: topology.levelsGiven ? [...topology.path, "levels", i] : topology.path,
                  message: `cluster ${c.name}: Topology ${t.name} level ${level} is a label no node of pool ${pool.name} (${pool.system.displayName}) carries${level === GPU_CLIQUE_LABEL ? ": GPU Feature Discovery sets it on multi-node NVLink (rack-scale) systems only" : ""}`,
                  fix: `use labels the nodes carry (${[...carried].sort().join(", ")}), or add ${level} to pool ${pool.name}'s labels`,
                }),
              ],
        );
      });
    }),
};

export const gangFitsNvlinkDomain: Rule = {
  ...registered("AIF-Q003"),
  check: (m) =>
    kueueClusters(m).flatMap((c) => {
      const rack = c.kueue!.rackLocalTraining;
      if (rack === undefined) return [];
      return c.pools
        .filter((p) => rack.gangGPUs > p.system.nvlinkDomainGpus.value)
        .map((p) =>
          finding(gangFitsNvlinkDomain, {
            path: rack.path,
            message: `cluster ${c.name}: a rack-local training gang of ${fmt(rack.gangGPUs, 0)} GPUs does not fit one NVLink domain of pool ${p.name} (${p.system.displayName}: ${p.system.nvlinkDomainGpus.value} GPUs)`,
            measured: q(rack.gangGPUs, "GPUs"),
            limit: q(p.system.nvlinkDomainGpus.value, "GPUs"),
            fix: `lower gangGPUs to ${p.system.nvlinkDomainGpus.value} or less, or move pool ${p.name} to a cluster without rack-local training`,
          }),
        );
    }),
};

export const queueNamesKnown: Rule = {
  ...registered("AIF-Q004"),
  check: (m) =>
    kueueClusters(m).flatMap((c) => {
      const kueue = c.kueue!;
      const unknown = kueue.unknownNames.map((u) =>
        finding(queueNamesKnown, {
          path: u.path,
          message: `cluster ${c.name}: Kueue queue settings name ${u.kind} ${u.name}, which the cluster does not have`,
          fix: `name one of the cluster's ${u.kind}s: ${(u.kind === "tenant" ? c.tenants.map((t) => t.name) : c.pools.map((p) => p.name)).join(", ") || "(none)"}`,
        }),
      );
      const twice = kueue.duplicateQueues.map((d) =>
        finding(queueNamesKnown, {
          path: d.path,
          message: `cluster ${c.name}: Kueue queue settings for tenant ${d.tenant} are given twice; the first one applies`,
          fix: `merge the entries for tenant ${d.tenant} into one`,
        }),
      );
      return [...unknown, ...twice];
    }),
};

export const rackLocalNeedsTopology: Rule = {
  ...registered("AIF-Q005"),
  check: (m) =>
    kueueClusters(m)
      .filter((c) => c.kueue!.rackLocalTraining !== undefined && c.kueue!.topology === undefined)
      .map((c) =>
        finding(rackLocalNeedsTopology, {
          path: c.kueue!.rackLocalTraining!.path,
          message: `cluster ${c.name}: rackLocalTraining asks for rack-local gangs, but Kueue has no topology: nothing keeps a gang in one NVLink domain`,
          fix: "add `topology: {}` to scheduling.kueue",
        }),
      ),
};

export const borrowingWithinResourceQuota: Rule = {
  ...registered("AIF-Q006"),
  check: (m) =>
    kueueClusters(m).flatMap((c) =>
      c.kueue!.queues
        .filter((qu) => qu.borrowingLimitGPUs > 0 && qu.settingsPath !== undefined)
        .map((qu) =>
          finding(borrowingWithinResourceQuota, {
            path: [...qu.settingsPath!, "borrowingLimitGPUs"],
            message: `cluster ${c.name}: tenant ${qu.tenant} may borrow ${fmt(qu.borrowingLimitGPUs, 0)} GPUs per flavor, but its namespace's ResourceQuota stays ${fmt(c.tenants.find((t) => t.name === qu.tenant)?.gpuQuota ?? 0, 0)} GPUs: pods of a Job admitted on borrowed GPUs would be refused`,
            measured: q(qu.borrowingLimitGPUs, "GPUs"),
            limit: q(0, "GPUs"),
            fix: `set borrowingLimitGPUs to 0, or raise tenant ${qu.tenant}'s gpuQuota/gpuShare`,
          }),
        ),
    ),
};

export const SCHEDULING_RULES: readonly Rule[] = [
  flavorQuotaWithinPool,
  topologyLevelLabelled,
  gangFitsNvlinkDomain,
  queueNamesKnown,
  rackLocalNeedsTopology,
  borrowingWithinResourceQuota,
];
