// Bundled blueprints as plain data and resolved models, with a Network Operator variant of each (RDMA objects on).
import { readFileSync, readdirSync } from "node:fs";
import { join } from "node:path";
import { parse } from "yaml";
import type { AIFactoryBlueprint } from "../../src/blueprint/generated/blueprint-types.js";
import { analyzeBlueprint, analyzeText, packageRoot } from "../../src/check/analyze.js";
import type { ResolvedFactory } from "../../src/model/types.js";

export const BUNDLED = readdirSync(join(packageRoot(), "blueprints"))
  .filter((f) => /\.ya?ml$/.test(f))
  .sort()
  .map((f) => `blueprints/${f}`);

export function bundledText(file: string): string {
  return readFileSync(join(packageRoot(), file), "utf8");
}

export function bundledBlueprint(file: string): AIFactoryBlueprint {
  return parse(bundledText(file)) as AIFactoryBlueprint;
}

export function modelOf(file: string): ResolvedFactory {
  const a = analyzeText(bundledText(file), file);
  if (a.model === undefined) throw new Error(`${file} does not resolve`);
  return a.model;
}

/** The blueprint with every cluster enabling the Network Operator, its CRDs present. */
export function withRdma(blueprint: AIFactoryBlueprint): AIFactoryBlueprint {
  const copy = structuredClone(blueprint);
  for (const site of copy.spec.sites) {
    for (const cluster of site.clusters ?? []) {
      cluster.networking = { fabric: "infiniband", ...cluster.networking, networkOperator: { enabled: true, crdsPresent: true } };
    }
  }
  return copy;
}

export function rdmaModelOf(file: string): ResolvedFactory {
  const a = analyzeBlueprint(withRdma(bundledBlueprint(file)), file);
  if (a.model === undefined) throw new Error(`${file} with RDMA does not resolve: ${a.findings.map((f) => f.message).join("; ")}`);
  return a.model;
}
