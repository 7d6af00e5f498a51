// The bundled blueprints, resolved: every test of the Kubernetes output runs over each of them.
import { readdirSync } from "node:fs";
import { join } from "node:path";
import { analyzeFile, packageRoot } from "../../../src/check/analyze.js";
import type { ResolvedFactory } from "../../../src/model/types.js";

export function bundledBlueprintFiles(): string[] {
  return readdirSync(join(packageRoot(), "blueprints"))
    .filter((f) => /\.ya?ml$/.test(f))
    .sort()
    .map((f) => `blueprints/${f}`);
}

export async function loadBundled(file: string): Promise<ResolvedFactory> {
  const analysis = await analyzeFile(file, { cwd: packageRoot() });
  if (analysis.model === undefined) throw new Error(`${file} does not resolve: ${analysis.findings.map((f) => f.message).join("; ")}`);
  return analysis.model;
}
