// Review page: keyboard shortcuts (a accept, r reject, e edit, j/k next/previous row)
// and adding a missed row by selecting its evidence in the text (offsets from data-o).
(function () {
  "use strict";
  var rows = Array.prototype.slice.call(document.querySelectorAll("#rows tr.row"));
  var current = -1;

  function select(i) {
    if (!rows.length) return;
    i = Math.max(0, Math.min(rows.length - 1, i));
    if (current >= 0) rows[current].classList.remove("current");
    current = i;
    var row = rows[i];
    row.classList.add("current");
    row.scrollIntoView({block: "nearest"});
    document.querySelectorAll("mark.flash").forEach(function (m) { m.classList.remove("flash"); });
    var id = row.dataset.row;
    document.querySelectorAll("mark.hl").forEach(function (m) {
      if ((" " + m.dataset.rows + " ").indexOf(" " + id + " ") >= 0) m.classList.add("flash");
    });
    var tag = document.getElementById("ev-" + id);
    if (tag) tag.scrollIntoView({block: "center"});
  }

  var hash = location.hash.match(/^#row-(\d+)$/);
  if (hash) {
    rows.forEach(function (r, i) { if (r.dataset.row === hash[1]) select(i); });
  }

  function press(action) {
    if (current < 0) return;
    var button = rows[current].querySelector("button[value=" + action + "]");
    if (button) button.click();
  }

  document.addEventListener("keydown", function (ev) {
    var tag = (ev.target.tagName || "").toLowerCase();
    if (tag === "input" || tag === "select" || tag === "textarea" || ev.ctrlKey || ev.metaKey || ev.altKey) return;
    if (ev.key === "j") { select(current + 1); ev.preventDefault(); }
    else if (ev.key === "k") { select(current - 1); ev.preventDefault(); }
    else if (ev.key === "a") { press("accept"); }
    else if (ev.key === "r") { press("reject"); }
    else if (ev.key === "e" && current >= 0) {
      var d = rows[current].querySelector("details.edit");
      if (d) { d.open = true; var f = d.querySelector("input[name=value]"); if (f) f.focus(); ev.preventDefault(); }
    }
  });

  document.querySelectorAll("mark.hl").forEach(function (m) {
    m.addEventListener("click", function () {
      var first = m.dataset.rows.split(" ")[0];
      rows.forEach(function (r, i) { if (r.dataset.row === first) select(i); });
    });
  });

  // ---- adding a row: the selection's offsets in the document text
  var text = document.getElementById("doctext");
  var form = document.getElementById("add-form");
  if (!text || !form) return;

  function offset(node, off) {
    var el = node.nodeType === 3 ? node.parentElement : node;
    var chunk = el && el.closest("[data-o]");
    if (!chunk || !text.contains(chunk)) return null;
    if (node.nodeType !== 3) {  // a position between children: count the text before it
      var r = document.createRange();
      r.selectNodeContents(chunk);
      r.setEnd(node, off);
      off = r.toString().length;
    }
    return parseInt(chunk.dataset.o, 10) + off;
  }

  function onSelect() {
    var sel = window.getSelection();
    if (!sel || sel.rangeCount === 0 || sel.isCollapsed) return;
    var range = sel.getRangeAt(0);
    if (!text.contains(range.commonAncestorContainer)) return;
    var start = offset(range.startContainer, range.startOffset);
    var end = offset(range.endContainer, range.endOffset);
    if (start === null || end === null || end <= start) return;
    form.querySelector("#add-start").value = start;
    form.querySelector("#add-end").value = end;
    var words = sel.toString();
    form.querySelector("#add-evidence").textContent = "«" + words + "» (" + start + "–" + end + ")";
    var value = form.querySelector("input[name=value]");
    var m = words.match(/(\d+(?:[.,]\d+)*)\s*(%?)/);
    if (m && !value.value) {
      value.value = m[1];
      if (m[2]) form.querySelector("select[name=unit]").value = "percent";
    }
  }
  text.addEventListener("mouseup", onSelect);
  text.addEventListener("keyup", onSelect);
  form.addEventListener("submit", function (ev) {
    if (!form.querySelector("#add-start").value) { ev.preventDefault(); alert(form.querySelector(".help").textContent); }
  });
})();
