/* Kreisentwicklungs-Assistent: embed the chat on another website with one script tag.

     <script src="https://ASSISTENT.example/static/widget.js" defer></script>

   It puts an iframe with the chat (/widget) where the tag stands. Optional attributes on the tag:
   data-height (CSS height, default 40rem) and data-title (the frame's accessible name). The embedding site must be
   listed in KEA_CORS_ORIGINS, or browsers refuse to show the frame (Content-Security-Policy frame-ancestors). */
(function () {
  "use strict";
  var script = document.currentScript;
  if (!script || !script.src) { return; }
  var base = script.src.replace(/\/static\/widget\.js(?:[?#].*)?$/, "");
  var frame = document.createElement("iframe");
  frame.src = base + "/widget";
  frame.title = script.getAttribute("data-title") || "Chat: Fragen zum Kreisentwicklungskonzept (KI-Assistent)";
  frame.className = "kea-widget";
  frame.setAttribute("loading", "lazy");
  frame.style.display = "block";
  frame.style.width = "100%";
  frame.style.maxWidth = "48rem";
  frame.style.height = script.getAttribute("data-height") || "40rem";
  frame.style.border = "1px solid #6b7785";
  frame.style.borderRadius = "6px";
  script.parentNode.insertBefore(frame, script.nextSibling);
})();
