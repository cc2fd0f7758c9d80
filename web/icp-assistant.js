/*
 * <icp-assistant>: the ICP Filing assistant's chat widget for support portals.
 *
 * Embed (two lines):
 *   <script src="https://your-host/icp-assistant.js" defer></script>
 *   <icp-assistant server-url="https://your-rasa-host"></icp-assistant>
 *
 * Framework-free Web Component with its own Shadow DOM. Talks to Rasa's REST channel
 * (POST {server-url}/webhooks/rest/webhook), keeps a random sender id and the history in
 * localStorage so a reload or a second tab continues the same conversation. Every option is
 * documented in the README ("The chat widget").
 */
(() => {
  "use strict";

  const DEFAULT_STRINGS = {
    title: "ICP Filing assistant",
    launcherLabel: "Open the ICP Filing assistant",
    closeLabel: "Close the assistant",
    placeholder: "Ask about ICP Filing…",
    inputLabel: "Your message",
    sendLabel: "Send",
    startOver: "Start over",
    typing: "The assistant is typing…",
    connectionLost: "Connection lost — retrying…",
    retryNow: "Retry now",
    youSaid: "You",
    botSaid: "Assistant",
    logLabel: "Conversation",
  };
  const STORAGE_PREFIX = "icp-assistant:";
  const MAX_HISTORY = 200;
  const REQUEST_TIMEOUT_MS = 30000;
  const RETRY_DELAYS_MS = [1000, 2000, 4000, 8000, 15000, 30000];
  const SAFE_URL = /^(https?:\/\/|mailto:)/i;

  const STYLE = `
    :host { all: initial; --icp-primary: #0b5cad; --icp-on-primary: #ffffff;
      --icp-background: #ffffff; --icp-text: #1d1d1f; --icp-muted: #4f5560;
      --icp-bot-bubble: #eef2f7; --icp-user-bubble: var(--icp-primary);
      --icp-user-text: var(--icp-on-primary); --icp-error: #a4000f; --icp-radius: 12px;
      --icp-font: system-ui, -apple-system, "Segoe UI", Roboto, sans-serif;
      --icp-z-index: 2147483000; font-family: var(--icp-font); }
    * { box-sizing: border-box; }
    .launcher { position: fixed; bottom: 20px; right: 20px; z-index: var(--icp-z-index);
      width: 60px; height: 60px; border-radius: 50%; border: none; cursor: pointer;
      background: var(--icp-primary); color: var(--icp-on-primary); font: 600 14px var(--icp-font);
      box-shadow: 0 4px 14px rgba(0,0,0,.25); }
    :host([position="left"]) .launcher { right: auto; left: 20px; }
    .launcher svg { width: 28px; height: 28px; fill: currentColor; }
    .window { position: fixed; bottom: 92px; right: 20px; z-index: var(--icp-z-index);
      width: 380px; max-width: calc(100vw - 40px); height: 560px; max-height: calc(100vh - 120px);
      display: flex; flex-direction: column; background: var(--icp-background);
      color: var(--icp-text); border-radius: var(--icp-radius); overflow: hidden;
      box-shadow: 0 8px 30px rgba(0,0,0,.25); font: 15px/1.45 var(--icp-font);
      transition: opacity .15s ease, transform .15s ease; }
    :host([position="left"]) .window { right: auto; left: 20px; }
    .window[hidden] { display: none; }
    header { display: flex; align-items: center; gap: 8px; padding: 10px 12px;
      background: var(--icp-primary); color: var(--icp-on-primary); }
    header h2 { flex: 1; margin: 0; font: 600 16px var(--icp-font); }
    header button { background: transparent; color: inherit; border: 1px solid currentColor;
      border-radius: 6px; padding: 4px 8px; font: 13px var(--icp-font); cursor: pointer; }
    header .close { border: none; font-size: 22px; line-height: 1; padding: 2px 8px; }
    .log { flex: 1; overflow-y: auto; padding: 12px; display: flex; flex-direction: column; gap: 8px; }
    .msg { max-width: 85%; padding: 8px 12px; border-radius: var(--icp-radius); word-wrap: break-word;
      overflow-wrap: anywhere; }
    .msg p { margin: 0 0 6px; } .msg p:last-child { margin-bottom: 0; }
    .msg ul, .msg ol { margin: 4px 0; padding-left: 20px; }
    .bot { align-self: flex-start; background: var(--icp-bot-bubble); color: var(--icp-text); }
    .user { align-self: flex-end; background: var(--icp-user-bubble); color: var(--icp-user-text); }
    .bot a { color: var(--icp-primary); } .user a { color: inherit; }
    .sr-only { position: absolute; width: 1px; height: 1px; overflow: hidden; clip: rect(0 0 0 0);
      white-space: nowrap; }
    .buttons { display: flex; flex-wrap: wrap; gap: 6px; align-self: flex-start; max-width: 95%; }
    .buttons button { border: 1px solid var(--icp-primary); color: var(--icp-primary);
      background: var(--icp-background); border-radius: 16px; padding: 6px 12px; cursor: pointer;
      font: 14px var(--icp-font); text-align: left; }
    .buttons button:hover { background: var(--icp-bot-bubble); }
    .buttons button:disabled { opacity: .55; cursor: default; }
    .typing { align-self: flex-start; color: var(--icp-muted); font-style: italic; padding: 0 4px; }
    .typing[hidden], .status[hidden] { display: none; }
    .status { display: flex; align-items: center; gap: 8px; padding: 8px 12px;
      background: #fff4f4; color: var(--icp-error); border-top: 1px solid #f1c4c4; font-size: 14px; }
    .status button { margin-left: auto; border: 1px solid var(--icp-error); color: var(--icp-error);
      background: #fff; border-radius: 6px; padding: 4px 8px; cursor: pointer; }
    form { display: flex; gap: 8px; padding: 10px; border-top: 1px solid #d8dde5; }
    input { flex: 1; min-width: 0; font: 16px var(--icp-font); padding: 8px 10px; color: var(--icp-text);
      border: 1px solid #8a93a0; border-radius: 8px; background: var(--icp-background); }
    form button { border: none; border-radius: 8px; padding: 8px 14px; cursor: pointer;
      background: var(--icp-primary); color: var(--icp-on-primary); font: 600 15px var(--icp-font); }
    button:focus-visible, input:focus-visible, a:focus-visible {
      outline: 3px solid #f0a000; outline-offset: 2px; }
    @media (max-width: 768px) {
      .window { inset: 0; width: 100%; max-width: none; height: 100%; height: 100dvh;
        max-height: none; border-radius: 0; bottom: 0; right: 0; }
      :host([position="left"]) .window { left: 0; }
    }
    @media (prefers-reduced-motion: reduce) { .window { transition: none; } }
  `;

  /** Renders the safe markdown subset (bold, italics, lists, links) as DOM nodes, never HTML. */
  function renderMarkdown(text) {
    const fragment = document.createDocumentFragment();
    let list = null;
    for (const line of String(text).split("\n")) {
      const item = line.match(/^\s*(?:[-*•]|(\d+)\.)\s+(.*)$/);
      if (item) {
        const kind = item[1] ? "ol" : "ul";
        if (!list || list.tagName.toLowerCase() !== kind) {
          list = document.createElement(kind);
          fragment.appendChild(list);
        }
        const li = document.createElement("li");
        appendInline(li, item[2]);
        list.appendChild(li);
      } else {
        list = null;
        if (line.trim() === "") continue;
        const p = document.createElement("p");
        appendInline(p, line);
        fragment.appendChild(p);
      }
    }
    return fragment;
  }

  const INLINE = /\[([^\]]+)\]\(([^)\s]+)\)|\*\*([^*]+)\*\*|(?:\*([^*\s][^*]*)\*|_([^_\s][^_]*)_)|(https?:\/\/[^\s<>()]+[^\s<>().,;:!?'"])|([\w.+-]+@[\w-]+(?:\.[\w-]+)+)/g;

  function appendInline(parent, text) {
    let last = 0;
    for (const m of text.matchAll(INLINE)) {
      if (m.index > last) parent.appendChild(document.createTextNode(text.slice(last, m.index)));
      if (m[1] !== undefined) {
        parent.appendChild(SAFE_URL.test(m[2]) ? link(m[2], m[1]) : document.createTextNode(m[0]));
      } else if (m[3] !== undefined) {
        const b = document.createElement("strong");
        appendInline(b, m[3]);
        parent.appendChild(b);
      } else if (m[4] !== undefined || m[5] !== undefined) {
        const i = document.createElement("em");
        i.textContent = m[4] !== undefined ? m[4] : m[5];
        parent.appendChild(i);
      } else if (m[6] !== undefined) {
        parent.appendChild(link(m[6], m[6]));
      } else {
        parent.appendChild(link("mailto:" + m[7], m[7]));
      }
      last = m.index + m[0].length;
    }
    if (last < text.length) parent.appendChild(document.createTextNode(text.slice(last)));
  }

  function link(href, label) {
    const a = document.createElement("a");
    a.href = href;
    a.textContent = label;
    a.rel = "noopener noreferrer";
    a.target = "_blank";
    return a;
  }

  function uuid() {
    if (crypto.randomUUID) return crypto.randomUUID();
    const b = crypto.getRandomValues(new Uint8Array(16));
    b[6] = (b[6] & 0x0f) | 0x40; b[8] = (b[8] & 0x3f) | 0x80;
    const h = [...b].map((x) => x.toString(16).padStart(2, "0")).join("");
    return `${h.slice(0, 8)}-${h.slice(8, 12)}-${h.slice(12, 16)}-${h.slice(16, 20)}-${h.slice(20)}`;
  }

  class IcpAssistant extends HTMLElement {
    static get observedAttributes() { return ["primary-color", "heading", "placeholder"]; }

    constructor() {
      super();
      this.attachShadow({ mode: "open" });
      this._queue = [];       // messages waiting to be delivered, in order
      this._sending = false;
      this._retryTimer = null;
      this._attempt = 0;
    }

    connectedCallback() {
      if (this._built) return;
      this._built = true;
      const settings = Object.assign({}, window.IcpAssistantSettings || {});
      this._settings = settings;
      this._strings = Object.assign({}, DEFAULT_STRINGS, settings.strings || {},
        this._jsonAttribute("strings"));
      for (const [attr, key] of [["heading", "title"], ["placeholder", "placeholder"]]) {
        if (this.getAttribute(attr)) this._strings[key] = this.getAttribute(attr);
      }
      this._server = (this.getAttribute("server-url") || settings.serverUrl || "").replace(/\/+$/, "");
      this._greeting = this.getAttribute("greeting") || settings.greeting || "";
      this._storageKey = STORAGE_PREFIX + (this.getAttribute("storage-key") || settings.storageKey || this._server);
      this._build();
      this._applyColour();
      this._restore();
      window.addEventListener("storage", (e) => this._onStorage(e));
      if (this.hasAttribute("open") || settings.openOnLoad) this.open();
    }

    attributeChangedCallback() { if (this._built) this._applyColour(); }

    // ---- public API ----
    open() {
      if (!this._window.hidden) return;
      this._window.hidden = false;
      this._launcher.setAttribute("aria-expanded", "true");
      this._input.focus();
      this._greetOnce();
      this._emit("icp-open");
    }

    close() {
      if (this._window.hidden) return;
      this._window.hidden = true;
      this._launcher.setAttribute("aria-expanded", "false");
      this._launcher.focus();
      this._emit("icp-close");
    }

    send(text, shownAs) {
      const message = String(text == null ? "" : text);
      if (!message.trim()) return;
      this._addMessage({ from: "user", text: shownAs != null ? String(shownAs) : message });
      this._deliver(message);
    }

    startOver() {
      this._state = { sender: uuid(), history: [], greeted: false };
      this._save();
      this._queue = [];
      this._renderHistory();
      this._greetOnce();
      this._input.focus();
    }

    // ---- building ----
    _build() {
      const s = this._strings;
      const root = this.shadowRoot;
      const style = document.createElement("style");
      style.textContent = STYLE;
      root.appendChild(style);

      this._launcher = el("button", { class: "launcher", type: "button", "aria-label": s.launcherLabel,
        "aria-expanded": "false", "aria-controls": "icp-window", part: "launcher" });
      this._launcher.innerHTML = '<svg viewBox="0 0 24 24" aria-hidden="true" focusable="false"><path d="M4 4h16a2 2 0 0 1 2 2v10a2 2 0 0 1-2 2H8l-4 4V6a2 2 0 0 1 2-2zm2 5h12v2H6zm0 4h8v2H6z"/></svg>';
      this._launcher.addEventListener("click", () => (this._window.hidden ? this.open() : this.close()));

      this._window = el("section", { class: "window", id: "icp-window", role: "dialog",
        "aria-labelledby": "icp-title", part: "window" });
      this._window.hidden = true;
      const header = el("header");
      this._title = el("h2", { id: "icp-title" }, s.title);
      const restart = el("button", { type: "button", class: "restart" }, s.startOver);
      restart.addEventListener("click", () => this.startOver());
      const close = el("button", { type: "button", class: "close", "aria-label": s.closeLabel }, "×");
      close.addEventListener("click", () => this.close());
      header.append(this._title, restart, close);

      this._log = el("div", { class: "log", role: "log", "aria-live": "polite",
        "aria-label": s.logLabel, tabindex: "0" });
      this._typing = el("div", { class: "typing", role: "status" }, s.typing);
      this._typing.hidden = true;

      this._status = el("div", { class: "status", role: "alert" });
      this._statusText = el("span", {}, s.connectionLost);
      const retry = el("button", { type: "button" }, s.retryNow);
      retry.addEventListener("click", () => this._retryNow());
      this._status.append(this._statusText, retry);
      this._status.hidden = true;

      const form = el("form");
      const label = el("label", { class: "sr-only", for: "icp-input" }, s.inputLabel);
      this._input = el("input", { id: "icp-input", type: "text", autocomplete: "off",
        placeholder: s.placeholder, maxlength: "2000", enterkeyhint: "send" });
      const sendButton = el("button", { type: "submit" }, s.sendLabel);
      form.append(label, this._input, sendButton);
      form.addEventListener("submit", (e) => {
        e.preventDefault();
        const text = this._input.value;
        this._input.value = "";
        this.send(text);
      });

      this._window.append(header, this._log, this._status, form);
      // Esc closes from anywhere while open (focus may be on the page after a reply re-renders).
      document.addEventListener("keydown", (e) => {
        if (e.key === "Escape" && !this._window.hidden) this.close();
      });
      root.append(this._launcher, this._window);
    }

    _applyColour() {
      const colour = this.getAttribute("primary-color") || (this._settings && this._settings.primaryColor);
      if (colour) this.style.setProperty("--icp-primary", colour);
      if (this._title && this.getAttribute("heading")) this._title.textContent = this.getAttribute("heading");
    }

    _jsonAttribute(name) {
      try { return JSON.parse(this.getAttribute(name) || "{}"); } catch (e) { return {}; }
    }

    // ---- state: sender id and history in localStorage, shared by tabs ----
    _restore() {
      let state = null;
      try { state = JSON.parse(localStorage.getItem(this._storageKey) || "null"); } catch (e) { state = null; }
      if (!state || typeof state.sender !== "string" || !Array.isArray(state.history)) {
        state = { sender: uuid(), history: [], greeted: false };
      }
      this._state = state;
      this._save();
      this._renderHistory();
    }

    _save() {
      this._state.history = this._state.history.slice(-MAX_HISTORY);
      try { localStorage.setItem(this._storageKey, JSON.stringify(this._state)); } catch (e) { /* private mode */ }
    }

    _onStorage(event) {
      if (event.key !== this._storageKey || !event.newValue) return;
      try { this._state = JSON.parse(event.newValue); } catch (e) { return; }
      this._renderHistory();
    }

    _greetOnce() {
      if (this._state.greeted || !this._greeting) return;
      this._state.greeted = true;
      this._save();
      this._deliver(this._greeting);
    }

    // ---- messages ----
    _addMessage(message) {
      this._state.history.push(message);
      this._save();
      this._appendMessage(message, true);
      this._emit("icp-message", { from: message.from, text: message.text });
    }

    _renderHistory() {
      this._log.textContent = "";
      const history = this._state.history;
      history.forEach((m, i) => this._appendMessage(m, i === history.length - 1));
      this._log.appendChild(this._typing);
    }

    _appendMessage(message, isLatest) {
      for (const old of this._log.querySelectorAll(".buttons button")) old.disabled = true;
      const bubble = el("div", { class: `msg ${message.from === "user" ? "user" : "bot"}` });
      bubble.appendChild(el("span", { class: "sr-only" },
        (message.from === "user" ? this._strings.youSaid : this._strings.botSaid) + ": "));
      if (message.from === "user") bubble.appendChild(document.createTextNode(message.text));
      else bubble.appendChild(renderMarkdown(message.text || ""));
      this._log.insertBefore(bubble, this._typing.parentNode === this._log ? this._typing : null);
      if (message.buttons && message.buttons.length) {
        const group = el("div", { class: "buttons", role: "group" });
        for (const b of message.buttons) {
          const button = el("button", { type: "button" }, String(b.title || ""));
          button.disabled = !isLatest;
          button.addEventListener("click", () => {
            if (button.disabled) return;
            this.send(String(b.payload || b.title || ""), String(b.title || ""));
            this._input.focus();  // the clicked button is disabled now: keep keyboard users in place
          });
          group.appendChild(button);
        }
        this._log.insertBefore(group, this._typing.parentNode === this._log ? this._typing : null);
      }
      this._log.scrollTop = this._log.scrollHeight;
    }

    // ---- transport: Rasa REST channel, in order, retried until delivered ----
    _deliver(message) {
      this._queue.push(message);
      this._pump();
    }

    async _pump() {
      if (this._sending || !this._queue.length) return;
      this._sending = true;
      this._typing.hidden = false;
      this._log.scrollTop = this._log.scrollHeight;
      const message = this._queue[0];
      try {
        const replies = await this._post(message);
        this._queue.shift();
        this._attempt = 0;
        this._status.hidden = true;
        for (const r of replies) {
          if (r && (r.text || (r.buttons && r.buttons.length))) {
            this._addMessage({ from: "bot", text: String(r.text || ""),
              buttons: Array.isArray(r.buttons) ? r.buttons : [] });
          }
        }
        this._sending = false;
        this._typing.hidden = true;
        this._pump();
      } catch (error) {
        this._sending = false;
        this._typing.hidden = true;
        this._status.hidden = false;
        const delay = RETRY_DELAYS_MS[Math.min(this._attempt, RETRY_DELAYS_MS.length - 1)];
        this._attempt += 1;
        clearTimeout(this._retryTimer);
        this._retryTimer = setTimeout(() => this._pump(), delay);
      }
    }

    _retryNow() {
      clearTimeout(this._retryTimer);
      this._pump();
    }

    async _post(message) {
      const controller = new AbortController();
      const timer = setTimeout(() => controller.abort(), REQUEST_TIMEOUT_MS);
      try {
        const response = await fetch(`${this._server}/webhooks/rest/webhook`, {
          method: "POST",
          headers: { "Content-Type": "application/json" },
          body: JSON.stringify({ sender: this._state.sender, message }),
          signal: controller.signal,
        });
        if (!response.ok) throw new Error(`HTTP ${response.status}`);
        const body = await response.json();
        return Array.isArray(body) ? body : [];
      } finally {
        clearTimeout(timer);
      }
    }

    _emit(name, detail) {
      this.dispatchEvent(new CustomEvent(name, { detail: detail || {}, bubbles: true, composed: true }));
    }
  }

  function el(tag, attributes, text) {
    const node = document.createElement(tag);
    for (const [k, v] of Object.entries(attributes || {})) node.setAttribute(k, v);
    if (text != null) node.textContent = text;
    return node;
  }

  IcpAssistant.renderMarkdown = renderMarkdown;
  if (!customElements.get("icp-assistant")) customElements.define("icp-assistant", IcpAssistant);
})();
