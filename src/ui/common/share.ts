// Getting text off the page: copy to the clipboard (with a fallback for older WeChat browsers) and save as a file.

/** Copies text; resolves false when neither the Clipboard API nor the old selection fallback worked. */
export async function copyText(text: string): Promise<boolean> {
  try {
    // Older in-app browsers have no Clipboard API at all, whatever the DOM types say.
    if ((navigator.clipboard as Clipboard | undefined) && window.isSecureContext) {
      await navigator.clipboard.writeText(text);
      return true;
    }
  } catch {
    // Fall through to the selection fallback: some in-app browsers refuse the Clipboard API.
  }
  const area = document.createElement('textarea');
  area.value = text;
  area.setAttribute('readonly', '');
  area.style.position = 'fixed';
  area.style.opacity = '0';
  document.body.appendChild(area);
  area.select();
  let ok: boolean;
  try {
    // eslint-disable-next-line @typescript-eslint/no-deprecated -- the only copy path in browsers without the Clipboard API
    ok = document.execCommand('copy');
  } catch {
    ok = false;
  }
  area.remove();
  return ok;
}

/** Saves text as a file made on the device; nothing is uploaded. */
export function downloadText(fileName: string, text: string, mimeType: string): void {
  const url = URL.createObjectURL(new Blob([text], { type: mimeType }));
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  document.body.appendChild(link);
  link.click();
  link.remove();
  window.setTimeout(() => {
    URL.revokeObjectURL(url);
  }, 1000);
}

/** The phone's own share sheet where there is one (WeChat and most Android browsers); otherwise the clipboard. */
export async function shareText(title: string, text: string): Promise<'shared' | 'copied' | 'failed'> {
  if (typeof navigator.share === 'function') {
    try {
      await navigator.share({ title, text });
      return 'shared';
    } catch (error) {
      // The user closing the share sheet is a choice, not a failure to fall back from.
      if (error instanceof DOMException && error.name === 'AbortError') return 'failed';
    }
  }
  return (await copyText(text)) ? 'copied' : 'failed';
}
