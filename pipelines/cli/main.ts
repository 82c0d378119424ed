// The `modelops` program: one commander program built from a list of command modules (one file per command
// under commands/), and one place that turns errors into exit codes. The list is the caller's: the engine's
// commands live here, and the full executable (bot/cli/main.ts, the composition root) adds the ones over bot/
// (`modelops bot`, `demo --github`), so nothing in pipelines/ imports the GitHub shell. A command module is
// loaded only when its command runs (`LazyCommand`), and imports heavy modules (tfjs, fastify) inside its
// action with `await import()`, so `--help`, `validate` and a server start load only what they use. An action's promise resolves when its work is done (a server's on SIGINT/SIGTERM): the process exits
// right after it.
import { Command, CommanderError } from "commander";
import { ModelopsError } from "../errors.ts";
import { MODELOPS_VERSION } from "../version.ts";

/** A command plugin: adds its command (and subcommands) to the program. */
export interface CommandModule {
  register(program: Command): void;
}

/**
 * A command plugin loaded only when the command line names one of its commands: a command module imports its
 * own helpers (the config schema, the data readers, the registry), and importing every one of them cost each
 * start of `modelops serve` the others' modules too.
 */
export interface LazyCommand {
  /** The top-level commands the module registers, in its order (checked when it loads). */
  names: readonly string[];
  load: () => Promise<CommandModule>;
  /** The command reads the whole program (completion walks the command tree): load every module for it. */
  wholeProgram?: boolean;
}

export type CommandEntry = CommandModule | LazyCommand;

const isLazy = (entry: CommandEntry): entry is LazyCommand => "load" in entry;

/**
 * The modules `argv` needs, in the order of `entries`: the static ones, plus the lazy one that registers the
 * command it names, or every one where the whole program shows (no command or an unknown word: the help and
 * commander's suggestions list them all; `help`; a `wholeProgram` command).
 */
export async function commandsFor(
  entries: readonly CommandEntry[],
  argv: string[],
): Promise<CommandModule[]> {
  const word = argv.slice(2).find((arg) => !arg.startsWith("-"));
  const named = entries.find((e) => isLazy(e) && word !== undefined && e.names.includes(word));
  const all = !named || (named as LazyCommand).wholeProgram === true;
  const wanted = entries.filter((e) => !isLazy(e) || all || e === named);
  return Promise.all(wanted.map((e) => (isLazy(e) ? e.load().then((m) => checkedNames(e, m)) : e)));
}

/** The module, registering as before, failing loudly when it adds other commands than its entry lists. */
function checkedNames(entry: LazyCommand, module: CommandModule): CommandModule {
  return {
    register(program) {
      const before = program.commands.length;
      module.register(program);
      const added = program.commands.slice(before).map((c) => c.name());
      if (added.join(" ") !== entry.names.join(" "))
        throw new Error(
          `a lazy command entry lists ${entry.names.join(", ")} but its module registers ${added.join(", ")}`,
        );
    },
  };
}

/** Exit codes: 0 success, 1 a check failed, 2 bad usage or input, 70 a bug (EX_SOFTWARE). */
export const EXIT_INTERNAL = 70;
export const EXIT_USAGE = 2;

/** The program with `commands` registered in the order given (the order `--help` lists them). */
export function buildProgram(commands: readonly CommandModule[]): Command {
  const program = new Command("modelops")
    .description("GitOps model lifecycle: train on pull requests, gate promotion in review, release on merge")
    .version(MODELOPS_VERSION, "-V, --version", "print the modelops version")
    .option("--debug", "print stack traces of errors")
    .showHelpAfterError('(run "modelops --help" for usage)')
    .configureOutput({ outputError: (text, write) => write(`modelops: ${text}`) });
  for (const command of commands) command.register(program);
  applyToAll(program, (cmd) => {
    cmd.exitOverride();
    cmd.showHelpAfterError(`(run "${commandPath(cmd)} --help" for usage)`);
    cmd.configureOutput({ outputError: (text, write) => write(`modelops: ${text}`) });
  });
  return program;
}

function applyToAll(cmd: Command, apply: (cmd: Command) => void): void {
  apply(cmd);
  for (const sub of cmd.commands) applyToAll(sub, apply);
}

function commandPath(cmd: Command): string {
  const names: string[] = [];
  for (let c: Command | null = cmd; c; c = c.parent) names.unshift(c.name());
  return names.join(" ");
}

