// Findings as SARIF 2.1.0 for code scanning: one rule per finding code (with help text), one result per finding,
// located in its blueprint file (region line/column; line 1 when the finding has no position), a partial fingerprint
// from code and blueprint path so that alerts survive lines moving.
import { createHash } from "node:crypto";
import { isAbsolute } from "node:path";
import { pathToFileURL } from "node:url";
import { findingCode, isRegistered } from "../findings/registry.js";
import type { Plan, PlanFinding } from "./plan-types.js";

/** The family of a code, in words: SARIF tags and rule properties. */
export function findingCategory(code: string): string {
  return isRegistered(code) ? findingCode(code).family : "blueprint";
}

const LEVEL = { error: "error", warning: "warning", info: "note" } as const;

export interface SarifOptions {
  /** Tool version in the log. @default omitted (outputs stay identical across releases) */
  readonly toolVersion?: string;
}

type SarifLog = Record<string, unknown>;

export function renderSarif(plan: Pick<Plan, "findings" | "blueprint">, options: SarifOptions = {}): string {
  return `${JSON.stringify(buildSarif(plan, options), null, 2)}\n`;
}

/** Takes only the findings and the blueprint file: a blueprint that does not load still gets its SARIF. */
export function buildSarif(plan: Pick<Plan, "findings" | "blueprint">, options: SarifOptions = {}): SarifLog {
  const codes = [...new Set(plan.findings.map((f) => f.code))].sort();
  const firstOf = (code: string): PlanFinding | undefined => plan.findings.find((f) => f.code === code);
  const rules = codes.map((code) => {
    const registered = isRegistered(code) ? findingCode(code) : undefined;
    const severity = registered?.severity ?? firstOf(code)?.severity ?? "warning";
    const title = registered?.title ?? `aifactory check ${code}.`;
    return {
      id: code,
      name: code.replace(/[^A-Za-z0-9]/g, ""),
      shortDescription: { text: title },
      fullDescription: { text: registered === undefined ? title : `${title} ${registered.help}` },
      help: {
        text: registered?.help ?? "Run `aifactory validate` to see the finding with its measured value, limit and fix.",
        markdown: `${registered?.help ?? ""}\n\n\`aifactory explain ${code}\` prints this help; \`aifactory validate\` shows each finding with its measured value, limit and fix.`.trimStart(),
      },
      defaultConfiguration: { level: LEVEL[severity] },
      properties: { tags: ["aifactory", findingCategory(code)] },
    };
  });
  const results = plan.findings.map((f) => ({
    ruleId: f.code,
    ruleIndex: codes.indexOf(f.code),
    level: LEVEL[f.severity],
    message: { text: `${f.message}. Fix: ${f.fix}` },
    locations: [
      {
        physicalLocation: {
          artifactLocation: artifactLocation(f.file ?? plan.blueprint.file),
          region: { startLine: f.line ?? 1, startColumn: f.column ?? 1 },
        },
        logicalLocations: [{ fullyQualifiedName: f.path === "" ? "(document)" : f.path, kind: "element" }],
      },
    ],
    partialFingerprints: { "aifactoryFinding/v1": fingerprint(f) },
    properties: {
      path: f.path,
      ...(f.measured === undefined ? {} : { measured: f.measured }),
      ...(f.limit === undefined ? {} : { limit: f.limit }),
    },
  }));
  return {
    $schema: "https://json.schemastore.org/sarif-2.1.0.json",
    version: "2.1.0",
    runs: [
      {
        tool: {
          driver: {
            name: "aifactory",
            ...(options.toolVersion === undefined ? {} : { version: options.toolVersion }),
            rules,
          },
        },
        originalUriBaseIds: { "%SRCROOT%": { description: { text: "The repository root." } } },
        artifacts: [{ location: artifactLocation(plan.blueprint.file) }],
        results,
        columnKind: "unicodeCodePoints",
      },
    ],
  };
}

/**
 * Where a file is, for SARIF: a name relative to the checkout stays relative to %SRCROOT% (what code scanning
 * resolves against the repository); a file named by an absolute path (outside any checkout, as the CLI shows it)
 * is an absolute file: URI, never an absolute path passed off as relative to the root.
 */
export function artifactLocation(file: string): { uri: string; uriBaseId?: string } {
  if (isAbsolute(file) || /^[A-Za-z]:[\\/]/.test(file)) return { uri: pathToFileURL(file).href };
  return { uri: toUri(file), uriBaseId: "%SRCROOT%" };
}

/** A relative file name as a URI reference: forward slashes, no leading "./", each segment percent-encoded. */
export function toUri(file: string): string {
  return file
    .replace(/\\/g, "/")
    .replace(/^\.\//, "")
    .split("/")
    .map((seg) => encodeURIComponent(seg))
    .join("/");
}

function fingerprint(f: PlanFinding): string {
  return createHash("sha256").update(`${f.code}\u0000${f.path}`).digest("hex").slice(0, 32);
}
