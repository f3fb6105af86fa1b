/** Text placed into HTML markup by hand (diagram fallbacks, the dev overlay, generated covers). */
export const escapeHtml = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