/** Why a file-system call failed, in words, for the error codes a wrong path or permission gives. */
const PATH_PROBLEMS: Record<string, string> = {
  ENOENT: "no such file or folder",
  ENOTDIR: "a part of the path is not a folder",
  EISDIR: "is a folder, not a file",
  EACCES: "permission denied",
  EPERM: "operation not permitted",
  EEXIST: "already exists",
  EROFS: "read-only file system",
  ENAMETOOLONG: "name too long",
  ELOOP: "too many symbolic links",
};

/**
 * A file-system error about a path the user gave (`-o missing/dir/file`, a key file that is not there) as one
 * line: the path, what is wrong with it, how to fix it. undefined for any other error.
 */
export function pathProblem(error: unknown): string | undefined {
  const e = error as NodeJS.ErrnoException;
  if (!(error instanceof Error) || typeof e.code !== "string" || typeof e.path !== "string") return undefined;
  const problem = PATH_PROBLEMS[e.code];
  if (!problem) return undefined;
  const fix =
    e.code === "ENOENT" || e.code === "ENOTDIR"
      ? "check the path; a file is written only into a folder that exists"
      : e.code === "EISDIR"
        ? "name a file inside the folder"
        : e.code === "EEXIST"
          ? "remove it or choose another path"
          : "choose a path you can write to, or fix its permissions";
  return `${e.path}: ${problem} (${e.syscall ?? "file system"}); ${fix}`;
}

/** Prints what an error means to the user and returns the exit code. */
export function reportError(error: unknown, debug: boolean, stderr: (line: string) => void): number {
  const path = pathProblem(error);
  if (path !== undefined) {
    stderr(`modelops: error: ${path}`);
    if (debug && error instanceof Error && error.stack) stderr(error.stack);
    return EXIT_USAGE;
  }
  if (error instanceof CommanderError) {
    // commander printed its message (or the help/version) already.
    if (error.code === "commander.helpDisplayed" || error.code === "commander.version") return 0;
    return EXIT_USAGE;
  }
  if (error instanceof ModelopsError) {
    if (error.name === "ConfigError") {
      // Each line is `file:line:col: key: message` already, like a compiler's.
      for (const line of error.message.split("\n")) stderr(line);
    } else {
      stderr(`modelops: error: ${error.message}`);
    }
    if (debug && error.stack) stderr(error.stack);
    return error.exitCode;
  }
  const message = error instanceof Error ? error.message : String(error);
  if (debug) {
    stderr(`modelops: internal error: ${message}`);
    if (error instanceof Error && error.stack) stderr(error.stack);
  } else {
    stderr(`modelops: internal error: ${message.split("\n")[0]} (run with --debug for the stack trace)`);
  }
  return EXIT_INTERNAL;
}

async function flush(stream: NodeJS.WriteStream): Promise<void> {
  if (stream.destroyed || stream.writableEnded) return;
  await new Promise<void>((resolve) => stream.write("", () => resolve()));
}

/**
 * A reader that stops early (`modelops schema | head -1`) closes the pipe: the rest of the output has nowhere
 * to go, which is not an error of the command. Writes after that are dropped, the command finishes, and its
 * exit code is still the answer (a failing gate piped into head is still exit 1).
 */
export function ignoreClosedPipe(stream: NodeJS.WriteStream): void {
  stream.on("error", (error: NodeJS.ErrnoException) => {
    if (error.code === "EPIPE" || error.code === "ERR_STREAM_DESTROYED") return;
    throw error;
  });
}

/** Runs the program of `entries` on `argv` (process.argv shape) and exits with the command's exit code. */
export async function main(entries: readonly CommandEntry[], argv: string[] = process.argv): Promise<void> {
  ignoreClosedPipe(process.stdout);
  ignoreClosedPipe(process.stderr);
  const program = buildProgram(await commandsFor(entries, argv));
  let code = 0;
  try {
    await program.parseAsync(argv);
  } catch (error) {
    const debug = program.opts().debug === true || argv.includes("--debug");
    code = reportError(error, debug, (line) => process.stderr.write(`${line}\n`));
  }
  // Exit explicitly: a finished command must not be kept alive by a stray handle (a backend's thread pool).
  await Promise.all([flush(process.stdout), flush(process.stderr)]);
  process.exit(code);
}
