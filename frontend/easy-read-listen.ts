import { LitElement, css, html, svg } from 'lit';
import { customElement, property, state } from 'lit/decorators.js';

/**
 * The best voice the browser has for a language: the exact tag first ("sv-SE" for "sv-SE"), then
 * the same language in any region ("ar-SA" for "ar"). Dari ("prs") is also spoken by voices
 * labelled Persian of Afghanistan ("fa-AF"), never by Iranian Persian: the words differ.
 */
export function voiceFor(voices: readonly SpeechSynthesisVoice[], lang: string): SpeechSynthesisVoice | undefined {
  const tag = (t: string) => (t || '').toLowerCase().replace(/_/g, '-');
  const primary = (t: string) => tag(t).split('-')[0];
  const wanted = tag(lang);
  if (!wanted) {
    return undefined;
  }
  return (
    voices.find((v) => tag(v.lang) === wanted) ??
    voices.find((v) => primary(v.lang) === primary(wanted)) ??
    (primary(wanted) === 'prs' ? voices.find((v) => tag(v.lang) === 'fa-af') : undefined)
  );
}

/**
 * "Listen": reads an easy-read text aloud with the browser's own speech synthesis. Nothing leaves
 * the browser. The button is hidden while the browser has no voice for the text's language (the
 * element's {@code lang}); voices arrive asynchronously, so it listens for {@code voiceschanged}.
 * A second press stops. Each line is its own utterance: short utterances pause between ideas, and
 * some browsers cut a long one off after about fifteen seconds.
 */
@customElement('easy-read-listen')
export class EasyReadListen extends LitElement {
  static styles = css`
    :host { display: inline-block; }
    :host([hidden]) { display: none !important; }
    button {
      font: inherit;
      font-weight: 600;
      display: inline-flex;
      align-items: center;
      gap: 0.4em;
      min-height: var(--lumo-size-m, 2.25rem);
      min-width: 44px;
      padding: 0.25em 0.9em;
      border: 1px solid var(--lumo-primary-color-50pct, #7aa7e6);
      border-radius: var(--lumo-border-radius-m, 6px);
      background: var(--lumo-base-color, #fff);
      color: var(--lumo-primary-text-color, #1657b5);
      cursor: pointer;
    }
    button:hover { background: var(--lumo-primary-color-10pct, #eef4fd); }
    button:focus-visible { outline: 3px solid var(--lumo-primary-color, #1676f3); outline-offset: 2px; }
    svg { width: 1.2em; height: 1.2em; flex: none; }
  `;

  /** The text to read, one idea per line. */
  @property() text = '';
  /** The button's text (and accessible name) while silent. */
  @property() label = 'Listen';
  /** The button's text while reading. */
  @property() stopLabel = 'Stop';

  @state() private speaking = false;
  private voice?: SpeechSynthesisVoice;
  private run = 0;
  private readonly onVoices = () => this.findVoice();

  static get observedAttributes() {
    return [...super.observedAttributes, 'lang'];
  }

  attributeChangedCallback(name: string, old: string | null, value: string | null) {
    super.attributeChangedCallback(name, old, value);
    if (name === 'lang' && this.isConnected) {
      this.findVoice();
    }
  }

  private get synth(): SpeechSynthesis | undefined {
    return typeof window.speechSynthesis === 'object' && typeof window.SpeechSynthesisUtterance === 'function'
      ? window.speechSynthesis
      : undefined;
  }

  connectedCallback() {
    super.connectedCallback();
    this.hidden = true;
    this.synth?.addEventListener?.('voiceschanged', this.onVoices);
    this.findVoice();
  }

  disconnectedCallback() {
    super.disconnectedCallback();
    this.synth?.removeEventListener?.('voiceschanged', this.onVoices);
    this.stop();
  }

  private findVoice() {
    const synth = this.synth;
    this.voice = synth ? voiceFor(synth.getVoices() ?? [], this.lang) : undefined;
    this.hidden = !this.voice;
    if (!this.voice) {
      this.stop();
    }
  }

  private toggle() {
    if (this.speaking) {
      this.stop();
    } else {
      this.speak();
    }
  }

  private speak() {
    const synth = this.synth;
    if (!synth || !this.voice) {
      return;
    }
    const lines = this.text
      .split('\n')
      .map((l) => l.trim())
      .filter((l) => l.length > 0);
    if (lines.length === 0) {
      return;
    }
    synth.cancel(); // whatever else on the page was reading
    const run = ++this.run;
    this.speaking = true;
    lines.forEach((line, i) => {
      const utterance = new SpeechSynthesisUtterance(line);
      utterance.lang = this.lang;
      utterance.voice = this.voice!;
      if (i === lines.length - 1) {
        utterance.onend = () => this.done(run);
      }
      utterance.onerror = () => this.done(run);
      synth.speak(utterance);
    });
  }

  private done(run: number) {
    if (run === this.run) {
      this.speaking = false;
    }
  }

  private stop() {
    if (this.speaking) {
      this.run++;
      this.speaking = false;
      this.synth?.cancel();
    }
  }

  render() {
    const icon = this.speaking
      ? svg`<rect x="6" y="6" width="12" height="12" rx="1.5" fill="currentColor"></rect>`
      : svg`<path fill="currentColor" d="M4 9v6h4l5 4V5L8 9H4zm12.5 3a4.5 4.5 0 0 0-2.5-4v8a4.5 4.5 0 0 0 2.5-4zM14 3.2v2.1a7 7 0 0 1 0 13.4v2.1a9 9 0 0 0 0-17.6z"></path>`;
    return html`<button type="button" part="button" @click=${this.toggle}>
      <svg viewBox="0 0 24 24" aria-hidden="true" focusable="false">${icon}</svg>
      <span>${this.speaking ? this.stopLabel : this.label}</span>
    </button>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'easy-read-listen': EasyReadListen;
  }
}
