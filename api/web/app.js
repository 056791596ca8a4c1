/* legalgraph web explorer: plain JavaScript over the JSON API, no build step.
   Routes (hash): #/  #/search/<q>  #/documents/<id>  #/reports/<id>  #/matrix */
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
  for (const c of children.flat()) {
    if (c === null || c === undefined || c === false) continue;
    el.append(c instanceof Node ? c : document.createTextNode(String(c)));
  }
  return el;
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

function caption(doc) {
  if (!doc) return "";
  if (doc.number_symbol) return `${doc.doc_type || ""} ${doc.number_symbol}`.trim();
  if (doc.name) return doc.name;
  return doc.title || doc.id;
}

function docLink(doc) {
  return h("a", { href: `#/documents/${encodeURIComponent(doc.id)}` }, caption(doc));
}

function reportLink(rep) {
  const label = rep.number_symbol ? `${rep.doc_type || "Báo cáo"} ${rep.number_symbol}` : (rep.title || rep.source || rep.id);
  return h("a", { href: `#/reports/${encodeURIComponent(rep.id)}` }, label);
}

const RELATION_VI = {
  implements: "thực hiện", reports_on: "báo cáo về", responds_to: "trả lời", guides: "hướng dẫn",
  amends: "sửa đổi", replaces: "thay thế", based_on: "căn cứ", mentions: "nhắc đến",
  IMPLEMENTS: "thực hiện", REPORTS_ON: "báo cáo về", RESPONDS_TO: "trả lời", GUIDES: "hướng dẫn",
  AMENDS: "sửa đổi", REPLACES: "thay thế", BASED_ON: "căn cứ", CITES: "trích dẫn", MENTIONS: "nhắc đến",
};
const rel = (r) => h("span", { class: `rel rel-${String(r).toLowerCase()}` }, RELATION_VI[r] || r);

function flags(list) {
  if (!list || !list.length) return null;
  return h("ul", { class: "flags", "aria-label": "Cảnh báo dữ liệu" }, list.map((f) => h("li", {}, f)));
}

function showError(err) {
  main.replaceChildren(h("div", { class: "error", role: "alert" },
    h("h1", {}, "Không tải được"), h("p", {}, err.message || String(err))));
}

function section(title, ...content) {
  return h("section", {}, h("h2", {}, title), ...content);
}

/* ---------- pages ---------- */
async function homePage() {
  const stats = await api("/stats").catch(() => null);
  main.replaceChildren(
    h("h1", {}, "Ai thực hiện văn bản nào?"),
    h("p", {}, "Tìm một chỉ thị, nghị định, kết luận… (gõ có dấu hoặc không dấu) để xem tỉnh, cơ quan nào đã thực hiện, báo cáo về nó, kèm câu trích dẫn làm bằng chứng."),
    stats ? h("dl", { class: "stats" },
      ["documents", "reports", "provinces", "bodies", "mentions", "unresolved"].map((k) =>
        [h("dt", {}, k), h("dd", {}, stats[k] ?? 0)])) : null,
  );
}

async function searchPage(q) {
  document.getElementById("q").value = q;
  const [resolution, page] = await Promise.all([
    api(`/resolve?ref=${encodeURIComponent(q)}`).catch(() => ({ candidates: [] })),
    api(`/documents?q=${encodeURIComponent(q)}&limit=50`).catch(() => ({ items: [] })),
  ]);
  const seen = new Set();
  const rows = [];
  for (const c of resolution.candidates || []) {
    seen.add(c.document.id);
    rows.push(h("li", {}, docLink(c.document), " ", h("span", { class: "muted" }, c.why)));
  }
  for (const d of page.items || []) {
    if (seen.has(d.id)) continue;
    rows.push(h("li", {}, docLink(d), d.title ? h("span", { class: "muted" }, ` — ${d.title}`) : null));
  }
  main.replaceChildren(
    h("h1", {}, `Kết quả cho “${q}”`),
    rows.length ? h("ul", { class: "results" }, rows) : h("p", {}, "Không tìm thấy văn bản nào."),
  );
  const first = main.querySelector(".results a");
  if (first) first.focus();
}

