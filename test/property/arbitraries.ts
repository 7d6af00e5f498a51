// fast-check arbitraries for blueprints: mutations of the bundled ones (fields removed, retyped, duplicated, out of
// range, renamed) and blueprints generated from scratch. AIFACTORY_PROPERTY_RUNS scales every property's run count.
// The seed is fixed for every property test (test/support/fast-check-seed.ts); AIFACTORY_PROPERTY_SEED changes it.
import { readFileSync, readdirSync } from "node:fs";
import { join } from "node:path";
import fc from "fast-check";
import { parse } from "yaml";
import { packageRoot } from "../../src/check/analyze.js";

/** Runs for a property: its share of the suite's budget, times AIFACTORY_PROPERTY_RUNS / 1000 when that is set. */
export function runs(base: number): number {
  const total = Number(process.env["AIFACTORY_PROPERTY_RUNS"] ?? "");
  return Number.isFinite(total) && total > 0 ? Math.max(1, Math.round((base * total) / 1000)) : base;
}

export type Path = readonly (string | number)[];
export type Plain = null | boolean | number | string | Plain[] | { [key: string]: Plain };

export const BUNDLED: ReadonlyMap<string, Plain> = new Map(
  readdirSync(join(packageRoot(), "blueprints"))
    .filter((f) => /\.ya?ml$/.test(f))
    .sort()
    .map((f) => [`blueprints/${f}`, parse(readFileSync(join(packageRoot(), "blueprints", f), "utf8")) as Plain]),
);

/** Every path into a value (containers and leaves). */
export function pathsOf(value: Plain, prefix: Path = []): Path[] {
  if (value === null || typeof value !== "object") return [prefix];
  const entries: [string | number, Plain][] = Array.isArray(value) ? value.map((v, i) => [i, v]) : Object.entries(value);
  return [prefix, ...entries.flatMap(([k, v]) => pathsOf(v, [...prefix, k]))];
}

function parentOf(root: Plain, path: Path): Plain | undefined {
  let node: Plain | undefined = root;
  for (const k of path.slice(0, -1)) {
    if (node === null || typeof node !== "object") return undefined;
    node = (node as Record<string | number, Plain>)[k as never];
  }
  return node;
}

export type Mutation =
  | { readonly op: "remove"; readonly at: number }
  | { readonly op: "retype"; readonly at: number; readonly value: Plain }
  | { readonly op: "duplicate"; readonly at: number }
  | { readonly op: "range"; readonly at: number; readonly value: number }
  | { readonly op: "rename"; readonly at: number; readonly name: string };

/** Applies a mutation to a copy; `at` picks the path (modulo the number of paths, so any integer works). */
export function mutate(root: Plain, m: Mutation): Plain {
  const copy = structuredClone(root);
  const paths = pathsOf(copy).filter((p) => p.length > 0);
  const path = paths[m.at % paths.length]!;
  const parent = parentOf(copy, path);
  if (parent === null || parent === undefined || typeof parent !== "object") return copy;
  const key = path[path.length - 1]!;
  if (Array.isArray(parent)) {
    const i = key as number;
    if (m.op === "remove") parent.splice(i, 1);
    else if (m.op === "duplicate") parent.splice(i, 0, structuredClone(parent[i]!));
    else if (m.op === "retype") parent[i] = m.value;
    else if (m.op === "range") parent[i] = typeof parent[i] === "number" ? m.value : parent[i]!;
    else if (m.op === "rename") parent[i] = m.name;
    return copy;
  }
  const obj = parent as Record<string, Plain>;
  const k = String(key);
  if (m.op === "remove") delete obj[k];
  // A mapping cannot hold a key twice once parsed: the copy lands under a near name (an unknown field).
  else if (m.op === "duplicate") obj[`${k}Copy`] = structuredClone(obj[k]!);
  else if (m.op === "retype") obj[k] = m.value;
  else if (m.op === "range" && typeof obj[k] === "number") obj[k] = m.value;
  else if (m.op === "rename") {
    const v = obj[k]!;
    delete obj[k];
    // An own property even for "__proto__", as a YAML or JSON parser makes it (assignment would set the prototype).
    Object.defineProperty(obj, m.name === "" ? `${k}_` : m.name, { value: v, enumerable: true, writable: true, configurable: true });
  }
  return copy;
}

/** Values that break types: wrong kinds, special numbers, odd strings, nested junk. */
export const oddValue: fc.Arbitrary<Plain> = fc.oneof(
  fc.constantFrom<Plain>(null, true, false, 0, -1, 1e308, -1e308, 0.5, "", " ", "100", "1e3", "NaN", "Hall_A", "a".repeat(300), [], {}, [null], { "": 1 }),
  fc.jsonValue({ maxDepth: 2 }) as fc.Arbitrary<Plain>,
  fc.string({ maxLength: 20 }),
);

/** Numbers out of every range a blueprint has. */
export const outOfRange: fc.Arbitrary<number> = fc.oneof(
  fc.constantFrom(0, -0, -1, -1e9, 1e9, 1e15, Number.MAX_SAFE_INTEGER, 1e300, 5e-324, 0.999999, 1.000001, 100.5, 1e6),
  fc.double({ noNaN: false }),
  fc.integer(),
);

/** A key renamed: a typo, another case, a near neighbour, or nonsense. */
export const renamed: fc.Arbitrary<string> = fc.oneof(
  fc.constantFrom("rack", "Racks", "node", "name ", "NAME", "apiversion", "spec.sites", "__proto__", "constructor", "toString", "$ref", ""),
  fc.string({ minLength: 1, maxLength: 12 }),
);

