const base='';
const langs=['en','de','fr','es','it','pt','nl','sv','da','nb','fi','pl','cs','sk','tr','id','ms','ro','hu','hr','sl','ca','ru','el','ja','ko','zh'];
const w=require(base+'world-countries');
const norm=s=>s.normalize('NFD').replace(/\p{M}/gu,'').toLowerCase().replace(/['’]/g,'').replace(/[^\p{L}\p{N}]+/gu,' ').trim();
const out={};
const add=(cc,n)=>{ if(!n) return; const k=norm(n); if(!k) return; const cjk=/[\u3040-\u30ff\u3400-\u9fff\uac00-\ud7af]/.test(k);
  if(!cjk && k.replace(/ /g,'').length<4) return; (out[cc]=out[cc]||new Set()).add(k.includes(' ')||cjk?k:k);} ;
for(const l of langs){ const d=require(base+'i18n-iso-countries/langs/'+l+'.json').countries; for(const [cc,v] of Object.entries(d)){ (Array.isArray(v)?v:[v]).forEach(n=>add(cc,n)); } }
for(const c of w){ add(c.cca2,c.name.common); add(c.cca2,c.name.official); c.altSpellings.forEach(n=>add(c.cca2,n));
  for(const t of Object.values(c.name.native||{})){add(c.cca2,t.common);add(c.cca2,t.official);} 
  for(const [l,t] of Object.entries(c.translations||{})) if(['jpn','kor','zho','deu','fra','spa','ita','por','nld','pol','tur','ces','swe','fin','rus','hrv','slk','est','hun'].includes(l)){add(c.cca2,t.common);add(c.cca2,t.official);} }
// collisions
const owner={}; for(const [cc,s] of Object.entries(out)) for(const a of s){ (owner[a]=owner[a]||[]).push(cc); }
const dup=Object.entries(owner).filter(([a,c])=>c.length>1); console.error('dups',JSON.stringify(dup));
const lines=Object.keys(out).sort().map(cc=>cc+'\t'+[...out[cc]].filter(a=>owner[a].length==1).sort().join('|'));
require('fs').writeFileSync('countries.gen.tsv',lines.join('\n')+'\n');
console.error(Object.values(out).reduce((a,s)=>a+s.size,0));
