// Types of scripts/generate-types.mjs, for the drift test (test/blueprint/schema-drift.test.ts).
export declare const schemaPath: string;
export declare const typesPath: string;
/** The TypeScript types of schemas/blueprint.schema.json, as the committed generated file should hold them. */
export declare function generateBlueprintTypes(): Promise<string>;
