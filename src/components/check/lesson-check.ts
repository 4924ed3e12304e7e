/**
 * <lesson-check>: the only check code a lesson loads up front (about 0.4 KB gzip). It loads the
 * rest (check-controller.ts: ordering for the attempt, grading, feedback, saving) when the check
 * comes within about a screen of view, or on the first focus or pointer press inside it, so the
 * upgrade, shuffle included, is done before the learner sees the check. On a page that opens with
 * its check (data-upfront: the final check), check-upfront.ts has already ordered the options with
 * the page, and the grading code loads when the check's end comes near the screen instead.
 */
import { checkControllerUrl, lessonJourneyUrl } from 'virtual:check-lazy-modules';

class LessonCheck extends HTMLElement {
  connectedCallback() {
    let loading = false;
    const load = () => {
      if (loading) return;
      loading = true;
      io.disconnect();
      // Imported by URL (see src/integrations/lazy-modules.ts) so that Vite adds no preload helper here.
      import(/* @vite-ignore */ checkControllerUrl).then(
        (m: typeof import('./check-controller')) => m.upgrade(this),
        // Offline, or a new deploy replaced the file: fall back to the "Show answer" disclosures.
        () => this.toggleAttribute('data-failed', true),
      );
    };
    // One target, so one entry: about a screen before the check is in view, or on a page that opens
    // with it, its end (the last child: the "Check answers" block, CheckResult.astro).
    const io = new IntersectionObserver((entries) => entries[0]!.isIntersecting && load(), { rootMargin: '100% 0px' });
    io.observe(this.hasAttribute('data-upfront') ? this.lastElementChild! : this);
    this.addEventListener('focusin', load);
    this.addEventListener('pointerdown', load);
    // On a lesson page: the outline's marks and the learner's place (src/components/progress/
    // lesson-journey.ts, 3.5 KB with the progress code). Not needed to read, so it loads at the
    // learner's first scroll, key or press, or 3 s after the page loaded, whichever comes first: never
    // with the page itself. Here rather than in an island of its own, which would cost every lesson
    // page a script file.
    if (this.hasAttribute('data-journey')) {
      let started = false;
      const journey = () => {
        if (started) return;
        started = true;
        import(/* @vite-ignore */ lessonJourneyUrl).then(
          (m: typeof import('../progress/lesson-journey')) => m.start(this.dataset.checkId!),
          () => {},
        );
      };
      for (const type of ['scroll', 'keydown', 'pointerdown']) addEventListener(type, journey, { once: true });
      setTimeout(journey, 3000);
    }
  }
}

customElements.define('lesson-check', LessonCheck);