export const mutation: fc.Arbitrary<Mutation> = fc.oneof(
  fc.record({ op: fc.constant("remove" as const), at: fc.nat() }),
  fc.record({ op: fc.constant("retype" as const), at: fc.nat(), value: oddValue }),
  fc.record({ op: fc.constant("duplicate" as const), at: fc.nat() }),
  fc.record({ op: fc.constant("range" as const), at: fc.nat(), value: outOfRange }),
  fc.record({ op: fc.constant("rename" as const), at: fc.nat(), name: renamed }),
);

/** A bundled blueprint with one to three mutations. */
export function mutatedBundled(files: readonly string[]): fc.Arbitrary<{ file: string; blueprint: Plain; mutations: Mutation[] }> {
  return fc
    .record({ file: fc.constantFrom(...files), mutations: fc.array(mutation, { minLength: 1, maxLength: 3 }) })
    .map(({ file, mutations }) => ({ file, mutations, blueprint: mutations.reduce<Plain>((b, m) => mutate(b, m), BUNDLED.get(file)!) }));
}

const dnsName = fc.stringMatching(/^[a-z]([-a-z0-9]{0,10}[a-z0-9])?$/);
const maybeBad = <T>(good: fc.Arbitrary<T>): fc.Arbitrary<T | Plain> => fc.oneof({ weight: 80, arbitrary: good as fc.Arbitrary<T | Plain> }, { weight: 1, arbitrary: oddValue });
const systems = fc.constantFrom("h100", "h200", "b200", "b300", "gb200-nvl72", "gb300-nvl72", "vera-rubin-nvl72", "rubin-ultra-nvl576", "vera-rubin-nvl144");

/** A blueprint built from scratch: mostly well-formed, sizes anywhere from tiny to absurd, names sometimes clashing. */
export const generatedBlueprint: fc.Arbitrary<Plain> = fc
  .record({
    name: dnsName,
    powerCapMW: maybeBad(fc.double({ min: 0.001, max: 20_000, noNaN: true })),
    phases: fc.array(
      fc.record({ name: dnsName, online: fc.constantFrom("2026-H1", "2026-H2", "2027-H1", "2030-H2"), cumulativeCapMW: maybeBad(fc.double({ min: 0.001, max: 20_000, noNaN: true })) }),
      { minLength: 1, maxLength: 3 },
    ),
    sites: fc.array(
      fc.record({
        name: dnsName,
        partner: fc.string({ maxLength: 12 }),
        gridInterconnectMW: maybeBad(fc.double({ min: 0.001, max: 5_000, noNaN: true })),
        pue: maybeBad(fc.double({ min: 1, max: 3, noNaN: true })),
        halls: fc.array(
          fc.record({
            name: dnsName,
            itPowerMW: maybeBad(fc.double({ min: 0.001, max: 3_000, noNaN: true })),
            cooling: fc.constantFrom("liquid", "air"),
            maxRackKW: maybeBad(fc.integer({ min: 1, max: 1_000 })),
          }),
          { minLength: 1, maxLength: 2 },
        ),
        clusters: fc.array(
          fc.record(
            {
              name: dnsName,
              kubernetesVersion: fc.constantFrom("1.31", "1.33", "1.34"),
              tenants: fc.array(
                fc.oneof(fc.record({ name: dnsName, gpuQuota: maybeBad(fc.integer({ min: 0, max: 100_000 })) }), fc.record({ name: dnsName, gpuShare: maybeBad(fc.double({ min: 0, max: 1, noNaN: true })) })),
                { maxLength: 3 },
              ),
              networking: fc.record(
                {
                  fabric: fc.constantFrom("infiniband", "spectrum-x", "roce"),
                  oversubscription: maybeBad(fc.integer({ min: 1, max: 4 })),
                  networkOperator: fc.record({ enabled: fc.boolean(), crdsPresent: fc.boolean() }),
                },
                { requiredKeys: ["fabric"] },
              ),
              pools: fc.array(
                fc.oneof(
                  fc.record({ name: dnsName, system: systems, nodes: maybeBad(fc.integer({ min: 1, max: 50_000 })), hall: dnsName }),
                  fc.record({ name: dnsName, system: systems, racks: maybeBad(fc.integer({ min: 1, max: 5_000 })), hall: dnsName }),
                ),
                { minLength: 1, maxLength: 3 },
              ),
            },
            { requiredKeys: ["name", "kubernetesVersion", "pools"] },
          ),
          { minLength: 1, maxLength: 2 },
        ),
      }),
      { minLength: 1, maxLength: 2 },
    ),
  })
  .map(({ name, powerCapMW, phases, sites }) => {
    // Point sites at phases and pools at halls of their site (most of the time), so that deeper rules run.
    const withRefs = sites.map((s, i) => ({
      ...s,
      phase: phases[i % phases.length]!.name,
      clusters: s.clusters.map((c) => ({
        ...c,
        pools: c.pools.map((p, j) => ({ ...p, hall: j % 4 === 3 ? p.hall : s.halls[j % s.halls.length]!.name })),
      })),
    }));
    return {
      apiVersion: "aifactory.dev/v1alpha1",
      kind: "AIFactory",
      metadata: { name },
      spec: { program: { powerCapMW, phases }, sites: withRefs },
    } as unknown as Plain;
  });

/** Generated blueprints, then a mutation or two: what a user's half-edited file looks like. */
export const generatedMutated: fc.Arbitrary<Plain> = fc
  .tuple(generatedBlueprint, fc.array(mutation, { minLength: 1, maxLength: 2 }))
  .map(([blueprint, mutations]) => mutations.reduce<Plain>((b, m) => mutate(b, m), blueprint));
