/* legalgraph web explorer: plain JavaScript over the JSON API, no build step.
   Routes (hash): #/  #/search/<q>  #/documents/<id>  #/reports/<id>?at=<offset>  #/matrix?era=&since=&until=&doc_type= */
"use strict";

const main = document.getElementById("main");

/* ---------- helpers ---------- */
function h(tag, attrs, ...children) {
  const el = document.createElement(tag);
  for (const [k, v] of Object.entries(attrs || {})) {
    if (v === null || v === undefined || v === false) continue;
    if (k.startsWith("on")) el.addEventListener(k.slice(2), v);
    else el.setAttribute(k, v === true ? "" : String(v));
  }
  for (const c of children.flat(Infinity)) {
    if (c === null || c === undefined || c === false) continue;
    el.append(c instanceof Node ? c : document.createTextNode(String(c)));
  }
  return el;
}

/* Replace the page content; null/false children are dropped (replaceChildren would print "null"). */
function show(...children) {
  main.replaceChildren(...children.flat(Infinity).filter((c) => c !== null && c !== undefined && c !== false));
  window.scrollTo(0, 0);
}

class ApiError extends Error {
  constructor(problem) { super(problem.detail || problem.title || "error"); this.problem = problem; }
}

async function api(path) {
  const res = await fetch(path, { headers: { Accept: "application/json" } });
  const type = res.headers.get("content-type") || "";
  const body = type.includes("json") ? await res.json() : await res.text();
  if (!res.ok) throw new ApiError(typeof body === "object" ? body : { detail: body, status: res.status });
  return body;
}

/* query string without empty values (the API treats a missing parameter as "no bound") */
function query(params) {
  const qs = new URLSearchParams();
  for (const [k, v] of Object.entries(params)) if (v !== null && v !== undefined && v !== "") qs.set(k, v);
  return qs.toString();
}

function caption(doc) {
  if (!doc) return "";
  if (doc.number_symbol) return `${doc.doc_type || ""} ${doc.number_symbol}`.trim();
  if (doc.name) return doc.name;
  return doc.title || doc.id;
}

function reportCaption(rep) {
  if (rep.number_symbol) return `${rep.doc_type || "Báo cáo"} ${rep.number_symbol}`;
  return rep.title || (rep.source || "").split("/").pop() || rep.id;
}

function docLink(doc) {
  if (doc.is_report) return reportLink(doc);
  return h("a", { href: `#/documents/${encodeURIComponent(doc.id)}` }, caption(doc));
}

function reportLink(rep) {
  return h("a", { href: `#/reports/${encodeURIComponent(rep.id)}` }, reportCaption(rep));
}

const RELATION_VI = {
  implements: "thực hiện", reports_on: "báo cáo về", responds_to: "trả lời", guides: "hướng dẫn",
  amends: "sửa đổi", replaces: "thay thế", based_on: "căn cứ", cites: "trích dẫn", mentions: "nhắc đến",
};
const relVi = (r) => RELATION_VI[String(r).toLowerCase()] || String(r);
const rel = (r) => h("span", { class: `rel rel-${String(r).toLowerCase()}` }, relVi(r));

const FLAG_VI = {
  repaired: "số hiệu được sửa lỗi gõ khi đọc",
  conflicting_dates: "các nguồn ghi ngày ban hành khác nhau",
  conflicting_issuer: "các nguồn ghi cơ quan ban hành khác nhau",
  ambiguous: "tham chiếu có thể chỉ nhiều văn bản",
  term_assumed: "khóa Đảng được suy ra, văn bản không ghi",
};

function flags(list, label) {
  if (!list || !list.length) return null;
  return h("section", { class: "flags", "aria-label": label },
    h("h2", {}, label),
    h("ul", {}, list.map((f) => h("li", { "data-flag": f }, FLAG_VI[f] ? `${FLAG_VI[f]} (${f})` : f))));
}

function showError(err) {
  show(h("div", { class: "error", role: "alert" },
    h("h1", {}, "Không tải được"), h("p", {}, err.message || String(err))));
  main.focus();
}

function section(title, ...content) {
  return h("section", {}, h("h2", {}, title), ...content);
}

