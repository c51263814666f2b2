/** Offer text as a file download (nothing leaves the browser: the file is built here). */
export function downloadText(filename: string, text: string, type: string): void {
  const url = URL.createObjectURL(new Blob([text], { type }));
  const a = document.createElement('a');
  a.href = url;
  a.download = filename;
  a.hidden = true;
  document.body.append(a);
  a.click();
  a.remove();
  // Give the browser a moment to start the download before the URL goes away.
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}

/** "day-29-workshop-2025-01-31" for a file exported at that local date. */
export function exportFileStem(now: Date): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `day-29-workshop-${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}
