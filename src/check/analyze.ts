// One entry point for every front end (CLI, synth, plan, tests): text, file or DSL object in,
// the typed blueprint, the resolved model and every finding (located, sorted) out.
import { basename, dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { loadErrors } from "../blueprint/errors.js";
import type { AIFactoryBlueprint } from "../blueprint/generated/blueprint-types.js";
import { loadBlueprintText, validateBlueprintValue } from "../blueprint/load.js";
import { collectOrigins, originOf, type DslOrigin } from "../blueprint/dsl-origins.js";
import { locateFinding, type Locator } from "../blueprint/locate.js";
import { hasErrors, type Finding } from "../findings/finding.js";
import { readBlueprintText } from "../blueprint/load.js";
import type { ResolvedFactory } from "../model/types.js";
import { resolveFactory } from "../model/resolve.js";
import { buildFactoryObjects, type BuildOptions, type ClusterObjects } from "../objects/index.js";
import { checkBlueprintCredentials, checkSecurityBaseline, mergeCredentialFindings } from "../policy/index.js";
import { checkFactory } from "../rules/index.js";
import { emptiedByLeavingOut, leftOutFinding, notCheckedFinding, salvage } from "./salvage.js";

export interface Analysis {
  readonly file: string;
  readonly blueprint?: AIFactoryBlueprint;
  readonly model?: ResolvedFactory;
  /** Every cluster's Kubernetes objects, built once (for the options' profile) and checked by the baseline. */
  readonly objects?: readonly ClusterObjects[];
  readonly findings: readonly Finding[];
  /** Locates findings made later from the model (aifactory verify) in the blueprint's text. */
  readonly locate?: Locator;
}

export interface AnalyzeOptions extends BuildOptions {
  /**
   * Where a DSL blueprint's elements were built, by the JSON of their path (collected where the module ran).
   * @default the origins the DSL builders recorded in this process
   */
  readonly origins?: Readonly<Record<string, DslOrigin>>;
  /** Overrides the blueprint's program.nearLimitPercent. @default the blueprint's value (itself @default 90) */
  readonly nearLimitPercent?: number;
  /** Largest file accepted, in bytes. @default MAX_BLUEPRINT_BYTES (4 MiB) */
  readonly maxBytes?: number;
  /** Directory relative file names are read from (the display name stays as given). @default process.cwd() */
  readonly cwd?: string;
}

/** The default blueprint as users see it in messages. */
export const DEFAULT_BLUEPRINT_DISPLAY = "blueprints/openai-nvidia-10gw.yaml";

/** Root of the package, from src/check (tests) or dist/src/check (compiled). */
export function packageRoot(): string {
  const up = fileURLToPath(new URL("../../", import.meta.url));
  return basename(up) === "dist" ? dirname(up) : up.replace(/[\\/]$/, "");
}

export function defaultBlueprintPath(): string {
  return join(packageRoot(), DEFAULT_BLUEPRINT_DISPLAY);
}

export function analyzeText(text: string, file: string, options: AnalyzeOptions = {}): Analysis {
  const loaded = loadBlueprintText(text, file, options.maxBytes === undefined ? {} : { maxBytes: options.maxBytes });
  if (!loaded.blueprint || hasErrors(loaded.findings)) {
    const rest = loaded.value === undefined ? [] : checkWhatIsLeft(loaded.value, loaded.findings, file, loaded.locate, options);
    return { file, findings: sortFindings([...loaded.findings, ...rest]) };
  }
  return check(loaded.blueprint, file, loaded.findings, loaded.locate, options);
}

export function analyzeBlueprint(blueprint: AIFactoryBlueprint, file: string, options: AnalyzeOptions = {}): Analysis {
  const plain = withoutUndefined(blueprint);
  if (plain === undefined) return { file, findings: [loadErrors.nestedTooDeep()] };
  const origins = options.origins ?? collectOrigins(blueprint);
  const locate: Locator = (path) => originOf(origins, path);
  const checked = validateBlueprintValue(plain.value);
  const located = checked.findings.map((f) => locateFinding(f, file, locate));
  if (!checked.blueprint || hasErrors(checked.findings)) {
    const rest = checkWhatIsLeft(plain.value, located, file, locate, options);
    return { file, findings: sortFindings([...located, ...rest]) };
  }
  return check(checked.blueprint, file, located, locate, options);
}

export async function analyzeFile(file: string, options: AnalyzeOptions = {}): Promise<Analysis> {
  const read = await readBlueprintFile(file, options);
  if ("finding" in read) return { file, findings: [read.finding] };
  return analyzeText(read.text, file, options);
}

/** Reads a blueprint file as UTF-8 text; what can go wrong becomes an AIF-IO finding located at the file. */
export async function readBlueprintFile(file: string, options: AnalyzeOptions = {}): Promise<{ text: string } | { finding: Finding }> {
  return readBlueprintText(file, options);
}

function check(
  blueprint: AIFactoryBlueprint,
  file: string,
  loadFindings: readonly Finding[],
  locate: Locator,
  options: AnalyzeOptions,
): Analysis {
  const effective = options.nearLimitPercent === undefined ? blueprint : withNearLimit(blueprint, options.nearLimitPercent);
  const model = resolveFactory(effective);
  const objects = buildFactoryObjects(model, options.profile === undefined ? {} : { profile: options.profile });
  // Capacity rules on the model, then the security baseline of the objects built for it.
  const ruleFindings = [...checkFactory(model), ...mergeCredentialFindings(checkSecurityBaseline(objects), checkBlueprintCredentials(blueprint))].map((f) =>
    locateFinding(f, file, locate),
  );
  return { file, blueprint: effective, model, objects, findings: sortFindings([...loadFindings, ...ruleFindings]), locate };
}

/** Rounds of repairs and leaving out before giving up: each round can only uncover errors inside what it kept. */
const SALVAGE_ROUNDS = 3;

/**
 * Findings of the checks on what the schema errors leave intact (salvage.ts), located in the original document,
 * plus one AIF-S012 per element left out; none when the errors leave nothing that validates.
 */
function checkWhatIsLeft(value: unknown, loadFindings: readonly Finding[], file: string, locate: Locator, options: AnalyzeOptions): Finding[] {
  const errors = loadFindings.filter((f) => f.severity === "error");
  // Only schema errors leave a document to check (apiVersion and kind say which format it is in the first place).
  if (errors.some((f) => !f.code.startsWith("AIF-S") || f.code === "AIF-S001" || f.code === "AIF-S002")) return [];
  let round = salvage(value, errors);
  let cause = errors[0];
  for (let i = 0; round !== undefined && i < SALVAGE_ROUNDS; i++) {
    const again = validateBlueprintValue(round.value);
    const toOriginal = round.toOriginal;
    const leftOut = round.leftOut;
    const remaining = again.findings
      .filter((f) => f.severity === "error")
      .map((f) => locateFinding({ ...f, path: toOriginal(f.path) }, file, locate))
      .filter((f) => !emptiedByLeavingOut(f, leftOut));
    if (remaining.length === 0) {
      // Valid but for lists emptied by leaving their items out: the model reads an empty list as none.
      const blueprint = (again.blueprint ?? round.value) as AIFactoryBlueprint;
      const effective = options.nearLimitPercent === undefined ? blueprint : withNearLimit(blueprint, options.nearLimitPercent);
      const model = resolveFactory(effective);
      const objects = buildFactoryObjects(model, options.profile === undefined ? {} : { profile: options.profile });
      const checks = [...checkFactory(model), ...mergeCredentialFindings(checkSecurityBaseline(objects), checkBlueprintCredentials(blueprint))].map((f) =>
        locateFinding({ ...f, path: toOriginal(f.path) }, file, locate),
      );
      return [...round.leftOut.map((l) => locateFinding(leftOutFinding(l.path, l.cause), file, locate)), ...checks];
    }
    cause = remaining[0] ?? cause;
    round = salvage(value, remaining, round);
  }
  return cause === undefined ? [] : [locateFinding(notCheckedFinding(cause), file, locate)];
}

function withNearLimit(blueprint: AIFactoryBlueprint, percent: number): AIFactoryBlueprint {
  return {
    ...blueprint,
    spec: { ...blueprint.spec, program: { ...blueprint.spec.program, nearLimitPercent: percent } },
  };
}

/** Sorted by file, line, column, code; unlocated findings last, by path. */
export function sortFindings(findings: readonly Finding[]): Finding[] {
  const key = (f: Finding) => f.path.map(String).join("\u0000");
  return [...findings].sort((a, b) => {
    const la = a.location;
    const lb = b.location;
    if (la && !lb) return -1;
    if (!la && lb) return 1;
    if (la && lb) {
      if (la.file !== lb.file) return la.file < lb.file ? -1 : 1;
      if (la.line !== lb.line) return la.line - lb.line;
      if (la.column !== lb.column) return la.column - lb.column;
    }
    if (a.code !== b.code) return a.code < b.code ? -1 : 1;
    const ka = key(a);
    const kb = key(b);
    return ka < kb ? -1 : ka > kb ? 1 : 0;
  });
}

/** A DSL object may carry `undefined` for props left out; the file format has no such thing. */
/** A blueprint is about ten levels deep; a DSL object deeper than this (or cyclic) is refused, not recursed into. */
const MAX_DSL_DEPTH = 64;

/** A plain copy without undefined values, as YAML would give; undefined when the object is too deep or cyclic. */
function withoutUndefined(value: unknown, depth = 0): { value: unknown } | undefined {
  if (depth > MAX_DSL_DEPTH) return undefined;
  if (Array.isArray(value)) {
    const out: unknown[] = [];
    for (const item of value) {
      const copy = withoutUndefined(item, depth + 1);
      if (copy === undefined) return undefined;
      out.push(copy.value);
    }
    return { value: out };
  }
  if (value !== null && typeof value === "object" && Object.getPrototypeOf(value) === Object.prototype) {
    const out: Record<string, unknown> = {};
    for (const [k, v] of Object.entries(value)) {
      if (v === undefined) continue;
      const copy = withoutUndefined(v, depth + 1);
      if (copy === undefined) return undefined;
      // defineProperty: an own "__proto__" key stays a key (the schema reports it), as it does when parsed from a file.
      Object.defineProperty(out, k, { value: copy.value, enumerable: true, writable: true, configurable: true });
    }
    return { value: out };
  }
  return { value };
}