function meta(pairs) {
  return h("dl", { class: "meta" }, pairs.filter(Boolean).map(([k, v]) => [h("dt", {}, k), h("dd", {}, v || "—")]));
}

/* ---------- pages ---------- */
const STAT_VI = { documents: "văn bản", reports: "báo cáo đã nạp", provinces: "tỉnh", bodies: "cơ quan",
  mentions: "lần trích dẫn", unresolved: "tham chiếu chưa xác định" };

async function homePage() {
  const stats = await api("/stats").catch(() => null);
  show(
    h("h1", {}, "Ai thực hiện văn bản nào?"),
    h("p", {}, "Tìm một chỉ thị, nghị định, kết luận… (gõ có dấu hoặc không dấu) để xem tỉnh, cơ quan nào đã thực hiện, báo cáo về nó, kèm câu trích dẫn làm bằng chứng."),
    stats ? h("dl", { class: "stats" },
      Object.entries(STAT_VI).map(([k, label]) => h("div", {}, h("dt", {}, label), h("dd", {}, stats[k] ?? 0)))) : null,
    h("p", {}, h("a", { href: "#/matrix" }, "Ma trận thực hiện: văn bản × tỉnh, và những tỉnh chưa báo cáo")),
  );
}

async function searchPage(q) {
  document.getElementById("q").value = q;
  const [resolution, page] = await Promise.all([
    api(`/resolve?${query({ ref: q })}`).catch(() => ({ candidates: [] })),
    api(`/documents?${query({ q, limit: 50 })}`).catch(() => ({ items: [] })),
  ]);
  const seen = new Set();
  const rows = [];
  for (const c of resolution.candidates || []) {
    seen.add(c.document.id);
    rows.push(h("li", {}, docLink(c.document), c.document.title ? ` — ${c.document.title}` : null,
      h("div", { class: "muted small" }, c.why)));
  }
  for (const d of page.items || []) {
    if (seen.has(d.id)) continue;
    rows.push(h("li", {}, docLink(d), d.title ? ` — ${d.title}` : null));
  }
  show(
    h("h1", {}, `Kết quả cho “${q}”`),
    rows.length ? h("ul", { class: "results" }, rows) : h("p", {}, "Không tìm thấy văn bản nào."),
  );
  const first = main.querySelector(".results a");
  if (first) first.focus();
}

function evidenceSentence(e) {
  const s = e.sentence || "";
  let at = Number.isInteger(e.sentence_start) ? e.start - e.sentence_start : -1;
  if (!e.text || s.slice(at, at + e.text.length) !== e.text) at = e.text ? s.indexOf(e.text) : -1;
  if (at < 0) return h("blockquote", {}, s);
  return h("blockquote", {}, s.slice(0, at), h("mark", {}, e.text), s.slice(at + e.text.length));
}

function implementersView(data) {
  if (!data.groups.length) return h("p", { class: "muted" }, "Chưa có báo cáo nào thực hiện văn bản này.");
  return h("div", { class: "implementers" }, data.groups.map((g) =>
    h("article", { class: "group", "data-group": g.group.id || "" },
      h("h3", {}, g.group.name || g.group.id,
        g.successor && g.successor.id !== g.group.id ? h("span", { class: "muted" }, ` (từ 1/7/2025 thuộc ${g.successor.name || g.successor.id})`) : null),
      h("ul", {}, g.reports.map((r) => h("li", {},
        reportLink(r.report), r.report.date ? h("span", { class: "muted" }, ` ${r.report.date}`) : null, " ",
        r.relations.map(rel),
        h("ul", { class: "evidence", "aria-label": "Bằng chứng" }, r.evidence.map((e) => h("li", {},
          evidenceSentence(e),
          h("a", { class: "offsets", href: `#/reports/${encodeURIComponent(e.report_id)}?at=${e.start}` },
            `xem trong văn bản (ký tự ${e.start}–${e.end})`))))))),
      g.report_count > g.reports.length ? h("p", { class: "muted" }, `… và ${g.report_count - g.reports.length} báo cáo khác`) : null,
    )));
}

