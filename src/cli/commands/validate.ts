// `aifactory validate [FILES...]`: findings the way a compiler prints them, then one summary line per file.
import { InvalidArgumentError, Option, type Command } from "commander";
import { renderValidateText, validationJson } from "../../report/validate-text.js";
import { analyzeInputs, exitCodeFor } from "../inputs.js";
import type { CommandContext } from "../io.js";

export function registerValidate(program: Command, ctx: CommandContext): void {
  program
    .command("validate")
    .description("Check blueprints against the schema and the capacity rules (no file: the bundled 10 GW blueprint).")
    .argument("[files...]", "blueprint files: .yaml, .yml, .json, or a compiled DSL module (.js/.mjs with a default export)")
    .addOption(new Option("--format <format>", "output format").choices(["text", "json"]).default("text"))
    .option("--near-limit <percent>", "warn when a value reaches this share of its limit (overrides program.nearLimitPercent)", parsePercent)
    .addHelpText(
      "after",
      [
        "",
        "Exit codes: 0 no errors, 1 the blueprint has errors, 2 usage or file problems.",
        "TypeScript DSL blueprints: Node 20 cannot load .ts files; run `npm run build` and pass the compiled module,",
        "e.g. `aifactory validate dist/blueprints/dev-kind.factory.js`. A DSL module is code: validating it runs it",
        "(in a separate Node process, with time and memory limits).",
      ].join("\n"),
    )
    .action(async (files: string[], opts: { format: "text" | "json"; nearLimit?: number }) => {
      const analyses = await analyzeInputs(files, { cwd: ctx.io.cwd, ...(opts.nearLimit === undefined ? {} : { nearLimitPercent: opts.nearLimit }) });
      const code = exitCodeFor(analyses);
      ctx.io.stdout(opts.format === "json" ? `${JSON.stringify(validationJson(analyses, code), null, 2)}\n` : renderValidateText(analyses, ctx.style));
      ctx.exit(code);
    });
}

function parsePercent(value: string): number {
  const n = Number(value);
  if (value.trim() === "" || !Number.isFinite(n) || n <= 0 || n > 100) {
    throw new InvalidArgumentError(`expected a percentage above 0 and at most 100, got "${value}"`);
  }
  return n;
}
