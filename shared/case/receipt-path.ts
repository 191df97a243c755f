/**
 * Whether a receipt path an evidence log names leads outside the folder the log is in: absolute
 * (`/…`, `\…`, a Windows drive `C:…`) or with a `..` step, by either separator (a log written on
 * Windows uses backslashes). One rule for every reader of a client's evidence.json (the batch,
 * case import, the CLI) so they skip the same receipts; such a receipt is skipped on its own and
 * its entry (a payment, say) is kept.
 */
export function receiptPathLeavesFolder(storedAs: string): boolean {
  return /^([\\/]|[a-zA-Z]:)/.test(storedAs) || storedAs.split(/[\\/]/).includes('..');
}
