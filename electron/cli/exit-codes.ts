/** Exit codes of `aima-prep` (documented in the README and in --help). */
export const EXIT = {
  /** Every client is ready to upload, or submitted and paid (waiting for AIMA). */
  ALL_READY: 0,
  /** Some client needs attention (missing documents, a file problem) or failed. */
  NEEDS_ATTENTION: 1,
  /** Wrong usage, or a folder or file could not be read or written. */
  USAGE_OR_IO: 2,
} as const;
