// The import rules of docs/ARCHITECTURE.md ("Structure check"): `npm run check:structure`.
/** @type {import('dependency-cruiser').IConfiguration} */
module.exports = {
  forbidden: [
    {
      name: "no-circular",
      severity: "error",
      comment:
        "An import circle (type-only imports count too): the files cannot be read, tested or moved one without the other.",
      from: {},
      to: { circular: true },
    },
    {
      name: "pipelines-not-to-bot",
      severity: "error",
      comment: "pipelines/ is the engine; the bot is a shell over it and must not be needed to run it.",
      from: { path: "^pipelines/" },
      to: { path: "^bot/" },
    },
    {
      name: "actions-not-to-cli",
      severity: "error",
      comment:
        "actions/ are shells like the CLI; what they share with it belongs in the engine, not in cli/.",
      from: { path: "^actions/" },
      to: { path: "^pipelines/cli/" },
    },
    {
      name: "evaluate-not-to-serve",
      severity: "error",
      comment:
        "evaluate judges a model and serve runs it over evaluate's rules (calibration, metrics); what both need of the runtime (the engine choice) lives below both, in pipelines/onnx.",
      from: { path: "^pipelines/evaluate/" },
      to: { path: "^pipelines/serve/" },
    },
    {
      name: "serve-not-to-monitor",
      severity: "error",
      comment:
        "monitor reads what the server exposes (its metrics, the prediction log); the server must not need monitor to run.",
      from: { path: "^pipelines/serve/" },
      to: { path: "^pipelines/monitor/" },
    },
  ],
  options: {
    doNotFollow: { path: "node_modules" },
    exclude: { path: "(^|/)(node_modules|dist|lib)/" },
    tsPreCompilationDeps: true,
    tsConfig: { fileName: "tsconfig.json" },
    enhancedResolveOptions: { extensions: [".ts", ".js", ".json"] },
  },
};
