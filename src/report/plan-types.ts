// The plan: what `aifactory plan` reports, as plain data. The JSON format is this object as is;
// schemas/plan.schema.json describes it. Numbers are rounded (MW to 3 decimals, % to 2) so outputs are stable.
import type { Severity } from "../findings/finding.js";
import type { FindingJson } from "../findings/format.js";
import type { TerraformPlanReport } from "./terraform-plan.js";
import type { PlanCost, PlanCostChange } from "./cost.js";

export type { CostFigures, CostInput, PlanCost, PlanCostBasis, PlanCostChange } from "./cost.js";

export type { TerraformPlanReport, TerraformPlanResource, TerraformVerdict } from "./terraform-plan.js";

export const PLAN_API_VERSION = "aifactory.dev/plan/v1alpha1";

export interface PlanTotals {
  readonly facilityMW: number;
  readonly itMW: number;
  /** GPU packages (nvidia.com/gpu). */
  readonly gpus: number;
  /** GPU dies (2 per Rubin package, 4 per Rubin Ultra package). */
  readonly dies: number;
  readonly racks: number;
  readonly nodes: number;
}

export interface PlanSummary extends PlanTotals {
  readonly capMW: number;
  /** facilityMW / capMW × 100. */
  readonly capPercent: number;
  readonly sites: number;
  readonly clusters: number;
  readonly pools: number;
}

export interface PlanPhase {
  readonly name: string;
  readonly online: string;
  readonly platform?: string;
  readonly sites: readonly string[];
  /** This phase's own sites. */
  readonly totals: PlanTotals;
  /** This phase and every earlier one. */
  readonly cumulative: PlanTotals;
  readonly cumulativeCapMW: number;
  readonly cumulativeCapPercent: number;
}

export interface PlanSite {
  readonly name: string;
  readonly partner: string;
  readonly phase: string;
  readonly location?: string;
  readonly pue: number;
  readonly gridInterconnectMW: number;
  readonly gridPercent: number;
  readonly clusters: number;
  readonly totals: PlanTotals;
  readonly gridCarbonGCO2PerKWh?: number;
}

export type Modality = "chips" | "cloudCredits" | "cash" | "unspecified";

export type PlanModalities =
  | "undisclosed"
  | readonly { readonly modality: Modality; readonly share: number; readonly billionUSD: number }[];

/** The funding rule the blueprint states; the plan has no funding section when it states none. */
export type PlanFunding = PlanTranches | PlanEquity;

export interface PlanTranches {
  readonly rule: "per-gw-tranches";
  /** How the unlocked amount is computed. */
  readonly description: string;
  readonly source: string;
  readonly investor?: string;
  readonly perGWBillionUSD: number;
  readonly ceilingBillionUSD: number;
  readonly deployedGW: number;
  readonly wholeGW: number;
  readonly unlockedBillionUSD: number;
  readonly cappedAtCeiling: boolean;
  /** "undisclosed" when the blueprint gives no shares (the letter of intent does not say). */
  readonly modalities: PlanModalities;
}

export interface PlanEquity {
  readonly rule: "equity";
  readonly description: string;
  readonly source: string;
  readonly investor?: string;
  readonly equityBillionUSD: number;
  /** Equity is not tied to deployment: nothing is unlocked per GW. */
  readonly tiedToDeployment: false;
  readonly modalities: PlanModalities;
}

/** The program against the public figures it cites: Huang's GPUs per GW, and the named sites' public power figures. */
export interface PlanAnchors {
  /** null when the program has no GPUs or is below 100 MW of facility power (Huang's ratio is of gigawatt programs). */
  readonly gpuRatio: PlanGpuRatio | null;
  readonly sites: readonly PlanSiteAnchor[];
}

export interface PlanGpuRatio {
  readonly facilityMW: number;
  readonly gpus: number;
  readonly dies: number;
  /** Facility kW per GPU package and per die. */
  readonly kWPerGpu: number;
  readonly kWPerDie: number;
  /** Huang's "4–5 million GPUs for 10 GW" as a ratio: 2.0–2.5 kW of facility power per GPU. */
  readonly anchor: {
    readonly gpusLow: number;
    readonly gpusHigh: number;
    readonly gw: number;
    readonly kWPerGpuLow: number;
    readonly kWPerGpuHigh: number;
    readonly basis: string;
    readonly source: string;
  };
  /** Which count of this program falls in the anchor's kW-per-GPU range. */
  readonly matches: "gpus" | "dies" | "both" | "neither";
  /** The program's GPUs and dies at Huang's ratio, for the program's facility power. */
  readonly anchorGpusForFacility: { readonly low: number; readonly high: number };
  readonly verdict: string;
}

