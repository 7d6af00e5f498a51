import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { parse } from "yaml";
import type { AIFactoryBlueprint } from "../../src/blueprint/generated/blueprint-types.js";
import { resolveFactory } from "../../src/model/resolve.js";
import { checkFactory } from "../../src/rules/index.js";

const BUNDLED = ["blueprints/dev-kind.yaml", "blueprints/first-gigawatt.yaml", "blueprints/openai-nvidia-10gw.yaml"];

describe("bundled blueprints check clean", () => {
  for (const file of BUNDLED) {
    it(`${file} has no findings`, () => {
      const bp = parse(readFileSync(new URL(`../../${file}`, import.meta.url), "utf8")) as AIFactoryBlueprint;
      const findings = checkFactory(resolveFactory(bp));
      expect(findings.map((f) => `${f.code} ${f.message}`)).toEqual([]);
    });
  }
});
