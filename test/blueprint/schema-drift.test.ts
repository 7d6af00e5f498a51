// One source of truth: schemas/blueprint.schema.json. The TypeScript types are generated from it; this fails on drift.
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { generateBlueprintTypes, typesPath } from "../../scripts/generate-types.mjs";

describe("schema and types", () => {
  it("keeps src/blueprint/generated/blueprint-types.ts exactly what the schema generates (on drift: `npm run gen:types`)", async () => {
    const committed = readFileSync(typesPath, "utf8");
    const generated = await generateBlueprintTypes();
    expect(committed, "the generated types are stale: run `npm run gen:types` and commit the result").toBe(generated);
  });

  it("lets YAML blueprints name the schema for editors", () => {
    for (const name of ["dev-kind.yaml", "first-gigawatt.yaml", "openai-nvidia-10gw.yaml"]) {
      const text = readFileSync(new URL(`../../blueprints/${name}`, import.meta.url), "utf8");
      expect(text.split("\n")[0], name).toBe("# yaml-language-server: $schema=../schemas/blueprint.schema.json");
    }
  });
});
