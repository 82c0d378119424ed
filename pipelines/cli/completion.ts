// Shell completion scripts (bash, zsh, fish) generated from the commander tree, so a new command or option
// completes without touching this file. Each script carries the tree as data and the same walk: skip options
// and their values, follow the words that name a subcommand, then offer that command's subcommands or options,
// and files where a command takes paths.
import type { Command, Option } from "commander";

export const SHELLS = ["bash", "zsh", "fish"] as const;
export type Shell = (typeof SHELLS)[number];

interface Node {
  /** The command's path from the program's name: "modelops", "modelops registry ls". */
  key: string;
  subcommands: { name: string; description: string }[];
  options: { flags: string[]; description: string; takesValue: boolean }[];
}

function summary(text: string): string {
  const line = text.split("\n")[0]!.trim();
  return line.length > 90 ? `${line.slice(0, 87)}...` : line;
}

function optionsOf(cmd: Command): Node["options"] {
  const own = cmd.options.map((o: Option) => ({
    flags: [o.short, o.long].filter((f): f is string => typeof f === "string"),
    description: summary(o.description),
    takesValue: o.required || o.optional,
  }));
  return [...own, { flags: ["-h", "--help"], description: "show help", takesValue: false }];
}

/** Every command of the tree, the program first, in --help order. */
export function commandTree(program: Command): Node[] {
  const nodes: Node[] = [];
  const walk = (cmd: Command, key: string) => {
    const subs = cmd.commands.filter((c) => !(c as unknown as { _hidden?: boolean })._hidden);
    nodes.push({
      key,
      subcommands: subs.flatMap((c) =>
        [c.name(), ...c.aliases()].map((name) => ({ name, description: summary(c.description()) })),
      ),
      options: optionsOf(cmd),
    });
    for (const sub of subs) walk(sub, `${key} ${sub.name()}`);
  };
  walk(program, program.name());
  return nodes;
}

