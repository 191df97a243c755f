/**
 * Version and check date of the rules data in `shared/rules/`.
 * Bump `rulesVersion` whenever a rule changes; set `rulesCheckedOn` to the day
 * every rule's sources were last re-read.
 */
export const rulesMeta = {
  rulesVersion: '2026.11.0',
  rulesCheckedOn: '2026-11-25',
} as const;
