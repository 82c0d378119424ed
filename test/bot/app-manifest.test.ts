// bot/app.yml lists exactly the events the handlers register (the permissions their calls need are checked
// at the end of stories.test.ts, from the operations the simulator saw), and both are names GitHub knows.
import { describe, expect, test } from "@jest/globals";
import { Probot } from "probot";
import { modelopsApp } from "../../bot/index.ts";
import { OpenApi } from "../../pipelines/demo/github-sim/openapi.ts";
import { APP_ID, appManifest } from "../support/bot-harness.ts";

function registeredEvents(): string[] {
  const probot = new Probot({ appId: APP_ID, privateKey: "not used: nothing is sent", logLevel: "fatal" });
  const names: string[] = [];
  const on = probot.on.bind(probot);
  probot.on = ((event: string | string[], handler: never) => {
    names.push(...(Array.isArray(event) ? event : [event]));
    return on(event as never, handler);
  }) as typeof probot.on;
  modelopsApp({ appId: APP_ID })(probot);
  return names;
}

describe("bot/app.yml", () => {
  test("subscribes to exactly the events the handlers listen to", () => {
    const events = [...new Set(registeredEvents().map((e) => e.split(".")[0] as string))].sort();
    expect(appManifest().default_events).toEqual(events);
  });

  test("names only events and permissions that GitHub's description knows", () => {
    const spec = OpenApi.load().spec as {
      "x-webhooks": Record<string, unknown>;
      components: { schemas: Record<string, { properties: Record<string, { enum?: string[] }> }> };
    };
    const hooks = Object.keys(spec["x-webhooks"]);
    for (const event of appManifest().default_events) {
      expect(
        hooks.some((h) => h === event.replace(/_/g, "-") || h.startsWith(`${event.replace(/_/g, "-")}-`)),
      ).toBe(true);
    }
    const permissions = spec.components.schemas["app-permissions"]?.properties ?? {};
    for (const [scope, level] of Object.entries(appManifest().default_permissions)) {
      expect(permissions[scope]?.enum).toContain(level);
    }
  });
});
