/* sucai workbench: the basket (localStorage), uploads with progress, small page helpers.
   No framework and no build step; untrusted text is only ever set with textContent. */
(function () {
  "use strict";

  var KEY = "sucai.basket";
  var meta = document.querySelector('meta[name="csrf-token"]');
  var CSRF = meta ? meta.getAttribute("content") : "";

  // -- basket ------------------------------------------------------------------------
  function basket() {
    try {
      var ids = JSON.parse(localStorage.getItem(KEY) || "[]");
      return Array.isArray(ids) ? ids.filter(function (x) { return Number.isInteger(x); }) : [];
    } catch (e) {
      return [];
    }
  }
  function saveBasket(ids) {
    localStorage.setItem(KEY, JSON.stringify(ids));
    refreshBasketUI();
  }
  function refreshBasketUI() {
    var ids = basket();
    document.querySelectorAll("[data-basket-count]").forEach(function (el) {
      el.textContent = String(ids.length);
      el.classList.toggle("zero", ids.length === 0);
    });
    document.querySelectorAll("[data-basket-add]").forEach(function (b) {
      var inside = ids.indexOf(Number(b.getAttribute("data-basket-add"))) >= 0;
      b.classList.toggle("in", inside);
      b.textContent = inside ? "✓ 已在素材篮" : "＋ 素材篮";
    });
  }

  document.addEventListener("click", function (e) {
    var b = e.target.closest("[data-basket-add]");
    if (b) {
      var id = Number(b.getAttribute("data-basket-add"));
      var ids = basket();
      var at = ids.indexOf(id);
      if (at >= 0) ids.splice(at, 1); else ids.push(id);
      saveBasket(ids);
      return;
    }
    var back = e.target.closest("[data-back]");
    if (back && history.length > 1) {
      e.preventDefault();
      history.back();
    }
  });

  document.addEventListener("submit", function (e) {
    var form = e.target;
    var question = form.getAttribute("data-confirm");
    if (question && !window.confirm(question)) e.preventDefault();
  });

  window.addEventListener("storage", function (e) {
    if (e.key === KEY) { refreshBasketUI(); renderBasket(); }
  });

  // -- basket page -------------------------------------------------------------------
  var list = document.getElementById("basket-list");
  var cache = {};

  function el(tag, cls, text) {
    var node = document.createElement(tag);
    if (cls) node.className = cls;
    if (text !== undefined) node.textContent = text;
    return node;
  }

  function button(label, title, onClick) {
    var b = el("button", "", label);
    b.type = "button";
    b.title = title;
    b.addEventListener("click", onClick);
    return b;
  }

  function move(index, delta) {
    var ids = basket();
    var j = index + delta;
    if (j < 0 || j >= ids.length) return;
    var t = ids[index]; ids[index] = ids[j]; ids[j] = t;
    saveBasket(ids);
    renderBasket();
  }

  function drawBasket() {
    if (!list) return;
    var ids = basket();
    list.textContent = "";
    ids.forEach(function (id, i) {
      var p = cache[id];
      var li = el("li", p ? "" : "missing");
      li.setAttribute("data-pid", String(id));
      var body = el("div");
      if (p) {
        var m = el("div", "b-meta");
        var a = el("a", "", p.title);
        a.href = "/passages/" + id;
        m.appendChild(a);
        if (p.date) m.appendChild(el("span", "date", p.date));
        if (p.heading) m.appendChild(el("span", "date", p.heading));
        body.appendChild(m);
        body.appendChild(el("p", "b-text", p.text));
      } else {
        body.appendChild(el("p", "b-meta", "第 " + id + " 段已不在素材库中（所在文稿已删除）"));
      }
      var tools = el("div", "b-tools");
      tools.appendChild(button("↑", "上移", function () { move(i, -1); }));
      tools.appendChild(button("↓", "下移", function () { move(i, 1); }));
      tools.appendChild(button("×", "移出素材篮", function () {
        var now = basket();
        now.splice(i, 1);
        saveBasket(now);
        renderBasket();
      }));
      li.appendChild(body);
      li.appendChild(tools);
      list.appendChild(li);
    });
  }

  function renderBasket() {
    if (!list) return;
    var ids = basket();
    var unknown = ids.filter(function (id) { return !(id in cache); });
    if (!unknown.length) { drawBasket(); return; }
    fetch("/basket.json?ids=" + unknown.join(","), { headers: { Accept: "application/json" } })
      .then(function (r) { return r.json(); })
      .then(function (data) {
        (data.passages || []).forEach(function (p) { cache[p.id] = p; });
        drawBasket();
      });
  }

  var clear = document.getElementById("basket-clear");
  if (clear) {
    clear.addEventListener("click", function () {
      if (basket().length && window.confirm("清空素材篮？")) { saveBasket([]); renderBasket(); }
    });
  }
  var basketForm = document.getElementById("basket-compile");
  if (basketForm) {
    basketForm.addEventListener("submit", function (e) {
      var ids = basket().filter(function (id) { return id in cache; });
      if (!ids.length) {
        e.preventDefault();
        window.alert("素材篮是空的：先在检索页把段落加入素材篮。");
        return;
      }
      document.getElementById("basket-ids").value = ids.join(",");
    });
  }

  // -- mask / localize: the place field only matters when localizing -----------------------
  document.querySelectorAll("fieldset.anon").forEach(function (fs) {
    var place = fs.querySelector(".place");
    function sync() {
      var chosen = fs.querySelector('input[name="anonymize"]:checked');
      if (place) place.classList.toggle("hidden", !chosen || chosen.value !== "localize");
    }
    fs.addEventListener("change", sync);
    sync();
  });

  // -- uploads -----------------------------------------------------------------------
  var zone = document.getElementById("upload");
  var STATUS = {
    queued: "排队中", working: "入库中…", added: "已入库", unchanged: "已在库中，未重复添加",
    failed: "失败", rejected: "未上传", uploading: "上传中…"
  };

  function uploadRow(file) {
    var li = el("li", "st-uploading");
    li.appendChild(el("span", "name", file.name));
    var status = el("span", "status", STATUS.uploading);
    li.appendChild(status);
    var bar = el("progress");
    bar.max = 100;
    bar.value = 0;
    li.appendChild(bar);
    var detail = el("span", "detail");
    li.appendChild(detail);
    document.getElementById("upload-list").appendChild(li);
    return {
      li: li, bar: bar,
      set: function (state, text, extra) {
        li.className = "st-" + state;
        status.textContent = (STATUS[state] || state) + (extra || "");
        detail.textContent = text || "";
        if (state !== "uploading" && state !== "working" && state !== "queued") bar.remove();
      }
    };
  }

  function pollJob(url, row) {
    return new Promise(function (resolve) {
      function tick() {
        fetch(url, { headers: { Accept: "application/json" } })
          .then(function (r) { return r.json(); })
          .then(function (job) {
            var f = (job.files || [])[0] || {};
            if (job.state !== "done") {
              row.set(f.status === "working" ? "working" : "queued", "");
              row.bar.removeAttribute("value"); // indeterminate while ingesting
              setTimeout(tick, 400);
              return;
            }
            row.set(f.status, f.detail, f.status === "added" ? "（" + f.passages + " 段）" : "");
            resolve(f.status === "added");
          })
          .catch(function () { row.set("failed", "无法获取进度"); resolve(false); });
      }
      tick();
    });
  }

  function size(n) {
    var big = n >= 1048576;
    var text = (n / (big ? 1048576 : 1024)).toPrecision(3);
    if (text.indexOf(".") >= 0) text = text.replace(/0+$/, "").replace(/\.$/, "");
    return text + (big ? " MB" : " KB");
  }

  function uploadOne(file, limit, suffixes) {
    var row = uploadRow(file);
    var dot = file.name.lastIndexOf(".");
    var suffix = dot >= 0 ? file.name.slice(dot).toLowerCase() : "";
    if (suffixes.indexOf(suffix) < 0) {
      row.set("rejected", "不支持的文件类型 " + (suffix || "（无扩展名）") + "；可上传 " + suffixes.join(" "));
      return Promise.resolve(false);
    }
    if (file.size > limit) {
      row.set("rejected", "文件过大（" + size(file.size) + "）；每个文件上限 " + size(limit));
      return Promise.resolve(false);
    }
    return new Promise(function (resolve) {
      var data = new FormData();
      data.append("files", file, file.name);
      data.append("csrf", CSRF);
      var xhr = new XMLHttpRequest();
      xhr.open("POST", "/upload.json");
      xhr.setRequestHeader("X-CSRF-Token", CSRF);
      xhr.setRequestHeader("Accept", "application/json");
      xhr.upload.onprogress = function (e) {
        if (e.lengthComputable) row.bar.value = Math.round((100 * e.loaded) / e.total);
      };
      xhr.onload = function () {
        var body = {};
        try { body = JSON.parse(xhr.responseText); } catch (err) { body = {}; }
        if (xhr.status === 202 && body.url) {
          row.bar.value = 100;
          pollJob(body.url, row).then(resolve);
        } else {
          row.set("failed", body.error || ("HTTP " + xhr.status));
          resolve(false);
        }
      };
      xhr.onerror = function () { row.set("failed", "网络错误，上传中断"); resolve(false); };
      xhr.send(data);
    });
  }

  function refreshTable() {
    return fetch("/", { headers: { Accept: "text/html" } })
      .then(function (r) { return r.text(); })
      .then(function (html) {
        var doc = new DOMParser().parseFromString(html, "text/html");
        ["doc-table", "lib-stats"].forEach(function (id) {
          var fresh = doc.getElementById(id);
          var here = document.getElementById(id);
          if (fresh && here) here.replaceWith(fresh);
        });
      });
  }

  function uploadAll(files) {
    var limit = Number(zone.getAttribute("data-max-bytes"));
    var suffixes = zone.getAttribute("data-suffixes").split(" ");
    var chain = Promise.resolve(false);
    var any = false;
    Array.prototype.forEach.call(files, function (file) {
      chain = chain.then(function () {
        return uploadOne(file, limit, suffixes).then(function (added) { any = any || added; });
      });
    });
    chain.then(function () { if (any) refreshTable(); });
  }

  if (zone) {
    var drop = document.getElementById("dropzone");
    var input = document.getElementById("file-input");
    ["dragenter", "dragover"].forEach(function (type) {
      drop.addEventListener(type, function (e) { e.preventDefault(); drop.classList.add("over"); });
    });
    ["dragleave", "drop"].forEach(function (type) {
      drop.addEventListener(type, function (e) { e.preventDefault(); drop.classList.remove("over"); });
    });
    drop.addEventListener("drop", function (e) {
      if (e.dataTransfer && e.dataTransfer.files.length) uploadAll(e.dataTransfer.files);
    });
    input.addEventListener("change", function () {
      if (input.files.length) uploadAll(input.files);
      input.value = "";
    });
  }

  // -- a plain upload form's job page refreshes itself until the job is done ---------------
  var job = document.getElementById("job");
  if (job && job.getAttribute("data-state") !== "done") {
    setTimeout(function () { location.reload(); }, 800);
  }

  // -- check: a finding and its place in the text point at each other ----------------------
  function focusPair(index, on) {
    var m = document.getElementById("m" + index);
    var f = document.getElementById("f" + index);
    if (m) m.classList.toggle("focus", on);
    if (f) f.classList.toggle("focus", on);
  }
  document.querySelectorAll("[data-finding]").forEach(function (node) {
    var index = node.getAttribute("data-finding");
    node.addEventListener("mouseenter", function () { focusPair(index, true); });
    node.addEventListener("mouseleave", function () { focusPair(index, false); });
    if (node.tagName === "MARK") {
      node.addEventListener("click", function () {
        var f = document.getElementById("f" + index);
        if (f) f.scrollIntoView({ block: "nearest", behavior: "smooth" });
      });
    }
  });

  refreshBasketUI();
  renderBasket();
})();