let provinceNames = null;
async function provinceName(id) {
  if (!provinceNames) {
    provinceNames = api("/provinces").then((ps) => new Map(ps.map((p) => [p.id, p.name]))).catch(() => new Map());
  }
  return (await provinceNames).get(id) || id;
}

/* Implementers grouped by issuing body; the evidence is in the province view above. */
async function bodiesView(data) {
  if (!data.groups.length) return h("p", { class: "muted" }, "Không có.");
  const items = [];
  for (const g of data.groups) {
    let name = g.group.name || g.group.short_name || g.group.id;
    if (g.group.province) {
      const prov = await provinceName(g.group.province);
      if (!name.includes(prov)) name = `${name} ${prov}`;
    }
    items.push(h("li", { "data-body": g.group.id || "" }, h("strong", {}, name), ": ",
      g.reports.map((r, i) => [i ? "; " : "", reportLink(r.report), " ", r.relations.map(rel)])));
  }
  return h("ul", { class: "bodies" }, items);
}

function citationsView(page) {
  const items = page.items;
  if (!items.length) return h("p", { class: "muted" }, "Không có.");
  const list = h("ul", {}, items.map((c) => h("li", {}, docLink(c.document), " ", rel(c.relation), h("span", { class: "muted" }, ` ×${c.count}`))));
  // the API sends a page at a time; the document's header gives the full counts
  return page.next_offset == null ? list : h("div", {}, list, h("p", { class: "muted" }, `Hiển thị ${items.length} dòng đầu.`));
}

/* The citation neighbourhood as an interactive graph; a node expands on click (or Enter on its
   button in the list below the graph, which carries the same content for keyboard and screen readers). */
function chainGraph(doc) {
  const box = h("div", { id: "chain", class: "chain", "aria-hidden": "true" });
  const list = h("ul", { class: "chain-nodes", "aria-label": "Các văn bản trong đồ thị" });
  const hint = h("p", { class: "muted" }, "Nhấn một nút (hoặc nút “Mở rộng” trong danh sách) để thêm các văn bản nó trích dẫn và được trích dẫn; nhấn đúp để mở văn bản.");
  setTimeout(async () => {
    if (typeof cytoscape !== "function") { box.textContent = "Không tải được thư viện vẽ đồ thị."; return; }
    const cy = cytoscape({
      container: box,
      minZoom: 0.2,
      maxZoom: 1.6,
      style: [
        { selector: "node", style: { label: "data(label)", "font-size": 10, "text-wrap": "wrap", "text-max-width": 110, "text-valign": "bottom", "text-margin-y": 4, "background-color": "#4C8EDA", color: "#111", width: 22, height: 22 } },
        { selector: "node.report", style: { "background-color": "#F79767" } },
        { selector: "node.unresolved", style: { "background-color": "#FFE081" } },
        { selector: "node.root", style: { "background-color": "#2E7D32", "border-width": 3, "border-color": "#111" } },
        { selector: "node.expanded", style: { "border-width": 2, "border-color": "#555" } },
        { selector: "edge", style: { width: 1.5, "curve-style": "bezier", "target-arrow-shape": "triangle", label: "data(label)", "font-size": 8, color: "#555", "text-rotation": "autorotate" } },
      ],
      elements: [],
    });
    box.cy = cy; // for tests and the console
    const expanded = new Set();
    function addNode(n, root) {
      if (!cy.getElementById(n.id).empty()) return;
      const classes = [n.is_report ? "report" : "", n.resolved === false ? "unresolved" : "", root ? "root" : ""].join(" ");
      cy.add({ data: { id: n.id, label: n.is_report ? reportCaption(n) : caption(n), report: !!n.is_report }, classes });
      const button = h("button", { type: "button", class: "linkish", "data-node": n.id, onclick: () => expand(n.id) }, "Mở rộng");
      list.append(h("li", { "data-node": n.id }, docLink(n), " ", button));
    }
    async function expand(id) {
      if (expanded.has(id)) return;
      expanded.add(id);
      for (const direction of ["up", "down"]) {
        const chain = await api(`/documents/${encodeURIComponent(id)}/chain?direction=${direction}&depth=1`).catch(() => ({ paths: [] }));
        for (const p of chain.paths) {
          p.nodes.forEach((n) => addNode(n, false));
          for (let i = 0; i < p.relations.length; i++) {
            const [a, b] = direction === "up" ? [p.nodes[i], p.nodes[i + 1]] : [p.nodes[i + 1], p.nodes[i]];
            const eid = `${a.id}|${p.relations[i]}|${b.id}`;
            if (cy.getElementById(eid).empty()) cy.add({ data: { id: eid, source: a.id, target: b.id, label: relVi(p.relations[i]) } });
          }
        }
      }
      cy.getElementById(id).addClass("expanded");
      const b = list.querySelector(`button[data-node="${CSS.escape(id)}"]`);
      if (b) { b.disabled = true; b.textContent = "đã mở rộng"; }
      cy.layout({ name: "cose", animate: false, nodeDimensionsIncludeLabels: true, padding: 30 }).run();
      box.dataset.nodes = String(cy.nodes().length);
    }
    cy.on("tap", "node", (e) => expand(e.target.id()));
    cy.on("dbltap", "node", (e) => {
      const n = e.target;
      location.hash = `#/${n.data("report") ? "reports" : "documents"}/${encodeURIComponent(n.id())}`;
    });
    addNode(doc, true);
    await expand(doc.id);
  });
  return [box, hint, list];
}

