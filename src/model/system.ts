// A catalog system as a blueprint uses it: its catalogOverrides applied, then every derived figure recomputed from
// the figures it rests on, so that an override of an input carries through (a rack's power from its nodes, a GPU's
// share of node or rack power, GPUs and dies per rack).
import type { CatalogOverride } from "../blueprint/generated/blueprint-types.js";
import { canonicalSystemId, getSystem, type CatalogSystemId, type Figure, type SystemId, type SystemSpec } from "../catalog/index.js";
import type { ResolvedSystem } from "./types.js";

/** Figure-valued fields of a resolved system, in the order outputs list them in. */
export const FIGURE_NAMES = [
  "gpusPerNode",
  "diesPerGpu",
  "cpusPerNode",
  "nodesPerRack",
  "gpusPerRack",
  "diesPerRack",
  "nvlinkDomainGpus",
  "gpuPowerW",
  "gpuShareW",
  "nodePowerKW",
  "rackPowerKW",
  "gpuMemoryGB",
  "nicsPerNode",
  "nicGbps",
  "cooling",
  "migInstancesPerGpu",
  "gpuProduct",
  "gpuMemoryMiB",
  "gpuFamily",
  "cpuArch",
  "availability",
] as const satisfies readonly (keyof ResolvedSystem)[];
export type FigureName = (typeof FIGURE_NAMES)[number];

/** Figures a blueprint may override (the schema's CatalogOverride fields), in schema order. */
export const OVERRIDABLE = [
  "gpusPerNode",
  "nodesPerRack",
  "nicsPerNode",
  "nvlinkDomainGpus",
  "gpuPowerW",
  "nodePowerKW",
  "rackPowerKW",
  "gpuMemoryGB",
  "nicGbps",
] as const satisfies readonly (keyof CatalogOverride & keyof SystemSpec)[];
export type OverridableFigure = (typeof OVERRIDABLE)[number];

type Mutable<T> = { -readonly [K in keyof T]: T[K] };

/** The figure a resolved system carries under `name`, or undefined when the system has none (cpusPerNode, availability). */
export function figureOf(system: ResolvedSystem, name: FigureName): Figure<number | string> | undefined {
  return system[name];
}

/**
 * The system with the blueprint's overrides applied, in blueprint order (a later override of the same figure wins).
 * An override names the system by its id or by a deprecated alias of it. Derived figures follow their inputs:
 * HGX rack power = nodes × node power; rack-scale node power = rack power / nodes (a rack-power override re-derives
 * the node, a node or rack-size override re-derives the rack); GPU share = node (HGX) or rack power per GPU.
 */
export function resolveSystem(id: SystemId, overrides: readonly CatalogOverride[] = []): ResolvedSystem {
  const canonical: CatalogSystemId = canonicalSystemId(id);
  const spec: Mutable<SystemSpec> = { ...getSystem(canonical) };
  const overridden = new Set<OverridableFigure>();
  for (const o of overrides) {
    if (canonicalSystemId(o.system) !== canonical) continue;
    for (const name of OVERRIDABLE) {
      const value = o[name];
      if (value === undefined) continue;
      spec[name] = { value, source: o.source, confidence: "override" };
      overridden.add(name);
    }
  }
  const has = (n: OverridableFigure) => overridden.has(n);
  const nodes = spec.nodesPerRack.value;
  const derivedInCatalog = (n: "nodePowerKW" | "rackPowerKW") => getSystem(canonical)[n].confidence === "derived";
  const rackFromNodes = () =>
    derived(nodes * spec.nodePowerKW.value, `DERIVED: ${nodes} nodes × ${spec.nodePowerKW.value} kW${upstream(spec.nodePowerKW)}`);
  if (spec.form === "hgx-node") {
    if (!has("rackPowerKW") && (has("nodePowerKW") || has("nodesPerRack") || derivedInCatalog("rackPowerKW"))) spec.rackPowerKW = rackFromNodes();
  } else if (has("rackPowerKW") && !has("nodePowerKW")) {
    spec.nodePowerKW = nodeFromRack(spec.rackPowerKW, nodes);
  } else if (!has("rackPowerKW") && (has("nodePowerKW") || has("nodesPerRack"))) {
    spec.rackPowerKW = rackFromNodes();
  } else if (!has("nodePowerKW") && derivedInCatalog("nodePowerKW")) {
    spec.nodePowerKW = nodeFromRack(spec.rackPowerKW, nodes);
  }

  const gpusPerRack = nodes * spec.gpusPerNode.value;
  const gpuShareW =
    spec.form === "rack-scale"
      ? derived((spec.rackPowerKW.value * 1000) / gpusPerRack, `DERIVED: ${spec.rackPowerKW.value} kW rack / ${gpusPerRack} GPUs (its trays, switches and CPUs shared out)${upstream(spec.rackPowerKW)}`, 0)
      : derived((spec.nodePowerKW.value * 1000) / spec.gpusPerNode.value, `DERIVED: ${spec.nodePowerKW.value} kW node / ${spec.gpusPerNode.value} GPUs${upstream(spec.nodePowerKW)}`, 0);
  const resolved: Omit<ResolvedSystem, "overridden" | "unconfirmed"> = {
    ...spec,
    gpusPerRack: derived(gpusPerRack, `DERIVED: ${nodes} nodes × ${spec.gpusPerNode.value} GPUs${upstream(spec.nodesPerRack, spec.gpusPerNode)}`),
    diesPerRack: derived(gpusPerRack * spec.diesPerGpu.value, `DERIVED: ${gpusPerRack} GPUs × ${spec.diesPerGpu.value} dies${upstream(spec.diesPerGpu)}`),
    gpuShareW,
  };
  const unconfirmed = FIGURE_NAMES.filter((name) => resolved[name]?.confidence === "unconfirmed");
  return { ...resolved, overridden: OVERRIDABLE.filter((name) => overridden.has(name)), unconfirmed };
}

function nodeFromRack(rack: Figure, nodes: number): Figure {
  return derived(rack.value / nodes, `DERIVED: ${rack.value} kW rack / ${nodes} nodes${upstream(rack)}`);
}

/** A note that a derived figure rests on an UNCONFIRMED or overridden input. */
function upstream(...inputs: Figure<number | string>[]): string {
  if (inputs.some((i) => i.confidence === "override")) return " (overridden input)";
  if (inputs.some((i) => i.confidence === "unconfirmed")) return " (UNCONFIRMED input)";
  return "";
}

function derived(value: number, source: string, digits = 3): Figure {
  const f = 10 ** digits;
  return { value: Math.round(value * f) / f, source, confidence: "derived" };
}

/** Power one node draws as deployed: a rack-scale rack's power shared by its trays (switch trays included), else the node's. */
export function nodeKW(system: Pick<SystemSpec, "form" | "rackPowerKW" | "nodesPerRack" | "nodePowerKW">): number {
  return system.form === "rack-scale" ? system.rackPowerKW.value / system.nodesPerRack.value : system.nodePowerKW.value;
}
