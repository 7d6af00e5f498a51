// One source of truth: schemas/blueprint.schema.json. The TypeScript types are generated from it; this fails on drift.
import { readFileSync, readdirSync } from "node:fs";
import { Ajv } from "ajv";
import { describe, expect, it } from "vitest";
import { parse } from "yaml";
import { AJV_OPTIONS, generateBlueprintValidator, validatorPath } from "../../scripts/generate-validator.mjs";
import { generateBlueprintTypes, typesPath } from "../../scripts/generate-types.mjs";
import schema from "../../schemas/blueprint.schema.json" with { type: "json" };
import { validate as generated } from "../../src/blueprint/generated/blueprint-validator.js";

describe("schema and types", () => {
  it("keeps src/blueprint/generated/blueprint-types.ts exactly what the schema generates (on drift: `npm run gen:types`)", async () => {
    const committed = readFileSync(typesPath, "utf8");
    const generated = await generateBlueprintTypes();
    expect(committed, "the generated types are stale: run `npm run gen:types` and commit the result").toBe(generated);
  });

  it("keeps src/blueprint/generated/blueprint-validator.ts exactly what the schema generates (on drift: `npm run gen:validator`)", async () => {
    const committed = readFileSync(validatorPath, "utf8");
    const generatedCode = await generateBlueprintValidator();
    expect(committed, "the generated validator is stale: run `npm run gen:validator` and commit the result").toBe(generatedCode);
  });

  it("gives the same verdict and the same error objects as compiling the schema at run time", () => {
    const compiled = new Ajv(AJV_OPTIONS).compile(schema);
    const standalone = generated as unknown as { (data: unknown): boolean; errors?: unknown };
    const dirs = ["../../blueprints", "../fixtures/load", "../fixtures/rules"].map((d) => new URL(`${d}/`, import.meta.url));
    let compared = 0;
    for (const dir of dirs) {
      for (const name of readdirSync(dir).filter((n) => /\.(ya?ml|json)$/.test(n)).sort()) {
        let value: unknown;
        try {
          value = parse(readFileSync(new URL(name, dir), "utf8"), { maxAliasCount: -1, logLevel: "error" });
        } catch {
          continue; // syntax fixtures: nothing to validate
        }
        expect(standalone(value), name).toBe(compiled(value));
        expect(standalone.errors ?? null, name).toEqual(compiled.errors ?? null);
        compared += 1;
      }
    }
    expect(compared).toBeGreaterThan(40);
  });

  it("lets YAML blueprints name the schema for editors", () => {
    const bundled = readdirSync(new URL("../../blueprints/", import.meta.url)).filter((n) => n.endsWith(".yaml"));
    expect(bundled.length).toBeGreaterThanOrEqual(5);
    for (const name of bundled) {
      const text = readFileSync(new URL(`../../blueprints/${name}`, import.meta.url), "utf8");
      expect(text.split("\n")[0], name).toBe("# yaml-language-server: $schema=../schemas/blueprint.schema.json");
    }
  });
});
