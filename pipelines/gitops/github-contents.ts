// A file read through GitHub's contents API with the raw media type, as the bot and the Actions both read
// modelops.yaml and the settings: the text, or null when GitHub answers 404. Each shell passes the call of
// its own Octokit (Probot's, @actions/github's), so this stays free of either.
export async function rawContentOrNull(get: () => Promise<{ data: unknown }>): Promise<string | null> {
  try {
    const { data } = await get();
    return typeof data === "string" ? data : null;
  } catch (error) {
    if ((error as { status?: number }).status === 404) return null;
    throw error;
  }
}
