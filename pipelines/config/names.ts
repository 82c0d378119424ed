// Names that end up in tags (`<model>/vN`), registry file names and metric labels, checked the same way by
// the config, the registry and the bot.

/** A model's name: lowercase letters, digits, `.`, `_`, `-`; starting with a letter or digit; 1-63 long. */
export const MODEL_NAME_RE = /^[a-z0-9][a-z0-9._-]{0,62}$/;
