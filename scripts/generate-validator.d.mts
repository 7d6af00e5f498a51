// Types of scripts/generate-validator.mjs, for the drift test (test/blueprint/schema-drift.test.ts).
export declare const schemaPath: string;
export declare const validatorPath: string;
/** The Ajv options of the generated validator. */
export declare const AJV_OPTIONS: Readonly<Record<string, boolean>>;
/** The standalone validator of schemas/blueprint.schema.json, as the committed generated file should hold it. */
export declare function generateBlueprintValidator(): Promise<string>;
