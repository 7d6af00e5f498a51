// Every load-time finding is built here, by a named factory: what happened, why, how to fix it.
// Codes are stable: never renumber or reuse one for another meaning.
//   AIF-Y…  YAML text          AIF-S… blueprint schema          AIF-IO… file access
import type { DocPath, Finding } from "../findings/finding.js";
import { findingCode } from "../findings/registry.js";

export const SUPPORTED_API_VERSION = "aifactory.dev/v1alpha1";
export const BLUEPRINT_KIND = "AIFactory";
/** Largest blueprint file read, in bytes: the 10 GW reference is well under 100 KiB. */
export const MAX_BLUEPRINT_BYTES = 4 * 1024 * 1024;
/**
 * Largest number of alias expansions accepted: room for hundreds of pools sharing an anchored taint list,
 * while a "billion laughs" document (aliases of aliases) goes far beyond it before it can eat memory.
 */
export const MAX_ALIAS_COUNT = 10_000;

const error = (code: string, path: DocPath, message: string, fix: string): Finding => ({
  code,
  severity: findingCode(code).severity,
  message,
  path,
  fix,
});

export const loadErrors = {
  badIndentation: (message: string, fix: string) => error("AIF-Y010", [], message, fix),
  yamlSyntax: (detail: string) =>
    error("AIF-Y001", [], `YAML syntax error: ${detail}`, "Fix the YAML syntax at this position."),
  multipleDocuments: () =>
    error(
      "AIF-Y002",
      [],
      "the file holds several YAML documents; a blueprint file holds exactly one",
      "Remove the `---` separator and split the documents into one file each.",
    ),
  duplicateKey: (key: string) =>
    error("AIF-Y003", [], `duplicate key \`${key}\` in the same mapping`, "Keep one of the two entries: YAML keys must be unique."),
  tooManyAliases: (limit: number) =>
    error(
      "AIF-Y004",
      [],
      `YAML aliases expand more than ${limit} times; refused as a resource-exhaustion risk`,
      "Write the repeated parts out instead of nesting anchors and aliases.",
    ),
  /** `blank`: the file has bytes, but only whitespace and comments. */
  emptyDocument: (blank = false) =>
    error(
      "AIF-Y005",
      [],
      `${blank ? "the file holds only comments and blank lines" : "the file is empty"}; a blueprint needs apiVersion, kind, metadata and spec`,
      `Start from a bundled blueprint, e.g. blueprints/dev-kind.yaml, with \`apiVersion: ${SUPPORTED_API_VERSION}\`.`,
    ),
  notAMapping: (found: string) =>
    error(
      "AIF-Y006",
      [],
      `a blueprint is a mapping with apiVersion, kind, metadata and spec; found ${found}`,
      "Make the top level a mapping of `key: value` lines.",
    ),
  nestedTooDeep: () =>
    error(
      "AIF-Y008",
      [],
      "the document is nested too deeply to read (a blueprint is about ten levels deep); refused as a resource-exhaustion risk",
      "Check that this is a blueprint: flatten the nested lists and mappings.",
    ),
  carriageReturnLines: () =>
    error(
      "AIF-Y009",
      [],
      "the lines of the file end in a carriage return (CR) alone, the classic Mac OS convention; YAML reads such a file as a single line",
      "Convert the line endings to LF (or CRLF), e.g. `tr '\\r' '\\n'` or your editor's line-ending setting.",
    ),
  unknownTag: (detail: string) =>
    error("AIF-Y007", [], `YAML tag not supported: ${detail}`, "Remove the `!tag`: blueprints use plain YAML values."),

  fileNotFound: (file: string) =>
    error("AIF-IO001", [], `file not found: ${file}`, "Check the path; it is resolved against the current directory."),
  cannotRead: (file: string, reason: string) =>
    error("AIF-IO002", [], `cannot read ${file}: ${reason}`, "Pass a readable blueprint file (.yaml, .yml, .json, or a compiled .js DSL module)."),
  /** `atLeast`: the size is what was read before stopping, not the whole file (a file that grew while read). */
  fileTooLarge: (bytes: number, limit: number, atLeast = false) =>
    error(
      "AIF-IO003",
      [],
      atLeast
        ? `the file is larger than the ${limit.toLocaleString("en-US")}-byte limit for a blueprint (it grew while read)`
        : `the file is ${bytes.toLocaleString("en-US")} bytes, over the ${limit.toLocaleString("en-US")}-byte limit for a blueprint`,
      "Check that this is the blueprint you meant; split a very large factory into several blueprints.",
    ),
  notText: (why: string) =>
    error("AIF-IO004", [], `the file is not UTF-8 text (${why})`, "Save the blueprint as UTF-8 YAML or JSON."),
  notRegularFile: (file: string, what: string) =>
    error(
      "AIF-IO007",
      [],
      `cannot read ${file}: it is ${what}, not a regular file`,
      "Pass a blueprint file; devices, named pipes and sockets are refused (they may never end or never answer).",
    ),
  cannotLoadModule: (file: string, reason: string) =>
    error(
      "AIF-IO005",
      [],
      `cannot load the DSL module ${file}: ${reason}`,
      "Pass a compiled ES module whose default export is a blueprint (e.g. `npm run build`, then dist/blueprints/<name>.factory.js).",
    ),
  typeScriptNeedsBuild: (file: string) =>
    error(
      "AIF-IO006",
      [],
      `${file} is TypeScript, which Node 20 cannot load without a loader`,
      "Run `npm run build` and pass the compiled module instead, e.g. dist/" + file.replace(/\.[cm]?ts$/, ".js").replace(/^\.\//, ""),
    ),

  unsupportedApiVersion: (found: string | undefined) =>
    error(
      "AIF-S001",
      ["apiVersion"],
      found === undefined
        ? `missing apiVersion; this aifactory reads ${SUPPORTED_API_VERSION}`
        : `unknown apiVersion \`${found}\`; this aifactory reads ${SUPPORTED_API_VERSION}`,
      `Set \`apiVersion: ${SUPPORTED_API_VERSION}\`.`,
    ),
  wrongKind: (found: string | undefined) =>
    error(
      "AIF-S002",
      ["kind"],
      found === undefined ? `missing kind; a blueprint has \`kind: ${BLUEPRINT_KIND}\`` : `unknown kind \`${found}\`; a blueprint has \`kind: ${BLUEPRINT_KIND}\``,
      `Set \`kind: ${BLUEPRINT_KIND}\`.`,
    ),
};

export const schemaErrors = {
  unknownField: (path: DocPath, field: string, where: string, allowed: readonly string[], suggestion?: string) =>
    error(
      "AIF-S003",
      [...path, field],
      `unknown field \`${field}\` in ${where}; allowed: ${allowed.join(", ")}`,
      suggestion ? `Did you mean \`${suggestion}\`?` : `Remove \`${field}\` or use one of the allowed fields.`,
    ),
  missingField: (path: DocPath, field: string, where: string) =>
    error("AIF-S004", path, `missing required field \`${field}\` in ${where}`, `Add \`${field}\` to ${where}.`),
  wrongType: (path: DocPath, what: string, expected: string, got: string, fix: string) =>
    error("AIF-S005", path, `${what} must be ${expected}, got ${got}`, fix),
  notAllowedValue: (path: DocPath, what: string, got: string, allowed: readonly string[], suggestion?: string) =>
    error(
      "AIF-S006",
      path,
      `${what} is ${got}; allowed: ${allowed.join(", ")}`,
      suggestion ? `Did you mean \`${suggestion}\`?` : `Use one of: ${allowed.join(", ")}.`,
    ),
  badPattern: (path: DocPath, what: string, got: string, meaning: string, suggestion?: string) =>
    error(
      "AIF-S007",
      path,
      `${what} is ${got}, which is not ${meaning}`,
      suggestion ? `Use a valid name such as \`${suggestion}\`.` : `Rewrite it as ${meaning.replace(/ \(.*\)$/, "")}.`,
    ),
  outOfRange: (path: DocPath, what: string, got: string, bound: string, fix: string) =>
    error("AIF-S008", path, `${what} is ${got}; it must be ${bound}`, fix),
  exactlyOne: (path: DocPath, where: string, fields: readonly [string, string], given: "both" | "neither", hint: string) =>
    error(
      "AIF-S009",
      path,
      given === "both"
        ? `${where} gives both \`${fields[0]}\` and \`${fields[1]}\`; give exactly one`
        : `${where} gives neither \`${fields[0]}\` nor \`${fields[1]}\`; give exactly one`,
      hint,
    ),
  badSize: (path: DocPath, what: string, detail: string, fix: string) => error("AIF-S010", path, `${what} ${detail}`, fix),
  other: (path: DocPath, what: string, detail: string) =>
    error("AIF-S011", path, `${what} ${detail}`, "Compare this part with schemas/blueprint.schema.json."),
};
