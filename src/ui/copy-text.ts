/**
 * Puts text on the clipboard: the Clipboard API where the frame may use it (Zoho's widget frame may not be
 * granted `clipboard-write`), else a selected, off-screen textarea and the older copy command. False when
 * neither worked: the caller then shows the text selected for the user to copy by hand.
 */
export async function copyText(text: string): Promise<boolean> {
  try {
    await navigator.clipboard.writeText(text);
    return true;
  } catch {
    // Refused or missing: try the textarea.
  }
  const area = document.createElement('textarea');
  area.value = text;
  area.readOnly = true;
  area.style.cssText = 'position:fixed;top:0;opacity:0';
  document.body.append(area);
  area.select();
  try {
    return document.execCommand('copy');
  } catch {
    return false;
  } finally {
    area.remove();
  }
}
