// Where each DSL element was built: the builders (dsl.ts) record their caller's file, line and column, so that a
// finding about a DSL blueprint points at the TypeScript line of the builder call (through source maps, when Node
// runs with --enable-source-maps), as a finding about a YAML file points at its line.
import { isAbsolute, relative } from "node:path";
import { fileURLToPath } from "node:url";
import type { DocPath } from "../findings/finding.js";

import { collectOrigins, type DslOrigin } from "../io/dsl-origin-registry.js";

export { collectOrigins, type DslOrigin };

// One registry per process, whichever copy of this module the blueprint's module loaded (a symbol of the global
// registry, not a module-level variable).
const KEY = Symbol.for("aifactory.dsl.origins");
function registry(): WeakMap<object, DslOrigin> {
  const g = globalThis as unknown as Record<symbol, WeakMap<object, DslOrigin> | undefined>;
  return (g[KEY] ??= new WeakMap());
}

/** The stack frame that called the builder: "at file:line:col" or "at fn (file:line:col)". */
function callerOf(stack: string | undefined, depth: number): DslOrigin | undefined {
  const frame = stack?.split("\n")[depth + 1];
  const m = frame === undefined ? null : /\(?((?:file:\/\/)?[^\s()]+):(\d+):(\d+)\)?\s*$/.exec(frame);
  if (m === null) return undefined;
  let file = m[1]!;
  if (file.startsWith("file://")) file = fileURLToPath(file);
  if (file.startsWith("node:")) return undefined;
  const shown = isAbsolute(file) ? relative(process.cwd(), file) : file;
  return { file: shown.startsWith("..") ? file : shown, line: Number(m[2]), column: Number(m[3]) };
}

/** Records where `element` was built: the caller of the builder that calls this. Returns the element. */
export function recordOrigin<T extends object>(element: T): T {
  const origin = callerOf(new Error().stack, 2);
  if (origin !== undefined) registry().set(element, origin);
  return element;
}

/** The origin of the deepest recorded element that holds the path. */
export function originOf(origins: Readonly<Record<string, DslOrigin>>, path: DocPath): DslOrigin | undefined {
  for (let n = path.length; n >= 0; n--) {
    const hit = origins[JSON.stringify(path.slice(0, n))];
    if (hit !== undefined) return hit;
  }
  return undefined;
}
