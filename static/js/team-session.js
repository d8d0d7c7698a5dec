// Team sessions.
// 1. A screen that followed the session to a new stage (its address then carries ?stap=) puts the focus on
//    the page's heading, so a screen reader announces the new question or result.
// 2. The big screen's keyboard shortcuts, also sent by a presenter clicker: forward (→, ↓, PageDown, Space,
//    Enter on nothing in particular) presses the button marked data-key="next"; back (←, ↑, PageUp) the
//    facilitator's "back" button; F toggles fullscreen. Keys typed into a form field are left alone.
// 3. The fullscreen button, shown only where the Fullscreen API exists.
(() => {
  const FORWARD = new Set(["ArrowRight", "ArrowDown", "PageDown", " "]);
  const BACK = new Set(["ArrowLeft", "ArrowUp", "PageUp"]);

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
      done = press('[data-key="next"]');
    } else if (BACK.has(event.key)) {
      done = press('[data-key="back"], button[name="action"][value="back"]');
    } else if (event.key === "f" || event.key === "F") {
      toggleFullscreen();
      done = fullscreenSupported();
    }
    if (done) {
      event.preventDefault();
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
    document.addEventListener("keydown", onKey);
  });
})();
