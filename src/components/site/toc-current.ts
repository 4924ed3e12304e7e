/**
 * Marks the "On this page" entry of the section being read (aria-current="true"): the last heading
 * that has scrolled past the top third of the window. One passive scroll listener, one read per frame.
 */
const links = [...document.querySelectorAll<HTMLAnchorElement>('.toc a')];
const targets = links.map((a) => document.getElementById(decodeURIComponent(a.hash.slice(1))));
let queued = false;

function update(): void {
  queued = false;
  let current = -1;
  targets.forEach((t, i) => {
    if (t && t.getBoundingClientRect().top < innerHeight / 3) current = i;
  });
  links.forEach((a, i) => {
    if (i === current) a.setAttribute('aria-current', 'true');
    else a.removeAttribute('aria-current');
  });
}

if (links.length > 0) {
  addEventListener(
    'scroll',
    () => {
      if (!queued) requestAnimationFrame(update);
      queued = true;
    },
    { passive: true },
  );
  update();
}
