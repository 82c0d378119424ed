// The demo's report.html as a browser shows it (Debian's Chromium, headless, through playwright-core): the
// Markdown sections are rendered (tables are tables, no raw Markdown left), the loss chart's legend lies
// inside the chart, and HTML quoted from user data is text, not markup.
import { spawnSync } from "node:child_process";
import { mkdtemp, readFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import { afterAll, beforeAll, describe, expect, test } from "@jest/globals";
import { type Browser, chromium, type Page } from "playwright-core";
import { writeReport } from "../../pipelines/demo/report.ts";
import { MODELOPS_CLI } from "../support/cli.ts";

let browser: Browser;

beforeAll(async () => {
  browser = await chromium.launch({
    executablePath: "/usr/bin/chromium",
    args: ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking"],
  });
});

afterAll(async () => {
  await browser?.close();
});

async function open(file: string): Promise<Page> {
  const page = await browser.newPage({ viewport: { width: 1100, height: 900 } });
  await page.goto(pathToFileURL(file).href);
  return page;
}

/** Evaluates `expression` in the page (the test's types have no DOM: the browser code is a string). */
async function inPage<T>(page: Page, expression: string): Promise<T> {
  return (await page.evaluate(expression)) as T;
}

/** Lines of the page's text that still look like Markdown syntax. */
async function rawMarkdown(page: Page): Promise<string[]> {
  const text = await inPage<string>(page, "document.body.innerText");
  return text
    .split("\n")
    .filter((l) => /^\s*\|.*\|\s*$|\| ?-{3}|^#{1,6} |\*\*\S|^```|<\/?(sub|details|summary)>/.test(l));
}

/** Legend entries whose box reaches outside the chart's. */
async function legendOverflow(page: Page): Promise<string[]> {
  return inPage(
    page,
    `[...document.querySelectorAll("svg")].flatMap((svg) => {
      const box = svg.getBoundingClientRect();
      return [...svg.querySelectorAll("g.legend text")]
        .filter((t) => {
          const r = t.getBoundingClientRect();
          return r.right > box.right || r.bottom > box.bottom || r.left < box.left;
        })
        .map((t) => t.textContent);
    })`,
  );
}

describe("report.html in headless Chromium", () => {
  test("the demo's report: tables render, no raw Markdown, the legend fits", async () => {
    const dir = await mkdtemp(join(tmpdir(), "modelops-report-"));
    const demo = spawnSync(process.execPath, [MODELOPS_CLI, "demo", "--dir", dir], {
      encoding: "utf8",
      timeout: 170_000,
    });
    expect(demo.status).toBe(0);
    const page = await open(join(dir, "report", "report.html"));
    const tables = await inPage<{ headers: number; rows: number }[]>(
      page,
      `[...document.querySelectorAll("table")].map((t) => ({
        headers: t.querySelectorAll("th").length,
        rows: t.querySelectorAll("tr").length,
      }))`,
    );
    expect(tables.length).toBeGreaterThanOrEqual(3);
    for (const t of tables) expect(t.headers).toBeGreaterThan(0);
    expect(await inPage(page, `document.querySelectorAll("pre").length`)).toBe(0);
    expect(await rawMarkdown(page)).toEqual([]);
    expect(await inPage(page, `document.querySelectorAll("section sub").length`)).toBeGreaterThan(0);
    expect(await inPage(page, `document.querySelectorAll("g.legend").length`)).toBeGreaterThan(1);
    expect(await legendOverflow(page)).toEqual([]);
    await page.close();
  }, 180_000);

  test("long run names stay inside the chart, and HTML in a section is shown as text", async () => {
    const dir = await mkdtemp(join(tmpdir(), "modelops-report-"));
    await writeReport(dir, {
      title: "report",
      stages: [{ stage: "train", ok: true, text: "done" }],
      sections: [
        {
          heading: "PR <b>x</b>",
          markdown:
            "| column | drift |\n| --- | --- |\n| <img src=x onerror=alert(1)> | **0.4** |\n\n<script>window.pwned = 1</script>\n\n<sub>note <i>x</i> <a href=javascript:alert(1)>y</a></sub>",
        },
      ],
      curves: [
        {
          name: "iris v1 (main, dense [16, 16], learning rate 0.02, 80 epochs, early stopping)",
          values: [1, 0.5, 0.3],
        },
        {
          name: "iris v2 (PR smaller-mlp: dense [8], learning rate 0.05, label smoothing 0.1)",
          values: [1.2, 0.6, 0.2],
        },
      ],
    });
    const page = await open(join(dir, "report.html"));
    expect(await legendOverflow(page)).toEqual([]);
    expect(await inPage(page, "window.pwned")).toBeUndefined();
    expect(await inPage(page, `document.querySelectorAll("section img, section script").length`)).toBe(0);
    expect(await inPage(page, `document.querySelector("section td").textContent`)).toBe(
      "<img src=x onerror=alert(1)>",
    );
    expect(await inPage(page, `document.querySelector("section strong").textContent`)).toBe("0.4");
    expect(await inPage(page, `document.querySelectorAll("section a").length`)).toBe(0);
    expect(await inPage(page, `document.querySelector("section sub").textContent`)).toBe(
      "note x <a href=javascript:alert(1)>y</a>",
    );
    expect(await readFile(join(dir, "report.md"), "utf8")).toContain("| column | drift |");
    await page.close();
  });
});