function implementersView(data) {
  if (!data.groups.length) return h("p", { class: "muted" }, "Chưa có báo cáo nào thực hiện văn bản này.");
  return h("div", { class: "implementers" }, data.groups.map((g) =>
    h("article", { class: "group" },
      h("h3", {}, g.group.name || g.group.id,
        g.successor && g.successor.id !== g.group.id ? h("span", { class: "muted" }, ` (nay thuộc ${g.successor.name})`) : null),
      h("ul", {}, g.reports.map((r) => h("li", {},
        reportLink(r.report), r.report.date ? h("span", { class: "muted" }, ` ${r.report.date}`) : null, " ",
        r.relations.map(rel),
        h("ul", { class: "evidence" }, r.evidence.map((e) => h("li", {},
          h("blockquote", {}, e.sentence),
          h("a", { class: "offsets", href: `#/reports/${encodeURIComponent(e.report_id)}?at=${e.start}` },
            `ký tự ${e.start}–${e.end}`)))))))),
  ));
}

function citationsView(items) {
  if (!items.length) return h("p", { class: "muted" }, "Không có.");
  return h("ul", {}, items.map((c) => h("li", {}, docLink(c.document), " ", rel(c.relation), h("span", { class: "muted" }, ` ×${c.count}`))));
}

function chainGraph(doc) {
  const box = h("div", { id: "chain", class: "chain", role: "img", "aria-label": "Đồ thị chuỗi trích dẫn; nhấn vào một nút để mở rộng, nhấn đúp để mở văn bản" });
  const hint = h("p", { class: "muted" }, "Nhấn một nút để mở rộng chuỗi; nhấn đúp để mở văn bản. Danh sách dạng chữ ở trên có cùng thông tin.");
  setTimeout(async () => {
    if (typeof cytoscape !== "function") { box.textContent = "Không tải được thư viện vẽ đồ thị."; return; }
    const cy = cytoscape({
      container: box,
      style: [
        { selector: "node", style: { label: "data(label)", "font-size": 9, "text-wrap": "wrap", "text-max-width": 90, "background-color": "#4C8EDA", color: "#111" } },
        { selector: "node.report", style: { "background-color": "#F79767" } },
        { selector: "node.root", style: { "background-color": "#2E7D32", "border-width": 3, "border-color": "#111" } },
        { selector: "edge", style: { width: 1.5, "curve-style": "bezier", "target-arrow-shape": "triangle", label: "data(label)", "font-size": 8, color: "#555" } },
      ],
      elements: [{ data: { id: doc.id, label: caption(doc) }, classes: "root" }],
    });
    const expanded = new Set();
    async function expand(id) {
      if (expanded.has(id)) return;
      expanded.add(id);
      for (const direction of ["up", "down"]) {
        const chain = await api(`/documents/${encodeURIComponent(id)}/chain?direction=${direction}&depth=1`).catch(() => ({ paths: [] }));
        for (const p of chain.paths) {
          p.nodes.forEach((n) => {
            if (cy.getElementById(n.id).empty()) cy.add({ data: { id: n.id, label: caption(n) }, classes: n.is_report ? "report" : "" });
          });
          for (let i = 0; i < p.relations.length; i++) {
            const [a, b] = direction === "up" ? [p.nodes[i], p.nodes[i + 1]] : [p.nodes[i + 1], p.nodes[i]];
            const eid = `${a.id}|${p.relations[i]}|${b.id}`;
            if (cy.getElementById(eid).empty()) cy.add({ data: { id: eid, source: a.id, target: b.id, label: RELATION_VI[p.relations[i]] || p.relations[i] } });
          }
        }
      }
      cy.layout({ name: "cose", animate: false, nodeDimensionsIncludeLabels: true }).run();
    }
    cy.on("tap", "node", (e) => expand(e.target.id()));
    cy.on("dbltap", "node", (e) => { location.hash = `#/documents/${encodeURIComponent(e.target.id())}`; });
    await expand(doc.id);
  });
  return [box, hint];
}

