// Catalog lookups and the blueprint's catalog overrides.
import type { CatalogOverride } from "../blueprint/generated/blueprint-types.js";
import type { ResolvedSystem } from "../model/types.js";
import { SYSTEMS, SYSTEM_IDS } from "./systems.js";
import type { Figure, SystemId, SystemSpec } from "./types.js";

export { SYSTEMS, SYSTEM_IDS } from "./systems.js";
export { SWITCHES, defaultSwitch } from "./switches.js";
export type { Fabric, SwitchSpec } from "./switches.js";
export type { Confidence, Cooling, Figure, SystemId, SystemSpec } from "./types.js";

export function getSystem(id: SystemId): SystemSpec {
  return SYSTEMS[id];
}

/** Figure-valued fields of a SystemSpec, in declaration order (the order outputs list them in). */
export const FIGURE_NAMES = [
  "gpusPerNode",
  "nodesPerRack",
  "nvlinkDomainGpus",
  "gpuPowerW",
  "nodePowerKW",
  "rackPowerKW",
  "gpuMemoryGB",
  "nicsPerNode",
  "nicGbps",
  "cooling",
  "migInstancesPerGpu",
  "gpuProduct",
] as const satisfies readonly (keyof SystemSpec)[];

/** Figures a blueprint may override (the schema's CatalogOverride fields). */
export const OVERRIDABLE = ["gpuPowerW", "nodePowerKW", "rackPowerKW", "nodesPerRack", "gpuMemoryGB", "nicGbps"] as const;
export type OverridableFigure = (typeof OVERRIDABLE)[number];

type Mutable<T> = { -readonly [K in keyof T]: T[K] };

/**
 * The system with the blueprint's overrides applied, in blueprint order (a later override of the same figure wins).
 * Power figures stay consistent: a node-power or rack-size override re-derives the rack power of an HGX system, and
 * a rack-power override re-derives the node power of a rack-scale system, unless those are overridden too.
 */
export function resolveSystem(id: SystemId, overrides: readonly CatalogOverride[] = []): ResolvedSystem {
  const spec: Mutable<SystemSpec> = { ...getSystem(id) };
  const overridden = new Set<OverridableFigure>();
  for (const o of overrides) {
    if (o.system !== id) continue;
    for (const name of OVERRIDABLE) {
      const value = o[name];
      if (value === undefined) continue;
      spec[name] = { value, source: o.source, confidence: "override" };
      overridden.add(name);
    }
  }
  const nodes = spec.nodesPerRack.value;
  if (spec.form === "hgx-node" && !overridden.has("rackPowerKW") && (overridden.has("nodePowerKW") || overridden.has("nodesPerRack"))) {
    spec.rackPowerKW = derivedFrom(nodes * spec.nodePowerKW.value, `DERIVED: ${nodes} nodes × ${spec.nodePowerKW.value} kW`);
  }
  if (spec.form === "rack-scale") {
    if (overridden.has("rackPowerKW") && !overridden.has("nodePowerKW")) {
      spec.nodePowerKW = derivedFrom(spec.rackPowerKW.value / nodes, `DERIVED: ${spec.rackPowerKW.value} kW rack / ${nodes} nodes`);
    } else if (!overridden.has("rackPowerKW") && (overridden.has("nodePowerKW") || overridden.has("nodesPerRack"))) {
      spec.rackPowerKW = derivedFrom(nodes * spec.nodePowerKW.value, `DERIVED: ${nodes} nodes × ${spec.nodePowerKW.value} kW`);
    }
  }
  const unconfirmed = FIGURE_NAMES.filter((name) => spec[name].confidence === "unconfirmed");
  return {
    ...spec,
    overridden: OVERRIDABLE.filter((name) => overridden.has(name)),
    unconfirmed,
  };
}

function derivedFrom(value: number, source: string): Figure {
  return { value: Math.round(value * 1000) / 1000, source, confidence: "derived" };
}

/** Power one node draws as deployed: a rack-scale rack's power shared by its trays (switch trays included), else the node's. */
export function nodeKW(system: SystemSpec): number {
  return system.form === "rack-scale" ? system.rackPowerKW.value / system.nodesPerRack.value : system.nodePowerKW.value;
}

export function isSystemId(value: string): value is SystemId {
  return (SYSTEM_IDS as readonly string[]).includes(value);
}
