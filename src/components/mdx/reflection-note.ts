/**
 * <reflection-note>: the only note code a lesson page loads with the page, kept to a few hundred
 * bytes. It waits until the box comes within a screen of the viewport, or gets focus, then loads
 * the editor by URL (see src/integrations/lazy-modules.ts), which fills in the saved note and saves
 * as the learner types. The editor's upgrade() ignores a second call, so no flag is needed here.
 */
import { noteEditorUrl } from 'virtual:notes-lazy-modules';

type EditorModule = typeof import('./reflection-note-editor');

customElements.define(
  'reflection-note',
  class extends HTMLElement {
    connectedCallback() {
      const load = () => {
        observer.disconnect();
        (import(/* @vite-ignore */ noteEditorUrl) as Promise<EditorModule>).then(
          (editor) => editor.upgrade(this),
          // Offline, or a new deploy replaced the hashed file: no box rather than one that ignores typing.
          () => (this.hidden = true),
        );
      };
      const observer = new IntersectionObserver((entries) => entries.some((e) => e.isIntersecting) && load(), {
        rootMargin: '100%',
      });
      observer.observe(this);
      this.addEventListener('focusin', load, { once: true });
    }
  },
);