async function documentPage(id) {
  const enc = encodeURIComponent(id);
  const [doc, imp, cin, cout] = await Promise.all([
    api(`/documents/${enc}`),
    api(`/documents/${enc}/implementers?level=province`),
    api(`/documents/${enc}/citations?direction=in`),
    api(`/documents/${enc}/citations?direction=out`),
  ]);
  main.replaceChildren(
    h("h1", {}, caption(doc)),
    doc.title ? h("p", { class: "title" }, doc.title) : null,
    h("dl", { class: "meta" },
      h("dt", {}, "Loại"), h("dd", {}, doc.doc_type || "—"),
      h("dt", {}, "Số, ký hiệu"), h("dd", {}, doc.number_symbol || "—"),
      h("dt", {}, "Ngày"), h("dd", {}, doc.date || (doc.year ? String(doc.year) : "—")),
      h("dt", {}, "Cơ quan ban hành"), h("dd", {}, doc.issuer || "—"),
      h("dt", {}, "Được trích dẫn / trích dẫn"), h("dd", {}, `${doc.cited_by} / ${doc.cites}`),
      doc.resolved === false ? [h("dt", {}, "Trạng thái"), h("dd", {}, "chưa xác định được văn bản (tham chiếu chưa giải quyết)")] : null,
    ),
    flags(doc.flags),
    section("Ai thực hiện, báo cáo về văn bản này", implementersView(imp)),
    section("Văn bản trích dẫn văn bản này", citationsView(cin.items)),
    section("Văn bản này trích dẫn", citationsView(cout.items)),
    section("Chuỗi trích dẫn", ...chainGraph(doc)),
  );
  main.focus();
}

async function reportPage(id, at) {
  const enc = encodeURIComponent(id);
  const [rep, html] = await Promise.all([
    api(`/reports/${enc}`),
    fetch(`/reports/${enc}/text?format=html`).then((r) => (r.ok ? r.text() : Promise.reject(new Error(`HTTP ${r.status}`)))),
  ]);
  const text = h("div", { class: "report-text" });
  // server-rendered page: text escaped, references wrapped in <mark class="ref"><a>; keep its body text
  const page = new DOMParser().parseFromString(html, "text/html");
  text.append(...(page.querySelector(".text") || page.body).childNodes);
  for (const a of text.querySelectorAll("a[href^='/documents/']")) {
    a.setAttribute("href", `#/documents/${a.getAttribute("href").slice("/documents/".length)}`);
  }
  main.replaceChildren(
    h("h1", {}, `${rep.doc_type || "Văn bản"} ${rep.number_symbol || ""}`.trim()),
    rep.title ? h("p", { class: "title" }, rep.title) : null,
    h("dl", { class: "meta" },
      h("dt", {}, "Ngày"), h("dd", {}, rep.date || "—"),
      h("dt", {}, "Cơ quan"), h("dd", {}, rep.issuer || "—"),
      h("dt", {}, "Tỉnh"), h("dd", {}, rep.province || "—"),
      h("dt", {}, "Người ký"), h("dd", {}, rep.signer ? `${rep.signer.name || ""} (${rep.signer.capacity || ""})` : "—"),
      h("dt", {}, "Nơi nhận"), h("dd", {}, (rep.recipients || []).join("; ") || "—"),
      h("dt", {}, "Tệp nguồn"), h("dd", {}, rep.source || "—"),
    ),
    flags(rep.warnings),
    section("Toàn văn (tham chiếu được tô sáng)", text),
  );
  if (at !== null) {
    const target = [...text.querySelectorAll("[data-start]")].find((m) => Number(m.dataset.start) === Number(at));
    if (target) { target.classList.add("focus"); target.scrollIntoView({ block: "center" }); }
  }
  main.focus();
}

