// Every finding at once, even with schema errors: what the schema errors leave intact is still resolved and checked.
// Each schema error is repaired for checking where its intent is plain (a misspelt field under its right name, a
// version YAML read as a number quoted), or its element (pool, hall, tenant, ...) is left out of the checks. The
// checks' findings are mapped back to the document, and each element left out says which error left it out.
import type { DocPath, Finding } from "../findings/finding.js";
import { formatPath } from "../findings/format.js";
import { findingCode } from "../findings/registry.js";

/** Lists whose items are elements a check can do without (each item stands alone, or its dependents go with it). */
const ELEMENT_LISTS = new Set(["phases", "sites", "halls", "clusters", "pools", "tenants", "priorityTiers", "catalogOverrides", "taints"]);

/** Whether the error is only that a list is empty because every item of it was left out (the checks can do without). */
export function emptiedByLeavingOut(f: Finding, leftOut: Salvaged["leftOut"]): boolean {
  return f.code === "AIF-S010" && / at least 1 /.test(f.message) && leftOut.some((l) => key(l.path.slice(0, -1)) === key(f.path));
}

export interface Salvaged {
  /** The document with repairs applied and elements left out: to be validated again. */
  readonly value: unknown;
  /** A path in `value` → the same place in the original document. */
  readonly toOriginal: (path: DocPath) => DocPath;
  /** Original paths of the elements left out, each with the error that left it out. */
  readonly leftOut: readonly { readonly path: DocPath; readonly cause: Finding }[];
}

type Json = null | boolean | number | string | Json[] | { [key: string]: Json };

const clone = (v: unknown): Json => structuredClone(v) as Json;
const key = (p: DocPath) => JSON.stringify(p);

function at(root: Json, path: DocPath): Json | undefined {
  let node: Json | undefined = root;
  for (const seg of path) {
    if (node === null || typeof node !== "object") return undefined;
    node = Array.isArray(node) ? node[seg as number] : Object.hasOwn(node, String(seg)) ? node[String(seg)] : undefined;
  }
  return node;
}

function mappingAt(root: Json, path: DocPath): { [key: string]: Json } | undefined {
  const node = at(root, path);
  return node !== null && typeof node === "object" && !Array.isArray(node) ? node : undefined;
}

/** The element (item of an ELEMENT_LISTS list) that holds the path, deepest first; undefined outside any. */
function elementOf(path: DocPath): DocPath | undefined {
  for (let i = path.length - 1; i > 0; i--) {
    const list = path[i - 1];
    if (typeof path[i] === "number" && typeof list === "string" && ELEMENT_LISTS.has(list)) return path.slice(0, i + 1);
  }
  return undefined;
}

/** The version the user most likely wrote, from the number YAML read (1.3 → "1.30"; see AIF-S005's fix). */
function versionText(value: number): string {
  const [major, minor = ""] = String(value).split(".");
  return minor.length === 1 ? `${major}.${minor}0` : String(value);
}

