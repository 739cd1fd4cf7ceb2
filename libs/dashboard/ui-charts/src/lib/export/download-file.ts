/** Hands a file to the browser's download (an `<a download>` click); the object URL is revoked afterwards. */
export function downloadFile(content: Blob, fileName: string, document: Document): void {
  const url = URL.createObjectURL(content);
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  link.rel = 'noopener';
  link.style.display = 'none';
  document.body.appendChild(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
}
