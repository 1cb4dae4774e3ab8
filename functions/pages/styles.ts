/**
 * The explorer's one stylesheet, served by the Worker at `/assets/explorer.css` (no CDN, no web
 * font: the reader's own system fonts). Narrow screens first; colours meet WCAG AA contrast.
 */
export const EXPLORER_CSS = `
:root{--ink:#1d2530;--muted:#4d5866;--line:#d5dbe3;--bg:#fff;--soft:#f4f6f9;--accent:#0b5cad;--mark:#fff0a8;--ok:#1d6b34;--warn:#8a4b00;--bad:#a11d2e;
--r:#0b5cad;--e:#7b3fa0;--f:#1d6b34}
*{box-sizing:border-box}
html{-webkit-text-size-adjust:100%}
body{margin:0;font:16px/1.65 system-ui,-apple-system,"Noto Sans CJK SC","Noto Sans SC","PingFang SC","Microsoft YaHei","WenQuanYi Micro Hei",sans-serif;color:var(--ink);background:var(--bg)}
a{color:var(--accent)}
a:focus-visible,button:focus-visible,input:focus-visible,select:focus-visible{outline:3px solid #f0a500;outline-offset:2px}
.skip{position:absolute;left:-999px}.skip:focus{left:1rem;top:.5rem;background:#fff;padding:.3rem .6rem;z-index:2}
header.site{background:#0d3a66;color:#fff}
header.site .bar{max-width:68rem;margin:0 auto;padding:.6rem 1rem;display:flex;flex-wrap:wrap;gap:.4rem 1.2rem;align-items:baseline}
header.site a{color:#fff;text-decoration:none}
header.site a:hover{text-decoration:underline}
header.site .brand{font-weight:700;font-size:1.15rem;margin-right:auto}
header.site nav{display:flex;flex-wrap:wrap;gap:.2rem 1rem;font-size:.95rem}
main{max-width:68rem;margin:0 auto;padding:1rem}
footer.site{max-width:68rem;margin:2rem auto 0;padding:1rem;border-top:1px solid var(--line);color:var(--muted);font-size:.85rem}
h1{font-size:1.6rem;line-height:1.3;margin:.6rem 0 .8rem}
h2{font-size:1.25rem;margin:1.8rem 0 .6rem}
h3{font-size:1.05rem;margin:1.2rem 0 .4rem}
p{margin:.5rem 0}
.lead{font-size:1.05rem;color:var(--muted)}
.muted{color:var(--muted)}
.en{color:var(--muted);font-size:.85em;font-weight:400}
code{font:.9em ui-monospace,SFMono-Regular,Menlo,monospace;background:var(--soft);padding:0 .25em;border-radius:3px;overflow-wrap:anywhere}
form.search{display:flex;gap:.5rem;flex-wrap:wrap;margin:.8rem 0}
form.search label{flex-basis:100%}
form.search input{flex:1 1 12rem;min-width:0}
input,select,button{font:inherit;color:inherit}
input[type=search],input[type=text],input[type=date],input[type=month],input[type=number],select{padding:.45rem .6rem;border:1px solid #8593a3;border-radius:6px;background:#fff;max-width:100%}
button{padding:.45rem 1.1rem;border:0;border-radius:6px;background:var(--accent);color:#fff;cursor:pointer}
.table-wrap{overflow-x:auto;max-width:100%}
table{border-collapse:collapse;width:100%;font-size:.95rem}
th,td{border-bottom:1px solid var(--line);padding:.45rem .5rem;text-align:left;vertical-align:top}
th{background:var(--soft);font-weight:600}
td.num{font-variant-numeric:tabular-nums;white-space:nowrap}
.pills{display:flex;flex-wrap:wrap;gap:.35rem;margin:.4rem 0;padding:0;list-style:none}
.pills a,.pills span{display:inline-block;padding:.15rem .7rem;border:1px solid var(--line);border-radius:999px;text-decoration:none}
.pills [aria-current]{background:var(--accent);border-color:var(--accent);color:#fff}
.badge{display:inline-block;font-size:.78rem;line-height:1.5;padding:0 .45rem;border-radius:4px;border:1px solid currentColor;white-space:nowrap;vertical-align:1px}
.badge.official{color:var(--ok)}.badge.unofficial{color:var(--muted)}.badge.hedged{color:var(--warn)}.badge.inherited{color:var(--e)}.badge.default{color:var(--warn)}
.scheme-resident{--s:var(--r)}.scheme-employee{--s:var(--e)}.scheme-flexible{--s:var(--f)}
.dot{display:inline-block;min-width:2.4em;text-align:center;padding:0 .3em;border-radius:4px;background:var(--s);color:#fff;font-size:.8rem;text-decoration:none}
.coverage td,.coverage th{text-align:center;white-space:nowrap}
.coverage td:first-child,.coverage th:first-child{text-align:left}
.fact{border:1px solid var(--line);border-radius:8px;padding:.7rem .9rem;margin:.7rem 0}
.fact>.head{display:flex;flex-wrap:wrap;gap:.3rem .8rem;align-items:baseline}
.fact .value{font-size:1.25rem;font-weight:700;font-variant-numeric:tabular-nums}
.evidence{margin:.5rem 0 0;padding:.5rem .7rem;background:var(--soft);border-left:4px solid #8593a3;border-radius:0 6px 6px 0}
.evidence blockquote{margin:0}
.evidence mark{background:var(--mark);color:inherit;padding:0 .1em;font-weight:700}
.evidence .src{font-size:.85rem;color:var(--muted);margin-top:.25rem;overflow-wrap:anywhere}
.conflicts{display:grid;grid-template-columns:repeat(auto-fit,minmax(16rem,1fr));gap:.7rem;margin-top:.6rem}
.conflicts>div{border:1px dashed var(--line);border-radius:8px;padding:.5rem .7rem}
.conflicts>div.winner{border:2px solid var(--ok)}
.charts{display:grid;grid-template-columns:repeat(auto-fit,minmax(17rem,1fr));gap:1rem}
figure.chart{margin:0;border:1px solid var(--line);border-radius:8px;padding:.5rem}
figure.chart figcaption{font-weight:600;font-size:.95rem}
figure.chart svg{display:block;width:100%;height:auto}
svg .grid{stroke:#e3e7ec}svg .axis{fill:#4d5866;font-size:11px}svg .label{fill:#1d2530;font-size:11px;font-weight:600}
fieldset{border:1px solid var(--line);border-radius:8px;margin:.8rem 0;padding:.6rem .9rem}
legend{font-weight:600;padding:0 .3rem}
.field{display:flex;flex-direction:column;gap:.2rem;margin:.5rem 0;max-width:24rem}
.field.inline{flex-direction:row;align-items:center;gap:.5rem}
.field .hint{font-size:.85rem;color:var(--muted)}
.field.invalid input,.field.invalid select{border:2px solid var(--bad)}
.field .error{color:var(--bad);font-size:.9rem}
.alert{border:2px solid var(--bad);border-radius:8px;padding:.6rem .9rem;margin:.8rem 0;background:#fff6f7}
.result{border:2px solid var(--accent);border-radius:8px;padding:.7rem 1rem;margin:1rem 0}
.result .answer{font-size:1.5rem;font-weight:700;margin:.3rem 0}
.result dl{display:grid;grid-template-columns:minmax(8rem,auto) 1fr;gap:.15rem 1rem;margin:.6rem 0}
.result dd{margin:0;font-variant-numeric:tabular-nums}
ol.trace{padding-left:1.4rem}ol.trace li{margin:.5rem 0}
.diff-old{text-decoration:line-through;color:var(--bad)}
.diff-new{color:var(--ok);font-weight:700}
.sentence{padding:.3rem .6rem;margin:.3rem 0;border-radius:4px}
.sentence.added{background:#e7f6ea}.sentence.removed{background:#fdecee}
.sentence .op{font-weight:700;margin-right:.4rem}
.change{border-bottom:1px solid var(--line);padding:.6rem 0}
`;
