// Which cdktf engine the user installed, without loading it: HashiCorp's cdktf 0.21 (archived in December 2025)
// or CDK Terrain's cdktn 0.24, its continuation with the same API, cdktf.json and cdktf.out layout. Both are optional
// peer dependencies: users install one. cdktf wins when both are there (the engine the mission names).
import { createRequire } from "node:module";

export const ENGINES = ["cdktf", "cdktn"] as const;
export type EngineName = (typeof ENGINES)[number];

const require = createRequire(import.meta.url);

function installed(name: EngineName): boolean {
  // require.resolve has no "is it there" form: a miss throws, and a miss is an answer here.
  try {
    require.resolve(`${name}/package.json`);
    return true;
  } catch {
    return false;
  }
}

/** The engine's package name; throws saying what to install when there is none. */
export function engineName(): EngineName {
  const found = ENGINES.find(installed);
  if (found === undefined) {
    throw new Error("neither cdktf nor cdktn is installed: `npm install cdktf@0.21.0 constructs` (or `cdktn@0.24.0 constructs@10.7`)");
  }
  return found;
}

/** The engine's version, as its App records it in each stack's metadata and in manifest.json. */
export function engineVersion(): string {
  return (require(`${engineName()}/package.json`) as { version: string }).version;
}
