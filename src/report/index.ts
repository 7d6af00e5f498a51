export { buildPlan, buildHeadroom, yearlyTWh, type PlanOptions } from "./build-plan.js";
export { diffModels, diffHeadroom } from "./diff-model.js";
export { diffTerraform, terraformInstances } from "./diff-terraform.js";
export { renderText, bar, type TextOptions } from "./render-text.js";
export { renderMarkdown, type MarkdownOptions } from "./render-markdown.js";
export { renderSarif, buildSarif, type SarifOptions } from "./render-sarif.js";
export { renderJson } from "./render-json.js";
export * from "./plan-types.js";
export { COMMENT_MARKER, DEFAULT_UTILISATION, GITHUB_COMMENT_LIMIT } from "./sources.js";
