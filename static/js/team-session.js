// Team sessions: a screen that followed the session to a new stage (its address then carries ?stap=)
// puts the focus on the page's heading, so a screen reader announces the new question or result.
document.addEventListener("DOMContentLoaded", () => {
  if (!new URLSearchParams(window.location.search).has("stap")) {
    return;
  }
  const heading = document.querySelector("main h1");
  if (heading) {
    heading.setAttribute("tabindex", "-1");
    heading.focus();
  }
});
