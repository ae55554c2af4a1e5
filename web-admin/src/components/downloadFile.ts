/** A file the API produced (an export), as GraphQL carries it. */
export interface DownloadableFile {
  filename: string;
  mimeType: string;
  contentBase64: string;
}

/**
 * Saves `file` through the browser's download, as a link to it would. The content stays in this
 * tab's memory only (a blob URL, revoked once the browser has taken it), never in a cache.
 */
export function downloadFile({ filename, mimeType, contentBase64 }: DownloadableFile): void {
  const binary = atob(contentBase64);
  const bytes = Uint8Array.from(binary, (char) => char.charCodeAt(0));
  const url = URL.createObjectURL(new Blob([bytes], { type: mimeType }));
  const link = document.createElement('a');
  link.href = url;
  link.download = filename;
  link.hidden = true;
  document.body.append(link);
  link.click();
  link.remove();
  // Revoked on the next turn: some browsers start the download only after the click returns.
  setTimeout(() => URL.revokeObjectURL(url), 0);
}
