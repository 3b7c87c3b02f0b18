/** A campaign is a few hundred lines; anything this large is not one. */
export const MAX_CAMPAIGN_BYTES = 1024 * 1024;
/** YAML aliases allowed when expanding the file (guards against alias bombs). */
export const MAX_ALIAS_COUNT = 100;