async function documentPage(id) {
  const enc = encodeURIComponent(id);
  const [doc, imp, byBody, cin, cout] = await Promise.all([
    api(`/documents/${enc}`),
    api(`/documents/${enc}/implementers?level=province`),
    api(`/documents/${enc}/implementers?level=body`),
    api(`/documents/${enc}/citations?direction=in`),
    api(`/documents/${enc}/citations?direction=out`),
  ]);
  if (doc.is_report) { location.replace(`#/reports/${enc}`); return; }
  show(
    h("h1", {}, caption(doc)),
    doc.title ? h("p", { class: "title" }, doc.title) : null,
    meta([
      ["Loại", doc.doc_type],
      ["Số, ký hiệu", doc.number_symbol],
      ["Ngày ban hành", doc.date || (doc.year ? String(doc.year) : "")],
      doc.dates_seen && doc.dates_seen.length > 1 ? ["Các ngày gặp trong nguồn", doc.dates_seen.join(", ")] : null,
      ["Cơ quan ban hành", doc.issuer],
      ["Được trích dẫn / trích dẫn", `${doc.cited_by} / ${doc.cites}`],
      doc.resolved === false ? ["Trạng thái", "chưa xác định được văn bản (tham chiếu chưa giải quyết)"] : null,
    ]),
    flags(doc.flags, "Lưu ý về dữ liệu"),
    section("Ai thực hiện, báo cáo về văn bản này (theo tỉnh)", implementersView(imp)),
    section("Theo cơ quan ban hành báo cáo", await bodiesView(byBody)),
    section("Văn bản trích dẫn văn bản này", citationsView(cin)),
    section("Văn bản này trích dẫn", citationsView(cout)),
    section("Chuỗi trích dẫn", chainGraph(doc)),
  );
  main.focus();
}

/* Character offset of each highlighted reference in the report text. The server page holds the
   text escaped, each reference in <mark class="ref"> with a trailing <span class="label">, so the
   offset is the length of the text before the mark, not counting labels. */
function markOffsets(container) {
  let pos = 0;
  const walk = (node) => {
    for (const child of node.childNodes) {
      if (child.nodeType === Node.TEXT_NODE) pos += child.data.length;
      else if (child.nodeType === Node.ELEMENT_NODE) {
        if (child.classList.contains("label")) continue;
        if (child.matches("mark.ref") && !child.dataset.start) child.dataset.start = String(pos);
        walk(child);
      }
    }
  };
  walk(container);
}

