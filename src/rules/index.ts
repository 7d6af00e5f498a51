// The capacity rules: a registry of every rule (docs and tests enumerate it) and checkFactory, which runs them all.
import type { Finding } from "../findings/finding.js";
import type { ResolvedFactory } from "../model/types.js";
import { DENSITY_RULES } from "./density.js";
import { KUBERNETES_RULES } from "./kubernetes.js";
import { NETWORK_RULES } from "./network.js";
import { POWER_RULES } from "./power.js";
import { REFERENCE_RULES } from "./references.js";
import { SCHEDULING_RULES } from "./scheduling.js";
import { TOPOLOGY_RULES } from "./topology.js";
import type { Rule } from "./rule.js";

export type { Rule, RuleFamily } from "./rule.js";

/** Every rule, in code order within each family. */
export const RULES: readonly Rule[] = [
  ...POWER_RULES,
  ...DENSITY_RULES,
  ...TOPOLOGY_RULES,
  ...KUBERNETES_RULES,
  ...NETWORK_RULES,
  ...SCHEDULING_RULES,
  ...REFERENCE_RULES,
];

export function getRule(code: string): Rule | undefined {
  return RULES.find((r) => r.code === code);
}

/**
 * Run every capacity rule on the resolved model: unlocated findings (path only), in registry order. Pure.
 * The security baseline of the emitted objects (src/policy, AIF-SEC…) runs beside it in src/check.
 */
export function checkFactory(model: ResolvedFactory): Finding[] {
  return RULES.flatMap((rule) => rule.check(model));
}
