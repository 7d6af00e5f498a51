#!/usr/bin/env node
// Generates the TypeScript types of the blueprint format from schemas/blueprint.schema.json,
// the one source of truth. `npm run gen:types` writes them; test/blueprint/schema-drift.test.ts
// fails when the committed file differs from what this produces.
import { readFile, writeFile } from "node:fs/promises";
import { fileURLToPath } from "node:url";
import { compile } from "json-schema-to-typescript";

const root = fileURLToPath(new URL("..", import.meta.url));
export const schemaPath = `${root}schemas/blueprint.schema.json`;
export const typesPath = `${root}src/blueprint/generated/blueprint-types.ts`;

export async function generateBlueprintTypes() {
  const schema = JSON.parse(await readFile(schemaPath, "utf8"));
  return compile(schema, "AIFactoryBlueprint", {
    bannerComment:
      "/* Generated from schemas/blueprint.schema.json by scripts/generate-types.mjs. Do not edit: run `npm run gen:types`. */",
    additionalProperties: false,
    unreachableDefinitions: true,
    strictIndexSignatures: true,
    format: true,
    style: { singleQuote: false, printWidth: 100 },
  });
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  await writeFile(typesPath, await generateBlueprintTypes());
  console.log(`wrote ${typesPath.slice(root.length)}`);
}
