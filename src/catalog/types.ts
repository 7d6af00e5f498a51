import type { SystemId } from "../blueprint/generated/blueprint-types.js";

export type { SystemId };

/**
 * How much a figure can be trusted, after ../shared/DOMAIN.md:
 * primary = vendor document or upstream repository, secondary = press or secondary page,
 * derived = arithmetic on sourced figures, unconfirmed = no reliable source yet,
 * override = replaced by the blueprint (its own source is kept).
 */
export type Confidence = "primary" | "secondary" | "derived" | "unconfirmed" | "override";

export interface Figure<T = number> {
  readonly value: T;
  readonly source: string;
  readonly confidence: Confidence;
}

export type Cooling = "liquid" | "air";

/** A system of the catalog: the unit a pool is made of. Every figure carries its source. */
export interface SystemSpec {
  readonly id: SystemId;
  readonly displayName: string;
  /**
   * hgx-node: 8-GPU servers sized in nodes, a few per rack.
   * rack-scale: NVLink spans the rack; sized in racks, a node is one compute tray (one OS, one Kubernetes node).
   */
  readonly form: "hgx-node" | "rack-scale";
  /** GPUs as NVIDIA counts them in the system's name (for Rubin, dies; see the figure's source). */
  readonly gpusPerNode: Figure;
  readonly nodesPerRack: Figure;
  readonly nvlinkDomainGpus: Figure;
  readonly gpuPowerW: Figure;
  /** Power of one node (8-GPU server or compute tray) at its maximum. */
  readonly nodePowerKW: Figure;
  /** Power of one full rack: what a hall's rack density limit is checked against. */
  readonly rackPowerKW: Figure;
  readonly gpuMemoryGB: Figure;
  /** Scale-out NICs per node and their speed (rail-optimised: one per GPU). */
  readonly nicsPerNode: Figure;
  readonly nicGbps: Figure;
  readonly cooling: Figure<Cooling>;
  /** Largest number of MIG instances per GPU; 0 when the GPU has no MIG. */
  readonly migInstancesPerGpu: Figure;
  /** Value of GPU Feature Discovery's nvidia.com/gpu.product label on such a node (illustrative for unreleased parts). */
  readonly gpuProduct: Figure<string>;
  readonly gpuFamily: string;
}
