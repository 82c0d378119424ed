// The name of a model version everywhere it shows (git tags, GitHub releases, the bot's comments, the UI):
// `<model>/v<N>`. One definition, so the writer and every reader agree.

/** `<model>/v<N>`: model names are lowercase ([a-z0-9._-]), versions count from 1. Groups: model, version. */
export const TAG_RE = /^([a-z0-9][a-z0-9._-]*)\/v([1-9][0-9]*)$/;

export const tagOf = (model: string, version: number) => `${model}/v${version}`;
