/**
 * Offer text as a file download. Nothing leaves the browser: the file is built here, the link is attached
 * (some browsers ignore a click on a detached one) and the URL is freed once the download has started.
 */
export function downloadText(fileName: string, text: string, mime: string): void {
  const type = /charset=/i.test(mime) ? mime : `${mime};charset=utf-8`;
  const url = URL.createObjectURL(new Blob([text], { type }));
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  link.hidden = true;
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}
