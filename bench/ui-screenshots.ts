// The screenshots in docs/ui/ (referenced from README and docs/ui.md): the demo's registry, built by the
// real CLI, through `modelops ui`, in headless Chromium, light and dark.
//   npx tsx bench/ui-screenshots.ts [OUT_DIR]   (default docs/ui; needs Debian's chromium)
import { execFileSync } from "node:child_process";
import { mkdir, mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { chromium } from "playwright-core";
import { openCatalog } from "../pipelines/runs/open.ts";
import { startUi } from "../pipelines/ui/server.ts";

const out = process.argv[2] ?? new URL("../docs/ui/", import.meta.url).pathname;
const cli = new URL("../bot/cli/modelops.js", import.meta.url).pathname;

const dir = await mkdtemp(join(tmpdir(), "modelops-ui-shots-"));
execFileSync(process.execPath, [cli, "demo", "--dir", dir], { stdio: "ignore" });
const registry = join(dir, "repo", ".modelops");
const catalog = await openCatalog(registry);
const ui = await startUi({ store: catalog.store!, catalog, port: 0 });
const runs = await catalog.list({ model: "iris" });
const blocked = runs.find((r) => r.versions.length === 0)!;
const browser = await chromium.launch({
  executablePath: "/usr/bin/chromium",
  args: ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking"],
});
await mkdir(out, { recursive: true });
const shots: Array<[string, string, "light" | "dark"]> = [
  ["models", "/", "light"],
  ["model", "/models/iris", "light"],
  ["model-dark", "/models/iris", "dark"],
  ["version", "/models/iris/versions/2", "light"],
  ["runs", "/runs", "light"],
  ["compare", `/compare?run=iris/v2&run=${blocked.id}`, "light"],
];
for (const [name, path, colorScheme] of shots) {
  const page = await browser.newPage({ viewport: { width: 1280, height: 900 }, colorScheme });
  await page.goto(`${ui.url}${path}`, { waitUntil: "load" });
  await page.screenshot({ path: join(out, `${name}.png`), fullPage: true });
  await page.close();
}
await browser.close();
await ui.close();
await rm(dir, { recursive: true, force: true });
console.log(`wrote ${shots.length} screenshots to ${out}`);
