// `aifactory init`: a user's infrastructure repository, ready for `npm install`, `npm run synth` and
// `aifactory validate`. The files come from templates/init in this package; package.json is written here, pinning
// aifactory and the cdktf versions this package is tested with (its own package.json says which).
import { copyFile, mkdir, readFile, readdir, writeFile } from "node:fs/promises";
import { basename, dirname, join } from "node:path";
import { DEFAULT_BLUEPRINT_DISPLAY, packageRoot } from "../check/analyze.js";

export interface ScaffoldOptions {
  /** A bundled blueprint (file name under blueprints/, with or without .yaml). @default the bundled default */
  readonly blueprint?: string;
  /** Write into a directory that is not empty (files of the same name are replaced). @default false */
  readonly force?: boolean;
}

/** Template file → where it goes (npm leaves out files named .gitignore, and dot-folders are easy to lose). */
const TEMPLATE_FILES: ReadonlyArray<readonly [string, string]> = [
  ["main.ts", "main.ts"],
  ["cdktf.json", "cdktf.json"],
  ["tsconfig.json", "tsconfig.json"],
  ["gitignore", ".gitignore"],
  ["README.md", "README.md"],
  ["github/workflows/blueprint-review.yml", ".github/workflows/blueprint-review.yml"],
];

export class ScaffoldError extends Error {}

interface OwnPackage {
  readonly version: string;
  readonly peerDependencies: Readonly<Record<string, string>>;
  readonly devDependencies: Readonly<Record<string, string>>;
}

/** The scaffolded package.json: aifactory, cdktf and constructs pinned, the CLI and TypeScript for the build. */
export function consumerPackageJson(name: string, own: OwnPackage): Record<string, unknown> {
  const dev = own.devDependencies;
  const pin = (dep: string): string => {
    const version = dev[dep];
    if (version === undefined) throw new Error(`aifactory's package.json has no devDependency ${dep} to pin`);
    return version;
  };
  return {
    name,
    version: "0.1.0",
    private: true,
    type: "module",
    engines: { node: ">=22.19" },
    scripts: {
      build: "tsc",
      synth: "tsc && cdktf synth",
      validate: "aifactory validate blueprints/*.yaml",
    },
    dependencies: { aifactory: own.version, cdktf: pin("cdktf"), constructs: pin("constructs") },
    devDependencies: { "@types/node": pin("@types/node"), "cdktf-cli": pin("cdktf-cli"), typescript: pin("typescript") },
  };
}

async function bundledBlueprint(root: string, wanted: string | undefined): Promise<string> {
  const file = wanted === undefined ? basename(DEFAULT_BLUEPRINT_DISPLAY) : /\.ya?ml$/.test(wanted) ? wanted : `${wanted}.yaml`;
  const available = (await readdir(join(root, "blueprints"))).filter((f) => /\.ya?ml$/.test(f)).sort();
  if (!available.includes(file)) {
    throw new ScaffoldError(`no bundled blueprint "${wanted}": choose one of ${available.map((f) => f.replace(/\.ya?ml$/, "")).join(", ")}`);
  }
  return file;
}

/** Writes the repository into `dir` (absolute); returns the files written, relative to it, in order. */
export async function scaffold(dir: string, options: ScaffoldOptions = {}): Promise<string[]> {
  const root = packageRoot();
  const blueprint = await bundledBlueprint(root, options.blueprint);
  const existing = await readdir(dir).catch((e: NodeJS.ErrnoException) => {
    if (e.code === "ENOENT") return [];
    throw e;
  });
  if (existing.length > 0 && options.force !== true) {
    throw new ScaffoldError(`${basename(dir)} is not empty (${existing.length} ${existing.length === 1 ? "entry" : "entries"}): choose an empty directory, or pass --force to write into it`);
  }
  const own = JSON.parse(await readFile(join(root, "package.json"), "utf8")) as OwnPackage;
  const name = basename(dir).toLowerCase().replace(/[^a-z0-9._-]+/g, "-") || "ai-factory";
  const written: string[] = [];
  const write = async (path: string, text: string) => {
    await mkdir(dirname(join(dir, path)), { recursive: true });
    await writeFile(join(dir, path), text);
    written.push(path);
  };
  await write("package.json", `${JSON.stringify(consumerPackageJson(name, own), null, 2)}\n`);
  for (const [from, to] of TEMPLATE_FILES) {
    const text = await readFile(join(root, "templates", "init", from), "utf8");
    await write(to, text.replaceAll("__BLUEPRINT__", blueprint));
  }
  await mkdir(join(dir, "blueprints"), { recursive: true });
  await copyFile(join(root, "blueprints", blueprint), join(dir, "blueprints", blueprint));
  written.push(`blueprints/${blueprint}`);
  return written;
}
