// Fat-tree sizing of a cluster's scale-out fabric.
//
// With radix k and oversubscription r (leaf downlinks : uplinks), a leaf gives d = floor(k·r/(r+1)) ports to NICs
// and k − d to spines. One switch serves up to k ports; two tiers serve up to k·d (k²/2 non-blocking: every spine
// reaches every leaf); three tiers (aggregation switches with k/2 down and k/2 up, then core) serve up to d·k²/2
// (k³/4 non-blocking). Beyond that the sizing goes on as if three tiers stretched, and a rule warns.

export interface FabricSize {
  readonly tiers: 0 | 1 | 2 | 3;
  readonly leafSwitches: number;
  readonly spineSwitches: number;
  readonly coreSwitches: number;
  /** Switch ports the NICs and the inter-switch links consume. */
  readonly portsNeeded: number;
  /** Ports of all the switches sized. */
  readonly portsProvided: number;
  readonly maxPortsThreeTier: number;
}

export function sizeFabric(nicPorts: number, radix: number, oversubscription: number): FabricSize {
  const down = Math.max(1, Math.floor((radix * oversubscription) / (oversubscription + 1)));
  const maxPortsThreeTier = (down * radix * radix) / 2;
  if (nicPorts <= 0) {
    return { tiers: 0, leafSwitches: 0, spineSwitches: 0, coreSwitches: 0, portsNeeded: 0, portsProvided: 0, maxPortsThreeTier };
  }
  if (nicPorts <= radix) {
    return { tiers: 1, leafSwitches: 1, spineSwitches: 0, coreSwitches: 0, portsNeeded: nicPorts, portsProvided: radix, maxPortsThreeTier };
  }
  const leaves = Math.ceil(nicPorts / down);
  const uplinks = Math.ceil(nicPorts / oversubscription);
  if (nicPorts <= radix * down) {
    const spines = Math.ceil(uplinks / radix);
    return {
      tiers: 2,
      leafSwitches: leaves,
      spineSwitches: spines,
      coreSwitches: 0,
      portsNeeded: nicPorts + 2 * uplinks,
      portsProvided: (leaves + spines) * radix,
      maxPortsThreeTier,
    };
  }
  const half = Math.max(1, Math.floor(radix / 2));
  const aggregation = Math.ceil(uplinks / half);
  const core = Math.ceil((aggregation * half) / radix);
  return {
    tiers: 3,
    leafSwitches: leaves,
    spineSwitches: aggregation,
    coreSwitches: core,
    portsNeeded: nicPorts + 4 * uplinks,
    portsProvided: (leaves + aggregation + core) * radix,
    maxPortsThreeTier,
  };
}
