// The loading pipeline, after kind's load.go: read (the one bounded reader) → parse (one YAML document, with positions)
// → apiVersion and kind → strict schema → typed blueprint. Every finding at once, each located.
import { isUtf8 } from "node:buffer";
import { isAbsolute, resolve } from "node:path";
import { readBoundedFile, type ReadProblem } from "../io/read-file.js";
import type { Finding } from "../findings/finding.js";
import type { AIFactoryBlueprint } from "./generated/blueprint-types.js";
import { locateFinding, makeLocator, noLocator, type Locator } from "./locate.js";
import { parseBlueprintText, type ParseOptions } from "./parse.js";
import { checkSchema, checkVersion } from "./schema.js";
import { MAX_BLUEPRINT_BYTES, loadErrors } from "./errors.js";

export interface LoadResult {
  readonly file: string;
  /** Present only when there are no load or schema errors. */
  readonly blueprint?: AIFactoryBlueprint;
  /** Located findings of the load and schema steps. */
  readonly findings: readonly Finding[];
  /** The parsed document, when it parsed (with or without schema errors). */
  readonly value?: unknown;
  /** Locates later findings (rules) in the same text. */
  readonly locate: Locator;
}

export function loadBlueprintText(text: string, file: string, options: ParseOptions = {}): LoadResult {
  const parsed = parseBlueprintText(text, file, options);
  if (parsed.value === undefined || parsed.findings.length > 0) {
    return { file, findings: parsed.findings, locate: noLocator };
  }
  const locate = parsed.doc ? makeLocator(parsed.doc, parsed.lineCounter) : noLocator;
  const checked = validateBlueprintValue(parsed.value);
  return {
    file,
    findings: checked.findings.map((f) => locateFinding(f, file, locate)),
    ...(checked.blueprint ? { blueprint: checked.blueprint } : {}),
    value: parsed.value,
    locate,
  };
}

/** Version, schema and structural checks on plain data (a parsed file or a DSL object); findings unlocated. */
export function validateBlueprintValue(value: unknown): { blueprint?: AIFactoryBlueprint; findings: Finding[] } {
  if (value === null || typeof value !== "object" || Array.isArray(value)) {
    return { findings: checkSchema(value) };
  }
  const version = checkVersion(value as Record<string, unknown>);
  if (version.length > 0) return { findings: version };
  const findings = checkSchema(value);
  if (findings.some((f) => f.severity === "error")) return { findings };
  return { blueprint: value as AIFactoryBlueprint, findings };
}

// Step 0, read: a blueprint file as UTF-8 text, through the one bounded reader (src/io/read-file.ts); each problem is
// an AIF-IO finding located at the file.

export interface ReadBlueprintOptions {
  /** @default MAX_BLUEPRINT_BYTES (4 MiB) */
  readonly maxBytes?: number;
  /** Directory a relative `file` is read from. @default process.cwd() */
  readonly cwd?: string;
  /** How findings name the file. @default `file` as given */
  readonly display?: string;
}

export function readProblemFinding(file: string, problem: ReadProblem): Finding {
  switch (problem.kind) {
    case "not-found":
      return loadErrors.fileNotFound(file);
    case "directory":
      return loadErrors.cannotRead(file, "it is a directory");
    case "not-regular":
      return loadErrors.notRegularFile(file, problem.what);
    case "too-large":
      return problem.bytes === undefined
        ? loadErrors.fileTooLarge(problem.limit + 1, problem.limit, true)
        : loadErrors.fileTooLarge(problem.bytes, problem.limit);
    case "unreadable":
      return loadErrors.cannotRead(file, problem.reason);
  }
}

/** Reads a blueprint file as UTF-8 text (a leading BOM dropped). */
export async function readBlueprintText(file: string, options: ReadBlueprintOptions = {}): Promise<{ text: string } | { finding: Finding }> {
  const full = isAbsolute(file) ? file : resolve(options.cwd ?? process.cwd(), file);
  const shown = options.display ?? file;
  const at = (finding: Finding) => ({ finding: { ...finding, location: { file: shown, line: 1, column: 1 } } });
  const read = await readBoundedFile(full, { maxBytes: options.maxBytes ?? MAX_BLUEPRINT_BYTES });
  if ("problem" in read) return at(readProblemFinding(shown, read.problem));
  const bytes = read.bytes;
  if (bytes.includes(0)) return at(loadErrors.notText("it contains NUL bytes: binary data?"));
  if (!isUtf8(bytes)) return at(loadErrors.notText("invalid UTF-8 byte sequence"));
  const text = bytes.toString("utf8");
  return { text: text.charCodeAt(0) === 0xfeff ? text.slice(1) : text };
}
