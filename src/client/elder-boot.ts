/** Key under which 长者模式 is remembered. */
export const ELDER_KEY = 'djzy-elder';

/**
 * Inline snippet in <head> that applies 长者模式 before first paint. Kept tiny and ES5 so every browser of the
 * baseline runs it; Astro's CSP hashes it like any other inline script.
 */
export const ELDER_BOOT = `try{if(localStorage.getItem('${ELDER_KEY}')==='1')document.documentElement.className+=' elder'}catch(e){}`;
