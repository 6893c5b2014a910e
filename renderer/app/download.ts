/** Starts the browser's download of a URL, as clicking its link would. */
export function downloadUrl(url: string, name: string) {
  const a = document.createElement('a');
  a.href = url;
  a.download = name;
  document.body.append(a);
  a.click();
  a.remove();
}

/**
 * Offers text made in the page as a file: the browser downloads it, the desktop app asks where to
 * save it (Electron's own download dialog). Nothing leaves the computer.
 */
export function downloadText(name: string, type: string, text: string) {
  const url = URL.createObjectURL(new Blob([text], { type }));
  downloadUrl(url, name);
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}
