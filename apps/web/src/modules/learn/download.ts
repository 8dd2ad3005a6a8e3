/** Offers `json` as a file download (an Open Badges credential), without leaving the page. */
export function downloadJson(fileName: string, json: string, mimeType = 'application/ld+json'): void {
  const url = URL.createObjectURL(new Blob([json], { type: mimeType }));
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  link.rel = 'noopener';
  link.style.display = 'none';
  document.body.append(link);
  link.click();
  link.remove();
  // Revoked after the click has been handled: some browsers read the URL asynchronously.
  setTimeout(() => URL.revokeObjectURL(url), 0);
}
