// The catalog: hardware systems, switches, public sites and program figures, each with its source. Data only:
// applying a blueprint's catalogOverrides is resolution and lives in src/model/system.ts.
import { SYSTEMS, SYSTEM_IDS } from "./systems.js";
import type { CatalogSystemId, SystemSpec } from "./types.js";

export { SYSTEMS, SYSTEM_IDS } from "./systems.js";
export { SYSTEM_ALIASES, DEPRECATED_SYSTEM_IDS, canonicalSystemId, isDeprecatedSystemId } from "./aliases.js";
export { SWITCHES, defaultSwitch, getSwitch, largestSwitch } from "./switches.js";
export type { Fabric, SwitchSpec } from "./switches.js";
export { PUBLIC_SITES, PUBLIC_SITE_IDS } from "./sites.js";
export type { PublicSite, PublicSiteFigure, PublicSiteId, SiteFigureBasis } from "./sites.js";
export { EQUITY_2026, EQUITY_2026_SOURCE, HUANG_GPUS_FOR_10GW, LETTER_OF_INTENT_2025, LOI_SOURCE, STARGATE_PLANNED, huangKWPerGpu } from "./program.js";
export { CHECKED, confidenceOf, figure } from "./types.js";
export { EPOCH_TCO_PER_MW, HUANG_CAPITAL_PER_GW } from "./cost.js";
export type {
  CatalogSystemId,
  Confidence,
  Cooling,
  DeprecatedSystemId,
  Figure,
  SystemAlias,
  SystemId,
  SystemSpec,
} from "./types.js";

export function getSystem(id: CatalogSystemId): SystemSpec {
  return SYSTEMS[id];
}

export function isSystemId(value: string): value is CatalogSystemId {
  return (SYSTEM_IDS as readonly string[]).includes(value);
}
export { MIG_BALANCED, MIG_CONFIG_LABEL, MIG_TABLES, migConfigNames, migLayout } from "./mig.js";
export type { MigProfile, MigTable } from "./mig.js";
