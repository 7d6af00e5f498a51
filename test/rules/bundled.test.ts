import { readdirSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { analyzeFile } from "../../src/check/analyze.js";

const ROOT = new URL("../../", import.meta.url).pathname;
const BUNDLED = readdirSync(new URL("../../blueprints/", import.meta.url))
  .filter((f) => f.endsWith(".yaml"))
  .sort()
  .map((f) => `blueprints/${f}`);

describe("bundled blueprints check clean", () => {
  it("include the reference blueprints: both program scenarios, the Stargate sites, the first GW and the kind lab", () => {
    expect(BUNDLED).toEqual(
      expect.arrayContaining([
        "blueprints/dev-kind.yaml",
        "blueprints/first-gigawatt.yaml",
        "blueprints/openai-nvidia-10gw.yaml",
        "blueprints/openai-nvidia-2026.yaml",
        "blueprints/stargate-sites.yaml",
      ]),
    );
  });
  for (const file of BUNDLED) {
    it(`${file} loads, validates and checks without findings`, async () => {
      const a = await analyzeFile(file, { cwd: ROOT });
      expect(a.findings.map((f) => `${f.code} ${f.location?.line}:${f.location?.column} ${f.message}`)).toEqual([]);
      expect(a.model).toBeDefined();
    });
  }
});
