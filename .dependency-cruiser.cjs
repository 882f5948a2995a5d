/**
 * Who may import whom in src/ (docs/architecture.md explains the layers). `npm run lint:deps`
 * checks it; test/dependency-rules.test.ts runs the same check so `npm test` fails on a cycle.
 *
 *   cli → commands, preview → pipeline.ts → stages → shared leaves
 *   stages, in the order data flows: input → validate → markdown (prose) → frame → merge;
 *   lint beside validate; figures (sums over fragments) after input; writers read only the model.
 *   shared leaves: model, vi, diagnostics, yaml, messages, fonts, svg (resvg), world*.ts
 */
const stage = (name, notTo) => ({
  name: `${name}-before-later-stages`,
  comment: `${name} is an earlier stage: it does not know the stages after it`,
  severity: "error",
  from: { path: `^src/${name}/` },
  to: { path: `^src/(${notTo.join("|")})(/|\\.ts$)` },
});

module.exports = {
  forbidden: [
    {
      name: "no-circular",
      comment: "no module imports itself through others",
      severity: "error",
      from: {},
      to: { circular: true },
    },
    {
      name: "no-folder-circular",
      comment: "no folder imports itself through other folders",
      severity: "error",
      scope: "folder",
      from: {},
      to: { circular: true },
    },
    {
      name: "only-cli-prints",
      comment: "src/cli is the top layer: nothing imports it",
      severity: "error",
      from: { pathNot: "^src/cli/" },
      to: { path: "^src/cli/" },
    },
    {
      name: "commands-under-cli",
      comment: "use cases are called by the CLI only (and by the preview, itself a use case the CLI calls)",
      severity: "error",
      from: { pathNot: "^src/(cli|commands|preview)/" },
      to: { path: "^src/commands/" },
    },
    {
      name: "preview-under-cli",
      comment: "the live preview is a use case the CLI starts: only the CLI imports it",
      severity: "error",
      from: { pathNot: "^src/(cli|preview)/" },
      to: { path: "^src/preview/" },
    },
    {
      name: "pipeline-under-commands",
      comment: "the pipeline is called by commands, the preview, the CLI and the library entry",
      severity: "error",
      from: { pathNot: "^src/(cli/|commands/|preview/|index\\.ts$)" },
      to: { path: "^src/pipeline\\.ts$" },
    },
    {
      name: "git-plumbing-for-commands",
      comment: "git plumbing serves the commands and the CLI, never a stage",
      severity: "error",
      from: { pathNot: "^src/(cli|commands|git)/" },
      to: { path: "^src/git/" },
    },
    {
      name: "writers-read-only-the-model",
      comment: "a writer depends on the model (and its own helpers), never on a parser or a stage",
      severity: "error",
      from: { path: "^src/writers/" },
      to: { path: "^src/", pathNot: "^src/(writers/|model/|fonts/|svg/|diagnostics/|messages/|compile-api\\.ts$)" },
    },
    {
      name: "parsers-never-import-writers",
      comment: "the parsers and the stages before write never reach a writer (pipeline.ts and the CLI do)",
      severity: "error",
      from: { path: "^src/(input|yaml|validate|markdown|frame|merge|lint|figures|model|vi|diagnostics)/" },
      to: { path: "^src/writers/" },
    },
    stage("input", ["validate", "markdown", "frame", "merge", "lint", "writers", "pipeline", "commands"]),
    stage("validate", ["markdown", "frame", "merge", "lint", "writers", "pipeline", "commands"]),
    stage("lint", ["validate", "markdown", "frame", "merge", "writers", "pipeline", "commands"]),
    stage("markdown", ["validate", "lint", "frame", "merge", "writers", "pipeline", "commands"]),
    stage("frame", ["validate", "lint", "markdown", "merge", "writers", "pipeline", "commands"]),
    stage("merge", ["validate", "lint", "writers", "pipeline", "commands"]),
    stage("figures", ["validate", "lint", "markdown", "frame", "merge", "writers", "pipeline", "commands"]),
    {
      name: "diff-reads-models",
      comment:
        "diff compares two report models: it needs the model and the Vietnamese helpers, nothing that builds one",
      severity: "error",
      from: { path: "^src/diff/" },
      to: { path: "^src/", pathNot: "^src/(diff|model|vi)/" },
    },
    {
      name: "leaves-stay-leaves",
      comment:
        "model, vi, diagnostics, yaml, messages, fonts, svg and the world (world*.ts) are shared by all: they import none of the layers above",
      severity: "error",
      from: { path: "^src/((model|vi|diagnostics|yaml|messages|fonts|svg)/|world[a-z-]*\\.ts$)" },
      to: { path: "^src/", pathNot: "^src/((model|vi|diagnostics|yaml|messages|fonts|svg)/|world[a-z-]*\\.ts$)" },
    },
    {
      name: "model-imports-nothing",
      comment: "the report model is plain data: it imports nothing of src outside itself",
      severity: "error",
      from: { path: "^src/model/" },
      to: { path: "^src/", pathNot: "^src/model/" },
    },
  ],
  options: {
    doNotFollow: { path: "node_modules" },
    exclude: { path: "\\.generated\\.cjs$" },
    tsPreCompilationDeps: true,
    tsConfig: { fileName: "tsconfig.json" },
  },
};
