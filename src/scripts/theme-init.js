(function () {
  var r = document.documentElement,
    s = null;
  try {
    s = localStorage.getItem('lm-theme');
  } catch {}
  r.classList.toggle('dark', s === 'dark' || (s !== 'light' && matchMedia('(prefers-color-scheme: dark)').matches));
  r.classList.add('js');
})();