/** A single-quoted shell word (bash, zsh and fish all read '...' literally, and '\'' as a quote). */
function q(text: string): string {
  return `'${text.replaceAll("'", `'\\''`)}'`;
}

function valued(node: Node): string[] {
  return node.options.filter((o) => o.takesValue).flatMap((o) => o.flags);
}

function flags(node: Node): string[] {
  return node.options.flatMap((o) => o.flags);
}

function bash(name: string, nodes: Node[]): string {
  const table = (pick: (n: Node) => string[]) =>
    nodes.map((n) => `  [${q(n.key)}]=${q(pick(n).join(" "))}`).join("\n");
  return `# ${name} completion for bash. Load it with:  source <(${name} completion bash)
declare -gA __${name}_subcommands=(
${table((n) => n.subcommands.map((s) => s.name))}
)
declare -gA __${name}_options=(
${table(flags)}
)
declare -gA __${name}_valued=(
${table(valued)}
)

# Prints the completions of the last word, given the words of the command line.
__${name}_candidates() {
  local key=${name} skip="" w i cur="\${@: -1}" prev=""
  local -a words=("$@")
  for ((i = 1; i < \${#words[@]} - 1; i++)); do
    w="\${words[i]}"
    if [[ -n $skip ]]; then skip=""; continue; fi
    if [[ $w == -* ]]; then
      [[ " \${__${name}_valued[$key]} " == *" $w "* ]] && skip=1
      continue
    fi
    [[ " \${__${name}_subcommands[$key]} " == *" $w "* ]] && key="$key $w"
  done
  ((\${#words[@]} > 1)) && prev="\${words[\${#words[@]} - 2]}"
  if [[ $prev == -* && " \${__${name}_valued[$key]} " == *" $prev "* ]]; then
    compgen -f -- "$cur"
  elif [[ $cur == -* ]]; then
    compgen -W "\${__${name}_options[$key]}" -- "$cur"
  elif [[ -n \${__${name}_subcommands[$key]} ]]; then
    compgen -W "\${__${name}_subcommands[$key]}" -- "$cur"
  else
    compgen -f -- "$cur"
  fi
}

_${name}() {
  mapfile -t COMPREPLY < <(__${name}_candidates "\${COMP_WORDS[@]:0:COMP_CWORD+1}")
}
complete -o filenames -F _${name} ${name}
`;
}

function zsh(name: string, nodes: Node[]): string {
  const table = (pick: (n: Node) => string[]) =>
    nodes.map((n) => `  ${q(n.key)} ${q(pick(n).join("\n"))}`).join("\n");
  const described = (n: Node) => [...n.subcommands.map((s) => `${s.name}:${s.description}`)];
  const describedOptions = (n: Node) => n.options.flatMap((o) => o.flags.map((f) => `${f}:${o.description}`));
  return `#compdef ${name}
# ${name} completion for zsh. Load it with:  source <(${name} completion zsh)   (after compinit)
typeset -gA __${name}_subcommands __${name}_options __${name}_valued
__${name}_subcommands=(
${table(described)}
)
__${name}_options=(
${table(describedOptions)}
)
__${name}_valued=(
${table(valued)}
)

# The command path named by the words before the last one: "${name}" or "${name} registry ls".
__${name}_key() {
  local key=${name} skip="" w
  local -a names
  for w in "\${@[2,-2]}"; do
    if [[ -n $skip ]]; then skip=""; continue; fi
    if [[ $w == -* ]]; then
      (( \${\${(f)__${name}_valued[$key]}[(Ie)$w]} )) && skip=1
      continue
    fi
    names=(\${\${(f)__${name}_subcommands[$key]}%%:*})
    (( \${names[(Ie)$w]} )) && key="$key $w"
  done
  print -r -- "$key"
}

_${name}() {
  local key=$(__${name}_key "\${words[@]:0:$CURRENT}")
  local prev=\${words[CURRENT-1]}
  local -a entries
  if [[ $prev == -* ]] && (( \${\${(f)__${name}_valued[$key]}[(Ie)$prev]} )); then
    _files
  elif [[ \${words[CURRENT]} == -* ]]; then
    entries=(\${(f)__${name}_options[$key]})
    _describe -t options 'option' entries
  elif [[ -n \${__${name}_subcommands[$key]} ]]; then
    entries=(\${(f)__${name}_subcommands[$key]})
    _describe -t commands 'command' entries
  else
    _files
  fi
}
compdef _${name} ${name}
`;
}

function fish(name: string, nodes: Node[]): string {
  const cases = nodes
    .map(
      (n) => `    case ${q(n.key)}\n        printf '%s\\n' ${n.subcommands.map((s) => q(s.name)).join(" ")}`,
    )
    .join("\n");
  const valuedCases = nodes
    .filter((n) => valued(n).length > 0)
    .map((n) => `    case ${q(n.key)}\n        printf '%s\\n' ${valued(n).map(q).join(" ")}`)
    .join("\n");
  const lines: string[] = [];
  for (const n of nodes) {
    const when = `-n ${q(`__${name}_is ${q(n.key)}`)}`;
    for (const s of n.subcommands) {
      lines.push(`complete -c ${name} ${when} -f -a ${q(s.name)} -d ${q(s.description)}`);
    }
    for (const o of n.options) {
      const short = o.flags.find((f) => /^-[^-]/.test(f));
      const long = o.flags.find((f) => f.startsWith("--"));
      const parts = [
        `complete -c ${name} ${when}`,
        short ? `-s ${short.slice(1)}` : "",
        long ? `-l ${long.slice(2)}` : "",
        o.takesValue ? "-r -F" : "",
        `-d ${q(o.description)}`,
      ];
      lines.push(parts.filter(Boolean).join(" "));
    }
  }
  return `# ${name} completion for fish. Load it with:  ${name} completion fish | source
# (or save it as ~/.config/fish/completions/${name}.fish)
function __${name}_subcommands
    switch $argv[1]
${cases}
    end
end

function __${name}_valued
    switch $argv[1]
${valuedCases}
    end
end

# The command path of the command line so far: "${name}" or "${name} registry ls".
function __${name}_key
    set -l key ${name}
    set -l skip 0
    set -l tokens (commandline -opc)
    for t in $tokens[2..-1]
        if test $skip = 1
            set skip 0
            continue
        end
        if string match -q -- '-*' $t
            contains -- $t (__${name}_valued "$key"); and set skip 1
            continue
        end
        contains -- $t (__${name}_subcommands "$key"); and set key "$key $t"
    end
    echo $key
end

function __${name}_is
    test (__${name}_key) = "$argv[1]"
end

complete -c ${name} -e
${lines.join("\n")}
`;
}

/** The completion script of `program` for `shell`. */
export function completionScript(program: Command, shell: Shell): string {
  const nodes = commandTree(program);
  const name = program.name();
  if (shell === "bash") return bash(name, nodes);
  if (shell === "zsh") return zsh(name, nodes);
  return fish(name, nodes);
}
