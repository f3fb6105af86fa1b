/**
 * The first script of /admin/ (served as admin/check.js): written in ES5 so that any browser runs it, even one
 * that cannot run the editor. It shows the page's message for an old browser, or for a site whose editor is not
 * switched on (except on the editor's own machine, where the local mode needs no forge); otherwise it loads Decap
 * CMS without letting it start by itself (CMS_MANUAL_INIT), then our editor script, which registers the site's
 * formats and starts it. Without a forge it first asks decap-server on this machine, and says to run
 * `npm run editor` when nothing answers. The messages are in the page (editor-page.ts); tests/unit/cms-editor-page.test.ts parses
 * this as ES5.
 */
import { LOCAL_EDITOR_API } from './editor-settings.ts';

export const BROWSER_CHECK_JS = `(function () {
  function show(id) {
    document.getElementById('editor-loading').hidden = true;
    document.getElementById(id).hidden = false;
  }
  if (typeof Array.prototype.findLast !== 'function') return show('editor-old');
  var local = /^(localhost|127\\.0\\.0\\.1)$/.test(location.hostname);
  var enabled = document.documentElement.getAttribute('data-editor') === 'on';
  if (!enabled && !local) return show('editor-off');
  window.CMS_MANUAL_INIT = true;
  function load(src, then) {
    var script = document.createElement('script');
    script.src = src;
    script.onload = then;
    document.body.appendChild(script);
  }
  function start() {
    load('decap-cms.js', function () {
      load('editor.js');
    });
  }
  if (enabled) return start();
  // No forge: the editor works only through decap-server on this machine (npm run editor); ask it first.
  var request = new XMLHttpRequest();
  request.open('POST', '${LOCAL_EDITOR_API}');
  request.setRequestHeader('Content-Type', 'application/json');
  request.onload = function () {
    if (request.status === 200) start();
    else show('editor-no-server');
  };
  request.onerror = function () {
    show('editor-no-server');
  };
  request.send('{"action":"info"}');
})();
`;
