// Team sessions.
// 1. A screen that followed the session to a new stage (its address then carries ?stap=) puts the focus on
//    the page's heading, so a screen reader announces the new question or result.
// 2. The big screen's keyboard shortcuts, also sent by a presenter clicker: forward (→, ↓, PageDown, Space,
//    Enter on nothing in particular) presses the button marked data-key="next"; back (←, ↑, PageUp) the
//    facilitator's "back" button; F toggles fullscreen. Keys typed into a form field are left alone.
// 3. The fullscreen button, shown only where the Fullscreen API exists; the hints for forward and back only
//    where those keys press something.
// 4. Questions and answers on the big screen grow to fill it (a slide, not a page): the largest type, up to
//    1.6 times the base, at which nothing scrolls; on a small beamer a long one-screen question shrinks a
//    little instead, never below 12 px. The fit is made again whenever the status poll changed the page.
// 5. The bar's timer controls, swapped by the status poll when the timer's state changed: the focus stays
//    on the same control, or moves from "Tijd stoppen", gone once the time is up or the timer stopped
//    elsewhere, to the button that starts the time (never to the top of the page); a duration picked here
//    but not started yet stays picked.
(() => {
  const FORWARD = new Set(["ArrowRight", "ArrowDown", "PageDown", " "]);
  const BACK = new Set(["ArrowLeft", "ArrowUp", "PageUp"]);
  const TARGETS = { next: '[data-key="next"]', back: '[data-key="back"], button[name="action"][value="back"]' };

  function focusHeading() {
    if (!new URLSearchParams(window.location.search).has("stap")) {
      return;
    }
    const heading = document.querySelector("main h1");
    if (heading) {
      heading.setAttribute("tabindex", "-1");
      heading.focus();
    }
  }

  function fullscreenSupported() {
    return Boolean(document.fullscreenEnabled && document.documentElement.requestFullscreen);
  }

  function toggleFullscreen() {
    if (!fullscreenSupported()) {
      return;
    }
    if (document.fullscreenElement) {
      document.exitFullscreen();
    } else {
      document.documentElement.requestFullscreen().catch(() => {});
    }
  }

  function press(selector) {
    const target = document.querySelector(selector);
    if (!target || target.disabled) {
      return false;
    }
    target.click();
    return true;
  }

  function typing(element) {
    if (!element || element === document.body) {
      return false;
    }
    if (element.isContentEditable) {
      return true;
    }
    return Boolean(element.closest("input, textarea, select"));
  }

  function activatable(element) {
    // Buttons, links and summaries answer Space themselves.
    return Boolean(element && element.closest && element.closest("button, a, summary"));
  }

  function onKey(event) {
    if (event.defaultPrevented || event.altKey || event.ctrlKey || event.metaKey) {
      return;
    }
    if (typing(event.target) || (event.key === " " && activatable(event.target))) {
      return;
    }
    let done = false;
    if (FORWARD.has(event.key)) {
      done = press(TARGETS.next);
    } else if (BACK.has(event.key)) {
      done = press(TARGETS.back);
    } else if (event.key === "f" || event.key === "F") {
      toggleFullscreen();
      done = fullscreenSupported();
    }
    if (done) {
      event.preventDefault();
    }
  }

  function fits() {
    const page = document.documentElement;
    return page.scrollHeight <= window.innerHeight && page.scrollWidth <= window.innerWidth;
  }

  function fitToScreen() {
    const stage = document.querySelector("main.lk-stage");
    const slide = document.querySelector(".lk-present--question, .lk-present--revealed");
    if (!stage || !slide) {
      return;
    }
    stage.style.fontSize = "";
    // Below 48em the big-screen pages use the site's type scale (static/css/team-session.css).
    if (window.matchMedia("(max-width: 48em)").matches) {
      return;
    }
    const base = parseFloat(getComputedStyle(stage).fontSize);
    const set = (px) => {
      stage.style.fontSize = `${px}px`;
    };
    let low = Math.max(12, base * 0.85);
    let high = base * 1.6;
    set(low);
    if (!fits()) {
      return; // as small as it may get; the page scrolls rather than shrink further
    }
    set(high);
    if (fits()) {
      return;
    }
    for (let step = 0; step < 8 && high - low > 0.5; step += 1) {
      const middle = (low + high) / 2;
      set(middle);
      if (fits()) {
        low = middle;
      } else {
        high = middle;
      }
    }
    set(Math.floor(low * 2) / 2);
  }

  const TIMER_CONTROLS = "timer-buttons";
  let timerBefore = null;

  function rememberTimerControls(event) {
    if (event.target.id !== TIMER_CONTROLS) {
      return;
    }
    const select = event.target.querySelector("select");
    const offered = select && Array.from(select.options).find((option) => option.defaultSelected);
    timerBefore = {
      hadFocus: event.target.contains(document.activeElement),
      picked: select && offered && select.value !== offered.value ? select.value : null,
    };
  }

  function restoreTimerControls(event) {
    const controls = event.target;
    if (controls.id !== TIMER_CONTROLS || !timerBefore) {
      return;
    }
    const { hadFocus, picked } = timerBefore;
    timerBefore = null;
    const select = controls.querySelector("select");
    if (select && picked) {
      select.value = picked;
    }
    // htmx itself puts the focus back on a control with the same id (the duration, the start button);
    // the stop button may be gone, and then the start button takes its place.
    if (hadFocus && !document.getElementById("timer-stop")) {
      window.setTimeout(() => {
        if (!controls.isConnected || controls.contains(document.activeElement)) {
          return;
        }
        if (document.activeElement && document.activeElement !== document.body) {
          return;
        }
        const start = document.getElementById("timer-start");
        if (start) {
          start.focus();
        }
      }, 0);
    }
  }

  document.addEventListener("DOMContentLoaded", () => {
    focusHeading();
    if (!document.body.classList.contains("lk-presenting")) {
      return;
    }
    const button = document.querySelector("[data-fullscreen]");
    if (button && fullscreenSupported()) {
      button.hidden = false;
      button.addEventListener("click", toggleFullscreen);
    }
    document.querySelectorAll("[data-key-hint]").forEach((hint) => {
      hint.hidden = !document.querySelector(TARGETS[hint.dataset.keyHint]);
    });
    document.addEventListener("keydown", onKey);
    fitToScreen();
    window.addEventListener("load", fitToScreen); // again once the question's image has its size
    // Again when the status poll changed the slide or the bar ("Nog 30 seconden", "De tijd is om", the timer's
    // buttons): nothing it brings may push the bar below the screen.
    document.addEventListener("htmx:afterSettle", fitToScreen);
    document.addEventListener("htmx:oobBeforeSwap", rememberTimerControls);
    document.addEventListener("htmx:oobAfterSwap", restoreTimerControls);
    let pending = null;
    window.addEventListener("resize", () => {
      window.clearTimeout(pending);
      pending = window.setTimeout(fitToScreen, 150);
    });
  });
})();
