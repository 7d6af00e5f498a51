// Writes one file so that readers see either the previous content or the new one, never a part: the content goes
// to a temporary file in the same directory (same file system), which then replaces the target by rename.
// A failed write leaves the previous file untouched and removes the temporary one.
import { randomBytes } from "node:crypto";
import { mkdir, rename, rm, writeFile } from "node:fs/promises";
import { basename, dirname, join } from "node:path";

export async function writeFileAtomically(file: string, content: string): Promise<void> {
  const dir = dirname(file);
  await mkdir(dir, { recursive: true });
  const temporary = join(dir, `.${basename(file)}.new-${randomBytes(6).toString("hex")}`);
  let done = false;
  try {
    await writeFile(temporary, content, { flag: "wx" });
    await rename(temporary, file);
    done = true;
  } finally {
    if (!done) await rm(temporary, { force: true });
  }
}