async function reportPage(id, at) {
  const enc = encodeURIComponent(id);
  const [rep, html, refs] = await Promise.all([
    api(`/reports/${enc}`),
    fetch(`/reports/${enc}/text?format=html`).then((r) => (r.ok ? r.text() : Promise.reject(new Error(`HTTP ${r.status}`)))),
    api(`/reports/${enc}/references`).catch(() => ({ references: [] })),
  ]);
  const text = h("div", { class: "report-text", lang: "vi" });
  // server-rendered page: text escaped, references wrapped in <mark class="ref"><a>; keep its body text
  const page = new DOMParser().parseFromString(html, "text/html");
  text.append(...(page.querySelector(".text") || page.body).childNodes);
  markOffsets(text);
  for (const a of text.querySelectorAll("a[href^='/documents/']")) {
    a.setAttribute("href", `#/documents/${a.getAttribute("href").slice("/documents/".length)}`);
  }
  for (const label of text.querySelectorAll("mark.ref .label")) label.textContent = relVi(label.textContent);
  for (const m of text.querySelectorAll("mark.ref.unresolved")) {
    m.setAttribute("tabindex", "0");
    m.setAttribute("title", `chưa xác định được văn bản: ${m.getAttribute("title") || ""}`);
  }
  const references = refs.references || [];
  const unresolved = references.filter((r) => !r.target_id).length;
  const signer = rep.signer ? [rep.signer.name, rep.signer.capacity].filter(Boolean).join(" — ") : "";
  show(
    h("h1", {}, reportCaption(rep)),
    rep.title ? h("p", { class: "title" }, rep.title) : null,
    meta([
      ["Loại", rep.doc_type],
      ["Số, ký hiệu", rep.number_symbol],
      ["Ngày", rep.date],
      ["Cơ quan ban hành", rep.issuer],
      ["Tỉnh", rep.province],
      ["Kỳ báo cáo", rep.period],
      ["Người ký", signer],
      ["Nơi nhận", (rep.recipients || []).join("; ")],
      ["Tệp nguồn", rep.source],
      ["Tham chiếu", `${references.length} (${unresolved} chưa xác định được văn bản)`],
    ]),
    flags(rep.warnings, "Cảnh báo khi đọc văn bản"),
    section("Toàn văn (tham chiếu được tô sáng)",
      h("p", { class: "legend muted" }, h("mark", { class: "ref" }, "đã xác định"), " ",
        h("mark", { class: "ref unresolved" }, "chưa xác định"), " — nhấn vào tham chiếu để mở văn bản được trích dẫn."),
      text),
  );
  const target = at !== null && at !== undefined ? text.querySelector(`mark.ref[data-start="${Number(at)}"]`) : null;
  if (target) {
    target.classList.add("focus");
    target.scrollIntoView({ block: "center" });
    const link = target.querySelector("a");
    (link || target).focus({ preventScroll: true });
  } else {
    main.focus();
  }
}

