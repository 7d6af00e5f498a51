// `aifactory init [DIR]`: scaffolds a repository that uses aifactory from its own cdktf app (src/init/scaffold.ts).
import { resolve } from "node:path";
import type { Command } from "commander";
import { ScaffoldError, scaffold } from "../../init/scaffold.js";
import { EXIT_OK, UsageError, type CommandContext } from "../io.js";

export function registerInit(program: Command, ctx: CommandContext): void {
  program
    .command("init")
    .description("Scaffold a repository that synthesizes a blueprint with `cdktf synth`: package.json, cdktf.json, main.ts (AiFactory), the review workflow.")
    .argument("[dir]", "where to write it (created when missing)", ".")
    .option("--blueprint <name>", "the bundled blueprint to start from (e.g. first-gigawatt, dev-kind)")
    .option("--force", "write into a directory that is not empty")
    .addHelpText("after", "\nThen: npm install && npm run synth && npx aifactory validate blueprints/*.yaml\nExit codes: 0 written, 2 not written (non-empty directory, unknown blueprint).")
    .action(async (dir: string, opts: { blueprint?: string; force?: boolean }) => {
      const files = await scaffold(resolve(ctx.io.cwd, dir), {
        ...(opts.blueprint === undefined ? {} : { blueprint: opts.blueprint }),
        force: opts.force === true,
      }).catch((e: unknown) => {
        throw e instanceof ScaffoldError ? new UsageError(e.message) : e;
      });
      ctx.io.stdout(`${files.map((f) => `wrote ${dir === "." ? f : `${dir}/${f}`}`).join("\n")}\n\nNext: cd ${dir} && npm install && npm run synth\n`);
      ctx.exit(EXIT_OK);
    });
}
