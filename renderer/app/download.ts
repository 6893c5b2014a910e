/**
 * Offers text made in the page as a file: the browser downloads it, the desktop app asks where to
 * save it (Electron's own download dialog). Nothing leaves the computer.
 */
export function downloadText(name: string, type: string, text: string) {
  const url = URL.createObjectURL(new Blob([text], { type }));
  const a = document.createElement('a');
  a.href = url;
  a.download = name;
  document.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}