/** Repairs one error in place (original coordinates); false when its element has to be left out instead. */
function repair(doc: Json, f: Finding): boolean {
  const field = f.path[f.path.length - 1];
  const parent = mappingAt(doc, f.path.slice(0, -1));
  if (parent === undefined || typeof field !== "string") return false;
  if (f.code === "AIF-S003") {
    const value = parent[field];
    delete parent[field];
    const suggestion = /^Did you mean `([^`]+)`\?$/.exec(f.fix)?.[1];
    if (suggestion !== undefined && value !== undefined && !Object.hasOwn(parent, suggestion)) parent[suggestion] = value;
    return true;
  }
  // The factory's own name only labels outputs: the checks can run under a stand-in.
  if (f.path.length === 2 && f.path[0] === "metadata" && field === "name") {
    parent[field] = "blueprint";
    return true;
  }
  if (f.code === "AIF-S005" && / must be a string, /.test(f.message)) {
    const value = parent[field];
    if (typeof value === "number") parent[field] = field === "kubernetesVersion" ? versionText(value) : String(value);
    else if (typeof value === "boolean") parent[field] = String(value);
    else return false;
    return true;
  }
  return false;
}

/** Elements that name a left-out element go with it: pools of a hall, sites of a phase. */
function dependents(doc: Json, element: DocPath): DocPath[] {
  const list = element[element.length - 2];
  const name = mappingAt(doc, element)?.["name"];
  if (typeof name !== "string") return [];
  const out: DocPath[] = [];
  if (list === "halls") {
    const site = element.slice(0, -2);
    const clusters = at(doc, [...site, "clusters"]);
    (Array.isArray(clusters) ? clusters : []).forEach((c, ci) => {
      const pools = c !== null && typeof c === "object" && !Array.isArray(c) ? c["pools"] : undefined;
      (Array.isArray(pools) ? pools : []).forEach((p, pi) => {
        if (p !== null && typeof p === "object" && !Array.isArray(p) && p["hall"] === name) out.push([...site, "clusters", ci, "pools", pi]);
      });
    });
  }
  if (list === "phases") {
    const sites = at(doc, ["spec", "sites"]);
    (Array.isArray(sites) ? sites : []).forEach((s, si) => {
      if (s !== null && typeof s === "object" && !Array.isArray(s) && s["phase"] === name) out.push(["spec", "sites", si]);
    });
  }
  return out;
}

/** The document without the left-out elements, and the way back from its paths to the original's. */
function without(doc: Json, leftOut: ReadonlySet<string>): { value: Json; toOriginal: (path: DocPath) => DocPath } {
  // For each list of the pruned copy (by its pruned path), the original index of each kept item.
  const kept = new Map<string, number[]>();
  const walk = (node: Json, original: DocPath, pruned: DocPath): Json => {
    if (Array.isArray(node)) {
      const indexes: number[] = [];
      const out: Json[] = [];
      node.forEach((item, i) => {
        if (leftOut.has(key([...original, i]))) return;
        indexes.push(i);
        out.push(walk(item, [...original, i], [...pruned, out.length]));
      });
      kept.set(key(pruned), indexes);
      return out;
    }
    if (node !== null && typeof node === "object") {
      const out: { [key: string]: Json } = {};
      for (const [k, v] of Object.entries(node)) {
        Object.defineProperty(out, k, { value: walk(v, [...original, k], [...pruned, k]), enumerable: true, writable: true, configurable: true });
      }
      return out;
    }
    return node;
  };
  const value = walk(doc, [], []);
  const toOriginal = (path: DocPath): DocPath => {
    const out: (string | number)[] = [];
    for (let i = 0; i < path.length; i++) {
      const seg = path[i]!;
      out.push(typeof seg === "number" ? (kept.get(key(path.slice(0, i)))?.[seg] ?? seg) : seg);
    }
    return out;
  };
  return { value, toOriginal };
}

/**
 * The document the checks can still use, given one round of its schema errors (original coordinates); undefined
 * when an error sits outside any element (the program itself, metadata): then nothing is checked.
 */
export function salvage(
  original: unknown,
  errors: readonly Finding[],
  previous: Pick<Salvaged, "leftOut"> & { readonly repaired?: unknown } = { leftOut: [] },
): (Salvaged & { readonly repaired: unknown }) | undefined {
  const doc = clone(previous.repaired ?? original);
  const leftOut = [...previous.leftOut];
  const ids = new Set(leftOut.map((l) => key(l.path)));
  const leave = (path: DocPath, cause: Finding) => {
    if (ids.has(key(path))) return;
    ids.add(key(path));
    leftOut.push({ path, cause });
    for (const d of dependents(doc, path)) leave(d, cause);
  };
  for (const f of errors) {
    if (repair(doc, f)) continue;
    const element = elementOf(f.path);
    if (element === undefined) return undefined;
    leave(element, f);
  }
  const { value, toOriginal } = without(doc, ids);
  return { value, toOriginal, leftOut, repaired: doc };
}

/** The info finding that says the checks did not run, and which error stopped them. */
export function notCheckedFinding(cause: Finding): Finding {
  const code = "AIF-S013";
  const where = cause.location === undefined ? formatPath(cause.path) : `line ${cause.location.line}`;
  return {
    code,
    severity: findingCode(code).severity,
    message: `the capacity and security checks did not run: the ${cause.code} error at ${where} leaves no blueprint to check`,
    path: [],
    fix: `Fix the ${cause.code} error; the next run checks capacity and security too.`,
  };
}

/** The info finding that says an element was left out of the checks, and why. */
export function leftOutFinding(path: DocPath, cause: Finding): Finding {
  const code = "AIF-S012";
  const where = cause.location === undefined ? formatPath(cause.path) : `line ${cause.location.line}`;
  return {
    code,
    severity: findingCode(code).severity,
    message: `${formatPath(path)} is left out of the capacity and security checks because of the ${cause.code} error at ${where}: totals and limits are checked without it`,
    path,
    fix: `Fix the ${cause.code} error; the next run checks this element too.`,
  };
}
