// Where each DSL element was built, by the JSON of its path in the blueprint. The builders record positions in a
// WeakMap under a global symbol (src/blueprint/dsl-origins.ts), whichever copy of aifactory the blueprint's module
// loaded; collectOrigins reads them back as plain data. It also runs inside the DSL child process (src/io/
// dsl-module.ts embeds its source in the runner), so it refers to nothing outside its own body.

export interface DslOrigin {
  readonly file: string;
  readonly line: number;
  readonly column: number;
}

/** Every recorded origin in the blueprint, by the JSON of its path. Plain data: it crosses process boundaries. */
export function collectOrigins(root: unknown): Record<string, DslOrigin> {
  const known = (globalThis as unknown as Record<symbol, WeakMap<object, DslOrigin> | undefined>)[Symbol.for("aifactory.dsl.origins")];
  const out: Record<string, DslOrigin> = {};
  if (known === undefined) return out;
  const seen = new Set<object>();
  const walk = (node: unknown, path: readonly (string | number)[]): void => {
    if (node === null || typeof node !== "object" || seen.has(node) || path.length > 64) return;
    seen.add(node);
    const origin = known.get(node);
    if (origin !== undefined) out[JSON.stringify(path)] = origin;
    if (Array.isArray(node)) node.forEach((item: unknown, i: number) => walk(item, [...path, i]));
    else for (const [k, v] of Object.entries(node)) walk(v, [...path, k]);
  };
  walk(root, []);
  return out;
}
