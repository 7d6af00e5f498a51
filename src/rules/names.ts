// Names that cannot collide: valid DNS-1123 names that Kubernetes reserves, or that collide once aifactory derives
// object names from them.
import type { DocPath, Finding } from "../findings/finding.js";
import {
  DNS_LABEL_MAX,
  EXAMPLE_JOB_PREFIX,
  RESERVED_PRIORITY_CLASS_PREFIX,
  SMOKE_POD_PREFIX,
  exampleJobName,
  reservedNamespaceReason,
  smokePodName,
} from "../model/names.js";
import { clustersOf } from "../model/walk.js";
import { finding, registered, type Rule } from "./rule.js";

export const tenantNameReserved: Rule = {
  ...registered("AIF-R016"),
  check: (m) =>
    clustersOf(m).flatMap((c) =>
      c.tenants.flatMap((t) => {
        const why = reservedNamespaceReason(t.name, c.devicePlugin.namespace);
        return why === undefined
          ? []
          : [
              finding(tenantNameReserved, {
                path: [...t.path, "name"],
                message: `tenant ${c.name}/${t.name}: its namespace would be ${t.name}, but ${why}`,
                fix: `rename tenant ${t.name} (e.g. team-${t.name.replace(/^kube-/, "")})`,
              }),
            ];
      }),
    ),
};

export const tierNameReserved: Rule = {
  ...registered("AIF-R017"),
  check: (m) =>
    clustersOf(m).flatMap((c) =>
      c.priorityTiers
        .filter((t) => t.name.startsWith(RESERVED_PRIORITY_CLASS_PREFIX))
        .map((t) =>
          finding(tierNameReserved, {
            path: [...t.path, "name"],
            message: `priority tier ${c.name}/${t.name}: PriorityClass names starting with ${RESERVED_PRIORITY_CLASS_PREFIX} are reserved for Kubernetes, and the API server refuses them`,
            fix: `rename tier ${t.name} (e.g. ${t.name.slice(RESERVED_PRIORITY_CLASS_PREFIX.length) || "tier"})`,
          }),
        ),
    ),
};

/** Findings for every pool whose derived name an earlier pool of the cluster already has. */
function derivedCollisions(
  pools: readonly { name: string; path: DocPath }[],
  what: string,
  derive: (pool: string) => string,
  prefix: string,
): Finding[] {
  const seen = new Map<string, string>();
  const out: Finding[] = [];
  for (const p of pools) {
    const name = derive(p.name);
    const first = seen.get(name);
    if (first === undefined) {
      seen.set(name, p.name);
      continue;
    }
    if (first === p.name) continue; // a duplicate pool name: AIF-R007 reports it
    out.push(
      finding(derivedNamesDistinct, {
        path: [...p.path, "name"],
        message: `pool ${p.name}: its ${what} would be ${name}, the same as pool ${first}'s once cut to 63 characters`,
        fix: `shorten pool ${p.name} or ${first} so that the two differ within their first ${DNS_LABEL_MAX - prefix.length} characters`,
      }),
    );
  }
  return out;
}

export const derivedNamesDistinct: Rule = {
  ...registered("AIF-R018"),
  check: (m) =>
    clustersOf(m).flatMap((c) => [
      ...derivedCollisions(c.pools, "example Job name", exampleJobName, EXAMPLE_JOB_PREFIX),
      ...derivedCollisions(c.pools, "kind smoke pod name", smokePodName, SMOKE_POD_PREFIX),
    ]),
};

export const NAME_RULES: readonly Rule[] = [tenantNameReserved, tierNameReserved, derivedNamesDistinct];
