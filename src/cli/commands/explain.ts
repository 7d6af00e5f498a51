// `aifactory explain CODE`: what a finding code means and how to fix it (the registry of codes).
import type { Command } from "commander";
import { closest } from "../../blueprint/describe.js";
import { FINDING_CODES, isRegistered, findingCode } from "../../findings/registry.js";
import { renderExplain } from "../../report/explain-text.js";
import { EXIT_OK, UsageError, type CommandContext } from "../io.js";

export function registerExplain(program: Command, ctx: CommandContext): void {
  program
    .command("explain")
    .description("Explain a finding code: what it checks, why, and how to fix what it finds.")
    .argument("<code>", "a finding code, e.g. AIF-P001 (case-insensitive)")
    .addHelpText("after", "\nExit codes: 0 explained, 2 not a finding code.")
    .action((code: string) => {
      const wanted = code.trim().toUpperCase();
      if (!isRegistered(wanted)) {
        const suggestion = closest(wanted, FINDING_CODES.map((c) => c.code));
        throw new UsageError(`"${code}" is not a finding code${suggestion === undefined ? "" : `; did you mean ${suggestion}?`}`);
      }
      ctx.io.stdout(renderExplain(findingCode(wanted)));
      ctx.exit(EXIT_OK);
    });
}
