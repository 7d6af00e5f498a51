// Deprecated system ids: still accepted by the blueprint schema, resolved to the system that replaced them.
import type { CatalogSystemId, DeprecatedSystemId, SystemAlias } from "./types.js";

export const SYSTEM_ALIASES: Readonly<Record<DeprecatedSystemId, SystemAlias>> = {
  "vera-rubin-nvl144": {
    id: "vera-rubin-nvl144",
    to: "vera-rubin-nvl72",
    reason:
      'NVIDIA named the rack "Vera Rubin NVL144" at GTC 2025, counting dies; since CES/GTC 2026 it is "Vera Rubin NVL72": 72 GPU packages of 2 dies',
    source: '[P] NVIDIA Technical Blog, "Inside the NVIDIA Rubin platform" (developer.nvidia.com/blog)',
  },
};

export const DEPRECATED_SYSTEM_IDS = Object.keys(SYSTEM_ALIASES) as DeprecatedSystemId[];

export function isDeprecatedSystemId(id: string): id is DeprecatedSystemId {
  return Object.prototype.hasOwnProperty.call(SYSTEM_ALIASES, id);
}

/** The catalog id a blueprint's system id stands for (itself, or what a deprecated alias resolves to). */
export function canonicalSystemId(id: CatalogSystemId | DeprecatedSystemId): CatalogSystemId {
  return isDeprecatedSystemId(id) ? SYSTEM_ALIASES[id].to : id;
}
