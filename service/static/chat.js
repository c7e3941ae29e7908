/* Kreisentwicklungs-Assistent: the chat, enhanced. Without this script the form posts to /frage and the page comes
   back with the answer; with it the answer streams from /api/ask (Server-Sent Events) into the same markup.
   Screen readers hear the answer once, complete: the streamed text goes into an element that is not live and is
   marked aria-busy, and only the final answer is written into the polite live region #ansage. */
(function () {
  "use strict";

  var form = document.getElementById("chat-form");
  if (!form || !window.fetch || !window.ReadableStream || !window.TextDecoder ||
      !("content" in document.createElement("template"))) {
    return;
  }
  var root = form.getAttribute("data-root") || "";
  var maxChars = parseInt(form.getAttribute("data-max-chars"), 10) || 1000;
  var textarea = document.getElementById("frage");
  var errorBox = document.getElementById("frage-fehler");
  var list = document.getElementById("verlauf");
  var announcer = document.getElementById("ansage");
  var simple = document.getElementById("einfach");
  var turnTemplate = document.getElementById("runde-vorlage");
  var sourceTemplate = document.getElementById("quelle-vorlage");
  var empty = document.querySelector(".js-empty");
  var restart = document.querySelector(".js-restart");
  var MAX_TURNS = 4; // earlier turns sent along: enough for follow-ups, small enough for the body limit
  var MAX_ANSWER = 1500;
  var FAILED = "Die Antwort konnte nicht geladen werden. Bitte versuchen Sie es erneut.";
  var history = carriedTurns();
  var busy = false;

  function carriedTurns() {
    var questions = form.querySelectorAll('input[name="v_frage"]');
    var answers = form.querySelectorAll('input[name="v_antwort"]');
    var turns = [];
    for (var i = 0; i < questions.length && i < answers.length; i++) {
      turns.push({ question: questions[i].value, answer: answers[i].value });
    }
    return turns;
  }

  function announce(text) {
    announcer.textContent = "";
    // A fresh text node after a tick: some screen readers skip a change made in the same frame.
    window.setTimeout(function () { announcer.textContent = text; }, 50);
  }

  function showError(message) {
    errorBox.textContent = message;
    errorBox.hidden = false;
    textarea.setAttribute("aria-invalid", "true");
    textarea.setAttribute("aria-describedby", "ki-hinweis frage-hinweis frage-fehler");
    textarea.focus();
  }

  function clearError() {
    errorBox.hidden = true;
    errorBox.textContent = "";
    textarea.removeAttribute("aria-invalid");
    textarea.setAttribute("aria-describedby", "ki-hinweis frage-hinweis");
  }

  function newTurn(question) {
    var number = list.children.length + 1;
    var turn = turnTemplate.content.firstElementChild.cloneNode(true);
    turn.setAttribute("data-runde", String(number));
    turn.querySelector(".js-question").textContent = question;
    turn.querySelector(".js-feedback").hidden = true;
    var previous = document.getElementById("neueste");
    if (previous) { previous.removeAttribute("id"); }
    list.appendChild(turn);
    if (empty) { empty.hidden = true; }
    if (restart) { restart.hidden = false; }
    return turn;
  }

  function fillAnswer(target, text, number) {
    target.textContent = "";
    var marker = /\[(\d{1,3})\]/g;
    var position = 0;
    var match;
    while ((match = marker.exec(text)) !== null) {
      target.appendChild(document.createTextNode(text.slice(position, match.index)));
      var link = document.createElement("a");
      link.className = "cite";
      link.href = "#runde-" + number + "-quelle-" + match[1];
      var hidden = document.createElement("span");
      hidden.className = "visually-hidden";
      hidden.textContent = "Quelle ";
      link.appendChild(hidden);
      link.appendChild(document.createTextNode(match[0]));
      target.appendChild(link);
      position = marker.lastIndex;
    }
    target.appendChild(document.createTextNode(text.slice(position)));
  }

  function fillSources(turn, citations, number) {
    var box = turn.querySelector(".js-sources");
    var sourceList = turn.querySelector(".js-source-list");
    citations.forEach(function (citation) {
      var item = sourceTemplate.content.firstElementChild.cloneNode(true);
      item.id = "runde-" + number + "-quelle-" + citation.number;
      item.querySelector(".js-source-link").href = citation.link;
      item.querySelector(".js-source-number").textContent = "[" + citation.number + "]";
      item.querySelector(".js-source-title").textContent =
        citation.title + ", S. " + citation.page_label + " (PDF-Seite " + citation.page + ")";
      var quote = item.querySelector(".js-source-quote");
      quote.textContent = "„" + citation.quote + "“";
      quote.hidden = !citation.quote;
      sourceList.appendChild(item);
    });
    box.hidden = citations.length === 0;
  }

  function finish(turn, question, result) {
    var number = turn.getAttribute("data-runde");
    fillAnswer(turn.querySelector(".js-answer"), result.answer, number);
    var notice = turn.querySelector(".js-notice");
    notice.textContent = result.notice || "";
    notice.hidden = !result.notice;
    fillSources(turn, result.citations || [], number);
    var feedback = turn.querySelector(".js-feedback");
    feedback.querySelector(".js-answer-id").value = result.answer_id;
    feedback.hidden = false;
    history.push({ question: question, answer: result.answer.slice(0, MAX_ANSWER) });
    var spoken = result.answer.replace(/\s*\[\d{1,3}\]/g, "");
    var sources = (result.citations || []).length;
    announce("Antwort: " + spoken + (sources ? " Die Quellen stehen unter der Antwort." : ""));
  }

  function fail(turn, message) {
    var answer = turn.querySelector(".js-answer");
    answer.textContent = message;
    answer.classList.add("error");
    announce("Fehler: " + message);
  }

  function handleEvent(name, data, turn, question) {
    var answer = turn.querySelector(".js-answer");
    if (name === "delta") {
      answer.appendChild(document.createTextNode(data.text));
    } else if (name === "done") {
      finish(turn, question, data);
      return true;
    } else if (name === "error") {
      fail(turn, data.message || FAILED);
      return true;
    }
    return false;
  }

  async function readEvents(response, turn, question) {
    var reader = response.body.getReader();
    var decoder = new TextDecoder();
    var buffer = "";
    for (;;) {
      var chunk = await reader.read();
      if (chunk.done) { break; }
      buffer += decoder.decode(chunk.value, { stream: true }).replace(/\r\n/g, "\n");
      var end;
      while ((end = buffer.indexOf("\n\n")) >= 0) {
        var block = buffer.slice(0, end);
        buffer = buffer.slice(end + 2);
        var name = "message";
        var data = [];
        block.split("\n").forEach(function (line) {
          if (line.indexOf("event:") === 0) { name = line.slice(6).trim(); }
          if (line.indexOf("data:") === 0) { data.push(line.slice(5).trim()); }
        });
        if (data.length && handleEvent(name, JSON.parse(data.join("\n")), turn, question)) { return; }
      }
    }
    fail(turn, FAILED);
  }

  async function ask(question) {
    busy = true;
    var turn = newTurn(question);
    var answer = turn.querySelector(".js-answer");
    answer.setAttribute("aria-busy", "true");
    textarea.value = "";
    var body = {
      question: question,
      history: history.slice(-MAX_TURNS),
      mode: simple && simple.checked ? "einfach" : "standard"
    };
    try {
      var response = await fetch(root + "/api/ask", {
        method: "POST",
        headers: { "Content-Type": "application/json", "Accept": "text/event-stream" },
        body: JSON.stringify(body)
      });
      if (!response.ok) {
        var problem = await response.json().catch(function () { return {}; });
        fail(turn, problem.message || FAILED);
      } else {
        await readEvents(response, turn, question);
      }
    } catch (error) {
      fail(turn, FAILED);
    } finally {
      answer.removeAttribute("aria-busy");
      busy = false;
    }
  }

  form.addEventListener("submit", function (event) {
    event.preventDefault();
    if (busy) { return; }
    var submitter = event.submitter;
    var fromExample = submitter && submitter.name === "beispiel";
    var question = (fromExample ? submitter.value : textarea.value).trim();
    if (!question) { showError("Bitte geben Sie eine Frage ein."); return; }
    if (question.length > maxChars) { showError("Die Frage ist zu lang (höchstens " + maxChars + " Zeichen)."); return; }
    clearError();
    ask(question);
  });

  list.addEventListener("submit", function (event) {
    var feedback = event.target.closest("form.js-feedback");
    if (!feedback) { return; }
    event.preventDefault();
    var button = event.submitter;
    var status = feedback.querySelector(".js-feedback-status");
    var payload = {
      answer_id: feedback.querySelector(".js-answer-id").value,
      helpful: Boolean(button && button.value === "ja")
    };
    fetch(root + "/api/feedback", {
      method: "POST",
      headers: { "Content-Type": "application/json" },
      body: JSON.stringify(payload)
    }).then(function (response) {
      if (!response.ok) { throw new Error(String(response.status)); }
      feedback.querySelectorAll("button").forEach(function (each) {
        each.setAttribute("aria-pressed", String(each === button));
      });
      status.textContent = "Danke für Ihre Rückmeldung.";
    }).catch(function () {
      status.textContent = "Die Rückmeldung konnte nicht gesendet werden. Bitte versuchen Sie es später erneut.";
    });
  });
})();
