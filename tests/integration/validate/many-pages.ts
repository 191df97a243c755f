/** A flat page tree of `count` pages sharing one content stream, written directly (pdf-lib takes minutes for this). */
export function manyPagesPdf(count: number): Buffer {
  const parts: string[] = ['%PDF-1.7\n'];
  const offsets: number[] = [];
  let length = parts[0]!.length;
  const add = (body: string) => {
    offsets.push(length);
    const text = `${offsets.length} 0 obj\n${body}\nendobj\n`;
    parts.push(text);
    length += text.length;
  };
  add('<< /Type /Catalog /Pages 2 0 R >>');
  const kids = Array.from({ length: count }, (_v, i) => `${i + 4} 0 R`).join(' ');
  add(`<< /Type /Pages /Count ${count} /Kids [${kids}] >>`);
  const content = 'BT /F1 24 Tf 72 720 Td (page) Tj ET';
  add(`<< /Length ${content.length} >>\nstream\n${content}\nendstream`);
  for (let i = 0; i < count; i++) add('<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 3 0 R >>');
  const xref = length;
  const rows = offsets.map((o) => `${String(o).padStart(10, '0')} 00000 n \n`).join('');
  parts.push(
    `xref\n0 ${offsets.length + 1}\n0000000000 65535 f \n${rows}trailer\n<< /Size ${offsets.length + 1} /Root 1 0 R >>\nstartxref\n${xref}\n%%EOF\n`,
  );
  return Buffer.from(parts.join(''), 'latin1');
}