async function matrixPage(params) {
  const era = params.get("era") === "new" ? "new" : "old";
  const since = params.get("since") || "";
  const until = params.get("until") || "";
  const docType = params.get("doc_type") || "";
  const hideEmpty = params.get("hide_empty") === "1";
  const qs = query({ era, since, until, doc_type: docType });
  const m = await api(`/matrix?${qs}`);
  const form = h("form", { class: "filters", "aria-label": "Bộ lọc ma trận", onsubmit: (e) => {
    e.preventDefault();
    const f = new FormData(e.target);
    location.hash = `#/matrix?${query(Object.fromEntries(f.entries()))}`;
  } },
    h("label", { for: "era" }, "Đơn vị hành chính"),
    h("select", { id: "era", name: "era" },
      h("option", { value: "old", selected: era === "old" }, "63 tỉnh, thành (trước 1/7/2025)"),
      h("option", { value: "new", selected: era === "new" }, "34 tỉnh, thành (từ 1/7/2025)")),
    h("label", { for: "since" }, "Báo cáo từ ngày"), h("input", { id: "since", name: "since", type: "date", value: since }),
    h("label", { for: "until" }, "đến ngày"), h("input", { id: "until", name: "until", type: "date", value: until }),
    h("label", { for: "doc_type" }, "Loại văn bản"),
    h("input", { id: "doc_type", name: "doc_type", value: docType, placeholder: "vd. Chỉ thị", list: "doc-types" }),
    h("datalist", { id: "doc-types" }, ["Chỉ thị", "Nghị định", "Nghị quyết", "Kết luận", "Quyết định", "Kế hoạch", "Thông tư", "Luật"].map((t) => h("option", { value: t }))),
    h("label", { class: "check" }, h("input", { type: "checkbox", name: "hide_empty", value: "1", checked: hideEmpty }), "Ẩn tỉnh không có báo cáo nào"),
    h("button", { type: "submit" }, "Lọc"),
    h("a", { class: "button", id: "csv", href: `/matrix.csv?${qs}`, download: "" }, "Tải CSV"),
  );
  const cells = new Map(m.cells.map((c) => [`${c.document_id}|${c.province_id}`, c]));
  const withReports = new Set(m.cells.map((c) => c.province_id));
  const provinces = hideEmpty ? m.provinces.filter((p) => withReports.has(p.id)) : m.provinces;
  const period = since || until ? `từ ${since || "…"} đến ${until || "…"}` : "mọi thời điểm";
  const table = h("table", { class: "matrix" },
    h("caption", {}, `Văn bản × tỉnh (${period}): ô xanh là báo cáo, kế hoạch thực hiện hoặc báo cáo về văn bản; ô “—” là tỉnh chưa báo cáo trong kỳ. ${m.documents.length} văn bản, ${m.provinces.length} tỉnh, ${m.gaps} ô trống.`),
    h("thead", {}, h("tr", {}, h("th", { scope: "col" }, "Văn bản"), h("th", { scope: "col" }, "Số tỉnh đã báo cáo"),
      provinces.map((p) => h("th", { scope: "col", "data-province": p.id }, p.name || p.id)))),
    h("tbody", {}, m.documents.map((d) => {
      const reporting = m.provinces.filter((p) => cells.has(`${d.id}|${p.id}`)).length;
      return h("tr", { "data-document": d.id },
        h("th", { scope: "row" }, docLink(d), d.title ? h("div", { class: "muted small" }, d.title) : null),
        h("td", { class: "count" }, `${reporting}/${m.provinces.length}`),
        provinces.map((p) => {
          const c = cells.get(`${d.id}|${p.id}`);
          return c
            ? h("td", { class: "hit", "data-province": p.id }, c.reports.map((r) => h("div", {}, reportLink(r), r.date ? h("span", { class: "muted small" }, ` ${r.date}`) : null)))
            : h("td", { class: "gap", "data-province": p.id, title: `${p.name} chưa báo cáo trong kỳ` }, h("span", { "aria-hidden": "true" }, "—"), h("span", { class: "sr-only" }, "chưa báo cáo"));
        }));
    })),
  );
  show(h("h1", {}, "Ma trận thực hiện"), form,
    m.documents.length ? h("div", { class: "scroll", tabindex: "0", role: "region", "aria-label": "Bảng ma trận (cuộn được)" }, table)
      : h("p", {}, "Chưa có văn bản nào được thực hiện."));
}

/* ---------- router ---------- */
async function route() {
  const hash = location.hash || "#/";
  const [path, qpart] = hash.slice(1).split("?");
  const params = new URLSearchParams(qpart || "");
  const parts = path.split("/").filter(Boolean).map(decodeURIComponent);
  main.setAttribute("aria-busy", "true");
  for (const a of document.querySelectorAll("nav a[href^='#/']")) {
    const current = a.getAttribute("href") === (parts[0] === "matrix" ? "#/matrix" : "#/");
    if (current) a.setAttribute("aria-current", "page"); else a.removeAttribute("aria-current");
  }
  try {
    if (parts[0] === "search" && parts[1]) await searchPage(parts[1]);
    else if (parts[0] === "documents" && parts[1]) await documentPage(parts[1]);
    else if (parts[0] === "reports" && parts[1]) await reportPage(parts[1], params.get("at"));
    else if (parts[0] === "matrix") await matrixPage(params);
    else await homePage();
  } catch (err) {
    showError(err);
  } finally {
    main.setAttribute("aria-busy", "false");
  }
}

document.getElementById("search-form").addEventListener("submit", (e) => {
  e.preventDefault();
  const q = document.getElementById("q").value.trim();
  if (q) location.hash = `#/search/${encodeURIComponent(q)}`;
});
window.addEventListener("hashchange", route);
route();
