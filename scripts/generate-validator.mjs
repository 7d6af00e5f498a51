#!/usr/bin/env node
// Generates the blueprint validator from schemas/blueprint.schema.json with Ajv's own standalone code generation,
// so that `aifactory validate` does not compile the schema at every start (~250 ms). Same Ajv, same options as a
// runtime compile: same checks, same error objects. `npm run gen:validator` writes it;
// test/blueprint/schema-drift.test.ts fails when the committed file differs from what this produces.
import { readFile, writeFile } from "node:fs/promises";
import { fileURLToPath } from "node:url";
import { Ajv } from "ajv";
import standaloneCode from "ajv/dist/standalone/index.js";

const root = fileURLToPath(new URL("..", import.meta.url));
export const schemaPath = `${root}schemas/blueprint.schema.json`;
export const validatorPath = `${root}src/blueprint/generated/blueprint-validator.ts`;

/** The options src/blueprint/schema.ts validates with (allErrors and verbose: its findings read every error's data and schema). */
export const AJV_OPTIONS = { allErrors: true, verbose: true, strict: true, strictRequired: false, strictNumbers: true };

const BANNER = `/* Generated from schemas/blueprint.schema.json by scripts/generate-validator.mjs (Ajv standalone code). Do not edit: run \`npm run gen:validator\`. */
// @ts-nocheck
/* eslint-disable */
import { createRequire } from "node:module";

// The generated code requires Ajv's small runtime helpers (ucs2length for minLength/maxLength).
const require = createRequire(import.meta.url);
`;

export async function generateBlueprintValidator() {
  const schema = JSON.parse(await readFile(schemaPath, "utf8"));
  const ajv = new Ajv({ ...AJV_OPTIONS, code: { source: true, esm: true, lines: true } });
  const code = standaloneCode(ajv, ajv.compile(schema));
  return `${BANNER}${code.replace(/^"use strict";/, "")}\n`;
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  await writeFile(validatorPath, await generateBlueprintValidator());
  console.log(`wrote ${validatorPath.slice(root.length)}`);
}