export interface PlanSiteAnchor {
  readonly site: string;
  readonly publicSite: string;
  readonly name: string;
  readonly facilityMW: number;
  readonly itMW: number;
  readonly gridInterconnectMW: number;
  readonly figures: readonly {
    readonly basis: string;
    readonly mw: number;
    readonly date: string;
    readonly note: string;
    readonly source: string;
    /** What of the blueprint's site is compared: IT power with an IT-power figure, facility power otherwise. */
    readonly measure: "facility MW" | "IT MW";
    readonly blueprintMW: number;
    /** blueprintMW as a share of the public figure. */
    readonly percent: number;
  }[];
  readonly notes: readonly string[];
}

export interface PlanEnergy {
  readonly utilisation: number;
  readonly utilisationBasis: string;
  readonly hoursPerYear: number;
  readonly facilityTWh: number;
  readonly households: number;
  readonly kWhPerHousehold: number;
  readonly householdSource: string;
}

export interface PlanEmissions {
  /** Sum over the sites that give a grid carbon intensity; null when none does. */
  readonly MtCO2: number | null;
  readonly bySite: readonly { readonly site: string; readonly gCO2PerKWh: number; readonly TWh: number; readonly MtCO2: number }[];
  /** Sites without gridCarbonGCO2PerKWh: their energy is not in MtCO2. */
  readonly sitesWithoutIntensity: readonly string[];
}

export type HeadroomScope = "program" | "phase" | "site" | "hall" | "cluster";

export interface PlanHeadroom {
  readonly scope: HeadroomScope;
  readonly name: string;
  /** What is measured against the limit: "facility MW", "IT MW", "nodes". */
  readonly measure: string;
  readonly used: number;
  readonly limit: number;
  /** limit − used (negative: over). */
  readonly headroom: number;
  readonly percent: number;
}

/** A finding in the plan: the one JSON shape of findings. */
export type PlanFinding = FindingJson;

export interface PlanPool {
  readonly name: string;
  readonly system: string;
  readonly hall: string;
  readonly racks: number;
  readonly nodes: number;
  readonly gpus: number;
  readonly dies: number;
  readonly rackPowerKW: number;
  readonly itMW: number;
  readonly facilityMW: number;
  readonly advertisedGpusPerNode: number;
}

export interface PlanCluster {
  readonly name: string;
  readonly site: string;
  readonly kubernetesVersion: string;
  readonly nodeLimit: number;
  readonly nodeLimitProfile: string;
  readonly nodeLimitPercent: number;
  readonly fabric: string;
  readonly switches: number;
  readonly tenants: readonly { readonly name: string; readonly gpuQuota: number }[];
  readonly totals: PlanTotals;
  readonly pools: readonly PlanPool[];
}

export interface PlanFigureNote {
  readonly figure: string;
  readonly value: string;
  readonly source: string;
}

export interface PlanSystem {
  readonly id: string;
  readonly displayName: string;
  /** The date the system's catalog figures were checked. */
  readonly asOf: string;
  readonly gpusPerRack: number;
  readonly diesPerGpu: number;
  readonly overridden: readonly PlanFigureNote[];
  readonly unconfirmed: readonly PlanFigureNote[];
}

export interface PlanDiffTotal {
  readonly measure: keyof PlanTotals;
  readonly base: number;
  readonly head: number;
  readonly delta: number;
}

export interface PlanPoolRef {
  readonly cluster: string;
  readonly pool: string;
  readonly site: string;
  readonly system: string;
  readonly racks: number;
  readonly nodes: number;
  readonly gpus: number;
  readonly facilityMW: number;
}

export interface PlanPoolResize {
  readonly cluster: string;
  readonly pool: string;
  readonly site: string;
  readonly system: { readonly base: string; readonly head: string };
  readonly racks: { readonly base: number; readonly head: number; readonly delta: number };
  readonly nodes: { readonly base: number; readonly head: number; readonly delta: number };
  readonly gpus: { readonly base: number; readonly head: number; readonly delta: number };
  readonly facilityMW: { readonly base: number; readonly head: number; readonly delta: number };
}

