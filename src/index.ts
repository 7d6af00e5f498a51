// The library face of the `aifactory` package: what `import ... from "aifactory"` gives. Re-exports only; every
// name here is public API (package.json "exports" maps "." to this file, "./dsl" to the DSL alone).
export * from "./blueprint/dsl.js";
export type * from "./blueprint/generated/blueprint-types.js";
export { analyzeBlueprint, analyzeFile, analyzeText, type Analysis, type AnalyzeOptions } from "./check/analyze.js";
export { hasErrors, type DocPath, type Finding, type Quantity, type Severity, type SourceLocation } from "./findings/finding.js";
export type { ResolvedCluster, ResolvedFactory, ResolvedPool, ResolvedTaint, Totals } from "./model/types.js";
export { POOL_LABEL } from "./objects/index.js";
export { findingLine } from "./synth/terraform/finding-lines.js";
export { AiFactory, type AiFactoryCluster, type AiFactoryPool, type AiFactoryProps } from "./synth/terraform/ai-factory.js";
export { AiFactoryTesting, type AiFactorySynthesis } from "./synth/terraform/testing.js";
export { KubernetesProvider, type KubernetesProviderProps } from "./synth/terraform/provider.js";
export { ClusterStack } from "./synth/terraform/stack.js";
