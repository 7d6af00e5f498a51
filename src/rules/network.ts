// Network rules: switch ports for the NICs, rail-optimised NICs, fabric size.
import { largestSwitch } from "../catalog/index.js";
import type { ResolvedFactory } from "../model/types.js";
import { clustersOf } from "../model/walk.js";
import { finding, fmt, q, registered, type Rule } from "./rule.js";


export const switchPorts: Rule = {
  ...registered("AIF-N001"),
  check: (m) =>
    clustersOf(m)
      .filter((c) => c.networking.switchPortsProvided < c.networking.switchPortsNeeded)
      .map((c) => {
        const n = c.networking;
        return finding(switchPorts, {
          path: n.switchPortsGiven ? [...n.path, "switchPorts"] : n.path,
          message: `cluster ${c.name}: ${fmt(n.switchPortsProvided, 0)} switch ports installed, ${fmt(n.switchPortsNeeded, 0)} needed for ${fmt(n.nicPorts, 0)} NIC ports at ${n.oversubscription}:1 oversubscription (${n.tiers}-tier fat tree of radix ${n.switchRadix})`,
          measured: q(n.switchPortsProvided, "ports"),
          limit: q(n.switchPortsNeeded, "ports"),
          fix: `raise switchPorts to ${fmt(n.switchPortsNeeded, 0)} (${fmt(Math.ceil(n.switchPortsNeeded / n.switchRadix), 0)} switches of ${n.switchRadix} ports), raise oversubscription, or remove switchPorts to let aifactory size the fabric`,
        });
      }),
};

export const railOptimised: Rule = {
  ...registered("AIF-N002"),
  check: (m) =>
    clustersOf(m).flatMap((c) =>
      c.pools
        .filter((p) => p.nicsPerNode < p.system.nicsPerNode.value)
        .map((p) =>
          finding(railOptimised, {
            path: [...c.networking.path, "nicsPerNode"],
            message: `pool ${c.name}/${p.name}: ${p.nicsPerNode} NICs per node for ${p.system.gpusPerNode.value} GPUs; ${p.system.displayName} is rail-optimised with ${p.system.nicsPerNode.value} (${p.system.nicsPerNode.source})`,
            measured: q(p.nicsPerNode, "NICs"),
            limit: q(p.system.nicsPerNode.value, "NICs"),
            fix: `set nicsPerNode to ${p.system.nicsPerNode.value} or remove it to take the system's rail-optimised count`,
          }),
        ),
    ),
};

export const fabricTooLarge: Rule = {
  ...registered("AIF-N003"),
  check: (m) =>
    clustersOf(m)
      .filter((c) => c.networking.nicPorts > c.networking.maxPortsThreeTier)
      .map((c) => {
        const n = c.networking;
        // A switch of the cluster's own fabric: never an InfiniBand switch for an Ethernet fabric.
        const bigger = largestSwitch(n.fabric);
        const suggestion =
          bigger.radix.value > n.switchRadix
            ? `use a higher-radix ${n.fabric} switch (set networking.switch to ${bigger.id}: ${bigger.displayName}, ${bigger.radix.value} ports)`
            : `use a higher-radix ${n.fabric} switch`;
        return finding(fabricTooLarge, {
          path: n.path,
          message: `cluster ${c.name}: ${fmt(n.nicPorts, 0)} NIC ports exceed a three-tier fat tree of radix ${n.switchRadix} (${fmt(n.maxPortsThreeTier, 0)} ports at ${n.oversubscription}:1); the switch count assumes a larger fabric`,
          measured: q(n.nicPorts, "ports"),
          limit: q(n.maxPortsThreeTier, "ports"),
          fix: `split cluster ${c.name} so that each has at most ${fmt(n.maxPortsThreeTier, 0)} NIC ports, ${suggestion}, or raise oversubscription`,
        });
      }),
};

export const switchOfFabric: Rule = {
  ...registered("AIF-N004"),
  check: (m) =>
    clustersOf(m)
      .filter((c) => c.networking.switchGiven && !c.networking.switchFabrics.includes(c.networking.fabric))
      .map((c) => {
        const n = c.networking;
        const own = largestSwitch(n.fabric);
        return finding(switchOfFabric, {
          path: [...n.path, "switch"],
          message: `cluster ${c.name}: switch ${n.switchId} (${n.switchModel}) builds ${n.switchFabrics.join(", ")} fabrics, not ${n.fabric}`,
          fix: `set networking.switch to a ${n.fabric} switch (e.g. ${own.id}) or remove it to take the fabric's default`,
        });
      }),
};

export const NETWORK_RULES: readonly Rule[] = [switchPorts, railOptimised, fabricTooLarge, switchOfFabric];
