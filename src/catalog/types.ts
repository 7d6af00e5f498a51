// The catalog's types. The catalog is data only: it imports nothing from the model (resolution lives in src/model/).
import type { SystemId } from "../blueprint/generated/blueprint-types.js";

export type { SystemId };

/** The date every catalog figure and program default was last checked against its source. */
export const CHECKED = "2026-12-01";

/**
 * How much a figure can be trusted. One rule decides it from the source's leading tag (see confidenceOf), so that a
 * figure's confidence and its source never disagree:
 * primary = "[P]" vendor document or upstream repository, secondary = "[S]" press or a secondary page,
 * derived = "DERIVED" arithmetic on sourced figures, unconfirmed = "UNCONFIRMED" no reliable source yet,
 * override = replaced by the blueprint (its own source is kept).
 */
export type Confidence = "primary" | "secondary" | "derived" | "unconfirmed" | "override";

export interface Figure<T = number> {
  readonly value: T;
  readonly source: string;
  readonly confidence: Confidence;
}

/** The one rule: a source's leading tag decides its confidence; a source without a tag counts as UNCONFIRMED. */
export function confidenceOf(source: string): Exclude<Confidence, "override"> {
  if (source.startsWith("[P]")) return "primary";
  if (source.startsWith("[S]")) return "secondary";
  if (source.startsWith("DERIVED")) return "derived";
  return "unconfirmed";
}

/** A figure whose confidence follows from its source. */
export function figure<T>(value: T, source: string): Figure<T> {
  return { value, source, confidence: confidenceOf(source) };
}

export type Cooling = "liquid" | "air";

/** Ids kept only as deprecated aliases of a catalog system (the blueprint schema still accepts them). */
export type DeprecatedSystemId = "vera-rubin-nvl144";
/** Ids of the catalog's systems. */
export type CatalogSystemId = Exclude<SystemId, DeprecatedSystemId>;

/** A deprecated id: the system it resolves to, and why it was renamed. */
export interface SystemAlias {
  readonly id: DeprecatedSystemId;
  readonly to: CatalogSystemId;
  readonly reason: string;
  readonly source: string;
}

/**
 * A system of the catalog: the unit a pool is made of. Every figure carries its source; derived figures (a rack's
 * power from its nodes, a GPU's share of rack power) are recomputed by the model when an override changes an input.
 */
export interface SystemSpec {
  readonly id: CatalogSystemId;
  readonly displayName: string;
  /** Other names the system goes by (a retired name, a name in flux), shown beside displayName. */
  readonly otherNames: readonly string[];
  /** The date its figures were last checked against their sources. */
  readonly asOf: string;
  /**
   * hgx-node: 8-GPU servers sized in nodes, a few per rack.
   * rack-scale: NVLink spans the rack; sized in racks, a node is one compute tray (one OS, one Kubernetes node).
   */
  readonly form: "hgx-node" | "rack-scale";
  /** When the system ships or first deploys, for systems not yet generally available. */
  readonly availability?: Figure<string>;
  /** GPU packages per node: what the device plugin advertises as nvidia.com/gpu (one per package, not per die). */
  readonly gpusPerNode: Figure;
  /** Dies per GPU package (Rubin: 2, Rubin Ultra: 4; NVIDIA's "NVL144"/"NVL576" names counted dies). */
  readonly diesPerGpu: Figure;
  /** CPUs per node (compute tray), where the vendor states it. */
  readonly cpusPerNode?: Figure;
  readonly nodesPerRack: Figure;
  /** GPU packages in one NVLink domain. */
  readonly nvlinkDomainGpus: Figure;
  /** The GPU's own maximum power (not its share of node or rack power: that is the model's gpuShareW). */
  readonly gpuPowerW: Figure;
  /** Power of one node (8-GPU server or compute tray) at its maximum. */
  readonly nodePowerKW: Figure;
  /** Power of one full rack: what a hall's rack density limit is checked against. */
  readonly rackPowerKW: Figure;
  /** Memory per GPU package, GB (10^9 bytes). */
  readonly gpuMemoryGB: Figure;
  /** Scale-out NICs per node and their speed. */
  readonly nicsPerNode: Figure;
  readonly nicGbps: Figure;
  readonly cooling: Figure<Cooling>;
  /** Largest number of MIG instances per GPU; 0 when the GPU has no MIG. */
  readonly migInstancesPerGpu: Figure;
  /** GPU Feature Discovery's nvidia.com/gpu.product on such a node, exactly as GFD prints it. */
  readonly gpuProduct: Figure<string>;
  /** GPU Feature Discovery's nvidia.com/gpu.memory: MiB, as the driver reports it. */
  readonly gpuMemoryMiB: Figure;
  /** GPU Feature Discovery's nvidia.com/gpu.family. */
  readonly gpuFamily: Figure<string>;
  /** The node's CPU architecture, as the kubelet labels it (kubernetes.io/arch): Grace and Vera trays are arm64. */
  readonly cpuArch: Figure<"amd64" | "arm64">;
}
