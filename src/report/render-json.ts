// The plan as JSON: the Plan object as built (its keys in a fixed order), described by schemas/plan.schema.json.
import type { Plan } from "./plan-types.js";

export function renderJson(plan: Plan): string {
  return `${JSON.stringify(plan, null, 2)}\n`;
}