async function matrixPage(params) {
  const era = params.get("era") || "old";
  const since = params.get("since") || "";
  const until = params.get("until") || "";
  const docType = params.get("doc_type") || "";
  const qs = new URLSearchParams({ era, since, until, doc_type: docType });
  const m = await api(`/matrix?${qs}`);
  const form = h("form", { class: "filters", onsubmit: (e) => {
    e.preventDefault();
    const f = new FormData(e.target);
    location.hash = `#/matrix?${new URLSearchParams([...f.entries()])}`;
  } },
    h("label", { for: "era" }, "Đơn vị hành chính"),
    h("select", { id: "era", name: "era" },
      h("option", { value: "old", selected: era === "old" }, "63 tỉnh (trước 1/7/2025)"),
      h("option", { value: "new", selected: era === "new" }, "34 tỉnh (từ 1/7/2025)")),
    h("label", { for: "since" }, "Từ ngày"), h("input", { id: "since", name: "since", type: "date", value: since }),
    h("label", { for: "until" }, "Đến ngày"), h("input", { id: "until", name: "until", type: "date", value: until }),
    h("label", { for: "doc_type" }, "Loại văn bản"), h("input", { id: "doc_type", name: "doc_type", value: docType, placeholder: "vd. Chỉ thị" }),
    h("button", { type: "submit" }, "Lọc"),
    h("a", { class: "button", href: `/matrix.csv?${qs}`, download: "legalgraph-matrix.csv" }, "Tải CSV"),
  );
  const cells = new Map(m.cells.map((c) => [`${c.document_id}|${c.province_id}`, c]));
  const table = h("table", { class: "matrix" },
    h("caption", {}, `Văn bản × tỉnh: ô có báo cáo/kế hoạch thực hiện; ô “—” là tỉnh chưa báo cáo trong kỳ (${m.documents.length} văn bản, ${m.provinces.length} tỉnh)`),
    h("thead", {}, h("tr", {}, h("th", { scope: "col" }, "Văn bản"), m.provinces.map((p) => h("th", { scope: "col" }, p.name)))),
    h("tbody", {}, m.documents.map((d) => h("tr", {},
      h("th", { scope: "row" }, docLink(d)),
      m.provinces.map((p) => {
        const c = cells.get(`${d.id}|${p.id}`);
        return c
          ? h("td", { class: "hit" }, c.reports.map((r) => h("div", {}, reportLink(r))))
          : h("td", { class: "gap", "aria-label": `${p.name} chưa báo cáo` }, "—");
      })))),
  );
  main.replaceChildren(h("h1", {}, "Ma trận thực hiện"), form,
    m.documents.length ? h("div", { class: "scroll" }, table) : h("p", {}, "Chưa có văn bản nào được thực hiện trong kỳ này."));
}

/* ---------- router ---------- */
async function route() {
  const hash = location.hash || "#/";
  const [path, query] = hash.slice(1).split("?");
  const params = new URLSearchParams(query || "");
  const parts = path.split("/").filter(Boolean).map(decodeURIComponent);
  try {
    if (parts[0] === "search" && parts[1]) await searchPage(parts[1]);
    else if (parts[0] === "documents" && parts[1]) await documentPage(parts[1]);
    else if (parts[0] === "reports" && parts[1]) await reportPage(parts[1], params.get("at"));
    else if (parts[0] === "matrix") await matrixPage(params);
    else await homePage();
  } catch (err) {
    showError(err);
  }
}

document.getElementById("search-form").addEventListener("submit", (e) => {
  e.preventDefault();
  const q = document.getElementById("q").value.trim();
  if (q) location.hash = `#/search/${encodeURIComponent(q)}`;
});
window.addEventListener("hashchange", route);
route();
