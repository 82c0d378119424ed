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
  ],
  options: {
    doNotFollow: { path: "node_modules" },
    exclude: { path: "(^|/)(node_modules|dist|lib)/" },
    tsPreCompilationDeps: true,
    tsConfig: { fileName: "tsconfig.json" },
    enhancedResolveOptions: { extensions: [".ts", ".js", ".json"] },
  },
};