export interface PlanHeadroomChange {
  readonly scope: HeadroomScope;
  readonly name: string;
  readonly measure: string;
  /** null when the scope does not exist on that side. */
  readonly base: { readonly used: number; readonly limit: number; readonly headroom: number } | null;
  readonly head: { readonly used: number; readonly limit: number; readonly headroom: number } | null;
}

export type TerraformAction = "create" | "update" | "replace" | "delete";

/** One changed attribute: its path in Terraform's form (names, list indexes, map keys), old and new value. */
export interface PlanAttributeChange {
  readonly path: readonly (string | number)[];
  /** Absent: not set in the base. */
  readonly before?: Json;
  /** Absent: not set in the head. */
  readonly after?: Json;
}

export type Json = null | boolean | number | string | readonly Json[] | { readonly [k: string]: Json };

export interface TerraformResourceChange {
  readonly address: string;
  readonly type: string;
  readonly action: TerraformAction;
  /** The changed attributes of an update or replace; empty for create and delete. */
  readonly attributes: readonly PlanAttributeChange[];
  /** replace: the paths that force it, as the provider names them (the form of Terraform's replace_paths). */
  readonly replacePaths?: readonly (readonly (string | number)[])[];
  /** The type is not in aifactory's replacement table (src/report/replacement.ts): "update" may be a replace. */
  readonly replacementUnknown?: true;
  /** The Kubernetes namespace the resource is in (or is, for a namespace), on the base side for a delete. */
  readonly namespace?: string;
}

/** A delete or replace, with what goes with it: a namespace takes every object in it. */
export interface TerraformDestructive {
  readonly stack: string;
  readonly address: string;
  readonly action: "delete" | "replace";
  /** Set when the resource is a namespace. */
  readonly namespace?: string;
  /** Resources of the base in that namespace: Kubernetes deletes them with it, whatever Terraform plans for them. */
  readonly contents: readonly string[];
  /** Why: "removed from the blueprint" or the attributes that force replacement. */
  readonly reason: string;
}

export interface TerraformStackDiff {
  readonly stack: string;
  /** "added" / "removed": the whole stack is new or gone. */
  readonly status: "added" | "removed" | "changed";
  /** Terraform addresses, for_each instances as type.name["key"], sorted. */
  readonly added: readonly string[];
  readonly removed: readonly string[];
  readonly changed: readonly string[];
  /** Every added, removed and changed address with its action and changed attributes, sorted by address. */
  readonly resources: readonly TerraformResourceChange[];
  /** Deletes and replaces, namespaces first. */
  readonly destructive: readonly TerraformDestructive[];
}

export interface PlanDiff {
  /** What the plan was compared with: a file or "REF:path". */
  readonly base: string;
  /** Why the base contributes no model (a new blueprint, or a base that does not load). */
  readonly note?: string;
  readonly changed: boolean;
  readonly totals: readonly PlanDiffTotal[];
  readonly poolsAdded: readonly PlanPoolRef[];
  readonly poolsRemoved: readonly PlanPoolRef[];
  readonly poolsResized: readonly PlanPoolResize[];
  readonly headroom: readonly PlanHeadroomChange[];
  /** Absent when Terraform was not synthesized for the diff; stacks without change are left out. */
  readonly terraform?: readonly TerraformStackDiff[];
  /** Program cost figures that moved (billion USD); absent when neither side has a cost section. */
  readonly cost?: readonly PlanCostChange[];
}

export interface Plan {
  readonly apiVersion: typeof PLAN_API_VERSION;
  readonly blueprint: {
    readonly file: string;
    readonly name: string;
    readonly description?: string;
    readonly illustrative?: string;
  };
  readonly summary: PlanSummary;
  readonly phases: readonly PlanPhase[];
  readonly sites: readonly PlanSite[];
  /** Absent when the blueprint states no funding rule. */
  readonly funding?: PlanFunding;
  readonly anchors: PlanAnchors;
  readonly energy: PlanEnergy;
  readonly emissions: PlanEmissions;
  readonly headroom: readonly PlanHeadroom[];
  readonly findingCounts: { readonly error: number; readonly warning: number; readonly info: number };
  readonly findings: readonly PlanFinding[];
  readonly clusters: readonly PlanCluster[];
  readonly systems: readonly PlanSystem[];
  readonly diff?: PlanDiff;
  /** Cost and capital; absent when the blueprint has no program.cost. */
  readonly cost?: PlanCost;
  /** Terraform's own plans (--terraform-plan), each against aifactory's diff of its stack. */
  readonly terraformPlans?: readonly TerraformPlanReport[];
}
