/** A status label. Colour is never the only signal: the words say the status. */
export function Tag({ tone, children }: { tone: 'grey' | 'blue' | 'green' | 'red' | 'yellow'; children: string }) {
  return <strong className={`tag tag-${tone}`}>{children}</strong>;
}
