// Runs before first paint (inlined, CSP-hashed in astro.config.mjs): applies the saved or system theme
// so the page never flashes, and marks the page as scripted so JS-only controls can take their space.
(function () {
  var root = document.documentElement;
  var saved = null;
  try {
    saved = localStorage.getItem('lm-theme');
  } catch (e) {}
  var dark = saved === 'dark' || (saved !== 'light' && matchMedia('(prefers-color-scheme: dark)').matches);
  root.classList.toggle('dark', dark);
  root.classList.add('js');
})();
