// Shared by the plan tests: fixtures through the real loader, golden files with an update switch.
import { existsSync, readFileSync, writeFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { expect } from "vitest";
import { analyzeText, type Analysis } from "../../src/check/analyze.js";
import type { ResolvedFactory } from "../../src/model/types.js";

export const ROOT = fileURLToPath(new URL("../../", import.meta.url));
export const PLAN_FIXTURES = "test/fixtures/plan";

/** Analyzes a file of the repository, named by its repository path as the CLI would name it. */
export function analyze(path: string): Analysis & { model: ResolvedFactory } {
  const a = analyzeText(readFileSync(`${ROOT}${path}`, "utf8"), path);
  if (a.model === undefined) throw new Error(`${path} does not load: ${a.findings.map((f) => f.message).join("; ")}`);
  return a as Analysis & { model: ResolvedFactory };
}

/**
 * Compares with test/fixtures/plan/<name>; UPDATE_GOLDEN=1 rewrites the file instead
 * (`UPDATE_GOLDEN=1 npx vitest run test/report test/cli/plan.test.ts`, then review the diff).
 */
export function expectGolden(name: string, actual: string): void {
  const path = `${ROOT}${PLAN_FIXTURES}/${name}`;
  if (process.env["UPDATE_GOLDEN"] === "1" || !existsSync(path)) {
    writeFileSync(path, actual, "utf8");
    if (process.env["UPDATE_GOLDEN"] !== "1") throw new Error(`golden ${name} was missing and has been written; run again`);
    return;
  }
  expect(actual).toBe(readFileSync(path, "utf8"));
}
