// The loaded engine (engine-name.ts says which). Every runtime use of cdktf's classes in this folder goes through
// `cdk`; types come from cdktf's declarations, which cdktn shares.
import { createRequire } from "node:module";
import type * as Cdktf from "cdktf";
import { engineName } from "./engine-name.js";

export const cdk = createRequire(import.meta.url)(engineName()) as typeof Cdktf;
