// One PriorityClass per workload tier of the blueprint.
import type { ResolvedPriorityTier } from "../model/types.js";
import { commonLabels } from "./labels.js";
import type { IPriorityClass } from "./types.js";

export function priorityClass(tier: ResolvedPriorityTier): IPriorityClass {
  return {
    apiVersion: "scheduling.k8s.io/v1",
    kind: "PriorityClass",
    metadata: { name: tier.name, labels: commonLabels() },
    value: tier.value,
    // globalDefault is left out: false is its default, and the API server drops a false value, so a second
    // client-side apply would report a change.
    preemptionPolicy: tier.preemption ? "PreemptLowerPriority" : "Never",
    ...(tier.description === undefined ? {} : { description: tier.description }),
  };
}
